"""Counters behind the quotas: fixed windows and concurrency leases."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass

__all__ = ["Decision", "LimitStore", "LimitsUnavailableError"]


class LimitsUnavailableError(Exception):
    """The counter store cannot be reached; callers refuse (fail closed) with 503."""


@dataclass(frozen=True, slots=True)
class Decision:
    """The outcome of one counted attempt.

    Attributes:
        allowed: Whether the attempt fits under the limit (and was counted).
        retry_after: Whole seconds until trying again may succeed (0 when allowed).
        remaining: Attempts left in the window after this one.
    """

    allowed: bool
    retry_after: int
    remaining: int


class LimitStore(ABC):
    """Where counters live: in this process or in Redis (shared by every replica)."""

    @abstractmethod
    async def hit(self, key: str, limit: int, window_seconds: int) -> Decision:
        """Count one attempt in the current fixed window of `key`; refuse over `limit`.

        A refused attempt is not counted, so hammering does not extend the wait.
        """

    @abstractmethod
    async def acquire(self, key: str, lease_id: str, limit: int, ttl_seconds: int) -> Decision:
        """Take one of `limit` concurrent leases of `key`.

        Leases expire after `ttl_seconds` so a crashed holder cannot keep a slot forever.
        """

    @abstractmethod
    async def release(self, key: str, lease_id: str) -> None:
        """Give a lease back (no-op when it already expired)."""

    async def close(self) -> None:  # noqa: B027 - optional hook, nothing to do by default
        """Release connections."""
