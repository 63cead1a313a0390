"""Sandbox pools on a real multi-node Ray: one per worker, runs spread, a lost worker survived.

The cluster is real processes on this machine: `ray start --head` with no resources and two
`ray start --address` workers declaring `sandbox_node`, each with its own temp folder and free
ports. The server side (`open_sandbox_pool` with `CODEREMOTE_RAY_ADDRESS`, as `coderemote
serve` runs it) lives in a driver process of its own (`driver.py`), because this process may
already hold the session's local Ray. A worker is "lost" by SIGKILL of every process of its
node (raylet, agents, the pool actor; the sandboxes die with the actor).
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.integration.ray_multinode.cluster import LocalRayCluster, RayNode

pytestmark = [pytest.mark.ray, pytest.mark.gvisor]

LONG_RUN = "import time\nprint('started', flush=True)\ntime.sleep(5)\nprint('done')\n"
SHORT_RUN = "print(sum(range(10)))\n"


async def worker_nodes(driver: Driver, cluster: LocalRayCluster) -> dict[str, RayNode]:
    """Ray node id -> worker, from where each pool actor's process runs (a restarted worker
    has a new node id)."""
    pids = (await driver.op({"op": "pids"}))["nodes"]
    found = {}
    for node_id, pid in pids.items():
        owners = [w for w in cluster.workers if pid in w.pids()]
        assert len(owners) == 1, (node_id, pid, owners)
        found[node_id] = owners[0]
    return found


class Driver:
    """The driver process and its answers, routed by run id."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.runs: dict[str, asyncio.Queue[dict[str, Any]]] = {}
        self.ops: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self._reading = asyncio.create_task(self._read())

    async def _read(self) -> None:
        assert self.process.stdout is not None
        while line := await self.process.stdout.readline():
            try:
                message = json.loads(line)
            except ValueError:
                # Not an answer: say so and keep reading (one stray line must not lose the rest).
                print(f"driver stdout, not an answer: {line!r}", file=sys.stderr)
                continue
            if "id" in message:
                self.runs.setdefault(message["id"], asyncio.Queue()).put_nowait(message)
            else:
                self.ops.put_nowait(message)

    def send(self, command: dict[str, Any]) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write((json.dumps(command) + "\n").encode())

    async def op(self, command: dict[str, Any], timeout_s: float = 60) -> dict[str, Any]:
        self.send(command)
        return await asyncio.wait_for(self.ops.get(), timeout_s)

    def start_run(self, code: str) -> str:
        run_id = uuid.uuid4().hex
        self.runs.setdefault(run_id, asyncio.Queue())
        self.send({"op": "run", "id": run_id, "code": code})
        return run_id

    async def next(self, run_id: str, key: str, timeout_s: float = 30) -> dict[str, Any]:
        """The run's next answer carrying `key` ("node_id", "output" or "verdict")."""
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                message = await asyncio.wait_for(
                    self.runs[run_id].get(), deadline - time.monotonic()
                )
            except TimeoutError:
                if self.process.returncode is not None:
                    raise AssertionError(f"the driver exited ({self.process.returncode})") from None
                pools = await self.op({"op": "stats"}, timeout_s=10)
                raise AssertionError(
                    f"no {key} for run {run_id} in {timeout_s} s: {pools}"
                ) from None
            if key in message:
                return message
            assert "verdict" not in message, message  # ended before `key` came

    async def run(self, code: str, timeout_s: float = 30) -> tuple[str, dict[str, Any]]:
        """Run to the end: (node id, final answer)."""
        run_id = self.start_run(code)
        accepted = await self.next(run_id, "node_id", timeout_s)
        return accepted["node_id"], await self.next(run_id, "verdict", timeout_s)

    async def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            await asyncio.wait_for(self.process.wait(), 20)
        except TimeoutError:
            self.process.kill()
            await self.process.wait()
        self._reading.cancel()


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalRayCluster]:
    """Head (no resources) plus two sandbox workers, one CPU each."""
    started = LocalRayCluster.create()
    try:
        started.start_head()
        started.add_workers(2)
        yield started
    finally:
        started.stop()


