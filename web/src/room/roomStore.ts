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
}));

/** The message shown to the user when the server closes the room connection for good. */
export function closeMessage(code: number, reason: string): string {
  const why = reason ? ` (${reason})` : "";
  switch (code) {
    case 4400:
      return `This room link is not valid${why}.`;
    case 4401:
      return `Your sign-in is missing or has expired${why}. Sign in again to rejoin.`;
    case 4403:
      return `You no longer have access to this room${why}.`;
    case 4404:
      return `This room does not exist${why}.`;
    default:
      return `The server closed the connection: code ${code}${why}.`;
  }
}

/** Close codes after which reconnecting with the same token cannot help. */
export const PERMANENT_CLOSE_CODES: ReadonlySet<number> = new Set([4400, 4401, 4403, 4404]);
