"""How runs and analysis plug into `create_app`: handlers, REST, stores, pool, metrics.

The sandbox pool and the analyzer are opened lazily, on the first run or analysis, so an app
built by tests or tools costs nothing until code actually runs. `coderemote serve` enables
them with warm-up on (unless CODEREMOTE_WARM_ON_START=false): both start with the app, and
`readiness()` (behind `/readyz`) says ready only once each answers a real call.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import msgspec
from litestar import Litestar

from actors.analysis.interface import Analyzer as Analyzer
from actors.metrics import PoolStatsCollector
from realtime.analysis_errors import analysis_failure
from realtime.contract import ErrorCode, ErrorEvent, echo_id
from realtime.contract.replies import (
    Analysis,
    AnalysisFailedEvent,
    AnalysisResultEvent,
    AnalysisStartedEvent,
)
from realtime.contract.requests import AnalyzeRequest
from realtime.runs.memory import MemoryRunStore
from realtime.runs.service import RunService
from realtime.runs.store import RunStore
from realtime.tasks import stop_task
from sandbox.errors import DisabledError, SandboxUnavailableError
from sandbox.interfaces import SandboxPool

if TYPE_CHECKING:
    from redis.asyncio import Redis

    from realtime.limits.quotas import Quotas
    from realtime.rooms.access import Principal
    from realtime.rooms.connection import Connection
    from realtime.rooms.events import EventRouter
    from realtime.rooms.room import Room
    from realtime.settings import Settings

log = logging.getLogger(__name__)

STATS_INTERVAL_S = 5.0
# How long a run or analysis waits for a pool or actor that is still starting (a local Ray
# takes 10-30 s on a busy 2-core host) before being told to try again.
OPEN_WAIT_S = 60.0
# Readiness: each probe is one cheap real call with this timeout, and its answer is reused
# for a moment so that frequent readiness probes stay cheap.
PROBE_TIMEOUT_S = 2.0
READINESS_TTL_S = 1.5
# A failed warm-up is tried again by readiness probes at most this often.
WARM_RETRY_S = 10.0
T = TypeVar("T")


PoolOpener = Callable[[], Awaitable[SandboxPool]]
AnalyzerOpener = Callable[[], Awaitable[Analyzer]]


async def pool_not_enabled() -> SandboxPool:
    """The pool opener of an app whose runs were not enabled (see `RunsWiring.enable`)."""
    raise DisabledError("running code is not enabled on this server")


async def analyzer_not_enabled() -> Analyzer:
    """The analyzer opener of an app whose analysis was not enabled."""
    raise DisabledError("analysis is not enabled on this server")


async def open_default_pool() -> SandboxPool:
    """The configured pool (`actors.open_sandbox_pool`: the Ray actor unless disabled)."""
    from actors.sandbox_client import open_sandbox_pool

    return await open_sandbox_pool()


async def open_default_analyzer() -> Analyzer:
    """The shared analysis actor on Ray, or an in-process service when Ray is off."""
    from actors.analysis import AnalysisClient, AnalysisService, AnalysisSettings
    from actors.analysis.actor import get_analysis_actor
    from actors.sandbox_client import start_ray
    from actors.settings import ActorSettings

    settings = ActorSettings()
    if settings.use_ray:
        await start_ray(settings)
        return AnalysisClient(get_analysis_actor())
    return AnalysisService(AnalysisSettings())


class _Lazy(Generic[T]):
    """Opens a resource once, on first use or at warm-up; everyone waiting shares one attempt.

    Callers wait up to `wait_s` for an attempt in progress, then get an actionable
    `SandboxUnavailableError` ("... still starting, try again in a few seconds"); the attempt
    itself goes on. A failed attempt is reported in one line and a later call tries again.
    """

    def __init__(
        self, opener: Callable[[], Awaitable[T]], what: str, wait_s: float = OPEN_WAIT_S
    ) -> None:
        self.opener = opener
        self.what = what
        self.wait_s = wait_s
        self.error: str | None = None
        self.failed_at = 0.0
        self.value: T | None = None
        self._attempt: asyncio.Task[T] | None = None

    @property
    def opening(self) -> bool:
        return self._attempt is not None and not self._attempt.done()

    def start(self) -> asyncio.Task[T]:
        """The attempt in progress, or a new one (none is made once the resource is open)."""
        if self._attempt is None or (self._attempt.done() and self.value is None):
            self._attempt = asyncio.create_task(self._open(), name=f"open {self.what}")
            # Retrieved here so an attempt nobody waited for is not reported as lost.
            self._attempt.add_done_callback(lambda t: t.cancelled() or t.exception())
        return self._attempt

    async def _open(self) -> T:
        try:
            value = await self.opener()
        except SandboxUnavailableError as exc:
            self.error, self.failed_at = str(exc), time.monotonic()
            raise
        except Exception as exc:
            log.exception("could not open the %s", self.what)
            self.error, self.failed_at = _could_not_start(self.what, exc), time.monotonic()
            raise SandboxUnavailableError(self.error) from exc
        self.value, self.error = value, None
        return value

    async def __call__(self) -> T:
        if self.value is not None:
            return self.value
        try:
            return await asyncio.wait_for(asyncio.shield(self.start()), self.wait_s)
        except TimeoutError:
            raise SandboxUnavailableError(
                f"the {self.what} is still starting, try again in a few seconds"
            ) from None

    async def close(self) -> None:
        """Stop an attempt in progress (shutdown)."""
        await stop_task(self._attempt, quiet=True)


@dataclass(frozen=True)
class Readiness:
    """Per component: "ok", "starting", "failed", "not answering" or "on first use".

    Attributes:
        states: Component name ("pool", "analysis") to its state.
        details: Why a component failed or does not answer, for the ones that did.
    """

    states: dict[str, str]
    details: dict[str, str]

    @property
    def ready(self) -> bool:
        """Every component answers (or starts on first use, with warm-up off)."""
        return all(state in ("ok", "on first use") for state in self.states.values())


async def _probe(resource: object) -> None:
    """One cheap real call: `stats()` of the pool or the analysis actor.

    A local analyzer has none and is ready once built.

    Pools spread over Ray nodes (`actors.pool_spread`) answer from the figures their watcher
    keeps; they are not ready while none of them answers (`pools_up` is 0).
    """
    stats = getattr(resource, "stats", None)
    if stats is not None:
        figures = await stats()
        if isinstance(figures, dict) and figures.get("pools_up", 1) < 1:
            raise SandboxUnavailableError(
                f"none of the {int(figures.get('pools', 0))} sandbox pools answers"
            )


async def _warm(lazy: _Lazy[Any]) -> None:
    """Open `lazy` and make one real call, without the callers' time limit.

    The analysis actor builds its service (and measuring pool) on its first call.
    """
    try:
        await _probe(await lazy.start())
    except SandboxUnavailableError:
        pass  # already logged, and kept in `lazy.error` for readiness
    except Exception as exc:
        log.warning("warming the %s: %s", lazy.what, exc)


def _could_not_start(what: str, exc: BaseException) -> str:
    """One line for a person: Ray's own messages run to pages (the log has the rest)."""
    lines = str(exc).strip().splitlines()
    reason = lines[0][:200] if lines else type(exc).__name__
    return f"the {what} could not start ({reason}); see the server log"


