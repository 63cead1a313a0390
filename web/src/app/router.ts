import { useSyncExternalStore } from "react";

/** The three screens of the app, parsed from the path. */
export type Route =
  | { name: "landing" }
  | { name: "room"; roomId: string }
  | { name: "playback"; roomId: string }
  | { name: "notFound" };

const ROOM_ID = "[A-Za-z0-9_-]{1,64}";
const ROOM = new RegExp(`^/r/(${ROOM_ID})/?$`);
const PLAYBACK = new RegExp(`^/r/(${ROOM_ID})/playback/?$`);

/** Maps a pathname to a route (room ids follow the contract's character set). */
export function parseRoute(pathname: string): Route {
  if (pathname === "/" || pathname === "") return { name: "landing" };
  const playback = PLAYBACK.exec(pathname);
  if (playback?.[1]) return { name: "playback", roomId: playback[1] };
  const room = ROOM.exec(pathname);
  if (room?.[1]) return { name: "room", roomId: room[1] };
  return { name: "notFound" };
}

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("popstate", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", listener);
  };
}

/** Client-side navigation (the server answers every path with index.html). */
export function navigate(to: string, replace = false): void {
  if (replace) window.history.replaceState(null, "", to);
  else window.history.pushState(null, "", to);
  listeners.forEach((l) => l());
}

/** The current location's path + search, re-rendering on navigation. */
export function useLocationKey(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.pathname + window.location.search,
    () => "/",
  );
}
