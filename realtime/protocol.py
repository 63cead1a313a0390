"""The y-websocket wire format (y-protocols sync, awareness and auth) plus our app events.

Every frame holds exactly one message: `[varuint type]` followed by the type's payload.
Decoding is strict: truncated or trailing bytes, oversized varints, unknown types and invalid
UTF-8 or JSON raise `ProtocolError`, which the server answers by closing with code 1007.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import IntEnum

__all__ = [
    "AppEventMessage",
    "AuthMessage",
    "AwarenessEntry",
    "AwarenessMessage",
    "Message",
    "MessageType",
    "ProtocolError",
    "QueryAwarenessMessage",
    "SyncMessage",
    "SyncType",
    "decode_awareness_update",
    "decode_message",
    "encode_app_event",
    "encode_awareness",
    "encode_awareness_update",
    "encode_permission_denied",
    "encode_query_awareness",
    "encode_sync_step1",
    "encode_sync_step2",
    "encode_update",
    "frame_app_event",
    "read_var_uint",
    "write_var_uint",
]

# lib0 encodes integers up to 2**53 - 1 (JavaScript's safe integers): 8 bytes of 7 bits.
_MAX_VARUINT_BYTES = 8
_MAX_SAFE_INTEGER = 2**53 - 1


class ProtocolError(ValueError):
    """A frame does not follow the protocol; the message says where and why."""


class MessageType(IntEnum):
    """First varuint of every frame."""

    SYNC = 0
    AWARENESS = 1
    AUTH = 2
    QUERY_AWARENESS = 3
    APP_EVENT = 100


class SyncType(IntEnum):
    """Second varuint of a sync frame."""

    STEP1 = 0
    STEP2 = 1
    UPDATE = 2


@dataclass(frozen=True, slots=True)
class SyncMessage:
    """Sync step 1 (payload = state vector), step 2 or update (payload = Yjs update)."""

    kind: SyncType
    payload: bytes


@dataclass(frozen=True, slots=True)
class AwarenessMessage:
    """An awareness update; `entries` are already decoded and validated."""

    payload: bytes
    entries: tuple[AwarenessEntry, ...]


@dataclass(frozen=True, slots=True)
class QueryAwarenessMessage:
    """A request for every known awareness state."""


@dataclass(frozen=True, slots=True)
class AuthMessage:
    """y-protocols auth message; only permission-denied (0) exists."""

    reason: str


@dataclass(frozen=True, slots=True)
class AppEventMessage:
    """An application event: the raw JSON text (the event router parses it)."""

    text: str


@dataclass(frozen=True, slots=True)
class AwarenessEntry:
    """One client's awareness state; `state` is JSON text, `"null"` when the client left."""

    client_id: int
    clock: int
    state: str

    @property
    def removed(self) -> bool:
        """True when this entry announces that the client is gone."""
        return self.state == "null"


Message = SyncMessage | AwarenessMessage | QueryAwarenessMessage | AuthMessage | AppEventMessage


def write_var_uint(num: int) -> bytes:
    """Encode a non-negative integer as lib0 varuint (7 bits per byte, little end first)."""
    if num < 0:
        raise ValueError("varuint cannot be negative")
    if num < 0x80:
        return bytes((num,))
    out = bytearray()
    while num > 0x7F:
        out.append(0x80 | (num & 0x7F))
        num >>= 7
    out.append(num)
    return bytes(out)


def read_var_uint(data: bytes, pos: int) -> tuple[int, int]:
    """Decode a varuint at `pos`.

    Returns:
        The value and the position just after it.

    Raises:
        ProtocolError: The varuint is truncated or longer than lib0 allows.
    """
    end = len(data)
    num = 0
    shift = 0
    for count in range(_MAX_VARUINT_BYTES):
        if pos >= end:
            raise ProtocolError(f"truncated varuint at byte {pos}")
        byte = data[pos]
        pos += 1
        num |= (byte & 0x7F) << shift
        if byte < 0x80:
            if count and byte == 0:
                raise ProtocolError(f"non-canonical varuint ending at byte {pos - 1}")
            if num > _MAX_SAFE_INTEGER:
                raise ProtocolError(f"varuint too large ending at byte {pos - 1}")
            return num, pos
        shift += 7
    raise ProtocolError(f"varuint longer than {_MAX_VARUINT_BYTES} bytes at byte {pos}")


def _read_bytes(data: bytes, pos: int) -> tuple[bytes, int]:
    length, pos = read_var_uint(data, pos)
    end = pos + length
    if end > len(data):
        raise ProtocolError(f"byte array of {length} bytes truncated at byte {len(data)}")
    return data[pos:end], end


def _read_string(data: bytes, pos: int) -> tuple[str, int]:
    raw, pos = _read_bytes(data, pos)
    try:
        return raw.decode("utf-8"), pos
    except UnicodeDecodeError as exc:
        raise ProtocolError(f"invalid UTF-8 in string: {exc.reason}") from None


