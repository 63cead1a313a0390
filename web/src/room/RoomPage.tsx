import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { navigate } from "../app/router";
import { ThemeToggle } from "../app/ThemeToggle";
import { useAuthStore } from "../auth/authStore";
import { UserBadge } from "../auth/SignInGate";
import { signOut } from "../auth/signOut";
import { AnalysisPanel } from "../analysis/AnalysisPanel";
import { CodeEditor } from "../editor/CodeEditor";
import { LanguagePicker } from "../languages/LanguagePicker";
import { findLanguage } from "../languages/registry";
import { api, ApiError } from "../lib/api/client";
import { describeError } from "../lib/api/errors";
import type { Capability } from "../lib/api/types";
import { RunPanel, startRun } from "../run/RunPanel";
import { useRunStore } from "../run/runStore";
import { ConnectionBadge } from "./ConnectionBadge";
import { NotesPanel } from "./NotesPanel";
import { ParticipantList } from "./ParticipantList";
import { RemoteCursorStyles } from "./RemoteCursorStyles";
import { RoomLayout } from "./RoomLayout";
import { ShareBox } from "./ShareBox";
import { capabilityFromLocation } from "./roomIds";
import { setRoomLanguage, useRoomLanguage } from "./roomLanguage";
import { accessMessage, useRoomStore } from "./roomStore";
import { useRoomConnection } from "./useRoomConnection";

interface Entry {
  capability: Capability | null;
  ready: boolean;
  /** The link or invite was refused: do not connect, say what to do instead. */
  refused: string | null;
  /** Redeeming failed for another reason (e.g. network): connect anyway, say so. */
  error: string | null;
}

/**
 * Redeems a room link (`#k=`) or an invite (`#invite=`) once, before connecting (so the
 * server knows our role), then drops it from the address bar and history.
 */
function useEntry(roomId: string): Entry {
  const [state, setState] = useState<Entry>(() => {
    const capability = capabilityFromLocation(window.location);
    return { capability, ready: capability === null, refused: null, error: null };
  });
  useEffect(() => {
    const capability = state.capability;
    if (capability === null) return;
    let live = true;
    api.joinRoom(roomId, capability).then(
      () => live && setState({ capability: null, ready: true, refused: null, error: null }),
      (err: unknown) => {
        if (!live) return;
        const refused = err instanceof ApiError && [403, 404].includes(err.status);
        setState({
          capability: null,
          ready: true,
          refused: refused ? describeError(err) : null,
          error: refused ? null : `The link could not be used: ${describeError(err)}`,
        });
      },
    );
    navigate(`/r/${roomId}`, true);
    return () => {
      live = false;
    };
  }, [roomId, state.capability]);
  return state;
}

/** One clear message in place of the room, for someone who cannot open it. */
function NoAccess({ message }: { message: string }) {
  return (
    <main className="page no-access">
      <div className="card" role="alert" data-testid="no-access">
        <h2>You cannot open this room</h2>
        <p>{message}</p>
        <p>
          <a href="/" onClick={(e) => (e.preventDefault(), navigate("/"))}>
            Back to the start page
          </a>
        </p>
      </div>
    </main>
  );
}

