import type { ClientEvent } from "./events";

/** The panel a request belongs to: its errors are shown there. */
export type Panel = "run" | "analysis";

const PANEL_OF_TYPE: Record<ClientEvent["type"], Panel | null> = {
  ping: null,
  run: "run",
  "run.input": "run",
  "run.eof": "run",
  "run.cancel": "run",
  analyze: "analysis",
};

/** Requests sent lately, by id; old ones are forgotten (their answers came long ago). */
const pending = new Map<string, Panel | null>();
const REMEMBERED = 200;
let counter = 0;

/**
 * A fresh correlation id for `event`, remembered with its panel: the server echoes it in the
 * replies and errors the request causes, and `panelOf` tells where they belong.
 */
export function newRequestId(event: ClientEvent): string {
  counter += 1;
  const id = `${event.type}.${counter}`;
  pending.set(id, PANEL_OF_TYPE[event.type]);
  if (pending.size > REMEMBERED) {
    const oldest = pending.keys().next().value;
    if (oldest !== undefined) pending.delete(oldest);
  }
  return id;
}

/** The panel of the request this reply or error answers; null when it answers none of ours. */
export function panelOf(id: string | undefined): Panel | null {
  return id === undefined ? null : (pending.get(id) ?? null);
}
