import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { Alert } from "../app/ui";
import { api } from "../lib/api/client";
import { describeError } from "../lib/api/errors";
import type { Role, RoomKind, RoomLink } from "../lib/api/types";
import { shareLink } from "./roomIds";
import { useRoomStore } from "./roomStore";

function absolute(url: string): string {
  return new URL(url, window.location.origin).toString();
}

/** What a link does, in the room's own words (interviews have candidates and observers). */
function linkLabel(kind: RoomKind, role: Role): string {
  if (kind === "interview") return role === "viewer" ? "Observer link" : "Candidate link";
  return role === "viewer" ? "Anyone with this link can view" : "Anyone with this link can edit";
}

function policySummary(kind: RoomKind, links: RoomLink[]): string {
  const roles = new Set(links.map((l) => l.role));
  if (roles.size === 0) return "Members only: people join with a personal invite.";
  if (kind === "interview") return "Candidates and observers join with their links.";
  return roles.has("editor") ? "Anyone with the link can edit." : "Anyone with the link can view.";
}

/** Copies `text`; the clipboard API needs a secure context, else the selection is copied. */
async function copyText(text: string, input: HTMLInputElement | null): Promise<void> {
  if (navigator.clipboard) return navigator.clipboard.writeText(text);
  input?.select();
  document.execCommand("copy");
}

/** A link that works, with its Copy button (and, for managers, what else they may do). */
function LinkRow(props: {
  label: string;
  url: string;
  testId: string;
  children?: ReactNode;
}) {
  const [copied, setCopied] = useState(false);
  const [input, setInput] = useState<HTMLInputElement | null>(null);
  return (
    <div className="share-link" data-testid={`row-${props.testId}`}>
      <label>
        {props.label}
        <input
          ref={setInput}
          readOnly
          value={props.url}
          data-testid={props.testId}
          onFocus={(e) => e.target.select()}
        />
      </label>
      <button
        type="button"
        data-testid={`copy-${props.testId}`}
        onClick={() => void copyText(props.url, input).then(() => setCopied(true))}
      >
        {copied ? "Copied" : "Copy"}
      </button>
      {props.children}
    </div>
  );
}

/**
 * The links that work, each with Copy. Rooms created here list their links from the server
 * (an edit link for shared rooms, candidate and observer links for interviews); managers may
 * replace a link (the old one stops working), turn it off (members only) or invite one person.
 * An unregistered room is open to anyone, so its address is the link. Solo rooms share nothing.
 */
export function ShareBox(props: { roomId: string; kind: RoomKind | null; unregistered: boolean }) {
  if (props.unregistered) {
    return (
      <section className="share" aria-label="Share">
        <LinkRow label="Anyone with this link can edit" url={shareLink(props.roomId)} testId="share-link" />
      </section>
    );
  }
  if (props.kind === null || props.kind === "solo") return null;
  return <RoomLinks roomId={props.roomId} kind={props.kind} />;
}

function RoomLinks({ roomId, kind }: { roomId: string; kind: RoomKind }) {
  const client = useQueryClient();
  const canRevoke = useRoomStore((s) => s.permissions.revoke);
  const links = useQuery({ queryKey: ["links", roomId], queryFn: () => api.links(roomId) });
  const refresh = () => client.invalidateQueries({ queryKey: ["links", roomId] });
  const rotate = useMutation({
    mutationFn: (role: Role) => api.rotateLink(roomId, role),
    onSuccess: refresh,
  });
  const turnOff = useMutation({
    mutationFn: (role: Role) => api.deleteLink(roomId, role),
    onSuccess: refresh,
  });
  const failure = rotate.error ?? turnOff.error ?? links.error;
  const data = links.data;
  const active = new Set(data?.links.map((l) => l.role));
  const busy = rotate.isPending || turnOff.isPending;
  return (
    <section className="share" aria-label="Share">
      {data && data.manage && (
        <p className="share-policy" data-testid="link-policy">
          {policySummary(kind, data.links)}
        </p>
      )}
      {data?.links.map((link) => (
        <LinkRow
          key={`${link.role}-${link.url}`}
          label={linkLabel(kind, link.role)}
          url={absolute(link.url)}
          testId={`link-${link.role}`}
        >
          {data.manage && (
            <button
              type="button"
              disabled={busy}
              data-testid={`rotate-link-${link.role}`}
              title="Make a new link: the old one stops working and whoever joined with it is removed"
              onClick={() => rotate.mutate(link.role)}
            >
              New link
            </button>
          )}
          {data.manage && canRevoke && (
            <button
              type="button"
              disabled={busy}
              data-testid={`off-link-${link.role}`}
              title="Nobody joins with this link any more; whoever joined with it is removed"
              onClick={() => turnOff.mutate(link.role)}
            >
              Turn off
            </button>
          )}
        </LinkRow>
      ))}
      {data?.manage &&
        data.roles
          .filter((role) => !active.has(role))
          .map((role) => (
            <button
              key={role}
              type="button"
              disabled={busy}
              data-testid={`on-link-${role}`}
              onClick={() => rotate.mutate(role)}
            >
              Turn on: {linkLabel(kind, role).toLowerCase()}
            </button>
          ))}
      <Alert>{failure && describeError(failure)}</Alert>
      {data?.manage && <Invites roomId={roomId} kind={kind} />}
    </section>
  );
}

/** One-person invites (signed, expiring, revocable one by one), each with Copy. */
function Invites({ roomId, kind }: { roomId: string; kind: RoomKind }) {
  const canRevoke = useRoomStore((s) => s.permissions.revoke);
  const [invites, setInvites] = useState<{ id: string; role: Role; url: string }[]>([]);
  const invite = useMutation({
    mutationFn: (role: Role) => api.createInvite(roomId, role),
    onSuccess: (res, role) =>
      setInvites((xs) => [...xs, { id: res.id, role, url: absolute(res.url) }]),
  });
  const revoke = useMutation({
    mutationFn: (inviteId: string) => api.revokeInvite(roomId, inviteId),
    onSuccess: (_res, inviteId) => setInvites((xs) => xs.filter((x) => x.id !== inviteId)),
  });
  const roles: Role[] =
    kind === "interview" ? ["candidate", "viewer", "interviewer"] : ["editor", "viewer"];
  const failure = invite.error ?? revoke.error;
  return (
    <div className="invites">
      <span className="note">Invite one person (the link works for a day):</span>
      {roles.map((role) => (
        <button
          key={role}
          type="button"
          disabled={invite.isPending}
          onClick={() => invite.mutate(role)}
          data-testid={`invite-${role}`}
        >
          Invite {role === "viewer" ? "observer" : role}
        </button>
      ))}
      <Alert>{failure && describeError(failure)}</Alert>
      {invites.map((i) => (
        <LinkRow
          key={i.id}
          label={`Invite for one ${i.role === "viewer" ? "observer" : i.role}`}
          url={i.url}
          testId={`invite-link-${i.role}`}
        >
          {canRevoke && (
            <button
              type="button"
              data-testid={`revoke-${i.role}`}
              title="The link stops working and whoever joined with it is removed"
              onClick={() => revoke.mutate(i.id)}
            >
              Revoke
            </button>
          )}
        </LinkRow>
      ))}
    </div>
  );
}
