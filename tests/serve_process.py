"""`coderemote serve` as a real subprocess, for the tests that need a whole server process."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

import httpx
import pytest

REPO = Path(__file__).resolve().parents[1]


class ServeProcess:
    """One `coderemote serve --port PORT` process; `restart` keeps the port."""

    def __init__(
        self,
        port: int,
        *,
        args: Sequence[str] = (),
        env: Mapping[str, str] | None = None,
        log_path: Path | None = None,
        startup_timeout: float = 90.0,
        warm_on_start: bool | None = False,
    ) -> None:
        """Describe the process; nothing starts until `start` (or `launch`).

        Args:
            port: TCP port to serve on.
            args: More `coderemote serve` arguments.
            env: The whole environment (default: this process's).
            log_path: Where its output goes (appended); None discards it.
            startup_timeout: Seconds to wait for `/healthz` (serve may warm a Ray pool first).
            warm_on_start: `CODEREMOTE_WARM_ON_START` for the process, unless `env` sets it:
                off by default (a test that never runs code need not start Ray); None leaves
                the server's own default.
        """
        self.port = port
        self.args = list(args)
        self.env = dict(os.environ if env is None else env)
        if warm_on_start is not None:
            self.env.setdefault("CODEREMOTE_WARM_ON_START", str(warm_on_start).lower())
        self.log_path = log_path
        self.startup_timeout = startup_timeout
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def http(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def ws(self, room: str) -> str:
        return f"ws://127.0.0.1:{self.port}/ws/rooms/{room}"

    def start(self) -> None:
        self.launch()
        self.wait_healthy()

    def launch(self) -> None:
        """Start the process without waiting (several can then start in parallel)."""
        exe = Path(sys.executable).with_name("coderemote")
        if not exe.exists():
            pytest.fail("the coderemote console script is missing: run `make bootstrap`")
        command = [str(exe), "serve", "--port", str(self.port), *self.args]
        if self.log_path is None:
            self.process = subprocess.Popen(
                command,
                cwd=REPO,
                env=self.env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            return
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                command, cwd=REPO, env=self.env, stdout=log, stderr=subprocess.STDOUT
            )

    def wait_healthy(self) -> None:
        assert self.process is not None
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"coderemote serve exited with {self.process.returncode}{self._log_tail()}"
                )
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{self.http}/healthz", timeout=1).status_code == 200:
                    return
            time.sleep(0.1)
        raise RuntimeError(f"coderemote serve did not become healthy{self._log_tail()}")

    def kill(self) -> None:
        """SIGKILL: no shutdown code runs (crash tests)."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()
        self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def _log_tail(self) -> str:
        if self.log_path is None or not self.log_path.exists():
            return ""
        return ":\n" + self.log_path.read_text(errors="replace")[-2000:]
