"""Fetch and cache a JSON Web Key Set (the identity provider's public signing keys)."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable
from typing import NotRequired, TypedDict

import httpx

from realtime.auth.errors import InvalidTokenError, KeysUnavailableError

__all__ = ["Jwks", "JwksCache", "RsaJwk", "parse_jwks"]


class RsaJwk(TypedDict):
    """An RS256 signing key as a JWK (RFC 7517), the only kind tokens are checked with."""

    kty: str
    kid: str
    n: str
    e: str
    alg: NotRequired[str]
    use: NotRequired[str]


class Jwks(TypedDict):
    """A JSON Web Key Set, as Cognito and the development provider serve it."""

    keys: list[RsaJwk]


logger = logging.getLogger(__name__)

# A real key set is a few kilobytes; anything far larger is not a key set.
_MAX_JWKS_BYTES = 256 * 1024


class JwksCache:
    """Public RSA signing keys by key id, fetched over HTTP and cached.

    An unknown `kid` triggers a refetch (the provider rotated its keys), but at most once per
    `refetch_interval` so a flood of tokens with made-up key ids cannot turn us into a
    load generator against the provider. When the provider is down, keys fetched earlier stay
    in use.
    """

    def __init__(
        self,
        url: str,
        *,
        timeout: float = 3.0,
        refetch_interval: float = 60.0,
        empty_retry_interval: float = 5.0,
        max_age: float = 3600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Create an empty cache; nothing is fetched until a key is asked for.

        Args:
            url: HTTPS (or, for the development provider, HTTP) URL of the key set.
            timeout: Seconds allowed for one fetch, connect and read together.
            refetch_interval: Minimum seconds between two fetches once keys are cached.
            empty_retry_interval: Minimum seconds between two fetches while nothing is
                cached (every token is refused meanwhile, so retry sooner).
            max_age: Seconds after which the keys are refreshed even if every `kid` is known.
            clock: Monotonic clock in seconds (injectable for tests).
        """
        self.url = url
        self._timeout = timeout
        self._refetch_interval = refetch_interval
        self._empty_retry_interval = empty_retry_interval
        self._max_age = max_age
        self._clock = clock
        self._keys: dict[str, RsaJwk] = {}
        self._fetched_at: float | None = None
        self._attempted_at: float | None = None
        self._lock = asyncio.Lock()

    async def key_for(self, kid: str) -> RsaJwk:
        """The JWK with key id `kid`.

        Raises:
            InvalidTokenError: No key has this id, even after an allowed refetch.
            KeysUnavailableError: The key set could not be fetched and nothing is cached.
        """
        key = self._keys.get(kid)
        if key is not None and not self._stale():
            return key
        async with self._lock:
            key = self._keys.get(kid)
            if key is not None and not self._stale():
                return key
            if self._may_fetch():
                await self._refresh()
            key = self._keys.get(kid)
        if key is not None:
            return key
        if not self._keys and self._fetched_at is None:
            raise KeysUnavailableError("the identity provider's keys are unavailable")
        raise InvalidTokenError("unknown signing key")

    def _stale(self) -> bool:
        return self._fetched_at is None or self._clock() - self._fetched_at > self._max_age

    def _may_fetch(self) -> bool:
        if self._attempted_at is None:
            return True
        interval = self._refetch_interval if self._keys else self._empty_retry_interval
        return self._clock() - self._attempted_at >= interval

    async def _refresh(self) -> None:
        self._attempted_at = self._clock()
        try:
            # httpx's timeout is per read; a server dripping bytes needs a total deadline.
            async with asyncio.timeout(self._timeout):
                keys = await self._fetch()
        except (httpx.HTTPError, ValueError, TimeoutError) as exc:
            # Keep whatever we had: stale keys beat refusing every user while the provider
            # is down. The URL is public; the exception text carries no secrets.
            logger.warning("JWKS fetch from %s failed: %s", self.url, type(exc).__name__)
            return
        self._keys = keys
        self._fetched_at = self._clock()

    async def _fetch(self) -> dict[str, RsaJwk]:
        async with (
            httpx.AsyncClient(timeout=self._timeout, follow_redirects=False) as client,
            client.stream("GET", self.url, headers={"Accept": "application/json"}) as response,
        ):
            response.raise_for_status()
            body = bytearray()
            async for chunk in response.aiter_bytes():
                body.extend(chunk)
                if len(body) > _MAX_JWKS_BYTES:
                    raise ValueError("JWKS response too large")
        return parse_jwks(json.loads(body))


def parse_jwks(document: object) -> dict[str, RsaJwk]:
    """The RS256 signing keys of a JWKS document, by key id.

    Keys of any other type, algorithm or use are left out, so they can never be picked to
    verify a token.

    Raises:
        ValueError: The document is not a key set.
    """
    if not isinstance(document, dict) or not isinstance(document.get("keys"), list):
        raise ValueError("not a JWKS document")
    keys: dict[str, RsaJwk] = {}
    for key in document["keys"]:
        if not isinstance(key, dict):
            continue
        kid, n, e = key.get("kid"), key.get("n"), key.get("e")
        if not (isinstance(kid, str) and isinstance(n, str) and isinstance(e, str)):
            continue
        if key.get("kty") != "RSA" or key.get("alg", "RS256") != "RS256":
            continue
        if key.get("use", "sig") != "sig":
            continue
        keys[kid] = RsaJwk(kty="RSA", kid=kid, n=n, e=e, alg="RS256", use="sig")
    return keys
