"""A real Node client (`yjs` + stock `y-websocket`) edits together with a pycrdt client."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from realtime.client import RoomClient
from realtime.settings import load_settings
from tests.integration.rooms.conftest import RunningServer, serve_in_process

HERE = Path(__file__).resolve().parent

pytestmark = pytest.mark.node


def _npm_ci() -> None:
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        pytest.fail("node and npm are required: run `make test` (it installs them)")
    stamp = HERE / "node_modules" / ".package-lock.json"
    lock = HERE / "package-lock.json"
    if not stamp.exists() or stamp.stat().st_mtime < lock.stat().st_mtime:
        subprocess.run(
            [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=HERE,
            check=True,
            timeout=110,
        )


class NodeClient:
    """The Node process: send commands, read its JSON lines."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.text = ""
        self.synced = asyncio.Event()
        self.awareness: dict[str, Any] = {}
        self.info: dict[str, Any] = {}
        self._changed = asyncio.Event()
        self._reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        assert self.process.stdout is not None
        async for line in self.process.stdout:
            event = json.loads(line)
            if event["event"] == "synced":
                self.synced.set()
            elif event["event"] == "text":
                self.text = event["text"]
            elif event["event"] == "awareness":
                self.awareness = event["states"]
            elif event["event"] == "info":
                self.info = event
            self._changed.set()

    async def send(self, **command: Any) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write((json.dumps(command) + "\n").encode())
        await self.process.stdin.drain()

    async def wait_for(self, predicate: Any, within: float = 15.0) -> None:
        async with asyncio.timeout(within):
            while not predicate():
                self._changed.clear()
                await self._changed.wait()


@pytest.fixture
async def node_client_factory() -> AsyncIterator[Any]:
    _npm_ci()
    started: list[NodeClient] = []

    async def start(srv: RunningServer, room: str) -> NodeClient:
        process = await asyncio.create_subprocess_exec(
            "node",
            str(HERE / "client.mjs"),
            f"ws://127.0.0.1:{srv.port}/ws/rooms",
            room,
            cwd=HERE,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        client = NodeClient(process)
        started.append(client)
        await asyncio.wait_for(client.synced.wait(), 20)
        return client

    yield start
    for client in started:
        if client.process.returncode is None:
            client.process.kill()
            await client.process.wait()


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
