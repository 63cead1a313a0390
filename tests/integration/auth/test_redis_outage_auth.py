"""With Redis down, auth and quotas fail closed with "try again later", never with a 500."""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

import pytest

from tests.conftest import RedisServer, free_port
from tests.integration.auth.harness import events_of, serve


@pytest.mark.redis
async def test_redis_outage_gives_503_and_4503_then_recovers() -> None:
    with tempfile.TemporaryDirectory(prefix="coderemote-auth-redis-") as workdir:
        redis = RedisServer(port=free_port(), workdir=Path(workdir))
        redis.start()
        try:
            async with serve(store="redis", redis_url=redis.url) as server:
                alice = await server.login("Alice")
                made = await alice.request("POST", "/api/rooms", json={"kind": "shared"})
                room = made.json()["id"]
                redis.stop()
                refused = await alice.request("POST", "/api/rooms", json={"kind": "shared"})
                assert refused.status_code == 503
                assert refused.json()["error"]["code"] == "unavailable"
                notes = await alice.request("GET", f"/api/rooms/{room}/notes")
                assert notes.status_code == 503
                socket = await alice.connect(room)
                await socket.wait_closed()
                assert socket.close_code == 4503
                redis.start()  # append-only file: the room is still there
                # Back within seconds: a client reconnecting meanwhile may still meet 4503
                # (the server's Redis connections come back on their next retry).
                deadline = time.monotonic() + 30
                while True:
                    again = await alice.connect(room)
                    try:
                        session = await events_of(again, "session", within=3)
                        break
                    except TimeoutError:
                        assert time.monotonic() < deadline, again.close_code
                        await asyncio.sleep(0.5)
                assert session[0]["role"] == "owner"
        finally:
            redis.stop()
