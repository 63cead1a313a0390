import { ApiError } from "./client";

/** "12 s", "2 min": how long until something may be tried again. */
export function formatWait(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  return s < 120 ? `${s} s` : `${Math.ceil(s / 60)} min`;
}

function sentence(text: string): string {
  const t = text.trim();
  if (t === "") return t;
  const first = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}

/** What to tell people for the error codes whose advice does not depend on the message. */
const ADVICE: Record<string, string> = {
  network: "Cannot reach the server. Check your connection and try again.",
  unauthorized: "This needs an account: sign out, then continue with your name (not as a guest).",
  not_found: "This room does not exist. Check the link, or ask the owner for a new one.",
  unavailable: "The server is busy or restarting. Try again in a moment.",
  internal:
    "Something went wrong on the server. Try again; if it keeps happening, tell whoever runs it.",
};

/**
 * A failed request as a sentence a person can act on. The server's error codes are for
 * programs (and its 401 text names HTTP headers); people read what happened and what to do.
 * Refusals (`forbidden`) are written for people and say what to do, so they are kept.
 */
export function describeError(err: unknown): string {
  if (!(err instanceof ApiError)) return "Something went wrong. Try again.";
  const advice = ADVICE[err.code];
  if (advice !== undefined) return advice;
  if (err.code === "rate_limited") {
    return err.retryAfter !== null
      ? `Too many requests. Try again in ${formatWait(err.retryAfter)}.`
      : "Too many requests. Try again in a minute.";
  }
  if (err.code === "invalid_request") {
    return `The server did not accept this: ${sentence(err.message)}`;
  }
  return sentence(err.message);
}
