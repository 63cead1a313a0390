"""One contract suite for every room-metadata store (memory and real Redis)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import pytest

from realtime.auth.permissions import Role, RoomKind
from realtime.metadata import (
    InviteRecord,
    MemberRecord,
    MemoryRoomMetaStore,
    MetadataUnavailableError,
    RedisRoomMetaStore,
    RoomMetaStore,
    RoomRecord,
)
from tests.conftest import free_port


@pytest.fixture(params=["memory", "redis"])
async def store(request: pytest.FixtureRequest) -> AsyncIterator[RoomMetaStore]:
    if request.param == "memory":
        yield MemoryRoomMetaStore()
        return
    redis_url = request.getfixturevalue("redis_url")
    redis_store = RedisRoomMetaStore.from_url(redis_url)
    try:
        yield redis_store
    finally:
        await redis_store.close()


ROOM = RoomRecord(id="r1", kind=RoomKind.INTERVIEW, title="T", owner_id="u0", created_at=1)
OWNER = MemberRecord(user_id="u0", name="Owner", role=Role.INTERVIEWER, invite_id=None)


def invite(invite_id: str = "i1", role: Role = Role.CANDIDATE) -> InviteRecord:
    return InviteRecord(
        id=invite_id,
        room_id="r1",
        role=role,
        expires_at=int(time.time()) + 600,
        created_by="u0",
    )


async def test_rooms_are_created_once(store: RoomMetaStore) -> None:
    assert await store.create_room(ROOM, OWNER)
    assert not await store.create_room(ROOM, OWNER)
    assert await store.get_room("r1") == ROOM
    assert await store.get_room("nope") is None
    assert await store.get_member("r1", "u0") == OWNER


async def test_members_can_be_changed_and_removed(store: RoomMetaStore) -> None:
    await store.create_room(ROOM, OWNER)
    bob = MemberRecord(user_id="u1", name="Bob", role=Role.VIEWER, invite_id=None)
    await store.put_member("r1", bob)
    await store.put_member("r1", MemberRecord("u1", "Bob", Role.CANDIDATE, None))
    assert (await store.get_member("r1", "u1")).role is Role.CANDIDATE  # type: ignore[union-attr]
    assert {m.user_id for m in await store.list_members("r1")} == {"u0", "u1"}
    assert await store.remove_member("r1", "u1")
    assert not await store.remove_member("r1", "u1")


async def test_revoking_an_invite_removes_whoever_joined_with_it(store: RoomMetaStore) -> None:
    await store.create_room(ROOM, OWNER)
    await store.put_invite(invite("i1"))
    await store.put_invite(invite("i2", Role.VIEWER))
    assert await store.add_member_by_invite("r1", MemberRecord("a", "A", Role.CANDIDATE, "i1"))
    assert await store.add_member_by_invite("r1", MemberRecord("b", "B", Role.CANDIDATE, "i1"))
    assert await store.add_member_by_invite("r1", MemberRecord("c", "C", Role.VIEWER, "i2"))
    removed = await store.revoke_invite("r1", "i1")
    assert sorted(removed or []) == ["a", "b"]
    assert {m.user_id for m in await store.list_members("r1")} == {"u0", "c"}
    assert (await store.get_invite("i1")).revoked  # type: ignore[union-attr]
    # A revoked invite admits nobody, ever again.
    assert not await store.add_member_by_invite("r1", MemberRecord("d", "D", Role.VIEWER, "i1"))
    assert await store.get_member("r1", "d") is None


async def test_invites_do_not_cross_rooms(store: RoomMetaStore) -> None:
    await store.create_room(ROOM, OWNER)
    await store.put_invite(invite("i1"))
    assert await store.revoke_invite("other-room", "i1") is None
    assert await store.revoke_invite("r1", "unknown") is None
    assert not await store.add_member_by_invite(
        "other-room", MemberRecord("a", "A", Role.CANDIDATE, "i1")
    )


async def test_join_racing_revocation_never_leaves_a_member_behind(store: RoomMetaStore) -> None:
    await store.create_room(ROOM, OWNER)
    await store.put_invite(invite("i1"))
    joins = [
        store.add_member_by_invite("r1", MemberRecord(f"j{n}", "X", Role.CANDIDATE, "i1"))
        for n in range(20)
    ]
    results = await asyncio.gather(*joins[:10], store.revoke_invite("r1", "i1"), *joins[10:])
    members = {m.user_id for m in await store.list_members("r1")}
    assert members == {"u0"}
    assert results[10] is not None


def link(link_id: str, role: Role = Role.CANDIDATE, key: str = "k") -> InviteRecord:
    return InviteRecord(
        id=link_id, room_id="r1", role=role, expires_at=None, created_by="u0", key=key
    )


async def test_room_links_rotate_and_turn_off(store: RoomMetaStore) -> None:
    await store.create_room(ROOM, OWNER)
    assert await store.get_links("r1") == []
    assert await store.set_link("r1", Role.CANDIDATE, link("l1", key="first")) == []
    assert await store.set_link("r1", Role.VIEWER, link("l2", Role.VIEWER, "watch")) == []
    assert {(x.role, x.key) for x in await store.get_links("r1")} == {
        (Role.CANDIDATE, "first"),
        (Role.VIEWER, "watch"),
    }
    # A link never expires: it lasts until it is replaced or turned off.
    assert (await store.get_invite("l1")) == link("l1", key="first")
    assert await store.add_member_by_invite("r1", MemberRecord("a", "A", Role.CANDIDATE, "l1"))
    assert await store.add_member_by_invite("r1", MemberRecord("v", "V", Role.VIEWER, "l2"))

    # Rotating: the old link is revoked with whoever joined through it; the new one works.
    assert await store.set_link("r1", Role.CANDIDATE, link("l3", key="second")) == ["a"]
    assert {(x.role, x.key) for x in await store.get_links("r1")} == {
        (Role.CANDIDATE, "second"),
        (Role.VIEWER, "watch"),
    }
    assert (await store.get_invite("l1")).revoked  # type: ignore[union-attr]
    assert not await store.add_member_by_invite("r1", MemberRecord("b", "B", Role.CANDIDATE, "l1"))
    assert await store.add_member_by_invite("r1", MemberRecord("b", "B", Role.CANDIDATE, "l3"))

    # Turning the observer link off: members only for observers, its members are gone.
    assert await store.set_link("r1", Role.VIEWER, None) == ["v"]
    assert [x.key for x in await store.get_links("r1")] == ["second"]
    assert {m.user_id for m in await store.list_members("r1")} == {"u0", "b"}
    assert await store.set_link("r1", Role.VIEWER, None) == []


async def test_concurrent_rotations_leave_exactly_one_link(store: RoomMetaStore) -> None:
    await store.create_room(ROOM, OWNER)
    await asyncio.gather(
        *(store.set_link("r1", Role.CANDIDATE, link(f"l{n}", key=f"k{n}")) for n in range(10))
    )
    links = await store.get_links("r1")
    assert len(links) == 1
    revoked = [await store.get_invite(f"l{n}") for n in range(10)]
    assert sum(1 for r in revoked if r is not None and not r.revoked) == 1


async def test_notes_round_trip_with_unicode(store: RoomMetaStore) -> None:
    assert await store.get_notes("r1") == ""
    await store.put_notes("r1", "candidate struggled with \u00e9 and \U0001f600")
    assert await store.get_notes("r1") == "candidate struggled with \u00e9 and \U0001f600"


async def test_redis_store_down_raises_unavailable() -> None:
    store = RedisRoomMetaStore.from_url(f"redis://127.0.0.1:{free_port()}/0")
    try:
        with pytest.raises(MetadataUnavailableError):
            await store.get_room("r1")
    finally:
        await store.close()
