"""Prometheus export of the sandbox pool's figures (warm, busy, queue depth, start latency).

The pool lives in a Ray actor (another process), so the server keeps the newest `stats()`
dict and this collector turns it into gauges at scrape time.
"""

from __future__ import annotations

from collections.abc import Iterator

from prometheus_client import CollectorRegistry
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

_GAUGES = {
    "warm": ("coderemote_sandbox_pool_warm", "Warm sandboxes waiting for a run."),
    "busy": ("coderemote_sandbox_pool_busy", "Sandboxes running a program."),
    "queue_depth": ("coderemote_sandbox_pool_queue_depth", "Runs waiting for a sandbox."),
    "starting": ("coderemote_sandbox_pool_starting", "Sandboxes being started."),
    "last_start_latency_ms": (
        "coderemote_sandbox_pool_start_latency_ms",
        "Time to start the most recent sandbox (ms).",
    ),
    "mean_start_latency_ms": (
        "coderemote_sandbox_pool_mean_start_latency_ms",
        "Mean start time of recent sandboxes (ms).",
    ),
    "runs_total": ("coderemote_sandbox_pool_runs", "Runs handed to a sandbox since start."),
    "start_failures": ("coderemote_sandbox_pool_start_failures", "Sandboxes that failed to start."),
    "pools": ("coderemote_sandbox_pools", "Sandbox pool actors known (one per sandbox node)."),
    "pools_up": ("coderemote_sandbox_pools_up", "Sandbox pool actors answering (taking runs)."),
}

# The pool actor's per-language figures: `warm.python`, `warm.go`, ...
_WARM_PREFIX = "warm."


class PoolStatsCollector(Collector):
    """Gauges from the newest pool `stats()`; nothing is exported before the first update.

    Args:
        registry: Registry to join (the app's, so `/metrics` shows them); None: stand-alone.
    """

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self._latest: dict[str, float] = {}
        if registry is not None:
            registry.register(self)

    def update(self, stats: dict[str, float]) -> None:
        """Remember the newest figures."""
        self._latest = dict(stats)

    def collect(self) -> Iterator[Metric]:
        """One gauge per known figure, and the warm sandboxes by language (`warm.<id>`)."""
        latest = self._latest
        for key, (name, doc) in _GAUGES.items():
            if key in latest:
                yield GaugeMetricFamily(name, doc, value=float(latest[key]))
        by_language = {
            key.removeprefix(_WARM_PREFIX): value
            for key, value in latest.items()
            if key.startswith(_WARM_PREFIX)
        }
        if by_language:
            family = GaugeMetricFamily(
                "coderemote_sandbox_pool_warm_by_language",
                "Warm sandboxes of each language in use.",
                labels=["language"],
            )
            for language, value in sorted(by_language.items()):
                family.add_metric([language], float(value))
            yield family

    def describe(self) -> Iterator[Metric]:
        """Nothing up front: the figures appear once the pool reports."""
        return iter(())
