"""Prometheus metrics of the realtime server (one registry per app, so tests can run several)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

__all__ = ["RealtimeMetrics"]

# Fan-out is sub-millisecond when healthy; the upper buckets catch a slow store.
_FANOUT_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5)


class RealtimeMetrics:
    """The counters, gauges and histograms exported at `/metrics`."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        """Create the metrics in `registry` (a fresh one by default)."""
        self.registry = registry or CollectorRegistry()
        self.rooms = Gauge(
            "coderemote_rooms", "Rooms loaded in this process.", registry=self.registry
        )
        self.connections = Gauge(
            "coderemote_connections", "Open room WebSocket connections.", registry=self.registry
        )
        self.updates = Counter(
            "coderemote_updates",
            "Document updates accepted from clients (rate() gives updates/s).",
            registry=self.registry,
        )
        self.fanout = Histogram(
            "coderemote_fanout_seconds",
            "From receiving an update to handing it to every peer's send queue, "
            "including the store append.",
            buckets=_FANOUT_BUCKETS,
            registry=self.registry,
        )
        self.rejected_frames = Counter(
            "coderemote_rejected_frames",
            "Connections closed for a bad frame, by close code.",
            ["code"],
            registry=self.registry,
        )
        self.store_errors = Counter(
            "coderemote_store_unavailable",
            "Times a room found the store unreachable.",
            registry=self.registry,
        )

    def render(self) -> bytes:
        """The metrics in Prometheus' text exposition format."""
        return generate_latest(self.registry)
