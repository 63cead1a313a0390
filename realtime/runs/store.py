"""Where runs are recorded, and the one-live-run-per-room lock (shared across processes)."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from realtime.runs.records import RunRecord

# Runs kept per room for history and playback (oldest dropped first).
RUNS_KEPT_PER_ROOM = 200


@runtime_checkable
class RunStore(Protocol):
    """Run history per room plus the live-run lock."""

    async def try_lock(self, room_id: str, run_id: str, ttl_s: float) -> bool:
        """Take the room's live-run lock for `run_id`; False if another run holds it."""
        ...

    async def unlock(self, room_id: str, run_id: str) -> None:
        """Release the lock if `run_id` still holds it."""
        ...

    async def live_run(self, room_id: str) -> str | None:
        """The run id holding the room's lock, if any."""
        ...

    async def save(self, record: RunRecord) -> None:
        """Insert or replace a run's record (started, then finished)."""
        ...

    async def list(self, room_id: str, limit: int = RUNS_KEPT_PER_ROOM) -> list[RunRecord]:
        """The room's runs, oldest first."""
        ...

    async def get(self, room_id: str, run_id: str) -> RunRecord | None:
        """One run's record."""
        ...

    async def close(self) -> None:
        """Release connections."""
        ...


async def recorded_runs(
    store: RunStore, room_id: str, limit: int = RUNS_KEPT_PER_ROOM
) -> list[RunRecord]:
    """The room's runs, oldest first, as everyone reading them should see them.

    A run is saved when it starts and again when it ends. A record without an end whose run
    no longer holds the room's live-run lock belongs to a server that stopped mid-run (killed,
    or its lock expired before it could record the end): it is shown as ended, not running.
    """
    records = await store.list(room_id, limit)
    if all(r.verdict is not None for r in records):
        return records
    live = await store.live_run(room_id)
    return [r.abandoned() if r.verdict is None and r.run_id != live else r for r in records]
