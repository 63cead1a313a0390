"""Time user code in the sandbox at growing input sizes (optional, bounded in time)."""

from __future__ import annotations

import ast
import asyncio
import itertools
import logging
import math
import uuid
from dataclasses import dataclass, field

from actors.analysis.models import Measurement
from actors.analysis.offline.fit import MIN_SIZES, FitResult, fit_classes
from actors.analysis.offline.harness import (
    MARKER,
    choose_target,
    function_harness,
    input_grows,
    ladder,
    stdin_for,
    stdin_ladder,
)
from actors.analysis.offline.names import calls
from actors.analysis.offline.plain_io import plain_io
from actors.analysis.offline.static import StaticReport
from sandbox import syntax
from sandbox.events import RunFinished, RunOutput, RunRequest
from sandbox.interfaces import SandboxPool
from sandbox.policy import validate
from sandbox.verdicts import Verdict

log = logging.getLogger(__name__)
_MAX_POINTS = 12


#: Why nothing was timed when the budget ran out first (a slow start on a loaded machine).
_NONE_IN_TIME = "not timed: the time allowed ran out before the smallest input was run"


@dataclass(frozen=True, slots=True)
class MeasureResult:
    """Timed points, the best fit, and a note saying how they were obtained (or why not)."""

    points: tuple[Measurement, ...]
    fit: FitResult | None
    note: str
    #: The whole program was run on generated standard input (not a function harness).
    stdin: bool = False
    #: The code calls a sort (sort, sorted, heapq): the class a refuted quadratic falls to.
    sorts: bool = False


@dataclass(slots=True)
class _Progress:
    """What a stdin measurement has timed so far, kept when the time budget cuts it short."""

    points: list[Measurement] = field(default_factory=list)
    stdin: bool = False
    sorts: bool = False
    plain: str = ""  # how the code timed differs from the code given, when it does


