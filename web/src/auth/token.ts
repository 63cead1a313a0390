/**
 * What the client reads from its own access token: only the times, to know when to renew it.
 * The signature is the server's business; nothing here is trusted for access decisions.
 */

/** `exp` and `iat` of a JWT in milliseconds since the epoch (null when absent). */
export interface TokenTimes {
  expiresAt: number | null;
  issuedAt: number | null;
}

function base64UrlDecode(part: string): string {
  const b64 = part.replace(/-/g, "+").replace(/_/g, "/");
  const padded = b64 + "=".repeat((4 - (b64.length % 4)) % 4);
  return atob(padded);
}

/** The token's times, or both null when it is not a readable JWT. */
export function tokenTimes(token: string): TokenTimes {
  const payload = token.split(".")[1];
  if (payload === undefined) return { expiresAt: null, issuedAt: null };
  try {
    const claims = JSON.parse(base64UrlDecode(payload)) as { exp?: unknown; iat?: unknown };
    const seconds = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v * 1000 : null);
    return { expiresAt: seconds(claims.exp), issuedAt: seconds(claims.iat) };
  } catch {
    return { expiresAt: null, issuedAt: null };
  }
}

/** True when the token's `exp` has passed (a token without one never expires here). */
export function isExpired(token: string, now: number = Date.now()): boolean {
  const { expiresAt } = tokenTimes(token);
  return expiresAt !== null && expiresAt <= now;
}

/** Renewal never waits closer to expiry than this, so a slow request still lands in time. */
const MIN_LEAD_MS = 10_000;
/** ...and never starts earlier than this before expiry (long tokens renew 5 minutes early). */
const MAX_LEAD_MS = 5 * 60_000;

/**
 * How long to wait before renewing `token`: a quarter of its lifetime before it expires,
 * between 10 s and 5 min ahead (the server closes sockets at `exp`, so the new token must be
 * in hand before then). Null when the token carries no expiry.
 */
export function refreshDelayMs(token: string, now: number = Date.now()): number | null {
  const { expiresAt, issuedAt } = tokenTimes(token);
  if (expiresAt === null) return null;
  const lifetime = expiresAt - (issuedAt ?? now);
  const lead = Math.min(MAX_LEAD_MS, Math.max(MIN_LEAD_MS, lifetime / 4));
  return Math.max(0, expiresAt - lead - now);
}
