"""When timings on generated input rule out the static estimate's quadratic class.

A fit over a few points near start-up noise cannot tell O(n) from O(n^2); an *absence* of
growth can. A CPython loop of n^2/2 iterations at n = 2048 costs at least ~40 ms of CPU (some
20 ns per bare iteration, more with any body), and the sandbox's cgroup counts CPU time, not
wall time, so a loaded machine does not hide it. When a stdin program ran to n >= 2048 on
every size and its CPU time rose by under 25 ms at 2048 (and in proportion to n beyond it:
50 ms at 4096, where the cheapest quadratic, `a[i] in a[:i]`, rises some 140 ms), the
quadratic path was never taken on that input: the estimate is too high, or it needs an
input we cannot guess. Scaling with n keeps start-up noise (10-20 ms either way) from
deciding at 4096.
"""

from __future__ import annotations

from actors.analysis.offline.cost import N2, N3, Cost
from actors.analysis.offline.measure import MeasureResult

#: Smallest size the ladder must have reached for a refutation.
MIN_SIZE = 2048
#: Most CPU seconds a run at MIN_SIZE may have risen over the fastest run (scaled with n).
MAX_RISE_S = 0.025
#: Fewest timed sizes.
MIN_POINTS = 4


def refuted_quadratic(static: Cost, measured: MeasureResult | None) -> str | None:
    """The class to answer instead of a static O(n^2), or None when the timings allow it.

    O(n log n) when the code sorts, else O(n): the work the program clearly does (reading
    n values) is linear, and a sort is the usual remaining cost.
    """
    if measured is None or not measured.stdin or not (N2 <= static < N3):
        return None
    points = measured.points
    if len({p.n for p in points}) < MIN_POINTS or max(p.n for p in points) < MIN_SIZE:
        return None
    base = min(p.seconds for p in points)
    if any(p.seconds - base >= MAX_RISE_S * p.n / MIN_SIZE for p in points if p.n >= MIN_SIZE):
        return None
    return "O(n log n)" if measured.sorts else "O(n)"
