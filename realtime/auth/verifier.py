"""Verify RS256 JSON Web Tokens issued by Cognito (or by the development provider)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from jose import jwk, jws, jwt
from jose.exceptions import JOSEError

from realtime.auth.errors import InvalidTokenError
from realtime.auth.jwks import JwksCache

__all__ = ["TokenUse", "TokenVerifier", "VerifiedToken"]

TokenUse = Literal["access", "id"]

# The only algorithm accepted. Taking `alg` from the token's header is how `none` and
# HS256-signed-with-the-public-key forgeries get in.
_ALGORITHM = "RS256"
# Cognito tokens are around 1 KB; bound the work done on hostile input.
_MAX_TOKEN_CHARS = 8192
_MAX_NAME_CHARS = 64


@dataclass(frozen=True, slots=True)
class VerifiedToken:
    """The parts of a verified token the product uses.

    Attributes:
        subject: Stable user id (`sub`).
        name: Display name (from `name`, `username`, `cognito:username` or `email`).
        token_use: `access` or `id`.
        expires_at: `exp`, seconds since the epoch.
        claims: Every claim, for callers that need more.
    """

    subject: str
    name: str
    token_use: TokenUse
    expires_at: int
    claims: dict[str, Any]


class TokenVerifier:
    """Checks signature, algorithm, issuer, audience/client id, token use and lifetime."""

    def __init__(
        self,
        keys: JwksCache,
        *,
        issuer: str,
        client_ids: Sequence[str],
        token_use: TokenUse = "access",
        leeway_seconds: int = 30,
        clock: Callable[[], float] = time.time,
    ) -> None:
        """Create a verifier.

        Args:
            keys: Where the provider's public keys come from.
            issuer: Exact expected `iss`.
            client_ids: App client ids accepted in `client_id` (access tokens) or `aud`
                (ID tokens).
            token_use: Which kind of token this verifier accepts; the other is refused.
            leeway_seconds: Clock skew tolerated on `exp` and `nbf`.
            clock: Seconds since the epoch.
        """
        if not client_ids:
            raise ValueError("at least one client id is required")
        self.keys = keys
        self.issuer = issuer
        self.client_ids = frozenset(client_ids)
        self.token_use = token_use
        self.leeway_seconds = leeway_seconds
        self._clock = clock

    async def verify(self, token: str) -> VerifiedToken:
        """Verify `token` and return who it names.

        Raises:
            InvalidTokenError: The token must be refused (reason in the message).
            KeysUnavailableError: The keys could not be fetched; try again later.
        """
        if not token or len(token) > _MAX_TOKEN_CHARS or token.count(".") != 2:
            raise InvalidTokenError("malformed token")
        try:
            header = jwt.get_unverified_header(token)
        except JOSEError as exc:
            raise InvalidTokenError("malformed token") from exc
        if header.get("alg") != _ALGORITHM:
            raise InvalidTokenError("token algorithm not allowed")
        kid = header.get("kid")
        if not isinstance(kid, str) or not kid:
            raise InvalidTokenError("token has no key id")
        try:
            jwk_fields: dict[str, Any] = {**await self.keys.key_for(kid)}
            key = jwk.construct(jwk_fields, algorithm=_ALGORITHM)
        except JOSEError as exc:
            raise InvalidTokenError("signing key unusable") from exc
        try:
            # The signature alone; every claim is then checked here, type first, so a claim
            # of the wrong JSON type is a refusal that names it, never a crash.
            payload = jws.verify(token, key, algorithms=[_ALGORITHM])
        except JOSEError as exc:
            raise InvalidTokenError("token signature invalid") from exc
        try:
            claims = json.loads(payload)
        except ValueError as exc:
            raise InvalidTokenError("token payload is not JSON") from exc
        if not isinstance(claims, dict):
            raise InvalidTokenError("token payload is not a JSON object")
        return self._checked(claims)

    def _checked(self, claims: dict[str, Any]) -> VerifiedToken:
        issuer = _claim(claims, "iss", str)
        if issuer != self.issuer:
            raise InvalidTokenError("token issuer rejected (iss)")
        subject = _claim(claims, "sub", str)
        if not subject:
            raise InvalidTokenError("token claim sub is empty")
        exp = _claim(claims, "exp", int)
        now = self._clock()
        if exp + self.leeway_seconds < now:
            raise InvalidTokenError("token expired")
        nbf = _claim(claims, "nbf", int, required=False)
        if nbf is not None and nbf - self.leeway_seconds > now:
            raise InvalidTokenError("token not yet valid (nbf)")
        _claim(claims, "iat", int, required=False)
        use = _claim(claims, "token_use", str)
        if use != self.token_use:
            raise InvalidTokenError(f"{self.token_use} token required (token_use)")
        if use == "access":
            if _claim(claims, "client_id", str) not in self.client_ids:
                raise InvalidTokenError("token is for another client (client_id)")
        else:
            aud = claims.get("aud")
            audiences = [aud] if isinstance(aud, str) else aud
            if not isinstance(audiences, list) or not all(isinstance(a, str) for a in audiences):
                raise InvalidTokenError("token claim aud must be a string or a list of strings")
            if not self.client_ids.intersection(audiences):
                raise InvalidTokenError("token is for another audience (aud)")
        return VerifiedToken(
            subject=subject,
            name=_display_name(claims, subject),
            token_use="access" if use == "access" else "id",
            expires_at=exp,
            claims=claims,
        )


def _claim(claims: dict[str, Any], name: str, kind: type, *, required: bool = True) -> Any:
    """The claim `name`, refused unless it has JSON type `kind` (booleans are not integers)."""
    if name not in claims:
        if required:
            raise InvalidTokenError(f"token has no {name} claim")
        return None
    value = claims[name]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        expected = "an integer" if kind is int else "a string"
        raise InvalidTokenError(f"token claim {name} must be {expected}")
    return value


def _display_name(claims: dict[str, Any], fallback: str) -> str:
    for field in ("name", "username", "cognito:username", "email"):
        value = claims.get(field)
        if isinstance(value, str) and value.strip():
            return "".join(ch for ch in value.strip() if ch.isprintable())[:_MAX_NAME_CHARS]
    return fallback[:_MAX_NAME_CHARS]
