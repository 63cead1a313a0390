"""Rooms that never lose work: typists keep typing through a fault, then nothing is missing.

Promise checked after each fault (docs/protocol.md): every acknowledged edit (one the server
relayed to at least one other client) is in every typist, in a late joiner on each server and
in Redis itself; every copy of each room is identical; and no join is refused (4503) while
Redis is up. Twelve typists: three rooms, two on each of two servers per room, one edit
every 60-100 ms each, CJK and emoji in every token.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

import pytest

from realtime.protocol import encode_update
from tests.integration.faults.conftest import ClusterFactory
from tests.integration.faults.scenario import Session

pytestmark = pytest.mark.redis

BEFORE_S = 2.0
AFTER_S = 3.0
# Far below what twelve typists make in five seconds (~700): a run that barely typed, or
# whose typists never heard each other, fails here instead of passing on nothing.
MIN_ACKNOWLEDGED = 200


def report(session: Session, problems: list[str]) -> str:
    return "\n".join([session.summary(), *problems])


async def through_fault(session: Session, fault: Callable[[], Awaitable[None]]) -> list[str]:
    """Type, apply `fault` while typing, type on, then audit; returns the broken promises."""
    try:
        await session.start()
        await asyncio.sleep(BEFORE_S)
        began = time.monotonic()
        await fault()
        ended = time.monotonic()
        await asyncio.sleep(AFTER_S)
        problems = await session.finish()
    finally:
        await session.close()
    during = session.made_between(began, ended)
    assert during > 0, "the typists made no edit during the fault"
    acked = len(session.ledger.acknowledged())
    assert acked >= MIN_ACKNOWLEDGED, f"only {acked} acknowledged edits: {session.summary()}"
    return problems


async def test_one_server_sigkilled_and_restarted(cluster: ClusterFactory) -> None:
    c = await cluster()
    session = Session(c)
    problems = await through_fault(session, lambda: c.restart_servers([0], kill=True))
    assert not problems, report(session, problems)


async def test_redis_sigterm_and_restart_everysec(cluster: ClusterFactory) -> None:
    c = await cluster(appendfsync="everysec")
    session = Session(c)

    async def outage() -> None:
        await c.redis_down(kill=False)
        await asyncio.sleep(1.5)
        await c.redis_up()

    problems = await through_fault(session, outage)
    assert not problems, report(session, problems)


async def test_redis_sigkill_and_restart_always(cluster: ClusterFactory) -> None:
    c = await cluster(appendfsync="always")
    session = Session(c)

    async def crash() -> None:
        await c.redis_down(kill=True)
        await asyncio.sleep(1.5)
        await c.redis_up()

    problems = await through_fault(session, crash)
    assert not problems, report(session, problems)


async def test_both_servers_restarted(cluster: ClusterFactory) -> None:
    c = await cluster()
    session = Session(c)
    problems = await through_fault(session, lambda: c.restart_servers([0, 1], kill=False))
    assert not problems, report(session, problems)


async def test_malformed_frame_closes_only_its_sender(cluster: ClusterFactory) -> None:
    c = await cluster()
    session = Session(c)
    sender = session.typists[0]

    async def malformed() -> None:
        # A well-framed sync update whose payload is not a Yjs update.
        await sender.send_raw(encode_update(b"\xff\xff\xff\xff\xff"))
        await asyncio.wait_for(sender.dropped.wait(), 5)
        # The others type on while the sender is away and reconnecting.
        await asyncio.sleep(0.5)

    problems = await through_fault(session, malformed)
    assert [(code, reason) for _, code, reason in sender.closes] == [(1007, "malformed frame")]
    others = {t.name: t.closes for t in session.typists[1:] if t.closes}
    assert others == {}, "typists that sent nothing wrong were disconnected"
    assert not problems, report(session, problems)
