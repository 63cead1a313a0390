"""Everyone sees the same room, on every server process: refusals (syntax errors, policy,
rate limits, no sandbox), the runner's typed input echoed in the output, and the same last run
for whoever joins later, through another process.

Two apps on one real Redis; runs go to the real pool actor on Ray, in real gVisor.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from typing import Any

import pytest

from realtime.auth.guard import EventGuard
from realtime.limits.memory import MemoryLimitStore
from realtime.limits.quotas import QuotaLimits, Quotas
from realtime.rooms.events import EventRouter
from realtime.runs.redis import RedisRunStore
from realtime.runs.wiring import RunsWiring
from realtime.settings import load_settings
from tests.integration.rooms.conftest import RunningServer, serve_in_process
from tests.integration.runs.conftest import (
    Open,
    TokenIsTheUser,
    finished,
    first_error,
    room_state,
    run_events,
)
from tests.room_client import RoomClient

Servers = tuple[RunningServer, RunningServer]


def room() -> str:
    return "same-" + uuid.uuid4().hex[:12]


async def rejection(client: RoomClient, within: float = 30) -> dict[str, Any]:
    """The first `run.rejected` event the client receives."""
    await client.wait_for(lambda: any(e["type"] == "run.rejected" for e in client.events), within)
    return next(e for e in client.events if e["type"] == "run.rejected")


async def press_run(runner: RoomClient, others: list[RoomClient], code: str) -> None:
    """Replace the room's code with `code` (seen by everyone) and press Run."""
    await runner.insert(0, code)
    for other in others:
        await other.wait_for(lambda o=other: o.code() == code)  # type: ignore[misc]
    await runner.send_event({"type": "run", "interactive": True})


async def test_a_syntax_error_reaches_everyone_and_stays_the_last_run(
    two_servers: Servers, as_user: Open
) -> None:
    s1, s2 = two_servers
    rid = room()
    ada: RoomClient = await as_user(s1.ws(rid), "ada")
    near: RoomClient = await as_user(s1.ws(rid), "cy")
    far: RoomClient = await as_user(s2.ws(rid), "bob")
    await press_run(ada, [near, far], "print('a')\nx = = 1\n")

    told = await asyncio.gather(*(rejection(c) for c in (ada, near, far)))
    assert all(t == told[0] for t in told), told
    event = told[0]
    assert event["code"] == "syntax_error" and event["reason"].startswith("syntax error")
    assert event["by"] == {"id": "ada", "name": "Ada"} and event["run_id"]
    [diagnostic] = event["diagnostics"]
    assert (diagnostic["kind"], diagnostic["line"], diagnostic["column"]) == ("syntax", 2, 4)
    assert not any(e["type"] == "run.started" for e in far.events)

    # Whoever opens the room later, through either process, sees the same refusal.
    late: RoomClient = await as_user(s2.ws(rid), "dee")
    state = await room_state(late)
    assert state is not None and state["run_id"] == event["run_id"], state
    assert state["rejected"] is True and state["running"] is False
    assert state["verdict"] == "syntax_error" and state["diagnostics"] == event["diagnostics"]

    # A refused import is a policy violation, told to the other process too.
    far.events.clear()
    await ada.delete(0, len(ada.code()))
    await press_run(ada, [far], "x = 1\nimport os\n")
    event = await rejection(far)
    assert event["code"] == "policy_violation" and event["diagnostics"][0]["line"] == 2
    assert event["diagnostics"][0]["kind"] == "policy"


