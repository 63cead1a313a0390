"""Micro-batching rules and the LRU cache, without any backend."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import pytest

from actors.analysis.batcher import MicroBatcher
from actors.analysis.cache import AnalysisCache, code_key
from actors.analysis.models import Analysis


async def test_full_batches_go_at_once_and_results_map_back() -> None:
    batches: list[list[int]] = []

    async def handler(items: Sequence[int]) -> list[int]:
        batches.append(list(items))
        return [i * 10 for i in items]

    batcher: MicroBatcher[int, int] = MicroBatcher(handler, window_s=10.0, max_size=4)
    results = await asyncio.wait_for(
        asyncio.gather(*(batcher.submit(i) for i in range(8))), timeout=5
    )
    assert results == [i * 10 for i in range(8)]
    assert batches == [[0, 1, 2, 3], [4, 5, 6, 7]]


async def test_quiet_gap_closes_a_partial_batch() -> None:
    batches: list[int] = []

    async def handler(items: Sequence[str]) -> list[str]:
        batches.append(len(items))
        return [s.upper() for s in items]

    batcher: MicroBatcher[str, str] = MicroBatcher(handler, window_s=0.02, max_size=8)
    first = await asyncio.gather(batcher.submit("a"), batcher.submit("b"))
    await asyncio.sleep(0.05)
    second = await batcher.submit("c")
    assert first == ["A", "B"] and second == "C"
    assert batches == [2, 1]


async def test_max_wait_bounds_a_trickle() -> None:
    sizes: list[int] = []

    async def handler(items: Sequence[int]) -> list[int]:
        sizes.append(len(items))
        return list(items)

    batcher: MicroBatcher[int, int] = MicroBatcher(
        handler, window_s=0.05, max_size=100, max_wait_s=0.1
    )

    async def trickle() -> None:
        tasks = []
        for i in range(12):
            tasks.append(asyncio.create_task(batcher.submit(i)))
            await asyncio.sleep(0.02)
        await asyncio.gather(*tasks)

    await trickle()
    assert len(sizes) >= 2 and sum(sizes) == 12


async def test_handler_failure_reaches_every_caller() -> None:
    async def handler(items: Sequence[int]) -> list[int]:
        raise RuntimeError("backend down")

    batcher: MicroBatcher[int, int] = MicroBatcher(handler, window_s=0.01, max_size=8)
    results = await asyncio.gather(batcher.submit(1), batcher.submit(2), return_exceptions=True)
    assert all(isinstance(r, RuntimeError) for r in results)
    await batcher.aclose()


def test_cache_is_lru_and_keyed_by_sha256() -> None:
    assert code_key("x") == "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881"
    cache = AnalysisCache(capacity=2)
    a = Analysis(source="offline", time="O(1)", space="O(1)")
    cache.put("k1", a)
    cache.put("k2", a)
    assert cache.get("k1") is a
    cache.put("k3", a)
    assert cache.get("k2") is None and cache.get("k1") is a and len(cache) == 2


@pytest.mark.parametrize("capacity", [0])
def test_zero_capacity_cache_keeps_nothing(capacity: int) -> None:
    cache = AnalysisCache(capacity)
    cache.put("k", Analysis(source="offline", time="O(1)", space="O(1)"))
    assert cache.get("k") is None
