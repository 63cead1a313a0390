"""Access changes reach live sockets at once: closed with 4403, on this replica or another."""

from __future__ import annotations

import pytest

from tests.integration.auth.harness import AuthServer, User, events_of, serve


async def interview(server: AuthServer) -> tuple[User, str]:
    interviewer = await server.login("Ivan")
    made = await interviewer.request("POST", "/api/rooms", json={"kind": "interview"})
    return interviewer, made.json()["id"]


async def invite(manager: User, room: str, role: str) -> dict[str, str]:
    made = await manager.request("POST", f"/api/rooms/{room}/invites", json={"role": role})
    assert made.status_code == 201
    return made.json()


async def join(user: User, room: str, token: str) -> int:
    return (
        await user.request("POST", f"/api/rooms/{room}/join", json={"invite": token})
    ).status_code


async def test_revoking_an_invite_closes_its_members_sockets_with_4403() -> None:
    async with serve() as server:
        interviewer, room = await interview(server)
        link = await invite(interviewer, room, "candidate")
        candidate = await server.login("Cleo")
        assert await join(candidate, room, link["token"]) == 200
        bystander = await server.login("Bea")
        other = await invite(interviewer, room, "viewer")
        assert await join(bystander, room, other["token"]) == 200
        socket_a = await candidate.connect(room)
        socket_b = await candidate.connect(room)
        watching = await bystander.connect(room)
        await socket_a.wait_synced()
        await socket_b.wait_synced()
        await watching.wait_synced()

        revoked = await interviewer.request("DELETE", f"/api/rooms/{room}/invites/{link['id']}")
        assert revoked.status_code == 204
        await socket_a.wait_closed()
        await socket_b.wait_closed()
        assert socket_a.close_code == socket_b.close_code == 4403
        assert socket_a.close_reason == "invite revoked"
        # Others stay connected.
        await watching.send_event({"type": "ping"})
        await events_of(watching, "pong")
        # The same token cannot get back in, and the link is dead for everyone.
        again = await candidate.connect(room)
        await again.wait_closed()
        assert again.close_code == 4403
        assert await join(candidate, room, link["token"]) == 403
        newcomer = await server.login("Nina")
        assert await join(newcomer, room, link["token"]) == 403


async def test_role_change_closes_live_sockets_and_the_new_role_applies() -> None:
    async with serve() as server:
        interviewer, room = await interview(server)
        candidate = await server.login("Cleo")
        assert (
            await join(candidate, room, (await invite(interviewer, room, "candidate"))["token"])
            == 200
        )
        socket = await candidate.connect(room)
        await socket.wait_synced()
        changed = await interviewer.request(
            "PUT", f"/api/rooms/{room}/members/{candidate.id}", json={"role": "viewer"}
        )
        assert changed.status_code == 200
        await socket.wait_closed()
        assert socket.close_code == 4403
        fresh = await candidate.connect(room)
        session = (await events_of(fresh, "session"))[0]
        assert session["role"] == "viewer"
        assert session["permissions"]["edit"] is False


async def test_removing_a_member_closes_their_sockets() -> None:
    async with serve() as server:
        interviewer, room = await interview(server)
        candidate = await server.login("Cleo")
        assert (
            await join(candidate, room, (await invite(interviewer, room, "candidate"))["token"])
            == 200
        )
        socket = await candidate.connect(room)
        await socket.wait_synced()
        removed = await interviewer.request("DELETE", f"/api/rooms/{room}/members/{candidate.id}")
        assert removed.status_code == 204
        await socket.wait_closed()
        assert socket.close_code == 4403


async def test_creator_cannot_be_demoted_or_removed() -> None:
    async with serve() as server:
        interviewer, room = await interview(server)
        co = await server.login("Co")
        assert (
            await join(co, room, (await invite(interviewer, room, "interviewer"))["token"]) == 200
        )
        demote = await co.request(
            "PUT", f"/api/rooms/{room}/members/{interviewer.id}", json={"role": "viewer"}
        )
        assert demote.status_code == 403
        remove = await co.request("DELETE", f"/api/rooms/{room}/members/{interviewer.id}")
        assert remove.status_code == 403


@pytest.mark.redis
async def test_revocation_on_one_replica_closes_sockets_on_another(redis_url: str) -> None:
    shared = {"store": "redis", "redis_url": redis_url, "invite_secret": "k" * 32}
    async with serve(**shared) as one, serve(**shared) as two:
        # Tokens from replica one's development provider verify on replica one only, so each
        # replica signs in its own users; room metadata and invites live in the shared Redis.
        interviewer, room = await interview(one)
        link = await invite(interviewer, room, "candidate")
        candidate = await two.login("Cleo")
        assert await join(candidate, room, link["token"]) == 200
        socket = await candidate.connect(room)
        await socket.wait_synced()
        revoked = await interviewer.request("DELETE", f"/api/rooms/{room}/invites/{link['id']}")
        assert revoked.status_code == 204
        await socket.wait_closed()
        assert socket.close_code == 4403


async def test_live_registry_forgets_closed_connections() -> None:
    import asyncio

    async with serve() as server:
        alice = await server.login("Alice")
        room = (await alice.request("POST", "/api/rooms", json={"kind": "shared"})).json()["id"]
        live = server.app.state.access.live
        client = await alice.connect(room)
        await client.wait_synced()
        assert live.count(room, alice.id) == 1
        await client.close()
        # The server forgets the socket once it has seen it go, later on a loaded machine.
        deadline = asyncio.get_running_loop().time() + 15
        while asyncio.get_running_loop().time() < deadline:
            if room not in live._by_room:
                break
            await asyncio.sleep(0.02)
        assert room not in live._by_room
