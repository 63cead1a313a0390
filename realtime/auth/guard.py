"""Per-frame checks of application events: permissions first, then rate limits.

Installed on the room server's `EventRouter` as a guard. Default deny: the permission an
event needs comes from the contract (`realtime.contract.EVENT_PERMISSIONS`, derived from the
event classes), and an event type with no declared permission is refused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realtime.auth.permissions import Action
from realtime.contract import (
    EVENT_PERMISSIONS,
    ClientEvent,
    ErrorCode,
    ErrorEvent,
    echo_id,
    event_type,
)
from realtime.contract.requests import AnalyzeRequest, RunRequest
from realtime.limits.base import LimitsUnavailableError
from realtime.limits.quotas import Quotas, RateLimitedError
from realtime.rooms.access import Principal

if TYPE_CHECKING:
    from realtime.rooms.connection import Connection
    from realtime.rooms.room import Room

__all__ = ["EventGuard"]


def _allowed(principal: Principal, action: Action) -> bool:
    # Every connection has joined its room: `join` is what a connection needs, nothing more.
    return action is Action.JOIN or bool(getattr(principal.permissions, action.value, False))


class EventGuard:
    """Refuses events the connection's role does not allow, then those over quota."""

    def __init__(self, quotas: Quotas) -> None:
        """Use `quotas` for run and analysis budgets."""
        self.quotas = quotas

    async def __call__(
        self, room: Room, connection: Connection, principal: Principal, event: ClientEvent
    ) -> ErrorEvent | None:
        """None to let the event through, else the `error` event to answer with."""
        kind = event_type(type(event))
        echo = echo_id(event)
        action = EVENT_PERMISSIONS.get(kind)  # None: no such event (refused)
        if action is None:
            return ErrorEvent(
                code=ErrorCode.UNKNOWN_EVENT,
                message=f"{kind!r} events are not allowed: no permission is declared for them",
                id=echo,
            )
        if not _allowed(principal, action):
            return ErrorEvent(
                code=ErrorCode.FORBIDDEN,
                message=f"your role ({principal.role}) may not {action.value.replace('_', ' ')}",
                id=echo,
            )
        try:
            if isinstance(event, RunRequest):
                await self.quotas.check_run_rate(principal.user_id, room.room_id)
            elif isinstance(event, AnalyzeRequest):
                await self.quotas.check_analysis(principal.user_id)
        except RateLimitedError as exc:
            return ErrorEvent(
                code=ErrorCode.RATE_LIMITED,
                message=exc.message,
                id=echo,
                retry_after=exc.retry_after,
            )
        except LimitsUnavailableError:
            return ErrorEvent(code=ErrorCode.UNAVAILABLE, message="try again later", id=echo)
        return None
