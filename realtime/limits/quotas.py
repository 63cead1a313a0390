"""The product's quotas, per user and per room, on top of a `LimitStore`."""

from __future__ import annotations

from dataclasses import dataclass

from realtime.limits.base import LimitStore

__all__ = ["QuotaLimits", "Quotas", "RateLimitedError"]

_MINUTE = 60
_DAY = 24 * 3600


class RateLimitedError(Exception):
    """A quota is used up: HTTP 429 with `Retry-After`, or an `error` event on the socket."""

    def __init__(self, message: str, retry_after: int) -> None:
        """Record a human message and the whole seconds to wait."""
        super().__init__(message)
        self.message = message
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class QuotaLimits:
    """How much one user or room may do (see the settings of the same names).

    Attributes:
        runs_per_minute: Runs one user may start per minute.
        room_runs_per_minute: Runs one room may start per minute (all users together).
        concurrent_runs: Runs one user may have going at once.
        analyses_per_day: Analysis calls one user may make per day.
        rooms_per_day: Rooms one user may create per day.
        connections_per_user: WebSocket connections one user may hold at once.
        run_lease_seconds: A run's concurrency slot is freed after this even if nobody
            releases it (a crashed server must not lock the user out).
        connection_lease_seconds: Same for connection slots; refreshed while connected.
    """

    runs_per_minute: int = 10
    room_runs_per_minute: int = 30
    concurrent_runs: int = 2
    analyses_per_day: int = 50
    rooms_per_day: int = 20
    connections_per_user: int = 10
    run_lease_seconds: int = 120
    connection_lease_seconds: int = 900


class Quotas:
    """Counts and refuses; every `check`/`begin` raises `RateLimitedError` when over."""

    def __init__(self, store: LimitStore, limits: QuotaLimits) -> None:
        """Use `store` for the counters and `limits` for the ceilings."""
        self.store = store
        self.limits = limits

    async def check_run_rate(self, user_id: str, room_id: str) -> None:
        """Count one run start against the per-minute budgets of the user and the room."""
        await self._hit(
            f"runs:user:{user_id}", self.limits.runs_per_minute, _MINUTE, "runs per minute"
        )
        await self._hit(
            f"runs:room:{room_id}",
            self.limits.room_runs_per_minute,
            _MINUTE,
            "runs per minute in this room",
        )

    async def begin_run(self, user_id: str, run_id: str) -> None:
        """Take one of the user's concurrent-run slots; `end_run` gives it back.

        The slot expires after `run_lease_seconds` even if `end_run` is never called.
        """
        lease = await self.store.acquire(
            f"runs:active:{user_id}",
            run_id,
            self.limits.concurrent_runs,
            self.limits.run_lease_seconds,
        )
        if not lease.allowed:
            raise RateLimitedError(
                f"at most {self.limits.concurrent_runs} runs at a time", lease.retry_after
            )

    async def end_run(self, user_id: str, run_id: str) -> None:
        """Free the run's concurrency slot."""
        await self.store.release(f"runs:active:{user_id}", run_id)

    async def check_analysis(self, user_id: str) -> None:
        """Count one analysis call against the user's daily budget."""
        await self._hit(
            f"analysis:{user_id}", self.limits.analyses_per_day, _DAY, "analyses per day"
        )

    async def check_room_create(self, user_id: str) -> None:
        """Count one room creation against the user's daily budget."""
        await self._hit(f"rooms:{user_id}", self.limits.rooms_per_day, _DAY, "new rooms per day")

    async def open_connection(self, user_id: str, connection_id: str) -> None:
        """Take a connection slot (calling again refreshes its lease)."""
        lease = await self.store.acquire(
            f"conns:{user_id}",
            connection_id,
            self.limits.connections_per_user,
            self.limits.connection_lease_seconds,
        )
        if not lease.allowed:
            raise RateLimitedError(
                f"at most {self.limits.connections_per_user} connections per user",
                lease.retry_after,
            )

    async def close_connection(self, user_id: str, connection_id: str) -> None:
        """Free a connection slot."""
        await self.store.release(f"conns:{user_id}", connection_id)

    async def _hit(self, key: str, limit: int, window: int, what: str) -> None:
        """Count one against `key`; over `limit` in `window` s, refuse "at most <limit> <what>"."""
        decision = await self.store.hit(key, limit, window)
        if not decision.allowed:
            raise RateLimitedError(f"at most {limit} {what}", decision.retry_after)
