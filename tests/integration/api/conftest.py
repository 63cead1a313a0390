"""A `coderemote serve` process for the property-based API run (sync tests need a server
that is not on the test's event loop)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest

from tests.conftest import free_port


@dataclass
class ServedApi:
    base_url: str
    token: str
    room_id: str


@pytest.fixture(scope="module")
def served_api() -> Iterator[ServedApi]:
    exe = shutil.which("coderemote", path=os.path.dirname(sys.executable))
    if exe is None:
        pytest.fail("the coderemote console script is missing: run `make bootstrap`")
    port = free_port()
    env = {
        **os.environ,
        "CODEREMOTE_PORT": str(port),
        "CODEREMOTE_ENVIRONMENT": "development",
        "CODEREMOTE_LOG_LEVEL": "WARNING",
        # Generous quotas: the run explores the API, the quota tests live elsewhere.
        "CODEREMOTE_LIMIT_ROOMS_PER_DAY": "100000",
    }
    process = subprocess.Popen(
        [exe, "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{base_url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("coderemote serve did not start")
            time.sleep(0.1)
        login = httpx.post(f"{base_url}/api/auth/dev-login", json={"name": "Schemathesis"})
        token = login.json()["token"]
        room = httpx.post(
            f"{base_url}/api/rooms",
            json={"kind": "interview"},
            headers={"Authorization": f"Bearer {token}"},
        ).json()["id"]
        yield ServedApi(base_url=base_url, token=token, room_id=room)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        stderr = process.stderr.read().decode() if process.stderr else ""
        process.stderr and process.stderr.close()
        assert "Traceback" not in stderr, stderr[-4000:]
