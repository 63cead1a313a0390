"""Stopping a background task that a service owns."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

__all__ = ["stop_task"]


async def stop_task(task: asyncio.Future[Any] | None, *, quiet: bool = False) -> None:
    """Cancel `task` (None: nothing to stop) and wait until it has ended.

    Its cancellation is not the caller's error; with `quiet`, neither is any exception it
    ended with (a task that logs its own failures).
    """
    if task is None:
        return
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError, *((Exception,) if quiet else ())):
        await task
