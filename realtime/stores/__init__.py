"""Room storage: one interface, an in-memory and a Redis backend."""

from realtime.stores.base import RoomState, RoomStore, StoredUpdate, StoreUnavailableError
from realtime.stores.memory import MemoryRoomStore
from realtime.stores.redis import RedisRoomStore

__all__ = [
    "MemoryRoomStore",
    "RedisRoomStore",
    "RoomState",
    "RoomStore",
    "StoreUnavailableError",
    "StoredUpdate",
]