class Measurer:
    """Runs timing jobs through a `SandboxPool`.

    The function harness imports `time`, which the sandbox policy refuses to user code, so the
    user's code is checked against the policy on its own and the harness (the same code plus
    our fixed tail) is then submitted with the policy off; gVisor and the limits still apply.

    Args:
        pool: The pool that runs untrusted code.
        budget_s: Ceiling on the wall-clock time spent measuring one program.
        cpu_share: CPU cores one sandbox may use (its cgroup quota); CPU budgets scale by it.
            Read from the pool's settings when omitted.
    """

    def __init__(
        self, pool: SandboxPool, budget_s: float = 8.0, cpu_share: float | None = None
    ) -> None:
        self._pool = pool
        self._budget = budget_s
        settings = getattr(pool, "settings", None)
        self._cpu_share = cpu_share or float(getattr(settings, "cpu_cores", 1.0))
        self._extra_modules: tuple[str, ...] = tuple(getattr(settings, "extra_modules", ()))
        self._code_limit = int(getattr(settings, "code_limit_bytes", 10 * 1024))

    @property
    def _cpu_budget(self) -> float:
        """CPU seconds the timing may use (half the wall budget at the sandbox's CPU share)."""
        return self._budget * min(1.0, self._cpu_share) * 0.5

    async def measure(self, code: str, report: StaticReport) -> MeasureResult | None:
        """Measure `code`; None when there is nothing to time or the sandbox refused."""
        loop = asyncio.get_running_loop()
        # Runs stop at this deadline, so the ladder ends inside the budget with its points;
        # the budget's own timeout is the backstop (a slow start, a sandbox slow to free).
        deadline = loop.time() + self._budget * 0.9
        progress = _Progress()
        try:
            return await asyncio.wait_for(
                self._measure(code, report, progress, deadline), timeout=self._budget
            )
        except TimeoutError:
            if not progress.points:
                return MeasureResult((), None, _NONE_IN_TIME)
            points = tuple(progress.points)
            return MeasureResult(
                points,
                fit_classes(points),
                f"timed the program{progress.plain} on generated input in the sandbox until the "
                "time allowed ran out",
                stdin=progress.stdin,
                sorts=progress.sorts,
            )
        except Exception as exc:  # the sandbox layer may fail in many ways; analysis goes on
            log.warning("measurement failed: %s", exc)
            return MeasureResult((), None, f"measurement failed: {type(exc).__name__}")

    async def _measure(
        self, code: str, report: StaticReport, progress: _Progress, deadline: float
    ) -> MeasureResult | None:
        tree = syntax.parse(code)
        kinds = {f.name: dict(f.param_kinds) for f in report.functions}
        target = choose_target(tree, kinds)
        sizes = ladder(report.time)
        if report.reads_stdin or target is not None:
            runnable = await asyncio.to_thread(self._runnable, code)
            if runnable is None:
                return MeasureResult((), None, "not timed: the sandbox policy refuses this code")
            if runnable != code:
                progress.plain = " (its fast-input template swapped for the standard streams)"
            code = runnable
        if target is not None and not report.reads_stdin:
            harness = function_harness(code, target, sizes, budget_s=self._cpu_budget)
            # Points are printed as they are measured: a run cut short still yields some.
            left = deadline - asyncio.get_running_loop().time()
            stdout, verdict, _ = await self._run_cpu(
                harness, "", enforce_policy=False, deadline_s=max(0.0, left)
            )
            points = _parse_points(stdout)
            if not points:
                return MeasureResult((), None, f"timing run ended with {verdict.value}")
            note = f"timed {target.name}(){progress.plain} in the sandbox"
        elif report.reads_stdin:
            # Generating input for 65536 lines takes a fraction of a second: off the loop.
            if not await asyncio.to_thread(input_grows, tree, sizes):
                return MeasureResult(
                    (), None, "not timed: the input it reads does not grow with any size"
                )
            progress.stdin, progress.sorts = True, _sorts(tree)
            stopped = await self._measure_stdin(
                code, tree, stdin_ladder(report.time), progress, deadline
            )
            points = progress.points
            if not points:
                return MeasureResult((), None, stopped or "not timed: no input size was run")
            note = f"timed the program{progress.plain} on generated input in the sandbox"
            return MeasureResult(
                tuple(points), fit_classes(points), note, stdin=True, sorts=progress.sorts
            )
        else:
            return None
        return MeasureResult(tuple(points), fit_classes(points), note)

    def _runnable(self, code: str) -> str | None:
        """What the sandbox may run for `code`, or None when the policy refuses it.

        That is the code itself or, when the policy refuses it, the code without its fast-I/O
        template (`plain_io`: its `os.read` is what is refused), if the policy accepts that.
        """
        refused = validate(code, extra_modules=self._extra_modules, limit_bytes=self._code_limit)
        if not refused:
            return code
        plain = plain_io(code)
        if plain is None:
            return None
        refused = validate(plain, extra_modules=self._extra_modules, limit_bytes=self._code_limit)
        return None if refused else plain

    async def _measure_stdin(
        self,
        code: str,
        tree: ast.Module,
        sizes: list[int],
        progress: _Progress,
        deadline: float,
    ) -> str | None:
        """Time the ladder into `progress.points`; why it stopped, when it stopped with none."""
        # CPU per run is measured outside the sandbox (precise, unlike the sandbox's own
        # clock); the interpreter's start-up is the constant term of the fit.
        points = progress.points
        loop = asyncio.get_running_loop()
        for n in sizes:
            stdin = await asyncio.to_thread(stdin_for, tree, n)
            left = deadline - loop.time()
            if left <= 0 and not points:
                # A loaded machine can spend the budget before the first run starts.
                return _NONE_IN_TIME
            if len(stdin) > 512 * 1024 or left <= 0:
                break
            _, verdict, cpu_ms = await self._run_cpu(code, stdin, deadline_s=left)
            if verdict != Verdict.OK:
                return _not_timed(verdict) if not points else None
            if cpu_ms is None:  # the backend could not measure it: no point to plot
                return None if points else "not timed: the sandbox reported no CPU time"
            points.append(Measurement(n=n, seconds=cpu_ms / 1000.0))
            if cpu_ms > 250 * self._cpu_budget:
                await self._fill_in(code, tree, progress, deadline)
                break
        return None

    async def _fill_in(
        self, code: str, tree: ast.Module, progress: _Progress, deadline: float
    ) -> None:
        """Sizes between those timed, when the per-run CPU cap ended the ladder short of a curve.

        A linear ladder steps by four (64, 256, 1024, ...), so a program heavy enough to pass
        the cap at its third size had no chart. The sizes between cost less than the one
        that passed the cap; they are timed while the deadline allows.
        """
        loop = asyncio.get_running_loop()
        timed = sorted({p.n for p in progress.points})
        between = [round(math.sqrt(a * b)) for a, b in itertools.pairwise(timed)]
        for n in (n for n in between if n not in timed):  # 4 and 5 have no size between
            if len({p.n for p in progress.points}) >= MIN_SIZES or loop.time() >= deadline:
                break
            stdin = await asyncio.to_thread(stdin_for, tree, n)
            _, verdict, cpu_ms = await self._run_cpu(code, stdin, deadline_s=deadline - loop.time())
            if verdict != Verdict.OK or cpu_ms is None:
                break
            progress.points.append(Measurement(n=n, seconds=cpu_ms / 1000.0))
        progress.points.sort(key=lambda p: p.n)

    async def _run_cpu(
        self,
        code: str,
        stdin: str,
        *,
        enforce_policy: bool = True,
        deadline_s: float | None = None,
    ) -> tuple[str, Verdict, float | None]:
        """Run once; stdout (first 64 KiB), verdict and CPU ms (None when not measured).

        Cancelled at the deadline.
        """
        request = RunRequest(
            run_id=f"analysis-{uuid.uuid4().hex[:12]}",
            code=code,
            stdin=stdin,
            enforce_policy=enforce_policy,
        )
        handle = await self._pool.submit(request)
        chunks: list[str] = []
        size = 0
        try:
            async with asyncio.timeout(deadline_s):
                async for event in handle.events():
                    if isinstance(event, RunOutput) and event.stream == "stdout":
                        if size < 64 * 1024:
                            chunks.append(event.data)
                            size += len(event.data)
                    elif isinstance(event, RunFinished):
                        result = event.result
                        return "".join(chunks), result.verdict, result.cpu_ms
        except TimeoutError:
            await handle.cancel()
            return "".join(chunks), Verdict.TIMEOUT, 0.0
        except asyncio.CancelledError:
            await handle.cancel()
            raise
        return "".join(chunks), Verdict.SANDBOX_ERROR, 0.0


