"""Routing of application events (message type 100) to handlers registered by feature.

Events are read against the contract (`realtime.contract`): a type the contract does not
define, or fields that do not match it, are answered with an `error` event and go no
further. Handlers receive the typed event.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec

from realtime.contract import (
    ClientEvent,
    ErrorCode,
    ErrorEvent,
    EventRefused,
    Request,
    decode_client_event,
    echo_id,
    event_type,
)
from realtime.contract.relayed import RelayedEvent, decode_relayed
from realtime.contract.replies import PongEvent
from realtime.contract.requests import PingRequest
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
    "LanguageHandler",
    "RefusedHandler",
    "RelayedHandler",
]

logger = logging.getLogger(__name__)

E = TypeVar("E", bound=Request)
EventHandler = Callable[["Room", "Connection", Principal, E], Awaitable[None]]
JoinHandler = Callable[["Room", "Connection", Principal], Awaitable[None]]
# A guard returns None to let an event through, or the `error` event to answer with
# (permissions and rate limits: see realtime.auth.guard).
EventGuardFn = Callable[
    ["Room", "Connection", Principal, ClientEvent], Awaitable[ErrorEvent | None]
]
# Told when a room's document names a language other than the one last seen (loaded, or
# changed by an edit made through this process): the language id, unchecked. Must be quick.
LanguageHandler = Callable[["Room", str], Awaitable[None]]
# An event another server process relayed to this one (`Room.relay_to_servers`): no
# connection and no principal here; the sending process checked permissions already.
RelayedHandler = Callable[["Room", RelayedEvent], Awaitable[None]]
# Told after a guard refused an event (the sender already has the `error`): the event, then
# the refusal (e.g. so that a refused run is shown to the whole room).
RefusedHandler = Callable[["Room", "Connection", Principal, E, ErrorEvent], Awaitable[None]]

# Larger events are refused before parsing; run input and the like are small.
MAX_EVENT_CHARS = 256 * 1024
STORE_DOWN_MESSAGE = "the server cannot reach its storage right now; try again in a moment"


async def _pong(
    room: Room, connection: Connection, principal: Principal, event: PingRequest
) -> None:
    connection.send_event(PongEvent(id=echo_id(event)))


class EventRouter:
    """Maps each client event class of the contract to one handler; `ping` is built in.

    Example:
        ```python
        router = EventRouter()
        router.on(RunRequest, start_run)  # async def start_run(room, conn, principal, event)
        ```
    """

    def __init__(self) -> None:
        """Create a router that knows only `ping`."""
        self._handlers: dict[str, Any] = {"ping": _pong}
        self._join_handlers: list[JoinHandler] = []
        self._guards: list[EventGuardFn] = []
        self._language_handlers: list[LanguageHandler] = []
        self._relayed: RelayedHandler | None = None
        self._refused: dict[str, Any] = {}

    def on(self, event_class: type[E], handler: EventHandler[E]) -> None:
        """Register `handler` for the client events of `event_class`.

        Raises:
            ValueError: A handler for this type already exists.
        """
        kind = event_type(event_class)
        if kind in self._handlers and kind != "ping":
            raise ValueError(f"a handler for {kind!r} is already registered")
        self._handlers[kind] = handler

    def add_guard(self, guard: EventGuardFn) -> None:
        """Check every event before its handler."""
        self._guards.append(guard)

    def on_join(self, handler: JoinHandler) -> JoinHandler:
        """Register a coroutine called after each connection joined (e.g. to send `room.state`)."""
        self._join_handlers.append(handler)
        return handler

    def on_language(self, handler: LanguageHandler) -> LanguageHandler:
        """Register a coroutine called when a room's language is first seen or changes."""
        self._language_handlers.append(handler)
        return handler

    def on_relayed(self, handler: RelayedHandler) -> None:
        """Register `handler` for the events other server processes relay to this room.

        Raises:
            ValueError: A relayed handler exists already.
        """
        if self._relayed is not None:
            raise ValueError("a relayed handler is already registered")
        self._relayed = handler

    def on_refused(self, event_class: type[E], handler: RefusedHandler[E]) -> None:
        """Register `handler`, called after a guard refused an event of `event_class`.

        Raises:
            ValueError: A refused handler for this type already exists.
        """
        kind = event_type(event_class)
        if kind in self._refused:
            raise ValueError(f"a refused handler for {kind!r} is already registered")
        self._refused[kind] = handler

    async def joined(self, room: Room, connection: Connection) -> None:
        """Call the join handlers; a failing one is logged and never affects the others."""
        await _each("join", self._join_handlers, room, connection, connection.principal)

    async def language_changed(self, room: Room, language: str) -> None:
        """Call the language handlers; a failing one is logged and never affects the others."""
        await _each("language", self._language_handlers, room, language)

    async def dispatch(self, room: Room, connection: Connection, text: str) -> None:
        """Read one event against the contract and run its handler.

        Bad JSON, a missing or unknown `type`, or fields that do not match the type are
        answered with an `error` event (`bad_event`, `unknown_event`) rather than closing the
        socket; a guard's refusal with its own error. A handler that finds the store down
        answers `unavailable`, any other failing handler `internal` with an error id (the
        traceback is logged under it). Every error echoes the request's `id`.
        """
        if len(text) > MAX_EVENT_CHARS:
            connection.send_event(ErrorEvent(code=ErrorCode.TOO_LARGE, message="event too large"))
            return
        try:
            event = decode_client_event(text)
        except EventRefused as refused:
            connection.send_event(refused.error)
            return
        kind = event_type(type(event))
        for guard in self._guards:
            try:
                refusal = await guard(room, connection, connection.principal, event)
            except Exception:
                refusal = _internal(event, "the server could not check this event", room, kind)
            if refusal is not None:
                connection.send_event(refusal)
                await self._tell_refused(room, connection, event, refusal)
                return
        handler = self._handlers.get(kind)
        if handler is None:
            connection.send_event(
                ErrorEvent(
                    code=ErrorCode.UNKNOWN_EVENT,
                    message=f"this server does not handle {kind!r} events",
                    id=echo_id(event),
                )
            )
            return
        try:
            await handler(room, connection, connection.principal, event)
        except StoreUnavailableError:
            logger.warning(
                "event refused: store unavailable", extra={"room": room.room_id, "event": kind}
            )
            connection.send_event(
                ErrorEvent(
                    code=ErrorCode.UNAVAILABLE, message=STORE_DOWN_MESSAGE, id=echo_id(event)
                )
            )
        except Exception:
            connection.send_event(
                _internal(event, "the server could not handle this event", room, kind)
            )

    async def _tell_refused(
        self, room: Room, connection: Connection, event: ClientEvent, refusal: ErrorEvent
    ) -> None:
        kind = event_type(type(event))
        handler = self._refused.get(kind)
        if handler is None:
            return
        try:
            await handler(room, connection, connection.principal, event, refusal)
        except Exception:
            logger.exception(
                "refused event handler failed", extra={"room": room.room_id, "event": kind}
            )

    async def relayed(self, room: Room, text: str) -> None:
        """Run the relayed handler of an event another process sent with `relay_to_servers`.

        Anything that is no relayed event of the contract is logged and dropped: there is
        nobody to answer.
        """
        try:
            event = decode_relayed(text)
        except msgspec.DecodeError as exc:
            logger.warning("relayed event dropped: %s", exc, extra={"room": room.room_id})
            return
        if self._relayed is None:
            logger.warning("relayed event has no handler", extra={"room": room.room_id})
            return
        try:
            await self._relayed(room, event)
        except Exception:
            logger.exception(
                "relayed event handler failed",
                extra={"room": room.room_id, "event": type(event).__name__},
            )


async def _each(
    what: str, handlers: list[Callable[..., Awaitable[None]]], room: Room, *args: Any
) -> None:
    """Await each handler with `room` and `args`; a failing one is logged and skipped."""
    for handler in handlers:
        try:
            await handler(room, *args)
        except Exception:
            logger.exception("%s handler failed", what, extra={"room": room.room_id})


def _internal(event: ClientEvent, what: str, room: Room, kind: str) -> ErrorEvent:
    """An unexpected failure, logged with its traceback under an error id.

    Only the id is shown: never a traceback, a path or an internal id.
    """
    error_id = uuid.uuid4().hex[:12]
    logger.exception(
        "%s [error id %s]", what, error_id, extra={"room": room.room_id, "event": kind}
    )
    return ErrorEvent(
        code=ErrorCode.INTERNAL, message=f"{what} (error id {error_id})", id=echo_id(event)
    )
