"""Fit timed points to the seven growth classes and pick the one that explains them best."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from actors.analysis.classes import CLASSES
from actors.analysis.models import Measurement


def _log_growth(cls: str, n: float) -> float:
    """Log of the growth function of `cls` at n (None-free; O(1) handled by the caller)."""
    lg = math.log(max(n, 2.0))
    lglg = math.log(math.log2(max(n, 2.0)))
    return {
        "O(log n)": lglg,
        "O(n)": lg,
        "O(n log n)": lg + lglg,
        "O(n^2)": 2 * lg,
        "O(n^3)": 3 * lg,
        "O(2^n)": n * math.log(2.0),
    }[cls]


def _growth(cls: str, ns: Sequence[float]) -> list[float]:
    """The growth function at each n, scaled so the largest is 1 (no overflow at 2^n)."""
    if cls == "O(1)":
        return [0.0 for _ in ns]
    logs = [_log_growth(cls, n) for n in ns]
    top = max(logs)
    return [math.exp(v - top) for v in logs]


@dataclass(frozen=True, slots=True)
class FitResult:
    """The best class, its log-space residual, and how clearly it beat the runner-up (>= 1)."""

    cls: str
    residual: float
    margin: float
    residuals: dict[str, float]

    @property
    def strong(self) -> bool:
        """The best class explains the points well and clearly better than any other."""
        return self.residual < 0.05 and self.margin > 2.0


def curve(points: Sequence[Measurement], cls: str) -> tuple[Measurement, ...]:
    """The curve of `cls` fitted to `points` (t = a + b*g(n)), at each measured size.

    The chart draws this under the headline class, so the line and the class named above it
    are always the same one.
    """
    if not points:
        return ()
    a, b, _ = _fit_params(points, cls)
    xs = _growth(cls, [float(p.n) for p in points])
    return tuple(
        Measurement(n=p.n, seconds=max(a + b * x, 0.0)) for p, x in zip(points, xs, strict=True)
    )


def _fit_params(points: Sequence[Measurement], cls: str) -> tuple[float, float, float]:
    """(a, b, mean squared log error) of the least-squares fit of t = a + b*g(n)."""
    xs = _growth(cls, [float(p.n) for p in points])
    ts = [max(p.seconds, 1e-9) for p in points]
    k = len(ts)
    mx, mt = sum(xs) / k, sum(ts) / k
    sxx = sum((x - mx) ** 2 for x in xs)
    if sxx <= 0 or not all(math.isfinite(x) for x in xs):
        a, b = mt, 0.0
    else:
        # Weighted toward relative error: divide each row by t so big points do not swamp small.
        w = [1.0 / (t * t) for t in ts]
        sw = sum(w)
        swx = sum(wi * x for wi, x in zip(w, xs, strict=True))
        swt = sum(wi * t for wi, t in zip(w, ts, strict=True))
        swxx = sum(wi * x * x for wi, x in zip(w, xs, strict=True))
        swxt = sum(wi * x * t for wi, x, t in zip(w, xs, ts, strict=True))
        det = sw * swxx - swx * swx
        if det <= 0:
            a, b = mt, 0.0
        else:
            b = (sw * swxt - swx * swt) / det
            a = (swt - b * swx) / sw
        if b < 0:
            a, b = mt, 0.0
        if a < 0:
            a = 0.0
            b = swxt / swxx if swxx > 0 else 0.0
    err = sum(
        (math.log(t) - math.log(max(a + b * x, 1e-12))) ** 2 for x, t in zip(xs, ts, strict=True)
    )
    return a, b, err / k


#: Fewest distinct sizes a curve is fitted to.
MIN_SIZES = 4

#: Largest over smallest time under which timings count as flat. The CPU time of one start
#: of the same program in gVisor at 0.1 core varies by about a third from run to run.
FLAT_SPREAD = 1.5


def spread(points: Sequence[Measurement]) -> float:
    """Largest over smallest measured time (1.0 under two): how far work rose above overheads."""
    times = [p.seconds for p in points if p.seconds > 0]
    if len(times) < 2:
        return 1.0
    return max(times) / min(times)


def fit_classes(points: Sequence[Measurement]) -> FitResult | None:
    """The best-fitting class for at least four points at four or more distinct sizes."""
    if len({p.n for p in points}) < MIN_SIZES:
        return None
    # Mean squared log error of t = a + b*g(n) with a, b >= 0 (least squares, then clamped).
    residuals = {c: _fit_params(points, c)[2] for c in CLASSES}
    if any(p.seconds > 0 for p in points) and spread(points) < FLAT_SPREAD:
        # Nothing rose above the start-up time's own run-to-run noise: any growing curve
        # would be fitted to that noise (one program fitted O(n) in one run, O(2^n) the next).
        return FitResult("O(1)", residuals["O(1)"], 1.0, residuals)
    # Occam: a faster-growing class must explain the points clearly better than a slower one,
    # or noise alone would always favour the more flexible curve.
    lowest = min(residuals.values())
    best = next(c for c in CLASSES if residuals[c] <= lowest * 1.5 + 2e-3)
    second = min((c for c in CLASSES if c != best), key=lambda c: residuals[c])
    margin = (residuals[second] + 1e-6) / (residuals[best] + 1e-6)
    return FitResult(best, residuals[best], margin, residuals)
