"""A real local Ray with the sandbox pool actor over a real gVisor pool."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from actors.sandbox_client import RaySandboxPool
from actors.sandbox_pool import get_sandbox_pool_actor

TEST_ACTOR = "coderemote-test-sandbox-pool"


def pool_overrides(state_dir: Path) -> dict[str, Any]:
    """Small, fast gVisor pool settings for tests (never relaxed mode)."""
    if shutil.which("runsc") is None:
        pytest.fail("runsc (gVisor) is not installed: install the Debian package `runsc`")
    return {
        "state_dir": str(state_dir),
        "pool_size": 2,
        "queue_limit": 4,
        "wall_timeout_s": 6.0,
        "environment": "test",
        "relaxed_mode": False,
    }


@pytest.fixture(scope="session")
async def ray_pool(
    ray_session: None, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[RaySandboxPool]:
    """The shared pool actor (one per test session, shared by every test folder using it)."""
    actor = get_sandbox_pool_actor(
        "local", pool_overrides(tmp_path_factory.mktemp("ray-pool") / "state"), name=TEST_ACTOR
    )
    pool = RaySandboxPool(actor)
    await pool.start()
    yield pool
