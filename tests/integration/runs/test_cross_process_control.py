"""Input, eof and cancel sent to another server process than the one holding the live run,
and the record of a run that ends while Redis is down.

Two apps on one real Redis (run store and room store), both on the real pool actor, runs in
real gVisor: the control event is relayed to the holder over the room's Pub/Sub channel.
"""

from __future__ import annotations

import asyncio
import uuid

from realtime.contract.relayed import RelayedRunInput
from realtime.runs.redis import RedisRunStore
from tests.conftest import RedisServer
from tests.integration.rooms.conftest import RunningServer
from tests.integration.runs.conftest import (
    Open,
    finished,
    first_error,
    output,
    room_state,
    run_events,
)
from tests.room_client import RoomClient


async def start_spinning(runner: RoomClient, far: RoomClient) -> str:
    """Start an endless program in the room; its run id once `far` has seen its output."""
    await runner.insert(0, "print('spinning', flush=True)\nwhile True:\n    pass\n")
    await far.wait_for(lambda: far.code().startswith("print('spinning'"))
    await runner.send_event({"type": "run"})
    await far.wait_for(lambda: any(e["type"] == "run.output" for e in run_events(far)), 60)
    return str(run_events(far)[0]["run_id"])


async def test_cancel_from_another_process_stops_the_run(
    two_servers: tuple[RunningServer, RunningServer], as_user: Open
) -> None:
    s1, s2 = two_servers
    rid = "xrun-" + uuid.uuid4().hex[:12]
    runner: RoomClient = await as_user(s1.ws(rid), "ada")
    near: RoomClient = await as_user(s1.ws(rid), "cy")
    far: RoomClient = await as_user(s2.ws(rid), "bob")
    run_id = await start_spinning(runner, far)

    await far.send_event({"type": "run.cancel", "run_id": run_id})
    done = await asyncio.gather(*(finished(c) for c in (runner, near, far)))
    # Not relayed, the program would spin until the wall-clock limit: verdict "timeout".
    assert [d["verdict"] for d in done] == ["cancelled"] * 3
    assert {d["run_id"] for d in done} == {run_id}
    assert not any(e.get("type") == "error" for e in far.events), far.events


async def test_runner_types_from_another_process_and_others_cannot(
    two_servers: tuple[RunningServer, RunningServer], as_user: Open
) -> None:
    s1, s2 = two_servers
    rid = "xrun-" + uuid.uuid4().hex[:12]
    runner: RoomClient = await as_user(s1.ws(rid), "ada")
    runner_far: RoomClient = await as_user(s2.ws(rid), "ada")  # the runner's other tab
    other: RoomClient = await as_user(s2.ws(rid), "bob")
    code = "print('hello', input())\nprint('then', input())\n"
    await runner.insert(0, code)
    await runner_far.wait_for(lambda: runner_far.code() == code)
    await runner.send_event({"type": "run", "interactive": True})
    await other.wait_for(lambda: any(e["type"] == "run.started" for e in run_events(other)), 60)
    run_id = run_events(other)[0]["run_id"]

    for refused in (
        {"type": "run.input", "run_id": run_id, "text": "mallory\n"},
        {"type": "run.eof", "run_id": run_id},
    ):
        other.events.clear()
        await other.send_event(refused)
        error = await first_error(other)
        assert error["code"] == "forbidden", error
    # A relayed event that claims another sender is dropped by the holder as well.
    room_far = s2.app.state.services.registry.get(rid)
    await room_far.relay_to_servers(RelayedRunInput(run_id=run_id, by="bob", text="forged\n"))

    await runner_far.send_event({"type": "run.input", "run_id": run_id, "text": "ada\n"})
    await runner_far.send_event({"type": "run.input", "run_id": run_id, "text": "lovelace\n"})
    await runner_far.send_event({"type": "run.eof", "run_id": run_id})
    done = await asyncio.gather(*(finished(c) for c in (runner, runner_far, other)))
    assert [d["verdict"] for d in done] == ["ok"] * 3
    for client in (runner, runner_far, other):
        assert output(client) == "hello ada\nthen lovelace\n"
        # What the runner typed in the far process is echoed by the holder, to everyone.
        typed = [e["data"] for e in run_events(client) if e.get("stream") == "stdin"]
        assert typed == ["ada\n", "lovelace\n"]
    chunks = [[e for e in run_events(c) if e["type"] == "run.output"] for c in (runner, other)]
    assert chunks[0] == chunks[1]
    assert not any(e.get("type") == "error" for e in runner_far.events), runner_far.events


