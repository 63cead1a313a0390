"""Analyzer metrics: Prometheus collectors plus plain counters for `stats()` across Ray."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from prometheus_client import CollectorRegistry, Counter, Histogram


@dataclass
class AnalyzerStats:
    """Plain counters (JSON-able), so a Ray actor can report them to the server."""

    requests: int = 0
    cache_hits: int = 0
    gemini_calls: int = 0
    gemini_failures: int = 0
    gemini_answers: int = 0
    offline_answers: int = 0
    fallbacks: int = 0
    batches: int = 0
    batch_sizes: dict[int, int] = field(default_factory=dict)
    latency_sum_s: float = 0.0
    latency_count: int = 0

    def to_dict(self) -> dict[str, object]:
        """JSON-able copy (batch size keys as strings)."""
        data = asdict(self)
        data["batch_sizes"] = {str(k): v for k, v in sorted(self.batch_sizes.items())}
        return data


class AnalyzerMetrics:
    """Counts what the analysis service does.

    Args:
        registry: Where to register the Prometheus collectors (the app's registry, so
            `/metrics` shows them); a private registry when omitted.
    """

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry if registry is not None else CollectorRegistry()
        self.stats = AnalyzerStats()
        self._requests = Counter(
            "coderemote_analysis_requests",
            "Analysis requests by the source that answered.",
            ["source"],
            registry=self.registry,
        )
        self._cache_hits = Counter(
            "coderemote_analysis_cache_hits",
            "Answers served from the cache.",
            registry=self.registry,
        )
        self._calls = Counter(
            "coderemote_analysis_gemini_calls",
            "generate_content calls by outcome.",
            ["outcome"],
            registry=self.registry,
        )
        self._fallbacks = Counter(
            "coderemote_analysis_fallbacks",
            "Requests answered offline although Gemini is configured.",
            registry=self.registry,
        )
        self._batch = Histogram(
            "coderemote_analysis_batch_size",
            "Programs per Gemini call.",
            buckets=(1, 2, 3, 4, 5, 6, 7, 8, 16, 32, 64),
            registry=self.registry,
        )
        self._latency = Histogram(
            "coderemote_analysis_latency_seconds",
            "Time to answer one analysis request.",
            buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 40),
            registry=self.registry,
        )

    def request(self, source: str, seconds: float) -> None:
        """One request answered by `source` (gemini, offline or cache)."""
        self.stats.requests += 1
        self.stats.latency_sum_s += seconds
        self.stats.latency_count += 1
        if source == "gemini":
            self.stats.gemini_answers += 1
        elif source == "offline":
            self.stats.offline_answers += 1
        self._requests.labels(source).inc()
        self._latency.observe(seconds)

    def cache_hit(self) -> None:
        """An answer came from the cache."""
        self.stats.cache_hits += 1
        self._cache_hits.inc()

    def batch(self, size: int) -> None:
        """A Gemini call carrying `size` programs was sent."""
        self.stats.batches += 1
        self.stats.batch_sizes[size] = self.stats.batch_sizes.get(size, 0) + 1
        self._batch.observe(size)

    def call(self, ok: bool) -> None:
        """A Gemini call finished (after its retries)."""
        self.stats.gemini_calls += 1
        if not ok:
            self.stats.gemini_failures += 1
        self._calls.labels("ok" if ok else "error").inc()

    def fallback(self) -> None:
        """A request fell back to the offline analyser."""
        self.stats.fallbacks += 1
        self._fallbacks.inc()
