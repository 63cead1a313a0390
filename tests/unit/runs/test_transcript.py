"""A run's transcript: the chunks (output and echoed input, numbered by the runner) land in
the record unchanged, and are checkpointed while the run goes on without ever overwriting its
end."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from realtime.runs.memory import MemoryRunStore
from realtime.runs.records import RunRecord
from realtime.runs.transcript import Transcript
from sandbox.events import RunOutput, RunResult
from sandbox.verdicts import Verdict


def _record() -> RunRecord:
    return RunRecord("r1", "room", {"id": "u", "name": "U"}, "h", 1)


class _Runner:
    """Numbers chunks as the sandbox runner does."""

    def __init__(self) -> None:
        self.seq = -1

    def __call__(self, stream, data) -> RunOutput:
        self.seq += 1
        return RunOutput("r1", stream, data, self.seq)


async def test_chunks_pass_unchanged_and_the_record_reads_like_the_terminal() -> None:
    transcript = Transcript(_record())
    chunk = _Runner()
    sent = [
        chunk("stdout", "Your name? "),
        chunk("stdin", "Bob\n"),
        chunk("stdout", "Age? "),
        chunk("stdin", "42\n"),
        chunk("stdout", "Hi Bob, 42\n"),
    ]
    events = [transcript.add(e) for e in sent]
    assert events == sent and [e.seq for e in events] == [0, 1, 2, 3, 4]
    # The record reads like the terminal did.
    assert transcript.record.output == "Your name? Bob\nAge? 42\nHi Bob, 42\n"
    assert transcript.record.last_seq == 4
    await transcript.settle()


async def saved_when(
    store: MemoryRunStore, ok: Callable[[RunRecord | None], bool], within: float = 30.0
) -> RunRecord | None:
    """The saved record of run r1 once `ok` holds for it (the last one read after `within`)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    saved = await store.get("room", "r1")
    while not ok(saved) and loop.time() < deadline:
        await asyncio.sleep(0.01)
        saved = await store.get("room", "r1")
    return saved


async def test_checkpoints_save_the_run_so_far_and_never_overwrite_its_end() -> None:
    store = MemoryRunStore()
    record = _record()
    transcript = Transcript(record, store, checkpoint_s=0.05)
    chunk = _Runner()
    transcript.add(chunk("stdout", "a\n"))
    saved = await saved_when(store, lambda r: r is not None)
    assert saved is not None and saved.output == "a\n" and saved.verdict is None
    transcript.add(chunk("stdin", "b\n"))  # within the interval: saved after it
    # Waited for, not slept for: on a loaded machine the saver's wake-up after its interval
    # can run after a fixed sleep of the test's that ends in the same loop iteration.
    saved = await saved_when(store, lambda r: r is not None and r.last_seq == 1)
    assert saved is not None and (saved.output, saved.last_seq) == ("a\nb\n", 1)

    transcript.add(chunk("stdout", "c\n"))
    await transcript.settle()
    record.finish(RunResult(Verdict.OK, exit_code=0))
    await store.save(record)
    transcript.add(chunk("stdout", "late\n"))  # after the end: no checkpoint any more
    await asyncio.sleep(0.1)
    saved = await store.get("room", "r1")
    assert saved is not None and saved.verdict == "ok" and "late" not in saved.output
