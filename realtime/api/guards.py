"""Route guards for endpoints owned elsewhere that expose a room's contents."""

from __future__ import annotations

from typing import Any

from litestar.connection import ASGIConnection
from litestar.handlers.base import BaseRouteHandler

from realtime.api.deps import REFUSAL_STATUS, bearer_token, check_room_id
from realtime.api.errors import ApiError
from realtime.auth.control import RoomRefusal
from realtime.auth.errors import InvalidTokenError
from realtime.auth.services import AccessServices

__all__ = ["room_reader_guard"]


async def room_reader_guard(
    connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler
) -> None:
    """Admit exactly those who could join the room's socket (e.g. for its history).

    Rooms created through the API: members only (token required). Ad-hoc rooms: anyone when
    anonymous access is on, 404 otherwise. Does nothing when the app runs without the auth
    package (a custom authenticator in tests).
    """
    access: AccessServices | None = connection.app.state.get("access")
    if access is None:
        return
    room_id = str(connection.path_params.get("room_id", ""))
    check_room_id(room_id)
    try:
        identity = await access.access.identify(bearer_token(connection))
        await access.access.grant(room_id, identity)
    except InvalidTokenError as exc:
        raise ApiError(
            401, "unauthorized", str(exc), headers={"WWW-Authenticate": "Bearer"}
        ) from None
    except RoomRefusal as exc:
        raise ApiError(REFUSAL_STATUS[exc.kind], exc.kind, exc.reason) from None
