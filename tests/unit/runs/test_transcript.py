"""A run's transcript: output and echoed input share one seq, land in the record, and are
checkpointed while the run goes on without ever overwriting its end."""

from __future__ import annotations

import asyncio

from realtime.runs.memory import MemoryRunStore
from realtime.runs.records import RunRecord
from realtime.runs.transcript import Transcript
from sandbox.events import RunResult
from sandbox.verdicts import Verdict


def _record() -> RunRecord:
    return RunRecord("r1", "room", {"id": "u", "name": "U"}, "h", 1)


async def test_output_and_typed_input_are_numbered_in_the_order_they_happen() -> None:
    transcript = Transcript(_record())
    events = [
        transcript.chunk("stdout", "Your name? "),
        transcript.chunk("stdin", "Bob\n"),
        transcript.chunk("stdout", "Age? "),
        transcript.chunk("stdin", "42\n"),
        transcript.chunk("stdout", "Hi Bob, 42\n"),
    ]
    assert [e["seq"] for e in events] == [0, 1, 2, 3, 4]
    assert [e["stream"] for e in events][:2] == ["stdout", "stdin"]
    assert all(e["type"] == "run.output" and e["run_id"] == "r1" for e in events)
    # The record reads like the terminal did.
    assert transcript.record.output == "Your name? Bob\nAge? 42\nHi Bob, 42\n"
    assert transcript.record.last_seq == 4
    await transcript.settle()


async def test_checkpoints_save_the_run_so_far_and_never_overwrite_its_end() -> None:
    store = MemoryRunStore()
    record = _record()
    transcript = Transcript(record, store, checkpoint_s=0.05)
    transcript.chunk("stdout", "a\n")
    for _ in range(100):
        saved = await store.get("room", "r1")
        if saved is not None:
            break
        await asyncio.sleep(0.01)
    assert saved is not None and saved.output == "a\n" and saved.verdict is None
    transcript.chunk("stdin", "b\n")  # within the interval: saved after it
    await asyncio.sleep(0.15)
    saved = await store.get("room", "r1")
    assert saved is not None and (saved.output, saved.last_seq) == ("a\nb\n", 1)

    transcript.chunk("stdout", "c\n")
    await transcript.settle()
    record.finish(RunResult(Verdict.OK, exit_code=0))
    await store.save(record)
    transcript.chunk("stdout", "late\n")  # after the end: no checkpoint any more
    await asyncio.sleep(0.1)
    saved = await store.get("room", "r1")
    assert saved is not None and saved.verdict == "ok" and "late" not in saved.output
