"""What the room-metadata store holds: rooms, members, invites (notes are plain text)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Self

import msgspec

from realtime.auth.permissions import Role, RoomKind

__all__ = ["InviteRecord", "MemberRecord", "RoomRecord", "Stored"]


class Stored:
    """JSON for the Redis store, read back strictly (a malformed record raises)."""

    __slots__ = ()

    def encode(self) -> bytes:
        """The stored JSON."""
        return msgspec.json.encode(self)

    @classmethod
    def decode(cls, raw: bytes | str) -> Self:
        """The record stored as `raw`.

        Raises:
            msgspec.DecodeError: Not a record of this kind.
        """
        # Lax: records rewritten by a Lua script (cjson) may carry integers as 1e+09 and the like.
        return msgspec.json.decode(raw, type=cls, strict=False)


@dataclass(frozen=True, slots=True)
class RoomRecord(Stored):
    """A room created through the API.

    Attributes:
        id: Room id (the WebSocket path segment).
        kind: shared, interview or solo.
        title: Optional human title.
        owner_id: User id of the creator.
        created_at: Epoch milliseconds.
    """

    id: str
    kind: RoomKind
    title: str | None
    owner_id: str
    created_at: int


@dataclass(frozen=True, slots=True)
class MemberRecord(Stored):
    """A user's membership of a room.

    Attributes:
        user_id: The member.
        name: Display name when they joined (for member lists).
        role: Their role in the room.
        invite_id: The invite they joined with (revoking it removes them), None for the creator.
    """

    user_id: str
    name: str
    role: Role
    invite_id: str | None


@dataclass(frozen=True, slots=True)
class InviteRecord(Stored):
    """The server-side half of an invite or a room link: lets a capability be revoked.

    A personal invite is a signed token (`#invite=`) naming this record. A room link
    (`#k=`) is this record with a `key`: the secret itself, kept so the owner can copy the
    link again; it never expires, it is replaced (rotated) or turned off.

    Attributes:
        id: Invite id (inside the signed token; members who joined with it carry it).
        room_id: The room it opens.
        role: The role it grants.
        expires_at: Epoch seconds; None for room links.
        created_by: User id of the inviter.
        revoked: Set when revoked; a revoked invite never admits anyone again.
        key: The room link's secret; None for personal invites.
        created_at: Epoch seconds (room links: when the link was made).
    """

    id: str
    room_id: str
    role: Role
    expires_at: int | None
    created_by: str
    revoked: bool = False
    key: str | None = None
    created_at: int = 0
