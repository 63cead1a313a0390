import { verdictLabel } from "../run/format";
import type { HistoryRun, StoredRun } from "../lib/api/types";

function byName(by: HistoryRun["by"]): string {
  return by.name || by.id || "someone";
}

/** The run shown at the playback position: who ran it, its verdict and its output. */
export function PlaybackRunOutput(props: {
  entry: { run: HistoryRun; index: number } | undefined;
  record: StoredRun | undefined;
  atMarker: boolean;
  loading: boolean;
}) {
  const { entry, record, atMarker, loading } = props;
  if (entry === undefined) {
    return (
      <section className="panel playback-run" aria-label="Run output" data-testid="playback-run">
        <p className="muted">No run before this point.</p>
      </section>
    );
  }
  const verdict = entry.run.verdict ?? "unknown";
  const rejected = entry.run.rejected === true;
  return (
    <section
      className="panel playback-run"
      aria-label="Run output"
      data-testid="playback-run"
      data-run-id={entry.run.run_id}
      data-verdict={verdict}
      data-rejected={rejected}
      data-at-marker={atMarker}
    >
      <h2 className="playback-run-title">
        {atMarker ? "Run here" : "Last run before this point"}:{" "}
        <span className={`verdict verdict-${verdict}`}>
          {rejected ? `Rejected: ${verdictLabel(verdict)}` : verdictLabel(verdict)}
        </span>{" "}
        <span className="muted">
          by {byName(entry.run.by)} at {new Date(entry.run.at).toLocaleTimeString()}
        </span>
      </h2>
      {record === undefined ? (
        <p className="muted">{loading ? "Loading output…" : "Output unavailable."}</p>
      ) : (
        <>
          {record.message && (
            <p className={rejected ? "error" : "muted"} data-testid="playback-run-message">
              {record.message}
            </p>
          )}
          {record.diagnostics.length > 0 && (
            <ul className="diagnostics">
              {record.diagnostics.map((d, i) => (
                <li key={i}>
                  line {d.line}, column {d.column + 1}: {d.message}
                </li>
              ))}
            </ul>
          )}
          {!rejected && (
            <pre className="output playback-output" data-testid="playback-run-output" tabIndex={0}>
              {record.output}
              {record.output_truncated && "\n… output truncated"}
            </pre>
          )}
        </>
      )}
    </section>
  );
}
