"""Gemini as a second opinion, replayed from recorded answers through the real SDK.

The recorded answers are found by the SHA-256 of each program (as the accuracy benchmark's
`--gemini-recorded` mode does with `bench/gemini_recorded_codecomplex.jsonl`).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from actors.analysis.service import AnalysisService
from tests.integration.analysis.conftest import settings_for
from tests.integration.analysis.fake_gemini import FakeGemini, recorded_answer

ROOT = Path(__file__).resolve().parents[3]

NESTED = """\
n = int(input())
a = list(map(int, input().split()))
pairs = 0
for i in range(n):
    for j in range(i + 1, n):
        pairs += a[i] < a[j]
print(pairs)
"""
SORTING = """\
n = int(input())
a = sorted(map(int, input().split()))
print(a[n // 2])
"""
UNRECORDED = "print(sum(map(int, input().split())))\n"


def _row(code: str, time: str, confidence: float) -> dict[str, object]:
    digest = hashlib.sha256(code.encode()).hexdigest()
    return {"sha256": digest, "time": time, "confidence": confidence, "explanation": "rec."}


async def test_recorded_answers_are_second_opinions(fake_gemini: FakeGemini) -> None:
    fake_gemini.behaviour.answer = recorded_answer(
        [_row(NESTED, "O(n^3)", 0.9), _row(SORTING, "O(n log n)", 0.7)]
    )
    service = AnalysisService(settings_for(fake_gemini))
    try:
        nested = await service.analyze(NESTED)
        sorting = await service.analyze(SORTING)
        unrecorded = await service.analyze(UNRECORDED)
    finally:
        await service.aclose()
    # Every source is listed, each with what it said on its own.
    assert [(o.source, o.time) for o in nested.sources] == [
        ("static", "O(n^2)"),
        ("gemini", "O(n^3)"),
    ]
    # The syntax tree bounds both loops without a guess: it outvotes the recorded answer,
    # and the disagreement costs confidence.
    assert (nested.source, nested.time) == ("offline", "O(n^2)")
    assert "Gemini answered O(n^3)" in nested.explanation
    assert nested.confidence < 0.75
    # Agreement: Gemini's answer, surer than either alone.
    assert (sorting.source, sorting.time) == ("gemini", "O(n log n)")
    assert sorting.confidence > 0.75
    # A program with no recording falls back offline, with the reason.
    assert unrecorded.source == "offline" and unrecorded.reason
    assert [o.source for o in unrecorded.sources] == ["static"]


def test_committed_stand_in_is_labelled_synthetic() -> None:
    path = ROOT / "bench" / "gemini_recorded_codecomplex.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len({r["sha256"] for r in rows}) > 400
    assert all("synthetic" in r["explanation"] for r in rows)
