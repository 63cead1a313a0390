"""Runs in rooms through the real server, the real pool actor on Ray, and real gVisor."""

from __future__ import annotations

import asyncio
import hashlib
import uuid
from collections.abc import Callable
from typing import Any

import httpx

from realtime.runs.records import ABANDONED_MESSAGE, RunRecord, now_ms
from tests.integration.rooms.conftest import RunningServer
from tests.room_client import RoomClient

Open = Callable[..., Any]


def room() -> str:
    return "runs-" + uuid.uuid4().hex[:12]


def run_events(client: RoomClient, run_id: str | None = None) -> list[dict[str, Any]]:
    return [
        e
        for e in client.events
        if str(e.get("type", "")).startswith("run.")
        and (run_id is None or e.get("run_id") == run_id)
    ]


async def finished(client: RoomClient, within: float = 60) -> dict[str, Any]:
    await client.wait_for(
        lambda: any(e["type"] == "run.finished" for e in run_events(client)), within
    )
    return next(e for e in run_events(client) if e["type"] == "run.finished")


async def set_code(client: RoomClient, code: str) -> None:
    await client.insert(0, code)


async def test_run_reaches_every_member_in_order(
    run_server: RunningServer, room_clients: Open
) -> None:
    rid = room()
    a: RoomClient = await room_clients(run_server.ws(rid))
    b: RoomClient = await room_clients(run_server.ws(rid))
    code = "import sys\nname = sys.stdin.read()\nfor i in range(30):\n    print(i, name)\n"
    await set_code(a, code)
    await b.wait_for(lambda: b.code() == code)
    await a.send_event({"type": "run", "stdin": "ada"})
    done_a, done_b = await asyncio.gather(finished(a), finished(b))
    assert done_a["verdict"] == "ok" and done_a == done_b
    for client in (a, b):
        events = run_events(client, done_a["run_id"])
        assert events[0]["type"] == "run.started"
        assert events[0]["code_hash"] == hashlib.sha256(code.encode()).hexdigest()
        assert events[0]["by"]["id"]
        outputs = [e for e in events if e["type"] == "run.output"]
        assert [e["seq"] for e in outputs] == list(range(len(outputs)))
        assert "".join(e["data"] for e in outputs) == "".join(f"{i} ada\n" for i in range(30))
        assert events[-1]["type"] == "run.finished"
    assert run_events(a) == run_events(b)

    late: RoomClient = await room_clients(run_server.ws(rid))
    await late.wait_for(lambda: any(e["type"] == "room.state" for e in late.events))
    state = next(e for e in late.events if e["type"] == "room.state")["last_run"]
    assert state["run_id"] == done_a["run_id"] and state["verdict"] == "ok"
    assert state["output"].startswith("0 ada\n") and state["running"] is False

    async with httpx.AsyncClient(base_url=run_server.http) as http:
        runs = (await http.get(f"/api/rooms/{rid}/runs")).json()["runs"]
        history = (await http.get(f"/api/rooms/{rid}/history")).json()["runs"]
    assert [r["run_id"] for r in runs] == [done_a["run_id"]]
    assert runs[0]["verdict"] == "ok" and runs[0]["code_hash"] == events[0]["code_hash"]
    assert history[0]["run_id"] == done_a["run_id"] and history[0]["verdict"] == "ok"


async def test_pool_figures_reach_metrics(run_server: RunningServer, room_clients: Open) -> None:
    a: RoomClient = await room_clients(run_server.ws(room()))
    await set_code(a, "print(1)\n")
    await a.send_event({"type": "run"})  # opens the pool, whose figures are then polled
    await finished(a)
    async with httpx.AsyncClient(base_url=run_server.http) as http:
        for _ in range(100):
            text = (await http.get("/metrics")).text
            if "coderemote_sandbox_pool_warm" in text:
                break
            await asyncio.sleep(0.1)
    for name in ("warm", "busy", "queue_depth", "start_latency_ms"):
        assert f"coderemote_sandbox_pool_{name} " in text, name


async def test_cancel_timeout_and_one_live_run(
    run_server: RunningServer, room_clients: Open
) -> None:
    rid = room()
    a: RoomClient = await room_clients(run_server.ws(rid))
    b: RoomClient = await room_clients(run_server.ws(rid))
    await set_code(a, "print('spinning', flush=True)\nwhile True:\n    pass\n")
    await a.send_event({"type": "run"})
    await b.wait_for(lambda: any(e["type"] == "run.output" for e in run_events(b)), 60)
    run_id = run_events(b)[0]["run_id"]
    await b.send_event({"type": "run"})
    await b.wait_for(lambda: any(e["type"] == "run.rejected" for e in b.events))
    refusal = next(e for e in b.events if e["type"] == "run.rejected")
    assert "already running" in refusal["reason"]
    await b.send_event({"type": "run.cancel", "run_id": run_id})
    cancelled = await asyncio.gather(finished(a), finished(b))
    assert [f["verdict"] for f in cancelled] == ["cancelled", "cancelled"]

    a.events.clear()
    b.events.clear()
    await a.send_event({"type": "run"})  # same program, now left to the wall clock (6 s)
    timed_out = await asyncio.gather(finished(a, 90), finished(b, 90))
    assert [f["verdict"] for f in timed_out] == ["timeout", "timeout"]


