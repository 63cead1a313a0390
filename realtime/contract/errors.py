"""The codes of the socket's `error` event: one per kind of failure, each documented.

A client branches on `code`, never on `message` (plain English for people). No error event
carries a traceback, a path or an internal id: failures the server did not expect are logged
with a correlation id, and only that id is shown.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["ERROR_MEANINGS", "ErrorCode"]


class ErrorCode(StrEnum):
    """Machine-readable reason of an `error` event."""

    BAD_EVENT = "bad_event"
    UNKNOWN_EVENT = "unknown_event"
    TOO_LARGE = "too_large"
    FORBIDDEN = "forbidden"
    NO_LIVE_RUN = "no_live_run"
    RATE_LIMITED = "rate_limited"
    UNAVAILABLE = "unavailable"
    ANALYSIS_FAILED = "analysis_failed"
    INTERNAL = "internal"


ERROR_MEANINGS: dict[ErrorCode, str] = {
    ErrorCode.BAD_EVENT: "The event is not JSON, not an object, or a field has the wrong type, "
    "is missing, is unknown or is out of range; `message` says which.",
    ErrorCode.UNKNOWN_EVENT: "No event of this `type` exists (refused by default: nothing ran).",
    ErrorCode.TOO_LARGE: "The event is larger than 256 KiB.",
    ErrorCode.FORBIDDEN: "The connection's role may not send this event, or only the runner "
    "may (typed input).",
    ErrorCode.NO_LIVE_RUN: "`run.input`, `run.eof` or `run.cancel` while no run (or not this "
    "`run_id`) is live in the room.",
    ErrorCode.RATE_LIMITED: "A quota is used up; `retry_after` says in how many seconds to try "
    "again.",
    ErrorCode.UNAVAILABLE: "Storage, quotas or analysis cannot be reached right now; try again "
    "in a moment.",
    ErrorCode.ANALYSIS_FAILED: "The analysis of this code failed (e.g. it is too long to "
    "analyse, or not Python while Gemini is off); `message` says why.",
    ErrorCode.INTERNAL: "The server failed unexpectedly; `message` carries an error id to quote "
    "(the details are in the server log under it).",
}
