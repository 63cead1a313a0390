"""Sandbox latency and throughput on real gVisor; prints one JSON object on stdout.

Figures, all in one invocation:
* cold: start a fresh sandbox, then run `print(1)`; submission -> first output byte.
* warm: the same program through the warm pool (a sandbox already waiting), >= 200 runs,
  submission -> first output byte, p50 and p99. Baseline: cold, same run. Measured twice:
  with the pool full (no replacement starting at the same moment) and back to back (the
  replacements of earlier runs start while the next run is measured).
* throughput: 8 concurrent submitters, every run in a fresh sandbox, runs per second and
  failed runs.

Usage: `python bench/bench_sandbox.py [--warm-runs 200] [--cold-runs 15] [--seconds 30]`.
The machine is shared, so figures are noisy; the JSON says which targets were met.
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

from sandbox.events import RunFinished, RunOutput, RunRequest
from sandbox.interfaces import RunHandle
from sandbox.pool import WarmPool
from sandbox.runner import SandboxRun
from sandbox.settings import SandboxSettings
from sandbox.verdicts import Verdict

PROGRAM = "print(1)"


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def summary(values: list[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "p50_ms": round(percentile(values, 50), 2),
        "p99_ms": round(percentile(values, 99), 2),
        "mean_ms": round(statistics.fmean(values), 2),
        "min_ms": round(min(values), 2),
        "max_ms": round(max(values), 2),
    }


async def first_byte(handle: RunHandle, began: float) -> tuple[float, bool]:
    """Milliseconds from submission to the first output byte, and whether the run was ok."""
    first: float | None = None
    ok = False
    async for event in handle.events():
        if isinstance(event, RunOutput) and first is None:
            first = (time.perf_counter() - began) * 1000
        if isinstance(event, RunFinished):
            ok = event.result.verdict == Verdict.OK
    return (first if first is not None else float("nan")), ok


def request() -> RunRequest:
    return RunRequest(run_id=uuid.uuid4().hex, code=PROGRAM)


async def cold_runs(pool: WarmPool, count: int) -> list[float]:
    samples = []
    for _ in range(count):
        began = time.perf_counter()
        sandbox = pool.factory()
        await sandbox.start(pool.settings.start_timeout_s)
        run = SandboxRun(request(), pool.settings)
        run.start(sandbox)
        ms, ok = await first_byte(run, began)
        if not ok:
            raise RuntimeError(f"cold run failed: {run.result}")
        samples.append(ms)
    return samples


async def warm_runs(pool: WarmPool, count: int, *, quiet: bool) -> list[float]:
    """Warm runs; `quiet` waits until no replacement is starting (no CPU contention from it)."""
    samples = []
    size = pool.settings.pool_size
    for _ in range(count):
        # A warm run means a sandbox is waiting, as in steady operation.
        while pool.stats().warm == 0 or (quiet and pool.stats().warm < size):  # noqa: ASYNC110
            await asyncio.sleep(0.005)
        began = time.perf_counter()
        handle = await pool.submit(request())
        ms, ok = await first_byte(handle, began)
        if not ok:
            raise RuntimeError("warm run failed")
        samples.append(ms)
    return samples


async def throughput(pool: WarmPool, submitters: int, seconds: float) -> dict[str, float]:
    done = failed = 0
    deadline = time.perf_counter() + seconds

    async def submitter() -> None:
        nonlocal done, failed
        while time.perf_counter() < deadline:
            _, ok = await first_byte(await pool.submit(request()), time.perf_counter())
            done += ok
            failed += not ok

    began = time.perf_counter()
    await asyncio.gather(*(submitter() for _ in range(submitters)))
    elapsed = time.perf_counter() - began
    return {
        "submitters": submitters,
        "runs": done + failed,
        "failed": failed,
        "seconds": round(elapsed, 2),
        "runs_per_s": round(done / elapsed, 2),
    }


async def main(args: argparse.Namespace) -> dict[str, object]:
    base = Path(tempfile.mkdtemp(prefix="bench-sandbox-"))
    settings = SandboxSettings(
        state_dir=base / "state", pool_size=args.pool_size, queue_limit=64, environment="test"
    )
    pool = WarmPool.from_settings(settings)
    await pool.start()
    try:
        await warm_runs(pool, 5, quiet=False)  # settle caches before measuring
        cold = await cold_runs(pool, args.cold_runs)
        warm = await warm_runs(pool, args.warm_runs, quiet=True)
        back_to_back = await warm_runs(pool, args.warm_runs, quiet=False)
        sustained = await throughput(pool, 8, args.seconds)
        stats = pool.stats()
    finally:
        await pool.close()
    cold_s, warm_s = summary(cold), summary(warm)
    speedup = cold_s["p50_ms"] / warm_s["p50_ms"]
    return {
        "benchmark": "sandbox",
        "platform": settings.platform,
        "program": PROGRAM,
        "cold_first_byte": cold_s,
        "warm_first_byte": warm_s,
        "warm_first_byte_back_to_back": summary(back_to_back),
        "warm_vs_cold_speedup_p50": round(speedup, 1),
        "throughput_fresh_sandbox_each": sustained,
        "sandbox_start_latency_mean_ms": round(stats.mean_start_latency_ms, 1),
        "targets": {
            "warm_p50_le_15ms": warm_s["p50_ms"] <= 15,
            "warm_p99_le_60ms": warm_s["p99_ms"] <= 60,
            "speedup_ge_15x": speedup >= 15,
            "throughput_ge_6_per_s": sustained["runs_per_s"] >= 6,
            "zero_failed": sustained["failed"] == 0,
        },
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--warm-runs", type=int, default=200)
    parser.add_argument("--cold-runs", type=int, default=15)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--pool-size", type=int, default=4)
    result = asyncio.run(main(parser.parse_args()))
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")
