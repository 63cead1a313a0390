"""Merge the static estimate and the measured fit into one answer with a confidence."""

from __future__ import annotations

from actors.analysis.classes import class_index
from actors.analysis.models import Analysis, Fit, Opinion
from actors.analysis.offline.fit import FitResult, curve, spread
from actors.analysis.offline.measure import MeasureResult
from actors.analysis.offline.refute import MIN_SIZE, refuted_quadratic
from actors.analysis.offline.static import StaticReport


def static_confidence(report: StaticReport) -> float:
    """How much to trust the syntax-tree estimate: lower for every guess it had to make."""
    return max(0.3, min(0.8, 0.75 - 0.1 * report.fallbacks))


def combine(report: StaticReport, measured: MeasureResult | None) -> Analysis:
    """One offline `Analysis` from the static report and optional measurements.

    The headline class and the chart never disagree: the chart's curve is the headline
    class fitted to the measured points. When the points alone fit another class best, the
    explanation says which of the two is believed and why, and the confidence drops.
    """
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
    sources = [Opinion("static", time, confidence)]
    why = "; ".join(report.reasons[:2]) or "straight-line code"
    parts = [f"Static analysis: {why}."]
    points = None
    fit = None
    if measured is not None:
        parts.append(measured.note.capitalize() + ".")
        result = measured.fit
        lower = refuted_quadratic(report.time, measured)
        if lower is not None:
            points = measured.points
            top = max(p.n for p in points)
            sources.append(Opinion("measured", lower, 0.5))
            parts.append(
                f"Believed the measurements ({lower}) over the static estimate ({time}): the "
                f"program ran on generated input up to n = {top} with its CPU time barely above "
                f"start-up, far below what a quadratic loop costs at n >= {MIN_SIZE}. The static "
                "estimate may hold only for inputs the generator did not produce."
            )
            time = lower
            confidence = 0.45
            fit = Fit(cls=time, points=curve(points, time))
        elif measured.points and result is not None:
            points = measured.points
            sources.append(Opinion("measured", result.cls, _fit_confidence(result)))
            gap = abs(class_index(result.cls) - class_index(time))
            if gap == 0:
                confidence = min(0.95, confidence + 0.2)
                parts.append(f"Measurements agree ({result.cls}).")
            elif (
                result.strong
                and report.fallbacks > 0
                and spread(measured.points) >= 8.0
                and not _log_factor_apart(result.cls, time)
            ):
                # Only where the syntax tree needed guesses, and the timings grew clearly
                # beyond start-up noise, do measurements overrule it.
                parts.append(
                    f"Believed the measurements ({result.cls}): they fit it clearly and rose "
                    f"well above start-up time, while the static estimate ({time}) had to guess."
                )
                time = result.cls
                confidence = 0.55
            else:
                confidence = max(0.25, confidence - 0.15 * gap)
                parts.append(
                    f"Believed the static estimate ({time}) over the timings, which alone fit "
                    f"{result.cls} best: {_why_static(report, measured, time)}. The chart draws "
                    f"{time} fitted to the points."
                )
            fit = Fit(cls=time, points=curve(points, time))
        elif measured.points:
            sizes = len({p.n for p in measured.points})
            parts.append(
                f"Only {sizes} input size{'s' if sizes != 1 else ''} could be timed, too few to "
                "fit a curve: no chart, and the static estimate stands."
            )
    return Analysis(
        source="offline",
        time=time,
        space=report.space.label(),
        functions=report.function_complexities(),
        explanation=" ".join(parts),
        confidence=confidence,
        measurements=points,
        fit=fit,
        sources=tuple(sources),
    )


def _fit_confidence(result: FitResult) -> float:
    """How far a fit alone is to be trusted: clear fits more, ambiguous ones little."""
    return 0.7 if result.strong else 0.4


#: Classes a log factor apart. Over the sizes a measurement reaches (64 to 4096, say) they
#: differ by a factor of about 2, which the timings of one run under the sandbox's CPU quota
#: do not resolve: a quicksort fitted O(n) in one run and O(n log n) in the next.
_LOG_FACTOR_APART = frozenset({frozenset({"O(1)", "O(log n)"}), frozenset({"O(n)", "O(n log n)"})})


def _log_factor_apart(a: str, b: str) -> bool:
    return frozenset({a, b}) in _LOG_FACTOR_APART


def _why_static(report: StaticReport, measured: MeasureResult, static: str) -> str:
    """Why the syntax tree wins a disagreement, in words."""
    if report.fallbacks == 0:
        return "the syntax tree bounds every loop without guessing"
    if measured.fit is not None and _log_factor_apart(measured.fit.cls, static):
        return "timings at these sizes cannot tell a log factor apart"
    if measured.fit is not None and not measured.fit.strong:
        return "no class fits the timings clearly"
    return "the timings barely rose above start-up time at the sizes that could be run"
