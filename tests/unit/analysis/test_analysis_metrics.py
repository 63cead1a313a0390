"""Analyzer metrics: in-process collectors and their plain counters."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, generate_latest

from actors.analysis.metrics import AnalyzerMetrics


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