@pytest.fixture(scope="module")
async def driver(
    cluster: LocalRayCluster, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Driver]:
    """The server side joined to the cluster, its pools open (one per worker)."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.integration.ray_multinode.driver",
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        cwd=Path(__file__).parents[3],
        env=cluster.driver_env(),
    )
    started = Driver(process)
    overrides = {
        "state_dir": str(tmp_path_factory.mktemp("multinode") / "state"),
        # Two: while one sandbox runs a long program, the other takes new runs at once.
        "pool_size": 2,
        "queue_limit": 4,
        "wall_timeout_s": 20.0,
        "environment": "test",
        "relaxed_mode": False,
    }
    try:
        opened = await started.op({"op": "open", "overrides": overrides}, timeout_s=120)
        assert opened["op"] == "opened", opened
        yield started
    finally:
        await started.close()


async def wait_for_pools(driver: Driver, count: int, timeout_s: float) -> None:
    """Until exactly `count` of the driver's pools are up (the head never has one)."""
    deadline = time.monotonic() + timeout_s
    nodes: dict[str, Any] = {}
    while time.monotonic() < deadline:
        nodes = (await driver.op({"op": "stats"}))["nodes"]
        if sum(1 for figures in nodes.values() if figures["up"]) == count:
            return
        await asyncio.sleep(0.5)
    raise AssertionError(f"pools {nodes}, not {count} up")


async def test_one_pool_per_worker_and_runs_land_on_both(
    cluster: LocalRayCluster, driver: Driver
) -> None:
    await wait_for_pools(driver, 2, 90)
    workers = set(await worker_nodes(driver, cluster))
    assert len(workers) == 2
    before = (await driver.op({"op": "stats"}))["nodes"]

    results = await asyncio.gather(*(driver.run(SHORT_RUN) for _ in range(6)))

    assert {node for node, _ in results} == workers  # never the head, and both workers
    for _, finished in results:
        assert finished["verdict"] == "ok", finished
    # The pools' own counters (kept in the actors on each node, read by the next probes) agree.
    ran = {node: sum(1 for n, _ in results if n == node) for node in workers}
    deadline = time.monotonic() + 15
    while True:
        after = (await driver.op({"op": "stats"}))["nodes"]
        counted = {n: after[n]["runs_total"] - before[n].get("runs_total", 0) for n in workers}
        if all(counted[n] >= ran[n] for n in workers) or time.monotonic() > deadline:
            break
        await asyncio.sleep(0.5)
    assert all(counted[n] >= ran[n] for n in workers), (counted, ran)


async def test_a_lost_worker_ends_only_its_runs_and_its_pool_comes_back(
    cluster: LocalRayCluster, driver: Driver
) -> None:
    await wait_for_pools(driver, 2, 90)
    workers = await worker_nodes(driver, cluster)
    # One long run on each worker (the spread puts the second on the idle pool).
    long_runs = [driver.start_run(LONG_RUN) for _ in range(2)]
    placed = {r: (await driver.next(r, "node_id"))["node_id"] for r in long_runs}
    assert set(placed.values()) == set(workers), placed
    for run_id in long_runs:
        await driver.next(run_id, "output")  # both are running
    victim_run, survivor_run = long_runs
    victim = workers[placed[victim_run]]
    survivor_node = placed[survivor_run]

    killed_at = time.monotonic()
    assert victim.kill(), "no process of the worker was found"

    lost = await driver.next(victim_run, "verdict", timeout_s=15)
    assert lost["verdict"] == "sandbox_error", lost
    # New runs succeed on the other worker within seconds of the loss.
    after_loss = await asyncio.gather(*(driver.run(SHORT_RUN, timeout_s=30) for _ in range(2)))
    recovered_s = time.monotonic() - killed_at
    for node, finished in after_loss:
        assert (node, finished["verdict"]) == (survivor_node, "ok"), finished
    # The other worker's run was never touched.
    survived = await driver.next(survivor_run, "verdict", timeout_s=30)
    assert survived["verdict"] == "ok", survived

    victim.wait_gone()
    cluster.restart_worker(victim)
    await wait_for_pools(driver, 2, 90)
    now = await worker_nodes(driver, cluster)
    assert now[survivor_node] is workers[survivor_node]
    (reborn,) = set(now) - {survivor_node}
    assert reborn not in workers and now[reborn] is victim
    # Both pools take runs again; the lost node's pool is gone for good.
    landed: set[str] = set()
    deadline = time.monotonic() + 30
    while landed != {survivor_node, reborn} and time.monotonic() < deadline:
        results = await asyncio.gather(*(driver.run(SHORT_RUN) for _ in range(2)))
        for node, finished in results:
            assert finished["verdict"] == "ok", finished
            landed.add(node)
    assert landed == {survivor_node, reborn}
    print(f"new runs finished on the surviving worker {recovered_s:.1f} s after the kill")
