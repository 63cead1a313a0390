"""The pool's figures become Prometheus gauges in the server's registry."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, generate_latest

from actors.metrics import PoolStatsCollector
from actors.sandbox_pool import _stats_dict
from sandbox.pool import PoolStats


def test_nothing_is_exported_before_the_first_report() -> None:
    registry = CollectorRegistry()
    PoolStatsCollector(registry)
    assert b"coderemote_sandbox_pool" not in generate_latest(registry)


def test_gauges_follow_the_newest_stats() -> None:
    registry = CollectorRegistry()
    collector = PoolStatsCollector(registry)
    stats = PoolStats(
        warm=2,
        busy=1,
        starting=0,
        queue_depth=3,
        runs_total=9,
        start_failures=0,
        last_start_latency_ms=812.5,
        mean_start_latency_ms=700.0,
        backend="runsc",
    )
    collector.update(_stats_dict(stats))
    assert registry.get_sample_value("coderemote_sandbox_pool_warm") == 2
    assert registry.get_sample_value("coderemote_sandbox_pool_busy") == 1
    assert registry.get_sample_value("coderemote_sandbox_pool_queue_depth") == 3
    assert registry.get_sample_value("coderemote_sandbox_pool_start_latency_ms") == 812.5
    collector.update({"warm": 0.0, "busy": 2.0, "queued": 1.0, "start_latency_ms": 40.0})
    assert registry.get_sample_value("coderemote_sandbox_pool_warm") == 0
    assert registry.get_sample_value("coderemote_sandbox_pool_start_latency_ms") == 40.0


def test_stats_dict_keeps_numbers_only() -> None:
    assert _stats_dict({"warm": 1, "backend": "runsc", "mean": 2.5}) == {"warm": 1.0, "mean": 2.5}
