"""The sandbox pool actor on a real local Ray over real gVisor."""

from __future__ import annotations

import asyncio
import time
import uuid

import psutil
import pytest
import ray

from actors.pool_spread import PoolMember, SpreadSandboxPool
from actors.sandbox_client import RaySandboxPool
from sandbox.errors import UnknownLanguageError
from sandbox.events import RunEvent, RunFinished, RunOutput, RunRequest, RunStarted
from sandbox.interfaces import RunHandle
from sandbox.languages.registry import list_languages
from sandbox.runner import FinishedRun
from sandbox.verdicts import Verdict


def rid() -> str:
    return uuid.uuid4().hex


async def collect(handle: RunHandle) -> list[RunEvent]:
    return [event async for event in handle.events()]


def stdout(events: list[RunEvent]) -> str:
    return "".join(e.data for e in events if isinstance(e, RunOutput) and e.stream == "stdout")


def result_of(events: list[RunEvent]) -> RunFinished:
    assert isinstance(events[-1], RunFinished)
    assert sum(isinstance(e, RunFinished) for e in events) == 1
    return events[-1]


async def test_run_streams_through_the_actor_in_order(ray_pool: RaySandboxPool) -> None:
    code = "import sys\ndata = sys.stdin.read()\nfor i in range(5):\n    print(i, data)\n"
    events = await asyncio.wait_for(
        collect(await ray_pool.submit(RunRequest(run_id=rid(), code=code, stdin="x"))), 60
    )
    assert isinstance(events[0], RunStarted)
    assert stdout(events) == "".join(f"{i} x\n" for i in range(5))
    seqs = [e.seq for e in events if isinstance(e, RunOutput)]
    assert seqs == list(range(len(seqs)))
    assert result_of(events).result.verdict is Verdict.OK
    stats = await ray_pool.stats()
    assert {"warm", "busy", "queue_depth", "last_start_latency_ms"} <= stats.keys()


async def test_interactive_input_and_cancel(ray_pool: RaySandboxPool) -> None:
    code = "name = input()\nprint('hi', name, flush=True)\nwhile True:\n    pass\n"
    handle = await ray_pool.submit(RunRequest(run_id=rid(), code=code, interactive=True))
    events: list[RunEvent] = []
    await handle.send_input("Ada\n")
    async for event in handle.events():
        events.append(event)
        if "hi Ada" in stdout(events):
            await handle.cancel()
    assert result_of(events).result.verdict is Verdict.CANCELLED


async def test_actor_and_its_sandboxes_run_at_normal_priority(ray_pool: RaySandboxPool) -> None:
    # Ray starts workers at niceness 15; runsc inherited it and warm runs waited behind every
    # other process on a busy host (first output in hundreds of ms instead of ~20 ms).
    info = await ray_pool.actor.process_info.remote()
    assert info["niceness"] == 0
    deadline = time.monotonic() + 60
    while (await ray_pool.stats()).get("warm", 0) < 1:
        assert time.monotonic() < deadline, "the pool did not refill"
        await asyncio.sleep(0.05)
    children = psutil.Process(info["pid"]).children(recursive=True)
    runsc = [p for p in children if p.name().startswith("runsc")]
    assert runsc, [p.name() for p in children]
    assert {p.nice() for p in runsc} == {0}


