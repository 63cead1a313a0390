import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState } from "react";
import { navigate } from "../app/router";
import { ThemeToggle } from "../app/ThemeToggle";
import { currentMonacoTheme } from "../editor/editorTheme";
import { monaco } from "../editor/monacoSetup";
import { api } from "../lib/api/client";
import { DEFAULT_LANGUAGE_ID, getLanguage } from "../languages/registry";
import { verdictLabel } from "../run/format";
import { PALETTE } from "./colors";
import {
  buildTimeline,
  jumpRun,
  participantOf,
  participants,
  Replayer,
  shownRun,
  SPEEDS,
  stepDelay,
  UNKNOWN_AUTHOR,
  type Participant,
  type ReplayState,
} from "./playback";
import { PlaybackRunOutput } from "./PlaybackRunOutput";

// Drawn below the descenders, so underscores stay visible.
function underline(color: string, style: string): string {
  return (
    `text-decoration: underline ${style} ${color}; text-decoration-thickness: 2px;` +
    ` text-underline-offset: 4px; text-decoration-skip-ink: none;`
  );
}

// One class per palette slot: the text a person wrote is underlined in their colour (a tint
// behind the text would lower the syntax colours' contrast below 4.5:1).
const AUTHOR_CSS = [
  ...PALETTE.map((c, i) => `.pb-author-${i} { ${underline(c, "solid")} }`),
  `.pb-author-unknown { ${underline(UNKNOWN_AUTHOR.color, "dotted")} }`,
].join("\n");

function authorClass(p: Participant): string {
  return p.slot < 0 ? "pb-author-unknown" : `pb-author-${p.slot}`;
}

