"""The Redis write path under faults and load: nothing applied is lost, a busy pool is no outage.

Each test reads Redis itself (snapshot + Stream) to check what was stored, not only what the
clients see.
"""

from __future__ import annotations

import asyncio
import itertools
import uuid

import pytest
import redis as sync_redis
from pycrdt import Doc, Text

from realtime.redis_client import DEFAULT_MAX_CONNECTIONS, redis_client
from realtime.stores.redis import RedisRoomStore
from tests.integration.rooms.conftest import serve_in_process
from tests.room_client import RoomClient

pytestmark = pytest.mark.redis


def room() -> str:
    return f"wp-{uuid.uuid4().hex[:10]}"


def stored_text(url: str, room_id: str) -> str:
    """The room's text as Redis holds it: the snapshot plus every log entry after it."""
    client = sync_redis.Redis.from_url(url)
    try:
        data, snap_id = client.hmget(f"cr:room:{room_id}:snap", ["data", "id"])
        start = b"(" + snap_id if snap_id else b"-"
        entries = client.xrange(f"cr:room:{room_id}:log", start, "+")
    finally:
        client.close()
    doc: Doc[Text] = Doc()
    text = doc.get("code", type=Text)
    if data:
        doc.apply_update(data)
    for _id, fields in entries:
        doc.apply_update(fields[b"u"])
    return str(text)


def connections_named(url: str, prefix: str) -> list[dict[str, str]]:
    """`CLIENT LIST` entries of one server process (its connections carry its name)."""
    client = sync_redis.Redis.from_url(url)
    try:
        return [c for c in client.client_list() if c.get("name", "").startswith(prefix)]
    finally:
        client.close()


async def type_until(client: RoomClient, stop: asyncio.Event, tag: str) -> list[str]:
    """Append numbered tokens (CJK and emoji inside) every 15 ms until `stop`; returns them."""
    typed: list[str] = []
    for n in itertools.count():
        if stop.is_set():
            return typed
        token = f"<{tag}{n}字😀>"
        await client.insert(len(client.code().encode()), token)
        typed.append(token)
        await asyncio.sleep(0.01)
    return typed


async def test_edits_typed_through_a_redis_restart_are_all_stored(
    redis_server, redis_url, settings_for, clients
) -> None:
    """Two instances, typists on both in six rooms, Redis restarted mid-typing: every room
    converges and Redis ends up holding exactly what the clients hold.

    Before the write-back buffer, updates applied while a room wrote its whole document back
    after the outage were relayed but never stored, and the instances diverged for good.
    """
    settings = settings_for(store="redis", redis_url=redis_url)
    async with serve_in_process(settings) as s1, serve_in_process(settings) as s2:
        names = [room() for _ in range(6)]
        pairs = [(await clients(s1.ws(n)), await clients(s2.ws(n))) for n in names]
        await asyncio.gather(*(c.wait_synced() for pair in pairs for c in pair))
        stop = asyncio.Event()
        typists = [
            asyncio.create_task(type_until(client, stop, f"{i}{side}"))
            for i, pair in enumerate(pairs)
            for side, client in zip("ab", pair, strict=True)
        ]
        await asyncio.sleep(0.3)
        await asyncio.to_thread(redis_server.restart)
        # Keep typing while the rooms resynchronise and drain what they held.
        await asyncio.sleep(1.5)
        stop.set()
        typed = await asyncio.gather(*typists)

        for i, (name, (a, b)) in enumerate(zip(names, pairs, strict=True)):
            tokens = typed[2 * i] + typed[2 * i + 1]
            for client in (a, b):
                await client.wait_for(
                    lambda c=client, want=tokens: all(t in c.code() for t in want), 20
                )
            assert a.code() == b.code()
            rooms = [s.app.state.services.registry.get(name) for s in (s1, s2)]
            for _ in range(200):
                if all(r is not None and r.clean for r in rooms):
                    break
                await asyncio.sleep(0.05)
            assert all(r is not None and r.clean for r in rooms), "held edits were never stored"
            assert stored_text(redis_url, name) == a.code()
        # A late joiner on each instance gets exactly the same document.
        for server in (s1, s2):
            late = await clients(server.ws(names[0]))
            await late.wait_synced()
            assert late.code() == pairs[0][0].code()


async def test_a_full_pool_is_not_an_outage(redis_url, settings_for, clients) -> None:
    """Forty rooms typing at once through a pool of three connections: every join is served,
    no room turns degraded, and every edit is stored."""
    shared = redis_client(redis_url, max_connections=3)
    store = RedisRoomStore(shared)
    settings = settings_for(store="redis", redis_url=redis_url)
    try:
        async with serve_in_process(settings, store=store) as server:
            names = [room() for _ in range(40)]
            joined = await asyncio.gather(*(clients(server.ws(n)) for n in names))
            await asyncio.gather(*(c.wait_synced() for c in joined))
            for round_ in range(3):
                await asyncio.gather(
                    *(c.insert(len(c.code().encode()), f"[{round_}字]") for c in joined)
                )
            registry = server.app.state.services.registry
            for _ in range(600):  # forty rooms through three connections: slow when loaded
                if all(registry.get(n).clean for n in names):
                    break
                await asyncio.sleep(0.05)
            assert all(registry.get(n).available for n in names)
            assert registry.store_ok
            for name, client in zip(names, joined, strict=True):
                assert client.close_code is None
                assert stored_text(redis_url, name) == client.code() == "[0字][1字][2字]"
    finally:
        await shared.aclose()


async def test_connections_stay_constant_as_rooms_grow(redis_url, settings_for, clients) -> None:
    """One reader follows every room: 150 loaded rooms that all just typed hold no more than
    the pool's connections, and exactly one of them waits in a blocking XREAD."""
    settings = settings_for(store="redis", redis_url=redis_url, room_idle_seconds=60)
    async with serve_in_process(settings) as server:
        store = server.app.state.services.store
        prefix = f"coderemote:{store.instance_id}"
        batch = [await clients(server.ws(room())) for _ in range(150)]
        await asyncio.gather(*(c.wait_synced() for c in batch))
        await asyncio.gather(*(c.insert(0, "x") for c in batch))
        await asyncio.sleep(0.3)
        named = connections_named(redis_url, prefix)
        assert len(server.app.state.services.registry) == 150
        assert 0 < len(named) <= DEFAULT_MAX_CONNECTIONS < 150
        assert sum(1 for c in named if c.get("cmd") == "xread") == 1, named


async def test_first_request_after_a_redis_restart_succeeds(redis_server, redis_url) -> None:
    """The clients retry a broken connection: no error for the first call after a restart."""
    from realtime.metadata.redis import RedisRoomMetaStore
    from realtime.runs.redis import RedisRunStore

    meta = RedisRoomMetaStore.from_url(redis_url)
    runs = RedisRunStore(redis_url)
    try:
        await meta.get_notes("r1")
        await runs.live_run("r1")
        await asyncio.to_thread(redis_server.restart)
        assert await meta.get_notes("r1") == ""
        assert await runs.live_run("r1") is None
    finally:
        await meta.close()
        await runs.close()
