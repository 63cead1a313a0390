import { apiFetch } from "../lib/api/client";
import type { Diagnostic, History, HistoryRun, User } from "../lib/api/types";
import type { Author } from "./playback";

/** `GET /api/rooms/{id}/history` with the authors of its Yjs client ids (docs/protocol.md). */
export interface PlaybackHistory extends History {
  runs: PlaybackRun[];
  authors?: Record<string, Author>;
}

/** A run of the history; `rejected`: the policy refused it before anything ran. */
export interface PlaybackRun extends HistoryRun {
  rejected?: boolean;
}

/** One entry of `GET /api/rooms/{id}/runs` (RunRecord.to_json on the server). */
export interface RunRecordJson {
  run_id: string;
  at: number;
  by: User;
  verdict: string | null;
  output: string;
  output_truncated: boolean;
  message: string;
  diagnostics: Diagnostic[];
  rejected?: boolean;
}

export const playbackApi = {
  history: (id: string) =>
    apiFetch<PlaybackHistory>(`/api/rooms/${encodeURIComponent(id)}/history`),
  runs: (id: string) =>
    apiFetch<{ runs: RunRecordJson[] }>(`/api/rooms/${encodeURIComponent(id)}/runs`),
};
