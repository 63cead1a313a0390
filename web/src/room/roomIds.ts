import type { Capability } from "../lib/api/types";

const CREATED_KEY = "coderemote.created.";

/** A random room id within the contract's alphabet. */
export function randomRoomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/** Remembers (for this tab) that we created the room, so we seed its starter code once. */
export function markCreatedHere(roomId: string): void {
  sessionStorage.setItem(CREATED_KEY + roomId, "1");
}

/** True once for a room this tab created; clears the flag so seeding never repeats. */
export function takeCreatedHere(roomId: string): boolean {
  const key = CREATED_KEY + roomId;
  const created = sessionStorage.getItem(key) === "1";
  sessionStorage.removeItem(key);
  return created;
}

/** The link others open to join this room. */
export function shareLink(roomId: string, origin: string = window.location.origin): string {
  return `${origin}/r/${roomId}`;
}

/** The invite token from the link: `#invite=` (server links keep it out of logs) or `?invite=`. */
export function inviteFromLocation(loc: Pick<Location, "hash" | "search">): string | null {
  const fromHash = new URLSearchParams(loc.hash.replace(/^#/, "")).get("invite");
  return fromHash ?? new URLSearchParams(loc.search).get("invite");
}

/** What the address lets its bearer in with: a room link's `#k=` key or a personal invite. */
export function capabilityFromLocation(
  loc: Pick<Location, "hash" | "search">,
): Capability | null {
  const key = new URLSearchParams(loc.hash.replace(/^#/, "")).get("k");
  if (key) return { key };
  const invite = inviteFromLocation(loc);
  return invite ? { invite } : null;
}
