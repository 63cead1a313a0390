"""When timings on generated input rule out the static estimate's quadratic or cubic class.

A fit over a few points near start-up noise cannot tell O(n) from O(n^2); an *absence* of
growth can. A CPython loop of n^2/2 iterations at n = 2048 costs at least ~40 ms of CPU (some
20 ns per bare iteration, more with any body), and the sandbox's cgroup counts CPU time, not
wall time, so a loaded machine does not hide it. When a stdin program ran to n >= 2048 on
every size and its CPU time rose by under 25 ms, the quadratic path was never
taken on that input: the estimate is too high, or it needs an input we cannot guess.

The same holds one class up: n^3/6 iterations at n = 512 cost some 400 ms. A static O(n^3)
whose CPU time at n = 512 rose by under 100 ms falls to O(n^2) (what it does at larger n is
quadratic work or less), and further when it stays flat to 2048 as above.
"""

from __future__ import annotations

from dataclasses import dataclass

from actors.analysis.models import Measurement
from actors.analysis.offline.cost import EXP, N2, N3, Cost
from actors.analysis.offline.measure import MeasureResult

#: Smallest size the ladder must have reached to refute a quadratic estimate.
MIN_SIZE = 2048
#: Smallest size the ladder must have reached to refute a cubic estimate.
MIN_CUBIC_SIZE = 512
#: Most CPU seconds the runs may have risen over the smallest one.
MAX_RISE_S = 0.025
#: Most CPU seconds a run from `MIN_CUBIC_SIZE` up to `MIN_SIZE` may have risen (a quarter of
#: what a cubic loop costs at 512).
MAX_CUBIC_RISE_S = 0.1
#: Fewest timed sizes.
MIN_POINTS = 4


@dataclass(frozen=True, slots=True)
class Refutation:
    """The class the timings leave, the static class they rule out, and how far they were flat."""

    cls: str
    refuted: str
    up_to: int


def refuted(static: Cost, measured: MeasureResult | None) -> Refutation | None:
    """The class to answer instead of a static O(n^2) or O(n^3); None when timings allow it.

    Below a refuted quadratic: O(n log n) when the code sorts, else O(n): the work the
    program clearly does (reading n values) is linear, and a sort is the usual remaining cost.
    """
    if measured is None or not measured.stdin or not (N2 <= static < EXP):
        return None
    points = measured.points
    if len({p.n for p in points}) < MIN_POINTS:
        return None
    linear = "O(n log n)" if measured.sorts else "O(n)"
    if static >= N3:
        if not _flat(points, MIN_CUBIC_SIZE, below=MIN_SIZE, rise=MAX_CUBIC_RISE_S):
            return None
        if _flat(points, MIN_SIZE):
            return Refutation(linear, "O(n^3)", max(p.n for p in points))
        flat_to = max(p.n for p in points if MIN_CUBIC_SIZE <= p.n < MIN_SIZE)
        return Refutation("O(n^2)", "O(n^3)", flat_to)
    if not _flat(points, MIN_SIZE):
        return None
    return Refutation(linear, "O(n^2)", max(p.n for p in points))


def refuted_quadratic(static: Cost, measured: MeasureResult | None) -> str | None:
    """The class to answer instead of a static O(n^2) (None when timings allow it)."""
    if not (N2 <= static < N3):
        return None
    found = refuted(static, measured)
    return found.cls if found is not None else None


def _flat(
    points: tuple[Measurement, ...],
    min_size: int,
    below: int | None = None,
    rise: float = MAX_RISE_S,
) -> bool:
    """Timed at `min_size` or beyond (below `below`), never more than `rise` above the fastest."""
    tops = [p.seconds for p in points if p.n >= min_size and (below is None or p.n < below)]
    if not tops:
        return False
    return max(tops) - min(p.seconds for p in points) < rise
