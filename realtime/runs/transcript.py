"""A live run's transcript: what the program printed and what its runner typed, in order.

The room sees a run like a terminal: the runner's typed input is echoed in the output stream
at the point it was typed (`run.output` with `stream: "stdin"`), numbered by the same `seq`
as the program's output (the runner numbers both; nothing here renumbers). The transcript
also lands in the run's record, saved now and then while it runs (at most once per
`CHECKPOINT_S`), so that someone joining through another server process sees the run so
far, not an empty output.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from realtime.runs.records import RunRecord
from realtime.runs.store import RunStore
from sandbox.events import RunOutput

log = logging.getLogger(__name__)

CHECKPOINT_S = 1.0


class Transcript:
    """Keeps a run's output chunks in its record.

    Args:
        record: The run's record (its output grows with each chunk).
        store: Where checkpoints are saved; None: no checkpoints (headless runs).
        checkpoint_s: Least time between two checkpoint saves.
    """

    def __init__(
        self, record: RunRecord, store: RunStore | None = None, checkpoint_s: float = CHECKPOINT_S
    ) -> None:
        self.record = record
        self._store = store
        self._checkpoint_s = checkpoint_s
        self._dirty = False
        self._closing = asyncio.Event()
        self._saver: asyncio.Task[None] | None = None

    def add(self, event: RunOutput) -> RunOutput:
        """Keep a chunk in the record (checkpointed now and then); returns it unchanged."""
        self.record.add_output(event.data)
        self.record.last_seq = event.seq
        self._checkpoint()
        return event

    def _checkpoint(self) -> None:
        if self._store is None or self._closing.is_set():
            return
        self._dirty = True
        if self._saver is None or self._saver.done():
            self._saver = asyncio.create_task(self._save_while_dirty(self._store))

    async def _save_while_dirty(self, store: RunStore) -> None:
        while self._dirty and not self._closing.is_set():
            self._dirty = False
            try:
                await store.save(self.record)
            except Exception as exc:  # a checkpoint is a courtesy; the end is saved anyway
                log.debug("checkpoint of run %s not saved: %s", self.record.run_id, exc)
            # Wait out the interval, but not when the run ends meanwhile.
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._closing.wait(), self._checkpoint_s)

    async def settle(self) -> None:
        """Stop checkpointing and wait for a save in flight.

        The end is saved after it, never overwritten by an older checkpoint.
        """
        self._closing.set()
        if self._saver is not None:
            await asyncio.gather(self._saver, return_exceptions=True)
