"""Collect requests that arrive close together and hand them over as one batch.

A batch goes out when it reaches `max_size`, or when no new request has arrived for `window_s`
(requests arriving within the window of each other are grouped), but never later than
`max_wait_s` after its first request. Each caller gets its own item's result (or the batch's
exception). Grouping by gaps rather than by a fixed window from the first arrival keeps a burst
that trickles in (64 calls dispatched one by one through Ray) in full batches.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

Handler = Callable[[Sequence[Item]], Awaitable[Sequence[Result]]]


class MicroBatcher(Generic[Item, Result]):
    """Groups `submit` calls into batches for `handler` (one result per item, same order).

    Args:
        handler: Processes one batch; returns one result per item, in order.
        window_s: Quiet gap after the latest item that closes a batch.
        max_size: Items per batch at most.
        max_wait_s: Longest the first item of a batch waits (default: four windows).
        on_batch: Called with each batch's size (metrics).
    """

    def __init__(
        self,
        handler: Handler[Item, Result],
        window_s: float = 0.05,
        max_size: int = 8,
        on_batch: Callable[[int], None] | None = None,
        max_wait_s: float | None = None,
    ) -> None:
        self._handler = handler
        self._window = window_s
        self._max = max_size
        self._max_wait = 4 * window_s if max_wait_s is None else max_wait_s
        self._first_at = 0.0
        self._on_batch = on_batch
        self._pending: list[tuple[Item, asyncio.Future[Result]]] = []
        self._timer: asyncio.TimerHandle | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    async def submit(self, item: Item) -> Result:
        """Queue `item` and wait for its result."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Result] = loop.create_future()
        self._pending.append((item, future))
        if len(self._pending) >= self._max:
            self._flush()
        else:
            now = loop.time()
            if len(self._pending) == 1:
                self._first_at = now
            if self._timer is not None:
                self._timer.cancel()
            deadline = min(now + self._window, self._first_at + self._max_wait)
            self._timer = loop.call_at(deadline, self._flush)
        return await future

    def _flush(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        while self._pending:
            batch, self._pending = self._pending[: self._max], self._pending[self._max :]
            task = asyncio.get_running_loop().create_task(self._run(batch))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _run(self, batch: list[tuple[Item, asyncio.Future[Result]]]) -> None:
        if self._on_batch is not None:
            self._on_batch(len(batch))
        try:
            results = await self._handler([item for item, _ in batch])
        except Exception as exc:
            for _, future in batch:
                if not future.done():
                    future.set_exception(exc)
            return
        for (_, future), result in zip(batch, results, strict=True):
            if not future.done():
                future.set_result(result)

    async def aclose(self) -> None:
        """Send what is pending and wait for batches in flight."""
        if self._pending:
            self._flush()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
