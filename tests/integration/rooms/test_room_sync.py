"""Clients of one room converge through the server, as stock y-websocket clients would."""

from __future__ import annotations

import asyncio
import random
import uuid
from typing import Any

import pytest

from realtime.rooms.access import ConnectionRequest, Permissions, Principal
from realtime.settings import load_settings
from tests.integration.rooms.conftest import serve_in_process
from tests.room_client import RoomClient


def room() -> str:
    return "r-" + uuid.uuid4().hex[:12]


async def converge(group: list[RoomClient], expected_len: int, within: float = 20.0) -> str:
    for client in group:
        await client.wait_for(lambda c=client: len(c.code()) == expected_len, within)
    texts = {c.code() for c in group}
    assert len(texts) == 1, texts
    return texts.pop()


async def test_two_clients_converge(server, clients) -> None:
    name = room()
    a = await clients(server.ws(name))
    b = await clients(server.ws(name))
    await asyncio.gather(a.wait_synced(), b.wait_synced())
    await a.insert(0, "hello ")
    await b.insert(0, "world")
    text = await converge([a, b], 11)
    assert text in ("hello world", "worldhello ")


async def test_fifty_clients_converge(server, clients) -> None:
    name = room()
    group = await asyncio.gather(*(clients(server.ws(name)) for _ in range(50)))
    await asyncio.gather(*(c.wait_synced() for c in group))
    rng = random.Random(7)
    for round_ in range(3):
        for i, client in enumerate(group):
            pos = rng.randint(0, len(client.code().encode()))
            # Insert only at character boundaries: pycrdt indexes are UTF-8 bytes.
            pos = len(client.code()[:pos].encode())
            await client.insert(pos, f"<{i}.{round_}>")
    expected = sum(len(f"<{i}.{r}>") for i in range(50) for r in range(3))
    text = await converge(group, expected)
    for i in range(50):
        assert f"<{i}.2>" in text


async def test_late_joiner_gets_the_whole_document(server, clients) -> None:
    name = room()
    a = await clients(server.ws(name))
    await a.wait_synced()
    for i in range(20):
        await a.insert(len(a.code()), f"line {i}\n")
    b = await clients(server.ws(name))
    await b.wait_synced()
    assert b.code() == a.code()
    assert b.code().count("\n") == 20


async def test_document_survives_room_unload(server, clients) -> None:
    """The room is unloaded after its idle grace (0.5 s here) and reloaded from the store."""
    name = room()
    a = await clients(server.ws(name))
    await a.wait_synced()
    await a.insert(0, "persisted ✓")
    await asyncio.sleep(0.2)
    await a.close()
    registry = server.app.state.services.registry
    for _ in range(300):  # 0.5 s of grace, much later on a loaded machine
        if registry.get(name) is None:
            break
        await asyncio.sleep(0.1)
    assert registry.get(name) is None, "idle room was not unloaded"
    b = await clients(server.ws(name))
    await b.wait_synced()
    assert b.code() == "persisted ✓"


async def test_awareness_arrives_and_is_removed_on_disconnect(server, clients) -> None:
    name = room()
    a = await clients(server.ws(name))
    b = await clients(server.ws(name))
    await asyncio.gather(a.wait_synced(), b.wait_synced())
    await a.set_awareness({"user": {"name": "Ada"}, "cursor": 3})
    await b.wait_for(lambda: b.awareness.get(a.client_id, {}).get("cursor") == 3)
    # Echoed to the sender too: that keeps the stock client's idle timer from firing.
    await a.wait_for(lambda: a.client_id in a.awareness)
    c = await clients(server.ws(name))
    await c.wait_for(lambda: a.client_id in c.awareness)
    await a.close()
    await b.wait_for(lambda: a.client_id not in b.awareness)
    await c.wait_for(lambda: a.client_id not in c.awareness)


async def test_query_awareness_is_answered(server, clients) -> None:
    name = room()
    a = await clients(server.ws(name))
    b = await clients(server.ws(name))
    await a.set_awareness({"cursor": 1})
    await b.wait_for(lambda: a.client_id in b.awareness)
    b.awareness.clear()
    await b.send_raw(b"\x03")
    await b.wait_for(lambda: a.client_id in b.awareness)


