"""A room server whose runs go to the real sandbox pool actor (real Ray, real gVisor), and two
server apps on one real Redis (as two `coderemote serve` processes are)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack
from typing import Any

import pytest

from actors.sandbox_client import RaySandboxPool
from realtime.rooms.access import ConnectionRequest, Permissions, Principal
from realtime.runs.memory import MemoryRunStore
from realtime.runs.redis import RedisRunStore
from realtime.runs.wiring import RunsWiring
from realtime.settings import load_settings
from sandbox.interfaces import SandboxPool
from tests.integration.actors.conftest import ray_pool  # noqa: F401  (shared session fixture)
from tests.integration.rooms.conftest import RunningServer, serve_in_process
from tests.room_client import RoomClient

Open = Callable[..., Any]


@pytest.fixture
async def run_server(ray_pool: RaySandboxPool) -> AsyncIterator[RunningServer]:  # noqa: F811
    """In-process server (development authenticator: everyone may run and cancel)."""

    async def opener() -> SandboxPool:
        return ray_pool

    wiring = RunsWiring(MemoryRunStore(), pool=opener, stats_interval_s=0.2)
    async with serve_in_process(load_settings(room_idle_seconds=5), runs=wiring) as running:
        yield running


@pytest.fixture
async def room_clients() -> AsyncIterator[Callable[..., Any]]:
    """Factory of connected clients, closed at the end."""
    opened: list[RoomClient] = []

    async def open_client(url: str) -> RoomClient:
        client = RoomClient(url)
        opened.append(client)
        await client.connect()
        await client.wait_synced()
        return client

    yield open_client
    await asyncio.gather(*(c.close() for c in opened), return_exceptions=True)


class TokenIsTheUser:
    """Every connection may edit, run and cancel; its user id is its token (`auth.<id>`)."""

    async def authenticate(self, request: ConnectionRequest) -> Principal:
        user = request.token or "nobody"
        return Principal(user, user.title(), "editor", Permissions.editor())


@pytest.fixture
async def two_servers(
    ray_pool: RaySandboxPool,  # noqa: F811
    redis_url: str,
) -> AsyncIterator[tuple[RunningServer, RunningServer]]:
    """Two server apps sharing one Redis for rooms and runs (as two `serve` processes do)."""

    async def opener() -> SandboxPool:
        return ray_pool

    settings = load_settings(store="redis", redis_url=redis_url, room_idle_seconds=5)
    auth = TokenIsTheUser()
    async with AsyncExitStack() as stack:
        servers = [
            await stack.enter_async_context(
                serve_in_process(
                    settings,
                    authenticator=auth,
                    runs=RunsWiring(RedisRunStore(redis_url), pool=opener, stats_interval_s=1),
                )
            )
            for _ in range(2)
        ]
        yield servers[0], servers[1]


@pytest.fixture
async def as_user() -> AsyncIterator[Open]:
    """Factory of synced clients signed in as a given user, closed at the end."""
    opened: list[RoomClient] = []

    async def open_client(url: str, user: str) -> RoomClient:
        client = RoomClient(url, subprotocols=["coderemote.v1", f"auth.{user}"])
        opened.append(client)
        await client.connect()
        await client.wait_synced()
        return client

    yield open_client
    await asyncio.gather(*(c.close() for c in opened), return_exceptions=True)


def run_events(client: RoomClient) -> list[dict[str, Any]]:
    """The `run.*` events the client received, in order."""
    return [e for e in client.events if str(e.get("type", "")).startswith("run.")]


async def finished(client: RoomClient, within: float = 60) -> dict[str, Any]:
    """The first `run.finished` event the client receives."""
    await client.wait_for(
        lambda: any(e["type"] == "run.finished" for e in run_events(client)), within
    )
    return next(e for e in run_events(client) if e["type"] == "run.finished")


def output(client: RoomClient) -> str:
    """What the program printed (echoed input left out)."""
    return "".join(
        e["data"]
        for e in run_events(client)
        if e["type"] == "run.output" and e["stream"] != "stdin"
    )


async def first_error(client: RoomClient, within: float = 10) -> dict[str, Any]:
    """The first `error` event the client receives."""
    await client.wait_for(lambda: any(e.get("type") == "error" for e in client.events), within)
    return next(e for e in client.events if e.get("type") == "error")


async def room_state(client: RoomClient, within: float = 10) -> dict[str, Any] | None:
    """The `last_run` of the `room.state` event sent when the client joined."""
    await client.wait_for(lambda: any(e["type"] == "room.state" for e in client.events), within)
    state = next(e for e in client.events if e["type"] == "room.state")["last_run"]
    return state if state is None else dict(state)
