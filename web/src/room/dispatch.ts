import { useAnalysisStore } from "../analysis/analysisStore";
import { useRunStore } from "../run/runStore";
import type { ServerEvent } from "./events";
import { panelOf } from "./requests";
import { useRoomStore } from "./roomStore";

/**
 * Routes one server event to the stores that care about it. The switch is exhaustive: an
 * event type added to the server's contract fails the type check until it is handled here.
 */
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
    case "analysis.failed":
      useAnalysisStore.getState().apply(event);
      return;
    case "error": {
      // The request's id says which panel the error belongs to; one that answers none of
      // ours (or carries no id) is shown in the room's banner only.
      const panel = panelOf(event.id);
      if (panel === "analysis") {
        useAnalysisStore.getState().apply(event);
      } else if (panel === "run") {
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
    case "run.output":
    case "run.input_wanted":
    case "run.finished":
    case "room.state":
      useRunStore.getState().apply(event);
      return;
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

/** Clears every per-room store (entering a new room). */
export function resetRoomStores(roomId: string): void {
  useRoomStore.getState().enter(roomId);
  useRunStore.getState().reset();
  useAnalysisStore.getState().reset();
}
