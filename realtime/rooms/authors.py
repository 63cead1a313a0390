"""Who wrote what: each Yjs client id of a room is attributed to the person who sent it first.

Every struct of a Yjs update carries the client id of the document that created it, and that
id survives merging and compaction. The server knows who is behind each connection, so the
first time a connection delivers structs of a client id, that client id is recorded as this
person's (`RoomStore.record_authors`, first writer wins across processes). Playback colours
text by client id and looks the author up in `GET /api/rooms/{id}/history`'s `authors`.

Nothing a client claims (awareness names, colours) is trusted here: only the connection's
authenticated principal.
"""

from __future__ import annotations

import asyncio
import json
import logging

from realtime.protocol import ProtocolError, read_var_uint
from realtime.rooms.access import Principal
from realtime.stores.base import RoomStore

__all__ = ["AuthorLedger", "decode_state_vector", "first_struct_group"]

logger = logging.getLogger(__name__)


def first_struct_group(update: bytes) -> tuple[int, int | None]:
    """The number of struct groups of a Yjs v1 update and the first group's client id.

    Reading two or three varints is enough to tell a plain keystroke of a known client (one
    group, that client) from an update that may bring new client ids.
    """
    groups, pos = read_var_uint(update, 0)
    if groups == 0:
        return 0, None
    _structs, pos = read_var_uint(update, pos)
    client, _ = read_var_uint(update, pos)
    return groups, client


def decode_state_vector(vector: bytes) -> dict[int, int]:
    """A Yjs state vector (`client -> next clock`) as a dict."""
    count, pos = read_var_uint(vector, 0)
    out: dict[int, int] = {}
    for _ in range(count):
        client, pos = read_var_uint(vector, pos)
        out[client], pos = read_var_uint(vector, pos)
    return out


class AuthorLedger:
    """The attributed client ids of one room in this process, writing new ones to the store.

    The room calls `needs_check` before applying an update and `record` after: only updates
    that might carry an unknown client id cost a state-vector comparison.
    """

    def __init__(self, room_id: str, store: RoomStore) -> None:
        """Start with nothing known (the store's first-writer-wins keeps repeats harmless)."""
        self._room_id = room_id
        self._store = store
        self._known: set[int] = set()
        self._pending: set[asyncio.Task[None]] = set()

    def needs_check(self, update: bytes) -> bool:
        """False when the update only holds structs of one already attributed client."""
        try:
            groups, client = first_struct_group(update)
        except ProtocolError:
            return False  # undecodable: the document refuses it anyway
        return groups > 1 or (groups == 1 and client not in self._known)

    def record(self, before: dict[int, int], after: dict[int, int], who: Principal) -> None:
        """Attribute the client ids whose clock advanced between two state vectors to `who`."""
        new = {c for c, clock in after.items() if clock > before.get(c, 0)} - self._known
        if not new:
            return
        self._known |= new
        author = json.dumps({"id": who.user_id, "name": who.name}, separators=(",", ":"))
        task = asyncio.create_task(self._write(dict.fromkeys(new, author)))
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    async def _write(self, authors: dict[int, str]) -> None:
        try:
            await self._store.record_authors(self._room_id, authors)
        except Exception as exc:
            # Forgotten here so the client's next update tries again.
            self._known -= authors.keys()
            logger.warning("authors not recorded: %s", exc, extra={"room": self._room_id})
