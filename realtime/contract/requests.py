"""Client -> server application events (type-100 frames), one `Struct` per `type`.

Each class declares the permission (`realtime.auth.permissions.Action`) a connection needs to
send it; the event guard's table is derived from these declarations, so an event type without
one cannot exist, and a type that is not here is refused. Every request may carry a
client-chosen `id`, which the server echoes in the replies and errors it causes.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

import msgspec

from realtime.auth.permissions import Action

__all__ = [
    "CLIENT_EVENTS",
    "EVENT_PERMISSIONS",
    "MAX_INPUT_CHARS",
    "AnalyzeRequest",
    "ClientEvent",
    "PingRequest",
    "Request",
    "RequestId",
    "RunCancelRequest",
    "RunEofRequest",
    "RunInputRequest",
    "RunRequest",
    "event_type",
]

MAX_INPUT_CHARS = 4 * 1024

RequestId = Annotated[
    str,
    msgspec.Meta(
        min_length=1,
        max_length=64,
        pattern=r"^[A-Za-z0-9_.:-]+$",
        description="Client-chosen correlation id, echoed by the replies and errors it causes.",
    ),
]
RunId = Annotated[
    str,
    msgspec.Meta(max_length=64, description="The live run this is for (optional: the room's)."),
]


class Request(
    msgspec.Struct, tag_field="type", forbid_unknown_fields=True, kw_only=True, frozen=True
):
    """Base of every client event: its `type` is the class's tag."""

    permission: ClassVar[Action]
    id: RequestId | None = None


class PingRequest(Request, tag="ping", frozen=True):
    """Are you there? Answered with `pong` (any connection may ask)."""

    permission = Action.JOIN


class RunRequest(Request, tag="run", frozen=True):
    """Run the room's code as it is now; answered by `run.started` or `run.rejected`."""

    permission = Action.RUN
    stdin: str = msgspec.field(default="")
    interactive: bool = False


class RunInputRequest(Request, tag="run.input", frozen=True):
    """The runner's typed input: echoed to everyone as `run.output` (stream `stdin`)."""

    permission = Action.RUN
    text: str
    run_id: RunId | None = None


class RunEofRequest(Request, tag="run.eof", frozen=True):
    """Close the live run's stdin (the runner only)."""

    permission = Action.RUN
    run_id: RunId | None = None


class RunCancelRequest(Request, tag="run.cancel", frozen=True):
    """Stop the live run (`run.finished`, verdict `cancelled`)."""

    permission = Action.CANCEL
    run_id: RunId | None = None


class AnalyzeRequest(Request, tag="analyze", frozen=True):
    """Analyse the room's code now; everyone sees `analysis.started`, then the result."""

    permission = Action.ANALYZE


ClientEvent = (
    PingRequest | RunRequest | RunInputRequest | RunEofRequest | RunCancelRequest | AnalyzeRequest
)
CLIENT_EVENTS: tuple[type[Request], ...] = (
    PingRequest,
    RunRequest,
    RunInputRequest,
    RunEofRequest,
    RunCancelRequest,
    AnalyzeRequest,
)


def event_type(cls: type[msgspec.Struct]) -> str:
    """The `type` (tag) of an event class."""
    tag = cls.__struct_config__.tag
    if not isinstance(tag, str):
        raise TypeError(f"{cls.__name__} has no string tag")
    return tag


# The event guard's table: what each client event needs. Derived, never written by hand.
EVENT_PERMISSIONS: dict[str, Action] = {event_type(c): c.permission for c in CLIENT_EVENTS}
