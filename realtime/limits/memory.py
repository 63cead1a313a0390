"""Counters in this process: the embedded default (one server, no Redis)."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from realtime.limits.base import Decision, LimitStore

__all__ = ["MemoryLimitStore"]


class MemoryLimitStore(LimitStore):
    """Fixed windows and leases in dicts; expired entries are pruned as they are touched."""

    def __init__(self, *, clock: Callable[[], float] = time.time) -> None:
        """Start empty.

        Args:
            clock: Seconds since the epoch (windows align to it, as in the Redis store).
        """
        self._clock = clock
        self._windows: dict[str, tuple[int, int]] = {}
        self._leases: dict[str, dict[str, float]] = {}

    async def hit(self, key: str, limit: int, window_seconds: int) -> Decision:
        now = self._clock()
        window = int(now // window_seconds)
        start, count = self._windows.get(key, (window, 0))
        if start != window:
            count = 0
        if count >= limit:
            retry = math.ceil((window + 1) * window_seconds - now)
            return Decision(allowed=False, retry_after=max(1, retry), remaining=0)
        self._windows[key] = (window, count + 1)
        return Decision(allowed=True, retry_after=0, remaining=limit - count - 1)

    async def acquire(self, key: str, lease_id: str, limit: int, ttl_seconds: int) -> Decision:
        now = self._clock()
        leases = {k: exp for k, exp in self._leases.get(key, {}).items() if exp > now}
        if lease_id not in leases and len(leases) >= limit:
            self._leases[key] = leases
            retry = math.ceil(min(leases.values()) - now)
            return Decision(allowed=False, retry_after=max(1, retry), remaining=0)
        leases[lease_id] = now + ttl_seconds
        self._leases[key] = leases
        return Decision(allowed=True, retry_after=0, remaining=limit - len(leases))

    async def release(self, key: str, lease_id: str) -> None:
        leases = self._leases.get(key)
        if leases is not None:
            leases.pop(lease_id, None)
            if not leases:
                del self._leases[key]
