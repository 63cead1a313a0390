"""The public names of the rooms and stores packages are pinned (other features import them)."""

from __future__ import annotations

import realtime.rooms
import realtime.stores


def test_rooms_exports() -> None:
    assert sorted(realtime.rooms.__all__) == [
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
    for name in realtime.rooms.__all__:
        assert getattr(realtime.rooms, name) is not None


def test_stores_exports() -> None:
    assert sorted(realtime.stores.__all__) == [
        "MemoryRoomStore",
        "RedisRoomStore",
        "RoomState",
        "RoomStore",
        "StoreUnavailableError",
        "StoredUpdate",
    ]
    for name in realtime.stores.__all__:
        assert getattr(realtime.stores, name) is not None
