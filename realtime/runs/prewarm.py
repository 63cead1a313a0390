"""Warm a sandbox for a room's language as soon as the room names it, before its first run.

A room that switches to Java would otherwise pay a cold start (hundreds of milliseconds to
seconds under gVisor) on its first Run press. The pool's `prewarm(language)` keeps at least
one warm sandbox of that language; this asks for it in the background, once at a time per
language, and never lets a failure reach the room (a run still works cold).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from sandbox.errors import SandboxError
from sandbox.interfaces import SandboxPool
from sandbox.languages.registry import load_registry

__all__ = ["Prewarmer"]

log = logging.getLogger(__name__)


class Prewarmer:
    """Asks the sandbox pool to warm sandboxes of a language, in the background.

    Args:
        pool: Gives the started pool (the run service's provider); a pool that cannot be had
            (runs not enabled here, still starting) means nothing is warmed.
    """

    def __init__(self, pool: Callable[[], Awaitable[SandboxPool]]) -> None:
        self._pool = pool
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self.requested = 0

    def request(self, language: str) -> None:
        """Warm `language` unless it is the default (always warm), unknown, or on its way."""
        registry = load_registry()
        if language == registry.default or language not in registry.ids:
            return
        running = self._tasks.get(language)
        if running is not None and not running.done():
            return
        self.requested += 1
        task = asyncio.create_task(self._prewarm(language), name=f"prewarm:{language}")
        self._tasks[language] = task

    async def _prewarm(self, language: str) -> None:
        try:
            pool = await self._pool()
        except SandboxError as exc:
            log.debug("no pool to warm %s: %s", language, exc)
            return
        try:
            await pool.prewarm(language)
        except Exception as exc:  # a cold first run still works: say so in the log only
            log.warning("warming a %s sandbox failed: %s", language, exc)

    async def close(self) -> None:
        """Stop warm-ups in flight (shutdown)."""
        for task in self._tasks.values():
            task.cancel()
        await asyncio.gather(*self._tasks.values(), return_exceptions=True)
        self._tasks.clear()
