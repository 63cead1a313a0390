"""Tokens are rewritten out of log records, whatever logger or format carries them."""

from __future__ import annotations

import logging

from hypothesis import given
from hypothesis import strategies as st

from realtime.auth.redact import TokenRedactingFilter, redact

JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1In0.c2lnbmF0dXJl"


def test_subprotocol_header_is_redacted() -> None:
    line = f"< sec-websocket-protocol: coderemote.v1, auth.{JWT}"
    assert JWT not in redact(line)
    assert "coderemote.v1" in redact(line)


def test_bearer_and_bare_jwts_and_invites_are_redacted() -> None:
    assert "secret" not in redact("Authorization: Bearer secret-opaque")
    assert JWT not in redact(f"token={JWT} trailing")
    assert "abc.def" not in redact("invite=abc.def")


@given(st.text(alphabet=st.sampled_from(list("auth.Bearer eyJ[]token redacted,;'\"x_-=:"))))
def test_redacting_twice_changes_nothing(text: str) -> None:
    once = redact(text)
    assert redact(once) == once


def test_redacted_subprotocol_stays_as_it_is() -> None:
    once = redact(f"offered auth.{JWT} and Bearer {JWT}")
    assert once == "offered auth.[token redacted] and Bearer [token redacted]"
    assert redact(once) == once


def test_filter_rewrites_message_and_args() -> None:
    record = logging.LogRecord(
        "uvicorn.error",
        logging.DEBUG,
        __file__,
        1,
        "< %s: %s",
        ("sec-websocket-protocol", f"auth.{JWT}"),
        None,
    )
    assert TokenRedactingFilter().filter(record)
    assert JWT not in record.getMessage()
    assert "sec-websocket-protocol" in record.getMessage()


def test_plain_messages_are_untouched() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "room %s joined", ("r1",), None)
    TokenRedactingFilter().filter(record)
    assert record.args == ("r1",)
