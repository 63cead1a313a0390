"""Per-frame checks of application events: permissions first, then rate limits.

Installed on the room server's `EventRouter` as a guard, so a refusal is the same whether or
not a feature has registered a handler for the event yet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from realtime.auth.permissions import Action
from realtime.limits.base import LimitsUnavailableError
from realtime.limits.quotas import Quotas, RateLimitedError
from realtime.rooms.access import Principal

if TYPE_CHECKING:
    from realtime.rooms.connection import Connection
    from realtime.rooms.room import Room

__all__ = ["EVENT_ACTIONS", "EventGuard"]

# Which permission each client event needs. Unlisted events (ping) need only a connection.
EVENT_ACTIONS: dict[str, Action] = {
    "run": Action.RUN,
    "run.input": Action.RUN,
    "run.eof": Action.RUN,
    "run.cancel": Action.CANCEL,
    "analyze": Action.ANALYZE,
    "notes.read": Action.READ_NOTES,
    "notes.write": Action.WRITE_NOTES,
}


class EventGuard:
    """Refuses events the connection's role does not allow, then those over quota."""

    def __init__(self, quotas: Quotas) -> None:
        """Use `quotas` for run and analysis budgets."""
        self.quotas = quotas

    async def __call__(
        self, room: Room, connection: Connection, principal: Principal, event: dict[str, Any]
    ) -> dict[str, Any] | None:
        """None to let the event through, else the `error` event to answer with."""
        kind = str(event.get("type"))
        action = EVENT_ACTIONS.get(kind)
        if action is not None and not getattr(principal.permissions, action.value, False):
            return {
                "type": "error",
                "code": "forbidden",
                "message": f"your role ({principal.role}) may not {action.value.replace('_', ' ')}",
            }
        try:
            if kind == "run":
                await self.quotas.check_run_rate(principal.user_id, room.room_id)
            elif kind == "analyze":
                await self.quotas.check_analysis(principal.user_id)
        except RateLimitedError as exc:
            return exc.event()
        except LimitsUnavailableError:
            return {"type": "error", "code": "unavailable", "message": "try again later"}
        return None
