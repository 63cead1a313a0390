"""A tiny algebra of growth rates: n^deg * log^log n, or exponential."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True, order=True, slots=True)
class Cost:
    """A growth rate. Ordering is by dominance: exponential, then degree, then log power."""

    exp: bool = False
    deg: float = 0.0
    log: int = 0

    def __mul__(self, other: Cost) -> Cost:
        """Nesting: one cost repeated `other` times."""
        return Cost(self.exp or other.exp, self.deg + other.deg, self.log + other.log)

    def __or__(self, other: Cost) -> Cost:
        """Sequence: the dominant of the two."""
        return max(self, other)

    def power(self, k: int) -> Cost:
        """The cost raised to a small integer power (k nested copies)."""
        out = ONE
        for _ in range(k):
            out = out * self
        return out

    def label(self) -> str:
        """The contract label this cost rounds to (degrees round up: sqrt(n) counts as n)."""
        if self.exp:
            return "O(2^n)"
        deg = math.ceil(self.deg - 1e-9)
        if deg >= 3:
            return "O(n^3)"
        if deg == 2:
            return "O(n^2)"
        if deg == 1:
            return "O(n log n)" if self.log > 0 and self.deg == 1 else "O(n)"
        return "O(log n)" if self.log > 0 or self.deg > 0 else "O(1)"


ONE = Cost()
LOG = Cost(log=1)
SQRT = Cost(deg=0.5)
N = Cost(deg=1)
NLOGN = Cost(deg=1, log=1)
N2 = Cost(deg=2)
N3 = Cost(deg=3)
EXP = Cost(exp=True)


def from_label(label: str) -> Cost:
    """The canonical cost of a contract label."""
    return {
        "O(1)": ONE,
        "O(log n)": LOG,
        "O(n)": N,
        "O(n log n)": NLOGN,
        "O(n^2)": N2,
        "O(n^3)": N3,
        "O(2^n)": EXP,
    }[label]
