"""The server's view of the sandbox pool: one interface whether it sits behind Ray or not.

`RaySandboxPool` talks to the shared `SandboxPoolActor`; `LocalSandboxPool` wraps a pool in
the same process (tests, benchmarks, `use_ray=false`). Both implement
`sandbox.interfaces.SandboxPool` plus an async `stats()` for metrics.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import logging
import os
import shutil
import signal
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

import ray
from ray.exceptions import ActorUnavailableError, RayError

from actors.placement import SANDBOX_NODE_RESOURCE, pool_actor_name
from actors.run_channel import ChannelClosedError, RunChannelClient
from actors.sandbox_pool import (
    ACTOR_DIED_MESSAGE,
    build_pool,
    get_sandbox_pool_actor,
    pool_figures,
)
from actors.settings import ActorSettings
from sandbox.backends.base import pid_alive
from sandbox.errors import SandboxError, SandboxUnavailableError
from sandbox.events import RunFinished, RunRequest, RunResult
from sandbox.interfaces import RunHandle, SandboxPool
from sandbox.pool import WarmPool
from sandbox.runner import FinishedRun
from sandbox.settings import SettingsOverrides
from sandbox.verdicts import Verdict

log = logging.getLogger(__name__)


class PoolClient(SandboxPool, Protocol):
    """A `SandboxPool` that also reports its figures."""

    async def stats(self) -> dict[str, float]:
        """Warm, busy, queue_depth, last/mean start latency (ms), ..."""
        ...


def _died(run_id: str, detail: str = "") -> RunFinished:
    message = ACTOR_DIED_MESSAGE + (f" ({detail})" if detail else "")
    return RunFinished.of(run_id, RunResult(Verdict.SANDBOX_ERROR, message=message))


class RaySandboxPool:
    """The shared pool actor seen as a `SandboxPool`.

    Args:
        actor: From `get_sandbox_pool_actor()`.
        restart_wait_s: How long calls wait for a restarting actor before giving up.

    Runs travel over the actor's run channel (`actors.run_channel`), the one run transport.
    """

    def __init__(self, actor: Any, restart_wait_s: float = 60.0) -> None:
        self.actor = actor
        self.restart_wait_s = restart_wait_s
        self._channel: RunChannelClient | None = None
        self._connecting = asyncio.Lock()

    async def start(self) -> None:
        """Make the actor fill its pool (raises `SandboxUnavailableError` from the pool)."""
        await self._while_restarting(lambda: self.actor.start.remote())

    async def submit(self, request: RunRequest) -> RunHandle:
        """Hand the run to the actor over its channel.

        A run no actor accepted (it died or did not come back in time) ends at once with a
        `sandbox_error` verdict (`accepted` False); raises `PoolBusyError` when the actor's
        queue is full.
        """
        deadline = time.monotonic() + self.restart_wait_s
        while True:
            try:
                channel = await self._connected()
                return await channel.submit(request)
            except (ChannelClosedError, OSError, TimeoutError, ActorUnavailableError) as exc:
                # Not accepted by anyone yet (the actor died or is restarting): ask again.
                if time.monotonic() > deadline:
                    died = _died(request.run_id, type(exc).__name__)
                    return FinishedRun(request.run_id, died, accepted=False)
                await asyncio.sleep(0.2)
            except RayError as exc:
                died = _died(request.run_id, type(exc).__name__)
                return FinishedRun(request.run_id, died, accepted=False)

    async def prewarm(self, language: str) -> None:
        """Ask the actor to warm a sandbox of `language` (returns once it took the request).

        Raises:
            UnknownLanguageError: No such language in the registry.
        """
        await self._while_restarting(lambda: self.actor.prewarm.remote(language))

    async def _connected(self) -> RunChannelClient:
        """The open channel, connecting (again) when there is none or it dropped."""
        async with self._connecting:
            if self._channel is None or self._channel.closed:
                address = await self._while_restarting(lambda: self.actor.channel.remote())
                self._channel = await RunChannelClient.connect(address, _died)
            return self._channel

    async def close(self) -> None:
        """Close this caller's channel; the actor is shared and outlives this client."""
        if self._channel is not None:
            await self._channel.close()

    async def stats(self) -> dict[str, float]:
        """The actor's pool figures."""
        result: dict[str, float] = await self._while_restarting(lambda: self.actor.stats.remote())
        return result

    async def _while_restarting(self, call: Callable[[], Any]) -> Any:
        """Await an idempotent actor call, asking again while the actor restarts.

        A `SandboxError` the actor raised is raised here as itself, not as Ray's wrapper.
        """
        deadline = time.monotonic() + self.restart_wait_s
        while True:
            try:
                return await call()
            except ActorUnavailableError:
                if time.monotonic() > deadline:
                    raise
                await asyncio.sleep(0.2)
            except ray.exceptions.RayTaskError as exc:
                cause = getattr(exc, "cause", None)
                if isinstance(cause, SandboxError):
                    raise cause from None
                raise


