"""The sandbox pool's public contract, implemented by every backend (runsc, relaxed, Kubernetes)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import astuple, dataclass, fields
from typing import Protocol

from sandbox.events import RunEvent, RunRequest


class RunHandle(Protocol):
    """A live run: iterate its events; feed it input; cancel it."""

    def events(self) -> AsyncIterator[RunEvent]:
        """Events in order, ending with exactly one `RunFinished`."""
        ...

    async def send_input(self, text: str) -> None:
        """Append text to the program's stdin (interactive runs)."""
        ...

    async def close_input(self) -> None:
        """Send EOF on stdin."""
        ...

    async def cancel(self) -> None:
        """Kill the sandbox; the run finishes with verdict `cancelled`."""
        ...


@dataclass(frozen=True, slots=True)
class PoolStats:
    """A pool's figures, the one shape every backend reports (metrics, readiness, placement)."""

    warm: int
    busy: int
    starting: int
    queue_depth: int
    runs_total: int
    start_failures: int
    last_start_latency_ms: float
    mean_start_latency_ms: float
    backend: str

    def figures(self) -> dict[str, float]:
        """The numbers, by field name (what crosses Ray and becomes gauges)."""
        return {
            f.name: float(value)
            for f, value in zip(fields(self), astuple(self), strict=True)
            if isinstance(value, int | float)
        }


class SandboxPool(Protocol):
    """A warm pool of one-shot sandboxes."""

    async def start(self) -> None:
        """Fill the pool; raises `SandboxUnavailableError` with a fix hint when it cannot."""
        ...

    async def submit(self, request: RunRequest) -> RunHandle:
        """Take a warm sandbox (or queue); raises `PoolBusyError` when the queue is full."""
        ...

    async def prewarm(self, language: str) -> None:
        """Bring a language into use so its next run finds a warm sandbox (returns at once).

        Raises `UnknownLanguageError` for a language the registry does not have.
        """
        ...

    async def close(self) -> None:
        """Destroy every sandbox."""
        ...
