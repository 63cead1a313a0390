"""Room-metadata store in Redis, shared by every server replica."""

from __future__ import annotations

import time
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import RedisError

from realtime.auth.permissions import Role
from realtime.metadata.base import MetadataUnavailableError, RoomMetaStore
from realtime.metadata.records import InviteRecord, MemberRecord, RoomRecord
from realtime.redis_client import redis_client

__all__ = ["RedisRoomMetaStore"]

# Revoked invites are remembered this long after they expire, so a late revoke still finds
# the members who joined with them.
_INVITE_GRACE_SECONDS = 30 * 24 * 3600

# KEYS: invite key, members hash. ARGV: room id, user id, member JSON.
_JOIN_SCRIPT = """
local raw = redis.call('GET', KEYS[1])
if not raw then return 0 end
local invite = cjson.decode(raw)
if invite['revoked'] or invite['room_id'] ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[2], ARGV[2], ARGV[3])
return 1
"""

# KEYS: invite key, members hash. ARGV: room id, invite id. Returns removed user ids or -1.
_REVOKE_SCRIPT = """
local raw = redis.call('GET', KEYS[1])
if not raw then return -1 end
local invite = cjson.decode(raw)
if invite['room_id'] ~= ARGV[1] then return -1 end
invite['revoked'] = true
redis.call('SET', KEYS[1], cjson.encode(invite), 'KEEPTTL')
local removed = {}
local all = redis.call('HGETALL', KEYS[2])
for i = 1, #all, 2 do
  local member = cjson.decode(all[i + 1])
  if member['invite_id'] == ARGV[2] then
    redis.call('HDEL', KEYS[2], all[i])
    table.insert(removed, all[i])
  end
end
return removed
"""

# KEYS: links hash (role -> invite id), members hash. ARGV: room id, role, invite key prefix,
# new invite id ("" to leave no link), new invite JSON, seconds a revoked link is remembered.
# The old link's key is only known inside the script (it is read from the links hash in the
# same atomic step), so it is built from the prefix: fine on one Redis, not on a cluster.
_SET_LINK_SCRIPT = """
local removed = {}
local old = redis.call('HGET', KEYS[1], ARGV[2])
if old then
  local old_key = ARGV[3] .. old
  local raw = redis.call('GET', old_key)
  if raw then
    local invite = cjson.decode(raw)
    invite['revoked'] = true
    redis.call('SET', old_key, cjson.encode(invite), 'EX', tonumber(ARGV[6]))
  end
  local all = redis.call('HGETALL', KEYS[2])
  for i = 1, #all, 2 do
    local member = cjson.decode(all[i + 1])
    if member['invite_id'] == old then
      redis.call('HDEL', KEYS[2], all[i])
      table.insert(removed, all[i])
    end
  end
end
if ARGV[4] == '' then
  redis.call('HDEL', KEYS[1], ARGV[2])
else
  redis.call('SET', ARGV[3] .. ARGV[4], ARGV[5])
  redis.call('HSET', KEYS[1], ARGV[2], ARGV[4])
end
return removed
"""


