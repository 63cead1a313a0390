"""Development identity provider: a display name in, a signed access token out.

It exists so `make run` works without Cognito while the production verification path still
runs unchanged: tokens are RS256-signed with a key generated at start-up, and the verifier
fetches the public half over HTTP from `/.well-known/jwks.json`, exactly as it would from
Cognito. Never enabled in production (settings refuse to start).
"""

from __future__ import annotations

import secrets
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jose import jwk, jwt

__all__ = ["DevIdentityProvider", "DevLogin"]


@dataclass(frozen=True, slots=True)
class DevLogin:
    """A minted token and the user it names."""

    token: str
    user_id: str
    name: str


class DevIdentityProvider:
    """Holds a fresh RSA key and mints Cognito-shaped access tokens with it."""

    def __init__(
        self,
        *,
        issuer: str,
        client_id: str,
        token_ttl_seconds: int = 12 * 3600,
        clock: Callable[[], float] = time.time,
    ) -> None:
        """Generate the signing key (2048-bit RSA, new on every start).

        Args:
            issuer: `iss` written into tokens; the verifier expects the same string.
            client_id: `client_id` written into access tokens.
            token_ttl_seconds: Token lifetime.
            clock: Wall clock in seconds since the epoch.
        """
        self.issuer = issuer
        self.client_id = client_id
        self._ttl = token_ttl_seconds
        self._clock = clock
        self._private_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self._private_pem = self._private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode()
        self.kid = secrets.token_urlsafe(12)

    def jwks(self) -> dict[str, Any]:
        """The public key set, in the shape Cognito serves it."""
        public_pem = self._private_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        public = jwk.construct(public_pem, algorithm="RS256").to_dict()
        return {
            "keys": [
                {
                    "kty": "RSA",
                    "alg": "RS256",
                    "use": "sig",
                    "kid": self.kid,
                    "n": public["n"],
                    "e": public["e"],
                }
            ]
        }

    def mint(self, name: str) -> DevLogin:
        """Sign an access token for a new development user called `name`.

        Every login is a new user id: a name is not an identity, and reusing ids by name would
        let anyone take over another person's rooms just by typing their name.
        """
        user_id = f"dev-{uuid.uuid4()}"
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
            "jti": secrets.token_urlsafe(12),
        }
        token = jwt.encode(claims, self._private_pem, algorithm="RS256", headers={"kid": self.kid})
        return DevLogin(token=token, user_id=user_id, name=name)
