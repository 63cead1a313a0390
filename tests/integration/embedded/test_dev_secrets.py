"""The development signing key and invite secret are made once and kept: in a 0600 file of
the data folder, or in Redis (shared by every server on it); fresh per process otherwise.
Also the embedded Redis's refusals that need no server: no redis-server, a folder that
cannot be written, a socket path too long."""

from __future__ import annotations

import stat
import time
from pathlib import Path

import pytest
from jose import jwt

from realtime.auth.dev_secrets import INVITE_SECRET, SIGNING_KEY, DevSecretError, kept_secret
from realtime.auth.errors import InvalidTokenError
from realtime.auth.invites import InviteCapability
from realtime.auth.permissions import Role
from realtime.auth.services import AccessServices, build_access_services
from realtime.settings import Settings
from realtime.stores.embedded_redis import EmbeddedRedis, EmbeddedRedisError


def _token_verifies_on(minted_by: AccessServices, checked_by: AccessServices) -> bool:
    assert minted_by.dev_idp is not None and checked_by.dev_idp is not None
    token = minted_by.dev_idp.mint("Inès").token
    key = checked_by.dev_idp.jwks()["keys"][0]
    if jwt.get_unverified_header(token)["kid"] != key["kid"]:
        return False
    claims = jwt.decode(token, key, algorithms=["RS256"], issuer=checked_by.dev_idp.issuer)
    return bool(claims["username"] == "Inès")


def _invite_verifies_on(signed_by: AccessServices, checked_by: AccessServices) -> bool:
    capability = InviteCapability(
        id="inv", room_id="room", role=Role.CANDIDATE, expires_at=int(time.time()) + 60
    )
    try:
        return checked_by.invites.verify(signed_by.invites.sign(capability)) == capability
    except InvalidTokenError:
        return False


async def _built(**settings: object) -> AccessServices:
    services = build_access_services(Settings(**settings))  # type: ignore[arg-type]
    await services.stop()  # only the secrets are looked at: close the store clients now
    return services


async def test_a_data_folder_keeps_both_secrets_in_0600_files(tmp_path: Path) -> None:
    data = tmp_path / "data"
    one = await _built(data_dir=str(data))
    two = await _built(data_dir=str(data))
    assert _token_verifies_on(one, two) and _invite_verifies_on(one, two)
    for name in (SIGNING_KEY.file_name, INVITE_SECRET.file_name):
        assert stat.S_IMODE((data / name).stat().st_mode) == 0o600
    # What is kept is what is used: the same bytes come back, not a new secret.
    assert (
        kept_secret(SIGNING_KEY, data_dir=str(data), redis_url=None)
        == (data / SIGNING_KEY.file_name).read_bytes()
    )


async def test_without_a_place_to_keep_them_each_process_has_its_own() -> None:
    one, two = await _built(), await _built()
    assert not _token_verifies_on(one, two)
    assert not _invite_verifies_on(one, two)


@pytest.mark.redis
async def test_servers_on_one_redis_share_them(redis_url: str) -> None:
    one = await _built(store="redis", redis_url=redis_url)
    two = await _built(store="redis", redis_url=redis_url)
    assert _token_verifies_on(one, two) and _token_verifies_on(two, one)
    assert _invite_verifies_on(two, one)


def test_a_damaged_key_file_is_named(tmp_path: Path) -> None:
    (tmp_path / SIGNING_KEY.file_name).write_text("not a key")
    with pytest.raises(DevSecretError, match=SIGNING_KEY.file_name):
        kept_secret(SIGNING_KEY, data_dir=str(tmp_path), redis_url=None)


def test_missing_redis_server_is_named(tmp_path: Path) -> None:
    embedded = EmbeddedRedis(tmp_path, executable=str(tmp_path / "no-redis-server"))
    with pytest.raises(EmbeddedRedisError, match="redis-server is not installed"):
        embedded.start()


def test_a_folder_that_cannot_be_made_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    with pytest.raises(EmbeddedRedisError, match="cannot create the data folder"):
        EmbeddedRedis(blocker / "data").start()


def test_a_socket_path_too_long_is_refused_before_anything_starts(tmp_path: Path) -> None:
    deep = tmp_path / ("d" * 120)
    with pytest.raises(EmbeddedRedisError, match="too long for a unix socket"):
        EmbeddedRedis(deep).start()
    assert not deep.exists()
