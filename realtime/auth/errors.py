"""Errors raised while establishing who a caller is."""

from __future__ import annotations


class AuthError(Exception):
    """Base class of the authentication errors."""


class InvalidTokenError(AuthError):
    """The token is missing, malformed, forged, expired or meant for something else.

    The message is a short reason for our logs and the client; it never contains the token.
    """


class KeysUnavailableError(AuthError):
    """The identity provider's signing keys cannot be fetched and none are cached.

    The token may be fine: callers answer "try again later" (HTTP 503, close code 4503)
    rather than "invalid token".
    """
