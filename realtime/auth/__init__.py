"""Authentication and access control: tokens, roles, invites, live revocation.

Kept free of imports from `realtime.rooms` at package level so the room server can import
`realtime.auth.permissions` without a cycle; the WebSocket hook is
`realtime.auth.authenticator.RoomAuthenticator`.
"""

from realtime.auth.errors import AuthError, InvalidTokenError, KeysUnavailableError
from realtime.auth.jwks import JwksCache
from realtime.auth.permissions import Action, Role, RoomKind
from realtime.auth.verifier import TokenVerifier, VerifiedToken

__all__ = [
    "Action",
    "AuthError",
    "InvalidTokenError",
    "JwksCache",
    "KeysUnavailableError",
    "Role",
    "RoomKind",
    "TokenVerifier",
    "VerifiedToken",
]
