"""One contract, every RoomStore backend (memory and a real redis-server)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from pycrdt import Doc, Text

from realtime.stores.base import RoomStore
from realtime.stores.memory import MemoryRoomStore
from realtime.stores.redis import RedisRoomStore


@pytest.fixture(params=["memory", "redis"])
async def store(request: pytest.FixtureRequest) -> AsyncIterator[RoomStore]:
    backend: RoomStore
    if request.param == "memory":
        backend = MemoryRoomStore(compaction_threshold=10)
    else:
        backend = RedisRoomStore(request.getfixturevalue("redis_url"), compaction_threshold=10)
    yield backend
    await backend.close()


def edits(n: int, client_id: int = 1) -> tuple[list[bytes], str]:
    doc: Doc[Text] = Doc(client_id=client_id)
    text = doc.get("code", type=Text)
    updates = []
    for i in range(n):
        before = doc.get_state()
        text.insert(len(str(text).encode()), f"{i},")
        updates.append(doc.get_update(before))
    return updates, str(text)


def replay(state_snapshot: bytes | None, updates: list[bytes]) -> str:
    doc: Doc[Text] = Doc()
    if state_snapshot is not None:
        doc.apply_update(state_snapshot)
    for update in updates:
        doc.apply_update(update)
    return str(doc.get("code", type=Text))


async def test_new_room_is_empty(store: RoomStore) -> None:
    state = await store.load("empty")
    assert state.snapshot is None and state.updates == ()
    assert state.last_id == "0-0"


async def test_append_then_load_in_order(store: RoomStore) -> None:
    updates, expected = edits(5)
    ids = [await store.append("r1", u) for u in updates]
    assert ids == sorted(ids, key=RoomStore.id_key)
    assert len(set(ids)) == 5
    state = await store.load("r1")
    assert [u.update for u in state.updates] == updates
    assert [u.id for u in state.updates] == ids
    assert all(u.origin == store.instance_id and u.at_ms > 0 for u in state.updates)
    assert replay(state.snapshot, [u.update for u in state.updates]) == expected
    assert (await store.load("other")).updates == ()


async def test_compaction_keeps_the_document(store: RoomStore) -> None:
    updates, expected = edits(25)
    for u in updates[:9]:
        await store.append("c", u)
    assert await store.compact("c") is False  # below the threshold of 10
    for u in updates[9:]:
        await store.append("c", u)
    assert await store.compact("c") is True
    state = await store.load("c")
    assert state.snapshot is not None
    assert state.updates == ()
    assert replay(state.snapshot, []) == expected
    more, _ = edits(30)
    await store.append("c", more[0])
    state = await store.load("c")
    assert len(state.updates) == 1
    history = await store.history("c")
    assert history[0].update == state.snapshot and history[-1].update == more[0]
    assert [h.at_ms for h in history] == sorted(h.at_ms for h in history)


async def test_concurrent_appends_are_all_kept(store: RoomStore) -> None:
    writers = [edits(20, client_id=i + 1)[0] for i in range(5)]

    async def write(updates: list[bytes]) -> None:
        for u in updates:
            await store.append("busy", u)
            await asyncio.sleep(0)

    await asyncio.gather(*(write(w) for w in writers))
    state = await store.load("busy")
    assert len(state.updates) == 100
    text = replay(state.snapshot, [u.update for u in state.updates])
    assert text.count(",") == 100
    assert len(text) == 5 * sum(len(f"{i},") for i in range(20))


async def test_compaction_races_with_appends(store: RoomStore) -> None:
    updates, expected = edits(60)
    for u in updates[:30]:
        await store.append("race", u)
    await asyncio.gather(
        store.compact("race"),
        *(store.append("race", u) for u in updates[30:]),
        store.compact("race"),
    )
    state = await store.load("race")
    assert replay(state.snapshot, [u.update for u in state.updates]) == expected
