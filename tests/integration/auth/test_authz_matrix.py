"""Every role × every action, over the real WebSocket and REST API of a running server.

Expectations are written out here rather than read from the permission table, so a change to
the table has to be made twice on purpose.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest

from tests.integration.auth.harness import AuthServer, User, events_of, handled, serve

ACTIONS = [
    "join",
    "edit",
    "run",
    "cancel",
    "analyze",
    "read_notes",
    "write_notes",
    "invite",
    "revoke",
]
MANAGER = set(ACTIONS)
WRITER = {"join", "edit", "run", "cancel", "analyze"}
# Private notes exist only in interview rooms; nobody invites anyone into a solo room.
EXPECTED: dict[str, set[str]] = {
    "owner": MANAGER - {"read_notes", "write_notes"},
    "solo-owner": WRITER,
    "interviewer": MANAGER,
    "editor": WRITER,
    "candidate": WRITER,
    "shared-viewer": {"join"},
    "interview-viewer": {"join"},
    "outsider": set(),
}
EVENT_OF = {"run": "run", "cancel": "run.cancel", "analyze": "analyze"}


@dataclass
class World:
    server: AuthServer
    rooms: dict[str, str]  # role -> room id it is tested in
    users: dict[str, User]
    managers: dict[str, User]  # room id -> its creator
    kinds: dict[str, str]  # room id -> its kind


async def invite_and_join(manager: User, room: str, role: str, user: User) -> None:
    made = await manager.request("POST", f"/api/rooms/{room}/invites", json={"role": role})
    assert made.status_code == 201, made.text
    joined = await user.request(
        "POST", f"/api/rooms/{room}/join", json={"invite": made.json()["token"]}
    )
    assert joined.status_code == 200, joined.text
    assert joined.json()["role"] == role


@pytest.fixture(scope="module")
async def world() -> AsyncIterator[World]:
    async with serve(
        limit_rooms_per_day=100,
        limit_runs_per_minute=1000,
        limit_connections_per_user=100,
        limit_room_runs_per_minute=1000,
        limit_analyses_per_day=1000,
    ) as server:
        owner, interviewer = await server.login("Olga"), await server.login("Ivan")
        shared = (await owner.request("POST", "/api/rooms", json={"kind": "shared"})).json()
        solo = (await owner.request("POST", "/api/rooms", json={"kind": "solo"})).json()
        interview = (
            await interviewer.request(
                "POST", "/api/rooms", json={"kind": "interview", "title": "Round 1"}
            )
        ).json()
        assert shared["role"] == "owner" and interview["role"] == "interviewer"
        users = {"owner": owner, "solo-owner": owner, "interviewer": interviewer}
        for role, room, manager, grant in [
            ("editor", shared["id"], owner, "editor"),
            ("shared-viewer", shared["id"], owner, "viewer"),
            ("candidate", interview["id"], interviewer, "candidate"),
            ("interview-viewer", interview["id"], interviewer, "viewer"),
        ]:
            users[role] = await server.login(role)
            await invite_and_join(manager, room, grant, users[role])
        users["outsider"] = await server.login("Xena")
        rooms = {
            "owner": shared["id"],
            "solo-owner": solo["id"],
            "editor": shared["id"],
            "shared-viewer": shared["id"],
            "interviewer": interview["id"],
            "candidate": interview["id"],
            "interview-viewer": interview["id"],
            "outsider": interview["id"],
        }
        managers = {shared["id"]: owner, solo["id"]: owner, interview["id"]: interviewer}
        kinds = {shared["id"]: "shared", solo["id"]: "solo", interview["id"]: "interview"}
        yield World(server, rooms, users, managers, kinds)


ROLES = list(EXPECTED)


@pytest.fixture(autouse=True)
async def close_clients(world: World) -> AsyncIterator[None]:
    yield
    clients, world.server.clients[:] = list(world.server.clients), []
    for client in clients:
        await client.close()


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("role", ROLES)
async def test_websocket(world: World, role: str, action: str) -> None:
    allowed = action in EXPECTED[role]
    room = world.rooms[role]
    user = world.users[role]
    client = await user.connect(room)
    if "join" not in EXPECTED[role]:
        await client.wait_closed()
        assert client.close_code == 4403
        return
    session = (await events_of(client, "session"))[0]
    assert session["user"]["id"] == user.id
    assert session["role"] == role.split("-")[-1]
    await client.wait_synced()
    if action == "join":
        assert allowed
    elif action == "edit":
        observer = await world.managers[room].connect(room)
        await observer.wait_synced()
        marker = f"<{uuid.uuid4().hex[:8]}>"
        await client.insert(0, marker)
        if allowed:
            await observer.wait_for(lambda: marker in observer.code())
            assert client.permission_denied == []
        else:
            await client.wait_for(lambda: client.permission_denied != [])
            await client.send_event({"type": "ping"})  # the edit was handled before the pong
            await events_of(client, "pong")
            await observer.send_event({"type": "ping"})
            await events_of(observer, "pong")
            assert marker not in observer.code()
    elif action in EVENT_OF:
        kind = EVENT_OF[action]
        event = {"type": kind, "run_id": "r1"} if kind == "run.cancel" else {"type": kind}
        await client.send_event(event)
        if allowed:
            await client.wait_for(lambda: handled(client.events) != [])
            assert handled(client.events) == [kind]
            assert not [e for e in client.events if e.get("type") == "error"]
        else:
            errors = await events_of(client, "error")
            assert errors[0]["code"] == "forbidden"
            assert handled(client.events) == []
    elif action == "read_notes":
        manager = world.managers[room]
        saved = await manager.request("PUT", f"/api/rooms/{room}/notes", json={"text": "hm"})
        assert saved.status_code == (200 if "interview" in world.kinds[room] else 403)
        await client.send_event({"type": "ping"})
        await events_of(client, "pong")
        if allowed:
            await events_of(client, "notes.updated")
        else:
            assert not [e for e in client.events if e.get("type") == "notes.updated"]
    else:  # write_notes, invite, revoke are REST-only; the session event states them
        assert session["permissions"][action] is allowed
    if action != "join":
        assert session["permissions"][action] is allowed


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("role", ROLES)
async def test_rest(world: World, role: str, action: str) -> None:
    allowed = action in EXPECTED[role]
    room = world.rooms[role]
    user = world.users[role]
    manager = world.managers[room]
    refused = 403
    if action == "join":
        response = await user.request("GET", f"/api/rooms/{room}")
        if allowed:
            assert response.json()["permissions"] == {
                a: a in EXPECTED[role] for a in ACTIONS if a != "join"
            }
    elif action in ("edit", "run", "cancel", "analyze"):
        # Not REST actions on a room: the room view states them for the web app.
        response = await user.request("GET", f"/api/rooms/{room}")
        if "join" in EXPECTED[role]:
            assert response.json()["permissions"][action] is allowed
            return
    elif action == "read_notes":
        response = await user.request("GET", f"/api/rooms/{room}/notes")
        if allowed:
            assert "text" in response.json()
    elif action == "write_notes":
        response = await user.request("PUT", f"/api/rooms/{room}/notes", json={"text": role})
        after = await manager.request("GET", f"/api/rooms/{room}/notes")
        if after.status_code == 200:
            assert (after.json()["text"] == role) is allowed
        else:  # a room without notes: nobody reads them, the manager neither
            assert after.status_code == 403 and not allowed
    elif action == "invite":
        response = await user.request(
            "POST", f"/api/rooms/{room}/invites", json={"role": "viewer", "expires_in": 3600}
        )
        if allowed:
            assert response.status_code == 201
            assert "#invite=" in response.json()["url"]
    else:  # revoke
        made = await manager.request("POST", f"/api/rooms/{room}/invites", json={"role": "viewer"})
        invite_id = made.json()["id"] if made.status_code == 201 else "no-invite-in-solo"
        response = await user.request("DELETE", f"/api/rooms/{room}/invites/{invite_id}")
    if allowed:
        assert response.status_code in (200, 201, 204), response.text
    else:
        assert response.status_code == refused, response.text
        assert response.json()["error"]["code"] == "forbidden"
