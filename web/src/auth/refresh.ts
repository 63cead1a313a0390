import { ApiError, apiFetch } from "../lib/api/client";
import type { components } from "../lib/api/schema.gen";
import type { AuthConfig, LoginResponse } from "../lib/api/types";
import { loadPersisted, outlives, useAuthStore } from "./authStore";
import { isExpired, refreshDelayMs } from "./token";

/** Pause before trying again when the server could not be reached. */
const RETRY_MS = 5_000;
/** Spread of the renewal moment, so the tabs of one browser rarely all ask at once. */
const JITTER_MS = 3_000;

type Outcome = "renewed" | "refused" | "unavailable";

let inflight: Promise<Outcome> | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;

type DevRefreshRequest = components["schemas"]["DevRefreshRequest"];

/** A new token for the stored identity from whoever issued it (throws ApiError). */
async function fetchRenewed(provider: string, token: string): Promise<string> {
  if (provider === "dev") {
    const res = await apiFetch<LoginResponse>("/api/auth/dev-refresh", {
      method: "POST",
      body: JSON.stringify({ token } satisfies DevRefreshRequest),
    });
    return res.token;
  }
  const config = await apiFetch<AuthConfig>("/api/auth/config");
  if (config.cognito == null) throw new ApiError(401, "unauthorized", "Cognito is not in use");
  const { cognitoRefresh } = await import("./cognito");
  try {
    return await cognitoRefresh(config.cognito);
  } catch (err) {
    // Amplify names an unreachable pool NetworkError; anything else means the session is
    // gone (refresh token expired or revoked).
    if (err instanceof Error && err.name === "NetworkError") throw err;
    throw new ApiError(401, "unauthorized", err instanceof Error ? err.message : String(err));
  }
}

async function renew(): Promise<Outcome> {
  const { token, provider, user } = useAuthStore.getState();
  if (token === null || provider === null || provider === "guest" || user === null) {
    return "refused";
  }
  // Another tab of this browser may have renewed it already: take theirs.
  const stored = loadPersisted();
  if (stored?.token && stored.user.id === user.id && outlives(stored.token, token)) {
    if (refreshDelayMs(stored.token) !== 0) {
      useAuthStore.getState().setToken(stored.token);
      return "renewed";
    }
  }
  try {
    const fresh = await fetchRenewed(provider, token);
    if (useAuthStore.getState().user?.id === user.id) useAuthStore.getState().setToken(fresh);
    return "renewed";
  } catch (err) {
    // 4xx: the server will not renew this identity (unknown signing key, too old, Cognito
    // session gone): signing in again is the only way. Anything else may pass.
    if (err instanceof ApiError && err.status >= 400 && err.status < 500) {
      useAuthStore.getState().expire();
      return "refused";
    }
    return "unavailable";
  }
}

/**
 * Renews the token now (one request at a time). The store gets the new token, which the
 * room connections pick up; on refusal the user is sent back to the sign-in screen.
 */
export function refreshToken(): Promise<Outcome> {
  inflight ??= renew().finally(() => {
    inflight = null;
    schedule();
  });
  return inflight;
}

/** Arms the timer for the current token: ahead of expiry, or a retry when already due. */
function schedule(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  const { token, provider } = useAuthStore.getState();
  if (token === null || provider === "guest") return;
  const delay = refreshDelayMs(token);
  if (delay === null) return;
  timer = setTimeout(() => void refreshToken(), delay === 0 ? RETRY_MS : delay + Math.random() * JITTER_MS);
}

let lastForced = 0;

/**
 * The server closed a socket with 4401: the token expired, or its key is unknown after a
 * restart. Renews once (not again within 10 s, so a token the server keeps refusing does
 * not loop); false when there is nothing to renew.
 */
export function renewAfterRejection(now: number = Date.now()): boolean {
  const { token, provider } = useAuthStore.getState();
  if (token === null || provider === "guest" || now - lastForced < 10_000) return false;
  lastForced = now;
  void refreshToken();
  return true;
}

/**
 * Keeps the signed-in token fresh for the life of the page: renews ahead of expiry (and at
 * once when the stored one has already expired, e.g. a browser reopened the next day), after
 * the tab wakes or the network comes back. Returns a stop function.
 */
export function startTokenRefresh(): () => void {
  let last = useAuthStore.getState().token;
  const unsubscribe = useAuthStore.subscribe((s) => {
    if (s.token === last) return;
    last = s.token;
    schedule();
  });
  // Background tabs' timers are throttled: check again when the tab is seen or back online.
  const wake = () => {
    const { token } = useAuthStore.getState();
    if (token !== null && refreshDelayMs(token) === 0) void refreshToken();
  };
  window.addEventListener("online", wake);
  document.addEventListener("visibilitychange", wake);
  const { token } = useAuthStore.getState();
  if (token !== null && isExpired(token)) void refreshToken();
  else schedule();
  return () => {
    unsubscribe();
    window.removeEventListener("online", wake);
    document.removeEventListener("visibilitychange", wake);
    if (timer !== null) clearTimeout(timer);
  };
}
