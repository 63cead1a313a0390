"""In-process room-metadata store: the embedded default for `make run`."""

from __future__ import annotations

from dataclasses import replace

from realtime.auth.permissions import Role
from realtime.metadata.base import RoomMetaStore
from realtime.metadata.records import InviteRecord, MemberRecord, RoomRecord

__all__ = ["MemoryRoomMetaStore"]


class MemoryRoomMetaStore(RoomMetaStore):
    """Dicts guarded by the event loop (every method runs without awaiting in between)."""

    def __init__(self) -> None:
        """Start empty."""
        self._rooms: dict[str, RoomRecord] = {}
        self._members: dict[str, dict[str, MemberRecord]] = {}
        self._invites: dict[str, InviteRecord] = {}
        self._notes: dict[str, str] = {}
        self._links: dict[str, dict[Role, str]] = {}

    async def create_room(self, room: RoomRecord, owner: MemberRecord) -> bool:
        if room.id in self._rooms:
            return False
        self._rooms[room.id] = room
        self._members[room.id] = {owner.user_id: owner}
        return True

    async def get_room(self, room_id: str) -> RoomRecord | None:
        return self._rooms.get(room_id)

    async def get_member(self, room_id: str, user_id: str) -> MemberRecord | None:
        return self._members.get(room_id, {}).get(user_id)

    async def list_members(self, room_id: str) -> list[MemberRecord]:
        return list(self._members.get(room_id, {}).values())

    async def put_member(self, room_id: str, member: MemberRecord) -> None:
        self._members.setdefault(room_id, {})[member.user_id] = member

    async def remove_member(self, room_id: str, user_id: str) -> bool:
        return self._members.get(room_id, {}).pop(user_id, None) is not None

    async def add_member_by_invite(self, room_id: str, member: MemberRecord) -> bool:
        invite = self._invites.get(member.invite_id or "")
        if invite is None or invite.revoked or invite.room_id != room_id:
            return False
        self._members.setdefault(room_id, {})[member.user_id] = member
        return True

    async def put_invite(self, invite: InviteRecord) -> None:
        self._invites[invite.id] = invite

    async def get_invite(self, invite_id: str) -> InviteRecord | None:
        return self._invites.get(invite_id)

    async def revoke_invite(self, room_id: str, invite_id: str) -> list[str] | None:
        invite = self._invites.get(invite_id)
        if invite is None or invite.room_id != room_id:
            return None
        return self._revoke(room_id, invite)

    def _revoke(self, room_id: str, invite: InviteRecord) -> list[str]:
        self._invites[invite.id] = replace(invite, revoked=True)
        members = self._members.get(room_id, {})
        removed = [uid for uid, m in members.items() if m.invite_id == invite.id]
        for uid in removed:
            del members[uid]
        return removed

    async def get_links(self, room_id: str) -> list[InviteRecord]:
        links = (self._invites.get(i) for i in self._links.get(room_id, {}).values())
        return [link for link in links if link is not None and not link.revoked]

    async def set_link(self, room_id: str, role: Role, link: InviteRecord | None) -> list[str]:
        by_role = self._links.setdefault(room_id, {})
        old = self._invites.get(by_role.pop(role, ""))
        removed = [] if old is None else self._revoke(room_id, old)
        if link is not None:
            self._invites[link.id] = link
            by_role[role] = link.id
        return removed

    async def get_notes(self, room_id: str) -> str:
        return self._notes.get(room_id, "")

    async def put_notes(self, room_id: str, text: str) -> None:
        self._notes[room_id] = text
