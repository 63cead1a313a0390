import { useRoomStore, type ConnectionStatus } from "./roomStore";

const LABELS: Record<ConnectionStatus, string> = {
  connecting: "connecting…",
  connected: "connected",
  reconnecting: "reconnecting…",
  offline: "offline",
  closed: "disconnected",
};

/** Connected / reconnecting / offline, with the reason when the server closed for good. */
export function ConnectionBadge() {
  const status = useRoomStore((s) => s.status);
  const synced = useRoomStore((s) => s.synced);
  return (
    <span
      className={`badge conn-${status}`}
      data-testid="connection-badge"
      data-status={status}
      data-synced={synced ? "true" : "false"}
      title={status === "offline" ? "Edits are kept and merged when the connection is back." : ""}
    >
      {LABELS[status]}
    </span>
  );
}
