"""Room servers for the integration tests: in-process uvicorn or `coderemote serve` processes."""

from __future__ import annotations

import asyncio
import io
import os
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import pytest
import uvicorn

from realtime.app import create_app
from realtime.rooms.access import DevelopmentAuthenticator
from realtime.settings import Settings, load_settings
from tests.conftest import free_port
from tests.room_client import RoomClient
from tests.serve_process import ServeProcess


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
    deadline = time.monotonic() + 30  # a loaded machine starts it slowly, never this slowly
    while not server.started:
        if task.done() or time.monotonic() > deadline:
            raise RuntimeError("in-process server did not start")
        await asyncio.sleep(0.01)
    try:
        yield RunningServer(port, app)
    finally:
        server.should_exit = True
        try:
            await asyncio.wait_for(asyncio.shield(task), 15)
        except TimeoutError:
            # Name what shutdown is stuck on before failing: a bare timeout says nothing.
            stuck = "\n".join(_stack(t) for t in asyncio.all_tasks() if t is not task)
            server.force_exit = True
            await asyncio.wait_for(task, 5)
            raise RuntimeError(
                f"in-process server did not stop within 15 s; tasks:\n{stuck}"
            ) from None


def _stack(task: asyncio.Task[Any]) -> str:
    buffer = io.StringIO()
    task.print_stack(limit=8, file=buffer)
    return buffer.getvalue()


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


@pytest.fixture
def server_processes(redis_url: str) -> Iterator[Callable[[int], list[ServeProcess]]]:
    """Factory of `coderemote serve --store redis` processes on the test's Redis.

    Processes asked for together start in parallel (start-up is mostly imports).
    """
    started: list[ServeProcess] = []

    def make(count: int) -> list[ServeProcess]:
        env = {
            **os.environ,
            "CODEREMOTE_STORE": "redis",
            "CODEREMOTE_REDIS_URL": redis_url,
            "CODEREMOTE_LOG_LEVEL": "WARNING",
        }
        procs = [ServeProcess(free_port(), env=env) for _ in range(count)]
        for proc in procs:
            proc.launch()
            started.append(proc)
        for proc in procs:
            proc.wait_healthy()
        return procs

    yield make
    for proc in started:
        proc.stop()