async def test_a_pool_that_comes_up_later_warms_the_languages_prewarmed_before(
    ray_pool: RaySandboxPool,
) -> None:
    # A room switched language while no pool answered yet (the server starting, or a node to
    # come): when its pool comes up it is asked to warm it, so the first run is not cold.
    in_use = await ray_pool.stats()
    # A language the shared actor does not use yet (other tests bring some into use).
    language = next(
        lang.id
        for lang in list_languages()
        if lang.id != "python" and f"warm.{lang.id}" not in in_use
    )
    nodes: list[str] = []
    spread = SpreadSandboxPool(
        lambda node_id: ray_pool.actor,
        list_nodes=lambda: list(nodes),
        ask_for_nodes=lambda count: None,
    )
    try:
        await spread.prewarm(language)  # nobody to ask yet
        with pytest.raises(UnknownLanguageError, match="cobol"):
            await spread.prewarm("cobol")
        assert f"warm.{language}" not in await ray_pool.stats()
        nodes.append("node-late")
        await spread.refresh()  # the node joins; its probe finds the pool up
        deadline = time.monotonic() + 30
        while f"warm.{language}" not in await ray_pool.stats():
            assert time.monotonic() < deadline, f"the late pool was not asked to warm {language}"
            await asyncio.sleep(0.05)
    finally:
        await spread.close()


async def test_a_language_travels_through_the_actor_and_prewarms(
    ray_pool: RaySandboxPool,
) -> None:
    # `language` crosses the run channel unchanged; prewarm reaches the actor's pool.
    await ray_pool.prewarm("javascript")
    deadline = time.monotonic() + 60
    while (await ray_pool.stats()).get("warm.javascript", 0) < 1:
        assert time.monotonic() < deadline, "no javascript sandbox warmed"
        await asyncio.sleep(0.05)
    code = 'const lines = require("fs").readFileSync(0, "utf8");\nconsole.log(lines.trim());\n'
    request = RunRequest(run_id=rid(), code=code, stdin="from js", language="javascript")
    events = await asyncio.wait_for(collect(await ray_pool.submit(request)), 60)
    assert stdout(events) == "from js\n"
    finished = result_of(events)
    assert finished.result.verdict is Verdict.OK and finished.result.compile_ms is not None
    with pytest.raises(UnknownLanguageError, match="cobol"):
        await ray_pool.prewarm("cobol")
    refused = result_of(
        await collect(await ray_pool.submit(RunRequest(rid(), "x", language="cobol")))
    )
    assert refused.result.verdict is Verdict.POLICY_VIOLATION


async def test_policy_violation_comes_back_as_a_verdict(ray_pool: RaySandboxPool) -> None:
    events = await collect(await ray_pool.submit(RunRequest(run_id=rid(), code="import os\n")))
    finished = result_of(events)
    assert finished.result.verdict is Verdict.POLICY_VIOLATION
    assert finished.result.diagnostics[0].line == 1


async def test_spread_pool_hands_back_a_refusal_as_it_is(ray_pool: RaySandboxPool) -> None:
    # RunService tells a refusal (run.rejected) only when it gets the pool's FinishedRun; a
    # wrapped one was played as a run that started and finished.
    spread = SpreadSandboxPool(lambda node_id: ray_pool.actor, list_nodes=list)
    member = PoolMember("node-a", ray_pool, up=True)
    spread.members[member.node_id] = member
    handle = await spread.submit(RunRequest(run_id=rid(), code="import os\n"))
    assert isinstance(handle, FinishedRun)
    assert handle.result.result.verdict is Verdict.POLICY_VIOLATION
    assert member.outstanding == 0


async def test_actor_killed_mid_run_ends_the_run_and_restarts(
    ray_pool: RaySandboxPool,
) -> None:
    code = "print('started', flush=True)\nwhile True:\n    pass\n"
    handle = await ray_pool.submit(RunRequest(run_id=rid(), code=code))
    events: list[RunEvent] = []

    async def consume() -> None:
        async for event in handle.events():
            events.append(event)
            if isinstance(event, RunOutput):
                ray.kill(ray_pool.actor, no_restart=False)

    await asyncio.wait_for(consume(), 60)
    finished = result_of(events)
    assert finished.result.verdict is Verdict.SANDBOX_ERROR
    assert "restarted" in finished.result.message
    # The restarted actor serves the next run.
    await asyncio.wait_for(ray_pool.start(), 90)
    after = await collect(await ray_pool.submit(RunRequest(run_id=rid(), code="print(1)")))
    assert result_of(after).result.verdict is Verdict.OK
