"""Timings that stay flat up to large n overrule a static O(n^2), and nothing weaker does."""

from __future__ import annotations

from actors.analysis.models import Measurement
from actors.analysis.offline.combine import combine
from actors.analysis.offline.cost import N2, N3, N
from actors.analysis.offline.fit import fit_classes
from actors.analysis.offline.measure import MeasureResult
from actors.analysis.offline.refute import refuted_quadratic
from actors.analysis.offline.static import StaticReport

SIZES = (128, 512, 2048, 4096)


def _stdin(seconds: tuple[float, ...], *, sorts: bool = False, stdin: bool = True) -> MeasureResult:
    points = tuple(Measurement(n, t) for n, t in zip(SIZES, seconds, strict=True))
    return MeasureResult(points, fit_classes(points), "timed", stdin=stdin, sorts=sorts)


FLAT = (0.050, 0.055, 0.052, 0.061)


def test_flat_timings_to_4096_refute_a_static_quadratic() -> None:
    report = StaticReport(time=N2, space=N, reads_stdin=True)
    answer = combine(report, _stdin(FLAT))
    assert answer.time == "O(n)"
    assert answer.confidence < combine(report, None).confidence
    assert "Believed the measurements (O(n)) over the static estimate (O(n^2))" in (
        answer.explanation
    )
    # Headline and chart agree.
    assert answer.fit is not None and answer.fit.cls == "O(n)"
    assert [o.source for o in answer.sources] == ["static", "measured"]


def test_a_sorting_program_falls_to_n_log_n() -> None:
    assert refuted_quadratic(N2, _stdin(FLAT, sorts=True)) == "O(n log n)"


def test_the_rise_allowed_grows_with_n() -> None:
    # 26 ms over the fastest run at 4096 is start-up noise there (a quadratic loop costs
    # over 100 ms more); the same rise at 2048 is not allowed.
    assert refuted_quadratic(N2, _stdin((0.014, 0.022, 0.025, 0.040))) == "O(n)"
    assert refuted_quadratic(N2, _stdin((0.014, 0.022, 0.040, 0.030))) is None
    # The cheapest quadratic timed in gVisor (`a[i] in a[:i]`, 0.1 core) stays quadratic.
    assert refuted_quadratic(N2, _stdin((0.025, 0.030, 0.075, 0.160))) is None


def test_weaker_evidence_keeps_the_static_class() -> None:
    rising = (0.050, 0.052, 0.090, 0.210)  # quadratic work showing at 2048 and 4096
    assert refuted_quadratic(N2, _stdin(rising)) is None
    assert refuted_quadratic(N2, _stdin(FLAT, stdin=False)) is None  # a function harness
    assert refuted_quadratic(N, _stdin(FLAT)) is None  # nothing to refute
    assert refuted_quadratic(N3, _stdin(FLAT)) is None  # only the quadratic class
    short = MeasureResult(
        tuple(Measurement(n, 0.05) for n in (128, 256, 512, 1024)), None, "timed", stdin=True
    )
    assert refuted_quadratic(N2, short) is None  # never reached n = 2048
    assert refuted_quadratic(N2, None) is None
