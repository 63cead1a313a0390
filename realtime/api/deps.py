"""Dependencies of the REST controllers: the services and the calling user."""

from __future__ import annotations

from typing import Any

from litestar import Request
from litestar.connection import ASGIConnection
from litestar.di import NamedDependency

from realtime.api.errors import ApiError
from realtime.auth.control import Identity, RoomGrant, RoomRefusal
from realtime.auth.errors import InvalidTokenError
from realtime.auth.permissions import Action
from realtime.auth.services import AccessServices
from realtime.rooms.endpoint import ROOM_ID

__all__ = ["AccessDep", "UserDep", "bearer_token", "check_room_id", "current_user", "room_grant"]

# Handler parameters filled by `create_app`'s dependencies `access` and `user`.
AccessDep = NamedDependency[AccessServices]
UserDep = NamedDependency[Identity]

# The HTTP status of each kind of refusal.
REFUSAL_STATUS = {"unauthorized": 401, "forbidden": 403, "not_found": 404}


def bearer_token(connection: ASGIConnection[Any, Any, Any, Any]) -> str | None:
    """The token of an `Authorization: Bearer <token>` header, if any."""
    header = connection.headers.get("authorization")
    if header is None:
        return None
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise InvalidTokenError("Authorization must be 'Bearer <token>'")
    return token.strip()


async def current_user(request: Request[Any, Any, Any], access: AccessDep) -> Identity:
    """The signed-in caller (REST always needs a token; anonymous is for sockets only).

    Raises:
        InvalidTokenError: No token or an invalid one (answered 401).
    """
    token = bearer_token(request)
    if token is None:
        raise InvalidTokenError("sign-in required: send Authorization: Bearer <token>")
    return await access.access.identify(token)


def check_room_id(room_id: str) -> None:
    """Refuse ids that cannot be rooms (404, as any unknown room)."""
    if not ROOM_ID.fullmatch(room_id):
        raise ApiError(404, "not_found", "room does not exist")


async def room_grant(
    access: AccessServices, room_id: str, user: Identity, action: Action
) -> RoomGrant:
    """The caller's grant in a room created through the API, checked for `action`.

    Raises:
        ApiError: 404 unknown room, 403 not a member or not allowed.
    """
    check_room_id(room_id)
    room = await access.meta.get_room(room_id)
    if room is None:
        raise ApiError(404, "not_found", "room does not exist")
    try:
        grant = await access.access.grant(room_id, user)
    except RoomRefusal as exc:
        raise ApiError(REFUSAL_STATUS[exc.kind], exc.kind, exc.reason) from None
    if not grant.allows(action):
        raise ApiError(
            403,
            "forbidden",
            f"your role ({grant.role.value}) may not {action.value.replace('_', ' ')}",
        )
    return grant
