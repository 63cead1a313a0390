"""Run store in this process (development, one server)."""

from __future__ import annotations

import time
from collections import OrderedDict

from realtime.runs.records import RunRecord
from realtime.runs.store import RUNS_KEPT_PER_ROOM


class MemoryRunStore:
    """Dicts guarded by the event loop (no awaits between read and write)."""

    def __init__(self, kept_per_room: int = RUNS_KEPT_PER_ROOM) -> None:
        """Keep at most `kept_per_room` runs per room."""
        self._kept = kept_per_room
        self._locks: dict[str, tuple[str, float]] = {}
        self._runs: dict[str, OrderedDict[str, RunRecord]] = {}

    async def try_lock(self, room_id: str, run_id: str, ttl_s: float) -> bool:
        """Take the live-run lock (expired locks are free)."""
        held = self._locks.get(room_id)
        if held is not None and held[1] > time.monotonic() and held[0] != run_id:
            return False
        self._locks[room_id] = (run_id, time.monotonic() + ttl_s)
        return True

    async def unlock(self, room_id: str, run_id: str) -> None:
        """Release the lock if `run_id` holds it."""
        held = self._locks.get(room_id)
        if held is not None and held[0] == run_id:
            del self._locks[room_id]

    async def live_run(self, room_id: str) -> str | None:
        """The lock holder, if the lock has not expired."""
        held = self._locks.get(room_id)
        return held[0] if held is not None and held[1] > time.monotonic() else None

    async def save(self, record: RunRecord) -> None:
        """Insert or replace, dropping the oldest beyond the bound."""
        runs = self._runs.setdefault(record.room_id, OrderedDict())
        runs[record.run_id] = RunRecord.from_json(record.to_json())
        while len(runs) > self._kept:
            runs.popitem(last=False)

    async def list(self, room_id: str, limit: int = RUNS_KEPT_PER_ROOM) -> list[RunRecord]:
        """Oldest first, the newest `limit`."""
        runs = list(self._runs.get(room_id, OrderedDict()).values())
        return runs[-limit:] if limit > 0 else []

    async def get(self, room_id: str, run_id: str) -> RunRecord | None:
        """One record."""
        runs = self._runs.get(room_id)
        return runs.get(run_id) if runs is not None else None

    async def close(self) -> None:
        """Nothing to release."""
