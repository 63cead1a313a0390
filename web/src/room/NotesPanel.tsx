import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { api } from "../lib/api/client";
import { describeError } from "../lib/api/errors";
import { useRoomStore } from "./roomStore";

/**
 * Interviewer notes. Rendered (and fetched) only when the session grants read_notes, so a
 * candidate's browser never even requests them; the server refuses them as well.
 */
export function NotesPanel({ roomId }: { roomId: string }) {
  const canRead = useRoomStore((s) => s.permissions.read_notes);
  if (!canRead) return null;
  return <Notes roomId={roomId} />;
}

function Notes({ roomId }: { roomId: string }) {
  const canWrite = useRoomStore((s) => s.permissions.write_notes);
  const version = useRoomStore((s) => s.notesVersion);
  const client = useQueryClient();
  const notes = useQuery({ queryKey: ["notes", roomId], queryFn: () => api.getNotes(roomId) });
  const [draft, setDraft] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (text: string) => api.putNotes(roomId, text),
    onSuccess: (saved) => {
      client.setQueryData(["notes", roomId], saved);
      setDraft(null);
    },
  });

  // Another interviewer saved: refetch (the event carries no text, only the signal).
  useEffect(() => {
    if (version > 0) void client.invalidateQueries({ queryKey: ["notes", roomId] });
  }, [version, roomId, client]);

  const text = draft ?? notes.data?.text ?? "";
  return (
    <section className="panel notes-panel" aria-label="Interviewer notes" data-testid="notes-panel">
      <h3>Private notes</h3>
      {notes.isError && <p className="error">Notes unavailable. {describeError(notes.error)}</p>}
      <textarea
        data-testid="notes-text"
        aria-label="Private notes"
        value={text}
        readOnly={!canWrite}
        placeholder="Only interviewers see these notes."
        onChange={(e) => setDraft(e.target.value)}
      />
      {canWrite && (
        <button
          type="button"
          data-testid="notes-save"
          disabled={draft === null || save.isPending}
          onClick={() => save.mutate(text)}
        >
          {save.isPending ? "Saving…" : draft === null ? "Saved" : "Save notes"}
        </button>
      )}
      {save.isError && <p className="error">Could not save. {describeError(save.error)}</p>}
    </section>
  );
}
