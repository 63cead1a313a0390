"""A room server whose runs go to the real sandbox pool actor (real Ray, real gVisor)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from actors.sandbox_client import RaySandboxPool
from realtime.client import RoomClient
from realtime.runs.memory import MemoryRunStore
from realtime.runs.wiring import RunsWiring
from realtime.settings import load_settings
from sandbox.interfaces import SandboxPool
from tests.integration.actors.conftest import ray_pool  # noqa: F401  (shared session fixture)
from tests.integration.rooms.conftest import RunningServer, serve_in_process


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
