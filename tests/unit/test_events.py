import msgspec
import pytest

from sandbox.events import (
    Diagnostic,
    Person,
    RunFinished,
    RunInputWanted,
    RunOutput,
    RunResult,
    RunStarted,
    decode_event,
    encode,
)
from sandbox.verdicts import Verdict


def test_events_round_trip_through_json() -> None:
    events = [
        RunStarted(run_id="r1"),
        RunStarted(run_id="r1", by=Person("u1", "Ada"), code_hash="ab", at=5),
        RunOutput(run_id="r1", stream="stdout", data="héllo 🙂", seq=0),
        RunInputWanted(run_id="r1"),
        RunFinished.of(
            "r1",
            RunResult(
                verdict=Verdict.POLICY_VIOLATION,
                diagnostics=(Diagnostic(line=1, column=0, message="no", code="import"),),
            ),
        ),
    ]
    for event in events:
        assert decode_event(encode(event)) == event


def test_the_wire_names_are_the_browsers_event_names() -> None:
    finished = RunFinished.of("r1", RunResult(verdict=Verdict.OK, exit_code=0))
    wire = msgspec.json.decode(encode(finished))
    assert wire["type"] == "run.finished" and wire["verdict"] == "ok" and wire["run_id"] == "r1"
    assert finished.result.verdict is Verdict.OK
    assert msgspec.json.decode(encode(RunOutput("r1", "stdin", "x", 3)))["type"] == "run.output"


def test_an_unknown_or_malformed_event_is_refused() -> None:
    with pytest.raises(msgspec.ValidationError):
        decode_event(b'{"type": "run.exploded", "run_id": "r1"}')
    with pytest.raises(msgspec.ValidationError):
        decode_event(
            b'{"type": "run.output", "run_id": "r1", "stream": "fd9", "data": "","seq": 1}'
        )
