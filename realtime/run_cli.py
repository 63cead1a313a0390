"""`coderemote run FILE`: stream a headless run from a server and exit with its status."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import httpx
import msgspec

from realtime.contract.replies import RunRejectedEvent
from sandbox.events import RunEvent, RunFinished, RunOutput, RunResult
from sandbox.languages.registry import load_registry
from sandbox.verdicts import Verdict

__all__ = ["exit_status", "run_file"]

# What `POST /api/runs` streams, one JSON object per line.
StreamedEvent = RunEvent | RunRejectedEvent
_decoder: msgspec.json.Decoder[StreamedEvent] = msgspec.json.Decoder(StreamedEvent)


def exit_status(finished: RunResult) -> int:
    """The shell status for a finished run: the program's own when it has one."""
    if finished.verdict == Verdict.OK:
        return 0
    if finished.exit_code is not None:
        return finished.exit_code or 1
    if finished.signal is not None:
        return 128 + finished.signal
    return 1


def language_of(path: str) -> str:
    """The registry language whose file extension `path` has; the default one otherwise."""
    registry = load_registry()
    suffix = Path(path).suffix.lower()
    found = next((lang.id for lang in registry.languages if lang.extension == suffix), None)
    return found or registry.default


def run_file(path: str, *, stdin_path: str | None, server: str, token: str | None) -> int:
    """Run `path` on `server`, printing stdout/stderr as it arrives; returns the exit status.

    Statuses: the program's (0 on `ok`), 128+signal when killed, 1 for other verdicts,
    2 when the server refused the run (policy diagnostics, busy, rate limited, no access).
    The language is the registry's whose file extension `path` has (Python otherwise).
    """
    try:
        code = Path(path).read_text(encoding="utf-8")
        stdin = Path(stdin_path).read_text(encoding="utf-8") if stdin_path else ""
    except (OSError, UnicodeDecodeError) as exc:
        print(f"coderemote: {exc}", file=sys.stderr)
        return 2
    token = token or os.environ.get("CODEREMOTE_TOKEN")
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    url = server.rstrip("/") + "/api/runs"
    try:
        with httpx.stream(
            "POST",
            url,
            json={"code": code, "stdin": stdin, "language": language_of(path)},
            headers=headers,
            timeout=None,
        ) as response:
            if response.status_code != 200:
                response.read()
                print(f"coderemote: {_error_text(response)}", file=sys.stderr)
                return 2
            for line in response.iter_lines():
                if not line:
                    continue
                try:
                    event = _decoder.decode(line)
                except msgspec.DecodeError as exc:
                    print(
                        f"coderemote: the server sent something unexpected: {exc}", file=sys.stderr
                    )
                    return 1
                status = _show(event)
                if status is not None:
                    return status
    except httpx.HTTPError as exc:
        print(f"coderemote: cannot reach {server}: {exc}", file=sys.stderr)
        return 2
    print("coderemote: the server ended the stream before the run finished", file=sys.stderr)
    return 1


def _show(event: StreamedEvent) -> int | None:
    if isinstance(event, RunOutput):
        stream = sys.stdout if event.stream == "stdout" else sys.stderr
        stream.write(event.data)
        stream.flush()
    elif isinstance(event, RunRejectedEvent):
        print(f"coderemote: run refused: {event.reason}", file=sys.stderr)
        for d in event.diagnostics:
            print(f"  line {d.line}, column {d.column}: {d.message}", file=sys.stderr)
        return 2
    elif isinstance(event, RunFinished):
        if event.verdict != Verdict.OK:
            print(f"coderemote: {event.verdict}: {event.message}", file=sys.stderr)
        return exit_status(event)
    return None


def _error_text(response: httpx.Response) -> str:
    try:
        error = response.json()["error"]
        return f"{error['message']} ({response.status_code} {error['code']})"
    except (ValueError, KeyError, TypeError):
        return f"HTTP {response.status_code}"
