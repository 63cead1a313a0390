"""A real server (uvicorn, in process) with the auth package wired in, and clients for it."""

from __future__ import annotations

import asyncio
import io
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
import uvicorn

from realtime.app import create_app
from realtime.contract import CLIENT_EVENTS, event_type
from realtime.contract.replies import PongEvent
from realtime.rooms.events import EventRouter
from realtime.settings import load_settings
from tests.conftest import free_port
from tests.room_client import RoomClient

# Feature handlers stand-ins: they answer so a test can tell "the handler ran" from "refused"
# (a `pong` whose id names the handled event: `handled.run.input`).
HANDLED_EVENTS = ("run", "run.input", "run.eof", "run.cancel", "analyze")


async def _echo(room: Any, conn: Any, principal: Any, event: Any) -> None:
    conn.send_event(PongEvent(id=f"handled.{event_type(type(event))}"))


def echo_router() -> EventRouter:
    router = EventRouter()
    for request in CLIENT_EVENTS:
        if event_type(request) in HANDLED_EVENTS:
            router.on(request, _echo)
    return router


def handled(events: list[dict[str, Any]]) -> list[str]:
    """The event types the stand-in handlers answered, in order."""
    prefix = "handled."
    return [
        e["id"][len(prefix) :]
        for e in events
        if e.get("type") == "pong" and str(e.get("id", "")).startswith(prefix)
    ]


@dataclass
class AuthServer:
    port: int
    app: Any
    clients: list[RoomClient] = field(default_factory=list)

    @property
    def http(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def ws(self, room: str) -> str:
        return f"ws://127.0.0.1:{self.port}/ws/rooms/{room}"

    async def login(self, name: str) -> User:
        async with httpx.AsyncClient(base_url=self.http) as http:
            response = await http.post("/api/auth/dev-login", json={"name": name})
        assert response.status_code == 200, response.text
        body = response.json()
        return User(server=self, token=body["token"], id=body["user"]["id"], name=name)

    async def connect(self, room: str, token: str | None) -> RoomClient:
        protocols = ["coderemote.v1"] + ([f"auth.{token}"] if token else [])
        client = RoomClient(self.ws(room), subprotocols=protocols)
        self.clients.append(client)
        await client.connect()
        return client


@dataclass
class User:
    server: AuthServer
    token: str
    id: str
    name: str

    def api(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            base_url=self.server.http, headers={"Authorization": f"Bearer {self.token}"}
        )

    async def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        async with self.api() as http:
            return await http.request(method, path, **kwargs)

    async def connect(self, room: str) -> RoomClient:
        return await self.server.connect(room, self.token)


@asynccontextmanager
async def serve(**overrides: Any) -> AsyncIterator[AuthServer]:
    """Start the product's app on a free port with `overrides` on top of the settings."""
    port = free_port()
    overrides.setdefault("room_idle_seconds", 0.5)
    settings = load_settings(port=port, **overrides)
    app = create_app(settings, events=echo_router())
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_config=None, access_log=False, lifespan="on"
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    deadline = time.monotonic() + 30  # a loaded machine starts it slowly, never this slowly
    while not server.started:
        if task.done() or time.monotonic() > deadline:
            raise RuntimeError("server did not start")
        await asyncio.sleep(0.01)
    running = AuthServer(port=port, app=app)
    try:
        yield running
    finally:
        await asyncio.gather(*(c.close() for c in running.clients), return_exceptions=True)
        server.should_exit = True
        # If the app's shutdown hangs, name what is still running. (It did after a Redis
        # outage, once in 25 loaded runs: redis-py swallowed the store listener's cancellation,
        # which `realtime.tasks.stop_task` now repeats until the task ends.)
        done, _ = await asyncio.wait({task}, timeout=45)
        if not done:
            stacks = io.StringIO()
            for other in asyncio.all_tasks():
                other.print_stack(limit=8, file=stacks)
            raise AssertionError(f"server did not stop within 45 s; tasks:\n{stacks.getvalue()}")
        task.result()


async def events_of(client: RoomClient, kind: str, within: float = 10.0) -> list[dict[str, Any]]:
    await client.wait_for(lambda: any(e.get("type") == kind for e in client.events), within)
    return [e for e in client.events if e.get("type") == kind]
