"""The room-metadata store interface (separate from the CRDT update store)."""

from __future__ import annotations

from abc import ABC, abstractmethod

from realtime.auth.permissions import Role
from realtime.metadata.records import InviteRecord, MemberRecord, RoomRecord

__all__ = ["MetadataUnavailableError", "RoomMetaStore", "top_role"]


class MetadataUnavailableError(Exception):
    """The backing store cannot be reached (HTTP 503, close code 4503)."""


class RoomMetaStore(ABC):
    """Rooms, their members and roles, invites and interviewer notes."""

    @abstractmethod
    async def create_room(self, room: RoomRecord, owner: MemberRecord) -> bool:
        """Store a new room with its creator as first member; False if the id is taken."""

    @abstractmethod
    async def get_room(self, room_id: str) -> RoomRecord | None:
        """The room, or None when it was never created."""

    @abstractmethod
    async def get_member(self, room_id: str, user_id: str) -> MemberRecord | None:
        """The user's membership of the room, or None."""

    @abstractmethod
    async def list_members(self, room_id: str) -> list[MemberRecord]:
        """Every member of the room."""

    @abstractmethod
    async def put_member(self, room_id: str, member: MemberRecord) -> None:
        """Add a member or replace their record (role change)."""

    @abstractmethod
    async def remove_member(self, room_id: str, user_id: str) -> bool:
        """Remove a member; False if they were not one."""

    @abstractmethod
    async def add_member_by_invite(self, room_id: str, member: MemberRecord) -> bool:
        """Add `member` (whose `invite_id` is set) unless that invite is revoked or unknown.

        The check and the write are one atomic step, so a join racing a revocation can never
        leave a member behind that the revocation missed.
        """

    @abstractmethod
    async def put_invite(self, invite: InviteRecord) -> None:
        """Store a new invite."""

    @abstractmethod
    async def get_invite(self, invite_id: str) -> InviteRecord | None:
        """The invite, or None (unknown or expired and forgotten)."""

    @abstractmethod
    async def revoke_invite(self, room_id: str, invite_id: str) -> list[str] | None:
        """Mark the invite revoked and remove the members who joined with it.

        Returns:
            The user ids removed, or None if the room has no such invite.
        """

    @abstractmethod
    async def get_links(self, room_id: str) -> list[InviteRecord]:
        """The room's working links (records with a `key`, not revoked), one per role."""

    @abstractmethod
    async def set_link(self, room_id: str, role: Role, link: InviteRecord | None) -> list[str]:
        """Replace the room's link for `role` with `link` (None: no link for that role).

        The old link, if any, is revoked and whoever joined with it is removed, in one
        atomic step with the replacement, so two owners rotating at once leave one link.

        Returns:
            The user ids removed with the old link.
        """

    @abstractmethod
    async def get_notes(self, room_id: str) -> str:
        """The interviewer notes of the room ("" when none)."""

    @abstractmethod
    async def put_notes(self, room_id: str, text: str) -> None:
        """Replace the interviewer notes."""

    async def close(self) -> None:  # noqa: B027 - optional hook, nothing to do by default
        """Release connections."""


def top_role(a: Role, b: Role) -> Role:
    """The stronger of two roles (so an invite never demotes an existing member)."""
    order = [Role.VIEWER, Role.CANDIDATE, Role.EDITOR, Role.INTERVIEWER, Role.OWNER]
    return a if order.index(a) >= order.index(b) else b
