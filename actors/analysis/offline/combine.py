"""Merge the static estimate and the measured fit into one answer with a confidence."""

from __future__ import annotations

from actors.analysis.classes import class_index
from actors.analysis.models import Analysis
from actors.analysis.offline.measure import MeasureResult
from actors.analysis.offline.static import StaticReport


def static_confidence(report: StaticReport) -> float:
    """How much to trust the syntax-tree estimate: lower for every guess it had to make."""
    return max(0.3, min(0.8, 0.75 - 0.1 * report.fallbacks))


def combine(report: StaticReport, measured: MeasureResult | None) -> Analysis:
    """One offline `Analysis` from the static report and optional measurements."""
    if report.error:
        return Analysis(
            source="offline",
            time="O(1)",
            space="O(1)",
            explanation=f"The code could not be analysed ({report.error}).",
            confidence=0.0,
        )
    time = report.time.label()
    confidence = static_confidence(report)
    why = "; ".join(report.reasons[:2]) or "straight-line code"
    parts = [f"Static analysis: {why}."]
    points = None
    fit = None
    if measured is not None:
        parts.append(measured.note.capitalize() + ".")
        if measured.points:
            points = measured.points
            fit = measured.api_fit()
        result = measured.fit
        if result is not None:
            gap = abs(class_index(result.cls) - class_index(time))
            if gap == 0:
                confidence = min(0.95, confidence + 0.2)
                parts.append(f"Measurements agree ({result.cls}).")
            elif result.strong and report.fallbacks > 0 and _spread(measured) >= 8.0:
                # Only where the syntax tree needed guesses, and the timings grew clearly
                # beyond start-up noise, do measurements overrule it.
                parts.append(f"Measurements fit {result.cls} clearly; static guessed {time}.")
                time = result.cls
                confidence = 0.55
            else:
                confidence = max(0.3, confidence - 0.1 * gap)
                parts.append(f"Measurements suggest {result.cls}; kept the static estimate.")
    return Analysis(
        source="offline",
        time=time,
        space=report.space.label(),
        functions=report.function_complexities(),
        explanation=" ".join(parts),
        confidence=confidence,
        measurements=points,
        fit=fit,
    )


def _spread(measured: MeasureResult) -> float:
    """Largest over smallest measured time: how far the work rose above fixed overheads."""
    times = [p.seconds for p in measured.points if p.seconds > 0]
    if len(times) < 2:
        return 1.0
    return max(times) / min(times)
