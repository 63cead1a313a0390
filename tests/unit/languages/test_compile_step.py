"""The in-sandbox compile step's protocol, run as a plain process on the host (no gVisor).

The step is stdlib-only Python, so its framing, its compile wall clock and its exec of the
program can be checked without a sandbox; tests/integration/languages runs it in gVisor.
"""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from sandbox.languages.compile_step import GO
from sandbox.languages.runsc import encode_job
from sandbox.rootfs_languages import COMPILE_STEP_SOURCE

LIMITS = {
    "cpu_cores": 1.0,
    "cpu_time_s": 5,
    "wall_s": 5,
    "memory_mb": 256,
    "address_space_mb": 4096,
    "pids": 64,
}


def _tool(name: str) -> str:
    path = shutil.which(name)
    assert path is not None, name
    return path


def run_step(job: dict[str, Any], stdin: bytes = b"") -> tuple[list[tuple[bytes, Any]], bytes]:
    """Run the step with `job`; the frames it sent and the raw bytes after them."""
    payload = json.dumps(job).encode()
    proc = subprocess.run(
        [sys.executable, "-I", "-S", str(COMPILE_STEP_SOURCE)],
        input=struct.pack(">I", len(payload)) + payload + stdin,
        capture_output=True,
        timeout=30,
        check=True,
    )
    out, frames = proc.stdout, []
    for _ in range(2 if job["compile"] else 1):
        tag, length = struct.unpack(">cI", out[:5])
        body = out[5 : 5 + length]
        frames.append((tag, json.loads(body) if body else None))
        out = out[5 + length :]
    return frames, out


def job_for(tmp_path: Path, compile_argv: list[str], run_argv: list[str], **limits: Any) -> dict:
    return {
        "source": "hello source\n",
        "source_path": str(tmp_path / "main.txt"),
        "compile": compile_argv,
        "run": run_argv,
        "env": {"PATH": "/usr/bin:/bin"},
        "compile_limits": LIMITS | limits,
        "run_limits": LIMITS,
        "compile_output_limit": 1024,
    }


def test_compiles_then_execs_the_program_with_the_rest_of_stdin(tmp_path: Path) -> None:
    job = job_for(tmp_path, [_tool("cat"), str(tmp_path / "main.txt")], [_tool("cat")])
    frames, rest = run_step(job, stdin=GO + b"typed input\n")
    assert frames[0] == (b"R", None)
    tag, result = frames[1]
    assert tag == b"C" and result["exit"] == 0 and result["output"] == "hello source\n"
    assert rest == b"typed input\n"  # the program (cat) got stdin after the job


def test_the_program_waits_for_the_hosts_go_after_the_report(tmp_path: Path) -> None:
    # The host switches the sandbox to the run phase's limits when it reads `C`; the program
    # must not start before, however late the host reads it.
    job = job_for(tmp_path, [_tool("true")], [_tool("echo"), "ran"])
    payload = json.dumps(job).encode()
    with subprocess.Popen(
        [sys.executable, "-I", "-S", str(COMPILE_STEP_SOURCE)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    ) as proc:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(struct.pack(">I", len(payload)) + payload)
        proc.stdin.flush()
        for expected in (b"R", b"C"):
            tag, length = struct.unpack(">cI", proc.stdout.read(5))
            assert tag == expected
            proc.stdout.read(length)
        time.sleep(0.5)
        assert proc.poll() is None  # still waiting: echo has not run
        proc.stdin.write(GO)
        proc.stdin.close()
        assert proc.stdout.read() == b"ran\n"
        assert proc.wait(timeout=30) == 0


def test_no_go_no_program(tmp_path: Path) -> None:
    job = job_for(tmp_path, [_tool("true")], [_tool("echo"), "ran"])
    payload = json.dumps(job).encode()
    proc = subprocess.run(
        [sys.executable, "-I", "-S", str(COMPILE_STEP_SOURCE)],
        input=struct.pack(">I", len(payload)) + payload + b"X",
        capture_output=True,
        timeout=30,
    )
    assert proc.returncode != 0 and b"ran" not in proc.stdout
    assert b"did not say go" in proc.stderr


def test_a_failed_compile_reports_and_runs_nothing(tmp_path: Path) -> None:
    job = job_for(tmp_path, [_tool("false")], [_tool("echo"), "ran"])
    frames, rest = run_step(job)
    assert frames[1][1]["exit"] == 1 and rest == b""


def test_a_compiler_past_its_wall_clock_is_killed(tmp_path: Path) -> None:
    job = job_for(tmp_path, [_tool("sleep"), "20"], [_tool("true")], wall_s=0.5)
    frames, _ = run_step(job)
    result = frames[1][1]
    assert result["signal"] == 9 and result["elapsed_ms"] < 5000


def test_compiler_output_is_capped(tmp_path: Path) -> None:
    job = job_for(tmp_path, [_tool("head"), "-c", "100000", "/dev/zero"], [_tool("true")])
    frames, _ = run_step(job, stdin=GO)
    result = frames[1][1]
    assert result["truncated"] and len(result["output"]) == 1024


def test_the_host_encodes_what_the_step_reads() -> None:
    from sandbox.languages import get_language

    go = get_language("go")
    data = encode_job(go, "package main\n")
    (length,) = struct.unpack(">I", data[:4])
    job = json.loads(data[4:])
    assert length == len(data) - 4
    assert job["compile"] == list(go.compile) and job["run"] == ["/work/main"]
    assert job["source_path"] == "/work/main.go" and job["env"]["GOCACHE"].startswith("/work")
