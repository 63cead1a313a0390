"""A room with live work (a run) is not unloaded when its last local client leaves."""

from __future__ import annotations

from prometheus_client import CollectorRegistry

from realtime.metrics import RealtimeMetrics
from realtime.rooms.events import EventRouter
from realtime.rooms.registry import RoomRegistry
from realtime.stores.memory import MemoryRoomStore


async def test_a_held_room_outlives_the_idle_grace_period_until_released() -> None:
    registry = RoomRegistry(
        MemoryRoomStore(),
        EventRouter(),
        RealtimeMetrics(CollectorRegistry()),
        idle_seconds=0.0,
    )
    room = await registry.acquire("held-room")
    room.hold()

    await registry.sweep()
    assert registry.get("held-room") is room

    room.release()
    await registry.sweep()
    assert registry.get("held-room") is None
    await registry.close()


async def test_release_without_hold_does_not_go_negative() -> None:
    registry = RoomRegistry(
        MemoryRoomStore(),
        EventRouter(),
        RealtimeMetrics(CollectorRegistry()),
        idle_seconds=0.0,
    )
    room = await registry.acquire("r")
    room.release()
    room.hold()
    assert room.held
    await registry.close()
