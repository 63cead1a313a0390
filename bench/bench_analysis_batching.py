"""Batching of analysis requests: 64 concurrent requests against a fake Gemini endpoint.

Prints one JSON object: Gemini calls made (target <= 8), batch sizes, and request latency
p50/p99, for the in-process `AnalysisService` and through the Ray actor, next to the
unbatched baseline (`batch_max=1`: one call per request). The fake endpoint answers after a
fixed model delay so latency has a realistic floor.

Usage: .venv/bin/python bench/bench_analysis_batching.py [--requests 64] [--no-ray]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from actors.analysis.actor import AnalysisClient, get_analysis_actor  # noqa: E402
from actors.analysis.service import AnalysisService  # noqa: E402
from actors.analysis.settings import AnalysisSettings  # noqa: E402
from tests.integration.analysis.fake_gemini import FakeGemini  # noqa: E402

MODEL_DELAY_S = 0.2
TARGET_CALLS = 8


def _codes(n: int, salt: str) -> list[str]:
    return [f"def f_{salt}_{i}(xs):\n    return sorted(xs)[:{i}]\n" for i in range(n)]


def _histogram(fake: FakeGemini) -> dict[str, int]:
    """Calls per batch size, e.g. {"8": 8}."""
    counts = Counter(len(c.ids) for c in fake.calls)
    return {str(size): counts[size] for size in sorted(counts, reverse=True)}


def _quantiles(latencies: list[float]) -> dict[str, float]:
    ordered = sorted(latencies)
    k = len(ordered)
    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 1),
        "p99_ms": round(ordered[min(k - 1, int(0.99 * k))] * 1000, 1),
        "max_ms": round(ordered[-1] * 1000, 1),
    }


async def _timed(call: Any) -> tuple[float, str]:
    started = time.perf_counter()
    result = await call
    return time.perf_counter() - started, str(result.source)


def _summary(fake: FakeGemini, n: int, timed: list[tuple[float, str]]) -> dict[str, Any]:
    return {
        "requests": n,
        "gemini_calls": fake.call_count(),
        "batch_sizes": _histogram(fake),
        "answered_offline": sum(source != "gemini" for _, source in timed),
        **_quantiles([t for t, _ in timed]),
    }


def _settings(fake: FakeGemini, **extra: Any) -> dict[str, Any]:
    return {
        "gemini_api_key": "bench-key",
        "gemini_base_url": fake.base_url,
        "measure": False,
        **extra,
    }


async def _service_run(fake: FakeGemini, n: int, batch_max: int) -> dict[str, Any]:
    fake.reset()
    fake.behaviour.delay_s = MODEL_DELAY_S
    service = AnalysisService(AnalysisSettings(**_settings(fake, batch_max=batch_max)))
    try:
        timed = await asyncio.gather(
            *(_timed(service.analyze(c)) for c in _codes(n, uuid.uuid4().hex[:6]))
        )
    finally:
        await service.aclose()
    return _summary(fake, n, list(timed))


async def _ray_run(fake: FakeGemini, n: int) -> dict[str, Any]:
    import ray

    ray.init(
        num_cpus=2,
        resources={"sandbox_node": 1},  # the actors run on sandbox nodes (actors.placement)
        include_dashboard=False,
        log_to_driver=False,
        namespace="bench",
    )
    try:
        handle = get_analysis_actor(_settings(fake), name=f"bench-analysis-{uuid.uuid4().hex[:6]}")
        client = AnalysisClient(handle)
        await handle.ping.remote()
        await client.analyze("x = 1\n")  # warm the actor's SDK client
        fake.reset()
        fake.behaviour.delay_s = MODEL_DELAY_S
        timed = await asyncio.gather(
            *(_timed(client.analyze(c)) for c in _codes(n, uuid.uuid4().hex[:6]))
        )
        stats = await client.stats()
        ray.kill(handle)
    finally:
        ray.shutdown()
    return {**_summary(fake, n, list(timed)), "actor_stats": stats}


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=64)
    parser.add_argument("--no-ray", action="store_true", help="skip the Ray actor run")
    args = parser.parse_args()
    fake = FakeGemini().start()
    try:
        batched = await _service_run(fake, args.requests, batch_max=8)
        baseline = await _service_run(fake, args.requests, batch_max=1)
        via_ray = None if args.no_ray else await _ray_run(fake, args.requests)
    finally:
        fake.stop()
    calls = [batched["gemini_calls"]] + ([via_ray["gemini_calls"]] if via_ray else [])
    print(
        json.dumps(
            {
                "benchmark": "analysis_batching",
                "fake_model_delay_ms": MODEL_DELAY_S * 1000,
                "batch_window_ms": AnalysisSettings.model_fields["batch_window_ms"].default,
                "service": batched,
                "ray_actor": via_ray,
                "baseline_unbatched": baseline,
                "target_max_calls": TARGET_CALLS,
                "meets_target": all(c <= TARGET_CALLS for c in calls),
                "call_reduction_vs_baseline": round(
                    baseline["gemini_calls"] / max(1, batched["gemini_calls"]), 1
                ),
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    asyncio.run(main())
