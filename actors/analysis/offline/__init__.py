"""Offline Big-O analysis: the syntax tree, plus timing in the sandbox when available."""

from actors.analysis.offline.analyzer import OfflineAnalyzer
from actors.analysis.offline.static import StaticAnalyzer, StaticReport

__all__ = ["OfflineAnalyzer", "StaticAnalyzer", "StaticReport"]
