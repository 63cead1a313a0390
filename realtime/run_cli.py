"""`coderemote run FILE`: stream a headless run from a server and exit with its status."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import httpx

__all__ = ["exit_status", "run_file"]


def exit_status(finished: dict[str, Any]) -> int:
    """The shell status for a `run.finished` event: the program's own when it has one."""
    if finished.get("verdict") == "ok":
        return 0
    if finished.get("exit_code") is not None:
        return int(finished["exit_code"]) or 1
    if finished.get("signal") is not None:
        return 128 + int(finished["signal"])
    return 1


def run_file(path: str, *, stdin_path: str | None, server: str, token: str | None) -> int:
    """Run `path` on `server`, printing stdout/stderr as it arrives; returns the exit status.

    Statuses: the program's (0 on `ok`), 128+signal when killed, 1 for other verdicts,
    2 when the server refused the run (policy diagnostics, busy, rate limited, no access).
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
            "POST", url, json={"code": code, "stdin": stdin}, headers=headers, timeout=None
        ) as response:
            if response.status_code != 200:
                response.read()
                print(f"coderemote: {_error_text(response)}", file=sys.stderr)
                return 2
            for line in response.iter_lines():
                if not line:
                    continue
                status = _show(json.loads(line))
                if status is not None:
                    return status
    except httpx.HTTPError as exc:
        print(f"coderemote: cannot reach {server}: {exc}", file=sys.stderr)
        return 2
    print("coderemote: the server ended the stream before the run finished", file=sys.stderr)
    return 1


def _show(event: dict[str, Any]) -> int | None:
    kind = event.get("type")
    if kind == "run.output":
        stream = sys.stdout if event.get("stream") == "stdout" else sys.stderr
        stream.write(event.get("data", ""))
        stream.flush()
    elif kind == "run.rejected":
        print(f"coderemote: run refused: {event.get('reason')}", file=sys.stderr)
        for d in event.get("diagnostics", []):
            print(
                f"  line {d.get('line')}, column {d.get('column')}: {d.get('message')}",
                file=sys.stderr,
            )
        return 2
    elif kind == "error":
        print(f"coderemote: {event.get('message')}", file=sys.stderr)
        return 2
    elif kind == "run.finished":
        if event.get("verdict") != "ok":
            print(f"coderemote: {event.get('verdict')}: {event.get('message')}", file=sys.stderr)
        return exit_status(event)
    return None


def _error_text(response: httpx.Response) -> str:
    try:
        error = response.json()["error"]
        return f"{error['message']} ({response.status_code} {error['code']})"
    except (ValueError, KeyError, TypeError):
        return f"HTTP {response.status_code}"
