"""`POST /api/auth/dev-refresh`: a development sign-in renewed for the same user.

A tab keeps its identity (and so its rooms) for as long as the sign-in can be renewed; a token
the server cannot verify (forged, or signed with a key it no longer has) is refused.
"""

from __future__ import annotations

import pytest
from jose import jwt

from realtime.api.auth import MAX_DEV_SESSION_SECONDS, renew_dev_token
from realtime.auth.dev_idp import DevIdentityProvider
from realtime.auth.errors import InvalidTokenError
from tests.integration.auth.harness import serve
from tests.integration.auth.tokens import SigningKey

DAY = 24 * 3600


async def test_renewed_token_names_the_same_user_who_keeps_their_rooms() -> None:
    async with serve() as server:
        ada = await server.login("Ada")
        made = await ada.request("POST", "/api/rooms", json={"kind": "interview"})
        assert made.status_code == 201
        room = made.json()["id"]

        async with ada.api() as http:
            renewed = await http.post("/api/auth/dev-refresh", json={"token": ada.token})
        assert renewed.status_code == 200, renewed.text
        body = renewed.json()
        assert body["user"] == {"id": ada.id, "name": "Ada"}
        assert body["token"] != ada.token
        claims = jwt.get_unverified_claims(body["token"])
        assert claims["sub"] == ada.id
        assert claims["auth_time"] == jwt.get_unverified_claims(ada.token)["iat"]

        # The new token opens the members-only room the old one created, as its owner.
        ada.token = body["token"]
        got = await ada.request("GET", f"/api/rooms/{room}")
        assert got.status_code == 200
        assert got.json()["role"] == "interviewer"
        socket = await ada.connect(room)
        await socket.wait_synced()


async def test_tokens_the_server_cannot_verify_are_not_renewed() -> None:
    async with serve() as first:
        old = await first.login("Ada")
    # A restart without a kept key (the memory store) signs with a new one.
    async with serve() as second:
        mine = await second.login("Bob")
        forged = jwt.encode(
            jwt.get_unverified_claims(mine.token),
            SigningKey("x").private_pem,
            algorithm="RS256",
            headers=jwt.get_unverified_header(mine.token),
        )
        async with mine.api() as http:
            for token in (old.token, forged, "not-a-jwt"):
                refused = await http.post("/api/auth/dev-refresh", json={"token": token})
                assert refused.status_code == 401, refused.text
            malformed = await http.post("/api/auth/dev-refresh", json={"token": 5})
            assert malformed.status_code == 400


def test_an_expired_token_renews_until_its_sign_in_is_too_old() -> None:
    clock = [1_800_000_000.0]
    idp = DevIdentityProvider(
        issuer="https://dev.example", client_id="c", token_ttl_seconds=60, clock=lambda: clock[0]
    )
    login = idp.mint("Ada")
    signed_in = jwt.get_unverified_claims(login.token)["iat"]

    # Two days later the token has long expired: still the same user, with a fresh expiry.
    clock[0] = signed_in + 2 * DAY
    later = renew_dev_token(idp, login.token)
    claims = jwt.get_unverified_claims(later.token)
    assert (later.user_id, later.name) == (login.user_id, "Ada")
    assert claims["exp"] == signed_in + 2 * DAY + 60
    assert claims["auth_time"] == signed_in

    # Renewing a renewed token does not restart the clock of the original sign-in.
    clock[0] = signed_in + MAX_DEV_SESSION_SECONDS + 1
    with pytest.raises(InvalidTokenError, match="too old"):
        renew_dev_token(idp, later.token)
    clock[0] = signed_in + MAX_DEV_SESSION_SECONDS
    assert renew_dev_token(idp, later.token)


def test_only_access_tokens_of_this_provider_renew() -> None:
    idp = DevIdentityProvider(issuer="https://dev.example", client_id="c")
    login = idp.mint("Ada")
    claims = jwt.get_unverified_claims(login.token)
    for change in ({"token_use": "id"}, {"client_id": "other"}, {"iss": "https://elsewhere"}):
        other = jwt.encode(
            {**claims, **change},
            idp._private_pem,
            algorithm="RS256",
            headers={"kid": idp.kid},
        )
        with pytest.raises(InvalidTokenError):
            renew_dev_token(idp, other)