class LocalSandboxPool:
    """A pool in this process behind the same interface (no Ray hop).

    Args:
        pool: A warm pool of any backend, e.g. `build_pool("local", {})`.
    """

    def __init__(self, pool: WarmPool) -> None:
        self.pool = pool

    async def start(self) -> None:
        """Start the wrapped pool."""
        await self.pool.start()

    async def submit(self, request: RunRequest) -> RunHandle:
        """Submit directly."""
        return await self.pool.submit(request)

    async def prewarm(self, language: str) -> None:
        """Warm a sandbox of `language` (`WarmPool.prewarm`)."""
        await self.pool.prewarm(language)

    async def close(self) -> None:
        """Close the wrapped pool."""
        await self.pool.close()

    async def stats(self) -> dict[str, float]:
        """The wrapped pool's figures, as plain numbers (`warm.<language>` as the actor's)."""
        return pool_figures(self.pool)


_RAY_LOCK = threading.Lock()
_RAY_TEMP_PREFIX = "cr-ray-"
# Ray's unix sockets live at <temp>/session_<date>_<time>_<usec>_<pid>/sockets/plasma_store,
# 64 characters after the folder, and a socket path holds at most 107: a base of 16, plus
# cr-ray-<pid>-<8 random>, leaves room.
_MAX_TEMP_BASE = 16


def ensure_ray(settings: ActorSettings) -> None:
    """Join `CODEREMOTE_RAY_ADDRESS`, or start a private local Ray; at most once per process.

    A local Ray is started with `address="local"` in a temp folder of its own, so neither
    `RAY_ADDRESS` nor a leftover `/tmp/ray/ray_current_cluster` nor another server's Ray on this
    host is ever joined by mistake. The folder is removed (and Ray stopped) at exit. Callers
    racing at start (the first run and the first analysis) share one `ray.init` (a lock).

    Raises:
        SandboxUnavailableError: Ray could not be started or joined (the message says which).
    """
    with _RAY_LOCK:
        if ray.is_initialized():
            return
        if settings.ray_address:
            try:
                ray.init(address=settings.ray_address, namespace=settings.ray_namespace)
            except Exception as exc:
                raise SandboxUnavailableError(
                    f"could not join the Ray cluster at {settings.ray_address} "
                    f"(CODEREMOTE_RAY_ADDRESS): {_first_line(exc)}"
                ) from exc
            return
        temp_dir = _private_ray_temp_dir()
        try:
            ray.init(
                address="local",
                _temp_dir=temp_dir,
                num_cpus=settings.ray_num_cpus,
                # The one node runs the sandboxes, as a cluster's workers do (actors.placement).
                resources={SANDBOX_NODE_RESOURCE: 1},
                include_dashboard=False,
                namespace=settings.ray_namespace,
                log_to_driver=False,
            )
        except Exception as exc:
            shutil.rmtree(temp_dir, ignore_errors=True)
            raise SandboxUnavailableError(
                f"could not start a local Ray: {_first_line(exc)}"
            ) from exc
        # Registered after ray.init, so it runs before Ray's own exit hook (last in, first out).
        atexit.register(_stop_local_ray, temp_dir)


