"""The stock y-websocket client stays on one socket through a long idle spell.

`WebsocketProvider` closes and reopens its socket once it has received nothing for 30 s
(`messageReconnectTimeout`). On an idle room the only traffic is the client's own awareness
renewal every 15 s, so the connection survives only because the server echoes awareness back
to its sender (`Room._awareness_from`).
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from realtime.settings import load_settings
from tests.integration.rooms.conftest import serve_in_process
from tests.room_client import RoomClient

pytestmark = pytest.mark.node

# Longer than the client's 30 s watchdog plus its 3 s check period, and than the 45 s the
# issue names; without the echo the socket would be dropped about 33 s in.
IDLE_SECONDS = 50


async def test_stock_client_stays_connected_while_idle(node_client_factory: Any) -> None:
    async with serve_in_process(load_settings()) as srv:
        room = "interop-idle"
        node = await node_client_factory(srv, room)
        await node.send(op="awareness", state={"user": {"name": "Node"}})

        # Nobody else in the room: any other client's traffic would keep the watchdog quiet.
        await asyncio.sleep(IDLE_SECONDS)

        node.info = {}
        await node.send(op="info")
        await node.wait_for(lambda: bool(node.info))
        info = node.info
        assert info["closes"] == 0, info
        assert "disconnected" not in info["statuses"], info
        assert info["statuses"].count("connected") == 1, info
        assert info["sockets"] == 1 and info["sameSocket"], info
        assert info["connected"], info
        assert info["longestSilenceMs"] < 30_000, info

        # The socket still carries edits: one made after the idle spell reaches the client.
        py = RoomClient(srv.ws(room))
        await py.connect()
        await py.wait_synced()
        await py.insert(0, "still here")
        await node.wait_for(lambda: node.text == "still here", within=20)

        node.info = {}
        await node.send(op="info")
        await node.wait_for(lambda: bool(node.info))
        assert node.info["closes"] == 0 and node.info["sameSocket"], node.info
        await node.send(op="close")
        await py.close()
