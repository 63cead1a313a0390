"""What every backend's warm sandbox offers the runner: stdio pipes, limits, measurements."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import signal
import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from pathlib import Path

from sandbox.errors import SandboxUnavailableError
from sandbox.limits import Measurement
from sandbox.output import TAG_READY

READY_FRAME = TAG_READY + b"\x00\x00\x00\x00"
_counter = itertools.count()


def new_sandbox_id() -> str:
    """A unique, filesystem-safe sandbox id."""
    return f"cr-{os.getpid()}-{next(_counter)}-{os.urandom(3).hex()}"


class Sandbox(ABC):
    """One one-shot sandbox: started warm (agent waiting for its job), used once, destroyed."""

    def __init__(self) -> None:
        self.id = new_sandbox_id()
        self.process: asyncio.subprocess.Process | None = None
        self.start_latency_ms = 0.0
        self.destroyed = False

    @abstractmethod
    async def _spawn(self) -> asyncio.subprocess.Process:
        """Start the process whose stdio are the agent's."""

    @abstractmethod
    def begin_run(self) -> None:
        """Apply the limits that only matter once user code runs; reset the counters."""

    @abstractmethod
    def measure(self) -> Measurement:
        """CPU time and peak memory since `begin_run` (call before `destroy`)."""

    @abstractmethod
    async def _cleanup(self) -> None:
        """Remove host-side state (cgroups, state directories) after the process is gone."""

    def _kill_everything(self) -> None:
        """SIGKILL every process of the sandbox, from outside."""
        if self.process is not None and self.process.returncode is None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.process.pid, signal.SIGKILL)

    @property
    def alive(self) -> bool:
        """Whether the sandbox process still runs (health check of a warm sandbox).

        A process killed a moment ago is a zombie until asyncio reaps it, so /proc is asked
        too: a warm sandbox that died is never handed to a run.
        """
        if self.process is None or self.process.returncode is not None or self.destroyed:
            return False
        try:
            stat = Path(f"/proc/{self.process.pid}/stat").read_text()
        except OSError:
            return False
        return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")

    async def start(self, start_timeout_s: float) -> None:
        """Start and wait until the agent says it is ready.

        Raises:
            SandboxUnavailableError: The sandbox did not become ready (with what it printed).
        """
        began = time.perf_counter()
        try:
            self.process = await self._spawn()
            assert self.process.stdout is not None
            frame = await asyncio.wait_for(self.process.stdout.readexactly(5), start_timeout_s)
        except asyncio.CancelledError:
            await self.destroy()  # the pool is closing: leave nothing running
            raise
        except (asyncio.IncompleteReadError, TimeoutError, OSError) as exc:
            detail = await self._stderr_tail()
            await self.destroy()
            raise SandboxUnavailableError(f"sandbox did not start: {exc!r} {detail}") from exc
        if frame != READY_FRAME:
            await self.destroy()
            raise SandboxUnavailableError(f"sandbox agent sent {frame!r} instead of ready")
        self.start_latency_ms = (time.perf_counter() - began) * 1000

    async def _stderr_tail(self) -> str:
        if self.process is None or self.process.stderr is None:
            return ""
        self._kill_everything()
        try:
            data = await asyncio.wait_for(self.process.stderr.read(4096), 2)
        except (TimeoutError, OSError):
            return ""
        return data.decode("utf-8", "replace").strip()

    def kill(self) -> None:
        """Kill the whole sandbox now (timeouts, cancel, output limit); never a signal inside."""
        self._kill_everything()

    async def destroy(self) -> None:
        """Kill whatever is left, reap the process and remove host-side state. Idempotent."""
        if self.destroyed:
            return
        self.destroyed = True
        self._kill_everything()
        if self.process is not None:
            for stream in (self.process.stdin,):
                if stream is not None:
                    stream.close()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.process.wait(), 10)
        await self._cleanup()


SandboxFactory = Callable[[], Sandbox]
