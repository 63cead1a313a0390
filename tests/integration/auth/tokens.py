"""Tokens minted in the tests with local RSA keys, shaped like Cognito's."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jose import jwk, jwt

REGION = "eu-west-1"
POOL = "eu-west-1_TestPool"
CLIENT_ID = "test-client-123"


class SigningKey:
    """An RSA key pair with a key id."""

    def __init__(self, kid: str) -> None:
        self.kid = kid
        self._key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.private_pem = self._key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode()
        self.public_pem = self._key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    def jwk(self) -> dict[str, Any]:
        public = jwk.construct(self.public_pem, algorithm="RS256").to_dict()
        return {
            "kty": "RSA",
            "alg": "RS256",
            "use": "sig",
            "kid": self.kid,
            "n": public["n"],
            "e": public["e"],
        }


def claims(issuer: str, *, use: str = "access", **overrides: Any) -> dict[str, Any]:
    now = int(time.time())
    base: dict[str, Any] = {
        "sub": "user-1",
        "iss": issuer,
        "token_use": use,
        "iat": now,
        "auth_time": now,
        "exp": now + 3600,
    }
    if use == "access":
        base |= {"client_id": CLIENT_ID, "username": "alice", "scope": "openid"}
    else:
        base |= {"aud": CLIENT_ID, "cognito:username": "alice", "email": "a@example.com"}
    base.update(overrides)
    return {k: v for k, v in base.items() if v is not None}


def sign(key: SigningKey, payload: dict[str, Any], *, kid: str | None = None) -> str:
    return jwt.encode(
        payload,
        key.private_pem,
        algorithm="RS256",
        headers={"kid": kid if kid is not None else key.kid},
    )


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def raw_token(header: dict[str, Any], payload: dict[str, Any], signature: bytes) -> str:
    return ".".join(
        [b64(json.dumps(header).encode()), b64(json.dumps(payload).encode()), b64(signature)]
    )


def hs256_with_public_key(key: SigningKey, payload: dict[str, Any]) -> str:
    """The algorithm-confusion forgery: HMAC keyed with the (public) RSA key's PEM."""
    header = {"alg": "HS256", "typ": "JWT", "kid": key.kid}
    signing_input = ".".join([b64(json.dumps(header).encode()), b64(json.dumps(payload).encode())])
    mac = hmac.new(key.public_pem, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{b64(mac)}"
