"""The storage interface every room backend implements (one class per backend)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

__all__ = [
    "EntriesHandler",
    "EphemeralHandler",
    "LostHandler",
    "RoomState",
    "RoomStore",
    "StoreUnavailableError",
    "StoredUpdate",
]

# (room_id, origin instance id, frame) for awareness and app events relayed between processes.
EphemeralHandler = Callable[[str, str, bytes], Awaitable[None]]


class StoreUnavailableError(Exception):
    """The backend cannot be reached right now; callers retry later (close code 4503)."""


#: Receives a room's new log entries written by other processes, oldest first.
EntriesHandler = Callable[[list["StoredUpdate"]], None]
#: Told that the room's log cannot be read because the backend is unreachable.
LostHandler = Callable[[StoreUnavailableError], None]


@dataclass(frozen=True, slots=True)
class StoredUpdate:
    """One Yjs update in a room's log.

    Attributes:
        id: Position in the log; ids compare in log order with `RoomStore.id_key`.
        at_ms: When it was stored (epoch milliseconds).
        update: The Yjs v1 update.
        origin: Instance id of the server process that wrote it.
    """

    id: str
    at_ms: int
    update: bytes
    origin: str


@dataclass(frozen=True, slots=True)
class RoomState:
    """A room as loaded: the compacted snapshot plus every update stored after it."""

    snapshot: bytes | None
    snapshot_id: str | None
    snapshot_at_ms: int | None
    updates: tuple[StoredUpdate, ...]

    @property
    def last_id(self) -> str:
        """Id of the newest entry included in this state ("0-0" for an empty room)."""
        if self.updates:
            return self.updates[-1].id
        return self.snapshot_id or "0-0"


class RoomStore(ABC):
    """Durable storage of room documents as a snapshot plus a log of updates.

    `shared` backends are seen by several server processes: they also carry the log tail
    and ephemeral frames between processes.
    """

    #: Unique id of this server process, stored with each update it writes.
    instance_id: str
    #: True when other server processes may serve the same rooms through this store.
    shared: bool = False
    #: Log length after the snapshot at which rooms ask for a compaction.
    compaction_threshold: int = 500

    @abstractmethod
    async def load(self, room_id: str) -> RoomState:
        """Return the room's snapshot and every update after it (empty for a new room)."""

    @abstractmethod
    async def append(self, room_id: str, update: bytes) -> str:
        """Durably append one update and return its log id."""

    async def append_many(self, room_id: str, updates: list[bytes]) -> str:
        """Durably append updates in order and return the last one's log id.

        Backends that can should do it in one round trip (the Redis store pipelines).
        """
        entry_id = ""
        for update in updates:
            entry_id = await self.append(room_id, update)
        return entry_id

    @abstractmethod
    async def compact(self, room_id: str) -> bool:
        """Merge the snapshot and the log into a new snapshot if the log passed the threshold.

        Returns:
            True when a compaction happened. Loading afterwards yields the same document,
            and a crash at any point loses nothing.
        """

    @abstractmethod
    async def record_authors(self, room_id: str, authors: dict[int, str]) -> None:
        """Record who a Yjs client id belongs to; the first record of a client id stays.

        Args:
            room_id: The room.
            authors: Yjs client id -> the author as JSON text (`{"id", "name"}`).
        """

    @abstractmethod
    async def authors(self, room_id: str) -> dict[int, str]:
        """Every recorded Yjs client id of the room with its author (JSON text)."""

    async def history(self, room_id: str) -> list[StoredUpdate]:
        """Timestamped updates for playback, oldest first.

        Compaction folds old updates into the snapshot, which comes first as one entry
        stamped with the time of the newest update it contains.
        """
        state = await self.load(room_id)
        out: list[StoredUpdate] = []
        if state.snapshot is not None and state.snapshot_id is not None:
            at_ms = state.snapshot_at_ms or 0
            out.append(StoredUpdate(state.snapshot_id, at_ms, state.snapshot, ""))
        out.extend(state.updates)
        return out

    def follow(
        self, room_id: str, after_id: str, on_entries: EntriesHandler, on_lost: LostHandler
    ) -> None:
        """Deliver the log entries appended after `after_id` (shared backends only).

        Calling it again for the same room moves its position forward and replaces the
        handlers. `on_lost` hears when the log cannot be read; following resumes by itself.
        """
        raise NotImplementedError

    def unfollow(self, room_id: str) -> None:  # noqa: B027
        """Stop delivering the room's entries."""

    async def publish_ephemeral(  # noqa: B027
        self, room_id: str, frame: bytes, *, required: bool = False
    ) -> None:
        """Send an awareness or app-event frame to the other processes (shared backends).

        Frames are dropped while the backend is down unless `required`, which raises
        `StoreUnavailableError` instead.
        """

    async def start(self, on_ephemeral: EphemeralHandler) -> None:  # noqa: B027
        """Open connections; `on_ephemeral` receives frames published by other processes."""

    async def ping(self) -> None:  # noqa: B027
        """Raise `StoreUnavailableError` when the backend cannot be reached."""

    async def close(self) -> None:  # noqa: B027
        """Release connections and background tasks."""

    @staticmethod
    def id_key(entry_id: str) -> tuple[int, int]:
        """Sort key of a log id of the form `<ms>-<seq>`."""
        ms, _, seq = entry_id.partition("-")
        return int(ms), int(seq or 0)
