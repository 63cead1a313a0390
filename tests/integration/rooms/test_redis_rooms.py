"""Server instances on one real Redis: convergence across processes, crashes, outages."""

from __future__ import annotations

import asyncio
import uuid

import httpx
import msgspec

from realtime.contract import ServerEvent
from realtime.contract.replies import NotesUpdatedEvent
from tests.integration.rooms.conftest import serve_in_process
from tests.room_client import RoomClient


def room() -> str:
    return "x-" + uuid.uuid4().hex[:12]


async def test_two_processes_converge(server_processes, clients) -> None:
    p1, p2 = server_processes(2)
    name = room()
    a = await clients(p1.ws(name))
    b = await clients(p2.ws(name))
    await asyncio.gather(a.wait_synced(), b.wait_synced())
    await a.insert(0, "from one;")
    await b.wait_for(lambda: b.code() == "from one;")
    await b.insert(len(b.code().encode()), "from two;")
    await a.wait_for(lambda: a.code() == "from one;from two;")
    # Cursors cross processes too, and vanish when their connection closes.
    await a.set_awareness({"cursor": 4})
    await b.wait_for(lambda: b.awareness.get(a.client_id) == {"cursor": 4})
    late = await clients(p2.ws(name))
    await late.wait_synced()
    assert late.code() == "from one;from two;"
    await late.wait_for(lambda: late.awareness.get(a.client_id) == {"cursor": 4})
    # The history endpoint of either process reads what both stored, with timestamps.
    async with httpx.AsyncClient() as http:
        reply = await http.get(f"{p2.http}/api/rooms/{name}/history")
    assert reply.status_code == 200
    assert len(reply.json()["updates"]) >= 2
    await a.close()
    await b.wait_for(lambda: a.client_id not in b.awareness)


async def test_killed_process_loses_no_acknowledged_edit(server_processes, clients) -> None:
    # The replacement starts alongside (start-up is slow on a busy machine); it has not
    # loaded the room, so after the crash it reads it from Redis like a restarted process.
    p1, replacement = server_processes(2)
    name = room()
    writer = await clients(p1.ws(name))
    witness = await clients(p1.ws(name))
    await asyncio.gather(writer.wait_synced(), witness.wait_synced())
    for i in range(40):
        await writer.insert(len(writer.code().encode()), f"{i};")
    expected = "".join(f"{i};" for i in range(40))
    # The server appends to Redis before relaying: what the witness saw is acknowledged.
    await witness.wait_for(lambda: witness.code() == expected)
    p1.kill()
    await writer.wait_closed()
    fresh = await clients(replacement.ws(name))
    await fresh.wait_synced()
    assert fresh.code() == expected


async def test_redis_outage_mid_session(redis_server, redis_url, settings_for, clients) -> None:
    """Two server instances (own stores, own instance ids) lose Redis, then get it back."""
    settings = settings_for(store="redis", redis_url=redis_url)
    async with serve_in_process(settings) as s1, serve_in_process(settings) as s2:
        name = room()
        a1 = await clients(s1.ws(name))
        a2 = await clients(s1.ws(name))
        b = await clients(s2.ws(name))
        await asyncio.gather(a1.wait_synced(), a2.wait_synced(), b.wait_synced())
        await a1.insert(0, "before;")
        await b.wait_for(lambda: b.code() == "before;")

        redis_server.stop()
        try:
            # Connected clients keep editing; clients of the same instance see each other.
            await a1.insert(len(a1.code().encode()), "during-a;")
            await a2.wait_for(lambda: "during-a;" in a2.code())
            await b.insert(0, "during-b;")
            await b.wait_for(lambda: b.code().startswith("during-b;"))
            # A new join cannot be served while the store is away.
            refused = RoomClient(s1.ws(name))
            await refused.connect()
            await refused.wait_closed()
            assert refused.close_code == 4503
            async with httpx.AsyncClient() as http:
                assert (await http.get(f"{s1.http}/readyz")).status_code == 503
        finally:
            redis_server.start()

        for client in (a1, a2, b):
            await client.wait_for(
                lambda c=client: all(s in c.code() for s in ("before;", "during-a;", "during-b;")),
                20,
            )
        assert a1.code() == a2.code() == b.code()
        async with httpx.AsyncClient() as http:
            assert (await http.get(f"{s1.http}/readyz")).status_code == 200
        # What was edited during the outage is in Redis now: a third instance loads it.
        async with serve_in_process(settings) as s3:
            late = await clients(s3.ws(name))
            await late.wait_synced()
            assert late.code() == a1.code()


async def test_room_compacts_its_log(redis_url, settings_for, clients) -> None:
    import redis.asyncio as aioredis

    settings = settings_for(store="redis", redis_url=redis_url, compaction_threshold=5)
    async with serve_in_process(settings) as srv:
        name = room()
        a = await clients(srv.ws(name))
        await a.wait_synced()
        for i in range(12):
            await a.insert(len(a.code().encode()), f"{i},")
        expected = "".join(f"{i}," for i in range(12))
        probe = aioredis.Redis.from_url(redis_url)
        try:
            for _ in range(600):  # written in the background, late on a loaded machine
                if await probe.hget(f"cr:room:{name}:snap", "id"):
                    break
                await asyncio.sleep(0.05)
            assert await probe.hget(f"cr:room:{name}:snap", "data")
        finally:
            await probe.aclose()
        # Another instance loads snapshot + log tail from Redis.
        async with serve_in_process(settings) as other:
            late = await clients(other.ws(name))
            await late.wait_synced()
            assert late.code() == expected


async def test_app_events_reach_every_instance(redis_url, settings_for, clients) -> None:
    from realtime.rooms.access import ConnectionRequest, Permissions, Principal

    class NotesReaderUnlessViewer:
        async def authenticate(self, request: ConnectionRequest) -> Principal:
            viewer = request.token == "viewer"
            perms = Permissions() if viewer else Permissions(edit=True, read_notes=True)
            return Principal(
                "u-" + str(request.token), "x", "viewer" if viewer else "editor", perms
            )

    settings = settings_for(store="redis", redis_url=redis_url)
    auth = NotesReaderUnlessViewer()
    async with (
        serve_in_process(settings, authenticator=auth) as s1,
        serve_in_process(settings, authenticator=auth) as s2,
    ):
        name = room()
        local = await clients(s1.ws(name), subprotocols=["coderemote.v1", "auth.reader"])
        remote = await clients(s2.ws(name), subprotocols=["coderemote.v1", "auth.reader"])
        viewer = await clients(s2.ws(name), subprotocols=["coderemote.v1", "auth.viewer"])
        await asyncio.gather(local.wait_synced(), remote.wait_synced(), viewer.wait_synced())
        source = s1.app.state.services.registry.get(name)
        started = {
            "type": "run.started",
            "run_id": "r1",
            "by": {"id": "u1", "name": "Ann"},
            "code_hash": "0" * 64,
            "at": 1,
            "language": "python",
        }
        source.broadcast_event(msgspec.convert(started, ServerEvent))
        source.broadcast_event(NotesUpdatedEvent(), only="read_notes")
        for client in (local, remote):
            await client.wait_for(
                lambda c=client: {"type": "notes.updated"} in c.events and started in c.events
            )
        await viewer.wait_for(lambda: started in viewer.events)
        await asyncio.sleep(0.2)
        assert {"type": "notes.updated"} not in viewer.events
