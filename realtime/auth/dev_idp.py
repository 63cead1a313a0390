"""Development identity provider: a display name in, a signed access token out.

It exists so `make run` works without Cognito while the production verification path still
runs unchanged: tokens are RS256-signed with an RSA key, and the verifier fetches the public
half over HTTP from `/.well-known/jwks.json`, exactly as it would from Cognito. The key is
made once and kept (see `realtime.auth.dev_secrets`), so tokens survive a restart. Never
enabled in production (settings refuse to start).
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jose import jwk, jwt

from realtime.auth.jwks import Jwks

__all__ = ["DevIdentityProvider", "DevLogin"]


@dataclass(frozen=True, slots=True)
class DevLogin:
    """A minted token and the user it names."""

    token: str
    user_id: str
    name: str


class DevIdentityProvider:
    """Holds an RSA key and mints Cognito-shaped access tokens with it."""

    def __init__(
        self,
        *,
        issuer: str,
        client_id: str,
        token_ttl_seconds: int = 12 * 3600,
        clock: Callable[[], float] = time.time,
        private_key_pem: bytes | None = None,
    ) -> None:
        """Load the signing key, or make a fresh one (2048-bit RSA) when none is given.

        Args:
            issuer: `iss` written into tokens; the verifier expects the same string.
            client_id: `client_id` written into access tokens.
            token_ttl_seconds: Token lifetime.
            clock: Wall clock in seconds since the epoch.
            private_key_pem: The kept signing key (PEM, unencrypted RSA); None: a new one
                that dies with the process.

        Raises:
            ValueError: `private_key_pem` is not an unencrypted RSA private key.
        """
        self.issuer = issuer
        self.client_id = client_id
        self._ttl = token_ttl_seconds
        self._clock = clock
        if private_key_pem is None:
            self._private_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        else:
            loaded = serialization.load_pem_private_key(private_key_pem, password=None)
            if not isinstance(loaded, rsa.RSAPrivateKey):
                raise ValueError("the development signing key must be an RSA key")
            self._private_key = loaded
        self._private_pem = self._private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode()
        self._public = self._public_jwk()
        # The key's RFC 7638 thumbprint: the same key keeps the same kid across restarts
        # and servers, so JWKS caches and tokens already handed out stay valid.
        canonical = json.dumps(
            {"e": self._public["e"], "kty": "RSA", "n": self._public["n"]},
            separators=(",", ":"),
            sort_keys=True,
        )
        digest = hashlib.sha256(canonical.encode()).digest()
        self.kid = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()

    def _public_jwk(self) -> dict[str, Any]:
        public_pem = self._private_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        public: dict[str, Any] = jwk.construct(public_pem, algorithm="RS256").to_dict()
        return public

    def jwks(self) -> Jwks:
        """The public key set, in the shape Cognito serves it."""
        return {
            "keys": [
                {
                    "kty": "RSA",
                    "alg": "RS256",
                    "use": "sig",
                    "kid": self.kid,
                    "n": self._public["n"],
                    "e": self._public["e"],
                }
            ]
        }

    def mint(self, name: str) -> DevLogin:
        """Sign an access token for a new development user called `name`.

        Every login is a new user id: a name is not an identity, and reusing ids by name would
        let anyone take over another person's rooms just by typing their name.
        """
        return self.sign(f"dev-{uuid.uuid4()}", name, auth_time=int(self._clock()))

    def now(self) -> int:
        """The provider's clock, in whole seconds since the epoch."""
        return int(self._clock())

    def sign(self, user_id: str, name: str, *, auth_time: int) -> DevLogin:
        """Sign a fresh access token for an existing development user (a renewal).

        Args:
            user_id: The user's id (`sub`), as a token of this provider named it.
            name: The display name (`username`).
            auth_time: When the user originally signed in (seconds since the epoch): carried
                from token to token so renewals cannot extend a sign-in forever.
        """
        now = int(self._clock())
        claims = {
            "sub": user_id,
            "iss": self.issuer,
            "client_id": self.client_id,
            "token_use": "access",
            "username": name,
            "scope": "openid",
            "iat": now,
            "nbf": now,
            "exp": now + self._ttl,
            "auth_time": auth_time,
            "jti": secrets.token_urlsafe(12),
        }
        token = jwt.encode(claims, self._private_pem, algorithm="RS256", headers={"kid": self.kid})
        return DevLogin(token=token, user_id=user_id, name=name)
