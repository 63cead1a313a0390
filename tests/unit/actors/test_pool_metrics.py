"""The pool's figures become Prometheus gauges in the server's registry."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, generate_latest

from actors.metrics import PoolStatsCollector
from sandbox.interfaces import PoolStats


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
    collector.update(stats.figures())
    assert registry.get_sample_value("coderemote_sandbox_pool_warm") == 2
    assert registry.get_sample_value("coderemote_sandbox_pool_busy") == 1
    assert registry.get_sample_value("coderemote_sandbox_pool_queue_depth") == 3
    assert registry.get_sample_value("coderemote_sandbox_pool_start_latency_ms") == 812.5
    collector.update({**stats.figures(), "warm": 0.0, "last_start_latency_ms": 40.0})
    assert registry.get_sample_value("coderemote_sandbox_pool_warm") == 0
    assert registry.get_sample_value("coderemote_sandbox_pool_start_latency_ms") == 40.0


def test_figures_are_the_numbers_of_the_one_stats_shape() -> None:
    stats = PoolStats(1, 0, 0, 0, 4, 0, 2.5, 2.0, "runsc")
    assert stats.figures() == {
        "warm": 1.0,
        "busy": 0.0,
        "starting": 0.0,
        "queue_depth": 0.0,
        "runs_total": 4.0,
        "start_failures": 0.0,
        "last_start_latency_ms": 2.5,
        "mean_start_latency_ms": 2.0,
    }


def test_warm_sandboxes_by_language_are_one_labelled_gauge() -> None:
    registry = CollectorRegistry()
    collector = PoolStatsCollector(registry)
    collector.update({"warm": 3.0, "warm.python": 2.0, "warm.go": 1.0})
    name = "coderemote_sandbox_pool_warm_by_language"
    assert registry.get_sample_value(name, {"language": "python"}) == 2
    assert registry.get_sample_value(name, {"language": "go"}) == 1
    assert registry.get_sample_value("coderemote_sandbox_pool_warm") == 3
