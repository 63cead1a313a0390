"""Refused runs: the `run.rejected` event, which refusals are kept, and how often they are told.

Every refusal of a Run press reaches the whole room (everyone sees the same room). Only a
refusal of the code itself (`syntax_error`, `policy_violation`) is recorded as the room's last
run, with its diagnostics, so late joiners, reloads and playback see it too; the others
(already running, rate limited, busy, unavailable) say nothing about the code and pass.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Sequence
from typing import Final

from msgspec import UNSET, UnsetType

from realtime.contract.replies import RejectionCode, RunRejectedEvent
from realtime.runs.records import RunRecord, diagnostics_json, now_ms
from sandbox.events import Diagnostic, RunResult
from sandbox.verdicts import Verdict

# The `code` of a `run.rejected` event. The first two are also the verdict of its record.
SYNTAX_ERROR: Final = "syntax_error"
POLICY_VIOLATION: Final = "policy_violation"
ALREADY_RUNNING: Final = "already_running"
RATE_LIMITED: Final = "rate_limited"
BUSY: Final = "busy"
UNAVAILABLE: Final = "unavailable"
BAD_STDIN: Final = "bad_stdin"
UNSUPPORTED_LANGUAGE: Final = "unsupported_language"
CODE_REFUSALS = frozenset({SYNTAX_ERROR, POLICY_VIOLATION})
UNAVAILABLE_MESSAGE = "running code is unavailable right now; try again in a moment"


def rejected(
    reason: str,
    diagnostics: Sequence[Diagnostic] = (),
    *,
    code: RejectionCode,
    retry_after: float | UnsetType = UNSET,
) -> RunRejectedEvent:
    """The `run.rejected` event (before `by`, `at` and a recorded `run_id` are added)."""
    return RunRejectedEvent(
        code=code, reason=reason, diagnostics=list(diagnostics), retry_after=retry_after
    )


def refused_code(result: RunResult) -> RunRejectedEvent:
    """The rejection of code the pool's policy refused (its verdict is the code)."""
    code: RejectionCode = (
        SYNTAX_ERROR if result.verdict == Verdict.SYNTAX_ERROR else POLICY_VIOLATION
    )
    return rejected(result.message, result.diagnostics, code=code)


def unsupported_language(language: str, known: Sequence[str]) -> RunRejectedEvent:
    """The refusal of a run whose language is not registered (a room names it, or a call)."""
    shown = language if len(language) <= 40 else language[:40] + "…"
    return rejected(
        f"this server cannot run {shown!r}: the language must be one of {', '.join(known)}",
        code=UNSUPPORTED_LANGUAGE,
    )


def rejection_record(
    room_id: str,
    by: dict[str, str],
    hash_of_code: str,
    rejection: RunRejectedEvent,
    language: str = "python",
) -> RunRecord:
    """A code refusal as a run of the room that ended before it started."""
    at = now_ms()
    record = RunRecord(
        uuid.uuid4().hex, room_id, by, hash_of_code, at, rejected=True, language=language
    )
    record.verdict = rejection.code
    record.message = rejection.reason
    record.diagnostics = diagnostics_json(rejection.diagnostics)
    record.finished_at = at
    return record


class RefusalThrottle:
    """Lets the room hear of one user's rate-limit refusals once per wait, not per press.

    A person pressing Run again and again while rate limited is answered each time; telling
    the whole room each time would let one person flood everyone's screen.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        """Use `clock` (seconds) to measure the waits."""
        self._clock = clock
        self._until: dict[tuple[str, str], float] = {}

    def allow(self, room_id: str, user_id: str, wait_s: float) -> bool:
        """True unless this user's refusal in this room was told less than its wait ago."""
        now = self._clock()
        if len(self._until) > 10_000:  # forget waits that are over
            self._until = {k: t for k, t in self._until.items() if t > now}
        key = (room_id, user_id)
        if self._until.get(key, 0.0) > now:
            return False
        self._until[key] = now + min(max(wait_s, 1.0), 60.0)
        return True
