"""How runs and analysis plug into `create_app`: handlers, REST, stores, pool, metrics.

The sandbox pool and the analyzer are opened lazily, on the first run or analysis, so an app
built by tests or tools costs nothing until code actually runs. `coderemote serve` calls
`warm_up()` at start so the first run does not wait for the pool.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from litestar import Litestar

from actors.metrics import PoolStatsCollector
from realtime.runs.memory import MemoryRunStore
from realtime.runs.service import RunLimits, RunService
from realtime.runs.store import RunStore
from sandbox.errors import SandboxUnavailableError
from sandbox.interfaces import SandboxPool

if TYPE_CHECKING:
    from prometheus_client import CollectorRegistry
    from redis.asyncio import Redis

    from realtime.limits.quotas import Quotas
    from realtime.rooms.access import Principal
    from realtime.rooms.connection import Connection
    from realtime.rooms.events import EventRouter
    from realtime.rooms.room import Room
    from realtime.settings import Settings

log = logging.getLogger(__name__)

STATS_INTERVAL_S = 5.0
T = TypeVar("T")


class Analyzer(Protocol):
    """What the analysis feature needs: the API's Analysis JSON for a program."""

    async def analyze(self, code: str) -> dict[str, Any]:
        """Analyse `code`."""
        ...


PoolOpener = Callable[[], Awaitable[SandboxPool]]
AnalyzerOpener = Callable[[], Awaitable[Analyzer]]


async def pool_not_enabled() -> SandboxPool:
    """The pool opener of an app whose runs were not enabled (see `RunsWiring.enable`)."""
    raise SandboxUnavailableError("running code is not enabled on this server")


async def analyzer_not_enabled() -> Analyzer:
    """The analyzer opener of an app whose analysis was not enabled."""
    raise SandboxUnavailableError("analysis is not enabled on this server")


async def open_default_pool() -> SandboxPool:
    """The configured pool (`actors.open_sandbox_pool`: the Ray actor unless disabled)."""
    from actors.sandbox_client import open_sandbox_pool

    return await open_sandbox_pool()


async def open_default_analyzer() -> Analyzer:
    """The shared analysis actor on Ray, or an in-process service when Ray is off."""
    from actors.analysis import AnalysisClient, AnalysisService, AnalysisSettings
    from actors.analysis.actor import get_analysis_actor
    from actors.sandbox_client import ensure_ray
    from actors.settings import ActorSettings

    settings = ActorSettings()
    if settings.use_ray:
        await asyncio.to_thread(ensure_ray, settings)
        return AnalysisClient(get_analysis_actor())
    service = AnalysisService(AnalysisSettings())

    class _Local:
        async def analyze(self, code: str) -> dict[str, Any]:
            return await service.analyze_dict(code)

    return _Local()


class _Lazy(Generic[T]):
    """Opens a resource once, on first use; a failed open is retried next time."""

    def __init__(self, opener: Callable[[], Awaitable[T]]) -> None:
        self.opener = opener
        self._value: T | None = None
        self._lock = asyncio.Lock()

    @property
    def value(self) -> T | None:
        return self._value

    async def __call__(self) -> T:
        async with self._lock:
            if self._value is None:
                try:
                    self._value = await self.opener()
                except SandboxUnavailableError:
                    raise
                except Exception as exc:
                    log.exception("could not open %s", self.opener.__name__)
                    raise SandboxUnavailableError(f"service unavailable: {exc}") from exc
            return self._value


