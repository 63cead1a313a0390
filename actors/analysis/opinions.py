"""Gemini as a second opinion: merge its answer with the offline (static and measured) one.

The rule: when the two agree, Gemini's answer stands with a higher confidence; when they
disagree, the offline class is kept wherever its evidence is firm (the syntax tree bounded
the loops with at most one guess, static confidence >= `FIRM_STATIC`, or the timings agree
with it), and Gemini decides only where the offline answer rests on guesses the
measurements did not confirm. Either way the confidence drops with the distance between them.

How it was chosen: `bench/bench_analysis_accuracy.py --gemini-recorded FILE` answers every
CodeComplex development program through the service with a key set (real SDK, local server
replaying FILE) and scores this merge at several thresholds on the train split. With the
committed stand-in (`bench/gemini_recorded_codecomplex.jsonl`: SYNTHETIC answers at the
published Gemini Pro 1.0 accuracy, 35.4 % exact, since there is no key here) thresholds up to
0.6 tie as best on train (80.3 % exact; Gemini alone 34.2 %, the offline answer alone 80.3 %)
and letting Gemini decide every disagreement falls to Gemini's own figure; where both agree
they are right 95.7 % of the time. The threshold is to be measured again on real recorded
answers, whose errors, unlike the stand-in's, depend on the program.
"""

from __future__ import annotations

from dataclasses import replace

from actors.analysis.classes import class_index
from actors.analysis.models import Analysis, Fit, Opinion
from actors.analysis.offline.fit import curve

#: Static confidence at or above which the syntax tree is "sure" (at most one guess).
FIRM_STATIC = 0.6


def _opinion(offline: Analysis, source: str) -> Opinion | None:
    return next((o for o in offline.sources if o.source == source), None)


def offline_is_firm(offline: Analysis, firm_static: float = FIRM_STATIC) -> bool:
    """Whether the offline answer stands on firm evidence (see the module docstring)."""
    static = _opinion(offline, "static")
    measured = _opinion(offline, "measured")
    if static is None:
        return False
    if measured is not None and measured.time == offline.time:
        return True
    return static.time == offline.time and static.confidence >= firm_static


def merge(gemini: Analysis, offline: Analysis, firm_static: float = FIRM_STATIC) -> Analysis:
    """One answer from Gemini's and the offline analyzer's, with every source listed.

    The chart (when there are timings) draws the class that was believed; when the timings
    alone fit another class, the explanation says so and the confidence drops.

    Args:
        gemini: Gemini's answer.
        offline: The offline answer (its `sources` hold the static and measured opinions).
        firm_static: Static confidence from which the offline class outvotes Gemini
            (`bench/bench_analysis_accuracy.py --gemini-recorded` compares thresholds).
    """
    sources = (*offline.sources, Opinion("gemini", gemini.time, gemini.confidence))
    gap = abs(class_index(gemini.time) - class_index(offline.time))
    if gap == 0:
        chosen = replace(
            gemini,
            confidence=min(0.95, max(gemini.confidence, offline.confidence) + 0.1),
            explanation=f"{gemini.explanation} The offline analysis agrees ({offline.time}).",
        )
    elif offline_is_firm(offline, firm_static):
        chosen = replace(
            offline,
            confidence=max(0.25, offline.confidence - 0.1 * gap),
            explanation=(
                f"Gemini answered {gemini.time}; the offline analysis ({offline.time}) is "
                f"believed because its evidence is firm. {offline.explanation}"
            ),
            reason="",
        )
    else:
        chosen = replace(
            gemini,
            confidence=max(0.25, gemini.confidence - 0.1 * gap),
            explanation=(
                f"{gemini.explanation} The offline analysis guessed {offline.time}; "
                f"Gemini's {gemini.time} is believed."
            ),
        )
    fit = None
    if offline.measurements:
        fit = Fit(cls=chosen.time, points=curve(offline.measurements, chosen.time))
        measured = _opinion(offline, "measured")
        if measured is not None and measured.time != chosen.time and chosen.source == "gemini":
            # The timings alone fit another class: say which is believed, and trust it less
            # (an offline answer already says so in its own explanation).
            off = abs(class_index(measured.time) - class_index(chosen.time))
            chosen = replace(
                chosen,
                confidence=max(0.25, chosen.confidence - 0.1 * off),
                explanation=(
                    f"{chosen.explanation} The timings alone fit {measured.time} best; "
                    f"{chosen.time} is believed over them and the chart draws {chosen.time} "
                    "fitted to the points."
                ),
            )
    return replace(chosen, measurements=offline.measurements, fit=fit, sources=sources)
