"""Fixtures shared by every test folder: real services started on free ports.

A missing system dependency fails loudly (never a silent skip): `make test` installs them.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest


def free_port() -> int:
    """A TCP port that was free a moment ago on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class RedisServer:
    """A `redis-server` process owned by the tests; `restart` keeps the port.

    `appendfsync` is Redis's own setting: "always" (the default here) fsyncs the append-only
    file before each reply, "everysec" once a second (Redis's default, so a SIGKILL may lose
    the last second of writes).
    """

    port: int
    workdir: Path
    process: subprocess.Popen[bytes] | None = None
    appendfsync: str = "always"

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        exe = shutil.which("redis-server")
        if exe is None:
            pytest.fail("redis-server is not installed: run `make test` (it installs it)")
        self.process = subprocess.Popen(
            [
                exe,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "yes",
                "--appendfsync",
                self.appendfsync,
                "--dir",
                str(self.workdir),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as s:
                    s.sendall(b"PING\r\n")
                    if s.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"redis-server did not start on port {self.port}")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None

    def kill(self) -> None:
        """SIGKILL: Redis gets no chance to flush or fsync anything (crash tests)."""
        if self.process is not None:
            self.process.kill()
            self.process.wait(timeout=10)
            self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """One real redis-server for the session (append-only, so a restart keeps the data)."""
    with tempfile.TemporaryDirectory(prefix="coderemote-redis-") as workdir:
        server = RedisServer(port=free_port(), workdir=Path(workdir))
        server.start()
        try:
            yield server
        finally:
            server.stop()


@pytest.fixture
def redis_url(redis_server: RedisServer) -> Iterator[str]:
    """A clean database on the session's redis-server."""
    import redis

    client = redis.Redis.from_url(redis_server.url)
    client.flushall()
    client.close()
    yield redis_server.url


@pytest.fixture(scope="session")
def ray_session() -> Iterator[None]:
    """A real local Ray, started once per test session and only when a test asks for it."""
    import ray

    # address="local": a cluster of our own, whatever RAY_ADDRESS or a stale
    # /tmp/ray/ray_current_cluster says.
    ray.init(
        address="local",
        num_cpus=2,
        # Its one node runs sandboxes, like a server's local Ray (actors.placement).
        resources={"sandbox_node": 1},
        include_dashboard=False,
        log_to_driver=False,
        namespace="coderemote-tests",
    )
    try:
        yield
    finally:
        ray.shutdown()
