"""Room metadata: rooms, members and roles, invites, interviewer notes.

Kept apart from the CRDT update store on purpose: this data decides who may do what, and the
document store is readable by everyone in the room.
"""

from realtime.metadata.base import MetadataUnavailableError, RoomMetaStore, top_role
from realtime.metadata.memory import MemoryRoomMetaStore
from realtime.metadata.records import InviteRecord, MemberRecord, RoomRecord
from realtime.metadata.redis import RedisRoomMetaStore

__all__ = [
    "InviteRecord",
    "MemberRecord",
    "MemoryRoomMetaStore",
    "MetadataUnavailableError",
    "RedisRoomMetaStore",
    "RoomMetaStore",
    "RoomRecord",
    "top_role",
]
