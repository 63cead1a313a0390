"""Compile, then exec the program: runs inside a language sandbox, stdlib only.

Started as `python3 -I -S /opt/agent/compile_step.py` in a sandbox built from the language's
root filesystem (it is copied there beside the agent), so the compiler and the program share
one sandbox and one warm start. Protocol over the stdio pipes, framed like the agent's:

* agent -> host, fd 1: `R` (ready, empty) once warm.
* host -> agent, fd 0: a 4-byte big-endian length and a JSON job (`source`, `source_path`,
  `compile`, `run`, `env`, `compile_limits`, `run_limits`, `compile_output_limit`), then the
  program's stdin until EOF.
* agent -> host, fd 1: `C` with a JSON payload (`exit`, `signal`, `elapsed_ms`, `output`,
  `truncated`) once the compiler has finished; nothing for a language without a compile step.
* host -> agent, fd 0, after `C` of a compile that succeeded: the byte `G` once the host has
  switched the cgroup to the run phase's limits, then the program's stdin until EOF (a
  language without a compile step gets its stdin right after the job).
  Then the program replaces this process (exec): its fd 1 and fd 2 are the sandbox's, raw,
  and its exit status is the sandbox's.

The host switches the CPU quota and the memory limit from the compile limits to the run
limits when it reads `C`; waiting for `G` keeps the program from starting under the compile
phase's larger limits when the host reads `C` late (a loaded machine).
Each phase's rlimits are set here: the compiler's in its child, the program's on this process
before the exec (hard limits only go down). Nothing here is the security boundary (gVisor is).
"""

import json
import os
import resource
import select
import signal
import struct
import sys
import time
from typing import TypedDict

_HEADER = struct.Struct(">cI")
MiB = 1024 * 1024
#: The host's go-ahead after a compile: the run phase's limits are in place.
GO = b"G"


class Limits(TypedDict):
    """One phase's limits, as `PhaseLimits.model_dump()` writes them into the job."""

    cpu_cores: float
    cpu_time_s: float
    wall_s: float
    memory_mb: int
    address_space_mb: int
    pids: int


class Job(TypedDict):
    """The JSON job (`sandbox.languages.runsc.encode_job`)."""

    source: str
    source_path: str
    compile: list[str]
    run: list[str]
    env: dict[str, str]
    compile_limits: Limits | None
    run_limits: Limits
    compile_output_limit: int


class CompileReport(TypedDict):
    """The `C` frame's payload."""

    exit: int
    signal: int
    elapsed_ms: float
    output: str
    truncated: bool


def send(tag: bytes, payload: bytes) -> None:
    """Write one frame to fd 1 (all of it, even if the pipe takes it in parts)."""
    data = _HEADER.pack(tag, len(payload)) + payload
    while data:
        data = data[os.write(1, data) :]


def read_exact(n: int) -> bytes:
    """Read exactly `n` bytes of fd 0 (unbuffered: what follows is the program's stdin)."""
    chunks = []
    while n:
        chunk = os.read(0, n)
        if not chunk:
            raise EOFError("the host closed stdin before the job was complete")
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def apply_limits(limits: Limits) -> None:
    """Set the rlimits of a phase on this process (inherited by what it execs).

    RLIMIT_CPU is a backstop (the host measures the budget from the cgroup): its soft limit
    sends SIGXCPU a second before the hard one's SIGKILL, so a program stopped by it reads as
    over its CPU time, never as killed for no reason.
    """
    cpu = int(limits["cpu_time_s"]) + 1
    triples = [
        (resource.RLIMIT_AS, int(limits["address_space_mb"]) * MiB, None),
        (resource.RLIMIT_NPROC, int(limits["pids"]), None),
        (resource.RLIMIT_CPU, cpu, cpu + 1),
        (resource.RLIMIT_CORE, 0, None),
    ]
    for kind, soft, wanted_hard in triples:
        _, hard = resource.getrlimit(kind)
        new_hard = soft if wanted_hard is None else wanted_hard
        if hard != resource.RLIM_INFINITY:
            new_hard = min(new_hard, hard)
        resource.setrlimit(kind, (min(soft, new_hard), new_hard))


def run_compiler(job: Job, limits: Limits) -> CompileReport:
    """Run the compile command with its `limits`; its output (both streams) is captured."""
    limit = job["compile_output_limit"]
    read_fd, write_fd = os.pipe()
    began = time.monotonic()
    pid = os.fork()
    if pid == 0:  # the compiler
        try:
            os.close(read_fd)
            os.dup2(write_fd, 1)
            os.dup2(write_fd, 2)
            devnull = os.open("/dev/null", os.O_RDONLY) if os.path.exists("/dev/null") else -1
            os.dup2(devnull if devnull >= 0 else write_fd, 0)
            apply_limits(limits)
            os.execve(job["compile"][0], job["compile"], job["env"])
        except BaseException as exc:  # the exec failed: say so where the host reads it
            os.write(2, f"compile step: cannot run {job['compile'][0]}: {exc}\n".encode())
        finally:
            os._exit(127)
    os.close(write_fd)
    deadline = began + limits["wall_s"]
    kept: list[bytes] = []
    total = 0
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([read_fd], [], [], remaining)[0]:
            os.kill(pid, signal.SIGKILL)  # over its wall clock (the host's is a backstop)
            break
        chunk = os.read(read_fd, 65536)
        if not chunk:
            break
        if total < limit:
            kept.append(chunk)
        total += len(chunk)
    os.close(read_fd)
    _, status = os.waitpid(pid, 0)
    output = b"".join(kept)[:limit]
    return {
        "exit": os.waitstatus_to_exitcode(status),
        "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0,
        "elapsed_ms": round((time.monotonic() - began) * 1000, 1),
        "output": output.decode("utf-8", "replace"),
        "truncated": total > len(output),
    }


def main() -> None:
    """Wait for the job, compile, report, then exec the program (or exit on a failure)."""
    send(b"R", b"")
    (length,) = struct.unpack(">I", read_exact(4))
    job: Job = json.loads(read_exact(length))
    os.chdir(os.path.dirname(job["source_path"]))
    with open(job["source_path"], "w", encoding="utf-8") as f:
        f.write(job["source"])
    if job["compile"] and job["compile_limits"] is not None:
        result = run_compiler(job, job["compile_limits"])
        send(b"C", json.dumps(result).encode())
        if result["exit"] != 0:
            sys.exit(0)
        if read_exact(1) != GO:
            sys.exit("compile step: the host did not say go")
    apply_limits(job["run_limits"])
    os.execve(job["run"][0], job["run"], job["env"])


if __name__ == "__main__":
    main()
