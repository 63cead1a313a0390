"""`/api/auth/*` and the development provider's JWKS."""

from __future__ import annotations

from typing import Any

from litestar import Controller, get, post
from litestar.params import JSONBody

from realtime.api.deps import AccessDep
from realtime.schemas import AuthConfig, CognitoConfig, DevLoginRequest, DevLoginResponse, UserInfo

__all__ = ["AuthConfigController", "DevLoginController"]


class AuthConfigController(Controller):
    """How the web app signs in."""

    path = "/api/auth"
    tags = ("auth",)

    @get("/config", summary="Sign-in configuration")
    async def config(self, access: AccessDep) -> AuthConfig:
        """`dev` (use `POST /api/auth/dev-login`) or `cognito` (with the pool to use)."""
        settings = access.settings
        cognito = None
        if settings.cognito_user_pool_id:
            cognito = CognitoConfig(
                region=settings.cognito_region or "",
                userPoolId=settings.cognito_user_pool_id,
                clientId=settings.cognito_client_id or "",
                endpoint=settings.cognito_endpoint,
            )
        return AuthConfig(
            mode=access.auth_mode, cognito=cognito, anonymous=settings.anonymous_enabled
        )


class DevLoginController(Controller):
    """Development identity provider (mounted only when it is enabled; never in production)."""

    path = "/"
    tags = ("auth",)

    @post("/api/auth/dev-login", status_code=200, summary="Development sign-in")
    async def dev_login(
        self, data: JSONBody[DevLoginRequest], access: AccessDep
    ) -> DevLoginResponse:
        """A signed access token for a new development user with this display name."""
        assert access.dev_idp is not None  # the controller is mounted only with a provider
        login = access.dev_idp.mint(data.name)
        return DevLoginResponse(token=login.token, user=UserInfo(id=login.user_id, name=login.name))

    @get("/.well-known/jwks.json", summary="Development provider's public keys")
    async def jwks(self, access: AccessDep) -> dict[str, Any]:
        """The JWKS the server itself fetches to verify development tokens."""
        assert access.dev_idp is not None
        return access.dev_idp.jwks()
