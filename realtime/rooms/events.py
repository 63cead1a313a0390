"""Routing of application events (message type 100) to handlers registered by feature."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from realtime.rooms.access import Principal
from realtime.stores.base import StoreUnavailableError

if TYPE_CHECKING:
    from realtime.rooms.connection import Connection
    from realtime.rooms.room import Room

__all__ = [
    "EventGuardFn",
    "EventHandler",
    "EventRouter",
    "JoinHandler",
    "LeaveHandler",
    "RefusedHandler",
    "RelayedHandler",
]

logger = logging.getLogger(__name__)

EventHandler = Callable[["Room", "Connection", Principal, dict[str, Any]], Awaitable[None]]
JoinHandler = Callable[["Room", "Connection", Principal], Awaitable[None]]
# A guard returns None to let an event through, or the `error` event to answer with
# (permissions and rate limits: see realtime.auth.guard).
EventGuardFn = Callable[
    ["Room", "Connection", Principal, dict[str, Any]], Awaitable[dict[str, Any] | None]
]
LeaveHandler = Callable[["Room", "Connection", Principal], Awaitable[None]]
# An event another server process relayed to this one (`Room.relay_to_servers`): no
# connection and no principal here; the sending process checked permissions already.
RelayedHandler = Callable[["Room", dict[str, Any]], Awaitable[None]]
# Told after a guard refused an event (the sender already has the `error`): the event, then
# the refusal (e.g. so that a refused run is shown to the whole room).
RefusedHandler = Callable[
    ["Room", "Connection", Principal, dict[str, Any], dict[str, Any]], Awaitable[None]
]

# Larger events are refused before parsing; run input and the like are small.
MAX_EVENT_CHARS = 256 * 1024
STORE_DOWN_MESSAGE = "the server cannot reach its storage right now; try again in a moment"


async def _pong(
    room: Room, connection: Connection, principal: Principal, event: dict[str, Any]
) -> None:
    connection.send_event({"type": "pong"})


class EventRouter:
    """Maps an event `type` to one handler; `ping` is answered with `pong` out of the box.

    Example:
        ```python
        router = EventRouter()

        @router.on("run")
        async def start_run(room, connection, principal, event): ...
        ```
    """

    def __init__(self) -> None:
        """Create a router that knows only `ping`."""
        self._handlers: dict[str, EventHandler] = {"ping": _pong}
        self._join_handlers: list[JoinHandler] = []
        self._guards: list[EventGuardFn] = []
        self._leave_handlers: list[LeaveHandler] = []
        self._relayed: dict[str, RelayedHandler] = {}
        self._refused: dict[str, RefusedHandler] = {}

    def on(self, event_type: str, handler: EventHandler | None = None) -> Any:
        """Register `handler` for `event_type` (also usable as a decorator).

        Raises:
            ValueError: A handler for this type already exists.
        """

        def register(func: EventHandler) -> EventHandler:
            if event_type in self._handlers and event_type != "ping":
                raise ValueError(f"a handler for {event_type!r} is already registered")
            self._handlers[event_type] = func
            return func

        return register(handler) if handler is not None else register

    def add_guard(self, guard: EventGuardFn) -> None:
        """Check every event before its handler (and before unknown types are reported)."""
        self._guards.append(guard)

    def on_join(self, handler: JoinHandler) -> JoinHandler:
        """Register a coroutine called after each connection joined (e.g. to send `room.state`)."""
        self._join_handlers.append(handler)
        return handler

    def on_leave(self, handler: LeaveHandler) -> LeaveHandler:
        """Register a coroutine called after each connection left (e.g. to free a quota)."""
        self._leave_handlers.append(handler)
        return handler

    def on_relayed(self, event_type: str, handler: RelayedHandler) -> None:
        """Register `handler` for events of `event_type` relayed by other server processes.

        Raises:
            ValueError: A relayed handler for this type already exists.
        """
        if event_type in self._relayed:
            raise ValueError(f"a relayed handler for {event_type!r} is already registered")
        self._relayed[event_type] = handler

    def on_refused(self, event_type: str, handler: RefusedHandler) -> None:
        """Register `handler`, called after a guard refused an event of `event_type`.

        Raises:
            ValueError: A refused handler for this type already exists.
        """
        if event_type in self._refused:
            raise ValueError(f"a refused handler for {event_type!r} is already registered")
        self._refused[event_type] = handler

    @property
    def event_types(self) -> frozenset[str]:
        """Event types with a handler."""
        return frozenset(self._handlers)

    async def joined(self, room: Room, connection: Connection) -> None:
        """Call the join handlers; a failing one is logged and never affects the others."""
        for handler in self._join_handlers:
            try:
                await handler(room, connection, connection.principal)
            except Exception:
                logger.exception("join handler failed", extra={"room": room.room_id})

    async def left(self, room: Room, connection: Connection) -> None:
        """Call the leave handlers; a failing one is logged and never affects the others."""
        for handler in self._leave_handlers:
            try:
                await handler(room, connection, connection.principal)
            except Exception:
                logger.exception("leave handler failed", extra={"room": room.room_id})

    async def dispatch(self, room: Room, connection: Connection, text: str) -> None:
        """Parse one event and run its handler.

        Bad JSON, a missing `type` or an unknown type are answered with an `error` event
        (`bad_event`) rather than closing the socket; a handler that finds the store down
        answers `unavailable`, any other failing handler `internal`.
        """
        if len(text) > MAX_EVENT_CHARS:
            connection.send_event(_error("bad_event", "event too large"))
            return
        try:
            event = json.loads(text)
        except ValueError:
            connection.send_event(_error("bad_event", "event is not valid JSON"))
            return
        if not isinstance(event, dict) or not isinstance(event.get("type"), str):
            connection.send_event(_error("bad_event", "event must be an object with a 'type'"))
            return
        for guard in self._guards:
            try:
                refusal = await guard(room, connection, connection.principal, event)
            except Exception:
                logger.exception("event guard failed", extra={"room": room.room_id})
                refusal = _error("internal", "the server could not check this event")
            if refusal is not None:
                connection.send_event(refusal)
                await self._tell_refused(room, connection, event, refusal)
                return
        handler = self._handlers.get(event["type"])
        if handler is None:
            connection.send_event(_error("bad_event", f"unknown event type {event['type']!r}"))
            return
        try:
            await handler(room, connection, connection.principal, event)
        except StoreUnavailableError:
            logger.warning(
                "event refused: store unavailable",
                extra={"room": room.room_id, "event": event["type"]},
            )
            connection.send_event(_error("unavailable", STORE_DOWN_MESSAGE))
        except Exception:
            logger.exception(
                "event handler failed", extra={"room": room.room_id, "event": event["type"]}
            )
            connection.send_event(_error("internal", "the server could not handle this event"))

    async def _tell_refused(
        self, room: Room, connection: Connection, event: dict[str, Any], refusal: dict[str, Any]
    ) -> None:
        handler = self._refused.get(event["type"])
        if handler is None:
            return
        try:
            await handler(room, connection, connection.principal, event, refusal)
        except Exception:
            logger.exception(
                "refused event handler failed", extra={"room": room.room_id, "event": event["type"]}
            )

    async def relayed(self, room: Room, text: str) -> None:
        """Run the relayed handler of an event another process sent with `relay_to_servers`.

        Unknown types and bad JSON are logged and dropped: there is nobody to answer.
        """
        try:
            event = json.loads(text)
        except ValueError:
            logger.warning("relayed event is not valid JSON", extra={"room": room.room_id})
            return
        kind = event.get("type") if isinstance(event, dict) else None
        handler = self._relayed.get(kind) if isinstance(kind, str) else None
        if handler is None:
            logger.warning("relayed event has no handler", extra={"room": room.room_id})
            return
        try:
            await handler(room, event)
        except Exception:
            logger.exception(
                "relayed event handler failed", extra={"room": room.room_id, "event": event["type"]}
            )


def _error(code: str, message: str) -> dict[str, Any]:
    return {"type": "error", "code": code, "message": message}
