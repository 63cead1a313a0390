"""The warm pool: sandboxes started ahead of time, one run each, replaced in the background.

`WarmPool.from_settings(SandboxSettings())` picks the backend (gVisor, or the relaxed
subprocess mode when `RELAXED_MODE=true`), `start()` runs the self-test and fills the pool,
`submit(request)` returns a `RunHandle` at once (the run waits in a bounded queue when every
sandbox is busy; beyond the queue `PoolBusyError`).

Languages: each language in use has a lane of warm sandboxes of its own (a sandbox is built
for one language's tree and serves one run). Python is always in use. Another language comes
into use at its first run or `prewarm(language)` (its tree is built then, off the event loop,
if the cache has none) and leaves use after `language_idle_s` (default 10 minutes) without
either; its warm sandboxes are then destroyed. The warm sandboxes are shared in proportion to
demand: each language in use keeps `max(1, round(pool_size * its runs / all runs))` warm, the
runs counted over the last `language_idle_s`; with Python alone that is `pool_size`, as
before. At most `2 * pool_size + (languages in use - 1)` sandboxes are alive at once (warm,
starting and busy).
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import shutil
import time
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

from sandbox.backends.base import Sandbox, pid_alive
from sandbox.backends.relaxed import RelaxedSandbox
from sandbox.backends.runsc import RunscSandbox
from sandbox.capacity import PYTHON, LaneLoad, plan_capacity
from sandbox.errors import PoolBusyError, SandboxUnavailableError, UnknownLanguageError
from sandbox.events import RunRequest, RunResult
from sandbox.interfaces import PoolStats, RunHandle
from sandbox.languages.registry import Language, get_language, list_languages
from sandbox.languages.run import LanguageRun
from sandbox.languages.runsc import LanguageSandbox
from sandbox.limits import CGROUP_ROOT, SandboxCgroup, cgroups_available
from sandbox.policy import refusal
from sandbox.rootfs import build_rootfs
from sandbox.rootfs_languages import build_language_rootfs
from sandbox.runner import FinishedRun, SandboxRun
from sandbox.settings import SandboxSettings
from sandbox.verdicts import Verdict

log = logging.getLogger(__name__)
_REFILL_WAIT_S = 1.0
_QUIET_RUN_WAIT_S = 0.05
RELAXED_WARNING = (
    "RELAXED_MODE is on: programs run as plain subprocesses with rlimits only, WITHOUT gVisor. "
    "Never use this where strangers can submit code."
)


# A language's sandbox factory, made once its tree is built (None: this backend runs Python only).
LanguageFactory = Callable[[Language], Awaitable[Callable[[], Sandbox]]]


@dataclass(eq=False)
class Lane:
    """One language's part of the pool: its warm sandboxes, starts, queued runs and demand."""

    language: str
    factory: Callable[[], Sandbox] | None = None
    warm: collections.deque[Sandbox] = field(default_factory=collections.deque)
    waiting: collections.deque[SandboxRun] = field(default_factory=collections.deque)
    starting: int = 0
    busy: int = 0
    in_use: bool = True
    last_used: float = field(default_factory=time.monotonic)
    runs: collections.deque[float] = field(default_factory=collections.deque)  # submit times
    building: asyncio.Task[Callable[[], Sandbox]] | None = None

    def load(self) -> LaneLoad:
        """The counts the capacity plan works from."""
        return LaneLoad(self.language, len(self.warm), self.starting, len(self.waiting))

    def drop_finished(self) -> None:
        """Forget queued runs that ended while they waited (cancelled): they need no sandbox."""
        if any(run.result is not None for run in self.waiting):
            live = [run for run in self.waiting if run.result is None]
            self.waiting.clear()
            self.waiting.extend(live)

    def demand(self, now: float, window_s: float) -> int:
        """Runs submitted within the last `window_s` seconds."""
        while self.runs and now - self.runs[0] > window_s:
            self.runs.popleft()
        return len(self.runs)


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
        pid = name.split("-")[1]
        if not pid.isdigit() or pid_alive(int(pid)):
            continue  # its server is alive (or it is not a sandbox id)
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
        fix_hint: How to fix a failed self-test (default: the local gVisor hint).
        language_factory: Builds a language's tree and returns its sandbox factory (None: this
            backend runs Python only; other languages' runs end with a `sandbox_error` that
            says so).
    """

    def __init__(
        self,
        settings: SandboxSettings,
        factory: Callable[[], Sandbox],
        *,
        backend: str,
        fix_hint: str | None = None,
        language_factory: LanguageFactory | None = None,
    ) -> None:
        self.settings = settings
        self.fix_hint = fix_hint
        self.backend = backend
        self.factory = factory
        self.language_factory = language_factory
        python = Lane(PYTHON, factory=factory)
        self._lanes: dict[str, Lane] = {PYTHON: python}
        self._warm = python.warm  # Python's warm sandboxes (tests look at them)
        self._busy: set[SandboxRun] = set()
        self._sweeper: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._closed = False
        self._runs_total = 0
        self._start_failures = 0
        self._latencies: collections.deque[float] = collections.deque(maxlen=100)

    @classmethod
    def from_settings(cls, settings: SandboxSettings) -> WarmPool:
        """Build the pool for the configured backend (the root filesystem is built here)."""
        if settings.relaxed_mode:
            log.warning(RELAXED_WARNING)
            return cls(settings, lambda: RelaxedSandbox(settings), backend="relaxed")
        rootfs = build_rootfs(settings.cache_dir, settings.python)
        use_cgroups = settings.use_cgroups and cgroups_available(settings.cgroup_parent)
        if settings.use_cgroups and not use_cgroups:
            log.warning("cgroups are not writable here: limits fall back to rlimits only")
        settings.state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        reap_orphans(settings, use_cgroups=use_cgroups)

        async def language_factory(language: Language) -> Callable[[], Sandbox]:
            # Seconds to minutes when the cache has no tree (a toolchain build): off the loop.
            built = await asyncio.to_thread(build_language_rootfs, language, settings.cache_dir)
            return lambda: LanguageSandbox(language, settings, built.path, use_cgroups=use_cgroups)

        return cls(
            settings,
            lambda: RunscSandbox(settings, rootfs, use_cgroups=use_cgroups),
            backend="runsc",
            language_factory=language_factory,
        )

    # Lifecycle -------------------------------------------------------------------------------

    async def start(self) -> None:
        """Run one sandbox to prove the runtime works, then fill the pool.

        Raises:
            SandboxUnavailableError: The runtime is missing or broken (message has a fix hint).
        """
        from sandbox.selftest import self_test  # late: selftest builds pools of its own

        await self_test(self.factory, self.settings, hint=self.fix_hint)
        python = self._lanes[PYTHON]
        await asyncio.gather(*(self._start_one(python) for _ in range(self.settings.pool_size)))
        if not python.warm:
            raise SandboxUnavailableError("no sandbox could be started; see the log")
        if self._sweeper is None:
            self._sweeper = asyncio.get_running_loop().create_task(self._sweep_idle())

    async def close(self) -> None:
        """Destroy every sandbox and end queued runs."""
        self._closed = True
        if self._sweeper is not None:
            self._sweeper.cancel()
        for lane in self._lanes.values():
            for run in list(lane.waiting):
                run.fail("the sandbox pool is shutting down")
            lane.waiting.clear()
        for run in list(self._busy):
            await run.cancel()
            if run.sandbox is not None:
                run.sandbox.kill()
        for task in [*self._tasks, *self._builds()]:
            task.cancel()
        with contextlib.suppress(Exception):
            await asyncio.gather(*self._tasks, *self._builds(), return_exceptions=True)
        warm = [sandbox for lane in self._lanes.values() for sandbox in lane.warm]
        for lane in self._lanes.values():
            lane.warm.clear()
        await asyncio.gather(*(sandbox.destroy() for sandbox in warm))

    def _builds(self) -> list[asyncio.Task[Callable[[], Sandbox]]]:
        return [lane.building for lane in self._lanes.values() if lane.building is not None]

    def stats(self) -> PoolStats:
        """Current figures (every language together; `warm_by_language` splits them)."""
        latencies = list(self._latencies)
        lanes = self._lanes.values()
        return PoolStats(
            warm=sum(len(lane.warm) for lane in lanes),
            busy=len(self._busy),
            starting=sum(lane.starting for lane in lanes),
            queue_depth=sum(len(lane.waiting) for lane in lanes),
            runs_total=self._runs_total,
            start_failures=self._start_failures,
            last_start_latency_ms=latencies[-1] if latencies else 0.0,
            mean_start_latency_ms=sum(latencies) / len(latencies) if latencies else 0.0,
            backend=self.backend,
        )

    def warm_by_language(self) -> dict[str, int]:
        """Warm sandboxes of each language in use (Python always listed)."""
        return {lane.language: len(lane.warm) for lane in self._lanes.values() if lane.in_use}

    # Runs ------------------------------------------------------------------------------------

    async def submit(
        self, request: RunRequest, *, wall_timeout_s: float | None = None
    ) -> RunHandle:
        """Start a run, or queue it when every sandbox of its language is busy.

        Python programs are checked by the policy first; a program in another language only
        against the size bound (the policy is Python's). An unknown language is refused at
        once (`policy_violation`, the message names the languages there are).

        Args:
            request: The program, its input and its language.
            wall_timeout_s: Wall clock for this run (default: the pool's, 30 s by settings).

        Raises:
            PoolBusyError: Every sandbox is busy and the queue is full: try again shortly.
        """
        language: Language | None = None
        if request.language != PYTHON:
            try:
                language = get_language(request.language)
            except KeyError:
                return FinishedRun(request.run_id, _unknown(request.language))
        python = language is None or language.runner == "python3"
        refused = await asyncio.to_thread(
            refusal,
            request.code,
            extra_modules=self.settings.extra_modules,
            limit_bytes=self.settings.code_limit_bytes,
            enforce=request.enforce_policy and python,
        )
        if refused is not None:
            return FinishedRun(request.run_id, refused)
        if self._closed:
            raise SandboxUnavailableError("the sandbox pool is closed")
        wall = wall_timeout_s or self.settings.wall_timeout_s
        if language is None or python:
            lane = self._lanes[PYTHON]
            run = SandboxRun(request, self.settings, wall_timeout_s=wall)
        elif self.language_factory is None:
            message = (
                f"this sandbox backend ({self.backend}) runs Python only: "
                f"{language.label} needs the gVisor (runsc) backend"
            )
            return FinishedRun(request.run_id, RunResult(Verdict.SANDBOX_ERROR, message=message))
        else:
            lane = self._use(language.id)
            run = LanguageRun(request, language, self.settings, wall_timeout_s=wall)
        lane.runs.append(time.monotonic())
        sandbox = self._take_warm(lane)
        if sandbox is not None:
            self._begin(lane, run, sandbox)
        elif self._queued() < self.settings.queue_limit:
            lane.waiting.append(run)
            self._ensure_capacity()
        else:
            raise PoolBusyError("every sandbox is busy and the queue is full: try again shortly")
        return run

    async def prewarm(self, language: str) -> None:
        """Bring a language into use: build its tree if needed and warm a sandbox of it.

        Returns at once (the sandbox warms in the background); a later run of the language
        finds it warm. A no-op for Python (always warm) and on a backend that runs Python
        only.

        Raises:
            UnknownLanguageError: No such language in the registry.
        """
        try:
            entry = get_language(language)
        except KeyError:
            raise UnknownLanguageError(_unknown(language).message) from None
        if self._closed or entry.runner == "python3" or self.language_factory is None:
            return
        self._use(entry.id)
        self._ensure_capacity()

    def _use(self, language: str) -> Lane:
        """The language's lane, in use from now (made on its first use)."""
        lane = self._lanes.get(language)
        if lane is None:
            lane = self._lanes[language] = Lane(language)
        lane.in_use = True
        lane.last_used = time.monotonic()
        return lane

    def _queued(self) -> int:
        for lane in self._lanes.values():
            lane.drop_finished()
        return sum(len(lane.waiting) for lane in self._lanes.values())

    def _take_warm(self, lane: Lane) -> Sandbox | None:
        while lane.warm:
            sandbox = lane.warm.popleft()
            if sandbox.alive:
                return sandbox
            # A warm sandbox died while waiting: drop it and start another, unnoticed.
            self._spawn(self._discard(sandbox))
        return None

    def _begin(self, lane: Lane, run: SandboxRun, sandbox: Sandbox) -> None:
        self._busy.add(run)
        lane.busy += 1
        self._runs_total += 1

        async def release(_: RunResult) -> None:
            self._busy.discard(run)
            lane.busy -= 1
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

    def _targets(self) -> dict[str, int]:
        """Warm sandboxes wanted per language in use: a share of `pool_size` by demand, >= 1."""
        lanes = [lane for lane in self._lanes.values() if lane.in_use]
        now = time.monotonic()
        demand = {lane.language: lane.demand(now, self.settings.language_idle_s) for lane in lanes}
        total = sum(demand.values())
        size = self.settings.pool_size
        if total == 0:
            return {language: size if language == PYTHON else 1 for language in demand}
        return {language: max(1, round(size * runs / total)) for language, runs in demand.items()}

    def _ensure_capacity(self) -> None:
        """Keep each language's share warm or starting, within the ceiling of alive sandboxes."""
        if self._closed:
            return
        every = self._lanes.values()
        for lane in every:
            lane.drop_finished()
        alive = sum(len(lane.warm) + lane.starting for lane in every) + len(self._busy)
        lanes = [lane for lane in every if lane.in_use]
        targets = self._targets()
        plan = plan_capacity(
            [lane.load() for lane in lanes],
            targets,
            alive=alive,
            ceiling=2 * self.settings.pool_size + len(targets) - 1,
        )
        for lane in lanes:
            for _ in range(plan.evict.get(lane.language, 0)):
                self._spawn(lane.warm.popleft().destroy())
            for _ in range(plan.start.get(lane.language, 0)):
                self._spawn(self._start_one(lane))

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _discard(self, sandbox: Sandbox) -> None:
        await sandbox.destroy()
        self._ensure_capacity()

    async def _factory(self, lane: Lane) -> Callable[[], Sandbox]:
        """The lane's sandbox factory; the first call builds the language's tree (shared)."""
        if lane.factory is not None:
            return lane.factory
        if lane.building is None:
            assert self.language_factory is not None
            lane.building = asyncio.ensure_future(
                self.language_factory(get_language(lane.language))
            )
        building = lane.building
        try:
            lane.factory = await asyncio.shield(building)
        finally:
            if lane.building is building and building.done():
                lane.building = None  # a failed build is tried again at the next use
        return lane.factory

    async def _start_one(self, lane: Lane) -> None:
        """Start one sandbox of the lane.

        It counts in `lane.starting` once its task runs, not when it is spawned, as before
        languages: calls in between may start a few more than the ceiling, which keeps more
        starts in flight under load (`bench_sandbox.py`'s throughput fell by a fifth when they
        were counted at once).
        """
        lane.starting += 1
        try:
            factory = await self._factory(lane)
        except Exception as exc:  # the tree could not be built: say so to whoever waits
            lane.starting -= 1
            self._start_failures += 1
            log.error("the %s sandbox tree could not be built: %s", lane.language, exc)
            lane.in_use = False  # until its next run or prewarm, which try again
            message = f"the {lane.language} sandbox could not be prepared: {exc}"
            while lane.waiting:
                lane.waiting.popleft().fail(message)
            return
        sandbox = factory()
        try:
            await sandbox.start(self.settings.start_timeout_s)
        except Exception as exc:
            await self._start_failed(lane, sandbox, exc)
            return
        lane.starting -= 1
        if self._closed or not lane.in_use:
            await sandbox.destroy()
            return
        self._latencies.append(sandbox.start_latency_ms)
        self._spawn(self._watch(lane, sandbox))
        while lane.waiting and lane.waiting[0].result is not None:
            lane.waiting.popleft()  # cancelled while it waited
        if lane.waiting:
            self._begin(lane, lane.waiting.popleft(), sandbox)
        else:
            lane.warm.append(sandbox)

    async def _start_failed(self, lane: Lane, sandbox: Sandbox, exc: Exception) -> None:
        """Count a failed start, tell a run that has nothing else coming, and try again soon.

        Any error fails the start, not only `SandboxUnavailableError` (a cgroup write refused,
        a full disk): left uncounted, the lane would wait for a sandbox that never comes.
        """
        self._start_failures += 1
        lane.starting -= 1
        if isinstance(exc, SandboxUnavailableError):
            log.error("sandbox failed to start: %s", exc)
        else:
            log.error("sandbox failed to start", exc_info=exc)
            with contextlib.suppress(Exception):
                await sandbox.destroy()
        if lane.waiting and not (lane.warm or lane.busy or lane.starting):
            lane.waiting.popleft().fail(f"no sandbox could be started: {exc}")
        await asyncio.sleep(0.5)  # back off before the next attempt
        self._ensure_capacity()

    async def _watch(self, lane: Lane, sandbox: Sandbox) -> None:
        """Health check: a warm sandbox whose process exits is replaced at once."""
        assert sandbox.process is not None
        await sandbox.process.wait()
        if sandbox in lane.warm:
            lane.warm.remove(sandbox)
            log.warning("warm sandbox %s died; replacing it", sandbox.id)
            await self._discard(sandbox)

    async def _sweep_idle(self) -> None:
        """Languages other than Python leave use after `language_idle_s` without a run."""
        while not self._closed:
            await asyncio.sleep(min(30.0, self.settings.language_idle_s / 4))
            self.retire_idle(time.monotonic())

    def retire_idle(self, now: float) -> list[str]:
        """Take out of use every language idle at `now`; their warm sandboxes are destroyed.

        A language is idle when neither a run nor a prewarm came for `language_idle_s` and
        none of its runs waits, runs or has a sandbox starting. Python never is. Returns the
        languages taken out of use.
        """
        retired = []
        for lane in self._lanes.values():
            quiet = not (lane.waiting or lane.busy or lane.starting)
            if lane.language == PYTHON or not lane.in_use or not quiet:
                continue
            last = max(lane.last_used, lane.runs[-1] if lane.runs else 0.0)
            if now - last < self.settings.language_idle_s:
                continue
            lane.in_use = False
            retired.append(lane.language)
            log.info("%s is no longer in use: its warm sandboxes go", lane.language)
            while lane.warm:
                self._spawn(lane.warm.popleft().destroy())
        return retired


def _unknown(language: str) -> RunResult:
    """The refusal of a run in a language the registry does not have."""
    shown = language if len(language) <= 40 else language[:40] + "..."
    known = ", ".join(lang.id for lang in list_languages())
    return RunResult(
        Verdict.POLICY_VIOLATION,
        message=f"unknown language {shown!r}: the sandbox runs {known}",
    )