class RunsWiring:
    """The run and analysis features, ready to mount on the app.

    Args:
        store: Run records and the live-run lock (memory or Redis).
        quotas: The auth package's quotas (None when the app runs without it).
        pool: Opens the sandbox pool. Default: none, until `enable()` (so an app built by a
            test or a tool never starts Ray or sandboxes by accident).
        analyzer: Opens the analyzer (same default).
        stats_interval_s: How often the pool's figures are fetched for `/metrics`.
    """

    def __init__(
        self,
        store: RunStore,
        *,
        quotas: Quotas | None = None,
        pool: PoolOpener = pool_not_enabled,
        analyzer: AnalyzerOpener = analyzer_not_enabled,
        stats_interval_s: float = STATS_INTERVAL_S,
    ) -> None:
        self.store = store
        self.stats_interval_s = stats_interval_s
        self.quotas = quotas
        self.pool = _Lazy(pool, "sandbox pool")
        self.analyzer = _Lazy(analyzer, "analysis service")
        self.service = RunService(self.pool, store, quotas=quotas)
        self.pool_stats = PoolStatsCollector()
        self._stats_task: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._enabled = False
        self._warm_on_start = False
        self._warming: dict[str, asyncio.Task[None]] = {}
        self._readiness: tuple[float, Readiness] | None = None
        self._probing = asyncio.Lock()

    @classmethod
    def from_settings(
        cls, settings: Settings, quotas: Quotas | None = None, *, redis: Redis | None = None
    ) -> RunsWiring:
        """Memory or Redis run store, as the room store is configured.

        The Redis store uses the shared `redis` client when one is given.
        """
        store: RunStore
        if settings.store == "redis" and settings.redis_url:
            from realtime.runs.redis import RedisRunStore

            store = RedisRunStore(redis if redis is not None else settings.redis_url)
        else:
            store = MemoryRunStore()
        return cls(store, quotas=quotas)

    def enable(
        self,
        pool: PoolOpener = open_default_pool,
        analyzer: AnalyzerOpener = open_default_analyzer,
        *,
        warm_on_start: bool = False,
    ) -> None:
        """Use real openers: by default the Ray sandbox pool actor and the analysis actor.

        `coderemote serve` calls this. With `warm_on_start`, the app's start-up opens both
        in the background and `readiness()` waits for them; without, the first run or
        analysis opens them and readiness does not wait.
        """
        self.pool.opener = pool
        self.analyzer.opener = analyzer
        self._enabled = True
        self._warm_on_start = warm_on_start

    def install(self, router: EventRouter) -> None:
        """Register `run*`, `analyze` and the `room.state` join handler."""
        self.service.install(router)
        router.on(AnalyzeRequest, self.on_analyze)

    def _components(self) -> dict[str, _Lazy[Any]]:
        return {"pool": self.pool, "analysis": self.analyzer}

    def _start_warming(self, name: str, lazy: _Lazy[Any]) -> None:
        if name not in self._warming or self._warming[name].done():
            self._warming[name] = asyncio.create_task(_warm(lazy), name=f"warm {lazy.what}")

    async def readiness(self) -> Readiness | None:
        """Whether a run and an analysis would work now, for `/readyz`.

        None when runs are not enabled on this server (readiness is then the store's alone).
        Each component gets one cheap real call with a short timeout; the answer is reused for
        `READINESS_TTL_S`. A component that failed to start is started again, at most every
        `WARM_RETRY_S`.
        """
        if not self._enabled:
            return None
        if not self._warm_on_start:
            return Readiness(dict.fromkeys(self._components(), "on first use"), {})
        async with self._probing:
            if self._readiness and time.monotonic() - self._readiness[0] < READINESS_TTL_S:
                return self._readiness[1]
            names = list(self._components())
            answers = await asyncio.gather(*(self._state(n) for n in names))
            states = {n: state for n, (state, _) in zip(names, answers, strict=True)}
            details = {n: why for n, (_, why) in zip(names, answers, strict=True) if why}
            self._readiness = (time.monotonic(), Readiness(states, details))
            return self._readiness[1]

    async def _state(self, name: str) -> tuple[str, str | None]:
        lazy = self._components()[name]
        warming = name in self._warming and not self._warming[name].done()
        resource = lazy.value
        if resource is not None:
            try:
                await asyncio.wait_for(_probe(resource), PROBE_TIMEOUT_S)
            except Exception as exc:
                if warming:  # open, but its first call (building the service) is not done
                    return "starting", None
                return "not answering", f"{type(exc).__name__}: {exc}"[:200]
            return "ok", None
        if lazy.opening or warming:
            return "starting", None
        if lazy.error is not None and time.monotonic() - lazy.failed_at < WARM_RETRY_S:
            return "failed", lazy.error
        self._start_warming(name, lazy)
        return ("failed", lazy.error) if lazy.error else ("starting", None)

    @asynccontextmanager
    async def lifespan(self, _app: Litestar) -> AsyncIterator[None]:
        """Poll pool stats for metrics; on shutdown stop live runs and close the store."""
        self._stats_task = asyncio.create_task(self._poll_stats(), name="pool-stats")
        if self._enabled and self._warm_on_start:
            for name, lazy in self._components().items():
                self._start_warming(name, lazy)
        try:
            yield
        finally:
            await stop_task(self._stats_task)
            await self.service.close()
            for task in [*self._tasks, *self._warming.values()]:
                task.cancel()
            for lazy in self._components().values():
                await lazy.close()
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

    async def analyze(self, code: str, language: str = "python") -> Analysis:
        """The analysis of `code` written in `language`, checked against the contract.

        Raises:
            CodeTooLargeError: The code is too large.
            LanguageNotCoveredError: Not Python and no Gemini answer (or an unknown language).
            msgspec.ValidationError: The analyser answered outside the contract.
        """
        answer = await (await self.analyzer()).analyze(code, language)
        return msgspec.convert(answer.to_dict(), Analysis)

    async def on_analyze(
        self, room: Room, connection: Connection, principal: Principal, event: AnalyzeRequest
    ) -> None:
        """`analyze`: analyse the room's code, in the room's language, now; everyone sees it."""
        code = room.code_text()
        language = room.language()
        room.broadcast_event(AnalysisStartedEvent(id=echo_id(event)))
        task = asyncio.create_task(self._analyze_into(room, connection, code, language, event))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _analyze_into(
        self,
        room: Room,
        connection: Connection,
        code: str,
        language: str,
        event: AnalyzeRequest,
    ) -> None:
        request_id = echo_id(event)
        try:
            result = await self.analyze(code, language)
        except Exception as exc:
            failure = analysis_failure(exc)
            # This code cannot be analysed (too long, a language not covered), or try again.
            code_ = ErrorCode.ANALYSIS_FAILED if failure.status < 500 else ErrorCode.UNAVAILABLE
            connection.send_event(ErrorEvent(code=code_, message=failure.message, id=request_id))
            room.broadcast_event(AnalysisFailedEvent(message=failure.message, id=request_id))
            return
        room.broadcast_event(AnalysisResultEvent(**msgspec.structs.asdict(result), id=request_id))
