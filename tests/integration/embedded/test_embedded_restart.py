"""`coderemote serve --store embedded` keeps rooms, members, notes, invites and the dev
sign-in key across a SIGKILL, leaves no redis-server behind, and owns its data folder.

Real processes throughout: the server is the console script, its Redis the Debian
redis-server it starts itself, and the clients speak HTTP and y-websocket to it.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import free_port
from tests.room_client import RoomClient
from tests.serve_process import ServeProcess

pytestmark = pytest.mark.redis

# CJK, emoji with a skin-tone modifier, a combining accent, an astral-plane symbol.
CODE = "# 你好，世界 🌏🚀 — café\nprint('こんにちは 👋🏽', '한국어', '𝔘𝔫𝔦')\n"
NOTES = "候选人: 思路清晰 ✅ — 재면접 필요 없음 🙂"


def _env() -> dict[str, str]:
    # Nothing from the machine's CODEREMOTE_* may change the server under test.
    env = {k: v for k, v in os.environ.items() if not k.startswith("CODEREMOTE_")}
    return env | {"CODEREMOTE_ENVIRONMENT": "development", "CODEREMOTE_LOG_LEVEL": "WARNING"}


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def _redis_pid(data: Path) -> int:
    """The pid redis-server wrote at start (0 while a new one has not written it yet)."""
    try:
        return int((data / "redis" / "redis.pid").read_text())
    except (OSError, ValueError):
        return 0


@dataclass
class Embedded:
    server: ServeProcess
    data: Path
    log: Path

    async def start(self) -> None:
        await asyncio.to_thread(self.server.start)


@pytest.fixture
def embedded(tmp_path: Path) -> Iterator[Embedded]:
    data = tmp_path / "data"
    log = tmp_path / "serve.log"
    server = ServeProcess(
        free_port(),
        args=["--store", "embedded", "--data-dir", str(data)],
        env=_env(),
        log_path=log,
        startup_timeout=30,
    )
    try:
        yield Embedded(server, data, log)
    finally:
        server.stop()
        text = log.read_text(errors="replace") if log.exists() else ""
        assert "Traceback" not in text, text[-4000:]


@pytest.fixture
async def http(embedded: Embedded) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=embedded.server.http, timeout=10) as client:
        yield client


async def _login(http: httpx.AsyncClient, name: str) -> tuple[str, dict[str, str]]:
    response = await http.post("/api/auth/dev-login", json={"name": name})
    assert response.status_code == 200, response.text
    body = response.json()
    return body["user"]["id"], {"Authorization": f"Bearer {body['token']}"}


async def _socket(embedded: Embedded, room: str, auth: dict[str, str] | None) -> RoomClient:
    protocols = ["coderemote.v1"]
    if auth is not None:
        protocols.append("auth." + auth["Authorization"].removeprefix("Bearer "))
    return await RoomClient(embedded.server.ws(room), subprotocols=protocols).connect()


async def _write_and_see_it_relayed(embedded: Embedded, room: str, auth: Any) -> None:
    """Write CODE; return once another client received it (the room stores an update
    before it relays it, so what a second tab saw is what a restart must bring back)."""
    writer = await _socket(embedded, room, auth)
    reader = await _socket(embedded, room, auth)
    try:
        await writer.wait_synced()
        await reader.wait_synced()
        await writer.insert(0, CODE)
        await reader.wait_for(lambda: reader.code() == CODE)
    finally:
        await asyncio.gather(writer.close(), reader.close())


async def _document(embedded: Embedded, room: str, auth: Any) -> str:
    client = await _socket(embedded, room, auth)
    try:
        await client.wait_synced()
        return client.code()
    finally:
        await client.close()


async def _refused(embedded: Embedded, room: str, auth: Any) -> int | None:
    client = await _socket(embedded, room, auth)
    try:
        await client.wait_closed()
        return client.close_code
    finally:
        await client.close()


async def test_rooms_members_notes_invites_and_tokens_survive_sigkill(
    embedded: Embedded, http: httpx.AsyncClient
) -> None:
    await embedded.start()
    owner_id, owner = await _login(http, "Inès")
    interview = (await http.post("/api/rooms", json={"kind": "interview"}, headers=owner)).json()
    shared = (await http.post("/api/rooms", json={"kind": "shared"}, headers=owner)).json()
    assert (interview["kind"], shared["kind"]) == ("interview", "shared")
    room = interview["id"]
    put = await http.put(f"/api/rooms/{room}/notes", json={"text": NOTES}, headers=owner)
    assert put.status_code == 200, put.text
    link = await http.post(f"/api/rooms/{room}/invites", json={"role": "candidate"}, headers=owner)
    assert link.status_code == 201, link.text
    invite = link.json()["token"]
    candidate_id, candidate = await _login(http, "Cleo")
    joined = await http.post(f"/api/rooms/{room}/join", json={"invite": invite}, headers=candidate)
    assert joined.status_code == 200, joined.text
    adhoc = f"adhoc-{secrets.token_hex(4)}"
    await _write_and_see_it_relayed(embedded, room, owner)
    await _write_and_see_it_relayed(embedded, adhoc, None)
    kid = (await http.get("/.well-known/jwks.json")).json()["keys"][0]["kid"]
    redis_pid = _redis_pid(embedded.data)
    assert _alive(redis_pid)

    embedded.server.kill()
    for _ in range(250):  # 5 s
        if not _alive(redis_pid):
            break
        await asyncio.sleep(0.02)
    assert not _alive(redis_pid), "the embedded redis-server outlived its SIGKILLed server"

    await embedded.start()
    assert _redis_pid(embedded.data) != redis_pid
    # Same signing key, same kid: the token handed out before the crash still verifies.
    assert (await http.get("/.well-known/jwks.json")).json()["keys"][0]["kid"] == kid
    again = await http.get(f"/api/rooms/{room}", headers=owner)
    assert again.status_code == 200, again.text
    assert (again.json()["kind"], again.json()["role"]) == ("interview", "interviewer")
    kind = (await http.get(f"/api/rooms/{shared['id']}", headers=owner)).json()["kind"]
    assert kind == "shared"
    members = (await http.get(f"/api/rooms/{room}/members", headers=owner)).json()
    roles = {m["user_id"]: m["role"] for m in members}
    assert roles == {owner_id: "interviewer", candidate_id: "candidate"}
    notes = await http.get(f"/api/rooms/{room}/notes", headers=owner)
    assert notes.json() == {"text": NOTES}
    assert await _document(embedded, room, owner) == CODE
    assert await _document(embedded, room, candidate) == CODE
    assert await _document(embedded, adhoc, None) == CODE
    # The invite made before the crash still admits someone new (record and secret kept).
    _, dana = await _login(http, "Dana")
    late = await http.post(f"/api/rooms/{room}/join", json={"invite": invite}, headers=dana)
    assert late.status_code == 200, late.text
    assert late.json()["role"] == "candidate"
    # Still members-only: a signed-in stranger and an anonymous socket are refused.
    _, stranger = await _login(http, "Mallory")
    assert (await http.get(f"/api/rooms/{room}", headers=stranger)).status_code == 403
    assert await _refused(embedded, room, stranger) == 4403
    assert await _refused(embedded, room, None) == 4401


async def test_second_server_on_the_folder_is_refused_and_a_dead_redis_comes_back(
    embedded: Embedded, http: httpx.AsyncClient
) -> None:
    await embedded.start()
    _, owner = await _login(http, "Ada")
    room = (await http.post("/api/rooms", json={"kind": "interview"}, headers=owner)).json()["id"]
    exe = Path(sys.executable).with_name("coderemote")
    second = await asyncio.to_thread(
        subprocess.run,
        [exe, "serve", "--port", str(free_port()), "--store", "embedded"],
        env=_env() | {"CODEREMOTE_DATA_DIR": str(embedded.data)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert second.returncode == 2, second.stdout + second.stderr
    assert "is using the data folder" in second.stderr
    assert embedded.server.process is not None
    assert f"pid {embedded.server.process.pid}" in second.stderr
    assert (await http.get(f"/api/rooms/{room}", headers=owner)).status_code == 200

    # Supervision: a redis-server that dies under a running server is started again.
    first = _redis_pid(embedded.data)
    os.kill(first, signal.SIGKILL)
    deadline = time.monotonic() + 15
    status = 0
    while time.monotonic() < deadline:
        response = await http.get(f"/api/rooms/{room}", headers=owner)
        status = response.status_code
        if status == 200 and _redis_pid(embedded.data) not in (0, first):
            break
        await asyncio.sleep(0.1)
    assert status == 200
    assert _redis_pid(embedded.data) not in (0, first)
