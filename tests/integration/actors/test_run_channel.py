"""The run channel over real TCP and a real gVisor pool (no Ray: its own process, both ends).

The pool actor's use of the channel (and an actor killed mid-run) is covered with Ray in
`test_sandbox_pool_actor.py`; here the protocol itself: authentication, errors, a caller
that goes away, a connection that drops.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import AsyncIterator

import pytest

from actors.run_channel import (
    ChannelAddress,
    ChannelClosedError,
    RunChannelClient,
    RunChannelServer,
)
from sandbox.errors import PoolBusyError
from sandbox.events import RunEvent, RunFinished, RunOutput, RunRequest, RunResult
from sandbox.pool import WarmPool
from sandbox.verdicts import Verdict
from tests.security.conftest import security_settings

SPIN = "print('spinning', flush=True)\nwhile True:\n    pass\n"


def lost(run_id: str) -> RunFinished:
    return RunFinished.of(run_id, RunResult(Verdict.SANDBOX_ERROR, message="channel lost"))


@pytest.fixture(scope="module")
async def one_sandbox(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[WarmPool]:
    """One warm gVisor sandbox and no queue: a second concurrent run is refused as busy.

    Its wall clock (60 s) is far past the 30 s within which a cancelled run must be gone, so
    a cancellation that a loaded machine makes slow is never taken for none.
    """
    settings = security_settings(
        tmp_path_factory.mktemp("channel"), pool_size=1, queue_limit=0, wall_timeout_s=60.0
    )
    pool = WarmPool.from_settings(settings)
    await pool.start()
    yield pool
    await pool.close()


@pytest.fixture
async def server(one_sandbox: WarmPool) -> AsyncIterator[tuple[RunChannelServer, ChannelAddress]]:
    async def ready() -> WarmPool:
        return one_sandbox

    channel = RunChannelServer(ready, host="127.0.0.1")
    address = await channel.start()
    yield channel, address
    await channel.close()


@pytest.fixture
async def client(
    server: tuple[RunChannelServer, ChannelAddress], one_sandbox: WarmPool
) -> AsyncIterator[RunChannelClient]:
    """A caller connected to the channel, with the one sandbox warm."""
    await until_warm(one_sandbox)
    connected = await RunChannelClient.connect(server[1], lost)
    yield connected
    await connected.close()


def verdict_of(events: list[RunEvent]) -> Verdict:
    assert isinstance(events[-1], RunFinished)
    return events[-1].result.verdict


async def until_warm(pool: WarmPool) -> None:
    for _ in range(600):
        if pool.stats().warm >= 1:
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the pool did not refill")


async def test_a_run_streams_and_accepts_input(
    server: tuple[RunChannelServer, ChannelAddress], client: RunChannelClient
) -> None:
    code = "name = input()\nprint('hi', name)\nprint('你好 🎉', input())\n"
    handle = await client.submit(RunRequest(uuid.uuid4().hex, code, interactive=True))
    await handle.send_input("Ada\n")
    await handle.send_input("again\n")
    await handle.close_input()
    events: list[RunEvent] = [e async for e in handle.events()]
    out = "".join(e.data for e in events if isinstance(e, RunOutput) and e.stream != "stdin")
    assert out == "hi Ada\n你好 🎉 again\n"
    echoed = [e.data for e in events if isinstance(e, RunOutput) and e.stream == "stdin"]
    assert echoed == ["Ada\n", "again\n"]
    assert verdict_of(events) is Verdict.OK


async def test_a_wrong_token_is_refused(server: tuple[RunChannelServer, ChannelAddress]) -> None:
    forged = ChannelAddress(server[1].host, server[1].port, "not-the-token")
    client = await RunChannelClient.connect(forged, lost)
    with pytest.raises(ChannelClosedError):
        await asyncio.wait_for(client.submit(RunRequest(uuid.uuid4().hex, "print(1)")), 10)
    assert client.closed
    assert not server[0].live


@pytest.mark.parametrize(
    "bad_line",
    [
        b"{not json",
        b"[1, 2]",
        b'{"type": "run", "request": {"bogus": 1}}',
        b'{"type": "run"}',
        b'{"type": "fly", "run_id": "x"}',
        b'{"type": "input", "run_id": "x", "text": 7}',
    ],
)
async def test_malformed_lines_close_only_that_connection(
    server: tuple[RunChannelServer, ChannelAddress], client: RunChannelClient, bad_line: bytes
) -> None:
    reader, writer = await asyncio.open_connection(server[1].host, server[1].port)
    hello = json.dumps({"type": "hello", "token": server[1].token}).encode()
    writer.write(hello + b"\n" + bad_line + b"\n")
    assert await asyncio.wait_for(reader.read(), 10) == b""  # closed by the server
    writer.close()
    # Other callers are unaffected.
    handle = await client.submit(RunRequest(uuid.uuid4().hex, "print('still here')"))
    assert verdict_of([e async for e in handle.events()]) is Verdict.OK


async def test_busy_pool_is_reported_as_busy(
    server: tuple[RunChannelServer, ChannelAddress], client: RunChannelClient
) -> None:
    spinning = await client.submit(RunRequest(uuid.uuid4().hex, SPIN))
    with pytest.raises(PoolBusyError):
        await client.submit(RunRequest(uuid.uuid4().hex, "print(1)"))
    await spinning.cancel()
    assert verdict_of([e async for e in spinning.events()]) is Verdict.CANCELLED


async def test_a_caller_that_goes_away_has_its_run_cancelled(
    server: tuple[RunChannelServer, ChannelAddress], one_sandbox: WarmPool, client: RunChannelClient
) -> None:
    handle = await client.submit(RunRequest(uuid.uuid4().hex, SPIN))
    async for event in handle.events():
        if isinstance(event, RunOutput):
            break
    await client.close()
    # Within 30 s: the program would otherwise spin until the 60 s limit.
    for _ in range(600):
        if not server[0].live and one_sandbox.stats().busy == 0:
            break
        await asyncio.sleep(0.05)
    assert not server[0].live
    assert one_sandbox.stats().busy == 0


async def test_a_dropped_connection_ends_live_runs_with_sandbox_error(
    server: tuple[RunChannelServer, ChannelAddress], client: RunChannelClient
) -> None:
    handle = await client.submit(RunRequest(uuid.uuid4().hex, SPIN))
    events: list[RunEvent] = []

    async def consume() -> None:
        async for event in handle.events():
            events.append(event)
            if isinstance(event, RunOutput):
                await server[0].close()  # as when the actor's process dies

    await asyncio.wait_for(consume(), 30)
    assert verdict_of(events) is Verdict.SANDBOX_ERROR
    assert sum(isinstance(e, RunFinished) for e in events) == 1
    assert client.closed
