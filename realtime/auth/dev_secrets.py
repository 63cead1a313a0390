"""Development secrets made once and kept: the dev sign-in's signing key, the invite key.

Regenerated at each start, they broke every open tab after a restart ("unknown signing key")
and every invite link sent before it. Where they are kept follows where the server keeps its
state:

- a data folder in use (`CODEREMOTE_DATA_DIR`, always with `--store embedded`): a 0600 file
  in it;
- else `--store redis`: a Redis key written with SET NX, so every server on that Redis uses
  the same one and a token minted by one verifies on the others;
- else (the memory store, tests): a fresh secret per process, as before.

Production never uses these: it requires Cognito and `CODEREMOTE_INVITE_SECRET`.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import redis
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

__all__ = ["INVITE_SECRET", "SIGNING_KEY", "DevSecret", "DevSecretError", "kept_secret"]


class DevSecretError(ValueError):
    """A kept secret cannot be read, written or used; the message says where it is."""


@dataclass(frozen=True, slots=True)
class DevSecret:
    """One secret: its file name, its Redis key, how to make one and how to check one."""

    description: str
    file_name: str
    redis_key: str
    create: Callable[[], bytes]
    check: Callable[[bytes], bool]


def _new_private_key_pem() -> bytes:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _is_rsa_private_key(pem: bytes) -> bool:
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError):
        return False
    return isinstance(key, rsa.RSAPrivateKey)


SIGNING_KEY = DevSecret(
    description="development sign-in signing key (PEM RSA private key)",
    file_name="dev-idp-key.pem",
    redis_key="cr:dev-idp:key",
    create=_new_private_key_pem,
    check=_is_rsa_private_key,
)
INVITE_SECRET = DevSecret(
    description="development invite secret (32+ bytes)",
    file_name="dev-invite-secret",
    redis_key="cr:dev-invite:secret",
    create=lambda: secrets.token_bytes(32),
    check=lambda value: len(value) >= 32,
)


def kept_secret(secret: DevSecret, *, data_dir: str | None, redis_url: str | None) -> bytes:
    """The secret from where it is kept, made and stored there first if there is none yet.

    Args:
        secret: Which secret.
        data_dir: The data folder in use, if any (wins over Redis).
        redis_url: The Redis of `--store redis`, if any.

    Returns:
        The secret (a fresh one, kept nowhere, when both are None).

    Raises:
        DevSecretError: It cannot be read or stored, or what is stored is not valid.
    """
    if data_dir is not None:
        path = Path(data_dir).absolute() / secret.file_name
        value = _file_secret(path, secret.create)
        where = str(path)
    elif redis_url is not None:
        value = _redis_secret(redis_url, secret.redis_key, secret.create)
        where = f"the Redis key {secret.redis_key}"
    else:
        return secret.create()
    if not secret.check(value):
        raise DevSecretError(
            f"{where} does not hold a valid {secret.description}: delete it and the next "
            "start makes a new one (development tokens and invites signed with it stop working)"
        )
    return value


def _file_secret(path: Path, create: Callable[[], bytes]) -> bytes:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not path.exists():
            _create_file(path, create())
        if path.stat().st_mode & 0o077:
            path.chmod(0o600)
        return path.read_bytes()
    except OSError as exc:
        raise DevSecretError(f"cannot keep the secret in {path}: {exc.strerror}") from None


def _create_file(path: Path, value: bytes) -> None:
    """Write the whole file under a temporary name, then link it in place.

    link() fails when the name exists, so of two servers making the secret at once the
    second keeps the first one's, and nobody ever reads a half-written file.
    """
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, value)
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.link(temporary, path)
    except FileExistsError:
        pass
    finally:
        temporary.unlink()
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def _redis_secret(url: str, key: str, create: Callable[[], bytes]) -> bytes:
    client = redis.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=5)
    try:
        value = client.get(key)
        if value is None:
            # NX: of servers starting together the first one's wins; all read it back.
            client.set(key, create(), nx=True)
            value = client.get(key)
    except redis.RedisError as exc:
        raise DevSecretError(
            f"cannot read the {key} development secret from Redis ({type(exc).__name__}): "
            "is Redis running?"
        ) from None
    finally:
        client.close()
    if not isinstance(value, bytes):
        raise DevSecretError(f"the Redis key {key} vanished right after it was written")
    return value
