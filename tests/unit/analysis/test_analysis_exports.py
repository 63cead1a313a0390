"""The public names of `actors.analysis` (the wiring code depends on them)."""

from __future__ import annotations

import actors.analysis


def test_exported_members() -> None:
    assert set(actors.analysis.__all__) == {
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
    }
    for name in actors.analysis.__all__:
        assert getattr(actors.analysis, name) is not None
