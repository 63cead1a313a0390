"""Counters in Redis, so limits hold across every server replica."""

from __future__ import annotations

import math
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import RedisError

from realtime.limits.base import Decision, LimitStore, LimitsUnavailableError
from realtime.redis_client import redis_client

__all__ = ["RedisLimitStore"]

# KEYS: counter. ARGV: limit, window seconds. Returns {allowed, ttl_ms, count}.
# The server's own clock (TIME) aligns windows, so replicas with skewed clocks agree.
_HIT = """
local limit = tonumber(ARGV[1])
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if count >= limit then
  return {0, redis.call('PTTL', KEYS[1]), count}
end
count = redis.call('INCR', KEYS[1])
if count == 1 then
  local t = redis.call('TIME')
  local now_ms = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
  local window_ms = tonumber(ARGV[2]) * 1000
  redis.call('PEXPIRE', KEYS[1], window_ms - (now_ms % window_ms))
end
return {1, redis.call('PTTL', KEYS[1]), count}
"""

# KEYS: lease sorted set (score = expiry ms). ARGV: lease id, limit, ttl seconds.
_ACQUIRE = """
local t = redis.call('TIME')
local now_ms = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now_ms)
local limit = tonumber(ARGV[2])
local held = redis.call('ZSCORE', KEYS[1], ARGV[1])
local count = redis.call('ZCARD', KEYS[1])
if (not held) and count >= limit then
  local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return {0, tonumber(first[2]) - now_ms, count}
end
local ttl_ms = tonumber(ARGV[3]) * 1000
redis.call('ZADD', KEYS[1], now_ms + ttl_ms, ARGV[1])
redis.call('PEXPIRE', KEYS[1], ttl_ms)
return {1, 0, redis.call('ZCARD', KEYS[1])}
"""


class RedisLimitStore(LimitStore):
    """Fixed windows as `INCR` counters with expiry; leases as sorted sets by expiry time."""

    def __init__(
        self, client: Redis, *, prefix: str = "cr:limit:", owns_client: bool = True
    ) -> None:
        """Use an existing client.

        Args:
            client: The Redis client; closed by `close()` when `owns_client`.
            prefix: Key prefix.
            owns_client: False when the client is the process's shared one.
        """
        self._redis = client
        self._owns_client = owns_client
        self._prefix = prefix
        self._hit = client.register_script(_HIT)
        self._acquire = client.register_script(_ACQUIRE)

    @classmethod
    def from_url(cls, url: str) -> RedisLimitStore:
        """A store with its own connection pool to `url`."""
        return cls(redis_client(url))

    async def _call(self, coro: Any) -> Any:
        try:
            return await coro
        except (RedisError, OSError) as exc:
            raise LimitsUnavailableError("rate-limit store unavailable") from exc

    async def hit(self, key: str, limit: int, window_seconds: int) -> Decision:
        reply = await self._call(self._hit(keys=[self._prefix + key], args=[limit, window_seconds]))
        return _decision(limit, *reply)

    async def acquire(self, key: str, lease_id: str, limit: int, ttl_seconds: int) -> Decision:
        args: list[str | int] = [lease_id, limit, ttl_seconds]
        reply = await self._call(self._acquire(keys=[self._prefix + key], args=args))
        return _decision(limit, *reply)

    async def release(self, key: str, lease_id: str) -> None:
        await self._call(self._redis.zrem(self._prefix + key, lease_id))

    async def close(self) -> None:
        if self._owns_client:
            await self._redis.aclose()


def _decision(limit: int, allowed: Any, wait_ms: Any, count: Any) -> Decision:
    """A script's `{allowed, ms to wait, count}` as a decision (a wait of at least 1 s)."""
    if allowed:
        return Decision(allowed=True, retry_after=0, remaining=max(0, limit - int(count)))
    return Decision(allowed=False, retry_after=max(1, math.ceil(int(wait_ms) / 1000)), remaining=0)
