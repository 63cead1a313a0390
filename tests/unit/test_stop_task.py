"""`stop_task` ends a task even when a library swallowed its first cancellation."""

from __future__ import annotations

import asyncio

import pytest

from realtime.tasks import stop_task


async def _swallows_first_cancel(stopped: asyncio.Event) -> None:
    # What redis-py's get_message(timeout=...) does when the cancel races its timeout:
    # the cancellation turns into "no message" and the listener loops on.
    while True:
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            if stopped.is_set():
                raise
            stopped.set()


async def test_a_task_that_swallowed_its_cancellation_is_asked_again() -> None:
    stopped = asyncio.Event()
    task = asyncio.create_task(_swallows_first_cancel(stopped))
    await asyncio.sleep(0)
    stopper = asyncio.create_task(stop_task(task))
    # Not wait_for: cancelling the stopper on timeout would cancel the task a second time.
    done, _ = await asyncio.wait({stopper}, timeout=5)
    assert done, "stop_task still waits on a task that swallowed its cancellation"
    assert stopped.is_set()
    assert task.cancelled()


async def test_the_exception_a_task_ended_with_reaches_the_caller_unless_quiet() -> None:
    async def fails() -> None:
        raise ValueError("boom")

    task = asyncio.create_task(fails())
    await asyncio.sleep(0)
    with pytest.raises(ValueError, match="boom"):
        await stop_task(task)
    quiet = asyncio.create_task(fails())
    await asyncio.sleep(0)
    await stop_task(quiet, quiet=True)


async def test_the_callers_own_cancellation_propagates() -> None:
    stopped = asyncio.Event()
    task = asyncio.create_task(_swallows_first_cancel(stopped))
    await asyncio.sleep(0)
    stopper = asyncio.create_task(stop_task(task))
    await asyncio.sleep(0.1)  # the task swallowed the first cancel; the stopper waits
    assert stopped.is_set()
    stopper.cancel()
    with pytest.raises(asyncio.CancelledError):
        await stopper
    await stop_task(task)
    assert task.cancelled()
