"""The y-websocket framing: round trips, lib0 compatibility and strict rejection."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pycrdt import create_sync_message
from pycrdt import write_var_uint as pycrdt_var_uint

from realtime.protocol import (
    AppEventMessage,
    AuthMessage,
    AwarenessEntry,
    AwarenessMessage,
    ProtocolError,
    QueryAwarenessMessage,
    SyncMessage,
    SyncType,
    decode_awareness_update,
    decode_message,
    encode_app_event,
    encode_awareness,
    encode_awareness_update,
    encode_permission_denied,
    encode_query_awareness,
    encode_sync_step1,
    encode_sync_step2,
    encode_update,
    read_var_uint,
    write_var_uint,
)


@given(st.integers(min_value=0, max_value=2**53 - 1))
def test_varuint_round_trip_matches_pycrdt(n: int) -> None:
    encoded = write_var_uint(n)
    assert encoded == pycrdt_var_uint(n)
    assert read_var_uint(encoded, 0) == (n, len(encoded))


@given(st.binary(max_size=300))
def test_sync_frames_round_trip(payload: bytes) -> None:
    for encode, kind in (
        (encode_sync_step1, SyncType.STEP1),
        (encode_sync_step2, SyncType.STEP2),
        (encode_update, SyncType.UPDATE),
    ):
        assert decode_message(encode(payload)) == SyncMessage(kind, payload)


@given(st.binary(max_size=1000))
def test_decoding_garbage_never_raises_anything_but_protocol_error(frame: bytes) -> None:
    # Anything else (IndexError, UnicodeDecodeError...) escapes and fails the test.
    with contextlib.suppress(ProtocolError):
        decode_message(frame)


def test_matches_pycrdt_sync_message() -> None:
    from pycrdt import Doc

    doc = Doc()
    assert create_sync_message(doc) == encode_sync_step1(doc.get_state())


def test_awareness_round_trip() -> None:
    entries = (
        AwarenessEntry(7, 1, json.dumps({"user": {"name": "Zoë 🌍"}})),
        AwarenessEntry(2**40, 9, "null"),
    )
    payload = encode_awareness_update(entries)
    assert decode_awareness_update(payload) == entries
    message = decode_message(encode_awareness(payload))
    assert isinstance(message, AwarenessMessage)
    assert message.entries == entries
    assert message.entries[1].removed


def test_other_messages() -> None:
    assert decode_message(encode_query_awareness()) == QueryAwarenessMessage()
    assert decode_message(encode_permission_denied("read-only")) == AuthMessage("read-only")
    frame = encode_app_event({"type": "pong", "text": "日本"})
    assert frame[0] == 100
    message = decode_message(frame)
    assert isinstance(message, AppEventMessage)
    assert json.loads(message.text) == {"type": "pong", "text": "日本"}
    with pytest.raises(ValueError):
        encode_app_event({"no": "type"})


@pytest.mark.parametrize(
    ("frame", "why"),
    [
        (b"", "truncated varuint"),
        (b"\x80", "truncated varuint"),
        (b"\xff" * 9, "longer than"),
        (b"\x80\x00", "non-canonical"),
        (b"\x00\x02\x05ab", "truncated"),
        (b"\x00\x03\x00", "unknown sync"),
        (b"\x05", "unknown message type"),
        (b"\x03\x03", "trailing"),
        (b"\x00\x00\x00\x00", "trailing"),
        (b"\x02\x01\x00", "unknown auth"),
        (b"\x64\x02\xff\xfe", "UTF-8"),
        (b"\x01\x05\x01\x01\x01\x01{", "not JSON"),
        (b"\x01\x03\x05\x01\x01", "claims 5 entries"),
        (b"\x01\x04\x01\x01\x01\x05", "truncated"),
    ],
)
def test_strict_rejections(frame: bytes, why: str) -> None:
    with pytest.raises(ProtocolError, match=why):
        decode_message(frame)
