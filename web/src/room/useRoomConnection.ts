import { useEffect, useState } from "react";
import { useAuthStore } from "../auth/authStore";
import { getLanguage, DEFAULT_LANGUAGE_ID } from "../languages/registry";
import { RoomConnection } from "./connection";
import { dispatchServerEvent, resetRoomStores } from "./dispatch";
import { takeCreatedHere } from "./roomIds";
import { closeMessage, useRoomStore } from "./roomStore";

/**
 * Opens the room's connection once `ready` (after an invite was redeemed) and feeds the
 * stores; closes it on unmount. Returns null until connected objects exist.
 */
export function useRoomConnection(roomId: string, ready: boolean): RoomConnection | null {
  const token = useAuthStore((s) => s.token);
  const user = useAuthStore((s) => s.user);
  const [conn, setConn] = useState<RoomConnection | null>(null);

  useEffect(() => {
    if (!ready) return;
    resetRoomStores(roomId);
    const room = useRoomStore.getState();
    const seed = takeCreatedHere(roomId);
    const connection = new RoomConnection(roomId, token, user, {
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
      onClosed: (code, reason) =>
        room.setClosed({ code, reason, message: closeMessage(code, reason) }),
      onParticipants: room.setParticipants,
    });
    setConn(connection);
    // Exposed for the browser tests and benchmarks (read-only use: text and status).
    (window as unknown as { __room?: RoomConnection }).__room = connection;
    return () => {
      setConn(null);
      connection.destroy();
    };
  }, [roomId, token, user, ready]);

  return conn;
}
