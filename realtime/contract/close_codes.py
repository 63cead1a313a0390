"""Every WebSocket close code the room server sends, and what the client should do.

The table in docs/protocol.md is generated from `CLOSE_CODES`; nothing in the server closes
a socket with a number that is not here (a test reads the sources to make sure).
"""

from __future__ import annotations

from enum import IntEnum

__all__ = ["CLOSE_CODES", "CloseCode"]


class CloseCode(IntEnum):
    """A close code of the room socket."""

    MALFORMED = 1007
    TOO_LARGE = 1009
    INTERNAL = 1011
    TOO_SLOW = 1013
    BAD_ROOM_ID = 4400
    UNAUTHORIZED = 4401
    FORBIDDEN = 4403
    NO_SUCH_ROOM = 4404
    TOO_MANY_CONNECTIONS = 4429
    UNAVAILABLE = 4503


# (meaning, what the client should do)
CLOSE_CODES: dict[CloseCode, tuple[str, str]] = {
    CloseCode.MALFORMED: (
        "malformed frame (see above)",
        "fix the client; reconnecting resends the same",
    ),
    CloseCode.TOO_LARGE: ("frame larger than the limit", "not resend it"),
    CloseCode.INTERNAL: ("internal error (logged with an error id)", "reconnect with backoff"),
    CloseCode.TOO_SLOW: (
        "too slow: more than `CODEREMOTE_SEND_QUEUE_FRAMES` frames waited for this client",
        "reconnect",
    ),
    CloseCode.BAD_ROOM_ID: ("bad room id", "not reconnect"),
    CloseCode.UNAUTHORIZED: (
        "missing, invalid, malformed or expired token (the reason names the claim)",
        "get a new token",
    ),
    CloseCode.FORBIDDEN: (
        "forbidden, role changed or invite revoked",
        "not reconnect with the same token",
    ),
    CloseCode.NO_SUCH_ROOM: (
        "room does not exist (when rooms must be created first)",
        "not reconnect",
    ),
    CloseCode.TOO_MANY_CONNECTIONS: ("too many connections", "back off"),
    CloseCode.UNAVAILABLE: (
        "store unavailable (Redis down): try again later",
        "reconnect with backoff",
    ),
}
