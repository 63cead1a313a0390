import { remoteCursorCss } from "./colors";
import { useRoomStore } from "./roomStore";

/** One stylesheet with the colour and name label of every other participant's cursor. */
export function RemoteCursorStyles() {
  const participants = useRoomStore((s) => s.participants);
  const css = participants
    .filter((p) => !p.isSelf)
    .map((p) => remoteCursorCss(p.clientId, p.name, p.color))
    .join("\n");
  return <style data-testid="remote-cursor-styles">{css}</style>;
}
