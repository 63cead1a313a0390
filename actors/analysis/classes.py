"""The seven Big-O class labels of the API contract, in their agreed order."""

from __future__ import annotations

from typing import Final

#: The exact class strings of the Analysis answer (POST /api/analyze), cheapest to dearest.
CLASSES: Final[tuple[str, ...]] = (
    "O(1)",
    "O(log n)",
    "O(n)",
    "O(n log n)",
    "O(n^2)",
    "O(n^3)",
    "O(2^n)",
)


def class_index(label: str) -> int:
    """Position of `label` in `CLASSES`; raises `ValueError` for an unknown label."""
    return CLASSES.index(label)


def is_class(label: object) -> bool:
    """Whether `label` is one of the exact contract strings."""
    return isinstance(label, str) and label in CLASSES


def within_one(a: str, b: str) -> bool:
    """Whether two labels are equal or adjacent in `CLASSES`."""
    return abs(class_index(a) - class_index(b)) <= 1
