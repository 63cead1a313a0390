import { useEffect, useState } from "react";
import { useAuthStore } from "../auth/authStore";
import type { RoomConnection } from "./connection";
import { adoptPreconnected, openRoom } from "./openRoom";

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
    const connection = adoptPreconnected(roomId, token) ?? openRoom(roomId, token, user);
    setConn(connection);
    return () => {
      setConn(null);
      connection.destroy();
    };
  }, [roomId, token, user, ready]);

  return conn;
}
