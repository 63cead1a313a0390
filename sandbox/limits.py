"""cgroup v1 limits and measurements of one sandbox, applied and read from the host.

runsc joins a cgroup that already exists without taking it over (it neither changes its limits
nor deletes it), so the host creates it, sets the limits, reads the counters after the run and
removes it. The sandbox cannot see or write any of these files.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from dataclasses import dataclass
from pathlib import Path

CGROUP_ROOT = Path("/sys/fs/cgroup")
CONTROLLERS = ("memory", "cpu", "cpuacct", "pids")
CFS_PERIOD_US = 100_000
# The sentry and gofer are Go programs with threads of their own, all counted by the pids
# controller; the program's own task limit is RLIMIT_NPROC inside the sandbox.
RUNTIME_THREADS = 160
WARMING_SHARES = 16  # of the default 1024 a warm or running sandbox has
RUNNING_SHARES = 1024


@dataclass(frozen=True, slots=True)
class Measurement:
    """Resource use of one run, read from outside the sandbox.

    `None` means unknown (nothing measured it), never zero: a backend without cgroups, or a
    Kubernetes node whose kubelet had no fresh sample, reports None.
    """

    cpu_ms: float | None = None
    peak_memory_bytes: int | None = None
    oom_killed: bool = False
    memory_limit_hit: bool = False


def cgroups_available(parent: str) -> bool:
    """Whether this host lets us create cgroup v1 groups for every controller we use."""
    probe = f"{parent}/probe-{os.getpid()}"
    made: list[Path] = []
    try:
        for controller in CONTROLLERS:
            path = CGROUP_ROOT / controller / probe
            path.mkdir(parents=True)
            made.append(path)
        return True
    except OSError:
        return False
    finally:
        for path in reversed(made):
            with contextlib.suppress(OSError):
                path.rmdir()


class SandboxCgroup:
    """The cgroups (one per controller) of one sandbox."""

    def __init__(self, parent: str, name: str) -> None:
        self.relative = f"{parent}/{name}"
        self.paths = {c: CGROUP_ROOT / c / self.relative for c in CONTROLLERS}
        self._quota_us: int | None = None  # None: unthrottled

    @property
    def oci_path(self) -> str:
        """`linux.cgroupsPath` for the OCI spec."""
        return "/" + self.relative

    def _write(self, controller: str, name: str, value: int | str) -> None:
        (self.paths[controller] / name).write_text(str(value))

    def _read_int(self, controller: str, name: str) -> int:
        try:
            return int((self.paths[controller] / name).read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return 0

    def create(self, memory_bytes: int, pids: int) -> None:
        """Create the groups and set the limits that hold from the start."""
        for path in self.paths.values():
            path.mkdir(parents=True, exist_ok=True)
        self.limit_memory(memory_bytes)
        self._write("pids", "pids.max", pids + RUNTIME_THREADS)
        # Warming up yields the CPU to sandboxes that are running someone's program.
        self._write("cpu", "cpu.shares", WARMING_SHARES)

    def limit_memory(self, memory_bytes: int) -> None:
        """Set the memory limit (raises OSError when refused), then memory+swap's to match.

        Memory before memory+swap: the second may never be below the first. Without the
        second, memory over the limit could go to swap instead of being refused.
        """
        self._write("memory", "memory.limit_in_bytes", memory_bytes)
        with contextlib.suppress(OSError):
            self._write("memory", "memory.memsw.limit_in_bytes", memory_bytes)

    def throttle(self, cpu_cores: float) -> None:
        """Hold the sandbox to `cpu_cores` on average, letting an idle one save up a burst.

        Warm-up runs unthrottled; a warm sandbox is throttled as soon as it is ready, so the
        period's quota it leaves unused while it waits in the pool accumulates (CFS burst, up
        to one more quota). Without it, a run that needs a little more CPU than one period's
        quota before its first output waits out the rest of the period (up to 90 ms).
        """
        quota = max(1000, int(cpu_cores * CFS_PERIOD_US))
        if quota == self._quota_us:
            return
        self._write("cpu", "cpu.cfs_period_us", CFS_PERIOD_US)
        with contextlib.suppress(OSError):  # lowering the quota below the burst is refused
            self._write("cpu", "cpu.cfs_burst_us", 0)
        self._write("cpu", "cpu.cfs_quota_us", quota)
        with contextlib.suppress(OSError):  # kernels before 5.14 have no burst
            self._write("cpu", "cpu.cfs_burst_us", quota)
        self._write("cpu", "cpu.shares", RUNNING_SHARES)
        self._quota_us = quota

    def begin_run(self, cpu_cores: float) -> None:
        """Throttle the CPU (unless already throttled so) and zero the counters."""
        self.throttle(cpu_cores)
        self._write("cpuacct", "cpuacct.usage", 0)
        self._write("memory", "memory.max_usage_in_bytes", 0)
        self._write("memory", "memory.failcnt", 0)

    def measure(self) -> Measurement:
        """CPU time, peak memory and whether the kernel OOM-killed something."""
        oom = 0
        with contextlib.suppress(OSError):
            for line in (self.paths["memory"] / "memory.oom_control").read_text().splitlines():
                if line.startswith("oom_kill "):
                    oom = int(line.split()[1])
        return Measurement(
            cpu_ms=self._read_int("cpuacct", "cpuacct.usage") / 1e6,
            peak_memory_bytes=self._read_int("memory", "memory.max_usage_in_bytes"),
            oom_killed=oom > 0,
            memory_limit_hit=self._read_int("memory", "memory.failcnt") > 0,
        )

    def kill_all(self) -> None:
        """SIGKILL every host process of the sandbox (sentry, gofer, ptrace stubs)."""
        try:
            pids = (self.paths["pids"] / "cgroup.procs").read_text().split()
        except OSError:
            return
        for pid in pids:
            with contextlib.suppress(ProcessLookupError, PermissionError, ValueError):
                os.kill(int(pid), signal.SIGKILL)

    def remove(self) -> None:
        """Remove the groups, killing stragglers first (a group with processes cannot go)."""
        for _ in range(50):
            self.kill_all()
            remaining = []
            for path in self.paths.values():
                try:
                    path.rmdir()
                except FileNotFoundError:
                    pass
                except OSError:
                    remaining.append(path)
            if not remaining:
                return
            time.sleep(0.02)
