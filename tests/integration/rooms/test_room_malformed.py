"""A bad frame closes only the connection that sent it; the room carries on."""

from __future__ import annotations

import asyncio
import os
import random
import uuid

import pytest

from realtime.protocol import encode_sync_step1, encode_update, write_var_uint

CASES = {
    "random bytes": random.Random(1).randbytes(64) + b"\xff",
    "truncated varint": b"\x00\x02\xff\xff",
    "truncated payload": b"\x00\x02\x10abc",
    "bad update": encode_update(b"\x01\x02\x03garbage"),
    "bad state vector": encode_sync_step1(b"\xff\xff"),
    "unknown type": b"\x07\x00",
    "unknown sync type": b"\x00\x09\x00",
    "trailing bytes": b"\x03\x00",
    "awareness state not json": b"\x01" + write_var_uint(8) + b"\x01\x05\x01\x04" + b"{bad",
    "auth from client": b"\x02\x00\x02no",
    "empty frame": b"",
}


@pytest.mark.parametrize("case", list(CASES))
async def test_malformed_frame_closes_only_that_connection(server, clients, case: str) -> None:
    name = "m-" + uuid.uuid4().hex[:10]
    good = await clients(server.ws(name))
    bad = await clients(server.ws(name))
    await asyncio.gather(good.wait_synced(), bad.wait_synced())
    await bad.send_raw(CASES[case])
    await bad.wait_closed()
    assert bad.close_code == 1007, bad.close_reason
    await good.insert(0, "still fine")
    other = await clients(server.ws(name))
    await other.wait_for(lambda: other.code() == "still fine")


async def test_text_frame_is_refused(server, clients) -> None:
    name = "m-" + uuid.uuid4().hex[:10]
    good = await clients(server.ws(name))
    bad = await clients(server.ws(name))
    await bad.send_raw("hello")
    await bad.wait_closed()
    assert bad.close_code == 1007
    await good.insert(0, "ok")
    await good.wait_for(lambda: good.code() == "ok")
    assert not good.ws.close_code


async def test_oversized_frame_closes_with_1009(settings_for, clients) -> None:
    from tests.integration.rooms.conftest import serve_in_process

    async with serve_in_process(settings_for(max_frame_bytes=4096)) as srv:
        name = "m-" + uuid.uuid4().hex[:10]
        good = await clients(srv.ws(name))
        bad = await clients(srv.ws(name))
        await asyncio.gather(good.wait_synced(), bad.wait_synced())
        await bad.send_raw(encode_update(b"\x00" * 5000))
        await bad.wait_closed()
        assert bad.close_code == 1009
        await good.insert(0, "x" * 1000)
        await good.wait_for(lambda: len(good.code()) == 1000)
        assert not good.ws.close_code


async def test_failure_in_one_room_leaves_other_rooms_alone(server, clients) -> None:
    a = await clients(server.ws("iso-a-" + uuid.uuid4().hex[:8]))
    b = await clients(server.ws("iso-b-" + uuid.uuid4().hex[:8]))
    await asyncio.gather(a.wait_synced(), b.wait_synced())
    await a.send_raw(os.urandom(32))
    await a.wait_closed()
    await b.insert(0, "other room")
    await asyncio.sleep(0.1)
    assert b.code() == "other room"
    assert not b.ws.close_code


async def test_a_bad_connection_is_logged_once(server, clients, caplog) -> None:
    import logging

    caplog.set_level(logging.WARNING, logger="realtime.rooms.endpoint")
    bad = await clients(server.ws("m-" + uuid.uuid4().hex[:10]))
    await bad.wait_synced()
    await bad.send_raw(b"\x00\x02\xff\xff\xff")
    await bad.wait_closed()
    await asyncio.sleep(0.1)
    lines = [r for r in caplog.records if r.name == "realtime.rooms.endpoint"]
    assert len(lines) == 1
    assert "malformed frame" in lines[0].getMessage()
