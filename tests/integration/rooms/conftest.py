"""Room servers for the integration tests: in-process uvicorn or `coderemote serve` processes."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from realtime.app import create_app
from realtime.client import RoomClient
from realtime.rooms.access import DevelopmentAuthenticator
from realtime.settings import Settings, load_settings
from tests.conftest import free_port

REPO = Path(__file__).resolve().parents[3]


@dataclass
class RunningServer:
    """A server the test can reach; `ws(room)` is the room's WebSocket URL."""

    port: int
    app: Any = None

    @property
    def http(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def ws(self, room: str) -> str:
        return f"ws://127.0.0.1:{self.port}/ws/rooms/{room}"


@asynccontextmanager
async def serve_in_process(settings: Settings, **app_kwargs: Any) -> AsyncIterator[RunningServer]:
    """Run the app under uvicorn on this event loop.

    Rooms are tested with the development authenticator (everyone an anonymous editor)
    unless the test passes its own; the auth package has its own tests.
    """
    port = free_port()
    app_kwargs.setdefault("authenticator", DevelopmentAuthenticator())
    app = create_app(settings, **app_kwargs)
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        ws_max_size=settings.max_frame_bytes,
        ws_per_message_deflate=False,
        log_config=None,
        access_log=False,
        lifespan="on",
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    deadline = time.monotonic() + 10
    while not server.started:
        if task.done() or time.monotonic() > deadline:
            raise RuntimeError("in-process server did not start")
        await asyncio.sleep(0.01)
    try:
        yield RunningServer(port, app)
    finally:
        server.should_exit = True
        await asyncio.wait_for(task, 15)


@pytest.fixture
def settings_for() -> Callable[..., Settings]:
    """Settings for a test server (memory store unless told otherwise)."""

    def make(**overrides: Any) -> Settings:
        overrides.setdefault("room_idle_seconds", 0.5)
        return load_settings(**overrides)

    return make


@pytest.fixture
async def server(settings_for: Callable[..., Settings]) -> AsyncIterator[RunningServer]:
    """An in-process server on the memory store."""
    async with serve_in_process(settings_for()) as running:
        yield running


@pytest.fixture
async def clients() -> AsyncIterator[Callable[..., Any]]:
    """Factory of connected `RoomClient`s, all closed at the end of the test."""
    opened: list[RoomClient] = []

    async def open_client(url: str, **kwargs: Any) -> RoomClient:
        client = RoomClient(url, **kwargs)
        opened.append(client)
        await client.connect()
        return client

    yield open_client
    await asyncio.gather(*(c.close() for c in opened), return_exceptions=True)


class ServerProcess:
    """`coderemote serve` in a subprocess (for multi-process and crash tests)."""

    def __init__(self, port: int, env: dict[str, str]) -> None:
        self.port = port
        self.env = env
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def http(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def ws(self, room: str) -> str:
        return f"ws://127.0.0.1:{self.port}/ws/rooms/{room}"

    def start(self) -> None:
        self.launch()
        self.wait_healthy()

    def launch(self) -> None:
        exe = Path(sys.executable).with_name("coderemote")
        self.process = subprocess.Popen(
            [str(exe), "serve", "--port", str(self.port)],
            env=self.env,
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def wait_healthy(self) -> None:
        assert self.process is not None
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"coderemote serve exited with {self.process.returncode}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{self.http}/healthz", timeout=0.5).status_code == 200:
                    return
            time.sleep(0.1)
        raise RuntimeError("coderemote serve did not become healthy")

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()


@pytest.fixture
def server_processes(redis_url: str) -> Iterator[Callable[[int], list[ServerProcess]]]:
    """Factory of `coderemote serve --store redis` processes on the test's Redis.

    Processes asked for together start in parallel (start-up is mostly imports).
    """
    started: list[ServerProcess] = []

    def make(count: int) -> list[ServerProcess]:
        env = {
            **os.environ,
            "CODEREMOTE_STORE": "redis",
            "CODEREMOTE_REDIS_URL": redis_url,
            "CODEREMOTE_LOG_LEVEL": "WARNING",
        }
        procs = [ServerProcess(free_port(), env) for _ in range(count)]
        for proc in procs:
            proc.launch()
            started.append(proc)
        for proc in procs:
            proc.wait_healthy()
        return procs

    yield make
    for proc in started:
        proc.stop()