async def test_twenty_simultaneous_joins_start_the_room_once(server, clients) -> None:
    name = room()
    registry = server.app.state.services.registry
    starts_before = registry.starts
    group = await asyncio.gather(*(clients(server.ws(name)) for _ in range(20)))
    await asyncio.gather(*(c.wait_synced() for c in group))
    assert registry.starts == starts_before + 1
    assert registry.get(name) is not None
    assert len(registry.get(name).connections) == 20
    await group[0].insert(0, "storm")
    await converge(group, 5)


async def test_session_event_and_ping(server, clients) -> None:
    a = await clients(server.ws(room()))
    await a.wait_for(lambda: any(e["type"] == "session" for e in a.events))
    session = next(e for e in a.events if e["type"] == "session")
    assert session["role"] == "editor"
    assert session["permissions"]["edit"] is True
    await a.send_event({"type": "ping"})
    await a.wait_for(lambda: {"type": "pong"} in a.events)


async def test_unknown_event_is_refused_and_the_room_carries_on(server, clients) -> None:
    name = room()
    a, b = await clients(server.ws(name)), await clients(server.ws(name))
    await asyncio.gather(a.wait_synced(), b.wait_synced())
    await a.send_event({"type": "notes.write", "id": "n1", "text": "x"})
    await a.wait_for(lambda: any(e["type"] == "error" for e in a.events))
    (error,) = [e for e in a.events if e["type"] == "error"]
    assert error["code"] == "unknown_event" and error["id"] == "n1"
    assert "'notes.write'" in error["message"]
    assert not [e for e in b.events if e["type"] == "error"]
    await a.insert(0, "still here")
    await b.wait_for(lambda: b.code() == "still here")
    await a.send_event({"type": "ping", "id": "p2"})
    await a.wait_for(lambda: {"type": "pong", "id": "p2"} in a.events)


async def test_subprotocol_is_accepted_and_token_ignored(server, clients) -> None:
    a = await clients(server.ws(room()), subprotocols=["coderemote.v1", "auth.not-a-real-token"])
    await a.wait_synced()
    assert a.ws.subprotocol == "coderemote.v1"
    b = await clients(server.ws(room()), subprotocols=[])
    await b.wait_synced()
    assert b.ws.subprotocol is None


@pytest.mark.parametrize("bad", ["a" * 65, "spaces%20here", "dot.dot"])
async def test_bad_room_id_is_refused(server, clients, bad: str) -> None:
    client = await clients(server.ws(bad))
    await client.wait_closed()
    assert client.close_code == 4400


class _ViewerUnlessNamedEditor:
    async def authenticate(self, request: ConnectionRequest) -> Principal:
        editor = request.token == "editor"
        return Principal(
            user_id="u-" + (request.token or "anon"),
            name=request.token or "anon",
            role="editor" if editor else "viewer",
            permissions=Permissions.editor() if editor else Permissions(),
        )


async def test_viewer_edits_are_dropped_and_denied(settings_for, clients) -> None:
    async with serve_in_process(settings_for(), authenticator=_ViewerUnlessNamedEditor()) as srv:
        name = room()
        editor = await clients(srv.ws(name), subprotocols=["coderemote.v1", "auth.editor"])
        viewer = await clients(srv.ws(name), subprotocols=["coderemote.v1", "auth.viewer"])
        await asyncio.gather(editor.wait_synced(), viewer.wait_synced())
        await viewer.insert(0, "forbidden")
        await viewer.wait_for(lambda: bool(viewer.permission_denied))
        await editor.insert(0, "allowed")
        await viewer.wait_for(lambda: "allowed" in viewer.code())
        await asyncio.sleep(0.2)
        assert editor.code() == "allowed"
        assert srv.app.state.services.registry.get(name).code_text() == "allowed"
        session: dict[str, Any] = next(e for e in viewer.events if e["type"] == "session")
        assert session["role"] == "viewer"


class _BrokenAuthenticator:
    async def authenticate(self, request: Any) -> Any:
        raise RuntimeError("a bug, with /srv/secret/path.py in its text")


async def test_a_failing_authenticator_closes_with_1011_and_no_internals(clients) -> None:
    async with serve_in_process(load_settings(), authenticator=_BrokenAuthenticator()) as srv:
        client = await clients(srv.ws(room()))
        await client.wait_closed()
        assert client.close_code == 1011
        assert "error id" in (client.close_reason or "")
        assert "secret" not in (client.close_reason or "")
