"""A room's write path: every update it applies is stored, in order, or held until it can be.

While the store answers, an update is written before it is relayed (the room waits up to
`wait_s` for that). When the store stops answering, the room keeps editing in memory: updates
are relayed at once and held here in arrival order. Once the store answers again, the room
resynchronises (`resync`: it merges what others stored meanwhile and appends everything the
store lacks, which covers every held update), then the updates that arrived during that
resynchronisation drain in order behind it. There is no window in which an applied update is
neither stored nor held: that window lost hundreds of edits per Redis restart before.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Awaitable, Callable

from realtime.stores.base import RoomStore, StoreUnavailableError
from realtime.tasks import stop_task

__all__ = ["RoomWriter"]

logger = logging.getLogger(__name__)

_FIRST_RETRY_S = 0.1
_MAX_RETRY_S = 2.0


class RoomWriter:
    """Stores one room's updates in the order the room applied them.

    All methods run on the event loop; one write is in flight at a time, so the log holds a
    room's updates in the order this process applied them.
    """

    def __init__(
        self,
        room_id: str,
        store: RoomStore,
        *,
        resync: Callable[[], Awaitable[None]],
        on_lost: Callable[[StoreUnavailableError], None],
        on_back: Callable[[], None],
        on_stored: Callable[[int], None],
    ) -> None:
        """Create an idle writer.

        Args:
            room_id: The room whose log is written.
            store: The room store.
            resync: After an outage: merge the stored document into the room's and append
                all the store lacks. It must cover every update applied before it was called.
            on_lost: Called once when the store stops answering.
            on_back: Called once when the store answers again and nothing is missing.
            on_stored: Called with the number of updates appended (for compaction).
        """
        self._room_id = room_id
        self._store = store
        self._resync = resync
        self._on_lost = on_lost
        self._on_back = on_back
        self._on_stored = on_stored
        self._held: deque[tuple[bytes, asyncio.Future[None] | None]] = deque()
        self._writing = False
        self._task: asyncio.Task[None] | None = None
        self._down = False
        self._needs_resync = False

    @property
    def down(self) -> bool:
        """True from a failed write or read until the store took everything held."""
        return self._down

    @property
    def idle(self) -> bool:
        """True when everything applied is stored and nothing is being written."""
        return not self._held and not self._writing and not self._down

    async def write(self, update: bytes, *, wait_s: float) -> None:
        """Store `update` after every update written before it.

        Returns once it is stored, after `wait_s` if the store is slow, or at once while the
        store is down; an update not yet stored stays held and is stored later, in order.
        """
        if self._writing or self._down:
            waiter = None if self._down else asyncio.get_running_loop().create_future()
            self._held.append((update, waiter))
            self._drain_soon()
            if waiter is not None:
                await asyncio.wait([waiter], timeout=wait_s)
            return
        # Nothing ahead of it: write inline, with no task hop (the common case).
        self._writing = True
        try:
            await self._store.append(self._room_id, update)
        except StoreUnavailableError as exc:
            # The update is in the room's document, so the resync will store it.
            self._fail(exc)
        else:
            self._on_stored(1)
        finally:
            self._writing = False
            if self._held or self._needs_resync:
                self._drain_soon()

    def lost(self, exc: StoreUnavailableError) -> None:
        """The store failed elsewhere (reading the log, compacting): resynchronise when back."""
        self._fail(exc)
        self._drain_soon()

    async def close(self, *, flush_s: float = 0.0) -> None:
        """Stop writing, first giving held updates up to `flush_s` seconds to reach the store."""
        if flush_s > 0 and not self.idle and self._task is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(self._task), flush_s)
        await stop_task(self._task, quiet=True)
        for _update, waiter in self._held:
            if waiter is not None and not waiter.done():
                waiter.cancel()

    def _fail(self, exc: StoreUnavailableError) -> None:
        self._needs_resync = True
        if not self._down:
            self._down = True
            self._on_lost(exc)

    def _drain_soon(self) -> None:
        if self._task is None and not self._writing:
            self._writing = True
            self._task = asyncio.create_task(self._drain(), name=f"write:{self._room_id}")

    async def _drain(self) -> None:
        delay = _FIRST_RETRY_S
        try:
            while self._held or self._needs_resync:
                try:
                    if self._needs_resync:
                        covered = len(self._held)
                        await self._resync()
                        self._needs_resync = False
                        self._settle(covered)
                    else:
                        batch = [update for update, _waiter in self._held]
                        await self._store.append_many(self._room_id, batch)
                        self._settle(len(batch))
                        self._on_stored(len(batch))
                except StoreUnavailableError as exc:
                    self._fail(exc)
                    await asyncio.sleep(delay)
                    delay = min(delay * 2, _MAX_RETRY_S)
                    continue
                except Exception:
                    # A bug must not lose held updates: resynchronise after a pause.
                    logger.exception(
                        "storing the room's updates failed", extra={"room": self._room_id}
                    )
                    self._needs_resync = True
                    await asyncio.sleep(_MAX_RETRY_S)
                    continue
                delay = _FIRST_RETRY_S
                if self._down and not self._needs_resync:
                    self._down = False
                    self._on_back()
        finally:
            self._task = None
            self._writing = False

    def _settle(self, count: int) -> None:
        for _ in range(count):
            _update, waiter = self._held.popleft()
            if waiter is not None and not waiter.done():
                waiter.set_result(None)
