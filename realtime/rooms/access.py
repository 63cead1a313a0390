"""Who is connecting and what they may do: decided once, at connect (hocuspocus-style).

The auth package supplies an `Authenticator`; rooms only read the returned `Principal`.
"""

from __future__ import annotations

import secrets
from dataclasses import asdict, dataclass, field
from typing import Protocol

from realtime.auth.permissions import Role
from realtime.contract.replies import PermissionFlags, SessionEvent
from sandbox.events import Person

__all__ = [
    "AccessDenied",
    "Authenticator",
    "ConnectionRequest",
    "DevelopmentAuthenticator",
    "Permissions",
    "Principal",
]


@dataclass(frozen=True, slots=True)
class Permissions:
    """What one connection may do in its room (the `permissions` of the session event)."""

    edit: bool = False
    run: bool = False
    cancel: bool = False
    analyze: bool = False
    read_notes: bool = False
    write_notes: bool = False
    invite: bool = False
    revoke: bool = False

    @classmethod
    def editor(cls) -> Permissions:
        """Everything an anonymous editor of an open room may do."""
        return cls(edit=True, run=True, cancel=True, analyze=True)


@dataclass(frozen=True, slots=True)
class Principal:
    """The authenticated caller of one connection."""

    user_id: str
    name: str
    role: str
    permissions: Permissions
    # When the token the connection presented expires (epoch seconds); None: it never does.
    expires_at: int | None = field(default=None, compare=False)

    def session_event(self) -> SessionEvent:
        """The `session` application event sent right after connect."""
        return SessionEvent(
            user=Person(id=self.user_id, name=self.name),
            role=Role(self.role),
            permissions=PermissionFlags(**asdict(self.permissions)),
        )


@dataclass(frozen=True, slots=True)
class ConnectionRequest:
    """What is known about a WebSocket before it is accepted.

    `token` comes from the `auth.<token>` subprotocol; it must never be logged.
    """

    room_id: str
    token: str | None
    client_host: str | None
    headers: dict[str, str] = field(default_factory=dict, repr=False)

    def __repr__(self) -> str:
        # Keeps the token out of tracebacks and log lines that format the request.
        return f"ConnectionRequest(room_id={self.room_id!r}, client_host={self.client_host!r})"


class AccessDenied(Exception):
    """The connection is refused; `code` is the WebSocket close code (4401, 4403, 4404, 4503)."""

    def __init__(self, code: int, reason: str) -> None:
        """Record the close code and a short English reason (sent to the client)."""
        super().__init__(reason)
        self.code = code
        self.reason = reason


class Authenticator(Protocol):
    """Decides, once per connection, who the caller is and what they may do."""

    async def authenticate(self, request: ConnectionRequest) -> Principal:
        """Return the caller's principal or raise `AccessDenied` with a close code."""
        ...


class DevelopmentAuthenticator:
    """Development default: everyone is an anonymous editor of every room.

    Tokens are ignored here; the auth package replaces this in any shared deployment.
    """

    async def authenticate(self, request: ConnectionRequest) -> Principal:
        """Admit the caller as an anonymous editor."""
        suffix = secrets.token_hex(4)
        return Principal(
            user_id=f"anon-{suffix}",
            name=f"Guest {suffix[:4]}",
            role="editor",
            permissions=Permissions.editor(),
        )
