"""What is kept of a run in a room: who ran which code, when, and how it ended."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace

import msgspec

from realtime.contract.history import RunSummary, StoredRun
from realtime.contract.replies import LastRun
from sandbox.events import Diagnostic, Person, RunResult, RunStarted
from sandbox.output import capped
from sandbox.verdicts import Verdict

# The record keeps the start of the output: enough to replay a run, bounded per room.
RECORD_OUTPUT_BYTES = 16 * 1024
ABANDONED_MESSAGE = "the server running this program stopped before the run ended"
# What `last_run` tells of a run still going: none of the fields of how it ended.
_LIVE_FIELDS = ("run_id", "by", "code_hash", "at", "output", "last_seq", "rejected", "language")


def code_hash(code: str) -> str:
    """sha256 hex of the exact UTF-8 bytes that run (lone surrogates kept as-is)."""
    return hashlib.sha256(code.encode("utf-8", "surrogatepass")).hexdigest()


def now_ms() -> int:
    """Epoch milliseconds."""
    return int(time.time() * 1000)


def diagnostics_json(
    diagnostics: tuple[Diagnostic, ...] | list[Diagnostic],
) -> list[dict[str, object]]:
    """Diagnostics as the API's JSON objects."""
    return [msgspec.structs.asdict(d) for d in diagnostics]


@dataclass(slots=True)
class RunRecord:
    """One run of a room (JSON-able through `to_json`/`from_json`)."""

    run_id: str
    room_id: str
    by: dict[str, str]
    code_hash: str
    at: int
    output: str = ""
    output_truncated: bool = False
    verdict: str | None = None
    exit_code: int | None = None
    signal: int | None = None
    wall_ms: float = 0.0
    cpu_ms: float | None = 0.0
    peak_memory_bytes: int | None = 0
    message: str = ""
    diagnostics: list[dict[str, object]] = field(default_factory=list)
    finished_at: int | None = None
    # A code refusal (syntax error, policy): it ended before it started, nothing ran.
    rejected: bool = False
    # `seq` of the last output chunk (program output or echoed input) this record includes.
    last_seq: int = -1
    # The registry id of the language it ran as (records from before languages are Python).
    language: str = "python"
    # How long a compiled language's compile step took (None: nothing was compiled).
    compile_ms: float | None = None
    _output_bytes: int = 0

    def add_output(self, text: str) -> None:
        """Keep output up to `RECORD_OUTPUT_BYTES`, then mark the record truncated."""
        raw = text.encode("utf-8", "replace")
        kept, cut = capped(raw, self._output_bytes, RECORD_OUTPUT_BYTES)
        if cut:
            text = kept.decode("utf-8", "ignore")  # a character cut in two is dropped
            self.output_truncated = True
        self.output += text
        self._output_bytes += len(kept)

    def finish(self, result: RunResult) -> None:
        """Copy the verdict and measurements of the finished run."""
        self.verdict = str(result.verdict)
        self.exit_code = result.exit_code
        self.signal = result.signal
        self.wall_ms = result.wall_ms
        self.cpu_ms = result.cpu_ms
        self.peak_memory_bytes = result.peak_memory_bytes
        self.message = result.message
        self.output_truncated = self.output_truncated or result.output_truncated
        self.diagnostics = diagnostics_json(result.diagnostics)
        self.compile_ms = result.compile_ms
        self.finished_at = now_ms()

    def abandoned(self) -> RunRecord:
        """A copy that shows a run that can no longer end (its server stopped) as ended."""
        return replace(self, verdict=str(Verdict.SANDBOX_ERROR), message=ABANDONED_MESSAGE)

    def to_json(self) -> dict[str, object]:
        """The stored and served form."""
        data = asdict(self)
        data.pop("_output_bytes")
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> RunRecord:
        """Inverse of `to_json` (raises `msgspec.ValidationError` on a malformed record)."""
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__ and k[0] != "_"}
        record = msgspec.convert(known, cls)
        record._output_bytes = len(record.output.encode("utf-8", "replace"))
        return record

    def summary(self) -> RunSummary:
        """The entry of `GET /api/rooms/{id}/history`'s `runs` list."""
        return msgspec.convert(self.to_json(), RunSummary)

    def stored(self) -> StoredRun:
        """The entry of `GET /api/rooms/{id}/runs`."""
        return msgspec.convert(self.to_json(), StoredRun)

    def started_event(self) -> RunStarted:
        """The room's `run.started` event: who ran which code, when, in which language."""
        return RunStarted(self.run_id, Person(**self.by), self.code_hash, self.at, self.language)

    def as_last_run(self) -> LastRun:
        """The `last_run` of `room.state`: the run so far, or how it ended."""
        data = self.to_json()
        fields = _LIVE_FIELDS if self.verdict is None else LastRun.__struct_fields__
        known = {name: data[name] for name in fields if name in data}
        return msgspec.convert({**known, "running": self.verdict is None}, LastRun)
