import { describe, expect, it } from "vitest";
import type { ServerEvent } from "../room/events";
import { stripControl } from "./ansi";
import {
  appendOutput,
  initialRunState,
  inputSent,
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
  language: "python",
};

function out(
  seq: number,
  data: string,
  stream: "stdout" | "stderr" | "stdin" = "stdout",
): ServerEvent {
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

  it("starts a new line when the program's stream changes", () => {
    let lines = appendOutput([], "stdout", "out ");
    lines = appendOutput(lines, "stderr", "err\n");
    expect(lines).toEqual([
      { stream: "stdout", text: "out ", done: false },
      { stream: "stderr", text: "err", done: true },
    ]);
  });

  it("continues the prompt's line with typed input, as a terminal does", () => {
    let lines = appendOutput([], "stdout", "prompt: ");
    lines = appendOutput(lines, "stdin", "42\n");
    lines = appendOutput(lines, "stdout", "next\n");
    lines = appendOutput(lines, "stdin", "typed ahead\n");
    expect(lines).toEqual([
      { stream: "stdout", text: "prompt: 42", done: true, echoFrom: 8 },
      { stream: "stdout", text: "next", done: true },
      { stream: "stdin", text: "typed ahead", done: true },
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
    s = inputSent(s);
    expect(s.inputWanted).toBe(false);
    // The typed line is not drawn locally: it comes back from the server, to everyone.
    expect(s.lines.map((l) => l.text)).toEqual(["name? "]);
    s = reduceRun(s, out(1, "Bob\n", "stdin"));
    expect(s.lines).toEqual([{ stream: "stdout", text: "name? Bob", done: true, echoFrom: 6 }]);
    s = reduceRun(s, {
      type: "run.finished",
      run_id: "r1",
      verdict: "ok",
      exit_code: 0,
      signal: null,
      wall_ms: 120,
      cpu_ms: 30,
      peak_memory_bytes: 9_000_000,
      output_bytes: 0,
      output_truncated: false,
      compile_ms: null,
      message: "",
      diagnostics: [],
    });
    expect(s.status).toBe("finished");
    expect(s.finished?.verdict).toBe("ok");
    expect(s.inputWanted).toBe(false);
  });

  it("a rejection shows its reason and diagnostics, but never replaces a live run", () => {
    const diag = {
      line: 2,
      column: 0,
      message: "import os is not allowed",
      code: "import",
      end_line: null,
      end_column: null,
      kind: "policy" as const,
    };
    const rejected = apply(markStarting(initialRunState), {
      type: "run.rejected",
      code: "policy_violation",
      reason: "policy violation",
      diagnostics: [diag],
    });
    expect(rejected.status).toBe("rejected");
    expect(rejected.diagnostics).toEqual([diag]);
    const live = apply(initialRunState, started, {
      type: "run.rejected",
      code: "already_running",
      reason: "already running",
      diagnostics: [],
    });
    expect(live.status).toBe("running");
    expect(live.error).toBe("already running");
  });

  it("echoed input reads like a terminal, in seq order, for every member", () => {
    const s = apply(
      initialRunState,
      started,
      out(0, "Your name? "),
      out(1, "Bob\n", "stdin"),
      out(2, "Age? "),
      out(3, "42\n", "stdin"),
      out(3, "42\n", "stdin"), // replayed after a reconnect
      out(4, "Hi Bob, 42\n"),
    );
    expect(s.lines.map((l) => l.text)).toEqual(["Your name? Bob", "Age? 42", "Hi Bob, 42"]);
    expect(s.lines.map((l) => l.echoFrom)).toEqual([11, 5, undefined]);
  });

  it("someone else's refused run shows who pressed Run and why, for everyone", () => {
    const syntax = {
      line: 3,
      column: 4,
      end_line: 3,
      end_column: 5,
      message: "syntax error: invalid syntax",
      code: "syntax_error",
      kind: "syntax" as const,
    };
    const finished = apply(initialRunState, started, out(0, "old\n"), {
      type: "run.finished",
      run_id: "r1",
      verdict: "ok",
      exit_code: 0,
      signal: null,
      wall_ms: 1,
      cpu_ms: 1,
      peak_memory_bytes: 1,
      output_bytes: 0,
      output_truncated: false,
      compile_ms: null,
      message: "",
      diagnostics: [],
    });
    const s = reduceRun(finished, {
      type: "run.rejected",
      code: "syntax_error",
      reason: "syntax error: invalid syntax",
      diagnostics: [syntax],
      by: { id: "u2", name: "Bob" },
      at: 7,
      run_id: "r2",
    });
    expect(s.status).toBe("rejected");
    expect(s.rejectedCode).toBe("syntax_error");
    expect(s.by?.name).toBe("Bob");
    expect(s.runId).toBe("r2");
    expect(s.diagnostics).toEqual([syntax]);
    expect(s.finished).toBeNull();
    expect(s.lines).toEqual([]);
  });

  it("a rejection without a code is classed by its diagnostics", () => {
    const base = { type: "run.rejected" as const, reason: "x" };
    const kinds = [
      [[{ line: 1, column: 0, message: "m", kind: "syntax" as const }], "syntax_error"],
      [[{ line: 1, column: 0, message: "m" }], "policy_violation"],
      [[], null],
    ] as const;
    for (const [diagnostics, code] of kinds) {
      // Not in the contract any more (the server always sends `code`): a record saved before.
      const event = { ...base, diagnostics: [...diagnostics] } as unknown as ServerEvent;
      const s = reduceRun(initialRunState, event);
      expect(s.rejectedCode).toBe(code);
    }
  });

  it("a newcomer sees the last refused run as it was refused", () => {
    const diagnostic = {
      line: 2,
      column: 4,
      message: "syntax error: x",
      code: "syntax",
      end_line: null,
      end_column: null,
      kind: "syntax" as const,
    };
    const s = reduceRun(initialRunState, {
      type: "room.state",
      last_run: {
        run_id: "r9",
        by: { id: "u", name: "Ada" },
        code_hash: "h",
        at: 5,
        output: "",
        last_seq: -1,
        running: false,
        verdict: "syntax_error",
        message: "syntax error: x",
        diagnostics: [diagnostic],
        rejected: true,
        language: "python",
      },
    });
    expect(s.status).toBe("rejected");
    expect(s.rejectedCode).toBe("syntax_error");
    expect(s.rejectedReason).toBe("syntax error: x");
    expect(s.diagnostics).toEqual([diagnostic]);
    expect(s.by?.name).toBe("Ada");
  });

  it("a newcomer mid-run continues the transcript after the chunks it was given", () => {
    const s = apply(
      initialRunState,
      {
        type: "room.state",
        last_run: {
          run_id: "r1",
          by: { id: "u", name: "Ada" },
          at: 5,
          output: "Your name? Bob\n",
          code_hash: "h",
          last_seq: 1,
          running: true,
          rejected: false,
          language: "python",
        },
      },
      out(1, "Bob\n", "stdin"),
      out(2, "Age? "),
    );
    expect(s.status).toBe("running");
    expect(s.lines.map((l) => l.text)).toEqual(["Your name? Bob", "Age? "]);
  });

  it("a newcomer sees the last run from room.state", () => {
    const s = reduceRun(initialRunState, {
      type: "room.state",
      last_run: {
        run_id: "r0",
        by: { id: "u", name: "Ada" },
        at: 5,
        output: "\u001b[1mdone\u001b[0m\n",
        code_hash: "h",
        last_seq: 0,
        running: false,
        rejected: false,
        language: "python",
        verdict: "runtime_error",
        exit_code: 1,
      },
    });
    expect(s.status).toBe("finished");
    expect(s.finished?.verdict).toBe("runtime_error");
    expect(s.lines.map((l) => l.text)).toEqual(["done"]);
    expect(reduceRun(s, { type: "room.state", last_run: null })).toBe(s);
  });

  it("keeps the language the run started as, from run.started or a newcomer's room.state", () => {
    const js = reduceRun(initialRunState, { ...started, language: "javascript" } as ServerEvent);
    expect(js.language).toBe("javascript");
    // A server that does not say (the sandbox layer's own event) leaves it to the room.
    expect(reduceRun(initialRunState, { ...started, language: null } as ServerEvent).language).toBe(null);
    const late = reduceRun(initialRunState, {
      type: "room.state",
      last_run: {
        run_id: "r2",
        by: { id: "u", name: "Ada" },
        at: 5,
        output: "",
        code_hash: "h",
        last_seq: -1,
        running: true,
        rejected: false,
        language: "go",
      },
    });
    expect(late.language).toBe("go");
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
