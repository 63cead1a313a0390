"""Settings of authentication, access control and quotas.

A mixin of the server's `Settings` (so every field reads from `CODEREMOTE_*` like the others)
kept here to leave the room server's settings module small. Validated at start-up: the
development identity provider and anonymous access are refused in production.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings

__all__ = ["AccessSettings"]


class AccessSettings(BaseSettings):
    """Auth, roles and quota settings (mixed into `realtime.settings.Settings`)."""

    cognito_region: str | None = Field(
        None, description="AWS region of the Cognito user pool, e.g. eu-west-1."
    )
    cognito_user_pool_id: str | None = Field(
        None, description="Cognito user pool id; setting it switches sign-in to Cognito."
    )
    cognito_client_id: str | None = Field(
        None, description="Cognito app client id accepted in tokens (client_id / aud)."
    )
    cognito_endpoint: str | None = Field(
        None,
        description="Base URL replacing https://cognito-idp.{region}.amazonaws.com "
        "(a local stand-in for tests; the issuer becomes {endpoint}/{pool}).",
    )
    auth_token_use: Literal["access", "id"] = Field(
        "access", description="Which Cognito token the API and sockets accept."
    )
    auth_leeway_seconds: int = Field(
        30, ge=0, le=300, description="Clock skew tolerated on token exp and nbf."
    )
    auth_jwks_timeout_seconds: float = Field(
        3.0, gt=0, le=30, description="Total time allowed for one JWKS fetch."
    )
    auth_jwks_refetch_seconds: float = Field(
        60.0, ge=1, description="Minimum seconds between JWKS fetches on an unknown key id."
    )
    dev_login: bool | None = Field(
        None,
        description="Development identity provider (POST /api/auth/dev-login); default on in "
        "development without Cognito; refused in production.",
    )
    dev_idp_url: str | None = Field(
        None,
        description="Base URL at which this server reaches its own JWKS "
        "(default http://127.0.0.1:{port}).",
    )
    dev_token_ttl_seconds: int = Field(
        12 * 3600,
        ge=15,
        le=7 * 24 * 3600,
        description="Lifetime of development tokens (short ones are for tests of renewal).",
    )
    allow_anonymous: bool | None = Field(
        None,
        description="Sockets without a token join rooms not created through the API as "
        "anonymous editors; default on in development, refused in production.",
    )
    invite_secret: SecretStr | None = Field(
        None,
        description="HMAC key signing invite links (32+ chars); required in production so "
        "every replica accepts the same links; random per start in development.",
    )
    public_url: str | None = Field(
        None, description="Public base URL of the web app, used in invite links."
    )
    limit_runs_per_minute: int = Field(10, ge=1, description="Runs one user may start a minute.")
    limit_room_runs_per_minute: int = Field(
        30, ge=1, description="Runs one room may start a minute."
    )
    limit_concurrent_runs: int = Field(2, ge=1, description="Runs one user may have at once.")
    limit_analyses_per_day: int = Field(
        50, ge=1, description="Analysis calls one user may make a day."
    )
    limit_rooms_per_day: int = Field(20, ge=1, description="Rooms one user may create a day.")
    limit_connections_per_user: int = Field(
        10, ge=1, description="WebSocket connections one user may hold at once."
    )

    @field_validator(
        "cognito_region",
        "cognito_user_pool_id",
        "cognito_client_id",
        "cognito_endpoint",
        "invite_secret",
        "public_url",
        mode="before",
    )
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        # `CODEREMOTE_INVITE_SECRET=` in a .env or a manifest means "not set", never a secret
        # of zero characters (nor a Cognito pool named "").
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @model_validator(mode="after")
    def _check_access(self) -> AccessSettings:
        cognito = [self.cognito_region, self.cognito_user_pool_id, self.cognito_client_id]
        if any(cognito) and not all(cognito):
            raise ValueError(
                "CODEREMOTE_COGNITO_REGION, CODEREMOTE_COGNITO_USER_POOL_ID and "
                "CODEREMOTE_COGNITO_CLIENT_ID must be set together"
            )
        if self.production:
            if self.dev_login:
                raise ValueError("CODEREMOTE_DEV_LOGIN is refused in production")
            if self.allow_anonymous:
                raise ValueError("CODEREMOTE_ALLOW_ANONYMOUS is refused in production")
            if not all(cognito):
                raise ValueError("CODEREMOTE_COGNITO_USER_POOL_ID is required in production")
            if self.invite_secret is None:
                raise ValueError("CODEREMOTE_INVITE_SECRET is required in production")
        if self.dev_login and self.cognito_user_pool_id:
            raise ValueError("CODEREMOTE_DEV_LOGIN cannot be combined with Cognito")
        if self.invite_secret is not None and len(self.invite_secret.get_secret_value()) < 32:
            raise ValueError("CODEREMOTE_INVITE_SECRET must be at least 32 characters")
        return self

    @property
    def production(self) -> bool:
        """Whether this is the production environment."""
        return bool(getattr(self, "environment", "development") == "production")

    @property
    def dev_login_enabled(self) -> bool:
        """The development identity provider is on (explicitly, or by default in dev)."""
        if self.dev_login is not None:
            return self.dev_login
        return not self.production and not self.cognito_user_pool_id

    @property
    def anonymous_enabled(self) -> bool:
        """Tokenless sockets may join ad-hoc rooms as anonymous editors."""
        if self.allow_anonymous is not None:
            return self.allow_anonymous
        return not self.production

    @property
    def cognito_issuer(self) -> str | None:
        """`https://cognito-idp.{region}.amazonaws.com/{pool}` (or under the endpoint)."""
        if not self.cognito_user_pool_id:
            return None
        base = self.cognito_endpoint or f"https://cognito-idp.{self.cognito_region}.amazonaws.com"
        return f"{base.rstrip('/')}/{self.cognito_user_pool_id}"

    @property
    def cognito_jwks_url(self) -> str | None:
        """The user pool's JWKS: `{issuer}/.well-known/jwks.json`."""
        issuer = self.cognito_issuer
        return None if issuer is None else f"{issuer}/.well-known/jwks.json"
