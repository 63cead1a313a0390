from sandbox.events import (
    Diagnostic,
    RunFinished,
    RunOutput,
    RunResult,
    RunStarted,
    event_from_dict,
    to_dict,
)
from sandbox.verdicts import Verdict


def test_events_round_trip_through_plain_dicts() -> None:
    events = [
        RunStarted(run_id="r1"),
        RunOutput(run_id="r1", stream="stdout", data="héllo 🙂", seq=0),
        RunFinished(
            run_id="r1",
            result=RunResult(
                verdict=Verdict.POLICY_VIOLATION,
                diagnostics=(Diagnostic(line=1, column=0, message="no", code="import"),),
            ),
        ),
    ]
    for event in events:
        assert event_from_dict(to_dict(event)) == event
