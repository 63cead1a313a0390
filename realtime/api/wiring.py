"""How auth, access control, quotas and the REST API plug into `create_app`."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from litestar import Litestar
from litestar.di import Provide
from litestar.openapi.spec import Components, SecurityScheme
from litestar.types import ControllerRouterHandler
from redis.asyncio import Redis

from realtime.api.auth import AuthConfigController, DevLoginController
from realtime.api.deps import current_user
from realtime.api.invites import InviteController
from realtime.api.notes import NotesController
from realtime.api.openapi import ClosedModelSchemaPlugin
from realtime.api.rooms import RoomController
from realtime.auth.guard import EventGuard
from realtime.auth.redact import install_token_redaction
from realtime.auth.services import AccessServices, build_access_services
from realtime.rooms.events import EventRouter
from realtime.settings import Settings

__all__ = ["AccessWiring", "openapi_components", "wire_access"]


def openapi_components() -> Components:
    """The `BearerToken` security scheme the controllers refer to."""
    return Components(
        security_schemes={
            "BearerToken": SecurityScheme(
                type="http",
                scheme="bearer",
                bearer_format="JWT",
                description="Cognito access token, or one from POST /api/auth/dev-login.",
            )
        }
    )


@dataclass
class AccessWiring:
    """What `create_app` mounts for auth: handlers, dependencies, error shape, lifespan."""

    services: AccessServices
    route_handlers: list[ControllerRouterHandler] = field(default_factory=list)
    dependencies: dict[str, Provide] = field(default_factory=dict)
    plugins: list[Any] = field(default_factory=list)

    def install(self, events: EventRouter) -> None:
        """Guard application events by permission and quota; track joined connections."""
        events.add_guard(EventGuard(self.services.quotas))
        events.on_join(self.services.authenticator.on_join)

    @asynccontextmanager
    async def lifespan(self, _app: Litestar) -> AsyncIterator[None]:
        """Start the access-event subscription; close stores on shutdown."""
        await self.services.start()
        try:
            yield
        finally:
            await self.services.stop()


def wire_access(
    settings: Settings, services: AccessServices | None = None, *, redis: Redis | None = None
) -> AccessWiring:
    """Build the services (unless given) and what `create_app` mounts.

    The services use the shared `redis` client when one is given.
    """
    services = services or build_access_services(settings, redis=redis)
    install_token_redaction()
    handlers: list[ControllerRouterHandler] = [
        AuthConfigController,
        RoomController,
        InviteController,
        NotesController,
    ]
    if services.dev_idp is not None:
        handlers.append(DevLoginController)
    return AccessWiring(
        services=services,
        route_handlers=handlers,
        dependencies={
            "access": Provide(lambda: services, use_cache=True, sync_to_thread=False),
            "user": Provide(current_user),
        },
        plugins=[ClosedModelSchemaPlugin()],
    )
