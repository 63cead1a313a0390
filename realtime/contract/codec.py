"""Reading client events and writing server events, checked against the contract."""

from __future__ import annotations

import msgspec

from realtime.contract.errors import ErrorCode
from realtime.contract.replies import ErrorEvent, ServerEvent
from realtime.contract.requests import EVENT_PERMISSIONS, ClientEvent

__all__ = [
    "EventRefused",
    "decode_client_event",
    "echo_id",
    "encode_server_event",
]

_client = msgspec.json.Decoder(ClientEvent)
_envelope = msgspec.json.Decoder()
_encoder = msgspec.json.Encoder()


class EventRefused(Exception):
    """A client event that cannot be read; `error` is the answer (with the `id`, if any)."""

    def __init__(self, error: ErrorEvent) -> None:
        """Keep the `error` event to send back."""
        super().__init__(error.message)
        self.error = error


def _request_id(raw: object) -> str | msgspec.UnsetType:
    # Echoed only when it is a valid id: an error must not reflect arbitrary client text.
    if isinstance(raw, dict):
        value = raw.get("id")
        if (
            isinstance(value, str)
            and 0 < len(value) <= 64
            and all(c.isascii() and (c.isalnum() or c in "_.:-") for c in value)
        ):
            return value
    return msgspec.UNSET


def decode_client_event(text: str | bytes) -> ClientEvent:
    """Parse one client event (the JSON of a type-100 frame).

    Raises:
        EventRefused: The text is not JSON, not an object with a known `type`, or its fields
            do not match that type's schema (unknown fields included).
    """
    try:
        event: ClientEvent = _client.decode(text)
        return event
    except msgspec.ValidationError as exc:
        failure = str(exc)
    except msgspec.DecodeError:
        raise EventRefused(
            ErrorEvent(code=ErrorCode.BAD_EVENT, message="event is not valid JSON")
        ) from None
    raw = _envelope.decode(text)
    kind = raw.get("type") if isinstance(raw, dict) else None
    if not isinstance(kind, str):
        raise EventRefused(
            ErrorEvent(code=ErrorCode.BAD_EVENT, message="event must be an object with a 'type'")
        )
    if kind not in EVENT_PERMISSIONS:
        code, message = ErrorCode.UNKNOWN_EVENT, f"unknown event type {kind[:64]!r}"
    else:
        code, message = ErrorCode.BAD_EVENT, f"bad {kind!r} event: {failure}"
    raise EventRefused(ErrorEvent(code=code, message=message, id=_request_id(raw)))


def echo_id(event: ClientEvent) -> str | msgspec.UnsetType:
    """The `id` a reply to `event` carries (left out when the request had none)."""
    return event.id if event.id is not None else msgspec.UNSET


def encode_server_event(event: ServerEvent) -> bytes:
    """The JSON of a server event."""
    return _encoder.encode(event)
