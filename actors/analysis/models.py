"""The Analysis result and its parts, shaped exactly as `POST /api/analyze` returns them."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

Source = Literal["gemini", "offline"]


@dataclass(frozen=True, slots=True)
class Measurement:
    """One timed point: the input size and the seconds one call took at that size."""

    n: int
    seconds: float

    def to_dict(self) -> dict[str, object]:
        """Plain-JSON form."""
        return {"n": self.n, "seconds": self.seconds}


@dataclass(frozen=True, slots=True)
class Fit:
    """The class whose curve fits the measurements best, with the points it was fitted to."""

    cls: str
    points: tuple[Measurement, ...]

    def to_dict(self) -> dict[str, object]:
        """Plain-JSON form (`class` is a Python keyword, hence the field name `cls`)."""
        return {"class": self.cls, "points": [p.to_dict() for p in self.points]}


@dataclass(frozen=True, slots=True)
class FunctionComplexity:
    """Complexity of one function (1-based `line` of its `def`)."""

    name: str
    time: str
    space: str
    line: int

    def to_dict(self) -> dict[str, object]:
        """Plain-JSON form."""
        return {"name": self.name, "time": self.time, "space": self.space, "line": self.line}


@dataclass(frozen=True, slots=True)
class Opinion:
    """What one source said: `static` (syntax tree), `measured` (timings) or `gemini`."""

    source: Literal["static", "measured", "gemini"]
    time: str
    confidence: float

    def to_dict(self) -> dict[str, object]:
        """Plain-JSON form."""
        return {
            "source": self.source,
            "time": self.time,
            "confidence": round(float(self.confidence), 3),
        }


@dataclass(frozen=True, slots=True)
class Analysis:
    """The answer to one analysis request.

    Attributes:
        source: Which backend produced it (`gemini` or `offline`).
        time: Overall time class, one of `actors.analysis.classes.CLASSES`.
        space: Overall extra-space class, same labels.
        functions: Per-function classes, in source order.
        explanation: A short human explanation.
        confidence: 0..1, how sure the backend is.
        measurements: Timed points when the code was measured in the sandbox, else None.
        fit: The best-fitting class for the measurements, else None.
        reason: Why the offline backend answered instead of Gemini (empty when not a fallback).
        sources: What each source said on its own (static, measured, Gemini), when known.
    """

    source: Source
    time: str
    space: str
    functions: tuple[FunctionComplexity, ...] = ()
    explanation: str = ""
    confidence: float = 0.5
    measurements: tuple[Measurement, ...] | None = None
    fit: Fit | None = None
    reason: str = ""
    sources: tuple[Opinion, ...] = ()

    def with_reason(self, reason: str) -> Analysis:
        """A copy labelled with the reason it is a fallback."""
        return replace(self, reason=reason)

    def to_dict(self) -> dict[str, object]:
        """The JSON shape of the API contract (plus `reason` when it is a fallback)."""
        out: dict[str, object] = {
            "source": self.source,
            "time": self.time,
            "space": self.space,
            "functions": [f.to_dict() for f in self.functions],
            "explanation": self.explanation,
            "confidence": round(float(self.confidence), 3),
            "measurements": (
                None if self.measurements is None else [m.to_dict() for m in self.measurements]
            ),
            "fit": None if self.fit is None else self.fit.to_dict(),
        }
        if self.reason:
            out["reason"] = self.reason
        if self.sources:
            out["sources"] = [o.to_dict() for o in self.sources]
        return out
