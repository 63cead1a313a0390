"""Relaxed mode: the agent as a plain subprocess with rlimits. NOT a security boundary.

Only for machines without gVisor (laptops, CI without runsc). Refused in production by the
settings; the pool logs a loud warning whenever it is used. Memory and CPU are measured by
polling /proc, so they are approximate.
"""

from __future__ import annotations

import asyncio
import contextlib
import resource
import shutil
import tempfile
from pathlib import Path

from sandbox.backends.base import Sandbox, spawn_piped
from sandbox.backends.runsc import SANDBOX_ENV
from sandbox.limits import Measurement
from sandbox.rootfs import AGENT_SOURCE, host_python
from sandbox.settings import SandboxSettings

_TICKS = 100  # USER_HZ, the unit of utime/stime in /proc/<pid>/stat on Linux


class RelaxedSandbox(Sandbox):
    """An agent in a subprocess with rlimits and a private working directory."""

    def __init__(self, settings: SandboxSettings) -> None:
        super().__init__()
        self.settings = settings
        self.workdir = Path(tempfile.mkdtemp(prefix="coderemote-relaxed-"))
        self._peak = 0
        self._cpu_ms = 0.0
        self._poller: asyncio.Task[None] | None = None

    def _limits(self) -> None:
        for name, soft, hard in self.settings.rlimits():
            # RLIMIT_NPROC counts every process of the host uid here, not the sandbox's.
            if name != "RLIMIT_NPROC":
                resource.setrlimit(getattr(resource, name), (soft, hard))

    async def _spawn(self) -> asyncio.subprocess.Process:
        argv = [str(host_python(self.settings.python)), "-I", "-S", str(AGENT_SOURCE)]
        env = dict(item.split("=", 1) for item in SANDBOX_ENV)
        return await spawn_piped(argv, env=env, cwd=self.workdir, preexec_fn=self._limits)

    def begin_run(self) -> None:
        """Start sampling the process's memory and CPU."""
        self._poller = asyncio.get_running_loop().create_task(self._poll())

    def _sample(self) -> None:
        assert isinstance(self.process, asyncio.subprocess.Process)
        # The agent and the program's process it forks (sandbox/agent.py).
        pids = [self.process.pid]
        with contextlib.suppress(OSError, ValueError):
            children = Path(f"/proc/{pids[0]}/task/{pids[0]}/children").read_text()
            pids += [int(pid) for pid in children.split()]
        peak, cpu_ms = 0, 0.0
        for pid in pids:
            proc = Path(f"/proc/{pid}")
            with contextlib.suppress(OSError, ValueError, IndexError):
                for line in (proc / "status").read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        peak += int(line.split()[1]) * 1024
                fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
                cpu_ms += (int(fields[11]) + int(fields[12])) * 1000 / _TICKS
        self._peak = max(self._peak, peak)
        self._cpu_ms = max(self._cpu_ms, cpu_ms)

    async def _poll(self) -> None:
        while self.process is not None and self.process.returncode is None:
            self._sample()
            await asyncio.sleep(0.02)

    def measure(self) -> Measurement:
        """Last sampled values (approximate in relaxed mode)."""
        return Measurement(cpu_ms=self._cpu_ms, peak_memory_bytes=self._peak)

    async def _cleanup(self) -> None:
        if self._poller is not None:
            self._poller.cancel()
        await asyncio.to_thread(shutil.rmtree, self.workdir, True)
