"""The warm pool: sandboxes started ahead of time, one run each, replaced in the background.

`WarmPool.from_settings(SandboxSettings())` picks the backend (gVisor, or the relaxed
subprocess mode when `RELAXED_MODE=true`), `start()` runs the self-test and fills the pool,
`submit(request)` returns a `RunHandle` at once (the run waits in a bounded queue when every
sandbox is busy; beyond the queue `PoolBusyError`).
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import os
import shutil
from collections.abc import Callable, Coroutine
from typing import Any

from sandbox.backends.base import Sandbox
from sandbox.backends.relaxed import RelaxedSandbox
from sandbox.backends.runsc import RunscSandbox
from sandbox.errors import PoolBusyError, SandboxUnavailableError
from sandbox.events import RunRequest, RunResult
from sandbox.interfaces import PoolStats, RunHandle
from sandbox.limits import CGROUP_ROOT, SandboxCgroup, cgroups_available
from sandbox.policy import refusal
from sandbox.rootfs import build_rootfs
from sandbox.runner import FinishedRun, SandboxRun
from sandbox.settings import SandboxSettings

log = logging.getLogger(__name__)
_REFILL_WAIT_S = 1.0
_QUIET_RUN_WAIT_S = 0.05
RELAXED_WARNING = (
    "RELAXED_MODE is on: programs run as plain subprocesses with rlimits only, WITHOUT gVisor. "
    "Never use this where strangers can submit code."
)


def reap_orphans(settings: SandboxSettings, *, use_cgroups: bool) -> int:
    """Kill and remove sandboxes left behind by a server process that died.

    Sandbox ids carry the creating process's pid; only those of dead processes are touched,
    so several servers may share one state directory. Returns how many were removed.
    """
    names = {entry.name for entry in settings.state_dir.glob("cr-*")}
    if use_cgroups:
        names |= {p.name for p in (CGROUP_ROOT / "memory" / settings.cgroup_parent).glob("cr-*")}
    removed = 0
    for name in sorted(names):
        try:
            os.kill(int(name.split("-")[1]), 0)
            continue  # its server is alive
        except ProcessLookupError:
            pass
        except (ValueError, IndexError, PermissionError):
            continue
        if use_cgroups:
            SandboxCgroup(settings.cgroup_parent, name).remove()
        shutil.rmtree(settings.state_dir / name, ignore_errors=True)
        removed += 1
    return removed


class WarmPool:
    """A pool of one-shot sandboxes (implements `sandbox.interfaces.SandboxPool`).

    Args:
        settings: Sizes and limits.
        factory: Makes one (not yet started) sandbox.
        backend: Name shown in stats ("runsc", "relaxed" or "kubernetes").
        wall_timeout_s: Default wall clock for runs of this pool (settings' value otherwise).
        fix_hint: How to fix a failed self-test (default: the local gVisor hint).
    """

    def __init__(
        self,
        settings: SandboxSettings,
        factory: Callable[[], Sandbox],
        *,
        backend: str,
        wall_timeout_s: float | None = None,
        fix_hint: str | None = None,
    ) -> None:
        self.settings = settings
        self.fix_hint = fix_hint
        self.backend = backend
        self.wall_timeout_s = wall_timeout_s or settings.wall_timeout_s
        self.factory = factory
        self._warm: collections.deque[Sandbox] = collections.deque()
        self._waiting: collections.deque[SandboxRun] = collections.deque()
        self._busy: set[SandboxRun] = set()
        self._starting = 0
        self._tasks: set[asyncio.Task[None]] = set()
        self._closed = False
        self._runs_total = 0
        self._start_failures = 0
        self._latencies: collections.deque[float] = collections.deque(maxlen=100)

    @classmethod
    def from_settings(
        cls, settings: SandboxSettings, *, wall_timeout_s: float | None = None
    ) -> WarmPool:
        """Build the pool for the configured backend (the root filesystem is built here)."""
        if settings.relaxed_mode:
            log.warning(RELAXED_WARNING)
            return cls(
                settings,
                lambda: RelaxedSandbox(settings),
                backend="relaxed",
                wall_timeout_s=wall_timeout_s,
            )
        rootfs = build_rootfs(settings.cache_dir, settings.python)
        use_cgroups = settings.use_cgroups and cgroups_available(settings.cgroup_parent)
        if settings.use_cgroups and not use_cgroups:
            log.warning("cgroups are not writable here: limits fall back to rlimits only")
        settings.state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        reap_orphans(settings, use_cgroups=use_cgroups)
        return cls(
            settings,
            lambda: RunscSandbox(settings, rootfs, use_cgroups=use_cgroups),
            backend="runsc",
            wall_timeout_s=wall_timeout_s,
        )

    # Lifecycle -------------------------------------------------------------------------------

    async def start(self) -> None:
        """Run one sandbox to prove the runtime works, then fill the pool.

        Raises:
            SandboxUnavailableError: The runtime is missing or broken (message has a fix hint).
        """
        from sandbox.selftest import self_test  # late: selftest builds pools of its own

        await self_test(self.factory, self.settings, hint=self.fix_hint)
        await asyncio.gather(*(self._start_one() for _ in range(self.settings.pool_size)))
        if not self._warm:
            raise SandboxUnavailableError("no sandbox could be started; see the log")

    async def close(self) -> None:
        """Destroy every sandbox and end queued runs."""
        self._closed = True
        for run in list(self._waiting):
            run.fail("the sandbox pool is shutting down")
        self._waiting.clear()
        for run in list(self._busy):
            await run.cancel()
            if run.sandbox is not None:
                run.sandbox.kill()
        for task in list(self._tasks):
            task.cancel()
        with contextlib.suppress(Exception):
            await asyncio.gather(*self._tasks, return_exceptions=True)
        while self._warm:
            await self._warm.popleft().destroy()

    def stats(self) -> PoolStats:
        """Current figures."""
        latencies = list(self._latencies)
        return PoolStats(
            warm=len(self._warm),
            busy=len(self._busy),
            starting=self._starting,
            queue_depth=len(self._waiting),
            runs_total=self._runs_total,
            start_failures=self._start_failures,
            last_start_latency_ms=latencies[-1] if latencies else 0.0,
            mean_start_latency_ms=sum(latencies) / len(latencies) if latencies else 0.0,
            backend=self.backend,
        )

    # Runs ------------------------------------------------------------------------------------

    async def submit(
        self, request: RunRequest, *, wall_timeout_s: float | None = None
    ) -> RunHandle:
        """Start a run, or queue it when every sandbox is busy.

        Args:
            request: The program and its input.
            wall_timeout_s: Wall clock for this run (default: the pool's, 30 s by settings).

        Raises:
            PoolBusyError: Every sandbox is busy and the queue is full: try again shortly.
        """
        refused = await asyncio.to_thread(
            refusal,
            request.code,
            extra_modules=self.settings.extra_modules,
            limit_bytes=self.settings.code_limit_bytes,
            enforce=request.enforce_policy,
        )
        if refused is not None:
            return FinishedRun(request.run_id, refused)
        if self._closed:
            raise SandboxUnavailableError("the sandbox pool is closed")
        run = SandboxRun(
            request,
            self.settings,
            wall_timeout_s=wall_timeout_s or self.wall_timeout_s,
        )
        sandbox = self._take_warm()
        if sandbox is not None:
            self._begin(run, sandbox)
        elif len(self._waiting) < self.settings.queue_limit:
            self._waiting.append(run)
            self._ensure_capacity()
        else:
            raise PoolBusyError("every sandbox is busy and the queue is full: try again shortly")
        return run

    def _take_warm(self) -> Sandbox | None:
        while self._warm:
            sandbox = self._warm.popleft()
            if sandbox.alive:
                return sandbox
            # A warm sandbox died while waiting: drop it and start another, unnoticed.
            self._spawn(self._discard(sandbox))
        return None

    def _begin(self, run: SandboxRun, sandbox: Sandbox) -> None:
        self._busy.add(run)
        self._runs_total += 1

        async def release(_: RunResult) -> None:
            self._busy.discard(run)
            self._ensure_capacity()

        run.start(sandbox, on_done=release)
        self._spawn(self._refill_after(run))

    async def _refill_after(self, run: SandboxRun) -> None:
        # Starting the replacement (bundle, cgroups, spawning runsc) costs this process several
        # milliseconds of CPU, which on a slow host showed up in the run's first output: it
        # waits until that output is out, or a short while when the program is quiet.
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(run.job_sent.wait(), _REFILL_WAIT_S)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(run.first_output.wait(), _QUIET_RUN_WAIT_S)
        self._ensure_capacity()

    # Capacity --------------------------------------------------------------------------------

    def _ensure_capacity(self) -> None:
        """Keep `pool_size` sandboxes warm or starting, never more than 2x alive in total."""
        if self._closed:
            return
        alive = len(self._warm) + self._starting + len(self._busy)
        ceiling = 2 * self.settings.pool_size
        wanted = self.settings.pool_size + len(self._waiting) - len(self._warm) - self._starting
        for _ in range(max(0, min(wanted, ceiling - alive))):
            self._spawn(self._start_one())

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _discard(self, sandbox: Sandbox) -> None:
        await sandbox.destroy()
        self._ensure_capacity()

    async def _start_one(self) -> None:
        self._starting += 1
        sandbox = self.factory()
        try:
            await sandbox.start(self.settings.start_timeout_s)
        except SandboxUnavailableError as exc:
            self._start_failures += 1
            log.error("sandbox failed to start: %s", exc)
            self._starting -= 1
            if self._waiting and not (self._warm or self._busy or self._starting):
                self._waiting.popleft().fail(f"no sandbox could be started: {exc}")
            await asyncio.sleep(0.5)  # back off before the next attempt
            self._ensure_capacity()
            return
        self._starting -= 1
        if self._closed:
            await sandbox.destroy()
            return
        self._latencies.append(sandbox.start_latency_ms)
        self._spawn(self._watch(sandbox))
        while self._waiting and self._waiting[0].result is not None:
            self._waiting.popleft()  # cancelled while it waited
        if self._waiting:
            self._begin(self._waiting.popleft(), sandbox)
        else:
            self._warm.append(sandbox)

    async def _watch(self, sandbox: Sandbox) -> None:
        """Health check: a warm sandbox whose process exits is replaced at once."""
        assert sandbox.process is not None
        await sandbox.process.wait()
        if sandbox in self._warm:
            self._warm.remove(sandbox)
            log.warning("warm sandbox %s died; replacing it", sandbox.id)
            await self._discard(sandbox)
