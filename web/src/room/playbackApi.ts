import { apiFetch } from "../lib/api/client";
import type { components } from "../lib/api/schema.gen";
import type { History, HistoryRun } from "../lib/api/types";

/** `GET /api/rooms/{id}/history`: updates, runs and the authors of its Yjs client ids. */
export type PlaybackHistory = History;

/** A run of the history; `rejected`: the policy refused it before anything ran. */
export type PlaybackRun = HistoryRun;

/** One entry of `GET /api/rooms/{id}/runs`. */
export type RunRecordJson = components["schemas"]["StoredRun"];

export const playbackApi = {
  history: (id: string) =>
    apiFetch<PlaybackHistory>(`/api/rooms/${encodeURIComponent(id)}/history`),
  runs: (id: string) =>
    apiFetch<{ runs: RunRecordJson[] }>(`/api/rooms/${encodeURIComponent(id)}/runs`),
};
