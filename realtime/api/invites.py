"""Personal invites and room links: create, revoke, rotate, and join with one."""

from __future__ import annotations

import secrets
import time
from typing import Any

from litestar import Controller, Request, delete, get, post, put
from litestar.params import FromPath, JSONBody

from realtime.api.deps import AccessDep, UserDep, check_room_id, room_grant
from realtime.api.errors import ApiError
from realtime.auth.control import LINK_REFUSED, NO_SUCH_ROOM
from realtime.auth.errors import InvalidTokenError
from realtime.auth.invites import InviteCapability
from realtime.auth.links import link_url, match_link, new_link
from realtime.auth.permissions import (
    ASSIGNABLE_ROLES,
    LINK_ROLES,
    Action,
    Role,
    RoomKind,
    permissions_json,
    room_actions,
)
from realtime.auth.services import AccessServices
from realtime.contract.rest import (
    CreateInviteRequest,
    InviteResponse,
    JoinRequest,
    JoinResponse,
    RoomLinkResponse,
    RoomLinksResponse,
)
from realtime.metadata.base import top_role
from realtime.metadata.records import InviteRecord, MemberRecord

__all__ = ["InviteController"]

_INVITE_REFUSED = "this invite does not open the room: ask the owner for a new one"


def _base_url(access: AccessServices, request: Request[Any, Any, Any]) -> str:
    return (access.settings.public_url or str(request.base_url)).rstrip("/")


def _link_response(base: str, link: InviteRecord) -> RoomLinkResponse:
    assert link.key is not None
    return RoomLinkResponse(
        role=link.role, url=link_url(base, link.room_id, link.key), created_at=link.created_at
    )


def _link_role(kind: RoomKind, role: str) -> Role:
    parsed = next((r for r in LINK_ROLES[kind] if r.value == role), None)
    if parsed is None:
        raise ApiError(400, "invalid_request", f"a {kind.value} room has no {role} link")
    return parsed


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
        base = _base_url(access, request)
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

    @get("/links", summary="The room's links")
    async def links(
        self,
        room_id: FromPath[str],
        access: AccessDep,
        user: UserDep,
        request: Request[Any, Any, Any],
    ) -> RoomLinksResponse:
        """The links that work now: all of them for managers, the caller's own role's else."""
        grant = await room_grant(access, room_id, user, Action.JOIN)
        assert grant.room is not None
        manage = grant.allows(Action.INVITE)
        base = _base_url(access, request)
        links = [
            _link_response(base, link)
            for link in sorted(await access.meta.get_links(room_id), key=lambda x: x.role)
            if manage or link.role is grant.role
        ]
        roles = sorted(LINK_ROLES[grant.room.kind]) if manage else []
        return RoomLinksResponse(links=links, manage=manage, roles=roles)

    @put("/links/{role:str}", summary="Make or replace the room's link for a role")
    async def rotate_link(
        self,
        room_id: FromPath[str],
        role: FromPath[str],
        access: AccessDep,
        user: UserDep,
        request: Request[Any, Any, Any],
    ) -> RoomLinkResponse:
        """A new link for `role`; the old one stops working.

        Whoever joined with the old link is removed and disconnected (4403).
        """
        grant = await room_grant(access, room_id, user, Action.INVITE)
        assert grant.room is not None
        link = new_link(room_id, _link_role(grant.room.kind, role), user.user_id)
        removed = await access.meta.set_link(room_id, link.role, link)
        await access.live.revoke(room_id, removed, "the link you joined with was replaced")
        return _link_response(_base_url(access, request), link)

    @delete("/links/{role:str}", summary="Turn off the room's link for a role")
    async def delete_link(
        self,
        room_id: FromPath[str],
        role: FromPath[str],
        access: AccessDep,
        user: UserDep,
    ) -> None:
        """No link for `role` (members only); whoever joined with it is removed (4403)."""
        grant = await room_grant(access, room_id, user, Action.REVOKE)
        assert grant.room is not None
        removed = await access.meta.set_link(room_id, _link_role(grant.room.kind, role), None)
        await access.live.revoke(room_id, removed, "the link you joined with was turned off")

    @post("/join", status_code=200, summary="Join with an invite or a room link")
    async def join(
        self,
        room_id: FromPath[str],
        data: JSONBody[JoinRequest],
        access: AccessDep,
        user: UserDep,
    ) -> JoinResponse:
        """Become a member with the invite's or link's role (a stronger role is kept)."""
        check_room_id(room_id)
        room = await access.meta.get_room(room_id)
        if room is None:
            raise ApiError(404, "not_found", NO_SUCH_ROOM)
        current = await access.meta.get_member(room_id, user.user_id)
        try:
            capability_id, role = await self._capability(access, room_id, data)
        except ApiError:
            if current is None:
                raise
            # Already in (say, the owner opening an old link): a dead link locks no member out.
            return _joined(room.kind, current.role)
        if current is not None and top_role(current.role, role) == current.role:
            return _joined(room.kind, current.role)  # a weaker link never demotes a member
        member = MemberRecord(
            user_id=user.user_id, name=user.name, role=role, invite_id=capability_id
        )
        if not await access.meta.add_member_by_invite(room_id, member):
            raise ApiError(403, "forbidden", _refusal(data))
        if current is not None:
            # Promoted: close the old, weaker connections so they reconnect with the new role.
            await access.live.revoke(room_id, [user.user_id], "your role changed")
        return _joined(room.kind, member.role)

    @staticmethod
    async def _capability(
        access: AccessServices, room_id: str, data: JoinRequest
    ) -> tuple[str, Role]:
        """The invite id and role `data` carries, or a 403 saying what to do instead."""
        if data.key is not None:
            link = match_link(await access.meta.get_links(room_id), data.key)
            if link is None:
                raise ApiError(403, "forbidden", LINK_REFUSED)
            return link.id, link.role
        assert data.invite is not None
        try:
            capability = access.invites.verify(data.invite)
        except InvalidTokenError as exc:
            raise ApiError(403, "forbidden", f"{_INVITE_REFUSED} ({exc})") from None
        if capability.room_id != room_id:
            raise ApiError(403, "forbidden", f"{_INVITE_REFUSED} (it is for another room)")
        return capability.id, capability.role


def _joined(kind: RoomKind, role: Role) -> JoinResponse:
    return JoinResponse(role=role, permissions=permissions_json(room_actions(kind, role)))


def _refusal(data: JoinRequest) -> str:
    """What to tell someone whose link or invite was revoked while they were joining."""
    return LINK_REFUSED if data.key is not None else f"{_INVITE_REFUSED} (invite revoked)"
