"""Two `coderemote serve` on one host, started against a stale Ray address, each ready when it
says so.

Both servers start while `/tmp/ray/ray_current_cluster` holds a bogus address (what a crashed
`ray start` leaves behind); the first also has a bogus `RAY_ADDRESS`; both are given the same
run channel port. Before the fix every run and analysis then failed ("num_cpus and num_gpus
must not be provided"), and `/readyz` said ready about 30 s before Ray was up. Module-scoped:
starting Ray twice is most of this module's time on 2 cores.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import free_port
from tests.serve_process import ServeProcess

pytestmark = [pytest.mark.ray, pytest.mark.gvisor]

STALE_FILE = Path("/tmp/ray/ray_current_cluster")
BOGUS_ADDRESS = "127.0.0.1:9"  # the discard port: nothing answers there
READY_TIMEOUT_S = 200.0
PROGRAM = 'print("hello from the sandbox")\nprint(sum(range(10)))\n'


@dataclass
class StaleRayFile:
    """`/tmp/ray/ray_current_cluster` holding a bogus address until `restore()`."""

    before: str | None = None
    made_dir: bool = False
    restored: bool = False

    def write(self) -> None:
        self.made_dir = not STALE_FILE.parent.exists()
        STALE_FILE.parent.mkdir(parents=True, exist_ok=True)
        if STALE_FILE.exists():
            self.before = STALE_FILE.read_text()
        STALE_FILE.write_text(BOGUS_ADDRESS)

    def restore(self) -> None:
        """Put back what was there (other Ray users on this host read the file too)."""
        if self.restored:
            return
        self.restored = True
        if self.before is not None:
            STALE_FILE.write_text(self.before)
            return
        STALE_FILE.unlink(missing_ok=True)
        if self.made_dir:
            # Not when someone's Ray has put files there meanwhile.
            with contextlib.suppress(OSError):
                STALE_FILE.parent.rmdir()


@dataclass
class Servers:
    """The two servers, in launch order, and the stale file they started against."""

    servers: list[ServeProcess]
    stale: StaleRayFile
    ray_dirs: dict[int, Path] = field(default_factory=dict)


def _ray_dir(pid: int) -> Path | None:
    """The server's private Ray folder, once its Ray has a session."""
    for path in Path("/tmp").glob(f"cr-ray-{pid}-*"):
        if (path / "session_latest").exists():
            return path
    return None


def _server_env(extra: dict[str, str]) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        # The defaults are under test: a local Ray, warmed at start.
        if key
        not in {
            "CODEREMOTE_RAY_ADDRESS",
            "CODEREMOTE_WARM_ON_START",
            "CODEREMOTE_USE_RAY",
            "RAY_ADDRESS",
        }
    }
    env.update(
        {
            "CODEREMOTE_ENVIRONMENT": "development",
            "CODEREMOTE_LOG_LEVEL": "WARNING",
            "SANDBOX_POOL_SIZE": "1",
            # Measuring needs a sandbox of its own per server; Ray's start is what is tested.
            "ANALYSIS_MEASURE": "false",
        }
    )
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def two_servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    """Two servers launched (not yet ready) against a stale Ray address file."""
    tmp = tmp_path_factory.mktemp("ray-start")
    channel_port = str(free_port())
    stale = StaleRayFile()
    servers = [
        ServeProcess(
            free_port(),
            args=["--store", "memory"],
            env=_server_env(
                {"CODEREMOTE_RUN_CHANNEL_PORT": channel_port, **(extra or {})},
            ),
            log_path=tmp / f"serve-{i}.log",
            warm_on_start=None,
        )
        for i, extra in enumerate([{"RAY_ADDRESS": BOGUS_ADDRESS}, None])
    ]
    started = Servers(servers, stale)
    stale.write()
    try:
        for server in servers:
            server.launch()
        for server in servers:
            server.wait_healthy()
        # Once each Ray has a session folder its address was resolved: the bogus file has
        # been seen. Put it back now, so other Ray users on this host are not misled for long.
        deadline = time.monotonic() + READY_TIMEOUT_S
        while len(started.ray_dirs) < len(servers) and time.monotonic() < deadline:
            for server in servers:
                assert server.process is not None
                found = _ray_dir(server.process.pid)
                if found is not None:
                    started.ray_dirs[server.process.pid] = found
            time.sleep(0.2)
        stale.restore()
        assert len(started.ray_dirs) == len(servers), "a server never started its own Ray"
        yield started
    finally:
        stale.restore()
        for server in servers:
            server.stop()


