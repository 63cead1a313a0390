import { lazy, Suspense } from "react";
import { useAuthStore } from "../auth/authStore";
import { startTokenRefresh } from "../auth/refresh";
import { SignInGate } from "../auth/SignInGate";
import { isExpired } from "../auth/token";
import { capabilityFromLocation } from "../room/roomIds";
import { Landing } from "../room/Landing";
import { parseRoute, useLocationKey } from "./router";
import { installTheme } from "./theme";

// The room and playback screens carry Monaco; the landing page does not need it.
const loadRoom = () => import("../room/RoomPage");
const loadPlayback = () => import("../room/PlaybackPage");
const RoomPage = lazy(loadRoom);
const PlaybackPage = lazy(loadPlayback);

// Light or dark from the first paint: the stored choice, else the system's preference.
installTheme();

// The token is renewed ahead of expiry for as long as the page is open (no reload needed).
startTokenRefresh();

// Opening a room link: fetch the editor bundle while React and sign-in start up, and (when
// already signed in, with no invite to redeem first) open the room's socket meanwhile.
const initial = parseRoute(window.location.pathname);
if (initial.name === "room") {
  void loadRoom();
  const { token, user } = useAuthStore.getState();
  const usable = token === null || !isExpired(token);
  if (user !== null && usable && capabilityFromLocation(window.location) === null) {
    const roomId = initial.roomId;
    void import("../room/openRoom").then((m) => m.preconnect(roomId, token, user));
  }
}
if (initial.name === "playback") void loadPlayback();

/** An address that is no screen of the app; a room address with an impossible id says so. */
function NotFound({ path }: { path: string }) {
  const room = path.startsWith("/r/");
  return (
    <main className="page">
      <h1>{room ? "Not a valid room address" : "Page not found"}</h1>
      <p role="alert" data-testid="not-found">
        {room
          ? "Room ids use only letters, digits, - and _ (at most 64). Check the link you were given, or ask the owner for a new one."
          : "There is nothing at this address."}
      </p>
      <p>
        <a href="/">Back to the start page</a>
      </p>
    </main>
  );
}

/** Top-level screen switch. Every screen needs a user (signed in or a named guest). */
export function App() {
  const key = useLocationKey();
  const route = parseRoute(key.split("?")[0] ?? "/");
  return (
    <SignInGate>
      <Suspense fallback={<div className="loading">Loading editor…</div>}>
        {route.name === "landing" && <Landing />}
        {route.name === "room" && <RoomPage key={route.roomId} roomId={route.roomId} />}
        {route.name === "playback" && (
          <PlaybackPage key={route.roomId} roomId={route.roomId} />
        )}
        {route.name === "notFound" && <NotFound path={key.split("?")[0] ?? "/"} />}
      </Suspense>
    </SignInGate>
  );
}