class RunsWiring:
    """The run and analysis features, ready to mount on the app.

    Args:
        store: Run records and the live-run lock (memory or Redis).
        quotas: The auth package's quotas (None when the app runs without it).
        pool: Opens the sandbox pool. Default: none, until `enable()` (so an app built by a
            test or a tool never starts Ray or sandboxes by accident).
        analyzer: Opens the analyzer (same default).
        limits: Validation limits for runs.
        stats_interval_s: How often the pool's figures are fetched for `/metrics`.
    """

    def __init__(
        self,
        store: RunStore,
        *,
        quotas: Quotas | None = None,
        pool: PoolOpener = pool_not_enabled,
        analyzer: AnalyzerOpener = analyzer_not_enabled,
        limits: RunLimits | None = None,
        stats_interval_s: float = STATS_INTERVAL_S,
    ) -> None:
        self.store = store
        self.stats_interval_s = stats_interval_s
        self.quotas = quotas
        self.pool = _Lazy(pool)
        self.analyzer = _Lazy(analyzer)
        self.service = RunService(self.pool, store, quotas=quotas, limits=limits)
        self.pool_stats = PoolStatsCollector()
        self._stats_task: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._warm_on_start = False

    @classmethod
    def from_settings(
        cls, settings: Settings, quotas: Quotas | None = None, *, redis: Redis | None = None
    ) -> RunsWiring:
        """Memory or Redis run store, as the room store is configured (on the shared `redis`
        client when given)."""
        store: RunStore
        if settings.store == "redis" and settings.redis_url:
            from realtime.runs.redis import RedisRunStore

            store = RedisRunStore(redis if redis is not None else settings.redis_url)
        else:
            store = MemoryRunStore()
        return cls(store, quotas=quotas, limits=_limits_from_sandbox_settings())

    def enable(
        self,
        pool: PoolOpener = open_default_pool,
        analyzer: AnalyzerOpener = open_default_analyzer,
        *,
        warm_on_start: bool = False,
    ) -> None:
        """Use real openers: by default the Ray sandbox pool actor and the analysis actor
        (`coderemote serve` calls this). With `warm_on_start`, the app's start-up opens the
        pool in the background instead of the first run doing it."""
        self.pool.opener = pool
        self.analyzer.opener = analyzer
        self._warm_on_start = warm_on_start

    def install(self, router: EventRouter) -> None:
        """Register `run*`, `analyze` and the `room.state` join handler."""
        self.service.install(router)
        router.on("analyze", self.on_analyze)

    def register_metrics(self, registry: CollectorRegistry) -> None:
        """Export the pool's gauges through `registry`."""
        registry.register(self.pool_stats)

    async def warm_up(self) -> None:
        """Open the pool now (in the background) rather than on the first run."""
        with contextlib.suppress(SandboxUnavailableError):
            await self.pool()

    @asynccontextmanager
    async def lifespan(self, _app: Litestar) -> AsyncIterator[None]:
        """Poll pool stats for metrics; on shutdown stop live runs and close the store."""
        self._stats_task = asyncio.create_task(self._poll_stats(), name="pool-stats")
        if self._warm_on_start:
            warm = asyncio.create_task(self.warm_up(), name="pool-warm-up")
            self._tasks.add(warm)
            warm.add_done_callback(self._tasks.discard)
        try:
            yield
        finally:
            self._stats_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._stats_task
            await self.service.close()
            for task in list(self._tasks):
                task.cancel()
            pool = self.pool.value
            if pool is not None:
                with contextlib.suppress(Exception):
                    await pool.close()
            await self.store.close()

    async def _poll_stats(self) -> None:
        while True:
            pool = self.pool.value
            stats = getattr(pool, "stats", None)
            if stats is not None:
                try:
                    self.pool_stats.update(await stats())
                except Exception as exc:  # metrics must never take the server down
                    log.warning("pool stats unavailable: %s", exc)
            await asyncio.sleep(self.stats_interval_s)

    async def analyze(self, code: str) -> dict[str, Any]:
        """The Analysis JSON for `code` (raises `ValueError` when it is too large)."""
        return await (await self.analyzer()).analyze(code)

    async def on_analyze(
        self, room: Room, connection: Connection, principal: Principal, event: dict[str, Any]
    ) -> None:
        """`analyze`: analyse the room's code now; everyone sees the result."""
        code = room.code_text()
        room.broadcast_event({"type": "analysis.started"})
        task = asyncio.create_task(self._analyze_into(room, connection, code))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _analyze_into(self, room: Room, connection: Connection, code: str) -> None:
        try:
            result = await self.analyze(code)
        except ValueError as exc:
            connection.send_event({"type": "error", "code": "bad_event", "message": str(exc)})
            room.broadcast_event({"type": "analysis.failed", "message": str(exc)})
            return
        except Exception as exc:
            log.exception("analysis failed")
            connection.send_event(
                {"type": "error", "code": "unavailable", "message": f"analysis failed: {exc}"}
            )
            room.broadcast_event({"type": "analysis.failed", "message": "analysis unavailable"})
            return
        room.broadcast_event({**result, "type": "analysis.result"})


def _limits_from_sandbox_settings() -> RunLimits:
    """The room's early check uses the same limits as the sandbox pool."""
    from sandbox.settings import SandboxSettings

    try:
        sandbox = SandboxSettings()
    except Exception:  # a bad sandbox setting is reported by the pool itself
        return RunLimits()
    return RunLimits(
        code_limit_bytes=sandbox.code_limit_bytes, extra_modules=tuple(sandbox.extra_modules)
    )
