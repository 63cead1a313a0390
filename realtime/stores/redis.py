"""Redis room store: a Stream of updates per room plus a compacted snapshot.

Keys per room: `cr:room:<id>:log` (Stream; fields `u` = update, `o` = writer process) and
`cr:room:<id>:snap` (Hash; `data`, `id` = newest log id folded in, `at` = its time) and
`cr:room:<id>:authors` (Hash; Yjs client id -> author JSON, written with HSETNX).
Loading = snapshot + log entries after its id, read atomically by one Lua script. Compaction
writes the snapshot and trims the log in one Lua script, so a crash loses nothing.
Awareness and app events travel between processes on Pub/Sub channels `cr:eph:<id>`:
they are ephemeral, unlike document updates, which go through the Stream.

Connections stay constant as rooms grow: one reader follows every loaded room's Stream
(`log_follower.py`), one Pub/Sub connection carries the frames, and commands borrow a
connection from the process's bounded pool (`realtime/redis_client.py`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import AsyncIterator
from typing import Any

import redis.asyncio as aioredis
from pycrdt import merge_updates
from redis.exceptions import RedisError

from realtime.redis_client import REDIS_UNAVAILABLE, connection_name, redis_client
from realtime.stores.base import (
    EntriesHandler,
    EphemeralHandler,
    LostHandler,
    RoomState,
    RoomStore,
    StoredUpdate,
    StoreUnavailableError,
)
from realtime.stores.log_follower import LogFollower
from realtime.tasks import stop_task

__all__ = ["RedisRoomStore", "store_unavailable"]

logger = logging.getLogger(__name__)

_LOAD = """
local snap = redis.call('HMGET', KEYS[1], 'data', 'id', 'at')
local start = '-'
if snap[2] then start = '(' .. snap[2] end
return {snap[1], snap[2], snap[3], redis.call('XRANGE', KEYS[2], start, '+')}
"""

# Only the compactor that saw the current snapshot may replace it (optimistic concurrency).
_COMPACT = """
local current = redis.call('HGET', KEYS[1], 'id')
if (current or '') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'data', ARGV[3], 'id', ARGV[2], 'at', ARGV[4])
redis.call('XTRIM', KEYS[2], 'MINID', ARGV[5])
return 1
"""

# Entries stay in the log this long after being folded into a snapshot, so a process
# tailing the log a little behind never misses one (a longer gap triggers a full reload).
_TRIM_GRACE_MS = 60_000
_CHANNEL_PREFIX = "cr:eph:"
_ORIGIN_LEN = 32


def _log_key(room_id: str) -> str:
    return f"cr:room:{room_id}:log"


def _snap_key(room_id: str) -> str:
    return f"cr:room:{room_id}:snap"


def _authors_key(room_id: str) -> str:
    return f"cr:room:{room_id}:authors"


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _entry(raw: Any) -> StoredUpdate:
    entry_id, fields = _text(raw[0]), raw[1]
    if not isinstance(fields, dict):
        fields = dict(zip(fields[::2], fields[1::2], strict=True))
    at_ms = int(entry_id.partition("-")[0])
    return StoredUpdate(entry_id, at_ms, fields[b"u"], _text(fields.get(b"o", b"")))


@contextlib.asynccontextmanager
async def store_unavailable() -> AsyncIterator[None]:
    """Raise Redis being unreachable as `StoreUnavailableError` (also a method decorator).

    Callers answer that error with a clear message rather than a traceback.
    """
    try:
        yield
    except REDIS_UNAVAILABLE as exc:
        raise StoreUnavailableError(f"redis unavailable: {exc}") from exc


class RedisRoomStore(RoomStore):
    """Rooms in Redis, shared by every server process that points at the same database."""

    shared = True

    def __init__(
        self,
        redis: str | aioredis.Redis,
        *,
        compaction_threshold: int = 500,
        instance_id: str | None = None,
    ) -> None:
        """Use `redis`; nothing connects until the first command.

        Args:
            redis: A redis:// URL (the store then owns a client of its own) or the process's
                shared client (`realtime.redis_client.redis_client`), which the caller closes.
            compaction_threshold: Log length after the snapshot that triggers compaction.
            instance_id: This server process's id (default: a new random one).
        """
        self.instance_id = instance_id or uuid.uuid4().hex
        self.compaction_threshold = compaction_threshold
        self._owns_client = isinstance(redis, str)
        self._redis: aioredis.Redis = (
            redis_client(redis, name=connection_name(self.instance_id))
            if isinstance(redis, str)
            else redis
        )
        self._load_script = self._redis.register_script(_LOAD)
        self._compact_script = self._redis.register_script(_COMPACT)
        self._listener: asyncio.Task[None] | None = None
        self._follower = LogFollower(
            self._redis,
            wake_key=f"cr:wake:{self.instance_id}",
            key_of=_log_key,
            parse=_entry,
        )

    async def load(self, room_id: str) -> RoomState:
        """Snapshot and the log after it, read atomically."""
        async with store_unavailable():
            raw = await self._load_script(keys=[_snap_key(room_id), _log_key(room_id)])
        data, snap_id, snap_at, entries = raw
        return RoomState(
            snapshot=data,
            snapshot_id=_text(snap_id) if snap_id is not None else None,
            snapshot_at_ms=int(snap_at) if snap_at is not None else None,
            updates=tuple(_entry(item) for item in entries),
        )

    async def append(self, room_id: str, update: bytes) -> str:
        """XADD the update; returns once Redis acknowledged it."""
        async with store_unavailable():
            entry_id = await self._redis.xadd(
                _log_key(room_id), {"u": update, "o": self.instance_id}
            )
        return _text(entry_id)

    async def append_many(self, room_id: str, updates: list[bytes]) -> str:
        """XADD the updates in order in one round trip; returns the last id."""
        if len(updates) == 1:
            return await self.append(room_id, updates[0])
        key = _log_key(room_id)
        async with store_unavailable(), self._redis.pipeline(transaction=False) as pipe:
            for update in updates:
                pipe.xadd(key, {"u": update, "o": self.instance_id})
            ids = await pipe.execute()
        return _text(ids[-1])

    async def compact(self, room_id: str) -> bool:
        """Fold the snapshot and log into a new snapshot, then trim the log."""
        state = await self.load(room_id)
        if len(state.updates) < self.compaction_threshold:
            return False
        parts = [u.update for u in state.updates]
        if state.snapshot is not None:
            parts.insert(0, state.snapshot)
        last = state.updates[-1]
        ms, _, seq = last.id.partition("-")
        # MINID keeps ids >= its argument: everything folded in but the grace window goes.
        min_id = min((int(ms), int(seq) + 1), (last.at_ms - _TRIM_GRACE_MS, 0))
        async with store_unavailable():
            done = await self._compact_script(
                keys=[_snap_key(room_id), _log_key(room_id)],
                args=[
                    state.snapshot_id or "",
                    last.id,
                    merge_updates(*parts),
                    last.at_ms,
                    f"{max(min_id[0], 0)}-{min_id[1]}",
                ],
            )
        return bool(done)

    async def record_authors(self, room_id: str, authors: dict[int, str]) -> None:
        """HSETNX each client id (the first author of a client id stays, across processes)."""
        key = _authors_key(room_id)
        async with store_unavailable(), self._redis.pipeline(transaction=False) as pipe:
            for client, author in authors.items():
                pipe.hsetnx(key, str(client), author)
            await pipe.execute()

    async def authors(self, room_id: str) -> dict[int, str]:
        """HGETALL of the room's authors."""
        async with store_unavailable():
            raw = await self._redis.hgetall(_authors_key(room_id))
        return {int(_text(client)): _text(author) for client, author in raw.items()}

    def follow(
        self, room_id: str, after_id: str, on_entries: EntriesHandler, on_lost: LostHandler
    ) -> None:
        """Hand the room's entries after `after_id` to `on_entries` (the process's one reader)."""
        self._follower.follow(room_id, after_id, on_entries, on_lost)

    def unfollow(self, room_id: str) -> None:
        """Stop following the room's log."""
        self._follower.unfollow(room_id)

    async def publish_ephemeral(
        self, room_id: str, frame: bytes, *, required: bool = False
    ) -> None:
        """PUBLISH the frame, prefixed with our instance id.

        Cursors and output are ephemeral and lost silently when Redis is down; a `required`
        frame (a relayed cancel or input, which someone waits on) raises instead.

        Raises:
            StoreUnavailableError: `required` and Redis did not take the frame.
        """
        try:
            await self._redis.publish(_CHANNEL_PREFIX + room_id, self.instance_id.encode() + frame)
        except (RedisError, OSError) as exc:
            if required:
                raise StoreUnavailableError(f"redis unavailable: {exc}") from exc

    async def start(self, on_ephemeral: EphemeralHandler) -> None:
        """Start the log reader and the Pub/Sub listener.

        The listener feeds frames of other processes to `on_ephemeral`.
        """
        self._follower.start()
        self._listener = asyncio.create_task(self._listen(on_ephemeral), name="redis-ephemeral")

    async def _listen(self, on_ephemeral: EphemeralHandler) -> None:
        delay = 0.1
        while True:
            pubsub = self._redis.pubsub(ignore_subscribe_messages=True)
            try:
                await pubsub.psubscribe(_CHANNEL_PREFIX + "*")
                delay = 0.1
                while True:
                    message = await pubsub.get_message(timeout=5.0)
                    if message is None or message.get("type") != "pmessage":
                        continue
                    data: bytes = message["data"]
                    origin = data[:_ORIGIN_LEN].decode()
                    if origin == self.instance_id:
                        continue
                    room_id = _text(message["channel"])[len(_CHANNEL_PREFIX) :]
                    try:
                        await on_ephemeral(room_id, origin, data[_ORIGIN_LEN:])
                    except Exception:
                        logger.exception("ephemeral frame handler failed", extra={"room": room_id})
            except (RedisError, OSError) as exc:
                logger.warning("redis pub/sub lost, retrying: %s", exc)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 2.0)
            finally:
                with contextlib.suppress(Exception):
                    await pubsub.aclose()  # type: ignore[no-untyped-call]

    async def ping(self) -> None:
        """PING Redis."""
        async with store_unavailable():
            await self._redis.ping()

    async def close(self) -> None:
        """Stop the reader and the listener, and close the client when it is our own."""
        await self._follower.close()
        await stop_task(self._listener)
        if self._owns_client:
            await self._redis.aclose()
