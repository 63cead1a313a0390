"""Live connections by room and user, so access changes take effect at once.

A role change or a revoked invite closes the affected sockets with 4403 (the client must not
reconnect with the same token). With several replicas the change travels over Redis pub/sub;
each replica closes its own sockets.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import weakref
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

import msgspec
from redis.asyncio import Redis
from redis.exceptions import RedisError

from realtime.contract.close_codes import CloseCode
from realtime.contract.replies import NotesUpdatedEvent, ServerEvent
from realtime.redis_client import redis_client
from realtime.tasks import stop_task

__all__ = [
    "CLOSE_FORBIDDEN",
    "AccessChange",
    "AccessEventBus",
    "AnyAccessChange",
    "LiveConnection",
    "LiveConnections",
    "MemoryAccessEventBus",
    "NotesChanged",
    "RedisAccessEventBus",
    "Revoked",
]

logger = logging.getLogger(__name__)

CLOSE_FORBIDDEN = CloseCode.FORBIDDEN


class LiveConnection(Protocol):
    """What the registry needs from a room connection (`realtime.rooms.Connection` fits)."""

    @property
    def closed(self) -> bool:
        """True once the connection is gone."""
        ...

    def request_close(self, code: int, reason: str) -> None:
        """Close the socket with `code` and `reason`."""
        ...

    def send_event(self, event: ServerEvent) -> None:
        """Queue an application event."""
        ...


class AccessChange(msgspec.Struct, tag_field="kind", kw_only=True, frozen=True):
    """An access change of a room, told to every replica (`origin`: the replica that made it)."""

    room: str
    origin: str = ""


class Revoked(AccessChange, tag="revoke", frozen=True):
    """These users lost access to the room: their sockets close with 4403 and `reason`."""

    users: list[str]
    reason: str


class NotesChanged(AccessChange, tag="notes", frozen=True):
    """The room's interview notes changed: their readers are told."""


AnyAccessChange = Revoked | NotesChanged
Listener = Callable[[AnyAccessChange], Awaitable[None]]
_decoder: msgspec.json.Decoder[AnyAccessChange] = msgspec.json.Decoder(AnyAccessChange)


class AccessEventBus(Protocol):
    """Carries access changes to every replica (including this one)."""

    async def publish(self, message: AnyAccessChange) -> None:
        """Deliver `message` to every subscriber, on every replica."""
        ...

    async def start(self, listener: Listener) -> None:
        """Begin delivering messages to `listener`."""
        ...

    async def stop(self) -> None:
        """Stop delivering and release connections."""
        ...


class MemoryAccessEventBus:
    """One process: publishing calls the listener directly."""

    def __init__(self) -> None:
        """No listener until `start`."""
        self._listener: Listener | None = None

    async def publish(self, message: AnyAccessChange) -> None:
        """Call the listener."""
        if self._listener is not None:
            await self._listener(message)

    async def start(self, listener: Listener) -> None:
        """Remember the listener."""
        self._listener = listener

    async def stop(self) -> None:
        """Forget the listener."""
        self._listener = None


class RedisAccessEventBus:
    """Redis pub/sub on one channel; a background task feeds the listener."""

    def __init__(self, redis: str | Redis, *, channel: str = "cr:access") -> None:
        """Use `redis`: a URL (a client of its own, closed by `stop`) or the shared client."""
        self._owns_client = isinstance(redis, str)
        self._redis = redis_client(redis) if isinstance(redis, str) else redis
        self._channel = channel
        self._task: asyncio.Task[None] | None = None
        self._subscribed = asyncio.Event()

    async def publish(self, message: AnyAccessChange) -> None:
        """Publish to the channel (every replica's listener receives it, ours too)."""
        await self._redis.publish(self._channel, msgspec.json.encode(message))

    async def start(self, listener: Listener) -> None:
        """Start the reader task; waits briefly for the subscription, never fails start-up.

        With Redis down at start the task keeps retrying; meanwhile changes made on other
        replicas do not reach this one's sockets (this replica's own changes still do).
        """
        self._task = asyncio.create_task(self._run(listener), name="access-event-bus")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._subscribed.wait(), timeout=2)

    async def _run(self, listener: Listener) -> None:
        while True:
            try:
                async with self._redis.pubsub() as pubsub:
                    await pubsub.subscribe(self._channel)
                    self._subscribed.set()
                    async for item in pubsub.listen():
                        if item.get("type") != "message":
                            continue
                        try:
                            await listener(_decoder.decode(item["data"]))
                        except Exception:
                            logger.exception("access event listener failed")
            except (RedisError, OSError) as exc:
                # Redis restarts must not end enforcement for good: resubscribe.
                logger.warning("access event bus lost Redis: %s", type(exc).__name__)
                await asyncio.sleep(1)

    async def stop(self) -> None:
        """Cancel the reader and close the client."""
        await stop_task(self._task)
        self._task = None
        if self._owns_client:
            await self._redis.aclose()


