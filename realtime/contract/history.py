"""What the REST API serves of a room's past: its update log and its recorded runs.

msgspec `Struct`s like the socket's events (the run records they mirror are kept as JSON),
so `GET /api/rooms/{id}/history` and `GET /api/rooms/{id}/runs` are in the OpenAPI schema and
the web's generated REST types.
"""

from __future__ import annotations

from typing import Annotated

import msgspec

from sandbox.events import Diagnostic, Person

__all__ = ["HistoryUpdate", "RoomHistory", "RoomRuns", "RunSummary", "StoredRun"]

EpochMs = Annotated[int, msgspec.Meta(description="Epoch milliseconds.")]


class HistoryUpdate(msgspec.Struct, frozen=True, kw_only=True):
    """One stored document update and when it was made."""

    at: EpochMs
    update: Annotated[str, msgspec.Meta(description="The Yjs update, base64.")]


class RunSummary(msgspec.Struct, frozen=True, kw_only=True):
    """A run of the room in its history: who, when, which code, how it ended."""

    run_id: str
    at: EpochMs
    by: Person
    verdict: str | None
    code_hash: str
    rejected: bool = msgspec.field(default=False)
    language: Annotated[str, msgspec.Meta(description="The language id it ran as.")] = "python"


class RoomHistory(msgspec.Struct, frozen=True, kw_only=True):
    """`GET /api/rooms/{id}/history`: updates oldest first, the runs, and the authors.

    `authors` maps each Yjs client id (decimal text) to the person whose connection first
    delivered its changes.
    """

    updates: list[HistoryUpdate]
    runs: list[RunSummary]
    authors: dict[str, Person]


class StoredRun(msgspec.Struct, frozen=True, kw_only=True):
    """A recorded run with the start of its output (`output_truncated` when cut)."""

    run_id: str
    room_id: str
    by: Person
    code_hash: str
    at: EpochMs
    output: str
    output_truncated: bool
    verdict: str | None
    exit_code: int | None
    signal: int | None
    wall_ms: float
    cpu_ms: float | None
    peak_memory_bytes: int | None
    message: str
    diagnostics: list[Diagnostic]
    finished_at: EpochMs | None
    rejected: bool
    last_seq: int
    language: Annotated[str, msgspec.Meta(description="The language id it ran as.")]
    compile_ms: Annotated[
        float | None, msgspec.Meta(description="Compile step's time (None: not compiled).")
    ] = None


class RoomRuns(msgspec.Struct, frozen=True, kw_only=True):
    """`GET /api/rooms/{id}/runs`: the room's recorded runs, oldest first."""

    runs: list[StoredRun]
