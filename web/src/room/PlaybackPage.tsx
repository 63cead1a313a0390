import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState } from "react";
import { navigate } from "../app/router";
import { monaco } from "../editor/monacoSetup";
import { DEFAULT_LANGUAGE_ID, getLanguage } from "../languages/registry";
import { api } from "../lib/api/client";
import { verdictLabel } from "../run/format";
import { buildTimeline, replayText } from "./playback";

/** Read-only replay of a room's history on a timeline slider, with run markers. */
export default function PlaybackPage({ roomId }: { roomId: string }) {
  const history = useQuery({ queryKey: ["history", roomId], queryFn: () => api.history(roomId) });
  const timeline = useMemo(() => (history.data ? buildTimeline(history.data) : null), [history.data]);
  const [position, setPosition] = useState<number | null>(null);
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const total = timeline?.updates.length ?? 0;
  const at = position ?? total;
  const text = useMemo(() => (timeline ? replayText(timeline.updates, at) : ""), [timeline, at]);

  useEffect(() => {
    if (host.current === null) return;
    const e = monaco.editor.create(host.current, {
      value: "",
      language: getLanguage(DEFAULT_LANGUAGE_ID).monacoLanguage,
      theme: "vs-dark",
      readOnly: true,
      automaticLayout: true,
      minimap: { enabled: false },
    });
    editor.current = e;
    // Exposed for the browser tests, which read what the replay shows.
    (window as unknown as { __playbackEditor?: unknown }).__playbackEditor = e;
    return () => {
      e.getModel()?.dispose();
      e.dispose();
    };
  }, []);

  useEffect(() => {
    editor.current?.setValue(text);
  }, [text]);

  const when = timeline && at > 0 ? new Date(timeline.times[at - 1] ?? 0).toLocaleTimeString() : "start";
  return (
    <div className="room playback" data-testid="playback">
      <header className="room-header">
        <a href={`/r/${roomId}`} onClick={(e) => (e.preventDefault(), navigate(`/r/${roomId}`))}>
          ← Back to the room
        </a>
        <span className="room-title">Playback of {roomId}</span>
      </header>
      {history.isPending && <p className="loading">Loading history…</p>}
      {history.isError && (
        <p className="error banner" role="alert" data-testid="history-error">
          History unavailable: {history.error.message}
        </p>
      )}
      {timeline && (
        <div className="timeline">
          <input
            type="range"
            min={0}
            max={total}
            value={at}
            data-testid="playback-slider"
            aria-label="Position in the history"
            onChange={(e) => setPosition(Number(e.target.value))}
          />
          <div className="run-markers">
            {timeline.runs.map(({ run, index, fraction }) => (
              <button
                type="button"
                key={run.run_id}
                className={`run-marker verdict-${run.verdict ?? "unknown"}`}
                style={{ left: `${fraction * 100}%` }}
                title={`Run ${verdictLabel(run.verdict ?? "unknown")} at ${new Date(run.at).toLocaleTimeString()}`}
                data-testid="run-marker"
                onClick={() => setPosition(index)}
              />
            ))}
          </div>
          <span data-testid="playback-position">
            {at} / {total} updates · {when}
          </span>
        </div>
      )}
      <div className="editor-pane" ref={host} data-testid="playback-editor" />
      <pre hidden data-testid="playback-text">
        {text}
      </pre>
    </div>
  );
}
