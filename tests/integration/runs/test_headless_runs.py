"""`POST /api/runs` streams NDJSON; `coderemote run FILE` prints live and exits with the status."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path

import httpx

from tests.integration.rooms.conftest import RunningServer

# The pause is a sleep, not a busy loop: a loop's length depends on how fast the machine is
# (400,000 iterations took 36 ms on one CI run), a sleep does not.
SLOW = "import time\nprint('first', flush=True)\ntime.sleep(0.5)\nprint('second')\n"


async def test_headless_api_streams_events(run_server: RunningServer) -> None:
    seen: list[tuple[float, dict[str, object]]] = []
    body = {"code": SLOW, "stdin": ""}
    async with (
        httpx.AsyncClient(base_url=run_server.http, timeout=60) as http,
        http.stream("POST", "/api/runs", json=body) as response,
    ):
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("application/x-ndjson")
        async for line in response.aiter_lines():
            if line:
                seen.append((time.monotonic(), json.loads(line)))
    kinds = [e["type"] for _, e in seen]
    assert kinds[0] == "run.started" and kinds[-1] == "run.finished"
    assert seen[0][1]["language"] == "python"
    assert seen[-1][1]["verdict"] == "ok"
    first = next(t for t, e in seen if e["type"] == "run.output" and "first" in str(e["data"]))
    # The first line arrived while the program was still working: it was streamed.
    assert seen[-1][0] - first > 0.3
    output = "".join(str(e["data"]) for _, e in seen if e["type"] == "run.output")
    assert output == "first\nsecond\n"


async def test_headless_api_rejects_policy_violations(run_server: RunningServer) -> None:
    async with httpx.AsyncClient(base_url=run_server.http, timeout=60) as http:
        response = await http.post("/api/runs", json={"code": "import socket\n"})
    lines = [json.loads(line) for line in response.text.splitlines() if line]
    assert [e["type"] for e in lines] == ["run.rejected"]
    assert lines[0]["diagnostics"][0]["line"] == 1


async def test_cli_prints_output_and_exits_with_the_status(
    run_server: RunningServer, tmp_path: Path
) -> None:
    program = tmp_path / "prog.py"
    program.write_text("import sys\nprint(sys.stdin.read().upper())\nraise SystemExit(7)\n")
    given = tmp_path / "input.txt"
    given.write_text("hello")
    exe = Path(sys.executable).with_name("coderemote")
    proc = await asyncio.create_subprocess_exec(
        str(exe),
        "run",
        str(program),
        "--stdin",
        str(given),
        "--server",
        run_server.http,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), 90)
    assert out.decode() == "HELLO\n", err
    assert proc.returncode == 7
