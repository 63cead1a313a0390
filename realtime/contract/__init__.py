"""The one contract between the server and its clients: every socket app event, both ways.

`requests` holds what clients send (each with the permission it needs), `replies` what the
server sends, `errors` the codes of the `error` event, `codec` reading and writing them and
`generate` the JSON Schema, the web's TypeScript and the tables of docs/protocol.md made
from them.
"""

from realtime.contract.codec import (
    EventRefused,
    decode_client_event,
    echo_id,
    encode_server_event,
)
from realtime.contract.errors import ERROR_MEANINGS, ErrorCode
from realtime.contract.replies import SERVER_EVENTS, ErrorEvent, ServerEvent
from realtime.contract.requests import (
    CLIENT_EVENTS,
    EVENT_PERMISSIONS,
    ClientEvent,
    Request,
    event_type,
)

__all__ = [
    "CLIENT_EVENTS",
    "ERROR_MEANINGS",
    "EVENT_PERMISSIONS",
    "SERVER_EVENTS",
    "ClientEvent",
    "ErrorCode",
    "ErrorEvent",
    "EventRefused",
    "Request",
    "ServerEvent",
    "decode_client_event",
    "echo_id",
    "encode_server_event",
    "event_type",
]
