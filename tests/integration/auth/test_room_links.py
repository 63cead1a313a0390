"""Room links (`/r/<id>#k=<key>`): accepted, rotated, turned off, and wrong keys refused."""

from __future__ import annotations

from urllib.parse import urlsplit

from tests.integration.auth.harness import AuthServer, User, events_of, serve

ASK = "ask the owner for an invite"


async def room_of(server: AuthServer, kind: str) -> tuple[User, str]:
    owner = await server.login("Olga")
    made = await owner.request("POST", "/api/rooms", json={"kind": kind})
    assert made.status_code == 201, made.text
    return owner, made.json()["id"]


async def links(user: User, room: str) -> dict[str, str]:
    """role -> key of the links `user` sees."""
    listed = await user.request("GET", f"/api/rooms/{room}/links")
    assert listed.status_code == 200, listed.text
    out = {}
    for link in listed.json()["links"]:
        url = urlsplit(link["url"])
        assert url.path == f"/r/{room}" and url.query == ""  # the key is only in the fragment
        assert url.fragment.startswith("k=")
        out[link["role"]] = url.fragment.removeprefix("k=")
    return out


async def join(user: User, room: str, key: str) -> tuple[int, dict[str, object]]:
    joined = await user.request("POST", f"/api/rooms/{room}/join", json={"key": key})
    return joined.status_code, joined.json()


async def test_a_shared_room_link_lets_anyone_signed_in_edit_at_once() -> None:
    async with serve() as server:
        owner, room = await room_of(server, "shared")
        keys = await links(owner, room)
        assert set(keys) == {"editor"}
        ben = await server.login("Ben")
        status, body = await join(ben, room, keys["editor"])
        assert status == 200 and body["role"] == "editor", body
        socket = await ben.connect(room)
        session = (await events_of(socket, "session"))[0]
        assert session["role"] == "editor" and session["permissions"]["edit"]
        watcher = await owner.connect(room)
        await socket.wait_synced()
        await watcher.wait_synced()
        await socket.insert(0, "print('hi')")
        await watcher.wait_for(lambda: "print('hi')" in watcher.code())
        # An editor sees the link they may pass on; only managers may change links.
        assert set(await links(ben, room)) == {"editor"}
        refused = await ben.request("PUT", f"/api/rooms/{room}/links/editor")
        assert refused.status_code == 403


async def test_a_wrong_key_is_refused_with_what_to_do_over_rest_and_socket() -> None:
    async with serve() as server:
        _, room = await room_of(server, "shared")
        stranger = await server.login("Sam")
        status, body = await join(stranger, room, "not-the-key")
        assert status == 403
        assert body["error"]["code"] == "forbidden"  # type: ignore[index]
        assert ASK in body["error"]["message"]  # type: ignore[index]
        assert "no longer" not in body["error"]["message"]  # type: ignore[index]
        socket = await stranger.connect(room)
        await socket.wait_closed()
        assert socket.close_code == 4403
        assert ASK in (socket.close_reason or "")
        # Both capabilities at once, or none: the request itself is invalid.
        both = await stranger.request(
            "POST", f"/api/rooms/{room}/join", json={"key": "k", "invite": "i.j"}
        )
        none = await stranger.request("POST", f"/api/rooms/{room}/join", json={})
        assert (both.status_code, none.status_code) == (400, 400)


async def test_rotating_a_link_refuses_the_old_one_and_closes_who_joined_with_it() -> None:
    async with serve() as server:
        owner, room = await room_of(server, "shared")
        old = (await links(owner, room))["editor"]
        early = await server.login("Eve")
        assert (await join(early, room, old))[0] == 200
        socket = await early.connect(room)
        await socket.wait_synced()

        rotated = await owner.request("PUT", f"/api/rooms/{room}/links/editor")
        assert rotated.status_code == 200, rotated.text
        new = (await links(owner, room))["editor"]
        assert new != old and rotated.json()["url"].endswith(f"#k={new}")
        # Whoever came in through the old link is out, and their socket closed for good.
        await socket.wait_closed()
        assert socket.close_code == 4403
        assert socket.close_reason == "the link you joined with was replaced"

        late = await server.login("Lou")
        status, body = await join(late, room, old)
        assert status == 403 and ASK in body["error"]["message"]  # type: ignore[index]
        assert (await join(late, room, new))[0] == 200


async def test_turning_a_link_off_makes_the_room_members_only() -> None:
    async with serve() as server:
        owner, room = await room_of(server, "shared")
        key = (await links(owner, room))["editor"]
        off = await owner.request("DELETE", f"/api/rooms/{room}/links/editor")
        assert off.status_code == 204, off.text
        assert await links(owner, room) == {}
        stranger = await server.login("Sam")
        assert (await join(stranger, room, key))[0] == 403
        # The owner may choose a view-only link instead; an interviewer link is never a link.
        view = await owner.request("PUT", f"/api/rooms/{room}/links/viewer")
        assert view.status_code == 200
        status, body = await join(stranger, room, (await links(owner, room))["viewer"])
        assert status == 200 and body["role"] == "viewer"
        bad = await owner.request("PUT", f"/api/rooms/{room}/links/interviewer")
        assert bad.status_code == 400


async def test_interview_links_give_candidate_and_observer_roles() -> None:
    async with serve() as server:
        interviewer, room = await room_of(server, "interview")
        keys = await links(interviewer, room)
        assert set(keys) == {"candidate", "viewer"}
        cleo, otto = await server.login("Cleo"), await server.login("Otto")
        assert (await join(cleo, room, keys["candidate"]))[1]["role"] == "candidate"
        joined = (await join(otto, room, keys["viewer"]))[1]
        assert joined["role"] == "viewer"
        assert joined["permissions"] == {  # type: ignore[comparison-overlap]
            "edit": False,
            "run": False,
            "cancel": False,
            "analyze": False,
            "read_notes": False,
            "write_notes": False,
            "invite": False,
            "revoke": False,
        }
        # The candidate sees only their own link, never the observers'.
        assert set(await links(cleo, room)) == {"candidate"}
        # Opening a weaker link never demotes a member.
        assert (await join(cleo, room, keys["viewer"]))[1]["role"] == "candidate"


async def test_a_member_opening_a_dead_link_stays_in() -> None:
    async with serve() as server:
        owner, room = await room_of(server, "shared")
        old = (await links(owner, room))["editor"]
        assert (await owner.request("PUT", f"/api/rooms/{room}/links/editor")).status_code == 200
        status, body = await join(owner, room, old)
        assert status == 200 and body["role"] == "owner"
