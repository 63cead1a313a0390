"""Live rooms: documents, connections, awareness, app events and the WebSocket endpoint."""

from realtime.rooms.access import (
    AccessDenied,
    Authenticator,
    ConnectionRequest,
    DevelopmentAuthenticator,
    Permissions,
    Principal,
)
from realtime.rooms.connection import Connection
from realtime.rooms.events import EventGuardFn, EventHandler, EventRouter, JoinHandler
from realtime.rooms.registry import RoomRegistry
from realtime.rooms.room import Room

__all__ = [
    "AccessDenied",
    "Authenticator",
    "Connection",
    "ConnectionRequest",
    "DevelopmentAuthenticator",
    "EventGuardFn",
    "EventHandler",
    "EventRouter",
    "JoinHandler",
    "Permissions",
    "Principal",
    "Room",
    "RoomRegistry",
]
