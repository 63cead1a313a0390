"""Analyzer metrics: in-process collectors and the exporter for a Ray actor's counters."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, generate_latest

from actors.analysis.metrics import ActorStatsCollector, AnalyzerMetrics


def test_in_process_metrics_count_and_export() -> None:
    registry = CollectorRegistry()
    metrics = AnalyzerMetrics(registry)
    metrics.batch(8)
    metrics.batch(3)
    metrics.call(ok=True)
    metrics.call(ok=False)
    metrics.cache_hit()
    metrics.fallback()
    metrics.request("gemini", 0.2)
    metrics.request("offline", 0.1)
    text = generate_latest(registry).decode()
    assert 'coderemote_analysis_requests_total{source="gemini"} 1.0' in text
    assert 'coderemote_analysis_gemini_calls_total{outcome="error"} 1.0' in text
    assert "coderemote_analysis_cache_hits_total 1.0" in text
    assert 'coderemote_analysis_batch_size_bucket{le="4.0"} 1.0' in text
    assert "coderemote_analysis_batch_size_count 2.0" in text
    stats = metrics.stats.to_dict()
    assert stats["batch_sizes"] == {"3": 1, "8": 1}
    assert stats["gemini_failures"] == 1 and stats["fallbacks"] == 1


def test_actor_stats_are_exported_from_the_server_process() -> None:
    registry = CollectorRegistry()
    exporter = ActorStatsCollector(registry)
    assert "coderemote_analysis_actor" not in generate_latest(registry).decode()
    exporter.update(
        {
            "requests": 64,
            "cache_hits": 2,
            "gemini_calls": 8,
            "gemini_failures": 0,
            "fallbacks": 0,
            "batches": 8,
            "batch_sizes": {"8": 8},
            "latency_sum_s": 6.4,
            "latency_count": 64,
            "cache_entries": 62,
        }
    )
    text = generate_latest(registry).decode()
    assert "coderemote_analysis_actor_requests_total 64.0" in text
    assert "coderemote_analysis_actor_gemini_calls_total 8.0" in text
    assert 'coderemote_analysis_actor_batch_size_bucket{le="8"} 8.0' in text
    assert 'coderemote_analysis_actor_batch_size_bucket{le="4"} 0.0' in text
    assert "coderemote_analysis_actor_latency_seconds_mean 0.1" in text
