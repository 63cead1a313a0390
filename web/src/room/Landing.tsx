import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { navigate } from "../app/router";
import { ThemeToggle } from "../app/ThemeToggle";
import { Alert, instead } from "../app/ui";
import { useAuthStore } from "../auth/authStore";
import { UserBadge } from "../auth/SignInGate";
import { signOut } from "../auth/signOut";
import { api, ApiError } from "../lib/api/client";
import { describeError } from "../lib/api/errors";
import type { RoomKind } from "../lib/api/types";
import { markCreatedHere, randomRoomId } from "./roomIds";

const KINDS: { kind: RoomKind; label: string; help: string }[] = [
  { kind: "shared", label: "Shared session", help: "Everyone with the link edits and runs." },
  {
    kind: "interview",
    label: "Interview",
    help: "You interview, a candidate codes, observers watch; private notes for you.",
  },
  { kind: "solo", label: "Solo", help: "Just you: nobody else can join." },
];

/** Start page: create a room of one of the three kinds, or open one by link. */
export function Landing() {
  const [kind, setKind] = useState<RoomKind>("shared");
  const [title, setTitle] = useState("");
  const [joinTarget, setJoinTarget] = useState("");
  const [joinError, setJoinError] = useState<string | null>(null);
  // Guests have no account: the server creates rooms for signed-in people only.
  const guest = useAuthStore((s) => s.token === null);
  const openCreated = (id: string) => {
    markCreatedHere(id);
    navigate(`/r/${id}`);
  };
  const create = useMutation({
    mutationFn: () => api.createRoom(kind, title.trim() || undefined),
    onSuccess: (room) => openCreated(room.id),
  });
  const apiMissing =
    create.error instanceof ApiError && [0, 404, 405, 501].includes(create.error.status);

  const join = () => {
    const target = joinTarget.trim();
    const match = /^(?:.*\/r\/)?([A-Za-z0-9_-]{1,64})\/?([?#].*)?$/.exec(target);
    if (match?.[1]) {
      setJoinError(null);
      navigate(`/r/${match[1]}${match[2] ?? ""}`);
    } else {
      setJoinError(
        target === ""
          ? "Paste a room link or type a room id."
          : "That is not a room link or id. A room link looks like https://…/r/Ab3_x-9; an id uses only letters, digits, - and _.",
      );
    }
  };

  return (
    <main className="page landing">
      <header className="page-header">
        <h1>Code Remote</h1>
        <ThemeToggle />
        <UserBadge />
      </header>
      <form className="card" data-testid="create-room" onSubmit={instead(() => create.mutate())}>
        <h2>New room</h2>
        <fieldset className="kinds">
          {KINDS.map((k) => (
            <label key={k.kind} className={kind === k.kind ? "kind selected" : "kind"}>
              <input
                type="radio"
                name="kind"
                value={k.kind}
                checked={kind === k.kind}
                onChange={() => setKind(k.kind)}
              />
              <strong>{k.label}</strong>
              <span>{k.help}</span>
            </label>
          ))}
        </fieldset>
        <label>
          Title (optional)
          <input name="title" maxLength={80} value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <button type="submit" disabled={create.isPending || guest}>
          Create room
        </button>
        {guest && (
          <p className="note" data-testid="guest-create-note">
            Guests can join open rooms but cannot create one.{" "}
            <button type="button" className="link" onClick={signOut}>
              Sign in with your name
            </button>{" "}
            to create a room.
          </p>
        )}
        {create.isError && (
          <div className="error" role="alert" data-testid="create-error">
            Could not create the room. {describeError(create.error)}
            {apiMissing && (
              <p>
                The server&apos;s room API is not available.{" "}
                <button type="button" className="link" onClick={() => openCreated(randomRoomId())}>
                  Open an unregistered room instead
                </button>{" "}
                (works only where the server allows open rooms).
              </p>
            )}
          </div>
        )}
      </form>
      <form className="card" onSubmit={instead(join)}>
        <h2>Join a room</h2>
        <label>
          Room link or id
          <input
            name="join-target"
            value={joinTarget}
            onChange={(e) => (setJoinTarget(e.target.value), setJoinError(null))}
          />
        </label>
        <button type="submit">Join</button>
        <Alert testId="join-error">{joinError}</Alert>
      </form>
    </main>
  );
}
