"""Fixtures of the auth integration tests: a local JWKS endpoint and the keys it serves."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.integration.auth.jwks_server import JwksServer
from tests.integration.auth.tokens import POOL, SigningKey


@pytest.fixture(scope="session")
def signing_key() -> SigningKey:
    return SigningKey("key-1")


@pytest.fixture(scope="session")
def other_key() -> SigningKey:
    return SigningKey("key-2")


@pytest.fixture
def jwks_server(signing_key: SigningKey) -> Iterator[JwksServer]:
    server = JwksServer(POOL)
    server.keys = [signing_key.jwk()]
    server.start()
    try:
        yield server
    finally:
        server.stop()
