"""The warm pool's share per language: proportional to recent runs, at least one each in use."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from sandbox.backends.base import Sandbox
from sandbox.errors import UnknownLanguageError
from sandbox.events import RunRequest
from sandbox.pool import WarmPool
from sandbox.runner import FinishedRun
from sandbox.settings import SandboxSettings
from sandbox.verdicts import Verdict


def no_sandbox() -> Sandbox:
    raise AssertionError("nothing is started in these tests")


def pool(pool_size: int) -> WarmPool:
    settings = SandboxSettings(
        state_dir=Path("/nonexistent"), environment="test", pool_size=pool_size
    )
    return WarmPool(settings, no_sandbox, backend="runsc")


def runs(warm: WarmPool, language: str, count: int) -> None:
    lane = warm._lanes[language] if language == "python" else warm._use(language)
    now = time.monotonic()
    lane.runs.extend([now] * count)


def test_python_alone_keeps_the_pool_size() -> None:
    warm = pool(4)
    assert warm._targets() == {"python": 4}
    runs(warm, "python", 10)
    assert warm._targets() == {"python": 4}


def test_a_language_in_use_gets_at_least_one() -> None:
    warm = pool(4)
    warm._use("go")  # prewarmed, no run yet
    assert warm._targets() == {"python": 4, "go": 1}
    runs(warm, "python", 30)
    assert warm._targets() == {"python": 4, "go": 1}


def test_shares_follow_demand() -> None:
    warm = pool(4)
    runs(warm, "python", 10)
    runs(warm, "java", 30)
    assert warm._targets() == {"python": 1, "java": 3}
    runs(warm, "cpp", 40)  # java 30, cpp 40, python 10 of 80
    assert warm._targets() == {"python": 1, "java": 2, "cpp": 2}


def test_old_runs_stop_counting() -> None:
    warm = pool(2)
    lane = warm._use("javascript")
    lane.runs.append(time.monotonic() - warm.settings.language_idle_s - 1)
    runs(warm, "python", 5)
    assert warm._targets() == {"python": 2, "javascript": 1}
    assert not lane.runs


def test_a_language_out_of_use_has_no_share() -> None:
    warm = pool(2)
    runs(warm, "go", 3)
    warm._lanes["go"].in_use = False
    assert warm._targets() == {"python": 2}
    assert warm.warm_by_language() == {"python": 0}


async def test_prewarm_of_an_unknown_language_is_refused() -> None:
    with pytest.raises(UnknownLanguageError, match="unknown language 'cobol'"):
        await pool(1).prewarm("cobol")


async def test_a_backend_without_languages_says_so() -> None:
    # The relaxed and Kubernetes backends have no language factory: Python only.
    refused = await pool(1).submit(RunRequest(run_id="r", code="int main(){}", language="cpp"))
    assert isinstance(refused, FinishedRun)
    assert refused.result.verdict is Verdict.SANDBOX_ERROR
    assert "runs Python only" in refused.result.message
