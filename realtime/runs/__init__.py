"""Runs in rooms and over REST: the run service, its records and stores, and its wiring."""

from realtime.runs.memory import MemoryRunStore
from realtime.runs.records import RunRecord, code_hash
from realtime.runs.service import RunService
from realtime.runs.store import RunStore
from realtime.runs.wiring import Analyzer, RunsWiring

__all__ = [
    "Analyzer",
    "MemoryRunStore",
    "RunRecord",
    "RunService",
    "RunStore",
    "RunsWiring",
    "code_hash",
]
