"""Fixtures for the analysis tests: a fake Gemini endpoint the real SDK talks to."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from actors.analysis.settings import AnalysisSettings
from tests.integration.analysis.fake_gemini import FakeGemini


@pytest.fixture(scope="session")
def gemini_server() -> Iterator[FakeGemini]:
    """One fake Gemini HTTP server for the session."""
    server = FakeGemini().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def fake_gemini(gemini_server: FakeGemini) -> Iterator[FakeGemini]:
    """The fake, with its call log and behaviour reset for this test."""
    gemini_server.reset()
    yield gemini_server
    gemini_server.reset()


def settings_for(fake: FakeGemini, **overrides: object) -> AnalysisSettings:
    """Settings pointing the real SDK at the fake (fast retries, short timeout)."""
    values: dict[str, object] = {
        "gemini_api_key": "fake-key-for-tests",
        "gemini_base_url": fake.base_url,
        "gemini_backoff_s": 0.01,
        "gemini_timeout_s": 30.0,  # generous: only load, never the fake, makes a call slow
        "batch_window_ms": 50.0,
        "measure": False,
    }
    values.update(overrides)
    return AnalysisSettings(**values)  # type: ignore[arg-type]
