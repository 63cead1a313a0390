"""What the Ray hop costs: first-output latency of a warm run via the pool actor vs in-process.

Both sides run the same program on a warm gVisor pool of the same size: one pool inside this
process (`LocalSandboxPool`, the baseline), one inside the `SandboxPoolActor` on a local Ray.
Before each run the bench waits until the pool is full again, so every run takes a warm
sandbox. Runs alternate between the two sides so that load on the machine hits both alike.

Prints one JSON object: p50/p90 of each side, the hop (difference of the p50s) and whether it
meets the 3 ms target.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import ray

from actors.sandbox_client import LocalSandboxPool, PoolClient, RaySandboxPool
from actors.sandbox_pool import build_pool, get_sandbox_pool_actor
from sandbox.events import RunFinished, RunOutput, RunRequest

PROGRAM = "print('ready')\n"


async def wait_warm(pool: PoolClient, size: int) -> None:
    deadline = time.monotonic() + 60.0
    while time.monotonic() < deadline:
        if (await pool.stats()).get("warm", 0) >= size:
            return
        await asyncio.sleep(0.05)
    raise RuntimeError("pool did not refill in time")


async def first_output_ms(pool: PoolClient) -> float:
    started = time.perf_counter()
    handle = await pool.submit(RunRequest(run_id=uuid.uuid4().hex, code=PROGRAM))
    first: float | None = None
    async for event in handle.events():
        if first is None and isinstance(event, RunOutput):
            first = (time.perf_counter() - started) * 1000
        if isinstance(event, RunFinished) and event.result.verdict != "ok":
            raise RuntimeError(f"run failed: {event.result}")
    if first is None:
        raise RuntimeError("no output")
    return first


def summary(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p50_ms": round(statistics.median(ordered), 3),
        "p90_ms": round(ordered[int(0.9 * (len(ordered) - 1))], 3),
        "min_ms": round(ordered[0], 3),
    }


async def main(runs: int, pool_size: int) -> dict[str, Any]:
    state = Path(tempfile.mkdtemp(prefix="bench-ray-hop-"))
    overrides = {"state_dir": str(state / "state"), "pool_size": pool_size, "queue_limit": 4}
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, namespace="bench")
    try:
        direct = LocalSandboxPool(build_pool("local", {**overrides, "state_dir": str(state / "d")}))
        actor = get_sandbox_pool_actor(
            "local", {**overrides, "state_dir": str(state / "r")}, name="bench-sandbox-pool"
        )
        via_ray = RaySandboxPool(actor)
        await asyncio.gather(direct.start(), via_ray.start())
        samples: dict[str, list[float]] = {"direct": [], "ray": []}
        for i in range(runs + 2):
            for name, pool in (("direct", direct), ("ray", via_ray)):
                await wait_warm(pool, pool_size)
                latency = await first_output_ms(pool)
                if i >= 2:  # the first runs warm up imports and connections on both sides
                    samples[name].append(latency)
        await direct.close()
    finally:
        ray.shutdown()
    direct_s, ray_s = summary(samples["direct"]), summary(samples["ray"])
    hop = round(ray_s["p50_ms"] - direct_s["p50_ms"], 3)
    return {
        "benchmark": "ray_hop_first_output",
        "runs_per_side": runs,
        "baseline": "in-process WarmPool (same gVisor backend, same pool size)",
        "direct": direct_s,
        "ray": ray_s,
        "hop_p50_ms": hop,
        "target_hop_p50_ms": 3.0,
        "meets_target": hop <= 3.0,
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--pool-size", type=int, default=2)
    args = parser.parse_args()
    result = asyncio.run(main(args.runs, args.pool_size))
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")
