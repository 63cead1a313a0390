import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { navigate } from "../app/router";
import { useAuthStore } from "../auth/authStore";
import { UserBadge } from "../auth/SignInGate";
import { AnalysisPanel } from "../analysis/AnalysisPanel";
import { CodeEditor } from "../editor/CodeEditor";
import { DEFAULT_LANGUAGE_ID, getLanguage } from "../languages/registry";
import { api } from "../lib/api/client";
import { RunPanel, startRun } from "../run/RunPanel";
import { useRunStore } from "../run/runStore";
import { ConnectionBadge } from "./ConnectionBadge";
import { NotesPanel } from "./NotesPanel";
import { ParticipantList } from "./ParticipantList";
import { RemoteCursorStyles } from "./RemoteCursorStyles";
import { ShareBox } from "./ShareBox";
import { inviteFromLocation } from "./roomIds";
import { useRoomStore } from "./roomStore";
import { useRoomConnection } from "./useRoomConnection";

/** Redeems an invite once (before connecting, so the server knows our role), then drops it. */
function useInvite(roomId: string): { ready: boolean; error: string | null } {
  const [state, setState] = useState(() => {
    const invite = inviteFromLocation(window.location);
    return { invite, ready: invite === null, error: null as string | null };
  });
  useEffect(() => {
    if (state.invite === null) return;
    let live = true;
    api.joinRoom(roomId, state.invite).then(
      () => live && setState({ invite: null, ready: true, error: null }),
      (err: unknown) =>
        live &&
        setState({
          invite: null,
          ready: true,
          error: `The invite could not be used: ${err instanceof Error ? err.message : err}`,
        }),
    );
    // The token leaves the address bar (and history) as soon as it is being redeemed.
    navigate(`/r/${roomId}`, true);
    return () => {
      live = false;
    };
  }, [roomId, state.invite]);
  return state;
}

/** A room: the shared editor with presence, run, analysis and (for interviewers) notes. */
export default function RoomPage({ roomId }: { roomId: string }) {
  const invite = useInvite(roomId);
  const conn = useRoomConnection(roomId, invite.ready);
  const token = useAuthStore((s) => s.token);
  // Guests (no token) cannot read room details; their socket alone says what they may do.
  const room = useQuery({
    queryKey: ["room", roomId, token],
    queryFn: () => api.getRoom(roomId),
    retry: 0,
    enabled: token !== null && invite.ready,
  });
  const permissions = useRoomStore((s) => s.permissions);
  const role = useRoomStore((s) => s.role);
  const closed = useRoomStore((s) => s.closed);
  const lastError = useRoomStore((s) => s.lastError);
  const diagnostics = useRunStore((s) => s.diagnostics);
  const signOut = useAuthStore((s) => s.signOut);
  const language = getLanguage(DEFAULT_LANGUAGE_ID);

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
        <ConnectionBadge />
        <ParticipantList />
        <a
          href={`/r/${roomId}/playback`}
          onClick={(e) => (e.preventDefault(), navigate(`/r/${roomId}/playback`))}
        >
          Playback
        </a>
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
      {invite.error && <p className="error banner">{invite.error}</p>}
      {room.isError && (
        <p className="notice banner" data-testid="room-info-error">
          Room details unavailable ({room.error.message}); editing still works if the server
          lets you in.
        </p>
      )}
      {lastError && !closed && <p className="notice banner">{lastError}</p>}
      <ShareBox roomId={roomId} kind={kind} />
      <div className="workspace">
        <div className="editor-pane">
          {conn ? (
            <CodeEditor
              text={conn.text}
              awareness={conn.provider.awareness}
              language={language.monacoLanguage}
              readOnly={readOnly}
              diagnostics={diagnostics}
              onRun={() => startRun(conn)}
            />
          ) : (
            <div className="loading">{invite.ready ? "Connecting…" : "Joining the room…"}</div>
          )}
        </div>
        <aside className="side">
          <RunPanel conn={conn} />
          <AnalysisPanel conn={conn} />
          <NotesPanel roomId={roomId} />
        </aside>
      </div>
    </div>
  );
}
