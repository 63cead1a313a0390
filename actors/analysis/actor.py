"""The analysis Ray actor: one named, restartable actor so batching spans every caller.

Every server process (and every room) gets a handle to the same actor by name; requests that
arrive within the batching window, from anyone, share one Gemini call. The actor wraps an
`AnalysisService`; its Prometheus collectors live in the actor's process, so `stats()` returns
plain counters for the server to export.

The Gemini key is read from the actor process's own environment (`ANALYSIS_GEMINI_API_KEY` or
`GEMINI_API_KEY`), never passed as an argument, because Ray stores actor arguments in its
control store. Only non-secret settings travel in `overrides`. So the actor must run where the
key is: on a node that declares `sandbox_node` (the worker group, whose pods get the key from
the Secret; the head gets none), which it asks for (`actors.placement.on_sandbox_node`). Those
nodes also have runsc, which its measuring sandboxes need. It declares their CPU quota, like
the pool actors, so Ray's accounting of the node is true.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

import ray

from actors.analysis.models import Analysis
from actors.analysis.service import AnalysisService
from actors.analysis.settings import AnalysisSettings
from actors.placement import analysis_cpus, on_sandbox_node
from actors.sandbox_pool import ACTOR_RUNTIME_ENV
from sandbox.settings import SettingsOverrides, with_overrides

ACTOR_NAME = "coderemote-analysis"
log = logging.getLogger(__name__)


class AnalysisActor:
    """Ray actor body (async: one event loop serves all concurrent calls).

    Args:
        overrides: Non-secret `AnalysisSettings` fields (model, base URL, window, ...); the
            rest, including the key, comes from the actor process's environment.
    """

    def __init__(self, overrides: SettingsOverrides | None = None) -> None:
        self._settings = with_overrides(AnalysisSettings, overrides)
        self._service: AnalysisService | None = None
        self._pool: Any = None
        self._pool_note = "measurement off"
        self._lock = asyncio.Lock()

    async def _ready(self) -> AnalysisService:
        async with self._lock:
            if self._service is None:
                if self._settings.measure and self._settings.measure_pool_size > 0:
                    self._pool = await _start_pool(self._settings.measure_pool_size)
                    self._pool_note = "sandbox pool" if self._pool else "no sandbox: static only"
                self._service = AnalysisService(self._settings, pool=self._pool)
            return self._service

    async def analyze(self, code: str, language: str = "python") -> Analysis:
        """The analysis of `code`; `ValueError` for oversized code or an uncovered language."""
        return await (await self._ready()).analyze(code, language)

    async def stats(self) -> dict[str, object]:
        """Plain counters: requests, cache hits, Gemini calls and failures, batch sizes."""
        data = (await self._ready()).stats()
        data["measurement"] = self._pool_note
        return data

    async def ping(self) -> str:
        """Liveness check."""
        return "pong"


async def _start_pool(size: int) -> Any:
    """A small warm sandbox pool of the actor's own for timing code, or None if unavailable."""
    from sandbox.pool import WarmPool
    from sandbox.settings import SandboxSettings

    try:
        pool = WarmPool.from_settings(SandboxSettings(pool_size=size))
        await pool.start()
    except Exception as exc:  # no gVisor here: analysis still works, statically
        log.warning("analysis measurements disabled: %s", exc)
        return None
    return pool


def get_analysis_actor(
    overrides: SettingsOverrides | None = None,
    *,
    name: str = ACTOR_NAME,
    namespace: str | None = None,
    detached: bool = False,
) -> Any:
    """The named analysis actor, created on first use (get-if-exists).

    Args:
        overrides: Non-secret settings for the actor when it is created (ignored if it exists).
        name: Actor name; all callers using the same name share one actor and its batches.
        namespace: Ray namespace (None: the driver's).
        detached: Outlive the creating driver (a Ray cluster shared by several servers);
            `coderemote serve` on one machine keeps the default, tied to the server.

    Returns:
        A Ray actor handle: `await handle.analyze.remote(code)`, `await handle.stats.remote()`.
    """
    settings = AnalysisSettings.model_construct()
    with contextlib.suppress(Exception):  # a bad setting is reported by the actor itself
        settings = with_overrides(AnalysisSettings, overrides)
    measuring = settings.measure_pool_size if settings.measure else 0
    remote_cls = ray.remote(AnalysisActor)
    return remote_cls.options(
        name=name,
        namespace=namespace,
        get_if_exists=True,
        lifetime="detached" if detached else None,
        max_restarts=-1,
        # analyze is idempotent: a call caught by a crash is simply asked again.
        max_task_retries=2,
        max_concurrency=1024,
        num_cpus=analysis_cpus(measuring),
        resources=on_sandbox_node(),
        # Measuring sandboxes must not inherit Ray's worker niceness (15): timings would skew.
        runtime_env=ACTOR_RUNTIME_ENV,
    ).remote(overrides or {})


class AnalysisClient:
    """A small typed wrapper around the actor handle for the server's use.

    Args:
        handle: From `get_analysis_actor()`.
    """

    def __init__(self, handle: Any) -> None:
        self._handle = handle

    async def analyze(self, code: str, language: str = "python") -> Analysis:
        """The analysis of `code` in `language` (implements `Analyzer`)."""
        result: Analysis = await self._handle.analyze.remote(code, language)
        return result

    async def stats(self) -> dict[str, object]:
        """The actor's counters."""
        result: dict[str, object] = await self._handle.stats.remote()
        return result
