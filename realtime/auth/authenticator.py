"""The WebSocket hook: plugs `AccessControl` into the room server's `Authenticator` slot."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import time
from typing import TYPE_CHECKING

from realtime.auth.control import AccessControl, RoomRefusal
from realtime.auth.errors import InvalidTokenError, KeysUnavailableError
from realtime.auth.live import LiveConnections
from realtime.auth.permissions import Action, permissions_json
from realtime.contract.close_codes import CloseCode
from realtime.limits.base import LimitsUnavailableError
from realtime.limits.quotas import Quotas, RateLimitedError
from realtime.metadata.base import MetadataUnavailableError
from realtime.rooms.access import AccessDenied, ConnectionRequest, Permissions, Principal
from realtime.tasks import stop_task

if TYPE_CHECKING:
    from realtime.rooms.connection import Connection
    from realtime.rooms.room import Room

__all__ = ["RoomAuthenticator", "permissions_for"]

logger = logging.getLogger(__name__)

_CLOSE_FOR_REFUSAL = {
    "unauthorized": CloseCode.UNAUTHORIZED,
    "forbidden": CloseCode.FORBIDDEN,
    "not_found": CloseCode.NO_SUCH_ROOM,
}


def permissions_for(actions: frozenset[Action]) -> Permissions:
    """The rooms' `Permissions` for a set of permitted actions."""
    return Permissions(**permissions_json(actions))


class RoomAuthenticator:
    """Decides a connection's principal once, at connect, and tracks it while it lives.

    Close codes: 4401 token missing/invalid/expired, 4403 not a member, 4404 room never
    created (when anonymous ad-hoc rooms are off), 4429 too many connections, 4503 identity
    provider or store unavailable.

    The connection's quota slot is freed when the task serving the socket ends (however it
    ends), and its lease is refreshed while it lives so a crashed replica's slots expire.
    """

    def __init__(self, access: AccessControl, quotas: Quotas, live: LiveConnections) -> None:
        """Wire the decision point, the connection quota and the live registry."""
        self.access = access
        self.quotas = quotas
        self.live = live
        self._slots: dict[str, str] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._refresher: asyncio.Task[None] | None = None

    async def authenticate(self, request: ConnectionRequest) -> Principal:
        """Return the caller's principal or raise `AccessDenied` with a close code.

        Must run in the task that serves the socket (the endpoint's task): the connection
        slot is given back when that task finishes.
        """
        try:
            identity = await self.access.identify(request.token)
            grant = await self.access.grant(request.room_id, identity)
        except InvalidTokenError as exc:
            raise AccessDenied(CloseCode.UNAUTHORIZED, str(exc)) from None
        except RoomRefusal as exc:
            raise AccessDenied(_CLOSE_FOR_REFUSAL[exc.kind], exc.reason) from None
        except (KeysUnavailableError, MetadataUnavailableError):
            raise AccessDenied(CloseCode.UNAVAILABLE, "try again later") from None
        connection_id = secrets.token_hex(8)
        if not identity.anonymous:
            await self._take_slot(identity.user_id, connection_id)
        return Principal(
            user_id=identity.user_id,
            name=identity.name,
            role=grant.role.value,
            permissions=permissions_for(grant.actions),
            expires_at=identity.expires_at,
        )

    async def on_join(self, room: Room, connection: Connection, principal: Principal) -> None:
        """Router join hook: track the connection so revocations can close it at once.

        A connection also ends when its token expires (4401 "token expired"): the client
        refreshes its token and reconnects, so a disabled account cannot stay in a room.
        """
        self.live.add(
            room.room_id,
            principal.user_id,
            connection,
            reads_notes=principal.permissions.read_notes,
        )
        # The join hook runs in the task serving the socket: its end is the connection's end.
        task = asyncio.current_task()
        if task is not None:
            room_id, user_id = room.room_id, principal.user_id
            task.add_done_callback(lambda _: self.live.discard(room_id, user_id, connection))
        expires_at = principal.expires_at
        if expires_at is not None:
            handle = asyncio.get_running_loop().call_later(
                max(0.0, expires_at - time.time()),
                connection.request_close,
                CloseCode.UNAUTHORIZED,
                "token expired",
            )
            if task is not None:
                task.add_done_callback(lambda _: handle.cancel())

    async def _take_slot(self, user_id: str, connection_id: str) -> None:
        try:
            await self.quotas.open_connection(user_id, connection_id)
        except RateLimitedError as exc:
            raise AccessDenied(CloseCode.TOO_MANY_CONNECTIONS, exc.message) from None
        except LimitsUnavailableError:
            raise AccessDenied(CloseCode.UNAVAILABLE, "try again later") from None
        self._slots[connection_id] = user_id
        self._ensure_refresher()
        task = asyncio.current_task()
        if task is None:  # pragma: no cover - always inside a task under an ASGI server
            return
        task.add_done_callback(lambda _: self._schedule_release(user_id, connection_id))

    def _schedule_release(self, user_id: str, connection_id: str) -> None:
        self._slots.pop(connection_id, None)
        release = asyncio.get_running_loop().create_task(self._release(user_id, connection_id))
        self._tasks.add(release)
        release.add_done_callback(self._tasks.discard)

    async def _release(self, user_id: str, connection_id: str) -> None:
        try:
            await self.quotas.close_connection(user_id, connection_id)
        except LimitsUnavailableError:
            logger.warning("could not free a connection slot; its lease will expire")

    def _ensure_refresher(self) -> None:
        if self._refresher is None or self._refresher.done():
            self._refresher = asyncio.get_running_loop().create_task(
                self._refresh_forever(), name="connection-lease-refresh"
            )

    async def _refresh_forever(self) -> None:
        period = max(1.0, self.quotas.limits.connection_lease_seconds / 3)
        while self._slots:
            await asyncio.sleep(period)
            for connection_id, user_id in list(self._slots.items()):
                with contextlib.suppress(RateLimitedError, LimitsUnavailableError):
                    await self.quotas.open_connection(user_id, connection_id)

    async def close(self) -> None:
        """Stop the refresher and wait for pending releases."""
        await stop_task(self._refresher)
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