class LiveConnections:
    """Connections of this replica by (room, user), held weakly (rooms own them)."""

    def __init__(self, bus: AccessEventBus) -> None:
        """Use `bus` to hear about access changes made on any replica."""
        self._bus = bus
        # Our own messages come back over the bus; they were applied locally already.
        self._origin = secrets.token_hex(8)
        self._by_room: dict[str, dict[str, weakref.WeakSet[Any]]] = {}
        self._readers: dict[str, weakref.WeakSet[Any]] = {}

    async def start(self) -> None:
        """Start listening to the bus."""
        await self._bus.start(self._on_message)

    async def stop(self) -> None:
        """Stop listening."""
        await self._bus.stop()

    def add(
        self, room_id: str, user_id: str, connection: LiveConnection, *, reads_notes: bool
    ) -> None:
        """Track a newly joined connection."""
        users = self._by_room.setdefault(room_id, {})
        users.setdefault(user_id, weakref.WeakSet()).add(connection)
        if reads_notes:
            self._readers.setdefault(room_id, weakref.WeakSet()).add(connection)

    def discard(self, room_id: str, user_id: str, connection: LiveConnection) -> None:
        """Forget a connection that ended (keeps the maps from growing with every visitor)."""
        self._by_room.get(room_id, {}).get(user_id, weakref.WeakSet()).discard(connection)
        self._readers.get(room_id, weakref.WeakSet()).discard(connection)
        self._prune(room_id)

    def count(self, room_id: str, user_id: str) -> int:
        """Open connections of `user_id` in `room_id` on this replica."""
        conns = self._by_room.get(room_id, {}).get(user_id, ())
        return sum(1 for c in conns if not c.closed)

    async def revoke(self, room_id: str, user_ids: list[str], reason: str) -> None:
        """Close the users' sockets in the room on every replica (code 4403)."""
        if user_ids:
            await self._announce(Revoked(room=room_id, users=user_ids, reason=reason))

    async def notes_updated(self, room_id: str) -> None:
        """Tell every notes reader of the room, on every replica, that notes changed."""
        await self._announce(NotesChanged(room=room_id))

    async def _announce(self, message: AnyAccessChange) -> None:
        # Local sockets first, so a broken bus never delays or prevents them.
        self._apply(message)
        try:
            await self._bus.publish(msgspec.structs.replace(message, origin=self._origin))
        except (RedisError, OSError) as exc:
            logger.warning("access change not sent to other replicas: %s", type(exc).__name__)

    async def _on_message(self, message: AnyAccessChange) -> None:
        if message.origin != self._origin:
            self._apply(message)

    def _apply(self, message: AnyAccessChange) -> None:
        room_id = message.room
        if isinstance(message, Revoked):
            users = self._by_room.get(room_id, {})
            for user_id in message.users:
                for connection in list(users.pop(user_id, ())):
                    connection.request_close(CLOSE_FORBIDDEN, message.reason[:100])
        else:
            for connection in list(self._readers.get(room_id, ())):
                if not connection.closed:
                    connection.send_event(NotesUpdatedEvent())
        self._prune(room_id)

    def _prune(self, room_id: str) -> None:
        users = self._by_room.get(room_id)
        if users is not None:
            for user_id in [u for u, conns in users.items() if not conns]:
                del users[user_id]
            if not users:
                del self._by_room[room_id]
        readers = self._readers.get(room_id)
        if readers is not None and not readers:
            del self._readers[room_id]
