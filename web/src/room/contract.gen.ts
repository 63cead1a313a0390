// Generated from realtime/contract by web/scripts/gen_events.py (npm run gen:events).
// Do not edit: change the Python contract and regenerate.

export type ClientEvent = PingRequest | RunRequest | RunInputRequest | RunEofRequest | RunCancelRequest | AnalyzeRequest;

export type ServerEvent = SessionEvent | PongEvent | ErrorEvent | NotesUpdatedEvent | AnalysisStartedEvent | AnalysisResultEvent | AnalysisFailedEvent | RunStarted | RunOutput | RunInputWanted | RunFinished | RunRejectedEvent | RoomStateEvent;

/** Are you there? Answered with `pong` (any connection may ask). */
export interface PingRequest {
  type: "ping";
  id?: string | null;
}

/** Run the room's code as it is now; answered by `run.started` or `run.rejected`. */
export interface RunRequest {
  type: "run";
  stdin?: string;
  interactive?: boolean;
  id?: string | null;
}

/** The runner's typed input: echoed to everyone as `run.output` (stream `stdin`). */
export interface RunInputRequest {
  type: "run.input";
  text: string;
  run_id?: string | null;
  id?: string | null;
}

/** Close the live run's stdin (the runner only). */
export interface RunEofRequest {
  type: "run.eof";
  run_id?: string | null;
  id?: string | null;
}

/** Stop the live run (`run.finished`, verdict `cancelled`). */
export interface RunCancelRequest {
  type: "run.cancel";
  run_id?: string | null;
  id?: string | null;
}

/** Analyse the room's code now; everyone sees `analysis.started`, then the result. */
export interface AnalyzeRequest {
  type: "analyze";
  id?: string | null;
}

/** Sent once, right after connect: who you are and what you may do. */
export interface SessionEvent {
  type: "session";
  user: Person;
  role: Role;
  permissions: PermissionFlags;
}

/** Who asked for a run, as the caller names them (opaque to the sandbox). */
export interface Person {
  id: string;
  name: string;
}

/** A member's role. owner/interviewer, editor/candidate are pairs of equal rights. */
export type Role = "candidate" | "editor" | "interviewer" | "owner" | "viewer";

/** What the connection may do (decided once, at connect). */
export interface PermissionFlags {
  edit: boolean;
  run: boolean;
  cancel: boolean;
  analyze: boolean;
  read_notes: boolean;
  write_notes: boolean;
  invite: boolean;
  revoke: boolean;
}

/** The answer to `ping` (echoes its `id`). */
export interface PongEvent {
  type: "pong";
  /** Client-chosen correlation id, echoed by the replies and errors it causes. */
  id?: string;
}

/** A request was refused or failed; sent to its sender alone (echoes the request's `id`). */
export interface ErrorEvent {
  type: "error";
  code: ErrorCode;
  message: string;
  /** Client-chosen correlation id, echoed by the replies and errors it causes. */
  id?: string;
  retry_after?: number;
}

/** Machine-readable reason of an `error` event. */
export type ErrorCode = "analysis_failed" | "bad_event" | "forbidden" | "internal" | "no_live_run" | "rate_limited" | "too_large" | "unavailable" | "unknown_event";

/** The interviewers' notes changed (only connections with `read_notes` get it). */
export interface NotesUpdatedEvent {
  type: "notes.updated";
}

/** Someone pressed Analyze: the room's code is being analysed. */
export interface AnalysisStartedEvent {
  type: "analysis.started";
  /** Client-chosen correlation id, echoed by the replies and errors it causes. */
  id?: string;
}

/** The analysis of the room's code, told to the whole room (echoes the request's `id`). */
export interface AnalysisResultEvent {
  type: "analysis.result";
  source: "gemini" | "offline";
  time: string;
  space: string;
  functions: FunctionComplexity[];
  explanation: string;
  confidence: number;
  measurements: Measurement[] | null;
  fit: Fit | null;
  reason?: string;
  sources?: Opinion[];
  /** Client-chosen correlation id, echoed by the replies and errors it causes. */
  id?: string;
}

/** Complexity of one function (1-based `line` of its `def`). */
export interface FunctionComplexity {
  name: string;
  time: string;
  space: string;
  line: number;
}

/** One timed point: the input size and the seconds one call took. */
export interface Measurement {
  n: number;
  seconds: number;
}

