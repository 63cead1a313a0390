"""The rooms loaded in this process: each starts exactly once and unloads when idle."""

from __future__ import annotations

import asyncio
import logging
import time

from realtime.metrics import RealtimeMetrics
from realtime.protocol import ProtocolError
from realtime.rooms.events import EventRouter
from realtime.rooms.room import Room
from realtime.stores.base import RoomStore, StoreUnavailableError
from realtime.tasks import stop_task

__all__ = ["RoomRegistry"]

logger = logging.getLogger(__name__)


class RoomRegistry:
    """Creates rooms on first join and unloads them after `idle_seconds` without connections.

    Concurrent joins of a room that is not loaded yet share one start-up future, so a
    reconnect storm loads the document from the store once.
    """

    def __init__(
        self,
        store: RoomStore,
        events: EventRouter,
        metrics: RealtimeMetrics,
        *,
        idle_seconds: float,
    ) -> None:
        """Create an empty registry; `start` launches the idle sweeper."""
        self.store = store
        self.events = events
        self.metrics = metrics
        self._idle_seconds = idle_seconds
        self._rooms: dict[str, Room] = {}
        self._starting: dict[str, asyncio.Future[Room]] = {}
        self._sweeper: asyncio.Task[None] | None = None
        self.starts = 0
        self.store_ok = True

    def get(self, room_id: str) -> Room | None:
        """The loaded room with this id, if any."""
        return self._rooms.get(room_id)

    def __len__(self) -> int:
        """Number of loaded rooms."""
        return len(self._rooms)

    async def acquire(self, room_id: str) -> Room:
        """The room with this id, loading it from the store once if needed.

        Raises:
            StoreUnavailableError: The store cannot be reached (the join gets code 4503).
        """
        room = self._rooms.get(room_id)
        if room is not None:
            if not room.available:
                raise StoreUnavailableError("the room's store is unavailable")
            return room
        future = self._starting.get(room_id)
        if future is None:
            future = asyncio.ensure_future(self._start(room_id))
            self._starting[room_id] = future
            future.add_done_callback(lambda _f: self._starting.pop(room_id, None))
        # Shielded: one joiner giving up must not cancel the start the others wait for.
        return await asyncio.shield(future)

    async def _start(self, room_id: str) -> Room:
        room = Room(
            room_id,
            self.store,
            self.events,
            self.metrics,
            on_unavailable=self._store_lost,
            on_available=self._store_back,
        )
        try:
            await room.start()
        except Exception as exc:
            if isinstance(exc, StoreUnavailableError):
                self._store_lost()
            await room.stop()
            raise
        self.starts += 1
        self.store_ok = True
        self._rooms[room_id] = room
        self.metrics.rooms.set(len(self._rooms))
        return room

    def _store_lost(self) -> None:
        self.store_ok = False

    def _store_back(self) -> None:
        self.store_ok = all(room.available for room in self._rooms.values())

    async def on_ephemeral(self, room_id: str, origin: str, envelope: bytes) -> None:
        """Route a frame published by another process to the room, if loaded here."""
        room = self._rooms.get(room_id)
        if room is None:
            return
        try:
            await room.receive_ephemeral(envelope)
        except ProtocolError as exc:
            logger.warning("bad frame from process %s: %s", origin, exc, extra={"room": room_id})

    def start(self) -> None:
        """Start the task that unloads idle rooms."""
        self._sweeper = asyncio.create_task(self._sweep_forever(), name="room-sweeper")

    async def _sweep_forever(self) -> None:
        interval = max(0.05, min(self._idle_seconds / 2, 5.0))
        while True:
            await asyncio.sleep(interval)
            try:
                await self.sweep()
            except Exception:
                logger.exception("idle room sweep failed")

    async def sweep(self) -> None:
        """Unload rooms that have had no connection for the grace period and hold no live work."""
        now = time.monotonic()
        for room_id, room in list(self._rooms.items()):
            room.awareness.prune()
            idle = room.idle_since
            if idle is None or now - idle < self._idle_seconds or not room.clean or room.held:
                continue
            # No await between the check and the removal: a join cannot slip in.
            del self._rooms[room_id]
            self.metrics.rooms.set(len(self._rooms))
            await room.stop()
            logger.info("room unloaded after idle period", extra={"room": room_id})

    async def close(self) -> None:
        """Stop the sweeper and every room."""
        await stop_task(self._sweeper)
        rooms = list(self._rooms.values())
        self._rooms.clear()
        for room in rooms:
            await room.stop()
        self.metrics.rooms.set(0)
