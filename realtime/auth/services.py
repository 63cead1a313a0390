"""Everything auth, access and quotas need, built once from the settings."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from redis.asyncio import Redis

from realtime.auth.authenticator import RoomAuthenticator
from realtime.auth.control import AccessControl
from realtime.auth.dev_idp import DevIdentityProvider
from realtime.auth.dev_secrets import INVITE_SECRET, SIGNING_KEY, kept_secret
from realtime.auth.invites import InviteSigner
from realtime.auth.jwks import JwksCache
from realtime.auth.live import (
    AccessEventBus,
    LiveConnections,
    MemoryAccessEventBus,
    RedisAccessEventBus,
)
from realtime.auth.verifier import TokenVerifier
from realtime.limits.base import LimitStore
from realtime.limits.memory import MemoryLimitStore
from realtime.limits.quotas import QuotaLimits, Quotas
from realtime.limits.redis import RedisLimitStore
from realtime.metadata.base import RoomMetaStore
from realtime.metadata.memory import MemoryRoomMetaStore
from realtime.metadata.redis import RedisRoomMetaStore
from realtime.settings import Settings

__all__ = ["DEV_CLIENT_ID", "DEV_ISSUER", "AccessServices", "build_access_services"]

logger = logging.getLogger(__name__)

DEV_ISSUER = "urn:coderemote:dev-idp"
DEV_CLIENT_ID = "coderemote-dev"


@dataclass
class AccessServices:
    """The wired auth, access and quota objects of one server process.

    Attributes:
        settings: The server settings.
        access: Token verification and room access decisions.
        authenticator: The WebSocket hook (`Authenticator` of the room server).
        quotas: Rate limits and quotas.
        invites: Invite link signer.
        live: Live connections (closing revoked ones, notes notifications).
        meta: Rooms, members, invites, notes.
        limit_store: Counters behind `quotas`.
        dev_idp: Development identity provider, or None.
    """

    settings: Settings
    access: AccessControl
    authenticator: RoomAuthenticator
    quotas: Quotas
    invites: InviteSigner
    live: LiveConnections
    meta: RoomMetaStore
    limit_store: LimitStore
    dev_idp: DevIdentityProvider | None

    @property
    def auth_mode(self) -> str:
        """`cognito` or `dev`."""
        return "cognito" if self.settings.cognito_user_pool_id else "dev"

    async def start(self) -> None:
        """Start background work (the access-event subscription)."""
        await self.live.start()

    async def stop(self) -> None:
        """Stop background work and close store connections."""
        await self.authenticator.close()
        await self.live.stop()
        await self.meta.close()
        await self.limit_store.close()


def _verifier(settings: Settings, dev_idp: DevIdentityProvider | None) -> TokenVerifier | None:
    if settings.cognito_issuer and settings.cognito_jwks_url and settings.cognito_client_id:
        issuer, client = settings.cognito_issuer, settings.cognito_client_id
        url = settings.cognito_jwks_url
    elif dev_idp is not None:
        base = settings.dev_idp_url or f"http://127.0.0.1:{settings.port}"
        issuer, client = dev_idp.issuer, dev_idp.client_id
        url = f"{base.rstrip('/')}/.well-known/jwks.json"
    else:
        return None
    keys = JwksCache(
        url,
        timeout=settings.auth_jwks_timeout_seconds,
        refetch_interval=settings.auth_jwks_refetch_seconds,
    )
    return TokenVerifier(
        keys,
        issuer=issuer,
        client_ids=[client],
        token_use=settings.auth_token_use,
        leeway_seconds=settings.auth_leeway_seconds,
    )


def build_access_services(settings: Settings, *, redis: Redis | None = None) -> AccessServices:
    """Build the services from validated settings (memory or Redis after `settings.store`).

    Args:
        settings: The validated settings.
        redis: The process's shared Redis client (`realtime.redis_client`); when omitted
            and the store is Redis, the stores open a client of their own.
    """
    # Development secrets outlive restarts where the server keeps state (see dev_secrets).
    kept = {
        "data_dir": settings.data_dir,
        "redis_url": settings.redis_url if settings.store == "redis" else None,
    }
    dev_idp = (
        DevIdentityProvider(
            issuer=DEV_ISSUER,
            client_id=DEV_CLIENT_ID,
            token_ttl_seconds=settings.dev_token_ttl_seconds,
            private_key_pem=kept_secret(SIGNING_KEY, **kept),
        )
        if settings.dev_login_enabled
        else None
    )
    meta: RoomMetaStore
    limit_store: LimitStore
    bus: AccessEventBus
    if settings.store == "redis" and redis is not None:
        meta = RedisRoomMetaStore(redis, owns_client=False)
        limit_store = RedisLimitStore(redis, owns_client=False)
        bus = RedisAccessEventBus(redis)
    elif settings.store == "redis" and settings.redis_url:
        meta = RedisRoomMetaStore.from_url(settings.redis_url)
        limit_store = RedisLimitStore.from_url(settings.redis_url)
        bus = RedisAccessEventBus(settings.redis_url)
    else:
        meta, limit_store, bus = MemoryRoomMetaStore(), MemoryLimitStore(), MemoryAccessEventBus()
    if settings.invite_secret is not None:
        secret = settings.invite_secret.get_secret_value().encode()
    else:
        # Development only (production requires the setting).
        secret = kept_secret(INVITE_SECRET, **kept)
    quotas = Quotas(
        limit_store,
        QuotaLimits(
            runs_per_minute=settings.limit_runs_per_minute,
            room_runs_per_minute=settings.limit_room_runs_per_minute,
            concurrent_runs=settings.limit_concurrent_runs,
            analyses_per_day=settings.limit_analyses_per_day,
            rooms_per_day=settings.limit_rooms_per_day,
            connections_per_user=settings.limit_connections_per_user,
        ),
    )
    access = AccessControl(
        verifier=_verifier(settings, dev_idp),
        store=meta,
        allow_anonymous=settings.anonymous_enabled,
    )
    live = LiveConnections(bus)
    return AccessServices(
        settings=settings,
        access=access,
        authenticator=RoomAuthenticator(access, quotas, live),
        quotas=quotas,
        invites=InviteSigner(secret),
        live=live,
        meta=meta,
        limit_store=limit_store,
        dev_idp=dev_idp,
    )
