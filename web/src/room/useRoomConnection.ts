import { useEffect, useState } from "react";
import { useAuthStore } from "../auth/authStore";
import { isExpired } from "../auth/token";
import type { RoomConnection } from "./connection";
import { acquireRoom, releaseRoom } from "./openRoom";

/**
 * The room's connection once `ready` (after an invite was redeemed), feeding the stores.
 * The connection and its document outlive token changes and this component: leaving the room
 * releases it, which closes it only once the server has everything typed in it.
 */
export function useRoomConnection(roomId: string, ready: boolean): RoomConnection | null {
  const token = useAuthStore((s) => s.token);
  const user = useAuthStore((s) => s.user);
  const [conn, setConn] = useState<RoomConnection | null>(null);
  // A stored token that has already expired (a browser reopened the next day) is being
  // renewed: connecting with it would only be refused.
  const usable = token === null || !isExpired(token);

  useEffect(() => {
    if (!ready || !usable) return;
    setConn(acquireRoom(roomId, token, user));
  }, [roomId, token, user, ready, usable]);

  useEffect(
    () => () => {
      setConn(null);
      releaseRoom(roomId);
    },
    [roomId],
  );

  return conn;
}
