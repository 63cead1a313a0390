"""The one interface every analyzer implements, and the request of a batch."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from actors.analysis.models import Analysis


@dataclass(frozen=True, slots=True)
class AnalysisRequest:
    """One program to analyse; `id` matches the answer back to the request in a batch.

    `language` is a registry id (`sandbox/languages/registry.toml`).
    """

    id: str
    code: str
    language: str = "python"


class Analyzer(Protocol):
    """Something that turns source code into an `Analysis`.

    The offline analyzer, the Gemini backend, the `AnalysisService` that combines them and the
    client of the analysis actor all are one; the server holds one of the last two.
    """

    async def analyze(self, code: str, language: str = "python") -> Analysis:
        """Analyse one program written in `language` (a registry id)."""
        ...
