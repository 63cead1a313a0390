import * as Y from "yjs";
import type { History, HistoryRun } from "../lib/api/types";
import { PALETTE } from "./colors";
import { CODE_TEXT } from "./connection";
import { readRoomLanguage } from "./roomLanguage";

/** Decodes standard base64 into bytes. */
export function fromBase64(b64: string): Uint8Array {
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

export interface Timeline<R extends HistoryRun = HistoryRun> {
  updates: Uint8Array[];
  times: number[];
  runs: { run: R; index: number; fraction: number }[];
}

/**
 * Orders the history by time and places every run on the slider: a run sits at the number of
 * updates that existed when it started (so the slider there shows the code that ran).
 */
export function buildTimeline<R extends HistoryRun>(
  history: Pick<History, "updates"> & { runs: R[] },
): Timeline<R> {
  const sorted = [...history.updates].sort((a, b) => a.at - b.at);
  const times = sorted.map((u) => u.at);
  const updates = sorted.map((u) => fromBase64(u.update));
  const total = Math.max(1, updates.length);
  const runs = [...history.runs]
    .sort((a, b) => a.at - b.at)
    .map((run) => {
      const index = times.filter((t) => t <= run.at).length;
      return { run, index, fraction: index / total };
    });
  return { updates, times, runs };
}

/** A stretch of the text written by one Yjs client (UTF-16 offsets, as Monaco counts). */
export interface Span {
  start: number;
  end: number;
  client: number;
}

export interface ReplayState {
  text: string;
  spans: Span[];
  /** The room's language at this point (it is in the document, so it replays too). */
  language: string;
}

/** The live characters of a Y.Text grouped into runs of the same client id. */
export function authorSpans(text: Y.Text): Span[] {
  const spans: Span[] = [];
  let offset = 0;
  for (let item = text._start; item !== null; item = item.right) {
    if (item.deleted || !item.countable) continue;
    const length = item.length;
    const last = spans[spans.length - 1];
    if (last !== undefined && last.client === item.id.client && last.end === offset) {
      last.end += length;
    } else {
      spans.push({ start: offset, end: offset + length, client: item.id.client });
    }
    offset += length;
  }
  return spans;
}

/**
 * Replays a timeline into one Y.Doc, forward incrementally (playing is one update per step,
 * not a replay from the start each time); a step back starts a fresh document.
 */
export class Replayer {
  private doc = new Y.Doc();
  private applied = 0;

  constructor(private readonly updates: Uint8Array[]) {}

  /** The text and its authors' spans after the first `count` updates. */
  seek(count: number): ReplayState {
    const n = Math.max(0, Math.min(count, this.updates.length));
    if (n < this.applied) this.destroy();
    for (; this.applied < n; this.applied++) {
      const update = this.updates[this.applied];
      if (update !== undefined) Y.applyUpdate(this.doc, update);
    }
    const text = this.doc.getText(CODE_TEXT);
    return { text: text.toString(), spans: authorSpans(text), language: readRoomLanguage(this.doc) };
  }

  /** Frees the replayed document; a later `seek` starts again from an empty one (React may
   * run an effect's cleanup and then keep using the same memoised replayer). */
  destroy(): void {
    this.doc.destroy();
    this.doc = new Y.Doc();
    this.applied = 0;
  }
}

export interface Author {
  id: string;
  name: string;
}

/** A participant as playback shows them: one colour per person, whatever their client ids. */
export interface Participant extends Author {
  color: string;
  /** Index of the CSS class `pb-author-<slot>` that colours their text. */
  slot: number;
  clients: number[];
}

export const UNKNOWN_AUTHOR: Participant = {
  id: "",
  name: "unknown",
  color: "#9aa0a6",
  slot: -1,
  clients: [],
};

/**
 * Groups the history's client ids by person (a person who reloaded has several) and gives each
 * person a palette colour, in the order of their first client id in the document's spans.
 */
export function participants(
  authors: Record<string, Author> | undefined,
  spans: Span[] = [],
): Map<number, Participant> {
  const byPerson = new Map<string, Participant>();
  const byClient = new Map<number, Participant>();
  const firstSeen = new Map<number, number>();
  spans.forEach((s, i) => firstSeen.has(s.client) || firstSeen.set(s.client, i));
  const clients = Object.keys(authors ?? {})
    .map(Number)
    .sort((a, b) => (firstSeen.get(a) ?? Infinity) - (firstSeen.get(b) ?? Infinity) || a - b);
  for (const client of clients) {
    const author = authors?.[String(client)];
    if (author === undefined) continue;
    const key = author.id || `client:${client}`;
    let person = byPerson.get(key);
    if (person === undefined) {
      const slot = byPerson.size % PALETTE.length;
      person = { ...author, color: PALETTE[slot] ?? PALETTE[0], slot, clients: [] };
      byPerson.set(key, person);
    }
    person.clients.push(client);
    byClient.set(client, person);
  }
  return byClient;
}

/** The participant behind a client id (unknown when the history has no entry for it). */
export function participantOf(people: Map<number, Participant>, client: number): Participant {
  return people.get(client) ?? UNKNOWN_AUTHOR;
}

export const SPEEDS = [1, 2, 4, 8] as const;
/** Pauses longer than this (the typist thinking) are shortened to it before the speed-up. */
export const MAX_GAP_MS = 1000;
const MIN_STEP_MS = 16;

/** How long to wait before showing update `at` (0-based count already shown) at `speed`. */
export function stepDelay(times: number[], at: number, speed: number): number {
  const prev = times[at - 1];
  const next = times[at];
  if (prev === undefined || next === undefined) return MIN_STEP_MS;
  return Math.max(MIN_STEP_MS, Math.min(next - prev, MAX_GAP_MS) / speed);
}

/**
 * The run a "previous" or "next" jump lands on, as an index into `runs`.
 *
 * `current` is the run shown now (null: none). Next is the run after it; previous is the
 * shown run itself when the position moved past its marker, else the run before it.
 */
export function jumpRun(
  runs: { index: number }[],
  at: number,
  current: number | null,
  direction: "prev" | "next",
): number | null {
  if (direction === "next") {
    const from = current === null ? -1 : current;
    const next = runs.findIndex((r, i) => i > from && r.index >= at);
    if (next !== -1) return next;
    return from + 1 < runs.length ? from + 1 : null;
  }
  if (current === null) return null;
  const shown = runs[current];
  if (shown !== undefined && shown.index < at) return current;
  return current > 0 ? current - 1 : null;
}

/** The run to show at position `at`: the chosen one while the position is at its marker,
 * else the latest run at or before the position (null before the first). */
export function shownRun(runs: { index: number }[], at: number, chosen: number | null): number | null {
  if (chosen !== null && runs[chosen]?.index === at) return chosen;
  let found: number | null = null;
  runs.forEach((r, i) => {
    if (r.index <= at) found = i;
  });
  return found;
}
