"""The analysis service: cache, batching to Gemini, and offline fallback, in plain asyncio.

The Ray actor (`actors.analysis.actor`) wraps one of these so batching spans every caller; the
benchmarks and unit tests use it directly.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import replace

from actors.analysis.batcher import MicroBatcher
from actors.analysis.cache import AnalysisCache, code_key
from actors.analysis.gemini import GeminiAnalyzer, GeminiError
from actors.analysis.interface import AnalysisRequest
from actors.analysis.metrics import AnalyzerMetrics
from actors.analysis.models import Analysis, Opinion
from actors.analysis.offline.analyzer import OfflineAnalyzer
from actors.analysis.opinions import merge
from actors.analysis.settings import AnalysisSettings
from sandbox.interfaces import SandboxPool
from sandbox.languages.registry import load_registry

# The one language the offline analyzer reads (its syntax tree and measurements are Python's).
OFFLINE_LANGUAGE = "python"


class CodeTooLargeError(ValueError):
    """The code is longer than `ANALYSIS_MAX_CODE_CHARS`."""


class LanguageNotCoveredError(ValueError):
    """No analysis for this language here: the offline analyzer covers Python only.

    Raised for another language when Gemini is not configured or gave no answer, and for a
    language id the registry does not know. The message is meant for the person.
    """


def _language_label(language: str) -> str:
    registry = load_registry()
    if language not in registry.ids:
        raise LanguageNotCoveredError(f"{language[:40]!r} is not a language this server knows")
    return registry.get(language).label


def _cache_key(code: str, language: str) -> str:
    # Python keeps its old keys; another language's program is a different question.
    return code_key(code if language == OFFLINE_LANGUAGE else f"{language}\0{code}")


class AnalysisService:
    """Answers `analyze(code)`: from the cache, from Gemini in batches, or offline.

    Args:
        settings: Analysis settings (key, model, batching window, cache size).
        pool: Sandbox pool for offline measurements (None: static-only offline answers).
        gemini: A Gemini backend; built from `settings` when a key is set and this is omitted.
        metrics: Where to count; a private registry when omitted.
    """

    def __init__(
        self,
        settings: AnalysisSettings,
        *,
        pool: SandboxPool | None = None,
        gemini: GeminiAnalyzer | None = None,
        metrics: AnalyzerMetrics | None = None,
    ) -> None:
        self.settings = settings
        if gemini is None and settings.gemini_api_key is not None:
            gemini = GeminiAnalyzer(settings)
        self._gemini = gemini
        self._offline = OfflineAnalyzer(
            pool if settings.measure else None, measure_budget_s=settings.measure_budget_s
        )
        self.metrics = metrics if metrics is not None else AnalyzerMetrics()
        self._cache = AnalysisCache(settings.cache_size)
        self._inflight: dict[str, asyncio.Future[Analysis]] = {}
        self._batcher: MicroBatcher[tuple[str, str], Analysis | None] = MicroBatcher(
            self._send_batch,
            window_s=settings.batch_window_ms / 1000.0,
            max_size=settings.batch_max,
            on_batch=self.metrics.batch,
            max_wait_s=max(settings.batch_max_wait_ms, settings.batch_window_ms) / 1000.0,
        )

    @property
    def gemini_enabled(self) -> bool:
        """Whether answers may come from Gemini."""
        return self._gemini is not None

    async def analyze(self, code: str, language: str = OFFLINE_LANGUAGE) -> Analysis:
        """The analysis of `code` written in `language` (a registry id).

        Python never raises for backend failures: it falls back offline. Other languages
        are Gemini's alone (the prompt names the language).

        Raises:
            CodeTooLargeError: The code exceeds the configured size.
            LanguageNotCoveredError: Not Python, and Gemini is off or gave no answer; or an
                unknown language.
        """
        label = _language_label(language)
        if len(code) > self.settings.max_code_chars:
            raise CodeTooLargeError(
                f"code is longer than {self.settings.max_code_chars} characters"
            )
        if language != OFFLINE_LANGUAGE and self._gemini is None:
            raise LanguageNotCoveredError(
                f"The offline analyzer covers Python only: analysing {label} needs Gemini, "
                "which is not configured on this server (no API key)."
            )
        started = time.perf_counter()
        key = _cache_key(code, language)
        cached = self._cache.get(key)
        if cached is not None:
            self.metrics.cache_hit()
            self.metrics.request("cache", time.perf_counter() - started)
            return cached
        running = self._inflight.get(key)
        if running is not None:
            # Identical code already on its way: share that answer.
            self.metrics.cache_hit()
            result = await asyncio.shield(running)
            self.metrics.request("cache", time.perf_counter() - started)
            return result
        future: asyncio.Future[Analysis] = asyncio.get_running_loop().create_future()
        self._inflight[key] = future
        try:
            if language == OFFLINE_LANGUAGE:
                result, cacheable = await self._compute(code)
            else:
                result, cacheable = await self._gemini_only(code, language, label), True
            if cacheable:
                self._cache.put(key, result)
            future.set_result(result)
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # mark retrieved: waiters re-raise it, nobody else must
            raise
        finally:
            self._inflight.pop(key, None)
        self.metrics.request(result.source, time.perf_counter() - started)
        return result

    async def _compute(self, code: str) -> tuple[Analysis, bool]:
        if self._gemini is None:
            offline = await self._offline.analyze(code)
            return offline.with_reason("Gemini is not configured (no API key)"), True
        # The offline analysis runs alongside: its measurements are attached to Gemini's
        # answer (so the editor can plot them), and a fallback is ready without extra wait.
        offline_task = asyncio.create_task(self._offline.analyze(code))
        try:
            reason = "Gemini gave no valid answer for this program"
            try:
                answer = await self._batcher.submit((code, OFFLINE_LANGUAGE))
            except GeminiError as exc:
                answer, reason = None, str(exc)
            offline = await offline_task
        finally:
            if not offline_task.done():
                offline_task.cancel()
        if answer is not None:
            # A second opinion, not a replacement: merged with the static and measured ones.
            return merge(answer, offline), True
        self.metrics.fallback()
        # A fallback is not cached: the next request may get Gemini's answer.
        return offline.with_reason(reason), False

    async def _gemini_only(self, code: str, language: str, label: str) -> Analysis:
        """Gemini's answer for a program the offline analyzer cannot read."""
        try:
            answer = await self._batcher.submit((code, language))
        except GeminiError as exc:
            answer, why = None, str(exc)
        else:
            why = "Gemini gave no valid answer for this program"
        if answer is None:
            self.metrics.fallback()
            raise LanguageNotCoveredError(
                f"{why}, and the offline analyzer covers Python only: there is no analysis "
                f"of this {label} program now; try again in a moment."
            )
        return replace(answer, sources=(Opinion("gemini", answer.time, answer.confidence),))

    async def _send_batch(self, items: Sequence[tuple[str, str]]) -> list[Analysis | None]:
        assert self._gemini is not None
        requests = [
            AnalysisRequest(id=f"p{i}", code=code, language=language)
            for i, (code, language) in enumerate(items)
        ]
        try:
            answers = await self._gemini.analyze_many(requests)
        except GeminiError:
            self.metrics.call(ok=False)
            raise
        self.metrics.call(ok=True)
        return [answers.get(r.id) for r in requests]

    def stats(self) -> dict[str, object]:
        """Plain counters (for a Ray actor to report to the server's `/metrics`)."""
        data = self.metrics.stats.to_dict()
        data["cache_entries"] = len(self._cache)
        data["gemini_enabled"] = self.gemini_enabled
        return data

    async def aclose(self) -> None:
        """Finish pending batches and close the Gemini client."""
        await self._batcher.aclose()
        if self._gemini is not None:
            await self._gemini.aclose()
