"""The Kubernetes backend beside the local one, on the same program; prints one JSON object.

The Kubernetes pool talks to the fake API of `tests/integration/k8s_backend/fake_kube_api.py`
(real gVisor pods in cgroups with the pod's limits; its kubelet samples every
`--housekeeping` seconds, whole-second times, like cAdvisor). For each backend, sequential runs
of one CPU-bound program, `--gap` seconds apart (a warm pod needs a kubelet sample after its
ready frame for a CPU baseline): submission -> first output, submission -> finished (for
Kubernetes this includes waiting for a kubelet sample after the exit), how many runs had CPU
time and peak memory known, and their medians.

Usage: `python bench/bench_k8s_backend.py [--runs 10] [--gap 3] [--housekeeping 0.2]
[--pool-size 2]`.
The machine is shared, so figures are noisy.
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

from sandbox.events import RunFinished, RunOutput, RunRequest
from sandbox.pool import WarmPool
from sandbox.settings import SandboxSettings

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.integration.k8s_backend.conftest import kube_pool
from tests.integration.k8s_backend.fake_kube_api import FakeKubeApi

PROGRAM = "print('go', flush=True)\nprint(sum(i * i for i in range(200_000)))"


def median(values: list[float]) -> float | None:
    return round(statistics.median(values), 2) if values else None


async def measure(pool: WarmPool, runs: int, gap: float) -> dict[str, Any]:
    first, total, cpu, peak = [], [], [], []
    started = time.perf_counter()
    await pool.start()
    start_s = time.perf_counter() - started
    for _ in range(runs):
        await asyncio.sleep(gap)
        began = time.perf_counter()
        handle = await pool.submit(RunRequest(run_id=uuid.uuid4().hex, code=PROGRAM))
        async for event in handle.events():
            if isinstance(event, RunOutput) and len(first) < len(total) + 1:
                first.append((time.perf_counter() - began) * 1000)
            elif isinstance(event, RunFinished):
                total.append((time.perf_counter() - began) * 1000)
                if event.cpu_ms is not None:
                    cpu.append(event.cpu_ms)
                if event.peak_memory_bytes is not None:
                    peak.append(event.peak_memory_bytes / 2**20)
    stats = pool.stats()
    await pool.close()
    return {
        "pool_start_s": round(start_s, 2),
        "sandbox_start_ms_mean": round(stats.mean_start_latency_ms, 1),
        "first_output_ms_p50": median(first),
        "finished_ms_p50": median(total),
        "cpu_known": f"{len(cpu)}/{runs}",
        "cpu_ms_p50": median(cpu),
        "peak_known": f"{len(peak)}/{runs}",
        "peak_mib_p50": median(peak),
    }


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--gap", type=float, default=3.0)
    parser.add_argument("--housekeeping", type=float, default=0.2)
    parser.add_argument("--pool-size", type=int, default=2)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-k8s-"))
    local_settings = SandboxSettings(
        state_dir=tmp / "local", pool_size=args.pool_size, environment="test"
    )
    local = await measure(WarmPool.from_settings(local_settings), args.runs, args.gap)
    kube_settings = local_settings.model_copy(update={"state_dir": tmp / "kube"})
    api = FakeKubeApi(kube_settings, housekeeping_s=args.housekeeping)
    await api.start()
    try:
        kube = await measure(kube_pool(api, kube_settings), args.runs, args.gap)
    finally:
        await api.stop()
    print(
        json.dumps(
            {
                "program": PROGRAM,
                "runs": args.runs,
                "gap_s": args.gap,
                "kubelet_housekeeping_s": args.housekeeping,
                "local_runsc": local,
                "kubernetes_fake_api": kube,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    asyncio.run(main())