class RedisRoomMetaStore(RoomMetaStore):
    """Keys under `{prefix}`: room JSON, members hash, invite JSON (with TTL), notes."""

    def __init__(
        self, client: Redis, *, prefix: str = "cr:meta:", owns_client: bool = True
    ) -> None:
        """Use an existing client (`realtime.redis_client.redis_client(...)`).

        Args:
            client: The Redis client; closed by `close()` when `owns_client`.
            prefix: Key prefix, so several deployments can share one Redis.
            owns_client: False when the client is the process's shared one.
        """
        self._redis = client
        self._owns_client = owns_client
        self._prefix = prefix
        self._join = client.register_script(_JOIN_SCRIPT)
        self._revoke = client.register_script(_REVOKE_SCRIPT)
        self._set_link = client.register_script(_SET_LINK_SCRIPT)

    @classmethod
    def from_url(cls, url: str) -> RedisRoomMetaStore:
        """A store with its own connection pool to `url`."""
        return cls(redis_client(url))

    def _key(self, *parts: str) -> str:
        return self._prefix + ":".join(parts)

    async def _call(self, coro: Any) -> Any:
        try:
            return await coro
        except (RedisError, OSError) as exc:
            raise MetadataUnavailableError("room metadata store unavailable") from exc

    async def create_room(self, room: RoomRecord, owner: MemberRecord) -> bool:
        key = self._key("room", room.id)
        created = await self._call(self._redis.set(key, room.encode(), nx=True))
        if not created:
            return False
        await self.put_member(room.id, owner)
        return True

    async def get_room(self, room_id: str) -> RoomRecord | None:
        raw = await self._call(self._redis.get(self._key("room", room_id)))
        return None if raw is None else RoomRecord.decode(raw)

    async def get_member(self, room_id: str, user_id: str) -> MemberRecord | None:
        raw = await self._call(self._redis.hget(self._key("members", room_id), user_id))
        return None if raw is None else MemberRecord.decode(raw)

    async def list_members(self, room_id: str) -> list[MemberRecord]:
        raw = await self._call(self._redis.hgetall(self._key("members", room_id)))
        return [MemberRecord.decode(value) for value in raw.values()]

    async def put_member(self, room_id: str, member: MemberRecord) -> None:
        await self._call(
            self._redis.hset(self._key("members", room_id), member.user_id, member.encode())
        )

    async def remove_member(self, room_id: str, user_id: str) -> bool:
        removed = await self._call(self._redis.hdel(self._key("members", room_id), user_id))
        return bool(removed)

    async def add_member_by_invite(self, room_id: str, member: MemberRecord) -> bool:
        keys = [self._key("invite", member.invite_id or ""), self._key("members", room_id)]
        args: list[str | bytes] = [room_id, member.user_id, member.encode()]
        return bool(await self._call(self._join(keys=keys, args=args)))

    async def put_invite(self, invite: InviteRecord) -> None:
        ttl = None
        if invite.expires_at is not None:
            ttl = max(1, invite.expires_at - int(time.time())) + _INVITE_GRACE_SECONDS
        await self._call(self._redis.set(self._key("invite", invite.id), invite.encode(), ex=ttl))

    async def get_invite(self, invite_id: str) -> InviteRecord | None:
        raw = await self._call(self._redis.get(self._key("invite", invite_id)))
        return None if raw is None else InviteRecord.decode(raw)

    async def revoke_invite(self, room_id: str, invite_id: str) -> list[str] | None:
        keys = [self._key("invite", invite_id), self._key("members", room_id)]
        result = await self._call(self._revoke(keys=keys, args=[room_id, invite_id]))
        return None if result == -1 else [_text(item) for item in result]

    async def get_links(self, room_id: str) -> list[InviteRecord]:
        ids = await self._call(self._redis.hvals(self._key("links", room_id)))
        if not ids:
            return []
        keys = [self._key("invite", _text(i)) for i in ids]
        raws = await self._call(self._redis.mget(keys))
        links = [InviteRecord.decode(raw) for raw in raws if raw is not None]
        return [link for link in links if not link.revoked]

    async def set_link(self, room_id: str, role: Role, link: InviteRecord | None) -> list[str]:
        keys = [self._key("links", room_id), self._key("members", room_id)]
        args = [
            room_id,
            role.value,
            self._key("invite", ""),
            "" if link is None else link.id,
            "" if link is None else link.encode(),
            _INVITE_GRACE_SECONDS,
        ]
        result = await self._call(self._set_link(keys=keys, args=args))
        return [_text(item) for item in result]

    async def get_notes(self, room_id: str) -> str:
        raw = await self._call(self._redis.get(self._key("notes", room_id)))
        return "" if raw is None else bytes(raw).decode()

    async def put_notes(self, room_id: str, text: str) -> None:
        await self._call(self._redis.set(self._key("notes", room_id), text.encode()))

    async def close(self) -> None:
        if self._owns_client:
            await self._redis.aclose()


def _text(item: Any) -> str:
    return item.decode() if isinstance(item, bytes) else str(item)
