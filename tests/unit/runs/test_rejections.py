"""Refused runs: syntax errors told apart from policy refusals, what is recorded, throttling."""

from __future__ import annotations

import msgspec

from realtime.runs.records import RunRecord
from realtime.runs.rejections import (
    BUSY,
    RefusalThrottle,
    refused_code,
    rejected,
    rejection_record,
)
from sandbox.events import RunResult
from sandbox.policy import refusal
from sandbox.verdicts import Verdict, refusal_verdict

BY = {"id": "u1", "name": "Ada"}


def _diagnostics(code: str) -> RunResult:
    """How the pool's one policy check ends a refused program."""
    result = refusal(code)
    assert result is not None
    return result


def test_a_program_that_does_not_parse_is_a_syntax_error_at_its_position() -> None:
    event = refused_code(_diagnostics("x = 1\nprint('a')\ny = = 2\n"))
    assert event.code == "syntax_error"
    [diagnostic] = event.diagnostics
    assert (diagnostic.kind, diagnostic.line, diagnostic.column) == ("syntax", 3, 4)
    assert event.reason.startswith("syntax error")


def test_a_refused_import_stays_a_policy_violation() -> None:
    event = refused_code(_diagnostics("x = 1\nimport os\n"))
    assert event.code == "policy_violation"
    assert event.diagnostics[0].line == 2


def test_refusal_verdict_follows_the_diagnostic_kinds() -> None:
    assert refusal_verdict(["syntax"]) is Verdict.SYNTAX_ERROR
    assert refusal_verdict(["policy", "policy"]) is Verdict.POLICY_VIOLATION
    assert refusal_verdict([]) is Verdict.POLICY_VIOLATION


def test_a_code_refusal_is_recorded_as_a_run_that_never_started() -> None:
    event = refused_code(_diagnostics("def f(:\n"))
    record = rejection_record("room", BY, "h", event)
    assert record.rejected and record.verdict == "syntax_error"
    assert record.finished_at == record.at and record.output == ""
    assert record.diagnostics == [msgspec.structs.asdict(d) for d in event.diagnostics]
    assert record.as_last_run().diagnostics == event.diagnostics
    again = RunRecord.from_json(record.to_json())
    assert again.rejected and again.summary().rejected is True
    # Records stored before the flag existed read as runs that started.
    old = record.to_json()
    del old["rejected"], old["last_seq"]
    assert RunRecord.from_json(old).rejected is False


def test_other_refusals_carry_their_code() -> None:
    assert msgspec.json.encode(rejected("busy: queue full", code=BUSY)) == (
        b'{"type":"run.rejected","code":"busy","reason":"busy: queue full","diagnostics":[]}'
    )


def test_rate_limit_refusals_are_told_once_per_wait_per_user_and_room() -> None:
    now = [100.0]
    throttle = RefusalThrottle(clock=lambda: now[0])
    assert throttle.allow("r", "ada", 5)
    assert not throttle.allow("r", "ada", 5)
    assert throttle.allow("r", "bob", 5) and throttle.allow("other", "ada", 5)
    now[0] += 5.01
    assert throttle.allow("r", "ada", 5)
    # Waits are bounded: never more than a minute of silence, never less than a second.
    assert throttle.allow("r", "cy", 3600)
    now[0] += 60.01
    assert throttle.allow("r", "cy", 3600)
