"""A multi-node Ray on one machine: `ray start --head` and `ray start --address` workers.

Each node is a real `ray start` process tree with a temp folder of its own (which is how its
processes are found again: Ray's processes name their session folder on their command line)
and every port chosen free, so it neither joins nor collides with another Ray on this host.
Used by the multi-node test and by `bench/bench_scaleout.py`.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil

SANDBOX_RESOURCES = {"sandbox_node": 1}
START_TIMEOUT_S = 180.0


#: Ports this process has handed out. The kernel may give a port just closed to the next
#: bind, and CI once saw two components of one node given the same port (Ray refuses that,
#: and the node's retries reused the same arguments).
_GIVEN: set[int] = set()


def _free_port() -> int:
    """A free port no earlier call in this process returned."""
    for _ in range(100):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = int(s.getsockname()[1])
        if port not in _GIVEN:
            _GIVEN.add(port)
            return port
    raise RuntimeError("no fresh free port after 100 tries")


def _ray_exe() -> str:
    return str(Path(sys.executable).with_name("ray"))


def _env(token: str, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RAY_", "CODEREMOTE_RAY"))}
    env["RAY_USAGE_STATS_ENABLED"] = "0"
    # Token authentication, as the RayCluster has, with a token of this cluster's own (not
    # ~/.ray/auth_token, which other Rays on this host create and read).
    env["RAY_AUTH_MODE"] = "token"
    env["RAY_AUTH_TOKEN"] = token
    # Nodes are told dead after 2 s of missed health checks instead of 30 s, so a killed
    # worker's node leaves the cluster quickly (its pool is dropped by discovery).
    env["RAY_health_check_period_ms"] = "500"
    env["RAY_health_check_timeout_ms"] = "500"
    env["RAY_health_check_failure_threshold"] = "4"
    # On the busy 2-core host a raylet took 13 s to register (Ray's default wait is 10 s);
    # not much longer, as a raylet that aborted (see RayNode.start) is waited for as long.
    env["RAY_raylet_start_wait_time_s"] = "60"
    env.update(extra or {})
    return env


@dataclass
class RayNode:
    """One `ray start` node: its temp folder and the command that started it."""

    name: str
    temp_dir: Path
    args: list[str]
    env: dict[str, str]

    def start(self, attempts: int = 3) -> None:
        """Run `ray start` (it returns once the node's processes are up).

        Tried again after a failure: a raylet aborts when its agents take more than 15 s to
        start (a fixed limit of Ray's), which happens when other work loads the 2-core host.
        """
        self.temp_dir.mkdir(parents=True, exist_ok=True)
        for attempt in range(1, attempts + 1):
            done = subprocess.run(
                [_ray_exe(), "start", *self.args, f"--temp-dir={self.temp_dir}"],
                env=self.env,
                capture_output=True,
                text=True,
                timeout=START_TIMEOUT_S,
                check=False,
            )
            if done.returncode == 0:
                return
            self.kill()
            self.wait_gone()
            if attempt == attempts:
                tail = (done.stdout + done.stderr)[-3000:]
                raise RuntimeError(f"ray start ({self.name}) failed {attempts} times:\n{tail}")

    def pids(self) -> list[int]:
        """Live processes of this node: those whose command line names its temp folder (the
        raylet, its agents) and all their descendants (the workers, whose title Ray rewrites
        to `ray::SandboxPoolActor`, and their sandboxes)."""
        found: set[int] = set()
        marker = str(self.temp_dir).encode()
        for proc in Path("/proc").iterdir():
            if not proc.name.isdigit() or int(proc.name) == os.getpid():
                continue
            try:
                if marker in (proc / "cmdline").read_bytes():
                    found.add(int(proc.name))
            except OSError:
                continue
        for pid in list(found):
            with contextlib.suppress(psutil.Error):
                found.update(child.pid for child in psutil.Process(pid).children(recursive=True))
        return sorted(found)

    def kill(self) -> list[int]:
        """SIGKILL every process of the node at once (raylet, agents, workers): a lost host."""
        pids = self.pids()
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        return pids

    def wait_gone(self, timeout_s: float = 20.0) -> None:
        """Until none of the node's processes is left."""
        deadline = time.monotonic() + timeout_s
        while self.pids() and time.monotonic() < deadline:
            time.sleep(0.1)


@dataclass
class LocalRayCluster:
    """A head with no resources and sandbox workers, all on this machine.

    Args:
        root: Folder for the nodes' temp folders (short: Ray's socket paths are limited).
        worker_cpus: CPUs each worker declares.
        worker_env: Extra environment of every worker (the actors inherit it).
    """

    root: Path
    worker_cpus: int = 1
    worker_env: dict[str, str] = field(default_factory=dict)
    head: RayNode | None = None
    workers: list[RayNode] = field(default_factory=list)
    port: int = 0
    token: str = field(default_factory=lambda: secrets.token_hex(32))

    @classmethod
    def create(
        cls, worker_cpus: int = 1, worker_env: dict[str, str] | None = None
    ) -> LocalRayCluster:
        """A cluster under a new short folder in /tmp (nothing started yet)."""
        root = Path(tempfile.mkdtemp(prefix="crmn-", dir="/tmp"))
        return cls(root, worker_cpus, dict(worker_env or {}))

    def driver_env(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        """Environment of a process that joins this cluster (`CODEREMOTE_RAY_ADDRESS` set)."""
        return _env(self.token, {"CODEREMOTE_RAY_ADDRESS": self.address, **(extra or {})})

    @property
    def address(self) -> str:
        """The GCS address drivers and workers join."""
        return f"127.0.0.1:{self.port}"

    def start_head(self) -> None:
        """`ray start --head` with one CPU and no custom resource (nothing runs sandboxes here)."""
        self.port = _free_port()
        self.head = RayNode(
            "head",
            self.root / "h",
            [
                "--head",
                "--node-ip-address=127.0.0.1",
                f"--port={self.port}",
                "--num-cpus=1",
                "--resources={}",
                "--include-dashboard=false",
                "--disable-usage-stats",
                *self._ports(),
                f"--ray-client-server-port={_free_port()}",
            ],
            _env(self.token),
        )
        self.head.start()

    def add_workers(self, count: int) -> list[RayNode]:
        """Start `count` workers declaring `sandbox_node`, one after the other.

        Not at once: on the busy 2-core host two starting nodes made each one's agents take
        over 15 s, a limit of the raylet's (the node then aborts).
        """
        nodes = [
            RayNode(
                f"worker-{index}",
                self.root / f"w{index}",
                self._worker_args(),
                _env(self.token, self.worker_env),
            )
            for index in range(len(self.workers), len(self.workers) + count)
        ]
        for node in nodes:
            node.start()
            self.workers.append(node)
        return nodes

    def restart_worker(self, node: RayNode) -> None:
        """Start a killed worker again in the same folder (Ray gives it a new node id)."""
        node.args = self._worker_args()  # fresh ports: the old ones may linger in TIME_WAIT
        node.start()

    def _worker_args(self) -> list[str]:
        return [
            f"--address={self.address}",
            "--node-ip-address=127.0.0.1",
            f"--num-cpus={self.worker_cpus}",
            f"--resources={json.dumps(SANDBOX_RESOURCES)}",
            "--disable-usage-stats",
            *self._ports(),
        ]

    @staticmethod
    def _ports() -> list[str]:
        return [
            f"--node-manager-port={_free_port()}",
            f"--object-manager-port={_free_port()}",
            f"--dashboard-agent-listen-port={_free_port()}",
            f"--dashboard-agent-grpc-port={_free_port()}",
            f"--metrics-export-port={_free_port()}",
            f"--runtime-env-agent-port={_free_port()}",
            # Runs pass no objects through the store: its minimum is plenty.
            "--object-store-memory=80000000",
            # Workers bind ports the OS picks: two nodes' fixed ranges would overlap here.
            "--min-worker-port=0",
            "--max-worker-port=0",
        ]

    def stop(self) -> None:
        """Kill every node and remove the folders."""
        for node in [*self.workers, *([self.head] if self.head else [])]:
            node.kill()
        for node in [*self.workers, *([self.head] if self.head else [])]:
            node.wait_gone(10)
        shutil.rmtree(self.root, ignore_errors=True)
