import { create } from "zustand";
import type { Permissions, Role, User } from "../lib/api/types";

export type ConnectionStatus = "connecting" | "connected" | "reconnecting" | "offline" | "closed";

export interface Participant {
  clientId: number;
  name: string;
  color: string;
  isSelf: boolean;
}

export interface ClosedInfo {
  code: number;
  reason: string;
  message: string;
}

/** What a connection may do before the server's `session` event says otherwise. */
export const DEFAULT_PERMISSIONS: Permissions = {
  edit: true,
  run: true,
  cancel: true,
  analyze: true,
  read_notes: false,
  write_notes: false,
  invite: false,
  revoke: false,
};

interface RoomState {
  roomId: string | null;
  status: ConnectionStatus;
  synced: boolean;
  closed: ClosedInfo | null;
  sessionUser: User | null;
  role: Role | null;
  permissions: Permissions;
  participants: Participant[];
  lastError: string | null;
  notesVersion: number;
  /**
   * Epoch ms until which the server refuses new runs (rate limit); kept past that time, so
   * the refusal still stands in for the previous run's status, until the next run starts.
   */
  runBlockedUntil: number | null;
  enter: (roomId: string) => void;
  setStatus: (status: ConnectionStatus) => void;
  setSynced: (synced: boolean) => void;
  setClosed: (closed: ClosedInfo) => void;
  /** The connection is being reopened after a permanent close (new token, access back). */
  reopen: () => void;
  setSession: (user: User, role: Role, permissions: Permissions) => void;
  setParticipants: (participants: Participant[]) => void;
  setError: (message: string | null) => void;
  bumpNotes: () => void;
  blockRuns: (seconds: number) => void;
  /** A run started: the rate limit's notice makes way for it. */
  clearRunBlock: () => void;
}

const fresh = {
  status: "connecting" as ConnectionStatus,
  synced: false,
  closed: null,
  sessionUser: null,
  role: null,
  permissions: DEFAULT_PERMISSIONS,
  participants: [],
  lastError: null,
  notesVersion: 0,
  runBlockedUntil: null,
};

/** Connection and presence state of the room being shown. */
export const useRoomStore = create<RoomState>((set) => ({
  roomId: null,
  ...fresh,
  enter: (roomId) => set({ roomId, ...fresh }),
  setStatus: (status) => set((s) => (s.closed !== null ? s : { status })),
  setSynced: (synced) => set({ synced }),
  setClosed: (closed) => set({ closed, status: "closed", synced: false }),
  reopen: () => set((s) => (s.closed === null ? s : { closed: null, status: "reconnecting" })),
  setSession: (sessionUser, role, permissions) => set({ sessionUser, role, permissions }),
  setParticipants: (participants) => set({ participants }),
  setError: (lastError) => set({ lastError }),
  bumpNotes: () => set((s) => ({ notesVersion: s.notesVersion + 1 })),
  blockRuns: (seconds) => set({ runBlockedUntil: Date.now() + Math.max(1, seconds) * 1000 }),
  clearRunBlock: () => set((s) => (s.runBlockedUntil === null ? s : { runBlockedUntil: null })),
}));

/** The message shown to the user when the server closes the room connection for good. */
export function closeMessage(code: number, reason: string): string {
  const why = reason ? ` (${reason})` : "";
  const messages: Record<number, string> = {
    4400: `This room link is not valid${why}.`,
    4401: `Your sign-in is missing or has expired${why}. Sign in again to rejoin.`,
    4403: `You no longer have access to this room${why}. Ask the owner for a new invite.`,
    4404: `This room does not exist${why}.`,
  };
  return messages[code] ?? `The server closed the connection: code ${code}${why}.`;
}

const ACCESS_MESSAGES: Record<number, string> = {
  4400: "This is not a valid room address. Check the link you were given.",
  4403: "You are not a member of this room. Ask the owner for an invite.",
  4404: "This room does not exist. Check the link, or ask the owner for a new one.",
};

/**
 * Why someone who was never let in cannot open the room: one message saying what to do
 * (never "no longer": they never had access). Null when the close is not about access.
 */
export function accessMessage(code: number): string | null {
  return ACCESS_MESSAGES[code] ?? null;
}

/** Close codes after which reconnecting with the same token cannot help. */
export const PERMANENT_CLOSE_CODES: ReadonlySet<number> = new Set([4400, 4401, 4403, 4404]);
