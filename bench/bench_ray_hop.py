"""What the Ray hop costs: first-output latency of a warm run via the pool actor vs in-process.

Every side runs the same program on a warm gVisor pool of the same size: one pool inside this
process (`LocalSandboxPool`, the baseline), and the `SandboxPoolActor` on a local Ray reached
over its run channel (the one run transport; a Ray streaming-generator call per run was the
other: 12.4 ms p50 against 5.07 ms over the channel in docs/benchmarks.md; it is gone).
Before each run the bench waits until the pool is full again, so every run takes a warm
sandbox. Runs rotate between the sides so that load on the machine hits all alike.

Also measured, to show Ray's own floor on this machine: an empty actor call (one way) and the
delivery of one streamed item.

Prints one JSON object: p50/p90 of each side, the channel's hop (difference of the p50s
from the baseline) and whether it meets the 3 ms target.
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
from collections.abc import AsyncIterator
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


@ray.remote(num_cpus=0)
class Echo:
    """An empty actor: what any Ray call or streamed item costs here, whatever the work."""

    async def stamp(self) -> float:
        return time.monotonic()

    async def stream(self, pause_s: float) -> AsyncIterator[float]:
        yield 0.0
        await asyncio.sleep(pause_s)
        yield time.monotonic()


async def ray_floor(samples: int) -> dict[str, dict[str, float]]:
    echo = Echo.remote()  # type: ignore[attr-defined]
    await echo.stamp.remote()
    call, item = [], []
    for _ in range(samples):
        sent = time.monotonic()
        call.append((await echo.stamp.remote() - sent) * 1000)
        stream = echo.stream.options(num_returns="streaming").remote(0.02)
        await stream.__anext__()
        stamped = ray.get(await stream.__anext__(), timeout=0)
        item.append((time.monotonic() - stamped) * 1000)
        await asyncio.sleep(0.02)
    return {"actor_call_one_way": summary(call), "streamed_item": summary(item)}


async def main(runs: int, pool_size: int) -> dict[str, Any]:
    state = Path(tempfile.mkdtemp(prefix="bench-ray-hop-"))
    overrides = {"state_dir": str(state / "state"), "pool_size": pool_size, "queue_limit": 4}
    ray.init(
        num_cpus=2,
        resources={"sandbox_node": 1},  # the actors run on sandbox nodes (actors.placement)
        include_dashboard=False,
        log_to_driver=False,
        namespace="bench",
    )
    try:
        direct = LocalSandboxPool(build_pool("local", {**overrides, "state_dir": str(state / "d")}))
        sides: dict[str, PoolClient] = {"direct": direct}
        actor = get_sandbox_pool_actor(
            "local", {**overrides, "state_dir": str(state / "channel")}, name="bench-sandbox-pool"
        )
        sides["channel"] = RaySandboxPool(actor)
        await asyncio.gather(*(pool.start() for pool in sides.values()))
        samples: dict[str, list[float]] = {name: [] for name in sides}
        for i in range(runs + 2):
            for name, pool in sides.items():
                await wait_warm(pool, pool_size)
                latency = await first_output_ms(pool)
                if i >= 2:  # the first runs warm up imports and connections on every side
                    samples[name].append(latency)
        floor = await ray_floor(runs)
        for pool in sides.values():
            await pool.close()
    finally:
        ray.shutdown()
    figures = {name: summary(values) for name, values in samples.items()}
    base = figures["direct"]["p50_ms"]
    hops = {"channel": round(figures["channel"]["p50_ms"] - base, 3)}
    return {
        "benchmark": "ray_hop_first_output",
        "runs_per_side": runs,
        "baseline": "in-process WarmPool (same gVisor backend, same pool size)",
        **figures,
        "hop_p50_ms": hops,
        "ray_floor_ms": floor,
        "target_hop_p50_ms": 3.0,
        "meets_target": hops["channel"] <= 3.0,
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--pool-size", type=int, default=2)
    args = parser.parse_args()
    result = asyncio.run(main(args.runs, args.pool_size))
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")
