"""Time user code in the sandbox at growing input sizes (optional, bounded in time)."""

from __future__ import annotations

import ast
import asyncio
import logging
import uuid
from dataclasses import dataclass

from actors.analysis.models import Fit, Measurement
from actors.analysis.offline.fit import FitResult, fit_classes
from actors.analysis.offline.harness import (
    MARKER,
    choose_target,
    function_harness,
    ladder,
    stdin_for,
)
from actors.analysis.offline.static import StaticReport
from sandbox.events import RunFinished, RunOutput, RunRequest
from sandbox.interfaces import SandboxPool
from sandbox.verdicts import Verdict

log = logging.getLogger(__name__)
_MAX_POINTS = 12


@dataclass(frozen=True, slots=True)
class MeasureResult:
    """Timed points, the best fit, and a note saying how they were obtained (or why not)."""

    points: tuple[Measurement, ...]
    fit: FitResult | None
    note: str

    def api_fit(self) -> Fit | None:
        """The `fit` object of the API answer."""
        if self.fit is None:
            return None
        return Fit(cls=self.fit.cls, points=self.points)


class Measurer:
    """Runs timing jobs through a `SandboxPool`.

    Args:
        pool: The pool that runs untrusted code.
        budget_s: Ceiling on the wall-clock time spent measuring one program.
    """

    def __init__(self, pool: SandboxPool, budget_s: float = 8.0) -> None:
        self._pool = pool
        self._budget = budget_s

    async def measure(self, code: str, report: StaticReport) -> MeasureResult | None:
        """Measure `code`; None when there is nothing to time or the sandbox refused."""
        try:
            return await asyncio.wait_for(self._measure(code, report), timeout=self._budget)
        except TimeoutError:
            return MeasureResult((), None, "measurement ran out of time")
        except Exception as exc:  # the sandbox layer may fail in many ways; analysis goes on
            log.warning("measurement failed: %s", exc)
            return MeasureResult((), None, f"measurement failed: {type(exc).__name__}")

    async def _measure(self, code: str, report: StaticReport) -> MeasureResult | None:
        tree = ast.parse(code)
        kinds = {f.name: dict(f.param_kinds) for f in report.functions}
        target = choose_target(tree, kinds)
        sizes = ladder(report.time)
        if target is not None and not report.reads_stdin:
            harness = function_harness(code, target, sizes, budget_s=self._budget * 0.6)
            stdout, verdict = await self._run(harness, "")
            if verdict != Verdict.OK:
                return MeasureResult((), None, f"timing run ended with {verdict.value}")
            points = _parse_points(stdout)
            note = f"timed {target.name}() in the sandbox"
        elif report.reads_stdin:
            points = await self._measure_stdin(code, tree, sizes)
            note = "timed the program on generated input in the sandbox"
        else:
            return None
        return MeasureResult(tuple(points), fit_classes(points), note)

    async def _measure_stdin(
        self, code: str, tree: ast.Module, sizes: list[int]
    ) -> list[Measurement]:
        # Per-run CPU is measured outside the sandbox; interpreter start-up is the constant term.
        points: list[Measurement] = []
        spent = 0.0
        for n in sizes:
            stdin = stdin_for(tree, n)
            if len(stdin) > 512 * 1024:
                break
            started = asyncio.get_running_loop().time()
            _, verdict, cpu_ms = await self._run_cpu(code, stdin)
            spent += asyncio.get_running_loop().time() - started
            if verdict != Verdict.OK:
                break
            points.append(Measurement(n=n, seconds=cpu_ms / 1000.0))
            if spent > self._budget * 0.6 or cpu_ms > 1500:
                break
        return points

    async def _run(self, code: str, stdin: str) -> tuple[str, Verdict]:
        out, verdict, _ = await self._run_cpu(code, stdin)
        return out, verdict

    async def _run_cpu(self, code: str, stdin: str) -> tuple[str, Verdict, float]:
        handle = await self._pool.submit(
            RunRequest(run_id=f"analysis-{uuid.uuid4().hex[:12]}", code=code, stdin=stdin)
        )
        chunks: list[str] = []
        size = 0
        try:
            async for event in handle.events():
                if isinstance(event, RunOutput) and event.stream == "stdout":
                    if size < 64 * 1024:
                        chunks.append(event.data)
                        size += len(event.data)
                elif isinstance(event, RunFinished):
                    result = event.result
                    return "".join(chunks), result.verdict, result.cpu_ms
        except asyncio.CancelledError:
            await handle.cancel()
            raise
        return "".join(chunks), Verdict.SANDBOX_ERROR, 0.0


def _parse_points(stdout: str) -> list[Measurement]:
    """Read the harness's result line (the last one carrying the marker), defensively."""
    for line in reversed(stdout.splitlines()):
        if not line.startswith(MARKER):
            continue
        try:
            raw = ast.literal_eval(line[len(MARKER) :].strip())
        except (ValueError, SyntaxError):
            return []
        points: list[Measurement] = []
        if not isinstance(raw, list):
            return []
        for item in raw[:_MAX_POINTS]:
            if (
                isinstance(item, tuple)
                and len(item) == 2
                and isinstance(item[0], int)
                and isinstance(item[1], float | int)
                and item[1] >= 0
            ):
                points.append(Measurement(n=item[0], seconds=float(item[1])))
        return points
    return []
