"""`/api/rooms`: create rooms, read them, manage members."""

from __future__ import annotations

import dataclasses
import secrets
import time

from litestar import Controller, delete, get, post, put
from litestar.params import FromPath, JSONBody

from realtime.api.deps import AccessDep, UserDep, room_grant
from realtime.api.errors import ApiError
from realtime.auth.links import new_link
from realtime.auth.permissions import (
    ASSIGNABLE_ROLES,
    CREATOR_ROLE,
    DEFAULT_LINK_ROLES,
    Action,
    permissions_json,
    room_actions,
)
from realtime.contract.rest import (
    CreateRoomRequest,
    MemberResponse,
    RoleChangeRequest,
    RoomResponse,
)
from realtime.metadata.records import MemberRecord, RoomRecord

__all__ = ["RoomController"]


def _room_response(room: RoomRecord, member: MemberRecord) -> RoomResponse:
    return RoomResponse(
        id=room.id,
        kind=room.kind,
        title=room.title,
        role=member.role,
        created_at=room.created_at,
        permissions=permissions_json(room_actions(room.kind, member.role)),
    )


class RoomController(Controller):
    """Rooms created here need membership to join (see docs/protocol.md, Auth)."""

    path = "/api/rooms"
    tags = ("rooms",)
    security = ({"BearerToken": []},)

    @post("/", summary="Create a room")
    async def create(
        self,
        data: JSONBody[CreateRoomRequest],
        access: AccessDep,
        user: UserDep,
    ) -> RoomResponse:
        """Create a room with the caller as owner (interviewer for interview rooms).

        Shared rooms start with a link that lets anyone who opens it edit; interviews with a
        candidate and an observer link; solo rooms with none (see `GET .../links`).
        """
        await access.quotas.check_room_create(user.user_id)
        role = CREATOR_ROLE[data.kind]
        owner = MemberRecord(user_id=user.user_id, name=user.name, role=role, invite_id=None)
        for _ in range(5):
            room = RoomRecord(
                id=secrets.token_urlsafe(9),
                kind=data.kind,
                title=data.title,
                owner_id=user.user_id,
                created_at=int(time.time() * 1000),
            )
            if await access.meta.create_room(room, owner):
                for link_role in DEFAULT_LINK_ROLES[data.kind]:
                    link = new_link(room.id, link_role, user.user_id)
                    await access.meta.set_link(room.id, link_role, link)
                return _room_response(room, owner)
        raise ApiError(503, "unavailable", "could not allocate a room id")

    @get("/{room_id:str}", summary="A room and the caller's role")
    async def read(self, room_id: FromPath[str], access: AccessDep, user: UserDep) -> RoomResponse:
        """The room, the caller's role and permissions (members only)."""
        grant = await room_grant(access, room_id, user, Action.JOIN)
        assert grant.room is not None and grant.member is not None
        return _room_response(grant.room, grant.member)

    @get("/{room_id:str}/members", summary="Members of a room")
    async def members(
        self, room_id: FromPath[str], access: AccessDep, user: UserDep
    ) -> list[MemberResponse]:
        """Everyone with a role in the room (members only)."""
        await room_grant(access, room_id, user, Action.JOIN)
        return [
            MemberResponse(user_id=m.user_id, name=m.name, role=m.role)
            for m in await access.meta.list_members(room_id)
        ]

    @put("/{room_id:str}/members/{user_id:str}", summary="Change a member's role")
    async def change_role(
        self,
        room_id: FromPath[str],
        user_id: FromPath[str],
        data: JSONBody[RoleChangeRequest],
        access: AccessDep,
        user: UserDep,
    ) -> MemberResponse:
        """Give a member another role; their live connections close with 4403 at once."""
        grant = await room_grant(access, room_id, user, Action.INVITE)
        assert grant.room is not None
        member = await access.meta.get_member(room_id, user_id)
        if member is None:
            raise ApiError(404, "not_found", "no such member")
        if user_id in (grant.room.owner_id, user.user_id):
            raise ApiError(403, "forbidden", "the creator's and your own role cannot change")
        if data.role not in ASSIGNABLE_ROLES[grant.room.kind]:
            raise ApiError(400, "invalid_request", f"{data.role.value} is not a role of this room")
        changed = dataclasses.replace(member, role=data.role)
        await access.meta.put_member(room_id, changed)
        await access.live.revoke(room_id, [user_id], "your role changed")
        return MemberResponse(user_id=changed.user_id, name=changed.name, role=changed.role)

    @delete("/{room_id:str}/members/{user_id:str}", summary="Remove a member")
    async def remove(
        self,
        room_id: FromPath[str],
        user_id: FromPath[str],
        access: AccessDep,
        user: UserDep,
    ) -> None:
        """Take a member out of the room; their live connections close with 4403 at once."""
        grant = await room_grant(access, room_id, user, Action.REVOKE)
        assert grant.room is not None
        if user_id in (grant.room.owner_id, user.user_id):
            raise ApiError(403, "forbidden", "the creator and you cannot be removed")
        if not await access.meta.remove_member(room_id, user_id):
            raise ApiError(404, "not_found", "no such member")
        await access.live.revoke(room_id, [user_id], "removed from the room")
