"""The Analysis JSON shape of the API contract and the class labels."""

from __future__ import annotations

import pytest

from actors.analysis.classes import CLASSES, class_index, is_class, within_one
from actors.analysis.models import Analysis, Fit, FunctionComplexity, Measurement
from actors.analysis.offline.cost import EXP, LOG, NLOGN, ONE, Cost, N, from_label


def test_labels_are_the_contract_strings_in_order() -> None:
    assert CLASSES == (
        "O(1)",
        "O(log n)",
        "O(n)",
        "O(n log n)",
        "O(n^2)",
        "O(n^3)",
        "O(2^n)",
    )
    assert within_one("O(n)", "O(n log n)")
    assert not within_one("O(n)", "O(n^2)")
    assert is_class("O(n^3)") and not is_class("O(n!)")
    with pytest.raises(ValueError):
        class_index("O(n!)")


def test_cost_algebra_round_trips_labels() -> None:
    for label in CLASSES:
        assert from_label(label).label() == label
    assert (N * LOG).label() == "O(n log n)"
    assert (N * N * LOG).label() == "O(n^2)"
    assert (NLOGN | N).label() == "O(n log n)"
    assert (ONE * EXP).label() == "O(2^n)"
    assert Cost(deg=0.5).label() == "O(n)"


def test_analysis_to_dict_matches_api_shape() -> None:
    points = (Measurement(8, 0.001), Measurement(16, 0.002))
    analysis = Analysis(
        source="offline",
        time="O(n)",
        space="O(1)",
        functions=(FunctionComplexity("f", "O(n)", "O(1)", 3),),
        explanation="one loop",
        confidence=0.81234,
        measurements=points,
        fit=Fit("O(n)", points),
        reason="no API key",
    )
    data = analysis.to_dict()
    assert set(data) == {
        "source",
        "time",
        "space",
        "functions",
        "explanation",
        "confidence",
        "measurements",
        "fit",
        "reason",
    }
    assert data["functions"] == [{"name": "f", "time": "O(n)", "space": "O(1)", "line": 3}]
    assert data["measurements"] == [{"n": 8, "seconds": 0.001}, {"n": 16, "seconds": 0.002}]
    assert data["fit"]["class"] == "O(n)" and len(data["fit"]["points"]) == 2
    assert data["confidence"] == 0.812


def test_analysis_without_measurements_has_nulls() -> None:
    data = Analysis(source="gemini", time="O(1)", space="O(1)").to_dict()
    assert data["measurements"] is None and data["fit"] is None and "reason" not in data
