"""One contract for both run stores (memory and real Redis)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator

import pytest

from realtime.runs.memory import MemoryRunStore
from realtime.runs.records import ABANDONED_MESSAGE, RunRecord
from realtime.runs.redis import RedisRunStore
from realtime.runs.store import RunStore, recorded_runs


@pytest.fixture(params=["memory", "redis"])
async def store(request: pytest.FixtureRequest) -> AsyncIterator[RunStore]:
    made: RunStore
    if request.param == "redis":
        made = RedisRunStore(request.getfixturevalue("redis_url"), kept_per_room=3)
    else:
        made = MemoryRunStore(kept_per_room=3)
    yield made
    await made.close()


def record(run_id: str, room: str = "r1") -> RunRecord:
    return RunRecord(run_id, room, {"id": "u", "name": "U"}, "h" + run_id, int(run_id[-1]))


async def test_one_live_run_per_room(store: RunStore) -> None:
    assert await store.try_lock("r1", "a", 30)
    assert not await store.try_lock("r1", "b", 30)
    assert await store.try_lock("r2", "b", 30)
    assert await store.live_run("r1") == "a"
    await store.unlock("r1", "b")  # not the holder: no effect
    assert await store.live_run("r1") == "a"
    await store.unlock("r1", "a")
    assert await store.live_run("r1") is None
    assert await store.try_lock("r1", "b", 30)


async def test_lock_expires(store: RunStore) -> None:
    assert await store.try_lock("r1", "a", 0.05)
    await asyncio.sleep(0.15)
    assert await store.try_lock("r1", "b", 30)


async def test_records_are_kept_in_order_and_bounded(store: RunStore) -> None:
    for i in range(1, 6):
        await store.save(record(f"run{i}"))
    finished = record("run5")
    finished.add_output("out")
    await store.save(finished)  # an update does not reorder
    runs = await store.list("r1")
    assert [r.run_id for r in runs] == ["run3", "run4", "run5"]
    assert runs[-1].output == "out"
    assert [r.run_id for r in await store.list("r1", limit=1)] == ["run5"]
    assert await store.get("r1", "run1") is None
    got = await store.get("r1", "run4")
    assert got is not None and got.code_hash == "hrun4"
    assert await store.list("other") == []


async def test_a_started_run_without_its_lock_reads_as_ended(store: RunStore) -> None:
    room = "abandon-" + uuid.uuid4().hex[:8]
    done = record("run1", room)
    done.verdict = "ok"
    await store.save(done)
    assert await store.try_lock(room, "run2", 30)
    await store.save(record("run2", room))  # started, its server still holds the lock

    runs = await recorded_runs(store, room)
    assert [(r.run_id, r.verdict) for r in runs] == [("run1", "ok"), ("run2", None)]

    await store.unlock(room, "run2")  # as when the lock of a killed server expires
    runs = await recorded_runs(store, room)
    assert [(r.run_id, r.verdict) for r in runs] == [("run1", "ok"), ("run2", "sandbox_error")]
    assert runs[1].message == ABANDONED_MESSAGE and runs[0].message == ""
    stored = await store.get(room, "run2")
    assert stored is not None and stored.verdict is None  # shown as ended, never rewritten
