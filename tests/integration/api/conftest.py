"""A `coderemote serve` process for the property-based API run (sync tests need a server
that is not on the test's event loop)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest

from tests.conftest import free_port
from tests.serve_process import ServeProcess


@dataclass
class ServedApi:
    base_url: str
    token: str
    room_id: str


@pytest.fixture(scope="module")
def served_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedApi]:
    env = {
        **os.environ,
        "CODEREMOTE_ENVIRONMENT": "development",
        "CODEREMOTE_LOG_LEVEL": "WARNING",
        # Generous quotas: the run explores the API, the quota tests live elsewhere.
        "CODEREMOTE_LIMIT_ROOMS_PER_DAY": "100000",
    }
    log_path = tmp_path_factory.mktemp("served-api") / "coderemote-serve.log"
    server = ServeProcess(
        free_port(), args=["--host", "127.0.0.1"], env=env, log_path=log_path, startup_timeout=30
    )
    base_url = server.http
    try:
        server.start()
        login = httpx.post(f"{base_url}/api/auth/dev-login", json={"name": "Schemathesis"})
        token = login.json()["token"]
        room = httpx.post(
            f"{base_url}/api/rooms",
            json={"kind": "interview"},
            headers={"Authorization": f"Bearer {token}"},
        ).json()["id"]
        yield ServedApi(base_url=base_url, token=token, room_id=room)
    finally:
        server.stop()
        log = log_path.read_text(errors="replace") if log_path.exists() else ""
        assert "Traceback" not in log, log[-4000:]
