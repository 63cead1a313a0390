import { lazy, Suspense } from "react";
import { useAuthStore } from "../auth/authStore";
import { startTokenRefresh } from "../auth/refresh";
import { SignInGate } from "../auth/SignInGate";
import { isExpired } from "../auth/token";
import { inviteFromLocation } from "../room/roomIds";
import { Landing } from "../room/Landing";
import { parseRoute, useLocationKey } from "./router";

// The room and playback screens carry Monaco; the landing page does not need it.
const loadRoom = () => import("../room/RoomPage");
const loadPlayback = () => import("../room/PlaybackPage");
const RoomPage = lazy(loadRoom);
const PlaybackPage = lazy(loadPlayback);

// The token is renewed ahead of expiry for as long as the page is open (no reload needed).
startTokenRefresh();

// Opening a room link: fetch the editor bundle while React and sign-in start up, and (when
// already signed in, with no invite to redeem first) open the room's socket meanwhile.
const initial = parseRoute(window.location.pathname);
if (initial.name === "room") {
  void loadRoom();
  const { token, user } = useAuthStore.getState();
  const usable = token === null || !isExpired(token);
  if (user !== null && usable && inviteFromLocation(window.location) === null) {
    const roomId = initial.roomId;
    void import("../room/openRoom").then((m) => m.preconnect(roomId, token, user));
  }
}
if (initial.name === "playback") void loadPlayback();

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
        {route.name === "notFound" && (
          <main className="page">
            <h1>Not found</h1>
            <p>
              <a href="/">Back to the start page</a>
            </p>
          </main>
        )}
      </Suspense>
    </SignInGate>
  );
}
