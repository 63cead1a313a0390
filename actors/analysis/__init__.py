"""Big-O analysis of user code: Gemini when configured, an offline analyser otherwise.

Entry points: `AnalysisService` (plain asyncio) and `get_analysis_actor` / `AnalysisClient`
(the shared Ray actor wrapping one service). Names load on first use (PEP 562), so a light
submodule such as `actors.analysis.metrics` does not import Ray or google-genai.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from actors.analysis.actor import (
        ACTOR_NAME,
        AnalysisActor,
        AnalysisClient,
        get_analysis_actor,
    )
    from actors.analysis.classes import CLASSES
    from actors.analysis.gemini import GeminiAnalyzer, GeminiError
    from actors.analysis.interface import AnalysisRequest, Analyzer
    from actors.analysis.metrics import AnalyzerMetrics
    from actors.analysis.models import Analysis, Fit, FunctionComplexity, Measurement
    from actors.analysis.offline.analyzer import OfflineAnalyzer
    from actors.analysis.service import AnalysisService, CodeTooLargeError
    from actors.analysis.settings import AnalysisSettings

_HOMES = {
    "ACTOR_NAME": "actors.analysis.actor",
    "AnalysisActor": "actors.analysis.actor",
    "AnalysisClient": "actors.analysis.actor",
    "get_analysis_actor": "actors.analysis.actor",
    "CLASSES": "actors.analysis.classes",
    "GeminiAnalyzer": "actors.analysis.gemini",
    "GeminiError": "actors.analysis.gemini",
    "AnalysisRequest": "actors.analysis.interface",
    "Analyzer": "actors.analysis.interface",
    "AnalyzerMetrics": "actors.analysis.metrics",
    "Analysis": "actors.analysis.models",
    "Fit": "actors.analysis.models",
    "FunctionComplexity": "actors.analysis.models",
    "Measurement": "actors.analysis.models",
    "OfflineAnalyzer": "actors.analysis.offline.analyzer",
    "AnalysisService": "actors.analysis.service",
    "CodeTooLargeError": "actors.analysis.service",
    "AnalysisSettings": "actors.analysis.settings",
}

__all__ = [
    "ACTOR_NAME",
    "CLASSES",
    "Analysis",
    "AnalysisActor",
    "AnalysisClient",
    "AnalysisRequest",
    "AnalysisService",
    "AnalysisSettings",
    "Analyzer",
    "AnalyzerMetrics",
    "CodeTooLargeError",
    "Fit",
    "FunctionComplexity",
    "GeminiAnalyzer",
    "GeminiError",
    "Measurement",
    "OfflineAnalyzer",
    "get_analysis_actor",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'actors.analysis' has no attribute {name!r}")
    return getattr(import_module(home), name)
