"""In-process room store: the embedded default (documents live as long as the process)."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from pycrdt import merge_updates

from realtime.stores.base import RoomState, RoomStore, StoredUpdate

__all__ = ["MemoryRoomStore"]


@dataclass(slots=True)
class _Log:
    snapshot: bytes | None = None
    snapshot_id: str | None = None
    snapshot_at_ms: int | None = None
    updates: list[StoredUpdate] = field(default_factory=list)
    last_ms: int = 0
    seq: int = 0


class MemoryRoomStore(RoomStore):
    """Snapshot plus update log per room, kept in this process with the same ids as Redis."""

    shared = False

    def __init__(
        self,
        *,
        compaction_threshold: int = 500,
        clock_ms: Callable[[], int] = lambda: time.time_ns() // 1_000_000,
    ) -> None:
        """Create an empty store.

        Args:
            compaction_threshold: Log length after the snapshot that triggers compaction.
            clock_ms: Wall clock in epoch milliseconds (injectable for tests).
        """
        self.instance_id = uuid.uuid4().hex
        self.compaction_threshold = compaction_threshold
        self._clock_ms = clock_ms
        self._logs: dict[str, _Log] = {}
        self._authors: dict[str, dict[int, str]] = {}

    async def load(self, room_id: str) -> RoomState:
        """Return the room's snapshot and log (empty for a new room)."""
        log = self._logs.get(room_id) or _Log()
        return RoomState(log.snapshot, log.snapshot_id, log.snapshot_at_ms, tuple(log.updates))

    async def append(self, room_id: str, update: bytes) -> str:
        """Append one update; ids are `<ms>-<seq>` like Redis stream ids."""
        log = self._logs.setdefault(room_id, _Log())
        now = max(self._clock_ms(), log.last_ms)
        log.seq = log.seq + 1 if now == log.last_ms else 0
        log.last_ms = now
        entry_id = f"{now}-{log.seq}"
        log.updates.append(StoredUpdate(entry_id, now, update, self.instance_id))
        return entry_id

    async def compact(self, room_id: str) -> bool:
        """Fold the log into the snapshot once it passed the threshold."""
        log = self._logs.get(room_id)
        if log is None or len(log.updates) < self.compaction_threshold:
            return False
        parts = [u.update for u in log.updates]
        if log.snapshot is not None:
            parts.insert(0, log.snapshot)
        last = log.updates[-1]
        # Single-threaded: nothing can run between these assignments.
        log.snapshot = merge_updates(*parts)
        log.snapshot_id = last.id
        log.snapshot_at_ms = last.at_ms
        log.updates = []
        return True

    async def record_authors(self, room_id: str, authors: dict[int, str]) -> None:
        """Keep each client id's first author."""
        known = self._authors.setdefault(room_id, {})
        for client, author in authors.items():
            known.setdefault(client, author)

    async def authors(self, room_id: str) -> dict[int, str]:
        """The room's recorded client ids and authors."""
        return dict(self._authors.get(room_id, {}))
