"""Collect requests that arrive close together and hand them over as one batch.

The first request of a batch waits at most `window_s`; a batch that reaches `max_size` goes at
once. Each caller gets its own item's result (or the batch's exception).
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
        window_s: How long the first item of a batch waits for company.
        max_size: Items per batch at most.
        on_batch: Called with each batch's size (metrics).
    """

    def __init__(
        self,
        handler: Handler[Item, Result],
        window_s: float = 0.05,
        max_size: int = 8,
        on_batch: Callable[[int], None] | None = None,
    ) -> None:
        self._handler = handler
        self._window = window_s
        self._max = max_size
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
        elif self._timer is None:
            self._timer = loop.call_later(self._window, self._flush)
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
