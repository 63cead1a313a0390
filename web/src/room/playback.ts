import * as Y from "yjs";
import type { History, HistoryRun } from "../lib/api/types";
import { CODE_TEXT } from "./connection";

/** Decodes standard base64 into bytes. */
export function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The document's text after applying the first `count` updates to a fresh Y.Doc. */
export function replayText(updates: Uint8Array[], count: number): string {
  const doc = new Y.Doc();
  try {
    const n = Math.max(0, Math.min(count, updates.length));
    for (let i = 0; i < n; i++) {
      const update = updates[i];
      if (update !== undefined) Y.applyUpdate(doc, update);
    }
    return doc.getText(CODE_TEXT).toString();
  } finally {
    doc.destroy();
  }
}

export interface Timeline {
  updates: Uint8Array[];
  times: number[];
  runs: { run: HistoryRun; index: number; fraction: number }[];
}

/**
 * Orders the history by time and places every run on the slider: a run sits at the number of
 * updates that existed when it started (so the slider there shows the code that ran).
 */
export function buildTimeline(history: History): Timeline {
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
