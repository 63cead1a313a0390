"""The sandbox pool's public contract, implemented by every backend (runsc, relaxed, Kubernetes)."""

from __future__ import annotations

from collections.abc import AsyncIterator
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


class SandboxPool(Protocol):
    """A warm pool of one-shot sandboxes."""

    async def start(self) -> None:
        """Fill the pool; raises `SandboxUnavailableError` with a fix hint when it cannot."""
        ...

    async def submit(self, request: RunRequest) -> RunHandle:
        """Take a warm sandbox (or queue); raises `PoolBusyError` when the queue is full."""
        ...

    async def close(self) -> None:
        """Destroy every sandbox."""
        ...
