"""A private redis-server and two `coderemote serve --store redis` processes per test.

Each fault test owns its Redis (it kills or restarts it, with its own `appendfsync`), so it
cannot disturb the session's shared one.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import RedisServer, free_port
from tests.integration.faults.scenario import Cluster
from tests.serve_process import ServeProcess

ClusterFactory = Callable[..., Coroutine[Any, Any, Cluster]]


@pytest.fixture
async def cluster(tmp_path: Path) -> AsyncIterator[ClusterFactory]:
    """Factory: `await cluster(appendfsync="always")` starts Redis and two servers."""
    made: list[Cluster] = []

    async def make(*, appendfsync: str = "always", servers: int = 2) -> Cluster:
        workdir = tmp_path / "redis"
        workdir.mkdir()
        redis = RedisServer(port=free_port(), workdir=workdir, appendfsync=appendfsync)
        redis.start()
        env = {
            **os.environ,
            "CODEREMOTE_LOG_LEVEL": "WARNING",
            # No code runs in these tests: Ray and the sandbox pool stay off.
            "CODEREMOTE_WARM_ON_START": "false",
        }
        procs = [
            ServeProcess(
                free_port(),
                args=["--store", "redis", "--redis-url", redis.url],
                env=env,
                log_path=tmp_path / f"serve-{i}.log",
            )
            for i in range(servers)
        ]
        made.append(Cluster(redis, procs))
        for proc in procs:
            proc.launch()
        for proc in procs:
            proc.wait_healthy()
        return made[-1]

    yield make
    for c in made:
        for proc in c.servers:
            proc.stop()
        c.redis.stop()
