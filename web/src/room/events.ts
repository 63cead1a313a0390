import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { Analysis, Diagnostic, Permissions, Role, User } from "../lib/api/types";

/** y-websocket message type carrying our JSON application events. */
export const MESSAGE_APP_EVENT = 100;

export type ClientEvent =
  | { type: "run"; stdin: string; interactive: boolean }
  | { type: "run.input"; run_id: string; text: string }
  | { type: "run.eof"; run_id: string }
  | { type: "run.cancel"; run_id: string }
  | { type: "analyze" }
  | { type: "ping" };

/** A run diagnostic: `kind` "syntax" when the program does not parse (else a policy refusal). */
export type RunDiagnostic = Diagnostic & { kind?: "policy" | "syntax" };

export interface RunStartedEvent {
  type: "run.started";
  run_id: string;
  by: User;
  code_hash: string;
  at: number;
}

export interface RunFinishedEvent {
  type: "run.finished";
  run_id: string;
  verdict: string;
  exit_code: number | null;
  signal: number | string | null;
  wall_ms: number | null;
  cpu_ms: number | null;
  peak_memory_bytes: number | null;
  output_truncated: boolean;
  message: string | null;
  diagnostics: RunDiagnostic[];
}

/**
 * A Run press the server refused, told to the whole room. `code`: `syntax_error` or
 * `policy_violation` (the code was refused: recorded as the room's last run, with `run_id`),
 * or `already_running`, `rate_limited` (with `retry_after` s), `busy`, `unavailable`,
 * `bad_stdin`. `by` pressed Run.
 */
export interface RunRejectedEvent {
  type: "run.rejected";
  reason: string;
  diagnostics: RunDiagnostic[];
  code?: string;
  by?: User;
  at?: number;
  run_id?: string;
  code_hash?: string;
  retry_after?: number;
}

export type ServerEvent =
  | { type: "session"; user: User; role: Role; permissions: Permissions }
  | RunStartedEvent
  // stream "stdin": what the runner typed, echoed where it was typed.
  | {
      type: "run.output";
      run_id: string;
      stream: "stdout" | "stderr" | "stdin";
      data: string;
      seq: number;
    }
  | { type: "run.input_wanted"; run_id: string }
  | RunFinishedEvent
  | RunRejectedEvent
  | {
      type: "room.state";
      last_run:
        | (Partial<RunStartedEvent> &
            Partial<Omit<RunFinishedEvent, "type">> & {
              output?: string;
              run_id: string;
              /** A refused Run press (syntax error, policy): nothing ran. */
              rejected?: boolean;
              /** `seq` of the last output chunk `output` includes. */
              last_seq?: number;
              running?: boolean;
            })
        | null;
    }
  | { type: "analysis.started" }
  | ({ type: "analysis.result" } & Analysis)
  | { type: "error"; code: string; message: string; retry_after?: number }
  | { type: "notes.updated" }
  | { type: "pong" };

/** Encodes a client event as a binary type-100 frame: `[varuint 100][varString JSON]`. */
export function encodeAppEvent(event: ClientEvent): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_APP_EVENT);
  encoding.writeVarString(encoder, JSON.stringify(event));
  return encoding.toUint8Array(encoder);
}

/**
 * Reads the JSON payload of a type-100 frame whose type varuint was already consumed.
 * Returns null for payloads that are not JSON objects with a string `type` (ignored, not fatal:
 * a newer server may send events this client does not know).
 */
export function readAppEventPayload(decoder: decoding.Decoder): ServerEvent | null {
  let value: unknown;
  try {
    value = JSON.parse(decoding.readVarString(decoder));
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  if (typeof (value as { type?: unknown }).type !== "string") return null;
  return value as ServerEvent;
}

/** Decodes a whole frame; null when it is not a valid type-100 frame. */
export function decodeAppEvent(frame: Uint8Array): ServerEvent | null {
  try {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== MESSAGE_APP_EVENT) return null;
    return readAppEventPayload(decoder);
  } catch {
    return null;
  }
}
