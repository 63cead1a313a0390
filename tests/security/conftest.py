"""Shared fixtures of the security suite: one real gVisor pool for the whole session.

A secret file is planted on the host and a secret variable in this (server) process before
the pool starts; `probe` then proves from inside a fresh sandbox that neither is visible, that
there is no network, and that the previous run left nothing behind.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from sandbox.events import RunFinished, RunInputWanted, RunOutput, RunRequest, RunResult
from sandbox.interfaces import RunHandle
from sandbox.pool import WarmPool
from sandbox.settings import SandboxSettings
from sandbox.verdicts import Verdict

SECRET_ENV = "CODEREMOTE_SECURITY_TEST_SECRET"
SECRET_VALUE = f"s3cr3t-{uuid.uuid4().hex}"


@dataclass
class Outcome:
    """Everything a run produced."""

    result: RunResult
    stdout: str = ""
    stderr: str = ""
    outputs: list[RunOutput] = field(default_factory=list)
    input_wanted: int = 0

    @property
    def verdict(self) -> Verdict:
        return self.result.verdict


async def collect(handle: RunHandle) -> Outcome:
    """Drain a handle's events into an `Outcome`."""
    outputs: list[RunOutput] = []
    wanted = 0
    result: RunResult | None = None
    async for event in handle.events():
        if isinstance(event, RunOutput):
            outputs.append(event)
        elif isinstance(event, RunInputWanted):
            wanted += 1
        elif isinstance(event, RunFinished):
            result = event.result
    assert result is not None
    return Outcome(
        result=result,
        stdout="".join(o.data for o in outputs if o.stream == "stdout"),
        stderr="".join(o.data for o in outputs if o.stream == "stderr"),
        outputs=outputs,
        input_wanted=wanted,
    )


@pytest.fixture(scope="session")
def host_secret(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A secret file on the host and a secret variable in the server's environment."""
    path = tmp_path_factory.mktemp("host-secret") / "secret.txt"
    path.write_text(SECRET_VALUE)
    os.environ[SECRET_ENV] = SECRET_VALUE
    return path


@pytest.fixture(scope="session")
def listener() -> AsyncIterator[int]:
    """A TCP server on the host's loopback, standing in for Redis/Ray/the kubelet."""
    server = socket.create_server(("127.0.0.1", 0))
    yield server.getsockname()[1]
    server.close()


def processes_under(path: Path) -> list[int]:
    """Host processes whose command line names `path` (runsc keeps its --root there)."""
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            if str(path).encode() in (proc / "cmdline").read_bytes():
                found.append(int(proc.name))
        except OSError:
            continue
    return found


async def no_processes_under(path: Path, within: float = 5.0) -> bool:
    """Whether every process of sandboxes under `path` is gone (allowing them to exit)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while processes_under(path):
        if loop.time() > deadline:
            return False
        await asyncio.sleep(0.1)
    return True


def security_settings(tmp: Path, **overrides: object) -> SandboxSettings:
    if shutil.which("runsc") is None:
        pytest.fail("runsc (gVisor) is not installed: install the Debian package `runsc`")
    values: dict[str, object] = {
        "state_dir": tmp / "state",
        "pool_size": 2,
        "queue_limit": 8,
        "wall_timeout_s": 10.0,
        "environment": "test",
    }
    values.update(overrides)
    return SandboxSettings(**values)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
async def pool(
    host_secret: Path, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[WarmPool]:
    """The session's warm gVisor pool (started after the secrets were planted)."""
    base = tmp_path_factory.mktemp("sandbox")
    warm = WarmPool.from_settings(security_settings(base))
    await warm.start()
    yield warm
    await warm.close()
    assert await no_processes_under(base), "a sandbox outlived the pool"


RunCode = Callable[..., Awaitable[Outcome]]


@pytest.fixture(scope="session")
def run_code(pool: WarmPool) -> RunCode:
    """Run a program in the shared pool and collect its outcome."""

    async def _run(
        code: str,
        *,
        policy: bool = True,
        stdin: str = "",
        wall: float | None = None,
        interactive: bool = False,
    ) -> Outcome:
        request = RunRequest(
            run_id=uuid.uuid4().hex,
            code=code,
            stdin=stdin,
            interactive=interactive,
            enforce_policy=policy,
        )
        return await collect(await pool.submit(request, wall_timeout_s=wall))

    return _run


PROBE = """
import os, socket
bad = []
if os.path.exists({path!r}) or os.path.exists(os.path.dirname({path!r})):
    bad.append("host file visible")
if {env!r} in os.environ:
    bad.append("server env visible")
for name in ("/proc/self/environ", "/proc/1/environ", "/proc/1/cmdline"):
    try:
        if {env!r}.encode() in open(name, "rb").read():
            bad.append(name)
    except OSError:
        pass
for host in (("1.1.1.1", 53), ("127.0.0.1", {port}), ("169.254.169.254", 80)):
    try:
        socket.create_connection(host, timeout=1).close()
        bad.append("network " + str(host))
    except OSError:
        pass
if os.listdir("/tmp") or os.listdir("."):
    bad.append("residue " + repr(os.listdir("/tmp")))
# The agent is process 1 and the program's process its only child: nothing else lives on.
if sorted(p for p in os.listdir("/proc") if p.isdigit()) != sorted(["1", str(os.getpid())]):
    bad.append("other processes " + repr(os.listdir("/proc")))
if set(os.environ) != {{"PYTHONUNBUFFERED", "PYTHONIOENCODING", "PYTHONDONTWRITEBYTECODE"}}:
    bad.append("environment " + repr(dict(os.environ)))
print("CONTAINED" if not bad else bad)
"""


@pytest.fixture(scope="session")
def assert_contained(
    run_code: RunCode, host_secret: Path, listener: int
) -> Callable[[], Awaitable[None]]:
    """Run the probe (policy off) in a fresh sandbox: pool healthy and nothing leaked."""

    async def _check() -> None:
        probe = PROBE.format(path=str(host_secret), env=SECRET_ENV, port=listener)
        outcome = await run_code(probe, policy=False)
        assert outcome.verdict == Verdict.OK, outcome
        assert outcome.stdout == "CONTAINED\n", outcome.stdout
        assert SECRET_VALUE not in outcome.stdout + outcome.stderr

    return _check
