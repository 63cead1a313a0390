"""The stock Node client (`yjs` + `y-websocket` via client.mjs) for the interop tests."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from tests.integration.rooms.conftest import RunningServer

HERE = Path(__file__).resolve().parent


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

    async def start(srv: RunningServer, room: str, *, stock: bool = False) -> NodeClient:
        process = await asyncio.create_subprocess_exec(
            "node",
            str(HERE / "client.mjs"),
            f"ws://127.0.0.1:{srv.port}/ws/rooms",
            room,
            *(["stock"] if stock else []),
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
