import { useState } from "react";
import { instead } from "../app/ui";
import { announcesInputWaits, findLanguage, type LanguageSpec } from "../languages/registry";
import type { RoomConnection } from "../room/connection";
import { useRoomStore } from "../room/roomStore";
import { useRunWait } from "../room/useRunWait";
import { formatBytes, formatMs, rejectionLabel, verdictLabel } from "./format";
import { OutputView } from "./OutputView";
import { useRunStore } from "./runStore";

/** Starts a run of the room's code (shared by the button, Ctrl/Cmd+Enter and the editor). */
export function startRun(conn: RoomConnection | null): void {
  const run = useRunStore.getState();
  if (conn === null || run.status === "running" || run.status === "starting") return;
  const room = useRoomStore.getState();
  if (!room.permissions.run || (room.runBlockedUntil ?? 0) > Date.now()) return;
  run.starting();
  if (!conn.send({ type: "run", stdin: run.stdin, interactive: true })) {
    run.apply({ type: "error", code: "unavailable", message: "Not connected: cannot run now." });
  }
}

/** Run / Stop, stdin, the live `input()` prompt, streamed output, verdict, time and memory. */
export function RunPanel({
  conn,
  language,
}: {
  conn: RoomConnection | null;
  /** The room's language (undefined: one this app does not know). */
  language?: LanguageSpec | undefined;
}) {
  const run = useRunStore();
  const permissions = useRoomStore((s) => s.permissions);
  const me = useRoomStore((s) => s.sessionUser);
  const [line, setLine] = useState("");
  // Run needs the socket, and waits out a rate limit (whose notice replaces the last status).
  const connection = useRoomStore((s) => s.status);
  const limited = useRoomStore((s) => s.runBlockedUntil !== null);
  const wait = useRunWait();
  const busy = run.status === "running" || run.status === "starting";
  const f = run.finished;
  // Only the person who started the run may type into it (the server enforces it too).
  const mine = me === null || run.by === null || run.by.id === me.id;
  // Python's agent says when the program waits for input; a native program's sandbox cannot
  // tell, so its input box stays open for the whole run. The run's own language decides, not
  // the room's: someone may switch the room's language while it runs.
  const runLanguage = run.language === null ? language : findLanguage(run.language);
  const waitsAnnounced = runLanguage === undefined || announcesInputWaits(runLanguage);
  const inputOpen = waitsAnnounced ? run.inputWanted : true;

  const sendInput = () => {
    if (conn === null || run.runId === null) return;
    const text = `${line}\n`;
    if (conn.send({ type: "run.input", run_id: run.runId, text })) {
      run.inputSent();
      setLine("");
    }
  };

  return (
    <section className="panel run-panel" aria-label="Run">
      <div className="toolbar">
        <button
          type="button"
          data-testid="run-button"
          onClick={() => startRun(conn)}
          disabled={
            busy || !permissions.run || conn === null || connection !== "connected" || wait > 0
          }
          title="Run (Ctrl/Cmd+Enter)"
        >
          ▶ Run
        </button>
        <button
          type="button"
          data-testid="stop-button"
          disabled={run.status !== "running" || !permissions.cancel || run.runId === null}
          onClick={() => run.runId && conn?.send({ type: "run.cancel", run_id: run.runId })}
        >
          ■ Stop
        </button>
        <span className="status" data-testid="run-status" data-status={run.status}>
          {run.status === "starting" && "starting…"}
          {run.status === "running" && `running${run.by ? ` (${run.by.name})` : ""}…`}
        </span>
        {wait > 0 && (
          <span className="status" role="status" data-testid="run-wait">
            Run is available again in {wait} s
          </span>
        )}
        {connection === "offline" && (
          <span className="status" role="status" data-testid="run-offline">
            Offline: Run comes back with the connection
          </span>
        )}
        {f && !limited && (
          <span className="run-stats">
            <span className={`verdict verdict-${f.verdict}`} data-testid="verdict">
              {verdictLabel(f.verdict)}
            </span>
            {f.exit_code !== null && f.exit_code !== 0 && <span>exit {f.exit_code}</span>}
            {f.compile_ms !== null && f.compile_ms !== undefined && (
              <span title="compile time" data-testid="compile-time">
                compile {formatMs(f.compile_ms)}
              </span>
            )}
            <span title="wall time">wall {formatMs(f.wall_ms)}</span>
            <span title={f.cpu_ms === null ? "CPU time: not measured" : "CPU time"}>
              cpu {formatMs(f.cpu_ms)}
            </span>
            <span title={f.peak_memory_bytes === null ? "peak memory: not measured" : "peak memory"}>
              mem {formatBytes(f.peak_memory_bytes)}
            </span>
          </span>
        )}
        {run.status === "rejected" && (
          <span
            className={`verdict verdict-${run.rejectedCode ?? "rejected"}`}
            data-testid="verdict"
            data-code={run.rejectedCode ?? ""}
          >
            {rejectionLabel(run.rejectedCode)}
          </span>
        )}
        {run.status === "rejected" && !mine && run.by && (
          <span className="status" data-testid="rejected-by">
            Run pressed by {run.by.name}
          </span>
        )}
      </div>
      {(run.rejectedReason || run.error) && !limited && (
        <p className="error" role="alert" data-testid="run-error">
          {run.rejectedReason ?? run.error}
        </p>
      )}
      {f?.message && !limited && <p className="run-message">{f.message}</p>}
      {run.diagnostics.length > 0 && (
        <ul className="diagnostics" data-testid="diagnostics">
          {run.diagnostics.map((d, i) => (
            <li key={i}>
              line {d.line}, column {d.column + 1}: {d.message}
              {d.code && <code> [{d.code}]</code>}
            </li>
          ))}
        </ul>
      )}
      <details className="stdin">
        <summary>stdin</summary>
        <textarea
          data-testid="stdin"
          aria-label="stdin (standard input)"
          value={run.stdin}
          placeholder="Text given to the program's standard input"
          onChange={(e) => run.setStdin(e.target.value)}
        />
      </details>
      <OutputView lines={run.lines} />
      {f?.output_truncated && <p className="note">Output truncated.</p>}
      {inputOpen && mine && run.status === "running" && run.runId !== null && (
        <form className="input-line" onSubmit={instead(sendInput)}>
          <input
            data-testid="run-input"
            aria-label="Input for the program"
            autoFocus={waitsAnnounced}
            value={line}
            placeholder={
              waitsAnnounced ? "The program is waiting for input…" : "Input for the program…"
            }
            onChange={(e) => setLine(e.target.value)}
          />
          <button type="submit">Send</button>
          <button
            type="button"
            onClick={() => run.runId && conn?.send({ type: "run.eof", run_id: run.runId })}
          >
            EOF
          </button>
        </form>
      )}
    </section>
  );
}
