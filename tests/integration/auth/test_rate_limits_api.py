"""Quotas over the real HTTP API and socket: 429 + Retry-After, error events, 4429."""

from __future__ import annotations

from typing import Any

import pytest

from tests.integration.auth.harness import events_of, handled, serve
from tests.integration.auth.windows import DAY, MINUTE, clear_of_window_ends

BACKENDS = ["memory", "redis"]


def backend(kind: str, request: pytest.FixtureRequest) -> dict[str, Any]:
    if kind == "memory":
        return {}
    return {"store": "redis", "redis_url": request.getfixturevalue("redis_url")}


@pytest.mark.parametrize("kind", BACKENDS)
async def test_room_creation_over_quota_is_429_with_retry_after(
    kind: str, request: pytest.FixtureRequest
) -> None:
    async with serve(limit_rooms_per_day=2, **backend(kind, request)) as server:
        alice, bob = await server.login("Alice"), await server.login("Bob")
        await clear_of_window_ends(DAY, margin_s=10)
        for _ in range(2):
            made = await alice.request("POST", "/api/rooms", json={"kind": "shared"})
            assert made.status_code == 201
        refused = await alice.request("POST", "/api/rooms", json={"kind": "shared"})
        assert refused.status_code == 429
        retry_after = int(refused.headers["retry-after"])
        assert 1 <= retry_after <= 24 * 3600
        body = refused.json()["error"]
        assert body["code"] == "rate_limited"
        assert "2 new rooms per day" in body["message"]
        assert body["details"][0]["retry_after"] == retry_after
        # Per user: Bob is unaffected.
        assert (await bob.request("POST", "/api/rooms", json={"kind": "shared"})).status_code == 201


@pytest.mark.parametrize("kind", BACKENDS)
async def test_runs_and_analyses_over_quota_get_an_error_event(
    kind: str, request: pytest.FixtureRequest
) -> None:
    async with serve(
        limit_runs_per_minute=2, limit_analyses_per_day=1, **backend(kind, request)
    ) as server:
        alice = await server.login("Alice")
        room = (await alice.request("POST", "/api/rooms", json={"kind": "shared"})).json()["id"]
        client = await alice.connect(room)
        await client.wait_synced()
        await clear_of_window_ends(MINUTE, DAY, margin_s=10)
        for _ in range(3):
            await client.send_event({"type": "run", "stdin": ""})
        await client.send_event({"type": "analyze"})
        await client.send_event({"type": "analyze"})
        await client.wait_for(
            lambda: len([e for e in client.events if e.get("code") == "rate_limited"]) == 2
        )
        assert handled(client.events) == ["run", "run", "analyze"]
        limited = [e for e in client.events if e.get("code") == "rate_limited"]
        assert "runs per minute" in limited[0]["message"]
        assert 1 <= limited[0]["retry_after"] <= 60
        assert "analyses per day" in limited[1]["message"]
        assert limited[1]["retry_after"] >= 1


async def test_room_run_budget_is_shared_by_everyone_in_the_room() -> None:
    async with serve(limit_room_runs_per_minute=2) as server:
        owner, guest = await server.login("Olga"), await server.login("Gus")
        room = (await owner.request("POST", "/api/rooms", json={"kind": "shared"})).json()["id"]
        link = (
            await owner.request("POST", f"/api/rooms/{room}/invites", json={"role": "editor"})
        ).json()
        await guest.request("POST", f"/api/rooms/{room}/join", json={"invite": link["token"]})
        a, b = await owner.connect(room), await guest.connect(room)
        await clear_of_window_ends(MINUTE, margin_s=10)
        await a.send_event({"type": "run"})
        await a.wait_for(lambda: handled(a.events) == ["run"])
        await b.send_event({"type": "run"})
        await b.wait_for(lambda: handled(b.events) == ["run"])
        await b.send_event({"type": "run"})
        limited = await events_of(b, "error")
        assert limited[0]["code"] == "rate_limited"
        assert "in this room" in limited[0]["message"]


@pytest.mark.parametrize("kind", BACKENDS)
async def test_connections_per_user_over_quota_close_with_4429_and_free_up(
    kind: str, request: pytest.FixtureRequest
) -> None:
    async with serve(limit_connections_per_user=2, **backend(kind, request)) as server:
        alice = await server.login("Alice")
        room = (await alice.request("POST", "/api/rooms", json={"kind": "shared"})).json()["id"]
        first, second = await alice.connect(room), await alice.connect(room)
        await first.wait_synced()
        await second.wait_synced()
        third = await alice.connect(room)
        await third.wait_closed()
        assert third.close_code == 4429
        assert "connections per user" in (third.close_reason or "")
        await first.close()
        # The slot comes back once the server has seen the socket go.
        for _ in range(50):
            fourth = await alice.connect(room)
            await fourth.wait_for(
                lambda c=fourth: c.synced.is_set() or (c._reader is not None and c._reader.done())
            )
            if fourth.close_code is None:
                break
            import asyncio

            await asyncio.sleep(0.05)
        assert fourth.close_code is None
        await fourth.wait_synced()
