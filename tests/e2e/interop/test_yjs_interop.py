"""A real Node client (`yjs` + stock `y-websocket`) edits together with a pycrdt client."""

from __future__ import annotations

import pytest

from realtime.settings import load_settings
from tests.integration.rooms.conftest import serve_in_process
from tests.room_client import RoomClient

pytestmark = pytest.mark.node


async def test_node_yjs_and_pycrdt_edit_together(node_client_factory) -> None:
    async with serve_in_process(load_settings()) as srv:
        room = "interop-unicode"
        py = RoomClient(srv.ws(room))
        await py.connect()
        await py.wait_synced()
        node = await node_client_factory(srv, room)

        await node.send(op="insert", index=0, text="héllo 🌍 wörld")
        await py.wait_for(lambda: py.code() == "héllo 🌍 wörld")

        # pycrdt indexes UTF-8 bytes: insert after "héllo 🌍" (8 characters, 11 bytes).
        await py.insert(len("héllo 🌍".encode()), " 你好")
        await node.wait_for(lambda: node.text == "héllo 🌍 你好 wörld")

        # Yjs indexes UTF-16 units: the emoji counts 2, so after "héllo 🌍 你好" is 12.
        await node.send(op="insert", index=len("héllo 🌍 你好".encode("utf-16-le")) // 2, text="🚀")
        expected = "héllo 🌍 你好🚀 wörld"
        await py.wait_for(lambda: py.code() == expected)
        await node.wait_for(lambda: node.text == expected)

        # Awareness flows both ways.
        await node.send(op="awareness", state={"user": {"name": "Node"}})
        await py.wait_for(
            lambda: any(s.get("user", {}).get("name") == "Node" for s in py.awareness.values())
        )
        await py.set_awareness({"user": {"name": "Py"}})
        await node.wait_for(
            lambda: any(
                (s or {}).get("user", {}).get("name") == "Py" for s in node.awareness.values()
            )
        )

        # A late pycrdt joiner sees the same text, and the server's copy agrees.
        late = RoomClient(srv.ws(room))
        await late.connect()
        await late.wait_synced()
        assert late.code() == expected
        assert srv.app.state.services.registry.get(room).code_text() == expected
        await node.send(op="close")
        await py.close()
        await late.close()