async def test_only_the_runner_types_input(run_server: RunningServer, room_clients: Open) -> None:
    rid = room()
    a: RoomClient = await room_clients(run_server.ws(rid))
    b: RoomClient = await room_clients(run_server.ws(rid))
    await set_code(a, "print('hello', input())\n")
    await a.send_event({"type": "run", "interactive": True})
    await b.wait_for(lambda: any(e["type"] == "run.started" for e in run_events(b)), 60)
    run_id = run_events(b)[0]["run_id"]
    await b.send_event({"type": "run.input", "run_id": run_id, "text": "mallory\n"})
    await b.wait_for(lambda: any(e.get("code") == "forbidden" for e in b.events))
    await a.send_event({"type": "run.input", "run_id": run_id, "text": "ada\n"})
    await a.send_event({"type": "run.eof", "run_id": run_id})
    done = await finished(b)
    assert done["verdict"] == "ok"
    out = "".join(e["data"] for e in run_events(b) if e["type"] == "run.output")
    # The other member sees what the runner typed, echoed before the output it caused.
    assert out == "ada\nhello ada\n"


async def test_two_rooms_do_not_see_each_other(
    run_server: RunningServer, room_clients: Open
) -> None:
    r1, r2 = room(), room()
    c1: RoomClient = await room_clients(run_server.ws(r1))
    c2: RoomClient = await room_clients(run_server.ws(r2))
    await set_code(c1, "for i in range(20):\n    print('one', i)\n")
    await set_code(c2, "for i in range(20):\n    print('two', i)\n")
    await asyncio.gather(c1.send_event({"type": "run"}), c2.send_event({"type": "run"}))
    f1, f2 = await asyncio.gather(finished(c1), finished(c2))
    assert f1["verdict"] == f2["verdict"] == "ok" and f1["run_id"] != f2["run_id"]
    for client, mine, other in ((c1, "one", "two"), (c2, "two", "one")):
        out = "".join(e["data"] for e in run_events(client) if e["type"] == "run.output")
        assert out.count(mine) == 20 and other not in out
        assert {e["run_id"] for e in run_events(client)} == {
            (f1 if mine == "one" else f2)["run_id"]
        }


async def test_policy_violation_is_rejected_with_diagnostics(
    run_server: RunningServer, room_clients: Open
) -> None:
    a: RoomClient = await room_clients(run_server.ws(room()))
    await set_code(a, "x = 1\nimport os\n")
    await a.send_event({"type": "run"})
    await a.wait_for(lambda: any(e["type"] == "run.rejected" for e in a.events))
    refusal = next(e for e in a.events if e["type"] == "run.rejected")
    assert refusal["code"] == "policy_violation"
    assert refusal["diagnostics"][0]["line"] == 2
    assert "column" in refusal["diagnostics"][0]
    assert not any(e["type"] == "run.started" for e in a.events)


async def test_a_run_left_by_a_stopped_server_reads_as_ended_everywhere(
    run_server: RunningServer, room_clients: Open
) -> None:
    rid = room()
    # What a server killed mid-run leaves: the record saved at the start, and no lock (it
    # expired). Nothing will ever finish it.
    orphan = RunRecord("orphan", rid, {"id": "u", "name": "U"}, "h", now_ms())
    orphan.add_output("half")
    await run_server.app.state.runs.store.save(orphan)

    late: RoomClient = await room_clients(run_server.ws(rid))
    await late.wait_for(lambda: any(e["type"] == "room.state" for e in late.events))
    state = next(e for e in late.events if e["type"] == "room.state")["last_run"]
    assert state["run_id"] == "orphan" and state["running"] is False, state
    assert state["verdict"] == "sandbox_error" and state["message"] == ABANDONED_MESSAGE
    assert state["output"] == "half"

    async with httpx.AsyncClient(base_url=run_server.http) as http:
        runs = (await http.get(f"/api/rooms/{rid}/runs")).json()["runs"]
        history = (await http.get(f"/api/rooms/{rid}/history")).json()["runs"]
    assert [(r["run_id"], r["verdict"]) for r in runs] == [("orphan", "sandbox_error")]
    assert [(r["run_id"], r["verdict"]) for r in history] == [("orphan", "sandbox_error")]

    # The room is not stuck: a new run starts and ends normally.
    await set_code(late, "print('fresh')\n")
    await late.send_event({"type": "run"})
    assert (await finished(late))["verdict"] == "ok"


async def test_a_room_runs_in_its_language_and_its_records_say_so(
    run_server: RunningServer, room_clients: Open
) -> None:
    rid = room()
    a: RoomClient = await room_clients(run_server.ws(rid))
    b: RoomClient = await room_clients(run_server.ws(rid))
    code = 'const who = require("fs").readFileSync(0, "utf8").trim();\nconsole.log("node", who);\n'
    await a.set_language("javascript")
    await set_code(a, code)
    await b.wait_for(lambda: b.code() == code and b.language() == "javascript")
    await b.send_event({"type": "run", "stdin": "ada"})
    done = await finished(a, within=90)
    assert done["verdict"] == "ok", done
    outputs = [e["data"] for e in run_events(a, done["run_id"]) if e["type"] == "run.output"]
    assert "".join(outputs) == "node ada\n"
    (started,) = [e for e in run_events(a, done["run_id"]) if e["type"] == "run.started"]
    assert started["language"] == "javascript"

    late: RoomClient = await room_clients(run_server.ws(rid))
    await late.wait_for(lambda: any(e["type"] == "room.state" for e in late.events))
    state = next(e for e in late.events if e["type"] == "room.state")["last_run"]
    assert state["run_id"] == done["run_id"] and state["language"] == "javascript"
    async with httpx.AsyncClient(base_url=run_server.http) as http:
        (record,) = (await http.get(f"/api/rooms/{rid}/runs")).json()["runs"]
        history = (await http.get(f"/api/rooms/{rid}/history")).json()
    assert record["language"] == "javascript"
    assert [r["language"] for r in history["runs"]] == ["javascript"]
