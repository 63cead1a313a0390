import type { User } from "../lib/api/types";
import type {
  RunDiagnostic,
  RunFinishedEvent,
  RunRejectedEvent,
  ServerEvent,
} from "../room/events";
import { stripControl } from "./ansi";

export type OutputStream = "stdout" | "stderr" | "stdin";

export interface OutputLine {
  stream: OutputStream;
  text: string;
  /** False while the program has not printed the newline that ends this line yet. */
  done: boolean;
  /** Where typed input starts in `text`, when it was typed after a prompt on this line. */
  echoFrom?: number;
}

export type RunStatus = "idle" | "starting" | "running" | "finished" | "rejected";

export interface RunState {
  status: RunStatus;
  runId: string | null;
  by: User | null;
  startedAt: number | null;
  /** The registry id of the language the run runs as (null: the server did not say). */
  language: string | null;
  lines: OutputLine[];
  lastSeq: number;
  inputWanted: boolean;
  finished: RunFinishedEvent | null;
  rejectedReason: string | null;
  /** Why the last Run press was refused (`syntax_error`, `rate_limited`, ...), if it was. */
  rejectedCode: string | null;
  diagnostics: RunDiagnostic[];
  /** The last `error` event relevant to runs (rate limits, forbidden, ...). */
  error: string | null;
}

/** Keeps the browser responsive if a server ever streams more than it promised to. */
export const MAX_LINES = 50_000;

export const initialRunState: RunState = {
  status: "idle",
  runId: null,
  by: null,
  startedAt: null,
  language: null,
  lines: [],
  lastSeq: -1,
  inputWanted: false,
  finished: null,
  rejectedReason: null,
  rejectedCode: null,
  diagnostics: [],
  error: null,
};

/**
 * Appends a chunk of program output, splitting it into lines and continuing an open line.
 * Typed input (stream "stdin") continues the prompt's line, as a terminal shows it.
 */
export function appendOutput(
  lines: OutputLine[],
  stream: OutputStream,
  chunk: string,
): OutputLine[] {
  const clean = stream === "stdin" ? chunk : stripControl(chunk);
  if (clean === "") return lines;
  const next = lines.slice();
  const parts = clean.split("\n");
  parts.forEach((part, index) => {
    const last = next[next.length - 1];
    const isLastPart = index === parts.length - 1;
    if (isLastPart && part === "") return;
    if (index === 0 && last !== undefined && !last.done && last.stream === stream) {
      next[next.length - 1] = { ...last, text: last.text + part, done: !isLastPart };
    } else if (index === 0 && last !== undefined && !last.done && stream === "stdin") {
      const echoFrom = last.echoFrom ?? last.text.length;
      next[next.length - 1] = { ...last, text: last.text + part, done: !isLastPart, echoFrom };
    } else {
      next.push({ stream, text: part, done: !isLastPart });
    }
  });
  return next.length > MAX_LINES ? next.slice(next.length - MAX_LINES) : next;
}

type LastRun = Extract<ServerEvent, { type: "room.state" }>["last_run"];

/** The code of a rejection from a server that sent none: what its diagnostics say. */
function codeOf(event: RunRejectedEvent): string | null {
  if (event.code !== undefined) return event.code;
  const diagnostics = event.diagnostics ?? [];
  if (diagnostics.length === 0) return null;
  return diagnostics.some((d) => d.kind === "syntax") ? "syntax_error" : "policy_violation";
}

function rejectedState(event: RunRejectedEvent): RunState {
  return {
    ...initialRunState,
    status: "rejected",
    runId: event.run_id ?? null,
    by: event.by ?? null,
    startedAt: event.at ?? null,
    rejectedReason: event.reason,
    rejectedCode: codeOf(event),
    diagnostics: event.diagnostics ?? [],
  };
}

function fromLastRun(lastRun: NonNullable<LastRun>): RunState {
  if (lastRun.rejected === true) {
    // The room's last Run press was refused (syntax error, policy): the same view as then.
    return rejectedState({
      type: "run.rejected",
      reason: lastRun.message ?? "",
      diagnostics: lastRun.diagnostics ?? [],
      code: lastRun.verdict === "syntax_error" ? "syntax_error" : "policy_violation",
      by: lastRun.by,
      at: lastRun.at,
      run_id: lastRun.run_id,
    });
  }
  const finished = typeof lastRun.verdict === "string";
  return {
    ...initialRunState,
    status: finished ? "finished" : "running",
    runId: lastRun.run_id,
    by: lastRun.by ?? null,
    startedAt: lastRun.at ?? null,
    language: lastRun.language,
    lines: appendOutput([], "stdout", lastRun.output ?? ""),
    // Chunks up to here are in `output`: later ones continue it, replays are dropped.
    lastSeq: lastRun.last_seq ?? -1,
    finished: finished
      ? {
          type: "run.finished",
          run_id: lastRun.run_id,
          verdict: lastRun.verdict ?? "sandbox_error",
          exit_code: lastRun.exit_code ?? null,
          signal: lastRun.signal ?? null,
          wall_ms: lastRun.wall_ms ?? 0,
          cpu_ms: lastRun.cpu_ms ?? null,
          peak_memory_bytes: lastRun.peak_memory_bytes ?? null,
          output_bytes: 0,
          output_truncated: lastRun.output_truncated ?? false,
          message: lastRun.message ?? "",
          diagnostics: lastRun.diagnostics ?? [],
          compile_ms: lastRun.compile_ms ?? null,
        }
      : null,
    diagnostics: lastRun.diagnostics ?? [],
  };
}

/** Pure reducer from server events (and the local "I pressed Run") to the run panel state. */
export function reduceRun(state: RunState, event: ServerEvent): RunState {
  switch (event.type) {
    case "run.started":
      return {
        ...initialRunState,
        status: "running",
        runId: event.run_id,
        by: event.by,
        startedAt: event.at,
        language: event.language,
      };
    case "run.output": {
      if (event.run_id !== state.runId) return state;
      // Duplicates can arrive after a reconnect replays the tail; seq makes that harmless.
      if (event.seq <= state.lastSeq) return state;
      return {
        ...state,
        lastSeq: event.seq,
        lines: appendOutput(state.lines, event.stream, event.data),
      };
    }
    case "run.input_wanted":
      return event.run_id === state.runId ? { ...state, inputWanted: true } : state;
    case "run.finished":
      if (state.runId !== null && event.run_id !== state.runId) return state;
      return {
        ...state,
        status: "finished",
        runId: event.run_id,
        inputWanted: false,
        finished: event,
        diagnostics: event.diagnostics ?? [],
      };
    case "run.rejected":
      // Everyone in the room gets it, whoever pressed Run. It never replaces a run that is
      // still going (e.g. "already running"): it is shown as an error beside it.
      return state.status === "running" ? { ...state, error: event.reason } : rejectedState(event);
    case "room.state":
      return event.last_run === null ? state : fromLastRun(event.last_run);
    case "error":
      return state.status === "starting"
        ? { ...state, status: "idle", error: event.message }
        : { ...state, error: event.message };
    default:
      return state;
  }
}

/** The local user pressed Run: show "starting" until the server answers. */
export function markStarting(state: RunState): RunState {
  return { ...state, status: "starting", error: null };
}

/**
 * The local user sent a line for `input()`: close the prompt until the program asks again.
 * The line itself comes back from the server as `run.output` of stream "stdin", to everyone,
 * in its place among the program's output (an echo here could land out of order).
 */
export function inputSent(state: RunState): RunState {
  return { ...state, inputWanted: false };
}
