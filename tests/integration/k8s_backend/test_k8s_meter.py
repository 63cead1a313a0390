"""How kubelet samples become a run's CPU time and peak memory (`PodMeter`)."""

from __future__ import annotations

import asyncio
import time

from sandbox.backends.kubernetes import PodMeter, StatsSample, pod_samples


def sample(at: float, cpu_ms: float, mib: int) -> StatsSample:
    return StatsSample(taken_at=at, cpu_ns=int(cpu_ms * 1e6), working_set_bytes=mib << 20)


def meter(ready_at: float, *samples: StatsSample) -> PodMeter:
    m = PodMeter()
    m.ready_at = ready_at
    for s in samples:
        m.add(s)
    return m


def test_cpu_is_the_difference_around_the_run_and_peak_the_largest_sample_in_it() -> None:
    m = meter(100.5, sample(100, 900, 20), sample(101, 950, 21))
    m.began_at = 102.3
    m._baseline = m.samples[-1]  # what begin() fixes at 102.3
    for s in (sample(102, 960, 25), sample(103, 1200, 90), sample(104, 1400, 60)):
        m.add(s)
    m.ended_at = 104.4
    assert m.cpu_ms() is None  # nothing sampled after the exit yet: unknown, not 0
    assert m.peak_memory_bytes() == 90 << 20
    m.add(sample(105, 1410, 22))
    assert m.cpu_ms() == 1410 - 950
    assert m.peak_memory_bytes() == 90 << 20  # the sample after the exit is not the run's


def test_no_baseline_after_ready_means_unknown_cpu() -> None:
    m = meter(100.5, sample(100, 900, 20))  # taken before the agent was ready
    m.begin()
    assert m.began_at is not None
    m.add(sample(int(m.began_at), 2000, 40))  # taken in the run's first second
    m.ended_at = time.time()
    assert not m.has_baseline and m.cpu_ms() is None
    assert m.peak_memory_bytes() == 40 << 20


def test_no_sample_during_the_run_means_unknown_peak() -> None:
    m = meter(100.5)
    m.begin()
    m.ended_at = m.began_at
    assert m.peak_memory_bytes() is None and m.cpu_ms() is None


async def test_settle_waits_only_for_a_sample_that_is_due() -> None:
    now = time.time()
    # A 10 s kubelet whose next sample is ~5 s away: no wait (the bound is 2 s).
    slow = meter(now - 20, sample(now - 15, 100, 20), sample(now - 5, 100, 20))
    slow.ended_at = now
    began = time.monotonic()
    await slow.settle(2.0)
    assert time.monotonic() - began < 1.5 and slow.cpu_ms() is None
    # A 1 s kubelet: wait, and take the sample as soon as it comes.
    fast = meter(now - 3, sample(now - 2, 100, 20), sample(now - 1, 120, 20))
    fast._baseline = fast.samples[-1]
    fast.ended_at = now
    asyncio.get_running_loop().call_later(0.1, fast.add, sample(now + 0.5, 170, 20))
    await asyncio.wait_for(fast.settle(10.0), 5)
    assert fast.cpu_ms() == 50


def test_summary_pod_entries() -> None:
    summary = {
        "pods": [
            {
                "podRef": {"name": "sandbox-a", "namespace": "code-remote-sandbox"},
                "cpu": {"time": "2026-01-01T00:00:05Z", "usageCoreNanoSeconds": 7},
                "memory": {"time": "2026-01-01T00:00:05Z", "workingSetBytes": 9},
            },
            {"podRef": {"name": "other", "namespace": "kube-system"}, "cpu": {}, "memory": {}},
        ]
    }
    (name, found), *rest = pod_samples(summary, "code-remote-sandbox").items()
    assert rest == [] and name == "sandbox-a"
    assert found == StatsSample(taken_at=1767225605.0, cpu_ns=7, working_set_bytes=9)
