"""The warm pool: health checks, replacement, stats, self-test failures, relaxed mode."""

from __future__ import annotations

import asyncio
import errno
import logging
import os
import sys
import uuid
from pathlib import Path

import pytest

from sandbox.backends.base import Sandbox
from sandbox.backends.runsc import RunscSandbox
from sandbox.errors import SandboxUnavailableError
from sandbox.events import RunRequest
from sandbox.limits import SandboxCgroup, cgroups_available
from sandbox.pool import RELAXED_WARNING, WarmPool, reap_orphans
from sandbox.rootfs import build_rootfs
from sandbox.verdicts import Verdict
from tests.security.conftest import (
    collect,
    no_processes_under,
    processes_under,
    security_settings,
)

pytestmark = pytest.mark.gvisor


async def wait_for(predicate, within: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    async with asyncio.timeout(within):
        while not predicate():  # noqa: ASYNC110 - polling pool stats is the point
            await asyncio.sleep(0.05)


async def test_dead_warm_sandbox_is_replaced_invisibly(tmp_path: Path) -> None:
    pool = WarmPool.from_settings(security_settings(tmp_path, pool_size=1))
    await pool.start()
    try:
        victim = pool._warm[0]
        victim.kill()
        # Submitted at once: the health check skips the dead sandbox.
        handle = await pool.submit(RunRequest(run_id=uuid.uuid4().hex, code="print('ok')"))
        outcome = await collect(handle)
        assert (outcome.verdict, outcome.stdout) == (Verdict.OK, "ok\n")
        await wait_for(lambda: pool.stats().warm == 1)
        stats = pool.stats()
        assert (stats.busy, stats.queue_depth, stats.backend) == (0, 0, "runsc")
        assert stats.runs_total == 1 and stats.mean_start_latency_ms > 0
        assert victim not in pool._warm
    finally:
        await pool.close()


async def test_queue_then_run(tmp_path: Path) -> None:
    pool = WarmPool.from_settings(security_settings(tmp_path, pool_size=1, queue_limit=4))
    await pool.start()
    try:
        handles = [
            await pool.submit(RunRequest(run_id=str(i), code=f"print({i})")) for i in range(4)
        ]
        outcomes = [await collect(h) for h in handles]
        assert [o.stdout for o in outcomes] == [f"{i}\n" for i in range(4)]
    finally:
        await pool.close()


class RefusedAfterReady(RunscSandbox):
    """A real gVisor sandbox whose start fails after the agent is ready, as a refused cgroup
    write would (`RunscSandbox.start` throttles the CPU then)."""

    async def start(self, start_timeout_s: float) -> None:
        await super().start(start_timeout_s)
        raise OSError(errno.EINVAL, "cpu.cfs_quota_us: Invalid argument")


async def test_a_start_that_fails_oddly_is_retried_and_leaves_nothing(tmp_path: Path) -> None:
    # Only SandboxUnavailableError used to count as a failed start: any other error left the
    # lane "starting" for good (its runs waited forever) and the sandbox running.
    settings = security_settings(tmp_path, pool_size=1)
    settings.state_dir.mkdir(parents=True, mode=0o700)
    rootfs = build_rootfs(settings.cache_dir, settings.python)
    use_cgroups = cgroups_available(settings.cgroup_parent)
    odd = 0  # how many of the next sandboxes fail after they are ready
    made: list[RunscSandbox] = []

    def factory() -> Sandbox:
        nonlocal odd
        kind = RefusedAfterReady if odd else RunscSandbox
        odd = max(0, odd - 1)
        made.append(kind(settings, rootfs, use_cgroups=use_cgroups))
        return made[-1]

    pool = WarmPool(settings, factory, backend="runsc")
    await pool.start()
    odd = 2
    try:
        first = await collect(await pool.submit(RunRequest(run_id="a", code="print(1)")))
        # The warm sandbox served it; its replacement fails twice, then one warms.
        await wait_for(lambda: pool.stats().warm == 1)
        stats = pool.stats()
        assert (stats.starting, stats.busy, stats.start_failures) == (0, 0, 2)
        second = await collect(await pool.submit(RunRequest(run_id="b", code="print(6 * 7)")))
        assert (first.stdout, second.verdict, second.stdout) == ("1\n", Verdict.OK, "42\n")
        failing = [sandbox for sandbox in made if isinstance(sandbox, RefusedAfterReady)]
        assert len(failing) == 2 and all(sandbox.destroyed for sandbox in failing)
        for sandbox in failing:
            assert not processes_under(sandbox.workdir)
    finally:
        await pool.close()
    assert await no_processes_under(tmp_path)


async def test_self_test_fails_loudly_without_runsc(tmp_path: Path) -> None:
    settings = security_settings(tmp_path, runsc_path="/nonexistent/runsc")
    with pytest.raises(SandboxUnavailableError, match=r"runsc not found.*Fix: install gVisor"):
        await WarmPool.from_settings(settings).start()


async def test_self_test_fails_loudly_with_broken_runsc(tmp_path: Path) -> None:
    settings = security_settings(tmp_path, runsc_path="/bin/false")
    with pytest.raises(SandboxUnavailableError, match=r"could not start.*Fix:"):
        await WarmPool.from_settings(settings).start()


async def test_relaxed_mode_runs_with_a_loud_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = security_settings(tmp_path, relaxed_mode=True, pool_size=1)
    with caplog.at_level(logging.WARNING):
        pool = WarmPool.from_settings(settings)
    assert RELAXED_WARNING in caplog.text
    await pool.start()
    try:
        ok = await collect(await pool.submit(RunRequest(run_id="r", code="print(6 * 7)")))
        assert (ok.verdict, ok.stdout) == (Verdict.OK, "42\n")
        slow = await pool.submit(
            RunRequest(run_id="s", code="while True:\n    pass"), wall_timeout_s=1
        )
        assert (await collect(slow)).verdict == Verdict.TIMEOUT
        big = await collect(await pool.submit(RunRequest(run_id="m", code="x = [0] * 10**9")))
        assert big.verdict == Verdict.MEMORY_LIMIT
    finally:
        await pool.close()


async def test_cancel_while_queued(tmp_path: Path) -> None:
    pool = WarmPool.from_settings(security_settings(tmp_path, pool_size=1, queue_limit=2))
    await pool.start()
    try:
        spin = await pool.submit(RunRequest(run_id="spin", code="while True:\n    pass"))
        queued = await pool.submit(RunRequest(run_id="queued", code="print('never')"))
        await queued.cancel()
        await spin.cancel()
        assert (await collect(queued)).verdict == Verdict.CANCELLED
        assert (await collect(spin)).verdict == Verdict.CANCELLED
        after = await collect(await pool.submit(RunRequest(run_id="after", code="print(2)")))
        assert (after.verdict, after.stdout) == (Verdict.OK, "2\n")
    finally:
        await pool.close()
    assert await no_processes_under(tmp_path)


async def test_runs_cancelled_in_the_queue_leave_no_spare_sandbox(tmp_path: Path) -> None:
    # Cancelled queued runs once still counted as waiting: when the running program ended
    # before their sandboxes were up, the pool started more for them and kept every one warm,
    # beyond its size, for good.
    pool = WarmPool.from_settings(security_settings(tmp_path, pool_size=1, queue_limit=4))
    await pool.start()
    try:
        first = await pool.submit(RunRequest(run_id="first", code="print(0)"))
        queued = [
            await pool.submit(RunRequest(run_id=f"queued-{i}", code="print(1)")) for i in range(3)
        ]
        for handle in queued:
            await handle.cancel()
        assert (await collect(first)).stdout == "0\n"
        for handle in queued:
            assert (await collect(handle)).verdict == Verdict.CANCELLED
        await wait_for(lambda: pool.stats().starting == pool.stats().busy == 0, within=30)
        await asyncio.sleep(1.0)  # a start spawned late would show by now
        stats = pool.stats()
        assert (stats.warm, stats.starting, stats.queue_depth) == (1, 0, 0)
        after = await collect(await pool.submit(RunRequest(run_id="after", code="print(2)")))
        assert (after.verdict, after.stdout) == (Verdict.OK, "2\n")
    finally:
        await pool.close()
    assert await no_processes_under(tmp_path)


def test_orphans_of_dead_servers_are_reaped(tmp_path: Path) -> None:
    settings = security_settings(tmp_path)
    settings.state_dir.mkdir(parents=True)
    dead = settings.state_dir / "cr-999999999-0-abcdef"
    (dead / "bundle").mkdir(parents=True)
    cgroup = SandboxCgroup(settings.cgroup_parent, dead.name)
    cgroup.create(settings.memory_bytes, settings.pids)
    mine = settings.state_dir / f"cr-{os.getpid()}-0-abcdef"
    mine.mkdir()
    assert reap_orphans(settings, use_cgroups=True) >= 1
    assert not dead.exists() and mine.exists()
    assert not any(path.exists() for path in cgroup.paths.values())


REPO = Path(__file__).resolve().parents[3]
HOLDER = """
import asyncio, sys
from pathlib import Path
from sandbox.events import RunRequest, RunStarted
from sandbox.pool import WarmPool
from tests.security.conftest import security_settings

async def main() -> None:
    pool = WarmPool.from_settings(security_settings(Path(sys.argv[1]), pool_size=1))
    await pool.start()
    # Silent and not reading stdin: closed pipes alone would not stop it.
    handle = await pool.submit(RunRequest(run_id="spin", code="while True:\\n    pass\\n"))
    async for event in handle.events():
        if isinstance(event, RunStarted):
            await asyncio.sleep(1)
            print("running", flush=True)
    await asyncio.sleep(3600)

asyncio.run(main())
"""


async def test_sandboxes_die_with_a_server_that_is_killed(tmp_path: Path) -> None:
    # A crashed server must never leave sandboxes (or a program in one) running: runsc gets
    # SIGKILL as its parent-death signal.
    holder = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        HOLDER,
        str(tmp_path),
        stdout=asyncio.subprocess.PIPE,
        cwd=REPO,
    )
    assert holder.stdout is not None
    line = await asyncio.wait_for(holder.stdout.readline(), 90)
    assert line == b"running\n"
    assert processes_under(tmp_path), "the pool started no sandbox"
    holder.kill()
    await holder.wait()
    assert await no_processes_under(tmp_path, within=10.0)
