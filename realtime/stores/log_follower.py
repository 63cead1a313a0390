"""One reader per server process for the logs of every room it has loaded.

A room served by several processes learns of the others' edits from its Redis Stream. Tailing
each room with its own blocking `XREAD` would hold one connection per loaded room, so the
process's connections would grow with its rooms until the pool ran out. Instead one task
issues one blocking `XREAD` over all followed streams at once and hands each room its entries.

A room that starts being followed must join the `XREAD` that is already blocked: the reader
also reads a small wake-up stream of its own (`cr:wake:<instance>`), and `follow` appends to
it, which ends the blocked call at once so the next one includes the new room.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import redis.asyncio as aioredis

from realtime.redis_client import REDIS_UNAVAILABLE
from realtime.stores.base import EntriesHandler, LostHandler, StoredUpdate, StoreUnavailableError
from realtime.tasks import stop_task

__all__ = ["LogFollower"]

logger = logging.getLogger(__name__)

_BLOCK_MS = 2000
# Entries per stream per call: bounds one reply when a room is far behind.
_COUNT = 1000
_WAKE_TTL_S = 300
_MAX_BACKOFF_S = 2.0


@dataclass(slots=True)
class _Followed:
    key: str
    last_id: str
    on_entries: EntriesHandler
    on_lost: LostHandler


class LogFollower:
    """Follows the Streams of many rooms with one blocking `XREAD` at a time."""

    def __init__(
        self,
        redis: aioredis.Redis,
        *,
        wake_key: str,
        key_of: Callable[[str], str],
        parse: Callable[[Any], StoredUpdate],
    ) -> None:
        """Prepare the reader; `start` launches it.

        Args:
            redis: The process's client; the reader borrows one of its connections.
            wake_key: This process's own wake-up stream.
            key_of: The Stream key of a room id.
            parse: Turns one raw XREAD entry into a `StoredUpdate`.
        """
        self._redis = redis
        self._wake_key = wake_key
        self._key_of = key_of
        self._parse = parse
        self._rooms: dict[str, _Followed] = {}
        self._by_key: dict[str, str] = {}
        self._wake_id = "0-0"
        self._changed = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._blocked = False

    def __len__(self) -> int:
        """Number of rooms followed."""
        return len(self._rooms)

    def start(self) -> None:
        """Start the reader task."""
        if self._task is None:
            self._task = asyncio.create_task(self._read_forever(), name="room-log-follower")

    async def close(self) -> None:
        """Stop the reader task and forget every room."""
        await stop_task(self._task)
        self._task = None
        self._rooms.clear()
        self._by_key.clear()

    def follow(
        self, room_id: str, after_id: str, on_entries: EntriesHandler, on_lost: LostHandler
    ) -> None:
        """Deliver the room's entries after `after_id`.

        A room already followed moves its position forward only (entries are never delivered
        twice in a row on purpose).
        """
        current = self._rooms.get(room_id)
        if current is not None:
            if _id_key(after_id) > _id_key(current.last_id):
                current.last_id = after_id
            current.on_entries, current.on_lost = on_entries, on_lost
            return
        key = self._key_of(room_id)
        self._rooms[room_id] = _Followed(key, after_id, on_entries, on_lost)
        self._by_key[key] = room_id
        self._wake()

    def unfollow(self, room_id: str) -> None:
        """Stop delivering the room's entries (it stays in a blocked call until that returns)."""
        followed = self._rooms.pop(room_id, None)
        if followed is not None:
            self._by_key.pop(followed.key, None)

    def _wake(self) -> None:
        self._changed.set()
        if self._blocked:
            # The blocked XREAD does not know the new room: end it now rather than in 2 s.
            task = asyncio.ensure_future(self._poke())
            task.add_done_callback(_ignore_result)

    async def _poke(self) -> None:
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.xadd(self._wake_key, {"w": b"1"}, maxlen=1, approximate=False)
            pipe.expire(self._wake_key, _WAKE_TTL_S)
            await pipe.execute()

    async def _read_forever(self) -> None:
        delay = 0.1
        while True:
            if not self._rooms:
                self._changed.clear()
                await self._changed.wait()
                continue
            self._changed.clear()
            streams: dict[Any, Any] = {f.key: f.last_id for f in self._rooms.values()}
            streams[self._wake_key] = self._wake_id
            self._blocked = True
            try:
                reply: Any = await self._redis.xread(streams, count=_COUNT, block=_BLOCK_MS)
            except asyncio.CancelledError:
                raise
            except REDIS_UNAVAILABLE as exc:
                self._lost(StoreUnavailableError(f"redis unavailable: {exc}"))
                await asyncio.sleep(delay)
                delay = min(delay * 2, _MAX_BACKOFF_S)
                continue
            except Exception:
                # An odd reply must not end fan-out for every room for good.
                logger.exception("reading the room logs failed")
                await asyncio.sleep(_MAX_BACKOFF_S)
                continue
            finally:
                self._blocked = False
            delay = 0.1
            self._deliver(reply)

    def _deliver(self, reply: Any) -> None:
        # RESP2: [[key, [entry, ...]], ...]; RESP3: {key: [[entry, ...]]}.
        pairs = reply.items() if isinstance(reply, dict) else (reply or [])
        for raw_key, raw_entries in pairs:
            key = raw_key.decode() if isinstance(raw_key, bytes) else str(raw_key)
            items = raw_entries[0] if isinstance(reply, dict) else raw_entries
            if key == self._wake_key:
                if items:
                    self._wake_id = _text(items[-1][0])
                continue
            room_id = self._by_key.get(key)
            followed = self._rooms.get(room_id) if room_id is not None else None
            if followed is None or not items:
                continue
            entries = [self._parse(item) for item in items]
            # A room that resynchronised meanwhile may already be past some of these.
            fresh = [e for e in entries if _id_key(e.id) > _id_key(followed.last_id)]
            if not fresh:
                continue
            followed.last_id = fresh[-1].id
            try:
                followed.on_entries(fresh)
            except Exception:
                logger.exception("applying log entries failed", extra={"room": room_id})

    def _lost(self, exc: StoreUnavailableError) -> None:
        for followed in list(self._rooms.values()):
            try:
                followed.on_lost(exc)
            except Exception:
                logger.exception("store-lost handler failed")


def _id_key(entry_id: str) -> tuple[int, int]:
    ms, _, seq = entry_id.partition("-")
    return int(ms), int(seq or 0)


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _ignore_result(task: asyncio.Future[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        logger.debug("waking the log reader failed: %s", task.exception())
