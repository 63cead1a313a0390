import { describe, expect, it } from "vitest";
import type { ServerEvent } from "../room/events";
import { stripControl } from "./ansi";
import {
  appendOutput,
  echoInput,
  initialRunState,
  markStarting,
  MAX_LINES,
  reduceRun,
  type RunState,
} from "./runReducer";

const started: ServerEvent = {
  type: "run.started",
  run_id: "r1",
  by: { id: "u1", name: "Ada" },
  code_hash: "ab",
  at: 1000,
};

function out(seq: number, data: string, stream: "stdout" | "stderr" = "stdout"): ServerEvent {
  return { type: "run.output", run_id: "r1", stream, data, seq };
}

function apply(state: RunState, ...events: ServerEvent[]): RunState {
  return events.reduce(reduceRun, state);
}

describe("stripControl", () => {
  it("removes colours, cursor moves, OSC titles and bare control characters", () => {
    expect(stripControl("\u001b[31mred\u001b[0m plain")).toBe("red plain");
    expect(stripControl("\u001b]0;title\u0007after")).toBe("after");
    expect(stripControl("a\u001b[2J\u001b[Hb")).toBe("ab");
    expect(stripControl("bell\u0007 back\u0008 nul\u0000")).toBe("bell back nul");
    expect(stripControl("c1\u009b31mx")).toBe("c1x");
  });

  it("keeps text, tabs and newlines and normalises CRLF", () => {
    expect(stripControl("a\tb\r\nc\n")).toBe("a\tb\nc\n");
  });
});

describe("appendOutput", () => {
  it("splits chunks into lines and continues an unfinished line", () => {
    let lines = appendOutput([], "stdout", "hel");
    lines = appendOutput(lines, "stdout", "lo\nwor");
    lines = appendOutput(lines, "stdout", "ld\n");
    expect(lines.map((l) => l.text)).toEqual(["hello", "world"]);
    expect(lines.every((l) => l.done)).toBe(true);
  });

  it("starts a new line when the stream changes", () => {
    let lines = appendOutput([], "stdout", "prompt: ");
    lines = appendOutput(lines, "stdin", "42\n");
    expect(lines).toEqual([
      { stream: "stdout", text: "prompt: ", done: false },
      { stream: "stdin", text: "42", done: true },
    ]);
  });

  it("keeps only the newest MAX_LINES lines", () => {
    const lines = appendOutput([], "stdout", "x\n".repeat(MAX_LINES + 10));
    expect(lines).toHaveLength(MAX_LINES);
  });
});

describe("reduceRun", () => {
  it("streams output for a started run, in order, dropping replayed seqs", () => {
    const s = apply(initialRunState, started, out(0, "a\n"), out(1, "b\n"), out(1, "b\n"));
    expect(s.status).toBe("running");
    expect(s.by?.name).toBe("Ada");
    expect(s.lines.map((l) => l.text)).toEqual(["a", "b"]);
  });

  it("ignores output of another run", () => {
    const s = apply(initialRunState, started, {
      type: "run.output",
      run_id: "other",
      stream: "stdout",
      data: "x",
      seq: 0,
    });
    expect(s.lines).toEqual([]);
  });

  it("shows the input prompt until the user answers, and finishes with the verdict", () => {
    let s = apply(initialRunState, started, out(0, "name? "), {
      type: "run.input_wanted",
      run_id: "r1",
    });
    expect(s.inputWanted).toBe(true);
    s = echoInput(s, "Bob\n");
    expect(s.inputWanted).toBe(false);
    expect(s.lines.map((l) => `${l.stream}:${l.text}`)).toEqual(["stdout:name? ", "stdin:Bob"]);
    s = reduceRun(s, {
      type: "run.finished",
      run_id: "r1",
      verdict: "ok",
      exit_code: 0,
      signal: null,
      wall_ms: 120,
      cpu_ms: 30,
      peak_memory_bytes: 9_000_000,
      output_truncated: false,
      message: null,
      diagnostics: [],
    });
    expect(s.status).toBe("finished");
    expect(s.finished?.verdict).toBe("ok");
    expect(s.inputWanted).toBe(false);
  });

  it("a rejection shows its reason and diagnostics, but never replaces a live run", () => {
    const diag = { line: 2, column: 0, message: "import os is not allowed", code: "import" };
    const rejected = apply(markStarting(initialRunState), {
      type: "run.rejected",
      reason: "policy violation",
      diagnostics: [diag],
    });
    expect(rejected.status).toBe("rejected");
    expect(rejected.diagnostics).toEqual([diag]);
    const live = apply(initialRunState, started, {
      type: "run.rejected",
      reason: "already running",
      diagnostics: [],
    });
    expect(live.status).toBe("running");
    expect(live.error).toBe("already running");
  });

  it("a newcomer sees the last run from room.state", () => {
    const s = reduceRun(initialRunState, {
      type: "room.state",
      last_run: {
        run_id: "r0",
        by: { id: "u", name: "Ada" },
        at: 5,
        output: "\u001b[1mdone\u001b[0m\n",
        verdict: "runtime_error",
        exit_code: 1,
      },
    });
    expect(s.status).toBe("finished");
    expect(s.finished?.verdict).toBe("runtime_error");
    expect(s.lines.map((l) => l.text)).toEqual(["done"]);
    expect(reduceRun(s, { type: "room.state", last_run: null })).toBe(s);
  });

  it("an error while starting returns to idle with the message", () => {
    const s = reduceRun(markStarting(initialRunState), {
      type: "error",
      code: "rate_limited",
      message: "slow down",
      retry_after: 3,
    });
    expect(s.status).toBe("idle");
    expect(s.error).toBe("slow down");
  });
});
