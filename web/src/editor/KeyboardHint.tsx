import { useEffect, useState } from "react";
import { TabFocus } from "monaco-editor/esm/vs/editor/browser/config/tabFocus.js";

const MAC = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);
/** Monaco's own binding of "Toggle Tab Key Moves Focus" (editor.action.toggleTabFocusMode). */
export const TAB_FOCUS_KEYS = MAC ? "Ctrl+Shift+M" : "Ctrl+M";

/** Whether Tab currently moves the focus out of Monaco (rather than indenting). */
export function useTabMovesFocus(): boolean {
  const [on, setOn] = useState(() => TabFocus.getTabFocusMode());
  useEffect(() => {
    const sub = TabFocus.onDidChangeTabFocus(setOn);
    return () => sub.dispose();
  }, []);
  return on;
}

/** The visible hint for leaving the editor with the keyboard, and the current Tab mode. */
export function KeyboardHint({ id }: { id: string }) {
  const on = useTabMovesFocus();
  return (
    <p className="keyboard-hint" id={id} data-testid="keyboard-hint" data-tab-moves-focus={on}>
      <kbd>{TAB_FOCUS_KEYS}</kbd>{" "}
      {on ? "Tab now moves the focus; press again to indent with Tab." : "lets Tab leave the editor."}
    </p>
  );
}
