"""The sandbox pool as a Ray actor, and the caller's side that hides Ray.

`SandboxPoolActor` owns one warm pool (`sandbox.pool.WarmPool` for local runsc, or
`sandbox.backends.kubernetes.KubernetesSandboxPool`). Runs reach it over its run channel:
`channel()` returns where the actor's `RunChannelServer` listens; the job, its input and the
run's events travel over that connection (`actors.run_channel`), whose live runs are the
actor's only table of them.

`actors.sandbox_client.RaySandboxPool` is the caller's side, a `SandboxPool`, so the realtime
layer never sees Ray. If the actor dies mid-run (crash, `ray.kill`), Ray restarts it
(`max_restarts=-1`) and the caller's run ends with a `sandbox_error` verdict; a run is never
retried (`max_task_retries=0`) because it is not idempotent.

The actor's worker process runs at normal CPU priority (`RAY_worker_niceness=0` in its
runtime environment). Ray starts workers at niceness 15, and every `runsc` (with the gVisor
sandbox and the user's program) inherits it: on a busy host a warm run's first output then
took hundreds of milliseconds instead of ~20 ms, because the actor's event loop, the fork of
the replacement sandbox and the sandboxed program all waited behind every normal-priority
process. The program's CPU share is bounded by its cgroup quota, not by niceness.
"""

from __future__ import annotations

import asyncio
import logging
import os
from typing import TYPE_CHECKING, Any

import ray
from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

from actors.placement import on_sandbox_node, pool_cpus
from actors.run_channel import ChannelAddress, RunChannelServer
from sandbox.settings import SandboxSettings, SettingsOverrides, with_overrides

if TYPE_CHECKING:
    from sandbox.pool import WarmPool

log = logging.getLogger(__name__)

POOL_ACTOR_NAME = "coderemote-sandbox-pool"
ACTOR_DIED_MESSAGE = (
    "the sandbox service stopped during this run and has been restarted; run the code again"
)
# Ray's raylet reads this from a worker's environment when it starts the process.
WORKER_NICENESS_ENV = "RAY_worker_niceness"
ACTOR_RUNTIME_ENV: dict[str, dict[str, str]] = {"env_vars": {WORKER_NICENESS_ENV: "0"}}


def build_pool(backend: str, overrides: SettingsOverrides) -> WarmPool:
    """The configured backend's pool (not started).

    Args:
        backend: "local" (runsc, or relaxed mode by settings) or "kubernetes".
        overrides: Non-secret settings fields (`SandboxSettings`, and for Kubernetes also
            `KubernetesPoolConfig`'s).
    """
    if backend == "kubernetes":
        from sandbox.backends.kubernetes import KubernetesSandboxPool

        return KubernetesSandboxPool.from_overrides(overrides)
    from sandbox.pool import WarmPool

    return WarmPool.from_settings(with_overrides(SandboxSettings, overrides))


def pool_figures(pool: WarmPool) -> dict[str, float]:
    """A pool's figures as plain numbers, and `warm.<language>` for each language in use."""
    warm = {f"warm.{language}": float(n) for language, n in pool.warm_by_language().items()}
    return {**pool.stats().figures(), **warm}


class SandboxPoolActor:
    """Ray actor body: one warm pool, many concurrent runs (async actor).

    Args:
        backend: "local" or "kubernetes".
        overrides: Non-secret pool settings; secrets come from the actor's environment.
        channel_host: Address the run channel listens on (None: this Ray node's address).
        channel_port: Its port (0: any free one).
    """

    def __init__(
        self,
        backend: str = "local",
        overrides: SettingsOverrides | None = None,
        channel_host: str | None = "127.0.0.1",
        channel_port: int = 0,
    ) -> None:
        self._backend = backend
        self._overrides = dict(overrides or {})
        self._pool: WarmPool | None = None
        self._lock = asyncio.Lock()
        self._channel = RunChannelServer(
            self._ready,
            host=channel_host or ray.util.get_node_ip_address(),  # type: ignore[no-untyped-call]
            port=channel_port,
        )

    async def _ready(self) -> WarmPool:
        async with self._lock:
            if self._pool is None:
                if (niceness := os.getpriority(os.PRIO_PROCESS, 0)) > 0:
                    log.warning(
                        "sandbox pool actor runs at niceness %d: runs will start slowly on a "
                        "busy host (create it with get_sandbox_pool_actor)",
                        niceness,
                    )
                pool = build_pool(self._backend, self._overrides)
                await pool.start()
                self._pool = pool
            return self._pool

    async def start(self) -> dict[str, float]:
        """Fill the pool (idempotent); returns `stats()`."""
        await self._ready()
        return await self.stats()

    async def channel(self) -> ChannelAddress:
        """Where the run channel listens and its secret (starts listening on first call)."""
        return await self._channel.start()

    async def prewarm(self, language: str) -> None:
        """Warm a sandbox of `language` (`WarmPool.prewarm`; starts the pool if need be).

        Raises:
            UnknownLanguageError: No such language in the registry.
        """
        await (await self._ready()).prewarm(language)

    async def stats(self) -> dict[str, float]:
        """Pool figures as plain numbers: warm, busy, queue_depth, start latency, ...

        `warm.<language>` is each language's warm sandboxes (a local pool's languages in use).
        """
        if self._pool is None:
            return {}
        return {**pool_figures(self._pool), "live_runs": float(len(self._channel.live))}

    async def process_info(self) -> dict[str, int]:
        """The actor's process id and niceness (diagnostics: sandboxes inherit both)."""
        return {"pid": os.getpid(), "niceness": os.getpriority(os.PRIO_PROCESS, 0)}


def get_sandbox_pool_actor(
    backend: str = "local",
    overrides: SettingsOverrides | None = None,
    *,
    name: str = POOL_ACTOR_NAME,
    channel_host: str | None = "127.0.0.1",
    channel_port: int = 0,
    node_id: str | None = None,
) -> Any:
    """The named pool actor, created on first use (get-if-exists).

    It runs on a node that declares the `sandbox_node` resource (never the head), pinned to
    `node_id` when given (`actors.pool_spread` makes one per node this way), and asks for the
    CPU its sandboxes use (`actors.placement.pool_cpus`). A pinned actor is restarted on its
    node when its process dies; when the node dies it is not moved (its name is freed), and the
    node's replacement gets a pool of its own.

    Args:
        backend: Pool backend for the actor when it is created.
        overrides: Non-secret settings for it (ignored if the actor exists).
        name: Actor name; callers with the same name share one pool.
        channel_host: Run channel address: loopback for a local Ray, None (the actor's node
            address) on a cluster, where callers run on other nodes.
        channel_port: Run channel port (0: any; a cluster fixes it for its network policy).
        node_id: The Ray node to pin the actor to (None: any sandbox node).
    """
    pinned = None if node_id is None else NodeAffinitySchedulingStrategy(node_id, soft=False)
    remote_cls = ray.remote(SandboxPoolActor)
    return remote_cls.options(
        name=name,
        get_if_exists=True,
        max_restarts=-1,
        max_task_retries=0,
        max_concurrency=1000,
        num_cpus=pool_cpus(backend, overrides),
        resources=on_sandbox_node(),
        runtime_env=ACTOR_RUNTIME_ENV,
        scheduling_strategy=pinned,
    ).remote(backend, overrides or {}, channel_host, channel_port)