def _expect_end(data: bytes, pos: int) -> None:
    if pos != len(data):
        raise ProtocolError(f"{len(data) - pos} trailing bytes after the message")


def _bytes_field(payload: bytes) -> bytes:
    return write_var_uint(len(payload)) + payload


def decode_awareness_update(payload: bytes) -> tuple[AwarenessEntry, ...]:
    """Decode a y-protocols awareness update, checking that each state is JSON.

    Raises:
        ProtocolError: The update is malformed or a state is not valid JSON.
    """
    count, pos = read_var_uint(payload, 0)
    if count > len(payload):
        raise ProtocolError(f"awareness update claims {count} entries in {len(payload)} bytes")
    entries = []
    for _ in range(count):
        client_id, pos = read_var_uint(payload, pos)
        clock, pos = read_var_uint(payload, pos)
        state, pos = _read_string(payload, pos)
        if state != "null":
            # A state that is not JSON would throw inside every other client's handler.
            try:
                json.loads(state)
            except ValueError:
                raise ProtocolError(f"awareness state of client {client_id} is not JSON") from None
        entries.append(AwarenessEntry(client_id, clock, state))
    _expect_end(payload, pos)
    return tuple(entries)


def encode_awareness_update(entries: list[AwarenessEntry] | tuple[AwarenessEntry, ...]) -> bytes:
    """Encode awareness entries as a y-protocols awareness update payload."""
    parts = [write_var_uint(len(entries))]
    for entry in entries:
        state = entry.state.encode("utf-8")
        parts += [write_var_uint(entry.client_id), write_var_uint(entry.clock), _bytes_field(state)]
    return b"".join(parts)


def decode_message(frame: bytes) -> Message:
    """Decode one binary frame.

    Raises:
        ProtocolError: The frame is not exactly one well-formed message of a known type.
    """
    kind, pos = read_var_uint(frame, 0)
    if kind == MessageType.SYNC:
        sub, pos = read_var_uint(frame, pos)
        if sub > SyncType.UPDATE:
            raise ProtocolError(f"unknown sync message type {sub}")
        payload, pos = _read_bytes(frame, pos)
        _expect_end(frame, pos)
        return SyncMessage(SyncType(sub), payload)
    if kind == MessageType.AWARENESS:
        payload, pos = _read_bytes(frame, pos)
        _expect_end(frame, pos)
        return AwarenessMessage(payload, decode_awareness_update(payload))
    if kind == MessageType.QUERY_AWARENESS:
        _expect_end(frame, pos)
        return QueryAwarenessMessage()
    if kind == MessageType.AUTH:
        sub, pos = read_var_uint(frame, pos)
        if sub != 0:
            raise ProtocolError(f"unknown auth message type {sub}")
        reason, pos = _read_string(frame, pos)
        _expect_end(frame, pos)
        return AuthMessage(reason)
    if kind == MessageType.APP_EVENT:
        text, pos = _read_string(frame, pos)
        _expect_end(frame, pos)
        return AppEventMessage(text)
    raise ProtocolError(f"unknown message type {kind}")


def encode_sync_step1(state_vector: bytes) -> bytes:
    """Frame a sync step 1 (the sender's state vector)."""
    return b"\x00\x00" + _bytes_field(state_vector)


def encode_sync_step2(update: bytes) -> bytes:
    """Frame a sync step 2 (what the peer is missing)."""
    return b"\x00\x01" + _bytes_field(update)


def encode_update(update: bytes) -> bytes:
    """Frame a document update."""
    return b"\x00\x02" + _bytes_field(update)


def encode_awareness(update: bytes) -> bytes:
    """Frame an awareness update payload."""
    return b"\x01" + _bytes_field(update)


def encode_query_awareness() -> bytes:
    """Frame a query-awareness request."""
    return b"\x03"


def encode_permission_denied(reason: str) -> bytes:
    """Frame y-protocols' permission-denied auth message."""
    return b"\x02\x00" + _bytes_field(reason.encode("utf-8"))


def encode_app_event(event: Mapping[str, object]) -> bytes:
    """Frame any JSON object with a `type` field as an application event (type 100).

    Unchecked: for test clients and relays between server processes. What the server sends
    its clients goes through `realtime.contract.encode_server_event` first.
    """
    if not isinstance(event.get("type"), str):
        raise ValueError("an application event needs a string 'type'")
    text = json.dumps(event, separators=(",", ":"), ensure_ascii=False)
    return frame_app_event(text.encode("utf-8"))


def frame_app_event(payload: bytes) -> bytes:
    """Frame the UTF-8 JSON of an application event (type 100)."""
    return _APP_EVENT + _bytes_field(payload)


_APP_EVENT = write_var_uint(MessageType.APP_EVENT)
