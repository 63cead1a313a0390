import { useRoomStore } from "./roomStore";

/** Everyone in the room right now, each in their cursor colour. */
export function ParticipantList() {
  const participants = useRoomStore((s) => s.participants);
  return (
    <ul className="participants" data-testid="participants" aria-label="Participants">
      {participants.map((p) => (
        <li key={p.clientId} data-client-id={p.clientId} title={p.name}>
          <span className="dot" style={{ background: p.color }} />
          {p.name}
          {p.isSelf && " (you)"}
        </li>
      ))}
    </ul>
  );
}
