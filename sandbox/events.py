"""The run contract: what is asked of the sandbox, and the events of a run, defined once.

Every type here is a msgspec `Struct`. The events form one tagged union (`RunEvent`, tag
field `type`) whose tags are the event names the browser sees (`run.started`, `run.output`,
`run.input_wanted`, `run.finished`): the event a runner builds from the agent's frames is the
same object that crosses the run channel (`encode`/`decode_event`), is kept in the run's
record and is sent, unchanged, on the room's socket and the REST NDJSON stream. `seq` is
given once, by the runner. They live here because `sandbox` is the lowest layer.
"""

from __future__ import annotations

from typing import Literal

import msgspec

from sandbox.verdicts import Verdict

# What the program writes; `stdin` is the runner's echo of typed input in the transcript.
Stream = Literal["stdout", "stderr"]
TranscriptStream = Literal["stdout", "stderr", "stdin"]
# "syntax": the program does not parse (a SyntaxError at line/column); "policy": it parses
# but the policy refuses it (or it is too large, badly encoded or too complex to check);
# "compile": a compiled language's compiler reported it (verdict `compile_error`).
DiagnosticKind = Literal["policy", "syntax", "compile"]


class Diagnostic(msgspec.Struct, frozen=True):
    """A finding the editor can show as a marker (1-based line, 0-based column).

    `kind` tells a syntax error (the web labels it "Syntax error") from a policy refusal.
    """

    line: int
    column: int
    message: str
    code: str
    end_line: int | None = None
    end_column: int | None = None
    kind: DiagnosticKind = "policy"


class Person(msgspec.Struct, frozen=True):
    """Who asked for a run, as the caller names them (opaque to the sandbox)."""

    id: str
    name: str


class RunRequest(msgspec.Struct, frozen=True):
    """One program to run.

    Attributes:
        run_id: Caller-chosen id, echoed in every event.
        code: The exact source text that will run (validated by the policy first).
        stdin: Input given up front; with `interactive`, more may follow while it runs.
        interactive: Keep stdin open for `send_input` until `close_input`.
        enforce_policy: Run the import/AST policy first (switched off only by tests that prove
            gVisor holds without it). The policy is Python's; other languages have none.
        language: A registry id (`sandbox/languages/registry.toml`), "python" by default.
    """

    run_id: str
    code: str
    stdin: str = ""
    interactive: bool = False
    enforce_policy: bool = True
    language: str = "python"


class RunResult(msgspec.Struct, frozen=True):
    """Measured from outside the sandbox; never parsed from the program's output.

    `cpu_ms` and `peak_memory_bytes` are None when unknown (not measured), never a made-up 0.
    For a compiled language, `compile_ms` is how long the compile step took (host-observed,
    from the job handed over to the compiler's report); `wall_ms`, `cpu_ms` and
    `peak_memory_bytes` are then the program's own phase. None for Python.
    """

    verdict: Verdict
    exit_code: int | None = None
    signal: int | None = None
    wall_ms: float = 0.0
    cpu_ms: float | None = None
    peak_memory_bytes: int | None = None
    output_bytes: int = 0
    output_truncated: bool = False
    message: str = ""
    diagnostics: tuple[Diagnostic, ...] = ()
    compile_ms: float | None = None


class RunStarted(msgspec.Struct, frozen=True, tag="run.started", tag_field="type"):
    """The run began.

    The sandbox layer sends it when a sandbox takes the run; a room sends it when it accepts
    a Run press, with who pressed it, the hash of the code and when. Both name the language
    it runs as (a registry id).
    """

    run_id: str
    by: Person | None = None
    code_hash: str | None = None
    at: int | None = None
    language: str | None = None


class RunOutput(msgspec.Struct, frozen=True, tag="run.output", tag_field="type"):
    """An ordered chunk of the transcript.

    `seq` counts the chunks of one run from 0, the echo of typed input (`stream` "stdin")
    included; the runner gives it, and nothing after it renumbers.
    """

    run_id: str
    stream: TranscriptStream
    data: str
    seq: int


class RunInputWanted(msgspec.Struct, frozen=True, tag="run.input_wanted", tag_field="type"):
    """The program is blocked reading stdin and nothing is buffered (interactive Python runs).

    Never sent for another language: the program is exec'd, and its wait on stdin cannot be
    seen from outside the sandbox (the web keeps the input box open for the whole run).
    """

    run_id: str


class RunFinished(RunResult, frozen=True, kw_only=True, tag="run.finished", tag_field="type"):
    """The last event of every run, whatever happened: the `RunResult` and the run's id."""

    run_id: str

    @property
    def result(self) -> RunResult:
        """The verdict and measurements (this event is one)."""
        return self

    @classmethod
    def of(cls, run_id: str, result: RunResult) -> RunFinished:
        """The finished event of run `run_id` with `result` (another run's event, too)."""
        fields = msgspec.structs.asdict(result)
        fields["run_id"] = run_id
        return cls(**fields)


RunEvent = RunStarted | RunOutput | RunInputWanted | RunFinished

_encoder = msgspec.json.Encoder()
_event_decoder: msgspec.json.Decoder[RunEvent] = msgspec.json.Decoder(RunEvent)


def encode(value: msgspec.Struct) -> bytes:
    """JSON bytes of an event, request or result (the verdict as its string value)."""
    return _encoder.encode(value)


def decode_event(data: bytes | str) -> RunEvent:
    """Inverse of `encode` for events (raises `msgspec.ValidationError` on a bad one)."""
    return _event_decoder.decode(data)
