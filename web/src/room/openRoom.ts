import { useAuthStore } from "../auth/authStore";
import { renewAfterRejection } from "../auth/refresh";
import { DEFAULT_LANGUAGE_ID, getLanguage } from "../languages/registry";
import type { User } from "../lib/api/types";
import { RoomConnection } from "./connection";
import { dispatchServerEvent, resetRoomStores } from "./dispatch";
import type { ServerEvent } from "./events";
import { takeCreatedHere } from "./roomIds";
import { closeMessage, useRoomStore } from "./roomStore";

/**
 * Every room this page has open, each with its one Y.Doc for the life of the page. A room
 * left (or hidden behind the sign-in screen) with edits the server may not have yet stays
 * open in the background until they are synced, so nothing typed is ever thrown away.
 */
interface OpenRoom {
  conn: RoomConnection;
  /** Not on screen: closed as soon as it is synced. */
  parked: boolean;
  /** The last `session` event, replayed when the room is shown again. */
  session: ServerEvent | null;
}

const rooms = new Map<string, OpenRoom>();

/** How long a parked room waits after syncing, for its own sync step 2 to leave the socket. */
const PARKED_FLUSH_MS = 1_000;

const shown = (roomId: string): boolean => useRoomStore.getState().roomId === roomId;

function create(roomId: string, token: string | null, user: User | null): OpenRoom {
  const room = useRoomStore.getState();
  let seed = takeCreatedHere(roomId);
  // The callbacks run once the socket does something, after `entry` is assigned below.
  const conn: RoomConnection = new RoomConnection(roomId, token, user, {
    onEvent: (event) => {
      if (event.type === "session") entry.session = event;
      if (shown(roomId)) dispatchServerEvent(event);
    },
    onStatus: (status) => shown(roomId) && room.setStatus(status),
    onSynced: (synced) => {
      if (shown(roomId)) room.setSynced(synced);
      // Seed the starter code only in a room this tab just created, once, after the first
      // sync proved the document is really empty on the server (never on a later sync: an
      // emptied document stays empty, and a restarted server is re-seeded by the sync).
      if (synced && seed) {
        seed = false;
        if (conn.text.length === 0) {
          conn.text.insert(0, getLanguage(DEFAULT_LANGUAGE_ID).starterCode);
        }
      }
      if (synced && entry.parked) setTimeout(() => closeIfFlushed(roomId, entry), PARKED_FLUSH_MS);
    },
    onClosed: (code, reason) => {
      // An expired token, or one signed with a key the server no longer has: renew it and
      // the subscription below reconnects every room with it, on the same documents.
      if (code === 4401) renewAfterRejection();
      if (shown(roomId)) room.setClosed({ code, reason, message: closeMessage(code, reason) });
    },
    onParticipants: (participants) => shown(roomId) && room.setParticipants(participants),
  });
  const entry: OpenRoom = { conn, parked: false, session: null };
  return entry;
}

function closeIfFlushed(roomId: string, entry: OpenRoom): void {
  if (!entry.parked || rooms.get(roomId) !== entry) return;
  if (!entry.conn.provider.synced) return;
  rooms.delete(roomId);
  entry.conn.destroy();
}

/** Puts the room's state back into the stores when it is shown again. */
function show(roomId: string, entry: OpenRoom): void {
  if (shown(roomId)) return;
  resetRoomStores(roomId);
  if (entry.session !== null) dispatchServerEvent(entry.session);
  entry.conn.reportAll();
}

/**
 * The room's connection, opened on first use and reused after: a changed token or user
 * reconnects it on the same document.
 */
export function acquireRoom(
  roomId: string,
  token: string | null,
  user: User | null,
): RoomConnection {
  let entry = rooms.get(roomId);
  if (entry === undefined) {
    resetRoomStores(roomId);
    entry = create(roomId, token, user);
    rooms.set(roomId, entry);
  } else {
    entry.parked = false;
    show(roomId, entry);
    reauth(entry, token, user);
  }
  return entry.conn;
}

/** The room is off screen: closed now when synced, else once its edits reach the server. */
export function releaseRoom(roomId: string): void {
  const entry = rooms.get(roomId);
  if (entry === undefined) return;
  entry.parked = true;
  if (entry.conn.provider.synced && !entry.conn.closedForGood) {
    rooms.delete(roomId);
    entry.conn.destroy();
  }
}

function reauth(entry: OpenRoom, token: string | null, user: User | null): void {
  const wasClosed = entry.conn.closedForGood;
  entry.conn.reauth(token, user);
  if (wasClosed && !entry.conn.closedForGood && shown(entry.conn.roomId)) {
    useRoomStore.getState().reopen();
  }
}

/**
 * Starts connecting to a room before the editor bundle (Monaco) has loaded, so the socket
 * handshake and the first sync overlap with parsing it. The room page acquires it.
 */
export function preconnect(roomId: string, token: string | null, user: User | null): void {
  if (!rooms.has(roomId)) acquireRoom(roomId, token, user);
}

// A renewed token, or the same person signed in again: every open room reconnects with it
// on its own document (y-websocket's sync then merges what was typed meanwhile). Signed out,
// the rooms are left as they are: their documents wait for the next sign-in.
useAuthStore.subscribe((s, prev) => {
  if (s.user === null || (s.token === prev.token && s.user === prev.user)) return;
  for (const entry of rooms.values()) reauth(entry, s.token, s.user);
});