/** Replay of a room's history: play at 1× to 8×, who typed what, and each run's output. */
export default function PlaybackPage({ roomId }: { roomId: string }) {
  const history = useQuery({
    queryKey: ["history", roomId],
    queryFn: () => api.history(roomId),
  });
  const runRecords = useQuery({
    queryKey: ["runs", roomId],
    queryFn: () => api.runs(roomId),
  });
  const timeline = useMemo(() => (history.data ? buildTimeline(history.data) : null), [history.data]);
  const replayer = useMemo(() => (timeline ? new Replayer(timeline.updates) : null), [timeline]);
  useEffect(() => () => replayer?.destroy(), [replayer]);

  const total = timeline?.updates.length ?? 0;
  const [position, setPosition] = useState<number | null>(null);
  const at = position ?? total;
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<number>(1);
  const [chosenRun, setChosenRun] = useState<number | null>(null);
  const state: ReplayState = useMemo(
    () => replayer?.seek(at) ?? { text: "", spans: [], language: DEFAULT_LANGUAGE_ID },
    [replayer, at],
  );
  // Colours are given over the whole history, so a person keeps theirs while it plays.
  // (Its own document: seeking the shared replayer to the end would make every later step
  // replay from the start.)
  const people = useMemo(() => {
    if (timeline === null) return participants(undefined);
    const whole = new Replayer(timeline.updates);
    try {
      return participants(history.data?.authors, whole.seek(timeline.updates.length).spans);
    } finally {
      whole.destroy();
    }
  }, [timeline, history.data]);

  // Playing: one update per step, waiting the real (shortened) gap divided by the speed.
  useEffect(() => {
    if (!playing || timeline === null) return;
    if (at >= total) {
      setPlaying(false);
      return;
    }
    const timer = window.setTimeout(() => setPosition(at + 1), stepDelay(timeline.times, at, speed));
    return () => window.clearTimeout(timer);
  }, [playing, at, total, speed, timeline]);

  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  useEffect(() => {
    if (host.current === null) return;
    const e = monaco.editor.create(host.current, {
      value: "",
      language: getLanguage(DEFAULT_LANGUAGE_ID).monacoLanguage,
      theme: currentMonacoTheme(),
      readOnly: true,
      automaticLayout: true,
      minimap: { enabled: false },
      ariaLabel: "Code at this point of the playback (read-only)",
    });
    editor.current = e;
    decorations.current = e.createDecorationsCollection();
    return () => {
      e.getModel()?.dispose();
      e.dispose();
    };
  }, []);

  useEffect(() => {
    const e = editor.current;
    const model = e?.getModel();
    if (!e || !model) return;
    const language = getLanguage(state.language).monacoLanguage;
    if (model.getLanguageId() !== language) monaco.editor.setModelLanguage(model, language);
    if (model.getValue() !== state.text) model.setValue(state.text);
    decorations.current?.set(
      state.spans.map((s) => {
        const start = model.getPositionAt(s.start);
        const end = model.getPositionAt(s.end);
        const who = participantOf(people, s.client);
        return {
          range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
          options: { inlineClassName: authorClass(who), hoverMessage: { value: who.name } },
        };
      }),
    );
  }, [state, people]);

  const runs = timeline?.runs ?? [];
  const shown = shownRun(runs, at, chosenRun);
  const goTo = (index: number, run: number | null = null) => {
    setPlaying(false);
    setPosition(index);
    setChosenRun(run);
  };
  const jump = (direction: "prev" | "next") => {
    const target = jumpRun(runs, at, shown, direction);
    const run = target === null ? undefined : runs[target];
    if (target !== null && run !== undefined) goTo(run.index, target);
  };
  const writers = [...new Set(state.spans.map((s) => participantOf(people, s.client)))];
  const shownEntry = shown === null ? undefined : runs[shown];
  const record = runRecords.data?.runs.find((r) => r.run_id === shownEntry?.run.run_id);
  const when = timeline && at > 0 ? new Date(timeline.times[at - 1] ?? 0).toLocaleTimeString() : "start";

  return (
    <div className="room playback" data-testid="playback">
      <style>{AUTHOR_CSS}</style>
      <header className="room-header">
        <a href={`/r/${roomId}`} onClick={(e) => (e.preventDefault(), navigate(`/r/${roomId}`))}>
          ← Back to the room
        </a>
        <h1 className="room-title">Playback of {roomId}</h1>
        <ThemeToggle />
      </header>
      {history.isPending && <p className="loading">Loading history…</p>}
      {history.isError && (
        <p className="error banner" role="alert" data-testid="history-error">
          History unavailable: {history.error.message}
        </p>
      )}
      {timeline && (
        <div className="timeline">
          <div className="playback-controls toolbar">
            <button
              type="button"
              data-testid="playback-play"
              aria-pressed={playing}
              disabled={total === 0}
              onClick={() => {
                if (!playing && at >= total) setPosition(0);
                setChosenRun(null);
                setPlaying(!playing);
              }}
            >
              {playing ? "❚❚ Pause" : "▶ Play"}
            </button>
            <label className="inline-label">
              Speed
              <select
                data-testid="playback-speed"
                value={speed}
                onChange={(e) => setSpeed(Number(e.target.value))}
              >
                {SPEEDS.map((s) => (
                  <option key={s} value={s}>
                    {s}×
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              data-testid="playback-prev-run"
              disabled={jumpRun(runs, at, shown, "prev") === null}
              onClick={() => jump("prev")}
            >
              ◀ Previous run
            </button>
            <button
              type="button"
              data-testid="playback-next-run"
              disabled={jumpRun(runs, at, shown, "next") === null}
              onClick={() => jump("next")}
            >
              Next run ▶
            </button>
            <span data-testid="playback-position" aria-live="off">
              {at} / {total} updates · {when}
            </span>
          </div>
          <input
            type="range"
            min={0}
            max={total}
            value={at}
            data-testid="playback-slider"
            aria-label="Position in the history"
            onChange={(e) => goTo(Number(e.target.value))}
          />
          <div className="run-markers">
            {runs.map(({ run, index, fraction }, i) => {
              const verdict = run.verdict ?? "unknown";
              const kind = run.rejected ? `rejected (${verdictLabel(verdict)})` : verdictLabel(verdict);
              const label = `Run ${kind} at ${new Date(run.at).toLocaleTimeString()}`;
              return (
                <button
                  type="button"
                  key={run.run_id}
                  className={`run-marker verdict-${verdict}${run.rejected ? " rejected" : ""}${
                    i === shown ? " current" : ""
                  }`}
                  style={{ left: `${fraction * 100}%` }}
                  title={label}
                  aria-label={label}
                  data-testid="run-marker"
                  data-verdict={verdict}
                  data-rejected={run.rejected === true}
                  onClick={() => goTo(index, i)}
                />
              );
            })}
          </div>
          <ul className="playback-authors" aria-label="Who wrote the text shown">
            {writers.map((p) => (
              <li key={`${p.id}:${p.slot}`} data-testid="playback-author" data-color={p.color}>
                <span className="swatch" style={{ background: p.color }} aria-hidden="true" />
                {p.name}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="playback-body">
        <div className="editor-pane" ref={host} data-testid="playback-editor" />
        <PlaybackRunOutput
          entry={shownEntry}
          record={record}
          atMarker={shownEntry !== undefined && shownEntry.index === at}
          loading={runRecords.isPending}
        />
      </div>
      <pre hidden data-testid="playback-text">
        {state.text}
      </pre>
    </div>
  );
}
