"""The offline backend: static analysis, plus timing in the sandbox when a pool is given."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from actors.analysis.interface import AnalysisRequest
from actors.analysis.models import Analysis
from actors.analysis.offline.combine import combine
from actors.analysis.offline.measure import Measurer
from actors.analysis.offline.static import StaticAnalyzer, StaticReport
from sandbox.interfaces import SandboxPool


class OfflineAnalyzer:
    """Answers without any network: the syntax tree, and measurements when a pool exists.

    Args:
        pool: A sandbox pool to time the code in; None keeps the analysis static-only.
        measure_budget_s: Wall-clock ceiling for one measurement run (all sizes together).
    """

    def __init__(self, pool: SandboxPool | None = None, measure_budget_s: float = 8.0) -> None:
        self._static = StaticAnalyzer()
        self._measurer = Measurer(pool, budget_s=measure_budget_s) if pool is not None else None

    def analyze_static(self, code: str) -> StaticReport:
        """The static half alone (synchronous; used by the benchmarks and tests)."""
        return self._static.analyze(code)

    async def analyze(self, code: str) -> Analysis:
        """Analyse one program (static, then measured when possible)."""
        report = await asyncio.to_thread(self._static.analyze, code)
        measured = None
        if self._measurer is not None and not report.error:
            measured = await self._measurer.measure(code, report)
        return combine(report, measured)

    async def analyze_many(self, requests: Sequence[AnalysisRequest]) -> dict[str, Analysis]:
        """Analyse several programs concurrently."""
        results = await asyncio.gather(*(self.analyze(r.code) for r in requests))
        return {r.id: a for r, a in zip(requests, results, strict=True)}
