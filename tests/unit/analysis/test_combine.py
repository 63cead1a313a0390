"""How static and measured evidence are merged into one answer."""

from __future__ import annotations

from actors.analysis.models import Measurement
from actors.analysis.offline.combine import combine
from actors.analysis.offline.cost import N2, NLOGN, N
from actors.analysis.offline.fit import fit_classes
from actors.analysis.offline.measure import MeasureResult
from actors.analysis.offline.static import StaticReport


def _quadratic_points() -> tuple[Measurement, ...]:
    return tuple(Measurement(n, 1e-5 + 1e-8 * n * n) for n in (16, 32, 64, 128, 256, 512))


def _measured(points: tuple[Measurement, ...]) -> MeasureResult:
    return MeasureResult(points, fit_classes(points), "timed f() in the sandbox")


def test_static_only_answer() -> None:
    analysis = combine(StaticReport(time=N, space=N, reasons=["f: loop"]), None)
    assert (analysis.source, analysis.time, analysis.space) == ("offline", "O(n)", "O(n)")
    assert analysis.measurements is None and analysis.fit is None
    assert 0.3 <= analysis.confidence <= 0.8


def test_agreement_raises_confidence_and_keeps_points() -> None:
    report = StaticReport(time=N2, space=N)
    alone = combine(report, None)
    both = combine(report, _measured(_quadratic_points()))
    assert both.time == "O(n^2)" and both.confidence > alone.confidence
    assert both.fit is not None and both.fit.cls == "O(n^2)"
    assert both.measurements is not None and len(both.measurements) == 6


def test_sure_static_estimate_is_kept_against_measurements() -> None:
    both = combine(StaticReport(time=N, space=N, fallbacks=0), _measured(_quadratic_points()))
    assert both.time == "O(n)"
    assert "Believed the static estimate (O(n))" in both.explanation
    assert "fit O(n^2) best" in both.explanation
    # The chart draws the believed class, never the one the headline rejected.
    assert both.fit is not None and both.fit.cls == "O(n)"
    assert both.confidence < combine(StaticReport(time=N, space=N), None).confidence


def test_guessing_static_estimate_yields_to_clear_measurements() -> None:
    both = combine(StaticReport(time=N, space=N, fallbacks=2), _measured(_quadratic_points()))
    assert both.time == "O(n^2)"
    assert both.fit is not None and both.fit.cls == "O(n^2)"
    assert "Believed the measurements" in both.explanation


def test_timings_do_not_decide_a_log_factor() -> None:
    # Exactly linear points, clearly O(n) to the fit, against a guessing O(n log n): the
    # timings of one run cannot resolve the factor of ~2 a log makes over these sizes.
    points = tuple(Measurement(n, 1e-5 + 1e-7 * n) for n in (64, 256, 1024, 4096))
    measured = _measured(points)
    assert measured.fit is not None and measured.fit.cls == "O(n)" and measured.fit.strong
    both = combine(StaticReport(time=NLOGN, space=N, fallbacks=1), measured)
    assert both.time == "O(n log n)"
    assert "cannot tell a log factor apart" in both.explanation
    assert both.fit is not None and both.fit.cls == "O(n log n)"


def test_chart_curve_is_the_headline_class_fitted_to_the_points() -> None:
    points = _quadratic_points()
    both = combine(StaticReport(time=N2, space=N), _measured(points))
    assert both.fit is not None
    curve = both.fit.points
    assert [p.n for p in curve] == [p.n for p in points]
    # a + b*n^2 through exact quadratic points reproduces them closely.
    for fitted, real in zip(curve, points, strict=True):
        assert abs(fitted.seconds - real.seconds) / real.seconds < 0.05


def test_unparsable_code_gives_zero_confidence() -> None:
    analysis = combine(StaticReport(time=N, space=N, error="syntax error: x"), None)
    assert analysis.confidence == 0.0 and "could not be analysed" in analysis.explanation


def test_too_few_sizes_give_no_chart_and_say_so() -> None:
    points = tuple(Measurement(n, 1e-3 * n) for n in (16, 32))
    analysis = combine(StaticReport(time=N, space=N), _measured(points))
    assert analysis.time == "O(n)"
    assert analysis.measurements is None and analysis.fit is None
    assert [o.source for o in analysis.sources] == ["static"]
    assert "too few to fit a curve: no chart" in analysis.explanation