async def test_control_for_no_live_run_is_refused_everywhere(
    two_servers: tuple[RunningServer, RunningServer], as_user: Open
) -> None:
    s1, s2 = two_servers
    rid = "xrun-" + uuid.uuid4().hex[:12]
    runner: RoomClient = await as_user(s1.ws(rid), "ada")
    far: RoomClient = await as_user(s2.ws(rid), "bob")
    await runner.insert(0, "print('quick')\n")
    await far.wait_for(lambda: far.code() == "print('quick')\n")
    await runner.send_event({"type": "run"})
    done = await finished(far)
    assert done["verdict"] == "ok"
    await far.send_event({"type": "run.cancel", "run_id": done["run_id"]})
    error = await first_error(far)
    assert error == {"type": "error", "code": "no_live_run", "message": "no such live run"}


async def test_cancel_while_redis_is_down_is_refused_with_a_clear_error(
    two_servers: tuple[RunningServer, RunningServer], as_user: Open, redis_server: RedisServer
) -> None:
    s1, s2 = two_servers
    rid = "xrun-" + uuid.uuid4().hex[:12]
    runner: RoomClient = await as_user(s1.ws(rid), "ada")
    far: RoomClient = await as_user(s2.ws(rid), "bob")
    run_id = await start_spinning(runner, far)

    redis_server.stop()
    try:
        await far.send_event({"type": "run.cancel", "run_id": run_id})
        error = await first_error(far, 30)
    finally:
        redis_server.start()
    # Not silently dropped, not "internal": the person is told to try again.
    assert error["code"] == "unavailable", error
    assert "try again" in error["message"]
    # The run was not cancelled: it goes on to its wall-clock limit in its own process.
    done = await finished(runner)
    assert done["verdict"] == "timeout", done


async def test_a_run_that_ends_while_redis_is_down_is_recorded_once_it_is_back(
    two_servers: tuple[RunningServer, RunningServer],
    as_user: Open,
    redis_server: RedisServer,
    redis_url: str,
) -> None:
    s1, s2 = two_servers
    rid = "xrun-" + uuid.uuid4().hex[:12]
    runner: RoomClient = await as_user(s1.ws(rid), "ada")
    await runner.insert(0, "print('got', input())\n")
    await runner.send_event({"type": "run", "interactive": True})
    await runner.wait_for(
        lambda: any(e["type"] == "run.input_wanted" for e in run_events(runner)), 60
    )
    run_id = run_events(runner)[0]["run_id"]
    service = s1.app.state.runs.service

    redis_server.stop()
    try:
        # The run lives in this process: input needs no Redis, and the run ends now.
        await runner.send_event({"type": "run.input", "run_id": run_id, "text": "x\n"})
        done = await finished(runner, 30)
        assert done["verdict"] == "ok", done
        assert service.unsaved_runs == 1
    finally:
        redis_server.start()

    store = RedisRunStore(redis_url)
    try:
        for _ in range(100):
            record = await store.get(rid, run_id)
            if record is not None and record.verdict is not None:
                break
            await asyncio.sleep(0.2)
        assert record is not None and record.verdict == "ok", record
        # The retry task ends a moment after its write lands, which this reader may see first.
        for _ in range(50):
            if service.unsaved_runs == 0:
                break
            await asyncio.sleep(0.1)
        assert service.unsaved_runs == 0
    finally:
        await store.close()
    # Whoever opens the room now, in either process, sees the run over, not still running.
    late: RoomClient = await as_user(s2.ws(rid), "bob")
    state = await room_state(late)
    assert state is not None and state["run_id"] == run_id, state
    assert state["running"] is False, state
    # The typed input is part of the transcript, where it was typed.
    assert state["output"] == "x\ngot x\n", state
