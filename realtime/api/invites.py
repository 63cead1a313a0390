"""Invite links: create, revoke, and join with one."""

from __future__ import annotations

import secrets
import time
from typing import Any

from litestar import Controller, Request, delete, post
from litestar.params import FromPath, JSONBody

from realtime.api.deps import AccessDep, UserDep, check_room_id, room_grant
from realtime.api.errors import ApiError
from realtime.auth.errors import InvalidTokenError
from realtime.auth.invites import InviteCapability
from realtime.auth.permissions import ASSIGNABLE_ROLES, ROLE_PERMISSIONS, Action, permissions_json
from realtime.metadata.base import top_role
from realtime.metadata.records import InviteRecord, MemberRecord
from realtime.schemas import CreateInviteRequest, InviteResponse, JoinRequest, JoinResponse

__all__ = ["InviteController"]


class InviteController(Controller):
    """Signed, expiring, revocable invites to a room."""

    path = "/api/rooms/{room_id:str}"
    tags = ("invites",)
    security = ({"BearerToken": []},)

    @post("/invites", summary="Create an invite link")
    async def create(
        self,
        room_id: FromPath[str],
        data: JSONBody[CreateInviteRequest],
        access: AccessDep,
        user: UserDep,
        request: Request[Any, Any, Any],
    ) -> InviteResponse:
        """A link granting `role` until it expires or is revoked.

        The token travels in the URL's fragment (`#invite=`), which browsers never send to a
        server, so it stays out of access logs and Referer headers.
        """
        grant = await room_grant(access, room_id, user, Action.INVITE)
        assert grant.room is not None
        if data.role not in ASSIGNABLE_ROLES[grant.room.kind]:
            raise ApiError(
                400,
                "invalid_request",
                f"a {grant.room.kind.value} room cannot grant the role {data.role.value}",
            )
        capability = InviteCapability(
            id=secrets.token_urlsafe(9),
            room_id=room_id,
            role=data.role,
            expires_at=int(time.time()) + data.expires_in,
        )
        await access.meta.put_invite(
            InviteRecord(
                id=capability.id,
                room_id=room_id,
                role=data.role,
                expires_at=capability.expires_at,
                created_by=user.user_id,
            )
        )
        token = access.invites.sign(capability)
        base = (access.settings.public_url or str(request.base_url)).rstrip("/")
        return InviteResponse(
            id=capability.id,
            token=token,
            url=f"{base}/r/{room_id}#invite={token}",
            role=data.role,
            expires_at=capability.expires_at,
        )

    @delete("/invites/{invite_id:str}", summary="Revoke an invite")
    async def revoke(
        self,
        room_id: FromPath[str],
        invite_id: FromPath[str],
        access: AccessDep,
        user: UserDep,
    ) -> None:
        """The link stops working; whoever joined with it is removed and disconnected (4403)."""
        await room_grant(access, room_id, user, Action.REVOKE)
        removed = await access.meta.revoke_invite(room_id, invite_id)
        if removed is None:
            raise ApiError(404, "not_found", "no such invite")
        await access.live.revoke(room_id, removed, "invite revoked")

    @post("/join", status_code=200, summary="Join with an invite")
    async def join(
        self,
        room_id: FromPath[str],
        data: JSONBody[JoinRequest],
        access: AccessDep,
        user: UserDep,
    ) -> JoinResponse:
        """Become a member with the invite's role (an existing stronger role is kept)."""
        check_room_id(room_id)
        room = await access.meta.get_room(room_id)
        if room is None:
            raise ApiError(404, "not_found", "room does not exist")
        try:
            capability = access.invites.verify(data.invite)
        except InvalidTokenError as exc:
            raise ApiError(403, "forbidden", str(exc)) from None
        if capability.room_id != room_id:
            raise ApiError(403, "forbidden", "the invite is for another room")
        current = await access.meta.get_member(room_id, user.user_id)
        if current is not None and top_role(current.role, capability.role) == current.role:
            invite = await access.meta.get_invite(capability.id)
            if invite is None or invite.revoked:
                raise ApiError(403, "forbidden", "invite revoked")
            return JoinResponse(
                role=current.role, permissions=permissions_json(ROLE_PERMISSIONS[current.role])
            )
        member = MemberRecord(
            user_id=user.user_id, name=user.name, role=capability.role, invite_id=capability.id
        )
        if not await access.meta.add_member_by_invite(room_id, member):
            raise ApiError(403, "forbidden", "invite revoked")
        if current is not None:
            # Promoted: close the old, weaker connections so they reconnect with the new role.
            await access.live.revoke(room_id, [user.user_id], "your role changed")
        return JoinResponse(
            role=member.role, permissions=permissions_json(ROLE_PERMISSIONS[member.role])
        )
