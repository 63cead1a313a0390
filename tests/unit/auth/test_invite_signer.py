"""Invite tokens: signed, expiring, and useless once tampered with."""

from __future__ import annotations

import pytest

from realtime.auth.errors import InvalidTokenError
from realtime.auth.invites import InviteCapability, InviteSigner, _b64, _unb64
from realtime.auth.permissions import Role

SECRET = b"s" * 32


def capability(expires_at: int = 2000) -> InviteCapability:
    return InviteCapability(id="inv1", room_id="room1", role=Role.CANDIDATE, expires_at=expires_at)


def test_round_trip() -> None:
    signer = InviteSigner(SECRET, clock=lambda: 1000)
    assert signer.verify(signer.sign(capability())) == capability()


def test_expired_invite_is_refused() -> None:
    token = InviteSigner(SECRET, clock=lambda: 1000).sign(capability(expires_at=1500))
    with pytest.raises(InvalidTokenError, match="expired"):
        InviteSigner(SECRET, clock=lambda: 1500).verify(token)


def test_other_secret_is_refused() -> None:
    token = InviteSigner(SECRET, clock=lambda: 1000).sign(capability())
    with pytest.raises(InvalidTokenError, match="signature"):
        InviteSigner(b"t" * 32, clock=lambda: 1000).verify(token)


def test_role_escalation_by_editing_the_payload_is_refused() -> None:
    signer = InviteSigner(SECRET, clock=lambda: 1000)
    body, signature = signer.sign(capability()).split(".")
    forged = _unb64(body).replace(b'"candidate"', b'"interviewer"')
    with pytest.raises(InvalidTokenError, match="signature"):
        signer.verify(f"{_b64(forged)}.{signature}")


@pytest.mark.parametrize("token", ["", ".", "a.b", "a.b.c", "x" * 2000, "\u00e9.\u00e9", "!!.??"])
def test_garbage_is_refused(token: str) -> None:
    with pytest.raises(InvalidTokenError):
        InviteSigner(SECRET).verify(token)


def test_short_secret_is_refused() -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        InviteSigner(b"short")
