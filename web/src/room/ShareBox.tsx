import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../lib/api/client";
import type { Role, RoomKind } from "../lib/api/types";
import { shareLink } from "./roomIds";
import { useRoomStore } from "./roomStore";

function absolute(url: string): string {
  return new URL(url, window.location.origin).toString();
}

/** The room link, plus role invites (candidate, observer) for those allowed to invite. */
export function ShareBox({ roomId, kind }: { roomId: string; kind: RoomKind | null }) {
  const canInvite = useRoomStore((s) => s.permissions.invite);
  const canRevoke = useRoomStore((s) => s.permissions.revoke);
  const [copied, setCopied] = useState(false);
  const [invites, setInvites] = useState<{ id: string; role: string; url: string }[]>([]);
  const invite = useMutation({
    mutationFn: (role: Role) => api.createInvite(roomId, role),
    onSuccess: (res, role) =>
      setInvites((xs) => [...xs, { id: res.id, role, url: absolute(res.url) }]),
  });
  const revoke = useMutation({
    mutationFn: (inviteId: string) => api.revokeInvite(roomId, inviteId),
    onSuccess: (_res, inviteId) => setInvites((xs) => xs.filter((x) => x.id !== inviteId)),
  });
  const link = shareLink(roomId);
  const roles: Role[] =
    kind === "interview" ? ["candidate", "viewer", "interviewer"] : ["editor", "viewer"];
  return (
    <div className="share">
      <label>
        Share link
        <input readOnly value={link} data-testid="share-link" onFocus={(e) => e.target.select()} />
      </label>
      <button
        type="button"
        onClick={() => {
          void navigator.clipboard?.writeText(link).then(() => setCopied(true));
        }}
      >
        {copied ? "Copied" : "Copy"}
      </button>
      {canInvite &&
        roles.map((role) => (
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
      {invite.isError && <span className="error">Invite failed: {invite.error.message}</span>}
      {revoke.isError && <span className="error">Revoke failed: {revoke.error.message}</span>}
      {invites.map((i) => (
        <span key={i.id} className="invite">
          <label>
            {i.role} link
            <input readOnly value={i.url} data-testid={`invite-link-${i.role}`} />
          </label>
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
        </span>
      ))}
    </div>
  );
}
