"""What every backend's warm sandbox offers the runner: stdio pipes, limits, measurements.

A backend only starts a sandbox, hands the runner its stdio streams, kills it and measures it;
verdicts, output parsing, `input_wanted`, sanitising and limits are the runner's, the same
for every backend. The streams have the shape of `asyncio.subprocess.Process` (a local
`runsc` process is one as it is; a Kubernetes pod's attach stream is wrapped to look alike).
"""

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
from typing import Protocol

from sandbox.errors import SandboxUnavailableError
from sandbox.limits import Measurement
from sandbox.output import TAG_READY

READY_FRAME = TAG_READY + b"\x00\x00\x00\x00"
_counter = itertools.count()


def new_sandbox_id() -> str:
    """A unique, filesystem-safe sandbox id."""
    return f"cr-{os.getpid()}-{next(_counter)}-{os.urandom(3).hex()}"


def pid_alive(pid: int) -> bool:
    """Whether process `pid` exists (someone else's process counts: it is alive)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# /proc/<pid>/stat's flags: the task has begun to exit.
_PF_EXITING = 0x4
# Bit of SIGKILL in /proc/<pid>/status's pending-signal masks (signal n is bit n - 1).
_SIGKILL_BIT = 1 << (signal.SIGKILL - 1)


class StdinPipe(Protocol):
    """The agent's fd 0 as the runner writes it (an `asyncio.StreamWriter` fits)."""

    def write(self, data: bytes) -> None:
        """Queue bytes."""
        ...

    async def drain(self) -> None:
        """Wait until queued bytes are on their way."""
        ...

    def close(self) -> None:
        """EOF on the agent's stdin."""
        ...


class SandboxProcess(Protocol):
    """The agent's stdio and exit status (`asyncio.subprocess.Process` fits as it is).

    `wait()` returns the exit status as a container runtime reports it: the code, 128 + n for
    signal n, or a negative number for a process the host killed by signal.
    """

    @property
    def stdin(self) -> StdinPipe | None:
        """The agent's fd 0."""
        ...

    @property
    def stdout(self) -> asyncio.StreamReader | None:
        """The agent's frames (fd 1)."""
        ...

    @property
    def stderr(self) -> asyncio.StreamReader | None:
        """Raw bytes the interpreter itself writes (fd 2)."""
        ...

    @property
    def returncode(self) -> int | None:
        """The exit status once known, else None."""
        ...

    async def wait(self) -> int:
        """Wait for the exit and return its status."""
        ...


async def spawn_piped(
    argv: list[str], *, env: dict[str, str], cwd: Path, preexec_fn: Callable[[], object] | None
) -> asyncio.subprocess.Process:
    """A local process whose stdio are pipes to the host, in a process group of its own.

    The group is what `Sandbox.kill` signals.
    """
    return await asyncio.create_subprocess_exec(
        *argv,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        start_new_session=True,
        env=env,
        cwd=str(cwd),
        preexec_fn=preexec_fn,
    )


class Sandbox(ABC):
    """One one-shot sandbox: started warm (agent waiting for its job), used once, destroyed."""

    def __init__(self) -> None:
        self.id = new_sandbox_id()
        self.process: SandboxProcess | None = None
        self.start_latency_ms = 0.0
        self.destroyed = False

    @abstractmethod
    async def _spawn(self) -> SandboxProcess:
        """Start the process whose stdio are the agent's."""

    @abstractmethod
    def begin_run(self) -> None:
        """Apply the limits that only matter once user code runs; reset the counters."""

    @abstractmethod
    def measure(self) -> Measurement:
        """CPU time and peak memory since `begin_run` (call before `destroy`); None if unknown."""

    async def settle_measurements(self) -> None:
        """Called once the agent exited, before the last `measure()`.

        Local counters are exact at once; a backend whose counters are sampled elsewhere
        (the kubelet's) waits here, boundedly, for a sample taken after the exit.
        """
        return  # counters read on the spot need no wait

    @abstractmethod
    async def _cleanup(self) -> None:
        """Remove host-side state (cgroups, state directories) after the process is gone."""

    def kill(self) -> None:
        """Kill the whole sandbox now (timeouts, cancel, output limit); never a signal inside.

        Locally: SIGKILL to the sandbox's process group, from outside.
        """
        process = self.process
        if isinstance(process, asyncio.subprocess.Process) and process.returncode is None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)

    @property
    def alive(self) -> bool:
        """Whether the sandbox process still runs (health check of a warm sandbox).

        A process killed a moment ago is a zombie until asyncio reaps it, so /proc is asked
        too: a warm sandbox that died is never handed to a run.
        """
        process = self.process
        if not isinstance(process, asyncio.subprocess.Process):
            return False  # backends with another kind of process say so themselves
        if process.returncode is not None or self.destroyed:
            return False
        try:
            stat = Path(f"/proc/{process.pid}/stat").read_text()
            status = Path(f"/proc/{process.pid}/status").read_text()
        except OSError:
            return False
        fields = stat.rsplit(")", 1)[1].split()
        if fields[0] in ("Z", "X") or int(fields[6]) & _PF_EXITING:
            return False
        # Killed a moment ago but not yet scheduled to die (a loaded host): SIGKILL pending.
        pending = (
            int(line.split()[1], 16)
            for line in status.splitlines()
            if line.startswith(("SigPnd:", "ShdPnd:"))
        )
        return not any(mask & _SIGKILL_BIT for mask in pending)

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
        self.kill()
        try:
            data = await asyncio.wait_for(self.process.stderr.read(4096), 2)
        except (TimeoutError, OSError):
            return ""
        return data.decode("utf-8", "replace").strip()

    async def destroy(self) -> None:
        """Kill whatever is left, reap the process and remove host-side state. Idempotent."""
        if self.destroyed:
            return
        self.destroyed = True
        self.kill()
        if self.process is not None:
            if self.process.stdin is not None:
                self.process.stdin.close()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.process.wait(), 10)
        await self._cleanup()
