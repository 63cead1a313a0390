"""A stock y-websocket client that did not ask for `coderemote.v1` gets no app events.

The stock client prints "Unable to compute message" for every type-100 frame; the server
sends those frames only to connections that negotiated the subprotocol.
"""

from __future__ import annotations

from typing import Any

import pytest

from realtime.settings import load_settings
from tests.integration.rooms.conftest import serve_in_process
from tests.room_client import RoomClient

pytestmark = pytest.mark.node


async def test_stock_client_receives_no_app_events(node_client_factory: Any) -> None:
    async with serve_in_process(load_settings()) as srv:
        room = "interop-quiet"
        stock = await node_client_factory(srv, room, stock=True)
        ours = RoomClient(srv.ws(room))
        await ours.connect()
        try:
            await ours.wait_synced()
            # A program that does not parse: refused before any sandbox, told to the room.
            await ours.insert(0, "def broken(:\n")
            await stock.wait_for(lambda: stock.text == "def broken(:\n")
            await ours.send_event({"type": "run", "id": "r1"})
            await ours.send_event({"type": "ping", "id": "p1"})
            await ours.wait_for(lambda: {"type": "pong", "id": "p1"} in ours.events)
            await ours.wait_for(lambda: any(e["type"] == "run.rejected" for e in ours.events))
            assert any(e["type"] == "session" for e in ours.events)
            # The stock client still syncs, and saw not one app frame.
            await ours.insert(0, "# ok\n")
            await stock.wait_for(lambda: stock.text.startswith("# ok\n"))
            stock.info = {}
            await stock.send(op="info")
            await stock.wait_for(lambda: bool(stock.info))
            assert stock.info["appFrames"] == 0, stock.info
            assert stock.info["unreadable"] == 0, stock.info
        finally:
            await ours.close()
