"""Verify RS256 JSON Web Tokens issued by Cognito (or by the development provider)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from jose import jwk, jwt
from jose.exceptions import ExpiredSignatureError, JOSEError, JWTClaimsError

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
    ) -> None:
        """Create a verifier.

        Args:
            keys: Where the provider's public keys come from.
            issuer: Exact expected `iss`.
            client_ids: App client ids accepted in `client_id` (access tokens) or `aud`
                (ID tokens).
            token_use: Which kind of token this verifier accepts; the other is refused.
            leeway_seconds: Clock skew tolerated on `exp` and `nbf`.
        """
        if not client_ids:
            raise ValueError("at least one client id is required")
        self.keys = keys
        self.issuer = issuer
        self.client_ids = frozenset(client_ids)
        self.token_use = token_use
        self.leeway_seconds = leeway_seconds

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
            key = jwk.construct(await self.keys.key_for(kid), algorithm=_ALGORITHM)
        except JOSEError as exc:
            raise InvalidTokenError("signing key unusable") from exc
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                key,
                algorithms=[_ALGORITHM],
                issuer=self.issuer,
                options={
                    # Access tokens carry `client_id`, not `aud`: both are checked below.
                    "verify_aud": False,
                    "verify_at_hash": False,
                    "require_exp": True,
                    "require_iss": True,
                    "require_sub": True,
                    "leeway": self.leeway_seconds,
                },
            )
        except ExpiredSignatureError as exc:
            raise InvalidTokenError("token expired") from exc
        except JWTClaimsError as exc:
            raise InvalidTokenError(f"token claims rejected: {exc}") from exc
        except JOSEError as exc:
            raise InvalidTokenError("token signature invalid") from exc
        return self._checked(claims)

    def _checked(self, claims: dict[str, Any]) -> VerifiedToken:
        use = claims.get("token_use")
        if use != self.token_use:
            raise InvalidTokenError(f"{self.token_use} token required")
        if use == "access":
            if claims.get("client_id") not in self.client_ids:
                raise InvalidTokenError("token is for another client")
        else:
            aud = claims.get("aud")
            audiences = [aud] if isinstance(aud, str) else aud
            if not isinstance(audiences, list) or not self.client_ids.intersection(
                a for a in audiences if isinstance(a, str)
            ):
                raise InvalidTokenError("token is for another audience")
        subject = claims.get("sub")
        exp = claims.get("exp")
        if not isinstance(subject, str) or not subject or not isinstance(exp, int):
            raise InvalidTokenError("token claims rejected")
        return VerifiedToken(
            subject=subject,
            name=_display_name(claims, subject),
            token_use=use,
            expires_at=exp,
            claims=claims,
        )


def _display_name(claims: dict[str, Any], fallback: str) -> str:
    for field in ("name", "username", "cognito:username", "email"):
        value = claims.get(field)
        if isinstance(value, str) and value.strip():
            return "".join(ch for ch in value.strip() if ch.isprintable())[:_MAX_NAME_CHARS]
    return fallback[:_MAX_NAME_CHARS]
