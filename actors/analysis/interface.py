"""The one interface every analysis backend implements."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from actors.analysis.models import Analysis


@dataclass(frozen=True, slots=True)
class AnalysisRequest:
    """One program to analyse; `id` matches the answer back to the request in a batch."""

    id: str
    code: str


class Analyzer(Protocol):
    """Something that turns source code into an `Analysis`."""

    async def analyze(self, code: str) -> Analysis:
        """Analyse one program."""
        ...

    async def analyze_many(self, requests: Sequence[AnalysisRequest]) -> dict[str, Analysis]:
        """Analyse several programs at once; answers keyed by request id (missing = failed)."""
        ...
