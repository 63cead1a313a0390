"""Invite links: a signed capability (room, role, expiry, id) that the server can revoke.

The signature lets any replica check a link without a lookup first (forged or expired links
are refused cheaply); the stored `InviteRecord` makes revocation possible.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import Callable
from dataclasses import dataclass

from realtime.auth.errors import InvalidTokenError
from realtime.auth.permissions import Role

__all__ = ["InviteCapability", "InviteSigner"]

_VERSION = 1
_MAX_INVITE_CHARS = 1024


@dataclass(frozen=True, slots=True)
class InviteCapability:
    """What a valid invite token grants.

    Attributes:
        id: Invite id (revocation looks it up).
        room_id: The room.
        role: The role granted on joining.
        expires_at: Epoch seconds after which the link is refused.
    """

    id: str
    room_id: str
    role: Role
    expires_at: int


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class InviteSigner:
    """HMAC-SHA256 over a compact JSON payload: `<payload b64url>.<signature b64url>`."""

    def __init__(self, secret: bytes, *, clock: Callable[[], float] = time.time) -> None:
        """Use `secret` (32+ bytes) as the HMAC key."""
        if len(secret) < 32:
            raise ValueError("invite secret must be at least 32 bytes")
        # A dedicated subkey, so this secret can never verify anything but invites.
        self._key = hmac.new(secret, b"coderemote invite v1", hashlib.sha256).digest()
        self._clock = clock

    def sign(self, capability: InviteCapability) -> str:
        """The invite token for `capability`."""
        payload = json.dumps(
            {
                "v": _VERSION,
                "id": capability.id,
                "room": capability.room_id,
                "role": capability.role.value,
                "exp": capability.expires_at,
            },
            separators=(",", ":"),
        ).encode()
        body = _b64(payload)
        return f"{body}.{_b64(self._mac(body))}"

    def verify(self, token: str) -> InviteCapability:
        """The capability of a genuine, unexpired token.

        Raises:
            InvalidTokenError: Malformed, forged or expired.
        """
        if len(token) > _MAX_INVITE_CHARS or token.count(".") != 1:
            raise InvalidTokenError("malformed invite")
        body, signature = token.split(".")
        try:
            expected = self._mac(body)
            genuine = hmac.compare_digest(_unb64(signature), expected)
        except (ValueError, TypeError) as exc:
            raise InvalidTokenError("malformed invite") from exc
        if not genuine:
            raise InvalidTokenError("invite signature invalid")
        try:
            data = json.loads(_unb64(body))
            capability = InviteCapability(
                id=str(data["id"]),
                room_id=str(data["room"]),
                role=Role(data["role"]),
                expires_at=int(data["exp"]),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise InvalidTokenError("malformed invite") from exc
        if data.get("v") != _VERSION:
            raise InvalidTokenError("malformed invite")
        if capability.expires_at <= self._clock():
            raise InvalidTokenError("invite expired")
        return capability

    def _mac(self, body: str) -> bytes:
        return hmac.new(self._key, body.encode("ascii"), hashlib.sha256).digest()
