"""Integration fixtures: a real gVisor pool for the session (shared helpers from security)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from sandbox.pool import WarmPool
from tests.security.conftest import security_settings


@pytest.fixture(scope="session")
async def sandbox_pool(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[WarmPool]:
    """A warm gVisor pool with the documented default limits (short wall clock for tests)."""
    pool = WarmPool.from_settings(security_settings(tmp_path_factory.mktemp("integration")))
    await pool.start()
    yield pool
    await pool.close()
