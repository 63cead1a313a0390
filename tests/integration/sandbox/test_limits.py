"""The documented limits are the enforced ones (real gVisor, real cgroups)."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

import pydantic
import pytest

from sandbox.backends.runsc import RunscSandbox, oci_spec
from sandbox.events import RunRequest
from sandbox.limits import RUNNING_SHARES, WARMING_SHARES
from sandbox.pool import WarmPool
from sandbox.runner import SandboxRun
from sandbox.settings import MiB, SandboxSettings
from sandbox.verdicts import Verdict
from tests.security.conftest import Outcome, collect, security_settings

pytestmark = pytest.mark.gvisor


async def run(pool: WarmPool, code: str, wall: float | None = None) -> Outcome:
    request = RunRequest(run_id=uuid.uuid4().hex, code=code, enforce_policy=False)
    return await collect(await pool.submit(request, wall_timeout_s=wall))


def test_documented_defaults_and_ceilings() -> None:
    s = SandboxSettings()
    assert (s.wall_timeout_s, s.cpu_cores, s.memory_bytes) == (30.0, 0.1, 256 * MiB)
    assert (s.output_limit_bytes, s.code_limit_bytes, s.coalesce_ms) == (MiB, 10 * 1024, 50.0)
    assert SandboxRun(RunRequest(run_id="x", code=""), s).wall_timeout_s == 30.0
    for name, too_much in (
        ("wall_timeout_s", 121),
        ("cpu_cores", 2.5),
        ("memory_bytes", 4096 * MiB),
        ("pids", 5000),
        ("output_limit_bytes", 128 * MiB),
        ("coalesce_ms", 51),
    ):
        with pytest.raises(pydantic.ValidationError, match=name):
            SandboxSettings(**{name: too_much})  # type: ignore[arg-type]


def test_oci_spec_is_minimal(tmp_path: Path) -> None:
    s = SandboxSettings()
    spec = oci_spec(s, tmp_path, "/coderemote/x")
    process = spec["process"]
    assert process["env"] == [
        "PYTHONUNBUFFERED=1",
        "PYTHONIOENCODING=utf-8",
        "PYTHONDONTWRITEBYTECODE=1",
    ]
    assert process["args"][1:3] == ["-I", "-S"]
    # Root in gVisor's user namespace with two capabilities, used once to put the program's
    # process under another uid than the agent's; both are given up before the sandbox is warm
    # (test_agent_isolation.py checks from inside that no capability is left).
    assert process["user"] == {"uid": 0, "gid": 0, "additionalGids": []}
    assert process["noNewPrivileges"] is True
    assert {k: v for k, v in process["capabilities"].items() if v} == {
        k: ["CAP_SETUID", "CAP_SETGID"] for k in ("bounding", "effective", "permitted")
    }
    assert spec["root"] == {"path": str(tmp_path), "readonly": True}
    writable = [m for m in spec["mounts"] if m["destination"] == "/tmp"]
    assert f"size={s.tmpfs_bytes}" in writable[0]["options"]
    assert {"type": "network"} in spec["linux"]["namespaces"]


async def test_rlimits_inside_match_settings(sandbox_pool: WarmPool) -> None:
    s = sandbox_pool.settings
    code = (
        "import resource as r\n"
        "for n in ('RLIMIT_AS', 'RLIMIT_NOFILE', 'RLIMIT_FSIZE', 'RLIMIT_NPROC'):\n"
        "    print(r.getrlimit(getattr(r, n))[0])\n"
        "fds = []\ntry:\n    while True:\n        fds.append(open('/tmp/f%d' % len(fds), 'w'))\n"
        "except OSError as e:\n    print(e.errno)\nfor f in fds:\n    f.close()\n"
        f"try:\n    open('/tmp/big', 'wb').write(b'a' * ({s.file_size_bytes} + 1))\n"
        "except OSError as e:\n    pass\n"
        "import os\nprint(os.path.getsize('/tmp/big'))\n"
    )
    outcome = await run(sandbox_pool, code)
    assert outcome.verdict == Verdict.OK, outcome
    lines = outcome.stdout.split()
    assert [int(x) for x in lines[:4]] == [
        s.address_space_bytes,
        s.open_files,
        s.file_size_bytes,
        s.pids,
    ]
    assert lines[4] == "24"  # EMFILE
    assert int(lines[5]) <= s.file_size_bytes  # the write stopped at RLIMIT_FSIZE


async def test_tmpfs_is_small_and_root_read_only(sandbox_pool: WarmPool) -> None:
    code = (
        "import os\ntotal = 0\ntry:\n    for i in range(100):\n"
        "        open('/tmp/c%d' % i, 'wb').write(b'a' * (1 << 20))\n        total += 1\n"
        "except OSError as e:\n    print(total, e.errno)\n"
        "for p in ('/usr/lib/x', '/x', '/opt/agent/agent.py'):\n    try:\n"
        "        open(p, 'w')\n    except OSError as e:\n        print(e.errno)\n"
    )
    outcome = await run(sandbox_pool, code)
    first, *errnos = outcome.stdout.splitlines()
    written, errno = map(int, first.split())
    assert written <= sandbox_pool.settings.tmpfs_bytes // (1 << 20)
    assert errno == 28  # ENOSPC
    assert set(errnos) <= {"13", "30"}  # EACCES / EROFS


async def test_memory_limit(sandbox_pool: WarmPool) -> None:
    # Touching 120 MiB page by page costs gVisor a few seconds of CPU at a tenth of a core; a
    # loaded CI runner stretched that past the 10 s wall clock once: the memory is the point.
    touch = "x = bytearray(120 << 20)\nx[::4096] = b'1' * len(x[::4096])"
    fits = await run(sandbox_pool, touch, wall=60.0)
    assert fits.verdict == Verdict.OK, fits.result
    assert 120 << 20 < fits.result.peak_memory_bytes <= sandbox_pool.settings.memory_bytes
    over = await run(sandbox_pool, "x = ' ' * (400 << 20)")
    assert over.verdict == Verdict.MEMORY_LIMIT
    # The cgroup's high-water mark may pass the limit by a page or so (charge granularity).
    assert over.result.peak_memory_bytes <= sandbox_pool.settings.memory_bytes + 256 * 1024


async def test_cpu_quota_holds_a_burner_to_a_tenth_of_a_core(sandbox_pool: WarmPool) -> None:
    outcome = await run(sandbox_pool, "while True:\n    pass", wall=2.0)
    assert outcome.verdict == Verdict.TIMEOUT
    assert 50 < outcome.result.cpu_ms < 2000 * 0.1 * 1.5 + 100
    assert 2000 <= outcome.result.wall_ms < 6000  # killed at 2 s (slack for a loaded host)


async def test_task_limit(sandbox_pool: WarmPool) -> None:
    code = (
        "import threading\nn = 0\ntry:\n    while True:\n"
        "        threading.Thread(target=threading.Event().wait, daemon=True).start()\n"
        "        n += 1\nexcept RuntimeError as e:\n    print(n)\n"
    )
    outcome = await run(sandbox_pool, code)
    assert outcome.verdict == Verdict.OK
    assert 0 < int(outcome.stdout) < sandbox_pool.settings.pids


async def test_cpu_time_limit(tmp_path: Path) -> None:
    settings = security_settings(tmp_path, pool_size=1, cpu_cores=1.0, cpu_time_s=1)
    pool = WarmPool.from_settings(settings)
    await pool.start()
    try:
        # A wall clock far past the CPU budget: on a loaded machine the loop gets a small
        # share of a core, and 1 s of CPU time can take longer than 8 s to use up.
        outcome = await run(pool, "while True:\n    pass", wall=60.0)
    finally:
        await pool.close()
    assert outcome.verdict == Verdict.CPU_LIMIT
    assert 1000 <= outcome.result.cpu_ms < 3000  # killed within a few polls of its budget


async def test_warming_yields_the_cpu_and_a_warm_sandbox_waits_throttled(tmp_path: Path) -> None:
    settings = security_settings(tmp_path, pool_size=1)
    sandbox = WarmPool.from_settings(settings).factory()
    assert isinstance(sandbox, RunscSandbox) and sandbox.cgroup is not None
    cpu = sandbox.cgroup.paths["cpu"]

    def read(name: str) -> int:
        return int((cpu / name).read_text())

    try:
        starting = asyncio.create_task(sandbox.start(settings.start_timeout_s))
        while not (cpu / "cpu.shares").exists() or read("cpu.shares") != WARMING_SHARES:
            assert not starting.done(), "the cgroup never had the warming weight"
            await asyncio.sleep(0.005)
        assert read("cpu.cfs_quota_us") == -1  # warm-up itself is not throttled
        await starting
        # Throttled from the moment it is warm, so the quota it leaves unused while it waits
        # in the pool is saved up as a burst for the run's first output.
        assert read("cpu.cfs_quota_us") == round(settings.cpu_cores * read("cpu.cfs_period_us"))
        assert read("cpu.cfs_burst_us") == read("cpu.cfs_quota_us")
        assert read("cpu.shares") == RUNNING_SHARES
    finally:
        await sandbox.destroy()