async def _ready_trace(
    http: httpx.AsyncClient, server: ServeProcess
) -> tuple[list[tuple[int, dict[str, Any]]], float]:
    """Every /readyz answer until the first 200, and when that came (monotonic)."""
    trace: list[tuple[int, dict[str, Any]]] = []
    deadline = time.monotonic() + READY_TIMEOUT_S
    while time.monotonic() < deadline:
        response = await http.get(f"{server.http}/readyz")
        trace.append((response.status_code, response.json()))
        if response.status_code == 200:
            return trace, time.monotonic()
        await asyncio.sleep(0.2)
    raise AssertionError(f"never ready: last answers {trace[-3:]}")


async def _headless_run(http: httpx.AsyncClient, server: ServeProcess) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = []
    async with http.stream(
        "POST", f"{server.http}/api/runs", json={"code": PROGRAM, "stdin": ""}
    ) as response:
        assert response.status_code == 200, await response.aread()
        async for line in response.aiter_lines():
            if line:
                events.append(json.loads(line))
    return events


async def _first_run_and_analysis(http: httpx.AsyncClient, server: ServeProcess) -> dict[str, Any]:
    """Wait for the first 200, then at once a run and an analysis, together."""
    trace, ready_at = await _ready_trace(http, server)
    events, analysis = await asyncio.gather(
        _headless_run(http, server),
        http.post(f"{server.http}/api/analyze", json={"code": PROGRAM}),
    )
    return {
        "trace": trace,
        "events": events,
        "analysis": analysis,
        "run_s": time.monotonic() - ready_at,
    }


@pytest.mark.timeout(300)
async def test_readyz_is_503_until_a_run_would_succeed(two_servers: Servers) -> None:
    async with httpx.AsyncClient(timeout=60) as http:
        results = await asyncio.gather(
            *(_first_run_and_analysis(http, s) for s in two_servers.servers)
        )
    for server, result in zip(two_servers.servers, results, strict=True):
        trace = result["trace"]
        *warming, (_, ready) = trace
        # Ray alone takes seconds: the first answers must say what is still warming.
        assert warming, f"ready at the first probe: {trace}"
        for status, body in warming:
            assert status == 503, body
            assert body["status"] == "warming", body
            assert body["store"] == "ok", body
            assert body["pool"] in ("starting", "ok"), body
            assert body["analysis"] in ("starting", "ok"), body
        assert "starting" in (warming[0][1]["pool"], warming[0][1]["analysis"])
        assert ready["status"] == "ready"
        assert (ready["store"], ready["pool"], ready["analysis"]) == ("ok", "ok", "ok")

        # A run and an analysis started right after the first 200 both succeed.
        finished = [e for e in result["events"] if e["type"] == "run.finished"]
        assert finished and finished[0]["verdict"] == "ok", result["events"]
        output = "".join(e["data"] for e in result["events"] if e["type"] == "run.output")
        assert output.splitlines()[-1] == "45", output
        analysis = result["analysis"]
        assert analysis.status_code == 200, analysis.text
        assert analysis.json()["time"].startswith("O("), analysis.json()
        print(
            f"{server.http}: {len(warming)} warming answers, first run after ready "
            f"took {result['run_s']:.2f} s"
        )
    logs = [s.log_path.read_text(errors="replace") for s in two_servers.servers if s.log_path]
    for log in logs:
        assert "num_cpus and num_gpus must not be provided" not in log, log[-3000:]
        assert "ray.init twice" not in log, log[-3000:]


def _coderemote_run(program: Path, server: ServeProcess) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name("coderemote")
    return subprocess.run(
        [str(exe), "run", str(program), "--server", server.http],
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )


async def test_coderemote_run_works_on_both_servers(two_servers: Servers, tmp_path: Path) -> None:
    async with httpx.AsyncClient(timeout=60) as http:
        await asyncio.gather(*(_ready_trace(http, s) for s in two_servers.servers))
    program = tmp_path / "hello.py"
    program.write_text(PROGRAM)
    done = await asyncio.gather(
        *(asyncio.to_thread(_coderemote_run, program, s) for s in two_servers.servers)
    )
    for result in done:
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines()[-1] == "45", result.stdout
    # Each server has a Ray of its own, in its own short temp folder.
    assert len(set(two_servers.ray_dirs.values())) == 2
    assert all(len(str(d)) <= 40 for d in two_servers.ray_dirs.values())


def _processes_using(folder: Path) -> list[str]:
    """Command lines of live processes that name `folder` (Ray's name their session)."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if str(folder) in cmdline:
            found.append(f"{proc.name}: {cmdline[:160]}")
    return found


def test_a_stopped_server_leaves_no_ray_behind(two_servers: Servers) -> None:
    for server in two_servers.servers:
        server.stop()
    deadline = time.monotonic() + 20
    leftovers: dict[str, Any] = {}
    while time.monotonic() < deadline:
        leftovers = {
            str(d): _processes_using(d)
            for d in two_servers.ray_dirs.values()
            if d.exists() or _processes_using(d)
        }
        if not leftovers:
            break
        time.sleep(0.5)
    assert not leftovers, leftovers
