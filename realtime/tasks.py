"""Stopping a background task that a service owns."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

__all__ = ["stop_task"]

#: Seconds to wait for a cancelled task before asking it again.
RECANCEL_S = 0.5


async def stop_task(task: asyncio.Future[Any] | None, *, quiet: bool = False) -> None:
    """Cancel `task` (None: nothing to stop) and wait until it has ended.

    A library may swallow a cancellation that lands as its own timeout expires: redis-py's
    `PubSub.get_message(timeout=...)` then returns None, and a listener looping on it would
    never end. So the task is asked again every `RECANCEL_S` until it has ended.

    Its cancellation is not the caller's error; with `quiet`, neither is any exception it
    ended with (a task that logs its own failures). A cancellation of the caller itself
    propagates.
    """
    if task is None:
        return
    task.cancel()
    while not task.done():
        await asyncio.wait({task}, timeout=RECANCEL_S)
        task.cancel()
    with contextlib.suppress(asyncio.CancelledError, *((Exception,) if quiet else ())):
        task.result()
