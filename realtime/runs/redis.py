"""Run store in Redis: shared by every server process, so the live-run lock is room-wide."""

from __future__ import annotations

import json

from redis.asyncio import Redis

from realtime.redis_client import redis_client
from realtime.runs.records import RunRecord
from realtime.runs.store import RUNS_KEPT_PER_ROOM
from realtime.stores.redis import store_unavailable

# Release only our own lock: compare-and-delete in one step.
_UNLOCK = """
if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end
return 0
"""


class RedisRunStore:
    """Run records and the live-run lock in Redis.

    Keys: `runs:lock:{room}` (string with TTL), `runs:order:{room}` (list of run ids,
    oldest first) and `runs:rec:{room}` (hash run id -> record JSON).
    """

    def __init__(self, redis: str | Redis, kept_per_room: int = RUNS_KEPT_PER_ROOM) -> None:
        """Use `redis`: a URL (a client of its own, closed by `close`) or the shared client."""
        self._owns_client = isinstance(redis, str)
        self._redis: Redis = redis_client(redis) if isinstance(redis, str) else redis
        self._kept = kept_per_room

    @store_unavailable()
    async def try_lock(self, room_id: str, run_id: str, ttl_s: float) -> bool:
        """SET NX with expiry (a crashed server cannot hold a room forever)."""
        ok = await self._redis.set(f"runs:lock:{room_id}", run_id, nx=True, px=int(ttl_s * 1000))
        return bool(ok)

    @store_unavailable()
    async def unlock(self, room_id: str, run_id: str) -> None:
        """Compare-and-delete."""
        await self._redis.eval(_UNLOCK, 1, f"runs:lock:{room_id}", run_id)

    @store_unavailable()
    async def live_run(self, room_id: str) -> str | None:
        """The lock holder."""
        value = await self._redis.get(f"runs:lock:{room_id}")
        return value.decode() if isinstance(value, bytes) else None

    @store_unavailable()
    async def save(self, record: RunRecord) -> None:
        """Store the record; a new run id is appended to the order and old ones trimmed."""
        order, records = f"runs:order:{record.room_id}", f"runs:rec:{record.room_id}"
        is_new = await self._redis.hset(records, record.run_id, json.dumps(record.to_json()))
        if is_new:
            await self._redis.rpush(order, record.run_id)
            excess = int(await self._redis.llen(order)) - self._kept
            if excess > 0:
                dropped = await self._redis.lpop(order, excess)
                if dropped:
                    await self._redis.hdel(records, *dropped)

    @store_unavailable()
    async def list(self, room_id: str, limit: int = RUNS_KEPT_PER_ROOM) -> list[RunRecord]:
        """Oldest first, the newest `limit`."""
        if limit <= 0:
            return []
        ids = await self._redis.lrange(f"runs:order:{room_id}", -limit, -1)
        if not ids:
            return []
        raw = await self._redis.hmget(f"runs:rec:{room_id}", ids)
        return [RunRecord.from_json(json.loads(r)) for r in raw if r is not None]

    @store_unavailable()
    async def get(self, room_id: str, run_id: str) -> RunRecord | None:
        """One record."""
        raw = await self._redis.hget(f"runs:rec:{room_id}", run_id)
        return RunRecord.from_json(json.loads(raw)) if raw is not None else None

    async def close(self) -> None:
        """Close the client when it is this store's own."""
        if self._owns_client:
            await self._redis.aclose()
