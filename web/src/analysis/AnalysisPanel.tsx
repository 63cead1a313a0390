import { Alert } from "../app/ui";
import { DEFAULT_LANGUAGE_ID } from "../languages/registry";
import type { RoomConnection } from "../room/connection";
import { readRoomLanguage } from "../room/roomLanguage";
import { useRoomStore } from "../room/roomStore";
import { api } from "../lib/api/client";
import { useAnalysisStore } from "./analysisStore";
import { RuntimeChart } from "./RuntimeChart";
import { opinionRows } from "./sources";

/**
 * Asks for an analysis over the room socket, or over REST when the socket is down (with the
 * room's language: the offline analyzer covers Python only, and says so for the others).
 */
export function requestAnalysis(conn: RoomConnection | null): void {
  const store = useAnalysisStore.getState();
  store.requested();
  if (conn !== null && conn.send({ type: "analyze" })) return;
  const code = conn?.text.toString() ?? "";
  const language = conn === null ? DEFAULT_LANGUAGE_ID : readRoomLanguage(conn.doc);
  api.analyze(code, language).then(store.resolved, (err: unknown) =>
    store.failed(err instanceof Error ? err.message : String(err)),
  );
}

/** Big-O per function and overall, the explanation, its source and the runtime chart. */
export function AnalysisPanel({ conn }: { conn: RoomConnection | null }) {
  const { status, result, error } = useAnalysisStore();
  const canAnalyze = useRoomStore((s) => s.permissions.analyze);
  return (
    <section className="panel analysis-panel" aria-label="Analysis">
      <div className="toolbar">
        <button
          type="button"
          data-testid="analyze-button"
          disabled={status === "pending" || !canAnalyze}
          onClick={() => requestAnalysis(conn)}
        >
          Analyze
        </button>
        {status === "pending" && <span className="status">analysing…</span>}
      </div>
      <Alert>{status === "error" && error}</Alert>
      {result && (
        <div data-testid="analysis-result">
          <p className="complexity">
            <span>
              Time <strong data-testid="analysis-time">{result.time}</strong>
            </span>
            <span>
              Space <strong data-testid="analysis-space">{result.space}</strong>
            </span>
            <span className={`badge source-${result.source}`} data-testid="analysis-source">
              {result.source === "gemini" ? "Gemini" : "offline"}
            </span>
            <span className="confidence">
              confidence {Math.round(Math.max(0, Math.min(1, result.confidence)) * 100)}%
            </span>
          </p>
          {result.functions.length > 0 && (
            <table className="functions">
              <thead>
                <tr>
                  <th>function</th>
                  <th>line</th>
                  <th>time</th>
                  <th>space</th>
                </tr>
              </thead>
              <tbody>
                {result.functions.map((fn) => (
                  <tr key={`${fn.name}:${fn.line}`}>
                    <td>{fn.name}</td>
                    <td>{fn.line}</td>
                    <td>{fn.time}</td>
                    <td>{fn.space}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {opinionRows(result).length > 0 && (
            <ul className="sources" data-testid="analysis-sources" aria-label="What each source said">
              {opinionRows(result).map((row) => (
                <li key={row.name} className={row.agrees ? "agrees" : "differs"}>
                  {row.name}: <strong>{row.time}</strong> ({row.confidence}%)
                  {row.agrees ? "" : " — not believed"}
                </li>
              ))}
            </ul>
          )}
          <p className="explanation">{result.explanation}</p>
          {result.measurements && result.measurements.length > 0 && (
            <RuntimeChart
              measured={result.measurements}
              fitted={result.fit?.points ?? []}
              label={result.time}
            />
          )}
        </div>
      )}
    </section>
  );
}
