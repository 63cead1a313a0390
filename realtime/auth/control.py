"""Who the caller is and what they may do in a room: one decision for REST and WebSocket."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from realtime.auth.errors import InvalidTokenError
from realtime.auth.permissions import Action, Role, room_actions
from realtime.auth.verifier import TokenVerifier
from realtime.metadata.base import RoomMetaStore
from realtime.metadata.records import MemberRecord, RoomRecord

__all__ = [
    "LINK_REFUSED",
    "NOT_A_MEMBER",
    "NO_SUCH_ROOM",
    "AccessControl",
    "Identity",
    "RoomGrant",
    "RoomRefusal",
]

# Refusal reasons are read by people (close reasons, REST messages): each says what to do.
# Close reasons must stay under 123 bytes.
NOT_A_MEMBER = "you are not a member of this room: ask the owner for an invite"
LINK_REFUSED = "this link does not open the room: ask the owner for an invite"
NO_SUCH_ROOM = "room does not exist: check the link"


@dataclass(frozen=True, slots=True)
class Identity:
    """A caller: verified from a token, or anonymous (development only).

    Attributes:
        user_id: `sub` of the token, or `anon-<random>`.
        name: Display name.
        anonymous: True when no token was given.
        expires_at: The token's `exp` (epoch seconds); None when anonymous.
    """

    user_id: str
    name: str
    anonymous: bool = False
    expires_at: int | None = None


@dataclass(frozen=True, slots=True)
class RoomGrant:
    """What an identity may do in one room.

    Attributes:
        role: The role held.
        actions: The permitted actions (always includes `join`).
        room: The room's record, or None for an ad-hoc (never created) room.
        member: The membership record, or None for ad-hoc rooms.
    """

    role: Role
    actions: frozenset[Action]
    room: RoomRecord | None
    member: MemberRecord | None

    def allows(self, action: Action) -> bool:
        """Whether `action` is permitted."""
        return action in self.actions


class RoomRefusal(Exception):
    """Entry refused.

    `kind` is `unauthorized` (401/4401), `forbidden` (403/4403) or `not_found` (404/4404).
    """

    def __init__(self, kind: str, reason: str) -> None:
        """Record the kind of refusal and a short English reason."""
        super().__init__(reason)
        self.kind = kind
        self.reason = reason


class AccessControl:
    """Verifies tokens and decides room access from the metadata store."""

    def __init__(
        self,
        *,
        verifier: TokenVerifier | None,
        store: RoomMetaStore,
        allow_anonymous: bool,
    ) -> None:
        """Create the decision point.

        Args:
            verifier: Token verifier (None only when no identity provider is configured:
                then every token is refused).
            store: Rooms, members and roles.
            allow_anonymous: Tokenless callers join rooms that were never created through the
                API (ad-hoc rooms) as anonymous editors. Development only.
        """
        self.verifier = verifier
        self.store = store
        self.allow_anonymous = allow_anonymous

    async def identify(self, token: str | None) -> Identity:
        """The caller named by `token`, or an anonymous identity when allowed.

        Raises:
            InvalidTokenError: Token missing (and anonymous not allowed) or invalid.
            KeysUnavailableError: The identity provider's keys cannot be fetched.
        """
        if token is None or token == "":
            if self.allow_anonymous:
                suffix = secrets.token_hex(4)
                return Identity(
                    user_id=f"anon-{suffix}", name=f"Guest {suffix[:4]}", anonymous=True
                )
            raise InvalidTokenError("token required")
        if self.verifier is None:
            raise InvalidTokenError("no identity provider is configured")
        verified = await self.verifier.verify(token)
        return Identity(
            user_id=verified.subject, name=verified.name, expires_at=verified.expires_at
        )

    async def grant(self, room_id: str, identity: Identity) -> RoomGrant:
        """What `identity` may do in `room_id`.

        Rooms created through the API admit their members only. A room id that was never
        created is an ad-hoc room: open to everyone as an editor when anonymous access is on
        (so `make run` works without sign-in), and refused as not found otherwise.

        Raises:
            RoomRefusal: Not allowed in (kind says why).
            MetadataUnavailableError: The metadata store cannot be reached.
        """
        room = await self.store.get_room(room_id)
        if room is None:
            if self.allow_anonymous:
                return RoomGrant(
                    role=Role.EDITOR,
                    actions=room_actions(None, Role.EDITOR),
                    room=None,
                    member=None,
                )
            raise RoomRefusal("not_found", NO_SUCH_ROOM)
        if identity.anonymous:
            raise RoomRefusal("unauthorized", "sign in to enter this room")
        member = await self.store.get_member(room_id, identity.user_id)
        if member is None:
            raise RoomRefusal("forbidden", NOT_A_MEMBER)
        return RoomGrant(
            role=member.role,
            actions=room_actions(room.kind, member.role),
            room=room,
            member=member,
        )
