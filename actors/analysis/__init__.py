"""Big-O analysis of user code: Gemini when configured, an offline analyser otherwise."""

from actors.analysis.classes import CLASSES
from actors.analysis.interface import AnalysisRequest, Analyzer
from actors.analysis.models import Analysis, Fit, FunctionComplexity, Measurement

__all__ = [
    "CLASSES",
    "Analysis",
    "AnalysisRequest",
    "Analyzer",
    "Fit",
    "FunctionComplexity",
    "Measurement",
]