/** The class whose curve fits the measurements best. */
export interface Fit {
  class: string;
  points: Measurement[];
}

/** What one source said on its own. */
export interface Opinion {
  source: "gemini" | "measured" | "static";
  time: string;
  confidence: number;
}

/** The analysis failed: everyone's panel stops waiting (`message` says why). */
export interface AnalysisFailedEvent {
  type: "analysis.failed";
  message: string;
  /** Client-chosen correlation id, echoed by the replies and errors it causes. */
  id?: string;
}

/** The run began. The sandbox layer sends it when a sandbox takes the run; a room sends it when it accepts a Run press, with who pressed it, the hash of the code and when. Both name the language it runs as (a registry id). */
export interface RunStarted {
  type: "run.started";
  run_id: string;
  by: Person | null;
  code_hash: string | null;
  at: number | null;
  language: string | null;
}

/** An ordered chunk of the transcript. `seq` counts the chunks of one run from 0, the echo of typed input (`stream` "stdin") included; the runner gives it, and nothing after it renumbers. */
export interface RunOutput {
  type: "run.output";
  run_id: string;
  stream: "stderr" | "stdin" | "stdout";
  data: string;
  seq: number;
}

/** The program is blocked reading stdin and nothing is buffered (interactive Python runs). Never sent for another language: the program is exec'd, and its wait on stdin cannot be seen from outside the sandbox (the web keeps the input box open for the whole run). */
export interface RunInputWanted {
  type: "run.input_wanted";
  run_id: string;
}

/** The last event of every run, whatever happened: the `RunResult` and the run's id. */
export interface RunFinished {
  type: "run.finished";
  verdict: Verdict;
  exit_code: number | null;
  signal: number | null;
  wall_ms: number;
  cpu_ms: number | null;
  peak_memory_bytes: number | null;
  output_bytes: number;
  output_truncated: boolean;
  message: string;
  diagnostics: Diagnostic[];
  compile_ms: number | null;
  run_id: string;
}

/** The verdict of one run. Values travel as-is in JSON events. */
export type Verdict = "cancelled" | "compile_error" | "cpu_limit" | "memory_limit" | "ok" | "output_limit" | "policy_violation" | "runtime_error" | "sandbox_error" | "syntax_error" | "timeout";

/** A finding the editor can show as a marker (1-based line, 0-based column). `kind` tells a syntax error (the web labels it "Syntax error") from a policy refusal. */
export interface Diagnostic {
  line: number;
  column: number;
  message: string;
  code: string;
  end_line: number | null;
  end_column: number | null;
  kind: "compile" | "policy" | "syntax";
}

/** A Run press was refused: nothing ran (told to the whole room). */
export interface RunRejectedEvent {
  type: "run.rejected";
  code: "already_running" | "bad_stdin" | "busy" | "policy_violation" | "rate_limited" | "syntax_error" | "unavailable" | "unsupported_language";
  reason: string;
  diagnostics: Diagnostic[];
  by?: Person;
  /** Epoch milliseconds. */
  at?: number;
  run_id?: string;
  code_hash?: string;
  retry_after?: number;
}

/** Sent right after joining: the room's last run, or null. */
export interface RoomStateEvent {
  type: "room.state";
  last_run: LastRun | null;
}

/** The room's last run: live (`running`), over, or refused (`rejected`). */
export interface LastRun {
  run_id: string;
  by: Person;
  code_hash: string;
  /** Epoch milliseconds. */
  at: number;
  output: string;
  last_seq: number;
  running: boolean;
  rejected: boolean;
  /** The language id it ran as. */
  language: string;
  verdict?: Verdict;
  exit_code?: number | null;
  signal?: number | null;
  wall_ms?: number;
  cpu_ms?: number | null;
  peak_memory_bytes?: number | null;
  output_truncated?: boolean;
  message?: string;
  diagnostics?: Diagnostic[];
  compile_ms?: number | null;
}

export const CLIENT_EVENT_TYPES = ["ping", "run", "run.input", "run.eof", "run.cancel", "analyze"] as const;
export const SERVER_EVENT_TYPES = ["session", "pong", "error", "notes.updated", "analysis.started", "analysis.result", "analysis.failed", "run.started", "run.output", "run.input_wanted", "run.finished", "run.rejected", "room.state"] as const;