async def start_ray(settings: ActorSettings) -> None:
    """`ensure_ray` off the event loop, then the process's own SIGTERM handling back.

    `ray.init` blocks for seconds, hence the thread.

    Ray's core installs a C-level crash handler for SIGTERM when it connects; it prints a stack
    and kills the process, so the server's graceful shutdown (live runs stopped, Ray stopped,
    its folder removed) never ran. The Python handler is still registered: installing it again
    puts it back in front.
    """
    await asyncio.to_thread(ensure_ray, settings)
    if threading.current_thread() is threading.main_thread():
        handler = signal.getsignal(signal.SIGTERM)
        if handler is not None:
            signal.signal(signal.SIGTERM, handler)


def _private_ray_temp_dir() -> str:
    """A new short folder for this process's Ray; folders of dead servers are removed first."""
    base = tempfile.gettempdir()
    if len(base) > _MAX_TEMP_BASE:
        base = "/tmp"  # a long TMPDIR would push Ray's socket paths past the limit
    _remove_abandoned(base)
    return tempfile.mkdtemp(prefix=f"{_RAY_TEMP_PREFIX}{os.getpid()}-", dir=base)


def _remove_abandoned(base: str) -> None:
    """Remove the Ray folders of servers that died without cleaning up (SIGKILL).

    Ray's reaper stops a dead driver's Ray, so a folder whose owner is gone is unused.
    """
    for path in Path(base).glob(f"{_RAY_TEMP_PREFIX}*-*"):
        pid = path.name[len(_RAY_TEMP_PREFIX) :].split("-", 1)[0]
        if pid.isdigit() and not pid_alive(int(pid)):
            shutil.rmtree(path, ignore_errors=True)


def _stop_local_ray(temp_dir: str) -> None:
    with contextlib.suppress(Exception):
        ray.shutdown()
    shutil.rmtree(temp_dir, ignore_errors=True)


def _first_line(exc: BaseException) -> str:
    """One line of an exception for a person to read (Ray's messages run to pages)."""
    text = str(exc).strip().splitlines()
    line = text[0] if text else type(exc).__name__
    return line if len(line) <= 200 else line[:197] + "..."


async def open_sandbox_pool(
    settings: ActorSettings | None = None, overrides: SettingsOverrides | None = None
) -> PoolClient:
    """The configured pool, started: a pool actor per sandbox node, or an in-process pool.

    With Ray, runs are spread over one pool actor per node that declares `sandbox_node`
    (`actors.pool_spread`; a local Ray's one node declares it, so it has one pool as before).

    Args:
        settings: Actors settings (default: from the environment).
        overrides: Non-secret pool settings for the backend.
    """
    settings = settings or ActorSettings()
    pool: PoolClient
    if settings.use_ray:
        from actors.pool_spread import SpreadSandboxPool  # imports this module

        await start_ray(settings)
        chosen = settings

        def make_actor(node_id: str) -> Any:
            return get_sandbox_pool_actor(
                chosen.sandbox_backend,
                overrides,
                name=pool_actor_name(chosen.pool_actor_name, node_id),
                node_id=node_id,
                # A local Ray runs on this machine only; on a cluster callers are on other nodes.
                channel_host=None if chosen.ray_address else "127.0.0.1",
                # A fixed port exists for a cluster's network policy; on one host it would only
                # make a second server's pool collide with the first's.
                channel_port=chosen.run_channel_port if chosen.ray_address else 0,
            )

        pool = SpreadSandboxPool(make_actor)
    else:
        pool = LocalSandboxPool(build_pool(settings.sandbox_backend, overrides or {}))
    await pool.start()
    return pool
