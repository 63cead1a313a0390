import { DEFAULT_LANGUAGE_ID, getLanguage } from "../languages/registry";
import type { User } from "../lib/api/types";
import { RoomConnection } from "./connection";
import { dispatchServerEvent, resetRoomStores } from "./dispatch";
import { takeCreatedHere } from "./roomIds";
import { closeMessage, useRoomStore } from "./roomStore";

/** Opens a room connection wired to the stores (presence, run, analysis, notes). */
export function openRoom(roomId: string, token: string | null, user: User | null): RoomConnection {
  resetRoomStores(roomId);
  const room = useRoomStore.getState();
  const seed = takeCreatedHere(roomId);
  const connection: RoomConnection = new RoomConnection(roomId, token, user, {
    onEvent: dispatchServerEvent,
    onStatus: room.setStatus,
    onSynced: (synced) => {
      room.setSynced(synced);
      // Seed the starter code only in a room this tab just created, once, after the first
      // sync proved the document is really empty on the server.
      if (synced && seed && connection.text.length === 0) {
        connection.text.insert(0, getLanguage(DEFAULT_LANGUAGE_ID).starterCode);
      }
    },
    onClosed: (code, reason) => room.setClosed({ code, reason, message: closeMessage(code, reason) }),
    onParticipants: room.setParticipants,
  });
  // Exposed for the browser tests and benchmarks (read-only use: text and status).
  (window as unknown as { __room?: RoomConnection }).__room = connection;
  return connection;
}

let early: { roomId: string; token: string | null; conn: RoomConnection } | null = null;

/**
 * Starts connecting to a room before the editor bundle (Monaco) has loaded, so the socket
 * handshake and the first sync overlap with parsing it. The room page adopts it.
 */
export function preconnect(roomId: string, token: string | null, user: User | null): void {
  if (early === null) early = { roomId, token, conn: openRoom(roomId, token, user) };
}

/** The preconnected room when it matches, handed over once (else null). */
export function adoptPreconnected(roomId: string, token: string | null): RoomConnection | null {
  const found = early;
  early = null;
  if (found === null) return null;
  if (found.roomId === roomId && found.token === token) return found.conn;
  found.conn.destroy();
  return null;
}
