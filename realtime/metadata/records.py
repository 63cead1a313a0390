"""What the room-metadata store holds: rooms, members, invites (notes are plain text)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from realtime.auth.permissions import Role, RoomKind

__all__ = ["InviteRecord", "MemberRecord", "RoomRecord"]


@dataclass(frozen=True, slots=True)
class RoomRecord:
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

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (for the Redis store)."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RoomRecord:
        """The inverse of `to_json`."""
        return cls(
            id=str(data["id"]),
            kind=RoomKind(data["kind"]),
            title=data.get("title"),
            owner_id=str(data["owner_id"]),
            created_at=int(data["created_at"]),
        )


@dataclass(frozen=True, slots=True)
class MemberRecord:
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

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (for the Redis store)."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MemberRecord:
        """The inverse of `to_json`."""
        return cls(
            user_id=str(data["user_id"]),
            name=str(data["name"]),
            role=Role(data["role"]),
            invite_id=data.get("invite_id"),
        )


@dataclass(frozen=True, slots=True)
class InviteRecord:
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

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (for the Redis store)."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> InviteRecord:
        """The inverse of `to_json`."""
        return cls(
            id=str(data["id"]),
            room_id=str(data["room_id"]),
            role=Role(data["role"]),
            expires_at=None if data.get("expires_at") is None else int(data["expires_at"]),
            created_by=str(data["created_by"]),
            revoked=bool(data.get("revoked", False)),
            key=None if data.get("key") is None else str(data["key"]),
            created_at=int(data.get("created_at") or 0),
        )
