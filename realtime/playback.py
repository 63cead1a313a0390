"""`GET /api/rooms/{room_id}/history`: the room's timestamped updates for playback."""

from __future__ import annotations

import base64
import json

from litestar import get
from litestar.di import NamedDependency
from litestar.params import FromPath

from realtime.api.errors import ApiError
from realtime.api.guards import room_reader_guard
from realtime.contract.history import HistoryUpdate, RoomHistory
from realtime.rooms.endpoint import ROOM_ID
from realtime.runs.store import RunStore, recorded_runs
from realtime.stores.base import RoomStore, StoreUnavailableError
from sandbox.events import Person

__all__ = ["room_history"]


# The guard admits exactly those who could join the room's socket (members of created rooms).
@get("/api/rooms/{room_id:str}/history", tags=["rooms"], guards=[room_reader_guard])
async def room_history(
    room_id: FromPath[str], store: NamedDependency[RoomStore], run_store: NamedDependency[RunStore]
) -> RoomHistory:
    """Document updates with their time (epoch ms), oldest first, base64-encoded.

    Older updates may have been compacted: they then arrive as one update stamped with the
    time of the newest change it contains. `runs` summarises the room's recorded runs
    (`GET /api/rooms/{id}/runs` has their output), refused ones too (`rejected`).
    `authors` maps each Yjs client id (decimal text) whose structs are in the document to the
    person whose connection first delivered them (`realtime/rooms/authors.py`).
    """
    if not ROOM_ID.fullmatch(room_id):
        raise ApiError(400, "bad_room_id", "room id must be 1-64 of A-Za-z0-9_-")
    try:
        entries = await store.history(room_id)
        authors = await store.authors(room_id)
    except StoreUnavailableError:
        raise ApiError(503, "unavailable", "storage unavailable") from None
    updates = [
        HistoryUpdate(at=e.at_ms, update=base64.b64encode(e.update).decode("ascii"))
        for e in entries
    ]
    return RoomHistory(
        updates=updates,
        runs=[r.summary() for r in await recorded_runs(run_store, room_id)],
        authors={str(c): _author(raw) for c, raw in sorted(authors.items())},
    )


def _author(raw: str) -> Person:
    """A stored author (written by `AuthorLedger`, read defensively)."""
    try:
        data = json.loads(raw)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        return Person(id="", name="unknown")
    return Person(id=str(data.get("id", "")), name=str(data.get("name", "")))
