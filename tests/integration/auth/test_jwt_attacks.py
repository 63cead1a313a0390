"""JWT attack suite: every forged, stale or misdirected token is refused.

Tokens are minted here with local RSA keys; the verifier is built by the production factory
from Cognito settings pointing at a local JWKS server, so the code path is the real one.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from jose import jws

from realtime.auth.errors import InvalidTokenError, KeysUnavailableError
from realtime.auth.jwks import JwksCache
from realtime.auth.services import build_access_services
from realtime.auth.verifier import TokenVerifier
from realtime.settings import Settings
from tests.conftest import free_port
from tests.integration.auth.jwks_server import JwksServer
from tests.integration.auth.tokens import (
    CLIENT_ID,
    POOL,
    REGION,
    SigningKey,
    b64,
    claims,
    hs256_with_public_key,
    raw_token,
    sign,
)


def make_verifier(
    endpoint: str, *, token_use: str = "access", timeout: float = 5.0
) -> TokenVerifier:
    settings = Settings(
        cognito_region=REGION,
        cognito_user_pool_id=POOL,
        cognito_client_id=CLIENT_ID,
        cognito_endpoint=endpoint,
        auth_token_use=token_use,
        auth_jwks_timeout_seconds=timeout,
        auth_leeway_seconds=5,
    )
    verifier = build_access_services(settings).access.verifier
    assert verifier is not None
    return verifier


@pytest.fixture
def issuer(jwks_server: JwksServer) -> str:
    return f"{jwks_server.base_url}/{POOL}"


@pytest.fixture
def verifier(jwks_server: JwksServer) -> TokenVerifier:
    return make_verifier(jwks_server.base_url)


async def refused(verifier: TokenVerifier, token: str) -> str:
    with pytest.raises(InvalidTokenError) as info:
        await verifier.verify(token)
    return str(info.value)


def test_settings_derive_cognito_issuer_and_jwks_url() -> None:
    settings = Settings(
        cognito_region=REGION, cognito_user_pool_id=POOL, cognito_client_id=CLIENT_ID
    )
    assert settings.cognito_issuer == f"https://cognito-idp.{REGION}.amazonaws.com/{POOL}"
    assert settings.cognito_jwks_url == (
        f"https://cognito-idp.{REGION}.amazonaws.com/{POOL}/.well-known/jwks.json"
    )


async def test_genuine_access_token_is_accepted(
    verifier: TokenVerifier, signing_key: SigningKey, issuer: str
) -> None:
    verified = await verifier.verify(sign(signing_key, claims(issuer)))
    assert verified.subject == "user-1"
    assert verified.name == "alice"
    assert verified.token_use == "access"


async def test_genuine_id_token_is_accepted_when_id_tokens_are_required(
    jwks_server: JwksServer, signing_key: SigningKey, issuer: str
) -> None:
    verifier = make_verifier(jwks_server.base_url, token_use="id")
    verified = await verifier.verify(sign(signing_key, claims(issuer, use="id")))
    assert verified.subject == "user-1"
    assert verified.name == "alice"


async def test_alg_none_is_refused(verifier: TokenVerifier, issuer: str) -> None:
    token = raw_token({"alg": "none", "typ": "JWT"}, claims(issuer), b"")
    assert "algorithm" in await refused(verifier, token)
    # Also with a key id the JWKS knows, and with the header's "None" spelling.
    token = raw_token({"alg": "None", "kid": "key-1"}, claims(issuer), b"")
    assert "algorithm" in await refused(verifier, token)


async def test_hs256_signed_with_the_public_key_is_refused(
    verifier: TokenVerifier, signing_key: SigningKey, issuer: str
) -> None:
    token = hs256_with_public_key(signing_key, claims(issuer))
    assert "algorithm" in await refused(verifier, token)


async def test_rs256_header_with_hmac_signature_is_refused(
    verifier: TokenVerifier, signing_key: SigningKey, issuer: str
) -> None:
    # The header claims RS256 but the signature is the HMAC forgery: signature check fails.
    forged = hs256_with_public_key(signing_key, claims(issuer))
    _, payload, signature = forged.split(".")
    header = b64(b'{"alg":"RS256","kid":"key-1"}')
    assert "signature" in await refused(verifier, f"{header}.{payload}.{signature}")


async def test_expired_token_is_refused(
    verifier: TokenVerifier, signing_key: SigningKey, issuer: str
) -> None:
    now = int(time.time())
    token = sign(signing_key, claims(issuer, iat=now - 7200, exp=now - 60))
    assert "expired" in await refused(verifier, token)


async def test_expiry_within_the_leeway_is_accepted(
    verifier: TokenVerifier, signing_key: SigningKey, issuer: str
) -> None:
    token = sign(signing_key, claims(issuer, exp=int(time.time()) - 2))
    assert (await verifier.verify(token)).subject == "user-1"


async def test_token_without_expiry_is_refused(
    verifier: TokenVerifier, signing_key: SigningKey, issuer: str
) -> None:
    payload: dict[str, Any] = claims(issuer)
    del payload["exp"]
    assert await refused(verifier, sign(signing_key, payload)) == "token has no exp claim"


@pytest.mark.parametrize(
    ("claim", "value", "reason"),
    [
        ("client_id", [CLIENT_ID], "token claim client_id must be a string"),
        ("exp", [2_000_000_000], "token claim exp must be an integer"),
        ("exp", 2.0e9, "token claim exp must be an integer"),
        ("exp", True, "token claim exp must be an integer"),
        ("exp", "2000000000", "token claim exp must be an integer"),
        ("nbf", {"at": 1}, "token claim nbf must be an integer"),
        ("iat", "now", "token claim iat must be an integer"),
        ("sub", 42, "token claim sub must be a string"),
        ("sub", "", "token claim sub is empty"),
        ("iss", ["x"], "token claim iss must be a string"),
        ("token_use", {"access": True}, "token claim token_use must be a string"),
    ],
)
async def test_claims_of_the_wrong_json_type_are_refused_by_name(
    verifier: TokenVerifier,
    signing_key: SigningKey,
    issuer: str,
    claim: str,
    value: Any,
    reason: str,
) -> None:
    """A signed token whose claim has the wrong type is a refusal naming it, never a crash."""
    assert await refused(verifier, sign(signing_key, claims(issuer, **{claim: value}))) == reason


async def test_a_payload_that_is_not_an_object_is_refused(
    verifier: TokenVerifier, signing_key: SigningKey
) -> None:
    for payload in (b"[1,2]", b"not json", b'"text"'):
        token = jws.sign(
            payload, signing_key.private_pem, headers={"kid": signing_key.kid}, algorithm="RS256"
        )
        assert "payload" in await refused(verifier, token)


async def test_not_yet_valid_token_is_refused(
    verifier: TokenVerifier, signing_key: SigningKey, issuer: str
) -> None:
    token = sign(signing_key, claims(issuer, nbf=int(time.time()) + 600))
    assert "not yet valid" in await refused(verifier, token)


async def test_wrong_issuer_is_refused(
    verifier: TokenVerifier, signing_key: SigningKey, issuer: str
) -> None:
    other_pool = issuer.replace(POOL, "eu-west-1_OtherPool")
    assert "issuer" in (await refused(verifier, sign(signing_key, claims(other_pool)))).lower()


async def test_wrong_client_id_in_access_token_is_refused(
    verifier: TokenVerifier, signing_key: SigningKey, issuer: str
) -> None:
    token = sign(signing_key, claims(issuer, client_id="someone-elses-app"))
    assert "another client" in await refused(verifier, token)


async def test_wrong_audience_in_id_token_is_refused(
    jwks_server: JwksServer, signing_key: SigningKey, issuer: str
) -> None:
    verifier = make_verifier(jwks_server.base_url, token_use="id")
    token = sign(signing_key, claims(issuer, use="id", aud="someone-elses-app"))
    assert "audience" in await refused(verifier, token)


async def test_id_token_where_access_token_is_required_is_refused(
    verifier: TokenVerifier, signing_key: SigningKey, issuer: str
) -> None:
    token = sign(signing_key, claims(issuer, use="id"))
    assert "access token required" in await refused(verifier, token)


async def test_access_token_where_id_token_is_required_is_refused(
    jwks_server: JwksServer, signing_key: SigningKey, issuer: str
) -> None:
    verifier = make_verifier(jwks_server.base_url, token_use="id")
    token = sign(signing_key, claims(issuer))
    assert "id token required" in await refused(verifier, token)


async def test_unknown_kid_is_refused_and_refetches_at_most_once_a_minute(
    verifier: TokenVerifier,
    jwks_server: JwksServer,
    signing_key: SigningKey,
    other_key: SigningKey,
    issuer: str,
) -> None:
    await verifier.verify(sign(signing_key, claims(issuer)))
    assert jwks_server.hits == 1
    # Signed by a key the provider never published: one refetch is allowed...
    stranger = sign(other_key, claims(issuer), kid="made-up")
    assert "unknown signing key" in await refused(verifier, stranger)
    # ...but a minute has not passed, so this flood causes no further fetches.
    for _ in range(5):
        await refused(verifier, sign(other_key, claims(issuer), kid="made-up-2"))
    assert jwks_server.hits == 1


async def test_key_rotation_is_picked_up_after_the_refetch_interval(
    jwks_server: JwksServer, signing_key: SigningKey, other_key: SigningKey, issuer: str
) -> None:
    now = [1000.0]
    keys = JwksCache(
        f"{issuer}/.well-known/jwks.json", timeout=1.0, refetch_interval=60, clock=lambda: now[0]
    )
    verifier = TokenVerifier(keys, issuer=issuer, client_ids=[CLIENT_ID])
    await verifier.verify(sign(signing_key, claims(issuer)))
    jwks_server.keys = [signing_key.jwk(), other_key.jwk()]
    rotated = sign(other_key, claims(issuer))
    # Right after the first fetch the new kid is unknown and no refetch is allowed yet.
    now[0] += 30
    assert "unknown signing key" in await refused(verifier, rotated)
    assert jwks_server.hits == 1
    now[0] += 31
    assert (await verifier.verify(rotated)).subject == "user-1"
    assert jwks_server.hits == 2


async def test_token_signed_by_another_key_under_a_known_kid_is_refused(
    verifier: TokenVerifier, other_key: SigningKey, issuer: str
) -> None:
    token = sign(other_key, claims(issuer), kid="key-1")
    assert "signature" in await refused(verifier, token)


async def test_tampered_payload_is_refused(
    verifier: TokenVerifier, signing_key: SigningKey, issuer: str
) -> None:
    header, _, signature = sign(signing_key, claims(issuer)).split(".")
    import json

    evil = b64(json.dumps(claims(issuer, sub="admin")).encode())
    assert "signature" in await refused(verifier, f"{header}.{evil}.{signature}")


@pytest.mark.parametrize("cut", [1, 10, 200])
async def test_truncated_token_is_refused(
    verifier: TokenVerifier, signing_key: SigningKey, issuer: str, cut: int
) -> None:
    token = sign(signing_key, claims(issuer))
    await refused(verifier, token[:-cut])


@pytest.mark.parametrize(
    "token", ["", "abc", "a.b", "a.b.c", "...", "x" * 9000, "eyJ.eyJ.", "\u00e9.\u00e9.\u00e9"]
)
async def test_garbage_is_refused(verifier: TokenVerifier, token: str) -> None:
    await refused(verifier, token)


async def test_jwks_endpoint_down_refuses_with_keys_unavailable(
    signing_key: SigningKey,
) -> None:
    endpoint = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    verifier = make_verifier(endpoint)
    token = sign(signing_key, claims(f"{endpoint}/{POOL}"))
    with pytest.raises(KeysUnavailableError):
        await verifier.verify(token)


async def test_jwks_endpoint_error_status_refuses_with_keys_unavailable(
    jwks_server: JwksServer, verifier: TokenVerifier, signing_key: SigningKey, issuer: str
) -> None:
    jwks_server.status = 500
    with pytest.raises(KeysUnavailableError):
        await verifier.verify(sign(signing_key, claims(issuer)))


async def test_slow_jwks_endpoint_times_out_quickly(
    jwks_server: JwksServer, signing_key: SigningKey, issuer: str
) -> None:
    verifier = make_verifier(jwks_server.base_url, timeout=0.5)
    jwks_server.delay = 4.0
    started = time.monotonic()
    with pytest.raises(KeysUnavailableError):
        await verifier.verify(sign(signing_key, claims(issuer)))
    assert time.monotonic() - started < 3.0  # the total timeout is 0.5 s


async def test_cached_keys_keep_working_while_the_endpoint_is_down(
    jwks_server: JwksServer, verifier: TokenVerifier, signing_key: SigningKey, issuer: str
) -> None:
    await verifier.verify(sign(signing_key, claims(issuer)))
    jwks_server.status = 503
    jwks_server.delay = 1.0
    assert (await verifier.verify(sign(signing_key, claims(issuer, sub="u2")))).subject == "u2"
    assert jwks_server.hits == 1  # served from the cache, no fetch


async def test_jwks_with_non_rsa_or_hmac_keys_ignores_them(
    jwks_server: JwksServer, verifier: TokenVerifier, signing_key: SigningKey, issuer: str
) -> None:
    # A poisoned key set offering a symmetric key under the kid must not enable HS256.
    jwks_server.keys = [{"kty": "oct", "kid": "key-1", "k": b64(b"secret"), "alg": "HS256"}]
    token = raw_token({"alg": "HS256", "kid": "key-1"}, claims(issuer), b"x")
    assert "algorithm" in await refused(verifier, token)
    token = sign(signing_key, claims(issuer))
    assert "unknown signing key" in await refused(verifier, token)
