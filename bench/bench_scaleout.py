"""Runs per second with one sandbox worker, then two, on a real multi-node Ray on this machine.

The cluster is the multi-node test's (`tests/integration/ray_multinode/cluster.py`): `ray
start --head` with no resources, then `ray start --address` workers declaring `sandbox_node`,
each a real node with its own raylet and its own pool actor. This process is the server side:
`open_sandbox_pool` with `CODEREMOTE_RAY_ADDRESS` set, as `coderemote serve` runs it, so runs
are spread over the pools by `actors.pool_spread`.

Two programs, each run `--runs` times with `--concurrency` runs in flight:
- `quick`: prints a sum; it costs the host a sandbox start (runsc boot) and little else, so it
  is bound by the machine's CPU;
- `sleepy`: sleeps 0.5 s; it holds a sandbox without using CPU, so it is bound by how many
  warm sandboxes there are (`--pool-size` per worker).

Phases: one worker; then a second worker is started and, once both pools answer, the same
loads again. Prints one JSON object: runs/s, p50/p90 run time and runs per node, per phase.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import statistics
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# Ray reads its authentication settings when it is imported: this process joins the cluster
# with the token the cluster is started with, so both are set before any import of Ray.
os.environ["RAY_AUTH_MODE"] = "token"
os.environ["RAY_AUTH_TOKEN"] = secrets.token_hex(32)

from actors.pool_spread import SpreadSandboxPool  # noqa: E402
from actors.sandbox_client import open_sandbox_pool  # noqa: E402
from actors.settings import ActorSettings  # noqa: E402
from sandbox.events import RunFinished, RunRequest  # noqa: E402
from tests.integration.ray_multinode.cluster import LocalRayCluster  # noqa: E402

PROGRAMS = {
    "quick": "print(sum(range(1000)))\n",
    "sleepy": "import time\ntime.sleep(0.5)\nprint('done')\n",
}


async def one_run(pool: SpreadSandboxPool, code: str) -> tuple[str, str, float]:
    began = time.monotonic()
    handle = await pool.submit(RunRequest(run_id=uuid.uuid4().hex, code=code))
    verdict = "none"
    async for event in handle.events():
        if isinstance(event, RunFinished):
            verdict = str(event.result.verdict.value)
    return str(getattr(handle, "node_id", "")), verdict, time.monotonic() - began


async def load(pool: SpreadSandboxPool, code: str, runs: int, concurrency: int) -> dict[str, Any]:
    """`runs` runs of `code`, at most `concurrency` at a time."""
    gate = asyncio.Semaphore(concurrency)

    async def gated() -> tuple[str, str, float]:
        async with gate:
            return await one_run(pool, code)

    began = time.monotonic()
    results = await asyncio.gather(*(gated() for _ in range(runs)))
    elapsed = time.monotonic() - began
    times = sorted(t for _, _, t in results)
    return {
        "runs": runs,
        "seconds": round(elapsed, 2),
        "runs_per_s": round(runs / elapsed, 2),
        "p50_ms": round(statistics.median(times) * 1000, 1),
        "p90_ms": round(times[int(len(times) * 0.9) - 1] * 1000, 1),
        "verdicts": dict(Counter(v for _, v, _ in results)),
        "runs_per_node": sorted(Counter(n[:8] for n, _, _ in results).values(), reverse=True),
    }


async def wait_for_pools(pool: SpreadSandboxPool, count: int, timeout_s: float = 180) -> None:
    deadline = time.monotonic() + timeout_s
    while sum(m.up for m in pool.members.values()) < count:
        if time.monotonic() > deadline:
            raise RuntimeError(f"{count} pools did not come up: {pool.node_stats()}")
        await asyncio.sleep(0.5)


async def phase(
    pool: SpreadSandboxPool, runs: int, concurrency: int, pool_size: int
) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for name, code in PROGRAMS.items():
        await load(pool, code, concurrency, concurrency)  # warm-up, not counted
        await wait_warm(pool, pool_size)
        result[name] = await load(pool, code, runs, concurrency)
    return result


async def wait_warm(pool: SpreadSandboxPool, pool_size: int, timeout_s: float = 60) -> None:
    """Until every pool is full again, so each phase starts from the same state."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        await pool.refresh()
        ups = [m for m in pool.members.values() if m.up]
        if ups and all(m.stats.get("warm", 0) >= pool_size for m in ups):
            return
        await asyncio.sleep(0.3)


async def main(runs: int, concurrency: int, pool_size: int) -> dict[str, Any]:
    cluster = LocalRayCluster.create(worker_cpus=1)
    cluster.token = os.environ["RAY_AUTH_TOKEN"]
    state = Path(tempfile.mkdtemp(prefix="bench-scaleout-"))
    overrides = {
        "state_dir": str(state),
        "pool_size": pool_size,
        "queue_limit": 64,
        "environment": "test",
    }
    try:
        cluster.start_head()
        cluster.add_workers(1)
        os.environ.update(cluster.driver_env())
        opened = await open_sandbox_pool(ActorSettings(ray_namespace="bench-scaleout"), overrides)
        assert isinstance(opened, SpreadSandboxPool)
        pool = opened
        await wait_for_pools(pool, 1)
        one = await phase(pool, runs, concurrency, pool_size)
        cluster.add_workers(1)
        await wait_for_pools(pool, 2)
        two = await phase(pool, runs, concurrency, pool_size)
        await pool.close()
    finally:
        cluster.stop()
    return {
        "host_cpus": os.cpu_count(),
        "load_average_1m": round(os.getloadavg()[0], 2),
        "pool_size_per_worker": pool_size,
        "concurrency": concurrency,
        "one_worker": one,
        "two_workers": two,
        "speedup": {
            name: round(two[name]["runs_per_s"] / one[name]["runs_per_s"], 2) for name in PROGRAMS
        },
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--pool-size", type=int, default=2)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(main(args.runs, args.concurrency, args.pool_size)), indent=2))