/** A room: the shared editor with presence, run, analysis and (for interviewers) notes. */
export default function RoomPage({ roomId }: { roomId: string }) {
  const entry = useEntry(roomId);
  const conn = useRoomConnection(roomId, entry.ready && entry.refused === null);
  const token = useAuthStore((s) => s.token);
  // Guests (no token) cannot read room details; their socket alone says what they may do.
  const room = useQuery({
    queryKey: ["room", roomId, token],
    queryFn: () => api.getRoom(roomId),
    retry: 0,
    enabled: token !== null && entry.ready && entry.refused === null,
  });
  const permissions = useRoomStore((s) => s.permissions);
  const role = useRoomStore((s) => s.role);
  const closed = useRoomStore((s) => s.closed);
  const lastError = useRoomStore((s) => s.lastError);
  const admitted = useRoomStore((s) => s.sessionUser !== null);
  const diagnostics = useRunStore((s) => s.diagnostics);
  const languageId = useRoomLanguage(conn?.doc ?? null);
  const language = findLanguage(languageId);

  // Ctrl/Cmd+Enter also works when the focus is outside the editor (e.g. in the stdin box).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        startRun(conn);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [conn]);

  const readOnly = !permissions.edit || closed !== null;
  const kind = room.data?.kind ?? null;
  // Never let in (refused link, not a member, no such room): one message, no editor.
  const denied =
    entry.refused ?? (closed !== null && !admitted ? accessMessage(closed.code) : null);
  if (denied !== null) return <NoAccess message={denied} />;
  // Rooms never created through the API answer 404 here yet admit everyone (development).
  const unregistered =
    admitted && room.error instanceof ApiError && room.error.status === 404;
  const roomInfoFailed =
    room.isError && !(room.error instanceof ApiError && [403, 404].includes(room.error.status));
  return (
    <div className="room" data-testid="room" data-role={role ?? ""}>
      <RemoteCursorStyles />
      <header className="room-header">
        <a href="/" className="brand" onClick={(e) => (e.preventDefault(), navigate("/"))}>
          Code Remote
        </a>
        <span className="room-title" data-testid="room-title">
          {room.data?.title || roomId}
          {kind && <span className="badge kind">{kind}</span>}
          {role && (
            <span className="badge role" data-testid="role">
              {role}
            </span>
          )}
          {readOnly && closed === null && <span className="badge readonly">read-only</span>}
        </span>
        <LanguagePicker
          value={languageId}
          editable={!readOnly && conn !== null}
          onChange={(next) => conn && setRoomLanguage(conn.doc, conn.text, next)}
        />
        <ConnectionBadge />
        <ParticipantList />
        <a
          href={`/r/${roomId}/playback`}
          onClick={(e) => (e.preventDefault(), navigate(`/r/${roomId}/playback`))}
        >
          Playback
        </a>
        <ThemeToggle />
        <UserBadge />
      </header>
      {closed && (
        <p className="error banner" role="alert" data-testid="closed-banner">
          {closed.message}{" "}
          {closed.code === 4401 && (
            <button type="button" className="link" onClick={signOut}>
              Sign in again
            </button>
          )}
        </p>
      )}
      {entry.error && <p className="error banner">{entry.error}</p>}
      {roomInfoFailed && !closed && (
        <p className="notice banner" data-testid="room-info-error">
          The room&apos;s title and links could not be loaded: {describeError(room.error)}
        </p>
      )}
      {lastError && !closed && <p className="notice banner">{lastError}</p>}
      <ShareBox roomId={roomId} kind={kind} unregistered={unregistered} />
      {/* Layout (side by side, or stacked with tabs below 700 px): RoomLayout.tsx. */}
      <RoomLayout
        editor={
          conn ? (
            <CodeEditor
              text={conn.text}
              awareness={conn.provider.awareness}
              // A language this app does not know (a newer server's) is shown as plain text.
              language={language?.monacoLanguage ?? "plaintext"}
              fileName={language?.fileName ?? "main.txt"}
              readOnly={readOnly}
              diagnostics={diagnostics}
              onRun={() => startRun(conn)}
            />
          ) : (
            <div className="loading">{entry.ready ? "Connecting…" : "Joining the room…"}</div>
          )
        }
        panels={[
          { id: "run", label: "Run", node: <RunPanel conn={conn} language={language} /> },
          { id: "analysis", label: "Analysis", node: <AnalysisPanel conn={conn} /> },
          {
            id: "notes",
            label: "Notes",
            node: <NotesPanel roomId={roomId} />,
            show: kind === "interview" && permissions.read_notes,
          },
        ]}
      />
    </div>
  );
}
