"""Waiting out the end of a rate limit's fixed window, so a test's hits all land in one.

Both limit stores align windows to the epoch (the memory store to this host's clock, the Redis
store to the server's, the same clock here): a test that counts hits against a limit fails if
its hits straddle a boundary, which a loaded machine makes likelier by spreading them out.
"""

from __future__ import annotations

import asyncio
import time

MINUTE = 60
DAY = 24 * 3600


async def clear_of_window_ends(*windows_s: int, margin_s: float) -> None:
    """Return once none of the current `windows_s` windows ends within `margin_s` seconds.

    Sleeps past the nearest boundary when one is closer than that (at most `margin_s`).
    """
    assert all(margin_s < w for w in windows_s), "a margin must be shorter than its window"
    while True:
        now = time.time()
        left = [w - now % w for w in windows_s]
        close = [s for s in left if s < margin_s]
        if not close:
            return
        await asyncio.sleep(max(close) + 0.01)
