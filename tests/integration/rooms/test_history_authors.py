"""Playback authorship: the history names who wrote each Yjs client id's structs.

Real server in process, real pycrdt clients over WebSockets, memory and Redis stores.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from realtime.rooms.authors import decode_state_vector, first_struct_group
from realtime.settings import load_settings
from realtime.stores.base import RoomStore
from realtime.stores.memory import MemoryRoomStore
from realtime.stores.redis import RedisRoomStore
from tests.integration.rooms.conftest import RunningServer, serve_in_process
from tests.room_client import RoomClient


@pytest.fixture(params=["memory", "redis"])
async def server(request: pytest.FixtureRequest) -> AsyncIterator[RunningServer]:
    store: RoomStore
    if request.param == "memory":
        store = MemoryRoomStore()
    else:
        store = RedisRoomStore(request.getfixturevalue("redis_url"))
    async with serve_in_process(load_settings(room_idle_seconds=5), store=store) as running:
        yield running
    await store.close()


async def _history(server: RunningServer, room: str, want: int) -> dict[str, Any]:
    """The history once it names `want` authors (they are written just after the edit)."""
    async with httpx.AsyncClient(base_url=server.http) as http:
        for _ in range(100):
            body: dict[str, Any] = (await http.get(f"/api/rooms/{room}/history")).json()
            if len(body["authors"]) >= want:
                return body
            await asyncio.sleep(0.05)
    raise AssertionError(f"authors never reached {want}: {body['authors']}")


async def test_each_client_id_is_attributed_to_the_connection_that_wrote_it(
    server: RunningServer,
) -> None:
    room = "authors-" + uuid.uuid4().hex[:10]
    a, b = RoomClient(server.ws(room)), RoomClient(server.ws(room))
    try:
        for client in (a, b):
            await client.connect()
            await client.wait_synced()
        a_update = await a.insert(0, "a = 1\n")
        await b.wait_for(lambda: b.code() == "a = 1\n")
        await b.insert(len(b.code()), "b = 2\n")
        await a.wait_for(lambda: a.code() == "a = 1\nb = 2\n")
        # b resends a's structs (as a client replaying after a reconnect would): they stay a's.
        await b.send_raw(b"\x00\x02" + _var_bytes(a_update))
        await a.insert(0, "# a again\n")
        await b.wait_for(lambda: b.code().startswith("# a again"))
        body = await _history(server, room, 2)
    finally:
        await asyncio.gather(a.close(), b.close())
    authors = body["authors"]
    assert set(authors) == {str(a.client_id), str(b.client_id)}
    a_author, b_author = authors[str(a.client_id)], authors[str(b.client_id)]
    assert a_author["id"] != b_author["id"]
    assert a_author["id"].startswith("anon-") and a_author["name"].startswith("Guest ")
    assert b_author["id"].startswith("anon-")


def _var_bytes(data: bytes) -> bytes:
    """lib0 varUint8Array: the length as a varuint, then the bytes."""
    n, out = len(data), bytearray()
    while n > 0x7F:
        out.append(0x80 | (n & 0x7F))
        n >>= 7
    out.append(n)
    return bytes(out) + data


def test_update_and_state_vector_decoding() -> None:
    from pycrdt import Doc, Text

    doc: Doc[Text] = Doc(client_id=300)
    text = doc.get("code", type=Text)
    before = doc.get_state()
    text.insert(0, "hi")
    update = doc.get_update(before)
    assert first_struct_group(update) == (1, 300)
    assert decode_state_vector(doc.get_state()) == {300: 2}
    assert first_struct_group(b"\x00\x00") == (0, None)
