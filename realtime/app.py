"""The application factory: the one place that wires routes and dependencies."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from litestar import Litestar
from litestar.config.cors import CORSConfig
from litestar.di import Provide
from litestar.openapi import OpenAPIConfig
from litestar.types import ControllerRouterHandler
from redis.asyncio import Redis

from realtime.api.analyze import analyze_code
from realtime.api.errors import exception_handlers
from realtime.api.runs import headless_run, room_runs
from realtime.api.wiring import AccessWiring, openapi_components, wire_access
from realtime.metrics import RealtimeMetrics
from realtime.ops import healthz, metrics_endpoint, readyz
from realtime.playback import room_history
from realtime.redis_client import connection_name, redis_client
from realtime.rooms.access import Authenticator
from realtime.rooms.endpoint import RoomEndpointConfig, room_socket
from realtime.rooms.events import EventRouter
from realtime.rooms.registry import RoomRegistry
from realtime.runs.wiring import RunsWiring
from realtime.settings import Settings, load_settings
from realtime.stores.base import RoomStore
from realtime.stores.memory import MemoryRoomStore
from realtime.stores.redis import RedisRoomStore
from realtime.web import web_router

__all__ = ["RealtimeServices", "create_app", "create_store"]


@dataclass(frozen=True, slots=True)
class RealtimeServices:
    """Everything the realtime layer shares, reachable as `app.state.services`."""

    settings: Settings
    store: RoomStore
    registry: RoomRegistry
    events: EventRouter
    metrics: RealtimeMetrics
    authenticator: Authenticator


def create_store(
    settings: Settings, redis: Redis | None = None, *, instance_id: str | None = None
) -> RoomStore:
    """The room store the settings ask for.

    Args:
        settings: The validated settings.
        redis: The process's shared client (`redis_client`); when omitted, a Redis store
            opens a client of its own.
        instance_id: This process's id, written with every update it stores.
    """
    if settings.store == "redis":
        assert settings.redis_url is not None  # checked by Settings
        return RedisRoomStore(
            redis or settings.redis_url,
            compaction_threshold=settings.compaction_threshold,
            instance_id=instance_id,
        )
    if settings.store == "embedded":
        # The CLI starts the embedded Redis and hands the app store="redis" with its URL.
        raise ValueError("store=embedded is started by `coderemote serve`; pass store=redis here")
    return MemoryRoomStore(compaction_threshold=settings.compaction_threshold)


def create_app(
    settings: Settings | None = None,
    *,
    authenticator: Authenticator | None = None,
    events: EventRouter | None = None,
    store: RoomStore | None = None,
    route_handlers: Sequence[ControllerRouterHandler] = (),
    dependencies: dict[str, Provide] | None = None,
    runs: RunsWiring | None = None,
) -> Litestar:
    """Build the Litestar app.

    Args:
        settings: Configuration; read from the environment when omitted.
        authenticator: Decides who may join a room. Default: the auth package's
            `RoomAuthenticator` (tokens, roles, invites, quotas), mounted with its REST API;
            passing one mounts neither.
        events: Router of application events (type 100); `ping` is built in.
        store: Room store; built from `settings` when omitted.
        route_handlers: Further controllers/routers (e.g. the REST room API) to mount.
        dependencies: Further dependencies available to every handler.
        runs: Runs and analysis (pool, run store, handlers). Default: built from `settings`;
            its event handlers are installed unless a custom `events` router is passed alone.

    Returns:
        The app; its lifespan opens and closes the store and the room registry.
    """
    settings = settings or load_settings()
    instance_id = uuid.uuid4().hex
    # One bounded pool for every Redis-backed store of this process (None: memory store).
    redis = (
        redis_client(settings.redis_url, name=connection_name(instance_id))
        if settings.store == "redis" and settings.redis_url
        else None
    )
    access: AccessWiring | None = None
    if authenticator is None:
        access = wire_access(settings, redis=redis)
        authenticator = access.services.authenticator
    install_runs = events is None or runs is not None
    events = events or EventRouter()
    if access is not None:
        access.install(events)
    runs = runs or RunsWiring.from_settings(
        settings, quotas=access.services.quotas if access is not None else None, redis=redis
    )
    if install_runs:
        runs.install(events)
    store = store or create_store(settings, redis, instance_id=instance_id)
    metrics = RealtimeMetrics()
    metrics.registry.register(runs.pool_stats)
    registry = RoomRegistry(store, events, metrics, idle_seconds=settings.room_idle_seconds)
    services = RealtimeServices(settings, store, registry, events, metrics, authenticator)
    endpoint = RoomEndpointConfig(
        registry=registry,
        authenticator=authenticator,
        metrics=metrics,
        max_frame_bytes=settings.max_frame_bytes,
        send_queue_frames=settings.send_queue_frames,
    )

    @asynccontextmanager
    async def lifespan(_app: Litestar) -> AsyncIterator[None]:
        await store.start(registry.on_ephemeral)
        registry.start()
        try:
            yield
        finally:
            await registry.close()
            await store.close()
            if redis is not None:
                # After the stores: the access and runs lifespans end first (they are
                # listed after this one), so nothing borrows a connection any more.
                await redis.aclose()

    def _const(value: Any) -> Provide:
        return Provide(lambda: value, use_cache=True, sync_to_thread=False)

    provided: dict[str, Provide] = {
        "rooms": _const(endpoint),
        "store": _const(store),
        "registry": _const(registry),
        "metrics": _const(metrics),
        "services": _const(services),
        "runs_wiring": _const(runs),
        "run_store": _const(runs.store),
    }
    if access is not None:
        provided.update(access.dependencies)
    provided.update(dependencies or {})
    app = Litestar(
        route_handlers=[
            room_socket,
            healthz,
            readyz,
            metrics_endpoint,
            room_history,
            room_runs,
            headless_run,
            analyze_code,
            *(access.route_handlers if access is not None else ()),
            *route_handlers,
            web_router(Path(settings.web_dist)),
        ],
        dependencies=provided,
        lifespan=[lifespan, runs.lifespan, *([access.lifespan] if access is not None else [])],
        exception_handlers=exception_handlers(),
        plugins=access.plugins if access is not None else [],
        openapi_config=OpenAPIConfig(
            title="Code Remote",
            version="0.1.0",
            path="/schema",
            components=openapi_components(),
        ),
        cors_config=CORSConfig(allow_origins=[]) if settings.environment == "production" else None,
        debug=False,
        # Logging is configured once by the CLI (JSON lines); the app must not override it.
        logging_config=None,
    )
    app.state.services = services
    app.state.runs = runs
    # Read by route guards of endpoints that expose room contents (history).
    app.state.access = access.services if access is not None else None
    return app