def _not_timed(verdict: Verdict) -> str:
    """Why a stdin program has no timings: its first run, on the smallest input, failed."""
    if verdict in (Verdict.TIMEOUT, Verdict.CPU_LIMIT):
        return "not timed: even the smallest generated input ran past the time allowed"
    if verdict == Verdict.RUNTIME_ERROR:
        return (
            "not timed: the program stopped with an error on the input generated for it "
            "(it may expect another input format than its reads suggest)"
        )
    return f"not timed: its run on generated input ended with {verdict.value}"


_SORTS = frozenset({"sort", "sorted", "heappush", "heappop", "heapify", "nlargest", "nsmallest"})


def _sorts(tree: ast.Module) -> bool:
    return calls(tree, _SORTS)


def _parse_points(stdout: str) -> list[Measurement]:
    """Read the harness's result lines (`MARKER n seconds`), defensively."""
    points: list[Measurement] = []
    for line in stdout.splitlines():
        if not line.startswith(MARKER + " "):
            continue
        fields = line[len(MARKER) :].split()
        if len(fields) != 2:
            continue
        try:
            n, seconds = int(fields[0]), float(fields[1])
        except ValueError:
            continue
        if 0 < n <= 10**7 and 0 <= seconds < 3600 and math.isfinite(seconds):
            points.append(Measurement(n=n, seconds=seconds))
        if len(points) >= _MAX_POINTS:
            break
    return points
