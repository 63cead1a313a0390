"""Run records: hashing, output truncation, events and the CLI's exit status."""

from __future__ import annotations

import hashlib

import msgspec

from realtime.run_cli import exit_status, language_of
from realtime.runs.records import RECORD_OUTPUT_BYTES, RunRecord, code_hash
from sandbox.events import Diagnostic, RunResult
from sandbox.verdicts import Verdict


def test_code_hash_is_sha256_of_the_utf8_bytes() -> None:
    assert code_hash("print('é')\n") == hashlib.sha256("print('é')\n".encode()).hexdigest()
    assert code_hash("\ud800") != code_hash("")  # lone surrogates hash, not crash


def test_output_is_truncated_at_the_byte_bound() -> None:
    record = RunRecord("r", "room", {"id": "u", "name": "U"}, "h", 1)
    record.add_output("é" * RECORD_OUTPUT_BYTES)
    assert record.output_truncated
    assert len(record.output.encode()) <= RECORD_OUTPUT_BYTES
    record.add_output("more")
    assert not record.output.endswith("more")


def test_finish_and_round_trip() -> None:
    record = RunRecord("r", "room", {"id": "u", "name": "U"}, "h", 1)
    record.add_output("hi\n")
    diagnostic = Diagnostic(line=2, column=4, message="no", code="x")
    record.finish(RunResult(Verdict.RUNTIME_ERROR, exit_code=3, diagnostics=(diagnostic,)))
    last = record.as_last_run()
    assert last.verdict == Verdict.RUNTIME_ERROR and last.exit_code == 3
    assert not last.running and last.output == "hi\n"
    assert last.diagnostics == [diagnostic]
    again = RunRecord.from_json(record.to_json())
    assert again.to_json() == record.to_json()
    assert msgspec.to_builtins(record.summary()) == {
        "run_id": "r",
        "at": 1,
        "by": {"id": "u", "name": "U"},
        "verdict": "runtime_error",
        "code_hash": "h",
        "rejected": False,
        "language": "python",
    }


def test_the_record_keeps_its_language_and_old_records_are_python() -> None:
    record = RunRecord("r", "room", {"id": "u", "name": "U"}, "h", 1, language="go")
    assert record.as_last_run().language == "go"
    assert record.summary().language == "go"
    assert RunRecord.from_json(record.to_json()).stored().language == "go"
    # A record saved before rooms had languages ran Python.
    old = record.to_json()
    del old["language"]
    assert RunRecord.from_json(old).as_last_run().language == "python"


def test_exit_status_follows_the_program() -> None:
    assert exit_status(RunResult(Verdict.OK, exit_code=0)) == 0
    assert exit_status(RunResult(Verdict.RUNTIME_ERROR, exit_code=7)) == 7
    assert exit_status(RunResult(Verdict.RUNTIME_ERROR, signal=11)) == 139
    assert exit_status(RunResult(Verdict.TIMEOUT)) == 1


def test_coderemote_run_takes_the_language_from_the_file_extension() -> None:
    assert language_of("solution.py") == "python"
    assert language_of("Main.java") == "java"
    assert language_of("a/b/main.CPP") == "cpp"
    assert language_of("main.ts") == "typescript"
    assert language_of("notes.txt") == "python"
