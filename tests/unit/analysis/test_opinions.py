"""Gemini as a second opinion: how its answer and the offline one are merged."""

from __future__ import annotations

from actors.analysis.models import Analysis, Measurement, Opinion
from actors.analysis.opinions import merge, offline_is_firm

POINTS = tuple(Measurement(n, 1e-5 + 1e-8 * n * n) for n in (16, 32, 64, 128, 256, 512))


def _offline(time: str, static_conf: float, measured: str | None = None) -> Analysis:
    sources = [Opinion("static", time, static_conf)]
    if measured is not None:
        sources.append(Opinion("measured", measured, 0.7))
    return Analysis(
        source="offline",
        time=time,
        space="O(1)",
        explanation="offline says so.",
        confidence=static_conf,
        measurements=POINTS if measured is not None else None,
        sources=tuple(sources),
    )


def _gemini(time: str) -> Analysis:
    return Analysis(source="gemini", time=time, space="O(1)", explanation="model.", confidence=0.8)


def test_agreement_raises_confidence_and_lists_every_source() -> None:
    merged = merge(_gemini("O(n^2)"), _offline("O(n^2)", 0.75, measured="O(n^2)"))
    assert (merged.source, merged.time) == ("gemini", "O(n^2)")
    assert merged.confidence > 0.8
    assert [o.source for o in merged.sources] == ["static", "measured", "gemini"]
    assert merged.fit is not None and merged.fit.cls == "O(n^2)"


def test_firm_offline_answer_outvotes_gemini() -> None:
    offline = _offline("O(n)", 0.75)
    assert offline_is_firm(offline)
    merged = merge(_gemini("O(n^2)"), offline)
    assert (merged.source, merged.time) == ("offline", "O(n)")
    assert "Gemini answered O(n^2)" in merged.explanation
    assert merged.confidence < 0.75


def test_gemini_decides_where_the_offline_answer_guessed() -> None:
    offline = _offline("O(n)", 0.45)
    assert not offline_is_firm(offline)
    merged = merge(_gemini("O(n log n)"), offline)
    assert (merged.source, merged.time) == ("gemini", "O(n log n)")
    assert merged.sources[-1] == Opinion("gemini", "O(n log n)", 0.8)


def test_measurements_that_agree_make_a_guess_firm_and_the_chart_follows_the_headline() -> None:
    offline = _offline("O(n^2)", 0.45, measured="O(n^2)")
    merged = merge(_gemini("O(n)"), offline)
    assert merged.time == "O(n^2)"
    assert merged.fit is not None and merged.fit.cls == merged.time
    assert [p.n for p in merged.fit.points] == [p.n for p in POINTS]
    assert merged.to_dict()["sources"][2] == {"source": "gemini", "time": "O(n)", "confidence": 0.8}


def test_gemini_believed_over_timings_says_so_and_is_less_sure() -> None:
    # The static estimate guessed and the timings (a weak fit) disagree with it: not firm.
    offline = _offline("O(n)", 0.45, measured="O(n^2)")
    merged = merge(_gemini("O(n log n)"), offline)
    assert (merged.source, merged.time) == ("gemini", "O(n log n)")
    assert "The timings alone fit O(n^2) best; O(n log n) is believed" in merged.explanation
    assert merged.fit is not None and merged.fit.cls == "O(n log n)"
    assert merged.confidence < merge(_gemini("O(n log n)"), _offline("O(n)", 0.45)).confidence


def test_the_firm_threshold_decides_who_wins_a_disagreement() -> None:
    offline = _offline("O(n)", 0.65)
    assert merge(_gemini("O(n^2)"), offline, firm_static=0.6).time == "O(n)"
    assert merge(_gemini("O(n^2)"), offline, firm_static=0.7).time == "O(n^2)"
