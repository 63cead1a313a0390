import { useAnalysisStore } from "../analysis/analysisStore";
import { useRunStore } from "../run/runStore";
import type { ServerEvent } from "./events";
import { useRoomStore } from "./roomStore";

/** Routes one server event to the stores that care about it. */
export function dispatchServerEvent(event: ServerEvent): void {
  switch (event.type) {
    case "session":
      useRoomStore.getState().setSession(event.user, event.role, event.permissions);
      return;
    case "notes.updated":
      useRoomStore.getState().bumpNotes();
      return;
    case "analysis.started":
    case "analysis.result":
      useAnalysisStore.getState().apply(event);
      return;
    case "error": {
      const analysis = useAnalysisStore.getState();
      if (analysis.status === "pending") {
        analysis.apply(event);
      } else {
        useRunStore.getState().apply(event);
        // A refused run: the run panel shows when Run comes back (not a second banner).
        if (event.code === "rate_limited") {
          useRoomStore.getState().blockRuns(event.retry_after ?? 60);
          return;
        }
      }
      useRoomStore.getState().setError(event.message);
      return;
    }
    case "pong":
      return;
    case "run.started":
      useRoomStore.getState().clearRunBlock();
      useRunStore.getState().apply(event);
      return;
    case "run.rejected": {
      // Told to the whole room; only the person refused for a rate limit waits it out.
      const room = useRoomStore.getState();
      const mine = event.by !== undefined && event.by.id === room.sessionUser?.id;
      if (event.code === "rate_limited" && mine && event.retry_after !== undefined) {
        room.blockRuns(event.retry_after);
      }
      useRunStore.getState().apply(event);
      return;
    }
    default:
      useRunStore.getState().apply(event);
  }
}

/** Clears every per-room store (entering a new room). */
export function resetRoomStores(roomId: string): void {
  useRoomStore.getState().enter(roomId);
  useRunStore.getState().reset();
  useAnalysisStore.getState().reset();
}
