"""Big-O analysis of user code: Gemini when configured, an offline analyser otherwise.

Entry points: `AnalysisService` (plain asyncio) and `get_analysis_actor` / `AnalysisClient`
(the shared Ray actor wrapping one service).
"""

from actors.analysis.actor import ACTOR_NAME, AnalysisActor, AnalysisClient, get_analysis_actor
from actors.analysis.classes import CLASSES
from actors.analysis.gemini import GeminiAnalyzer, GeminiError
from actors.analysis.interface import AnalysisRequest, Analyzer
from actors.analysis.metrics import ActorStatsCollector, AnalyzerMetrics
from actors.analysis.models import Analysis, Fit, FunctionComplexity, Measurement
from actors.analysis.offline.analyzer import OfflineAnalyzer
from actors.analysis.service import AnalysisService, CodeTooLargeError
from actors.analysis.settings import AnalysisSettings

__all__ = [
    "ACTOR_NAME",
    "CLASSES",
    "ActorStatsCollector",
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
