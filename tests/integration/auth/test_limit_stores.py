"""Rate-limit counters and quotas against memory and a real Redis."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import pytest

from realtime.limits import (
    LimitStore,
    LimitsUnavailableError,
    MemoryLimitStore,
    QuotaLimits,
    Quotas,
    RateLimitedError,
    RedisLimitStore,
)
from tests.conftest import free_port
from tests.integration.auth.windows import DAY, MINUTE, clear_of_window_ends


@pytest.fixture(params=["memory", "redis"])
async def store(request: pytest.FixtureRequest) -> AsyncIterator[LimitStore]:
    if request.param == "memory":
        yield MemoryLimitStore()
        return
    redis_store = RedisLimitStore.from_url(request.getfixturevalue("redis_url"))
    try:
        yield redis_store
    finally:
        await redis_store.close()


async def test_fixed_window_allows_the_limit_then_refuses_with_retry_after(
    store: LimitStore,
) -> None:
    await clear_of_window_ends(MINUTE, margin_s=5)
    results = [await store.hit("k", 3, 60) for _ in range(5)]
    assert [d.allowed for d in results] == [True, True, True, False, False]
    assert [d.remaining for d in results[:3]] == [2, 1, 0]
    assert all(1 <= d.retry_after <= 60 for d in results[3:])


async def test_windows_reset(store: LimitStore) -> None:
    # A 2-second window (windows align to the epoch): the first two hits land in one, well
    # before its end; a whole window later the budget is back.
    await clear_of_window_ends(2, margin_s=1.5)
    assert (await store.hit("w", 1, 2)).allowed
    assert not (await store.hit("w", 1, 2)).allowed
    await asyncio.sleep(2.05)
    assert (await store.hit("w", 1, 2)).allowed


async def test_keys_are_independent(store: LimitStore) -> None:
    await clear_of_window_ends(MINUTE, margin_s=5)
    assert (await store.hit("a", 1, 60)).allowed
    assert (await store.hit("b", 1, 60)).allowed
    assert not (await store.hit("a", 1, 60)).allowed


async def test_concurrent_hits_never_exceed_the_limit(store: LimitStore) -> None:
    await clear_of_window_ends(MINUTE, margin_s=5)
    decisions = await asyncio.gather(*(store.hit("race", 10, 60) for _ in range(50)))
    assert sum(d.allowed for d in decisions) == 10


async def test_leases_limit_concurrency_and_come_back(store: LimitStore) -> None:
    assert (await store.acquire("runs", "r1", 2, 60)).allowed
    assert (await store.acquire("runs", "r2", 2, 60)).allowed
    refused = await store.acquire("runs", "r3", 2, 60)
    assert not refused.allowed
    assert 1 <= refused.retry_after <= 60
    # Re-acquiring a held lease refreshes it rather than taking another slot.
    assert (await store.acquire("runs", "r1", 2, 60)).allowed
    await store.release("runs", "r1")
    assert (await store.acquire("runs", "r3", 2, 60)).allowed


async def test_leases_expire(store: LimitStore) -> None:
    assert (await store.acquire("l", "a", 1, 1)).allowed
    assert not (await store.acquire("l", "b", 1, 1)).allowed
    await asyncio.sleep(1.1)
    assert (await store.acquire("l", "b", 1, 1)).allowed


async def test_quotas_per_user_and_room(store: LimitStore) -> None:
    quotas = Quotas(
        store,
        QuotaLimits(
            runs_per_minute=2,
            room_runs_per_minute=3,
            concurrent_runs=1,
            analyses_per_day=1,
            rooms_per_day=1,
            connections_per_user=1,
        ),
    )
    await clear_of_window_ends(MINUTE, DAY, margin_s=10)
    await quotas.check_run_rate("alice", "room")
    await quotas.check_run_rate("alice", "room")
    with pytest.raises(RateLimitedError, match="2 runs per minute") as info:
        await quotas.check_run_rate("alice", "room")
    assert info.value.retry_after >= 1
    await quotas.check_run_rate("bob", "room")
    with pytest.raises(RateLimitedError, match="in this room"):
        await quotas.check_run_rate("carol", "room")
    await quotas.begin_run("alice", "run-1")
    with pytest.raises(RateLimitedError, match="at a time"):
        await quotas.begin_run("alice", "run-2")
    await quotas.end_run("alice", "run-1")
    await quotas.begin_run("alice", "run-2")
    await quotas.check_analysis("alice")
    with pytest.raises(RateLimitedError, match="analyses per day"):
        await quotas.check_analysis("alice")
    await quotas.check_room_create("alice")
    with pytest.raises(RateLimitedError, match="rooms per day"):
        await quotas.check_room_create("alice")
    await quotas.open_connection("alice", "c1")
    with pytest.raises(RateLimitedError, match="connections per user"):
        await quotas.open_connection("alice", "c2")
    await quotas.close_connection("alice", "c1")
    await quotas.open_connection("alice", "c2")


async def test_redis_counters_are_shared_between_replicas(redis_url: str) -> None:
    one, two = RedisLimitStore.from_url(redis_url), RedisLimitStore.from_url(redis_url)
    try:
        await clear_of_window_ends(MINUTE, margin_s=5)
        assert (await one.hit("shared", 1, 60)).allowed
        assert not (await two.hit("shared", 1, 60)).allowed
    finally:
        await one.close()
        await two.close()


async def test_memory_window_retry_after_counts_down() -> None:
    now = [120.0]
    store = MemoryLimitStore(clock=lambda: now[0])
    assert (await store.hit("k", 1, 60)).allowed
    now[0] = 150.0
    assert (await store.hit("k", 1, 60)).retry_after == 30
    now[0] = 180.0
    assert (await store.hit("k", 1, 60)).allowed


async def test_redis_down_fails_closed() -> None:
    store = RedisLimitStore.from_url(f"redis://127.0.0.1:{free_port()}/0")
    started = time.monotonic()
    try:
        with pytest.raises(LimitsUnavailableError):
            await store.hit("k", 1, 60)
    finally:
        await store.close()
    assert time.monotonic() - started < 6
