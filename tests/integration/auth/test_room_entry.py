"""Who gets into which room over the socket: created rooms, ad-hoc rooms, tokens."""

from __future__ import annotations

import logging

import httpx
import pytest

from tests.integration.auth.harness import events_of, serve
from tests.integration.auth.tokens import CLIENT_ID, POOL, REGION, SigningKey, claims, sign


async def test_with_anonymous_on_ad_hoc_rooms_admit_everyone_as_editors() -> None:
    async with serve(allow_anonymous=True) as server:
        anonymous = await server.connect("scratch-1", None)
        session = (await events_of(anonymous, "session"))[0]
        assert session["role"] == "editor" and session["user"]["id"].startswith("anon-")
        alice = await server.login("Alice")
        signed_in = await alice.connect("scratch-1")
        assert (await events_of(signed_in, "session"))[0]["user"]["name"] == "Alice"
        # Rooms created through the API are not open to anonymous callers.
        room = (await alice.request("POST", "/api/rooms", json={"kind": "shared"})).json()["id"]
        refused = await server.connect(room, None)
        await refused.wait_closed()
        assert refused.close_code == 4401


async def test_with_anonymous_off_rooms_must_exist_and_tokens_are_required() -> None:
    async with serve(allow_anonymous=False) as server:
        no_token = await server.connect("scratch-1", None)
        await no_token.wait_closed()
        assert no_token.close_code == 4401
        alice = await server.login("Alice")
        missing = await alice.connect("never-created")
        await missing.wait_closed()
        assert missing.close_code == 4404
        async with httpx.AsyncClient(base_url=server.http) as http:
            config = (await http.get("/api/auth/config")).json()
        assert config == {"mode": "dev", "cognito": None, "anonymous": False}


async def test_solo_rooms_admit_only_the_owner_and_take_no_invites() -> None:
    async with serve() as server:
        owner, other = await server.login("Sol"), await server.login("Other")
        room = (await owner.request("POST", "/api/rooms", json={"kind": "solo"})).json()
        assert room["role"] == "owner"
        invite = await owner.request(
            "POST", f"/api/rooms/{room['id']}/invites", json={"role": "editor"}
        )
        # Nobody may invite in a solo room, the owner neither; it has no links either.
        assert invite.status_code == 403
        assert invite.json()["error"]["code"] == "forbidden"
        links = await owner.request("GET", f"/api/rooms/{room['id']}/links")
        assert links.json() == {"links": [], "manage": False, "roles": []}
        mine = await owner.connect(room["id"])
        session = (await events_of(mine, "session"))[0]
        assert session["role"] == "owner"
        assert not session["permissions"]["invite"] and not session["permissions"]["read_notes"]
        theirs = await other.connect(room["id"])
        await theirs.wait_closed()
        assert theirs.close_code == 4403


async def test_invalid_tokens_close_with_4401_and_are_never_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    async with serve() as server:
        alice = await server.login("Alice")
        room = (await alice.request("POST", "/api/rooms", json={"kind": "shared"})).json()["id"]
        forged = alice.token[:-4] + ("AAAA" if not alice.token.endswith("AAAA") else "BBBB")
        for token in (forged, "not-a-jwt"):
            client = await server.connect(room, token)
            await client.wait_closed()
            assert client.close_code == 4401
        ok = await alice.connect(room)
        await events_of(ok, "session")
        bad_rest = await alice.request(
            "GET", f"/api/rooms/{room}", headers={"Authorization": f"Bearer {forged}"}
        )
        assert bad_rest.status_code == 401
        assert bad_rest.headers["www-authenticate"] == "Bearer"
    # Everything the server logged (the test's own client logs under websockets.client).
    logged = "\n".join(
        r.getMessage() + str(r.__dict__)
        for r in caplog.records
        if not r.name.startswith("websockets.client")
    )
    assert "sec-websocket-protocol" in logged.lower()  # DEBUG handshake lines were captured
    for secret in (alice.token, forged, alice.token.split(".")[2]):
        assert secret not in logged


async def test_uvicorn_access_log_does_not_carry_the_token(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Even with uvicorn's access log switched on, the token never appears: it travels in a
    # header (REST) or the subprotocol list (WebSocket), never in the URL.
    import asyncio

    import uvicorn

    from realtime.app import create_app
    from realtime.settings import load_settings
    from tests.conftest import free_port
    from tests.room_client import RoomClient

    caplog.set_level(logging.INFO, logger="uvicorn.access")
    caplog.set_level(logging.INFO, logger="uvicorn.error")
    port = free_port()
    app = create_app(load_settings(port=port))
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None, access_log=True)
    )
    task = asyncio.create_task(server.serve())
    while not server.started:  # noqa: ASYNC110 - uvicorn exposes a flag, not an event
        await asyncio.sleep(0.01)
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as http:
            token = (await http.post("/api/auth/dev-login", json={"name": "A"})).json()["token"]
            headers = {"Authorization": f"Bearer {token}"}
            room = (await http.post("/api/rooms", json={"kind": "shared"}, headers=headers)).json()[
                "id"
            ]
        client = RoomClient(
            f"ws://127.0.0.1:{port}/ws/rooms/{room}",
            subprotocols=["coderemote.v1", f"auth.{token}"],
        )
        await client.connect()
        await client.wait_synced()
        await client.close()
    finally:
        server.should_exit = True
        await asyncio.wait_for(task, 15)
    access_lines = [r.getMessage() for r in caplog.records if r.name == "uvicorn.access"]
    assert any("/api/rooms" in line for line in access_lines)
    everything = "\n".join(r.getMessage() for r in caplog.records)
    assert token not in everything
    assert token.split(".")[1] not in everything


