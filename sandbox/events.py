"""Data types that cross the sandbox boundary: what is asked, and what happens.

The actors and the realtime layer consume these; they live here because `sandbox` is the
lowest layer. Every type converts to and from plain JSON-able dicts (`to_dict`/`event_from_dict`)
so the same shapes travel over Ray, WebSockets and NDJSON.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from sandbox.verdicts import Verdict

Stream = Literal["stdout", "stderr"]
# "syntax": the program does not parse (a SyntaxError at line/column); "policy": it parses
# but the policy refuses it (or it is too large, badly encoded or too complex to check).
DiagnosticKind = Literal["policy", "syntax"]


@dataclass(frozen=True, slots=True)
class Diagnostic:
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


@dataclass(frozen=True, slots=True)
class RunRequest:
    """One program to run.

    Attributes:
        run_id: Caller-chosen id, echoed in every event.
        code: The exact source text that will run (validated by the policy first).
        stdin: Input given up front; with `interactive`, more may follow while it runs.
        interactive: Keep stdin open for `send_input` until `close_input`.
        enforce_policy: Run the import/AST policy first (switched off only by tests that prove
            gVisor holds without it).
    """

    run_id: str
    code: str
    stdin: str = ""
    interactive: bool = False
    enforce_policy: bool = True


@dataclass(frozen=True, slots=True)
class RunResult:
    """Measured from outside the sandbox; never parsed from the program's output."""

    verdict: Verdict
    exit_code: int | None = None
    signal: int | None = None
    wall_ms: float = 0.0
    cpu_ms: float = 0.0
    peak_memory_bytes: int = 0
    output_bytes: int = 0
    output_truncated: bool = False
    message: str = ""
    diagnostics: tuple[Diagnostic, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class RunStarted:
    """The program has been handed to a sandbox."""

    run_id: str
    type: Literal["started"] = "started"


@dataclass(frozen=True, slots=True)
class RunOutput:
    """An ordered chunk of output; `seq` counts chunks of one run from 0."""

    run_id: str
    stream: Stream
    data: str
    seq: int
    type: Literal["output"] = "output"


@dataclass(frozen=True, slots=True)
class RunInputWanted:
    """The program is blocked reading stdin and nothing is buffered (interactive runs)."""

    run_id: str
    type: Literal["input_wanted"] = "input_wanted"


@dataclass(frozen=True, slots=True)
class RunFinished:
    """The last event of every run, whatever happened."""

    run_id: str
    result: RunResult
    type: Literal["finished"] = "finished"


RunEvent = RunStarted | RunOutput | RunInputWanted | RunFinished


def to_dict(event: RunEvent) -> dict[str, Any]:
    """Plain-JSON form of an event (the verdict as its string value)."""
    return asdict(event)


def event_from_dict(data: dict[str, Any]) -> RunEvent:
    """Inverse of `to_dict`."""
    kind = data["type"]
    if kind == "started":
        return RunStarted(run_id=data["run_id"])
    if kind == "output":
        return RunOutput(
            run_id=data["run_id"], stream=data["stream"], data=data["data"], seq=data["seq"]
        )
    if kind == "input_wanted":
        return RunInputWanted(run_id=data["run_id"])
    if kind == "finished":
        raw = dict(data["result"])
        raw["verdict"] = Verdict(raw["verdict"])
        raw["diagnostics"] = tuple(Diagnostic(**d) for d in raw.get("diagnostics", ()))
        return RunFinished(run_id=data["run_id"], result=RunResult(**raw))
    raise ValueError(f"unknown run event type {kind!r}")
