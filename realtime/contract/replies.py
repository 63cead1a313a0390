"""Server -> client application events (type-100 frames), one `Struct` per `type`.

The run events (`run.started`, `run.output`, `run.input_wanted`, `run.finished`) are the
sandbox layer's own (`sandbox.events`): the object a runner makes is the one sent here.
Fields without a default are always sent (possibly `null`); fields defaulting to `UNSET`
are left out when they do not apply. A client that meets a `type` it does not know ignores it
(a newer server may add events); one that misses a `type` it should handle fails its type
check, because the web's types are generated from this module.
"""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec
from msgspec import UNSET, UnsetType

from realtime.auth.permissions import Role
from realtime.contract.errors import ErrorCode
from realtime.contract.requests import RequestId
from sandbox.events import Diagnostic, Person, RunFinished, RunInputWanted, RunOutput, RunStarted
from sandbox.verdicts import Verdict

__all__ = [
    "SERVER_EVENTS",
    "Analysis",
    "AnalysisFailedEvent",
    "AnalysisResultEvent",
    "AnalysisStartedEvent",
    "ErrorEvent",
    "Fit",
    "FunctionComplexity",
    "LastRun",
    "Measurement",
    "NotesUpdatedEvent",
    "Opinion",
    "PermissionFlags",
    "PongEvent",
    "RejectionCode",
    "RoomStateEvent",
    "RunRejectedEvent",
    "ServerEvent",
    "SessionEvent",
]

EpochMs = Annotated[int, msgspec.Meta(description="Epoch milliseconds.")]
RejectionCode = Literal[
    "syntax_error",
    "policy_violation",
    "already_running",
    "rate_limited",
    "busy",
    "unavailable",
    "bad_stdin",
    "unsupported_language",
]


class Event(msgspec.Struct, tag_field="type", kw_only=True, frozen=True):
    """Base of every server event: its `type` is the class's tag."""


class Part(msgspec.Struct, kw_only=True, frozen=True):
    """A JSON object inside an event."""


class PermissionFlags(Part, frozen=True):
    """What the connection may do (decided once, at connect)."""

    edit: bool
    run: bool
    cancel: bool
    analyze: bool
    read_notes: bool
    write_notes: bool
    invite: bool
    revoke: bool


class SessionEvent(Event, tag="session", frozen=True):
    """Sent once, right after connect: who you are and what you may do."""

    user: Person
    role: Role
    permissions: PermissionFlags


class PongEvent(Event, tag="pong", frozen=True):
    """The answer to `ping` (echoes its `id`)."""

    id: RequestId | UnsetType = UNSET


class ErrorEvent(Event, tag="error", frozen=True):
    """A request was refused or failed; sent to its sender alone (echoes the request's `id`)."""

    code: ErrorCode
    message: str
    id: RequestId | UnsetType = UNSET
    retry_after: int | UnsetType = UNSET


class NotesUpdatedEvent(Event, tag="notes.updated", frozen=True):
    """The interviewers' notes changed (only connections with `read_notes` get it)."""


class AnalysisStartedEvent(Event, tag="analysis.started", frozen=True):
    """Someone pressed Analyze: the room's code is being analysed."""

    id: RequestId | UnsetType = UNSET


class Measurement(Part, frozen=True):
    """One timed point: the input size and the seconds one call took."""

    n: int
    seconds: float


class Fit(Part, frozen=True):
    """The class whose curve fits the measurements best."""

    cls: str = msgspec.field(name="class")
    points: list[Measurement]


class FunctionComplexity(Part, frozen=True):
    """Complexity of one function (1-based `line` of its `def`)."""

    name: str
    time: str
    space: str
    line: int


class Opinion(Part, frozen=True):
    """What one source said on its own."""

    source: Literal["static", "measured", "gemini"]
    time: str
    confidence: float


class Analysis(Part, frozen=True):
    """Big-O of a program: overall and per function, with how sure and why.

    What `POST /api/analyze` answers; `analysis.result` is the same object with its type.
    """

    source: Literal["gemini", "offline"]
    time: str
    space: str
    functions: list[FunctionComplexity]
    explanation: str
    confidence: float
    measurements: list[Measurement] | None
    fit: Fit | None
    reason: str | UnsetType = UNSET
    sources: list[Opinion] | UnsetType = UNSET


class AnalysisResultEvent(
    Analysis, frozen=True, kw_only=True, tag="analysis.result", tag_field="type"
):
    """The analysis of the room's code, told to the whole room (echoes the request's `id`)."""

    id: RequestId | UnsetType = UNSET


class AnalysisFailedEvent(Event, tag="analysis.failed", frozen=True):
    """The analysis failed: everyone's panel stops waiting (`message` says why)."""

    message: str
    id: RequestId | UnsetType = UNSET


class RunRejectedEvent(Event, tag="run.rejected", frozen=True):
    """A Run press was refused: nothing ran (told to the whole room)."""

    code: RejectionCode
    reason: str
    diagnostics: list[Diagnostic]
    by: Person | UnsetType = UNSET
    at: EpochMs | UnsetType = UNSET
    run_id: str | UnsetType = UNSET
    code_hash: str | UnsetType = UNSET
    retry_after: float | UnsetType = UNSET


class LastRun(Part, frozen=True):
    """The room's last run: live (`running`), over, or refused (`rejected`)."""

    run_id: str
    by: Person
    code_hash: str
    at: EpochMs
    output: str
    last_seq: int
    running: bool
    rejected: bool
    language: Annotated[str, msgspec.Meta(description="The language id it ran as.")]
    verdict: Verdict | UnsetType = UNSET
    exit_code: int | UnsetType | None = UNSET
    signal: int | UnsetType | None = UNSET
    wall_ms: float | UnsetType = UNSET
    cpu_ms: float | UnsetType | None = UNSET
    peak_memory_bytes: int | UnsetType | None = UNSET
    output_truncated: bool | UnsetType = UNSET
    message: str | UnsetType = UNSET
    diagnostics: list[Diagnostic] | UnsetType = UNSET
    compile_ms: float | UnsetType | None = UNSET


class RoomStateEvent(Event, tag="room.state", frozen=True):
    """Sent right after joining: the room's last run, or null."""

    last_run: LastRun | None


ServerEvent = (
    SessionEvent
    | PongEvent
    | ErrorEvent
    | NotesUpdatedEvent
    | AnalysisStartedEvent
    | AnalysisResultEvent
    | AnalysisFailedEvent
    | RunStarted
    | RunOutput
    | RunInputWanted
    | RunFinished
    | RunRejectedEvent
    | RoomStateEvent
)
SERVER_EVENTS: tuple[type[msgspec.Struct], ...] = (
    SessionEvent,
    PongEvent,
    ErrorEvent,
    NotesUpdatedEvent,
    AnalysisStartedEvent,
    AnalysisResultEvent,
    AnalysisFailedEvent,
    RunStarted,
    RunOutput,
    RunInputWanted,
    RunFinished,
    RunRejectedEvent,
    RoomStateEvent,
)
