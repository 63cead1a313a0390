"""The `/ws/rooms/{room_id}` WebSocket: accept, authenticate, join, pump frames, leave."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import uuid
from dataclasses import dataclass
from typing import Any

from litestar import WebSocket, websocket
from litestar.di import NamedDependency
from litestar.params import FromPath
from litestar.types.asgi_types import WebSocketSendEvent

from realtime.contract.close_codes import CloseCode
from realtime.metrics import RealtimeMetrics
from realtime.protocol import ProtocolError
from realtime.rooms.access import AccessDenied, Authenticator, ConnectionRequest
from realtime.rooms.connection import Connection
from realtime.rooms.registry import RoomRegistry
from realtime.stores.base import StoreUnavailableError

__all__ = ["ROOM_ID", "SUBPROTOCOL", "RoomEndpointConfig", "room_socket"]

logger = logging.getLogger(__name__)

ROOM_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
SUBPROTOCOL = "coderemote.v1"
_TOKEN_PREFIX = "auth."


@dataclass(frozen=True, slots=True)
class RoomEndpointConfig:
    """What the endpoint needs, provided by `create_app` as the `rooms` dependency."""

    registry: RoomRegistry
    authenticator: Authenticator
    metrics: RealtimeMetrics
    max_frame_bytes: int
    send_queue_frames: int


def _request(
    socket: WebSocket[Any, Any, Any], room_id: str
) -> tuple[ConnectionRequest, str | None]:
    offered: list[str] = list(socket.scope.get("subprotocols") or [])
    token = next((p[len(_TOKEN_PREFIX) :] for p in offered if p.startswith(_TOKEN_PREFIX)), None)
    headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in socket.scope["headers"]}
    client = socket.scope.get("client")
    request = ConnectionRequest(
        room_id=room_id,
        token=token or None,
        client_host=client[0] if client else None,
        headers=headers,
    )
    return request, SUBPROTOCOL if SUBPROTOCOL in offered else None


@websocket("/ws/rooms/{room_id:str}", name="room-socket", opt={"exclude_from_auth": True})
async def room_socket(
    socket: WebSocket[Any, Any, Any],
    room_id: FromPath[str],
    rooms: NamedDependency[RoomEndpointConfig],
) -> None:
    """Serve one client of a room with the y-websocket protocol (see docs/protocol.md)."""
    request, subprotocol = _request(socket, room_id)
    await socket.accept(subprotocols=subprotocol)
    # Close codes need an accepted socket: before accept, ASGI servers answer HTTP 403.
    if not ROOM_ID.fullmatch(room_id):
        await socket.close(
            CloseCode.BAD_ROOM_ID, "room id must be 1-64 characters of A-Z a-z 0-9 _ -"
        )
        return
    try:
        principal = await rooms.authenticator.authenticate(request)
        room = await rooms.registry.acquire(room_id)
    except AccessDenied as denied:
        await socket.close(denied.code, denied.reason)
        return
    except StoreUnavailableError:
        await socket.close(CloseCode.UNAVAILABLE, "storage unavailable, try again later")
        return
    except Exception:
        # Never Litestar's undocumented 4500: the documented 1011, the details in the log.
        error_id = uuid.uuid4().hex[:12]
        logger.exception("admitting a connection failed [error id %s]", error_id)
        await socket.close(CloseCode.INTERNAL, f"internal error (error id {error_id})")
        return
    del request  # its headers and token are not needed for the life of the socket

    send = socket.send

    async def send_bytes(frame: bytes) -> None:
        # The raw ASGI event: the hot path skips send_bytes' text/binary mode handling.
        event: WebSocketSendEvent = {"type": "websocket.send", "bytes": frame, "text": None}
        await send(event)

    conn = Connection(
        principal,
        send_bytes,
        socket.close,
        max_queue=rooms.send_queue_frames,
        app_events=subprotocol == SUBPROTOCOL,
    )
    room.attach(conn)
    writer = asyncio.create_task(conn.run_writer(), name=f"writer:{conn.id}")
    limit = rooms.max_frame_bytes
    try:
        await room.joined(conn)
        while not conn.closed:
            message = await socket.receive()
            if message["type"] != "websocket.receive":
                break
            data = message.get("bytes")
            if data is None:
                _reject(
                    conn, rooms.metrics, CloseCode.MALFORMED, "text frames are not allowed", room_id
                )
                break
            if len(data) > limit:
                _reject(conn, rooms.metrics, CloseCode.TOO_LARGE, "frame too large", room_id)
                break
            try:
                await room.receive(conn, data)
            except ProtocolError as exc:
                _reject(
                    conn, rooms.metrics, CloseCode.MALFORMED, "malformed frame", room_id, str(exc)
                )
                break
    except Exception:
        logger.exception("connection failed", extra={"room": room_id})
        conn.request_close(CloseCode.INTERNAL, "internal error")
    finally:
        room.detach(conn)
        if not conn.closed:
            conn.abandon()
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(asyncio.shield(writer), timeout=5.0)
        if not writer.done():
            writer.cancel()


def _reject(
    conn: Connection,
    metrics: RealtimeMetrics,
    code: int,
    reason: str,
    room_id: str,
    detail: str = "",
) -> None:
    # One log line per closed connection, never one per bad byte.
    logger.warning("closing connection %s: %s %s", conn.id, reason, detail, extra={"room": room_id})
    metrics.rejected_frames.labels(code=str(code)).inc()
    conn.request_close(code, reason)