async def test_cognito_mode_hides_the_development_provider_and_verifies_cognito_tokens() -> None:
    from tests.integration.auth.jwks_server import JwksServer

    key = SigningKey("cognito-key")
    jwks = JwksServer(POOL)
    jwks.keys = [key.jwk()]
    jwks.start()
    try:
        async with serve(
            cognito_region=REGION,
            cognito_user_pool_id=POOL,
            cognito_client_id=CLIENT_ID,
            cognito_endpoint=jwks.base_url,
        ) as server:
            async with httpx.AsyncClient(base_url=server.http) as http:
                config = (await http.get("/api/auth/config")).json()
                assert config["mode"] == "cognito"
                assert config["cognito"] == {
                    "region": REGION,
                    "userPoolId": POOL,
                    "clientId": CLIENT_ID,
                    "endpoint": jwks.base_url,
                }
                login = await http.post("/api/auth/dev-login", json={"name": "x"})
                assert login.status_code in (404, 405)
                assert (await http.get("/.well-known/jwks.json")).status_code == 404
                token = sign(key, claims(f"{jwks.base_url}/{POOL}", sub="cognito-user"))
                made = await http.post(
                    "/api/rooms",
                    json={"kind": "interview"},
                    headers={"Authorization": f"Bearer {token}"},
                )
                assert made.status_code == 201
                assert made.json()["role"] == "interviewer"
            socket = await server.connect(made.json()["id"], token)
            assert (await events_of(socket, "session"))[0]["user"]["id"] == "cognito-user"
            id_token = sign(key, claims(f"{jwks.base_url}/{POOL}", use="id"))
            refused = await server.connect(made.json()["id"], id_token)
            await refused.wait_closed()
            assert refused.close_code == 4401
    finally:
        jwks.stop()


async def test_identity_provider_down_closes_with_4503() -> None:
    from tests.conftest import free_port

    endpoint = f"http://127.0.0.1:{free_port()}"
    key = SigningKey("k")
    async with serve(
        cognito_region=REGION,
        cognito_user_pool_id=POOL,
        cognito_client_id=CLIENT_ID,
        cognito_endpoint=endpoint,
        allow_anonymous=False,
        auth_jwks_timeout_seconds=0.5,
    ) as server:
        token = sign(key, claims(f"{endpoint}/{POOL}"))
        client = await server.connect("any-room", token)
        await client.wait_closed()
        assert client.close_code == 4503
        async with httpx.AsyncClient(base_url=server.http) as http:
            made = await http.post(
                "/api/rooms", json={"kind": "shared"}, headers={"Authorization": f"Bearer {token}"}
            )
        assert made.status_code == 503
        assert made.json()["error"]["code"] == "unavailable"


async def test_room_history_is_readable_by_exactly_those_who_may_join() -> None:
    async with serve(allow_anonymous=False) as server:
        owner, outsider = await server.login("Olga"), await server.login("Xena")
        room = (await owner.request("POST", "/api/rooms", json={"kind": "interview"})).json()["id"]
        assert (await owner.request("GET", f"/api/rooms/{room}/history")).status_code == 200
        refused = await outsider.request("GET", f"/api/rooms/{room}/history")
        assert refused.status_code == 403
        assert refused.json()["error"]["code"] == "forbidden"
        async with httpx.AsyncClient(base_url=server.http) as http:
            anonymous = await http.get(f"/api/rooms/{room}/history")
            assert anonymous.status_code == 401
            assert (await http.get("/api/rooms/ad-hoc/history")).status_code == 401
        assert (await owner.request("GET", "/api/rooms/ad-hoc/history")).status_code == 404
    async with (
        serve(allow_anonymous=True) as server,
        httpx.AsyncClient(base_url=server.http) as http,
    ):
        assert (await http.get("/api/rooms/ad-hoc/history")).status_code == 200


async def test_live_connection_closes_with_4401_when_its_token_expires() -> None:
    import time

    from tests.integration.auth.jwks_server import JwksServer

    key = SigningKey("cognito-key")
    jwks = JwksServer(POOL)
    jwks.keys = [key.jwk()]
    jwks.start()
    try:
        async with serve(
            cognito_region=REGION,
            cognito_user_pool_id=POOL,
            cognito_client_id=CLIENT_ID,
            cognito_endpoint=jwks.base_url,
            auth_leeway_seconds=0,
        ) as server:
            issuer = f"{jwks.base_url}/{POOL}"
            # Long enough to connect and sync before it expires on a loaded machine too.
            short = sign(key, claims(issuer, exp=int(time.time()) + 6))
            client = await server.connect("scratch", short)
            await client.wait_synced()
            await client.wait_closed(within=20)
            assert client.close_code == 4401
            assert client.close_reason == "token expired"
    finally:
        jwks.stop()