async def test_typed_input_is_echoed_to_every_process_in_order(
    two_servers: Servers, as_user: Open, redis_url: str
) -> None:
    s1, s2 = two_servers
    rid = room()
    ada: RoomClient = await as_user(s1.ws(rid), "ada")
    ada_far: RoomClient = await as_user(s2.ws(rid), "ada")  # the runner's tab on the other one
    bob: RoomClient = await as_user(s2.ws(rid), "bob")
    code = 'name = input("Your name? ")\nage = input("Age? ")\nprint(f"Hi {name}, {age}")\n'
    await press_run(ada, [ada_far, bob], code)

    def asked(client: RoomClient, times: int) -> bool:
        return sum(e["type"] == "run.input_wanted" for e in run_events(client)) >= times

    await ada.wait_for(lambda: asked(ada, 1), 60)
    run_id = run_events(ada)[0]["run_id"]
    await ada.send_event({"type": "run.input", "run_id": run_id, "text": "Bob\n"})
    await bob.wait_for(lambda: "Bob\n" in transcript(bob), 10)

    # Joining mid-run through the other process shows the run so far, echo included: once
    # the holder's checkpoint has it (due within a second, later on a loaded machine).
    await checkpointed(redis_url, rid, run_id, "Your name? Bob\n")
    late: RoomClient = await as_user(s2.ws(rid), "dee")
    state = await room_state(late)
    assert state is not None and state["running"] is True, state
    assert state["output"].startswith("Your name? Bob\n"), state

    await ada.wait_for(lambda: asked(ada, 2), 30)
    # Typed in the runner's other tab: relayed to the holder, which echoes it.
    await ada_far.send_event({"type": "run.input", "run_id": run_id, "text": "42\n"})
    done = await asyncio.gather(*(finished(c) for c in (ada, bob, late)))
    assert [d["verdict"] for d in done] == ["ok"] * 3

    for client in (ada, ada_far, bob):
        assert transcript(client) == "Your name? Bob\nAge? 42\nHi Bob, 42\n"
        chunks = [e for e in run_events(client) if e["type"] == "run.output"]
        assert [e["seq"] for e in chunks] == list(range(len(chunks)))
        assert [e["data"] for e in chunks if e["stream"] == "stdin"] == ["Bob\n", "42\n"]
    assert run_events(ada) == run_events(bob)
    # The late joiner's view continues from where its room.state ended.
    later = [e for e in run_events(late) if e["type"] == "run.output"]
    assert all(e["seq"] > state["last_seq"] for e in later)
    assert state["output"] + "".join(e["data"] for e in later) == transcript(bob)

    again: RoomClient = await as_user(s1.ws(rid), "eve")
    final = await room_state(again)
    assert final is not None and final["output"] == "Your name? Bob\nAge? 42\nHi Bob, 42\n"
    assert final["last_seq"] == len(chunks) - 1 and final["verdict"] == "ok"


async def checkpointed(
    redis_url: str, room_id: str, run_id: str, output: str, within: float = 30
) -> None:
    """Wait until the run's record in Redis (the holder's checkpoint) starts with `output`."""
    store = RedisRunStore(redis_url)
    try:
        async with asyncio.timeout(within):
            while True:
                record = await store.get(room_id, run_id)
                if record is not None and record.output.startswith(output):
                    return
                await asyncio.sleep(0.1)
    finally:
        await store.close()


def transcript(client: RoomClient) -> str:
    return "".join(e["data"] for e in run_events(client) if e["type"] == "run.output")


@pytest.fixture
async def limited_servers(redis_url: str) -> AsyncIterator[Servers]:
    """Two apps on one Redis whose users may start one run per minute; no sandbox pool (a run
    that gets past the limits is refused as unavailable)."""
    settings = load_settings(store="redis", redis_url=redis_url, room_idle_seconds=5)
    async with AsyncExitStack() as stack:
        servers = []
        for _ in range(2):
            events = EventRouter()
            # A stopped clock: however slowly the test's runs come, they all fall in one
            # minute's window (a real one could end between them and allow another run).
            store = MemoryLimitStore(clock=lambda: 1_000_000_020.0)
            quotas = Quotas(store, QuotaLimits(runs_per_minute=1))
            events.add_guard(EventGuard(quotas))
            runs = RunsWiring(RedisRunStore(redis_url), quotas=quotas, stats_interval_s=1)
            app = serve_in_process(
                settings, authenticator=TokenIsTheUser(), events=events, runs=runs
            )
            servers.append(await stack.enter_async_context(app))
        yield servers[0], servers[1]


async def test_refusals_that_are_not_about_the_code_reach_everyone(
    limited_servers: Servers, as_user: Open
) -> None:
    s1, s2 = limited_servers
    rid = room()
    ada: RoomClient = await as_user(s1.ws(rid), "ada")
    bob: RoomClient = await as_user(s2.ws(rid), "bob")
    await press_run(ada, [bob], "print('hi')\n")
    told = await asyncio.gather(rejection(ada), rejection(bob))
    assert told[0] == told[1]
    assert told[1]["code"] == "unavailable" and told[1]["by"]["name"] == "Ada"
    assert "not enabled" in told[1]["reason"]

    for client in (ada, bob):
        client.events.clear()
    await ada.send_event({"type": "run"})  # the second run this minute
    error = await first_error(ada)
    assert error["code"] == "rate_limited" and error["retry_after"] > 0
    event = await rejection(bob)
    assert event["code"] == "rate_limited" and event["by"]["id"] == "ada"
    assert event["retry_after"] == error["retry_after"]
    # Pressing again and again is answered each time, but told to the room once per wait.
    for _ in range(3):
        await ada.send_event({"type": "run"})
    await ada.wait_for(lambda: sum(e.get("type") == "error" for e in ada.events) == 4)
    await asyncio.sleep(0.3)
    assert sum(e["type"] == "run.rejected" for e in bob.events) == 1
    # Nothing of this is a run: the room's last run stays none.
    assert await room_state(await as_user(s2.ws(rid), "cy")) is None
