"""A room's language: a key of its document, set by a client, checked when a run starts."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from realtime.rooms.access import ConnectionRequest, Permissions, Principal
from tests.integration.rooms.conftest import serve_in_process
from tests.room_client import RoomClient


class RoleIsTheToken:
    """`auth.viewer` connects read-only; anything else as an editor."""

    async def authenticate(self, request: ConnectionRequest) -> Principal:
        if request.token == "viewer":
            return Principal("v", "Viewer", "viewer", Permissions())
        return Principal("e", "Editor", "editor", Permissions.editor())


def _as(token: str) -> list[str]:
    return ["coderemote.v1", f"auth.{token}"]


def _room() -> str:
    return "lang-" + uuid.uuid4().hex[:10]


def _rejections(client: RoomClient) -> list[dict[str, Any]]:
    return [e for e in client.events if e["type"] == "run.rejected"]


async def test_editors_change_it_for_everyone_and_observers_cannot(
    settings_for: Callable[..., Any], clients: Callable[..., Any]
) -> None:
    async with serve_in_process(settings_for(), authenticator=RoleIsTheToken()) as server:
        room = _room()
        editor = await clients(server.ws(room), subprotocols=_as("editor"))
        viewer = await clients(server.ws(room), subprotocols=_as("viewer"))
        await editor.wait_synced()
        await viewer.wait_synced()
        served = server.app.state.services.registry.get(room)
        prewarmer = server.app.state.runs.service.prewarmer
        # A room that never chose a language is Python, and Python is always warm.
        assert editor.language() == viewer.language() == served.language() == "python"
        assert prewarmer.requested == 0

        await editor.set_language("javascript")
        await viewer.wait_for(lambda: viewer.language() == "javascript")
        assert served.language() == "javascript"
        # The change asked the pool to warm a JavaScript sandbox (runs are not enabled in
        # this app, so nothing more happens), once: the same language again asks nothing.
        assert prewarmer.requested == 1
        await editor.insert(0, "console.log(1)\n")
        await viewer.wait_for(lambda: viewer.code() == "console.log(1)\n")
        assert prewarmer.requested == 1

        # An observer's change is dropped like any of its edits.
        await viewer.set_language("go")
        await viewer.wait_for(lambda: bool(viewer.permission_denied))
        late = await clients(server.ws(room), subprotocols=_as("editor"))
        await late.wait_synced()
        assert late.language() == served.language() == "javascript"


async def test_a_run_refuses_a_language_the_server_does_not_have(
    settings_for: Callable[..., Any], clients: Callable[..., Any]
) -> None:
    async with serve_in_process(settings_for(), authenticator=RoleIsTheToken()) as server:
        room = _room()
        a = await clients(server.ws(room), subprotocols=_as("a"))
        b = await clients(server.ws(room), subprotocols=_as("b"))
        await a.wait_synced()
        await a.insert(0, "PROGRAM HELLO.\n")
        await a.set_language("cobol")
        await b.wait_for(lambda: b.language() == "cobol")
        await a.send_event({"type": "run"})
        for client in (a, b):
            await client.wait_for(lambda c=client: bool(_rejections(c)))
            (refusal,) = _rejections(client)
            assert refusal["code"] == "unsupported_language"
            assert "'cobol'" in refusal["reason"] and "javascript" in refusal["reason"]
        # The socket and the room carry on; a registered language passes the check (and is
        # then refused only because this app runs no code).
        await a.set_language("java")
        await a.send_event({"type": "run"})
        await a.wait_for(lambda: len(_rejections(a)) == 2)
        assert _rejections(a)[1]["code"] == "unavailable"
        state = [e for e in a.events if e["type"] == "room.state"]
        assert state and state[0]["last_run"] is None


async def test_the_language_survives_a_restart_on_redis(
    redis_url: str, settings_for: Callable[..., Any], clients: Callable[..., Any]
) -> None:
    room = _room()
    settings = settings_for(store="redis", redis_url=redis_url)
    async with serve_in_process(settings, authenticator=RoleIsTheToken()) as server:
        writer = await clients(server.ws(room), subprotocols=_as("w"))
        await writer.wait_synced()
        await writer.insert(0, "package main\n")
        await writer.set_language("go")
        # Stored before it is relayed: once the other client has it, Redis has it.
        other = await clients(server.ws(room), subprotocols=_as("o"))
        await other.wait_for(lambda: other.language() == "go")
        await writer.close()
        await other.close()

    async with serve_in_process(settings, authenticator=RoleIsTheToken()) as restarted:
        reader = await clients(restarted.ws(room), subprotocols=_as("r"))
        await reader.wait_synced()
        await reader.wait_for(lambda: reader.language() == "go")
        assert reader.code() == "package main\n"
        assert restarted.app.state.services.registry.get(room).language() == "go"
