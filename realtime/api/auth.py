"""`/api/auth/*` and the development provider's JWKS."""

from __future__ import annotations

from jose import JWTError, jwt
from litestar import Controller, get, post
from litestar.params import JSONBody

from realtime.api.deps import AccessDep
from realtime.auth.dev_idp import DevIdentityProvider, DevLogin
from realtime.auth.errors import InvalidTokenError
from realtime.auth.jwks import Jwks
from realtime.contract.rest import (
    AuthConfig,
    CognitoConfig,
    DevLoginRequest,
    DevLoginResponse,
    DevRefreshRequest,
    UserInfo,
)

__all__ = ["MAX_DEV_SESSION_SECONDS", "AuthConfigController", "DevLoginController"]

# How long one development sign-in can be renewed for without signing in again.
MAX_DEV_SESSION_SECONDS = 30 * 24 * 3600


def renew_dev_token(idp: DevIdentityProvider, token: str) -> DevLogin:
    """A fresh token for the same user as `token`, which this provider must have signed.

    An expired token is accepted (a browser reopened the next day is still the same person),
    but only within `MAX_DEV_SESSION_SECONDS` of the sign-in it descends from (`auth_time`,
    carried from token to token), so a leaked old token cannot be renewed forever.

    Args:
        idp: The provider whose current key must have signed `token` (its clock and token
            lifetime apply).
        token: The token to renew.

    Raises:
        InvalidTokenError: Not signed with this provider's key (forged, or from a key the
            server no longer has), not an access token of this provider, or too old.
    """
    try:
        header = jwt.get_unverified_header(token)
        claims = jwt.decode(
            token,
            idp.jwks()["keys"][0],
            algorithms=["RS256"],
            issuer=idp.issuer,
            options={"verify_exp": False, "verify_aud": False, "verify_nbf": False},
        )
    except JWTError:
        raise InvalidTokenError("not a token of this sign-in (sign in again)") from None
    if header.get("kid") != idp.kid:
        raise InvalidTokenError("not a token of this sign-in (sign in again)")
    subject, name = claims.get("sub"), claims.get("username")
    if (
        claims.get("client_id") != idp.client_id
        or claims.get("token_use") != "access"
        or not isinstance(subject, str)
        or not isinstance(name, str)
    ):
        raise InvalidTokenError("not a development access token")
    auth_time = claims.get("auth_time", claims.get("iat"))
    if not isinstance(auth_time, int) or idp.now() - auth_time > MAX_DEV_SESSION_SECONDS:
        raise InvalidTokenError("this sign-in is too old to renew (sign in again)")
    return idp.sign(subject, name, auth_time=auth_time)


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

    @post("/api/auth/dev-refresh", status_code=200, summary="Renew a development token")
    async def dev_refresh(
        self, data: JSONBody[DevRefreshRequest], access: AccessDep
    ) -> DevLoginResponse:
        """A new token for the same user as `token` (expired ones within 30 days of sign-in).

        401 when the token was not signed by this provider's current key (then only signing
        in again helps: a new user), is not a development access token, or is too old.
        """
        assert access.dev_idp is not None
        login = renew_dev_token(access.dev_idp, data.token)
        return DevLoginResponse(token=login.token, user=UserInfo(id=login.user_id, name=login.name))

    @get("/.well-known/jwks.json", summary="Development provider's public keys")
    async def jwks(self, access: AccessDep) -> Jwks:
        """The JWKS the server itself fetches to verify development tokens."""
        assert access.dev_idp is not None
        return access.dev_idp.jwks()
