"""The fault tests' driver: typists in a few rooms across two servers, then the audit.

Each test starts a `Session`, lets it type, applies its fault while the typists keep typing,
lets them type a little longer, then `finish` stops the typing, waits for quiescence (every
typist reconnected and synced, every text and Redis's own copy identical, or a deadline),
joins each room late on each server, reads Redis directly and audits the lot.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from dataclasses import dataclass, field

from tests.conftest import RedisServer
from tests.integration.faults.harness import (
    JoinRefusal,
    Ledger,
    Outages,
    Typist,
    audit,
    redis_room_text,
)
from tests.serve_process import ServeProcess

__all__ = ["Cluster", "Session"]


@dataclass
class Cluster:
    """One redis-server and the `coderemote serve` processes on it."""

    redis: RedisServer
    servers: list[ServeProcess]
    outages: Outages = field(default_factory=Outages)

    async def redis_down(self, *, kill: bool) -> None:
        """Stop Redis: SIGKILL when `kill`, else SIGTERM (Redis then flushes its AOF)."""
        self.outages.down()
        await asyncio.to_thread(self.redis.kill if kill else self.redis.stop)

    async def redis_up(self) -> None:
        await asyncio.to_thread(self.redis.start)
        self.outages.up()

    async def restart_servers(self, indexes: list[int], *, kill: bool) -> None:
        """Stop the servers (SIGKILL or SIGTERM), then start them again on their ports."""
        for i in indexes:
            await asyncio.to_thread(self.servers[i].kill if kill else self.servers[i].stop)
        await asyncio.sleep(0.5)  # typists of these servers now type with no connection
        for i in indexes:
            self.servers[i].launch()
        for i in indexes:
            await asyncio.to_thread(self.servers[i].wait_healthy)


class Session:
    """Typists in `rooms` rooms, `per_server` of them on each server in every room."""

    def __init__(self, cluster: Cluster, *, rooms: int = 3, per_server: int = 2) -> None:
        self.cluster = cluster
        self.ledger = Ledger()
        self.rooms = [f"fault-{uuid.uuid4().hex[:10]}" for _ in range(rooms)]
        self.typists: list[Typist] = [
            Typist(f"{r}-s{s}-{k}", server.ws(room), room, s, self.ledger)
            for r, room in enumerate(self.rooms)
            for s, server in enumerate(cluster.servers)
            for k in range(per_server)
        ]
        self.late: list[Typist] = []
        self._stop = asyncio.Event()
        self._typing: list[asyncio.Task[None]] = []

    async def start(self, *, within: float = 20.0) -> None:
        """Connect every typist (each room's first one alone) and start typing."""
        for t in self.typists:
            t.start()
        await asyncio.gather(*(t.wait_synced(within) for t in self.typists))
        self._typing = [asyncio.create_task(t.type_until(self._stop)) for t in self.typists]

    def made_between(self, start: float, end: float) -> int:
        """Edits made in [start, end] (monotonic clock)."""
        return sum(1 for e in self.ledger.edits() if start <= e.made_at <= end)

    async def finish(self, *, within: float = 25.0) -> list[str]:
        """Stop typing, wait for quiescence, join late on every server, audit.

        Returns:
            Every broken promise, one line each (see `harness.audit`).
        """
        self._stop.set()
        await asyncio.gather(*self._typing)
        deadline = time.monotonic() + within
        problems: list[str] = []
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._quiet(), max(0.0, deadline - time.monotonic()))
        problems += [
            f"{t.name} is not connected after the fault" for t in self.typists if not t.connected
        ]
        problems += [f"{t.name} failed: {t.failure}" for t in self.typists if t.failure]
        texts = {
            room: {t.name: t.code() for t in self.typists if t.room == room} for room in self.rooms
        }
        for room in self.rooms:
            for s, server in enumerate(self.cluster.servers):
                late = Typist(f"late-{room}-s{s}", server.ws(room), room, s, self.ledger, edits=0)
                self.late.append(late)
                late.start()
                try:
                    await late.wait_synced(15.0)
                except TimeoutError:
                    problems.append(f"late joiner on server {s} of {room} never synced")
                texts[room][late.name] = late.code()
            texts[room]["redis"] = await asyncio.to_thread(
                redis_room_text, self.cluster.redis.url, room
            )
        await self.close()
        refusals: list[JoinRefusal] = [r for t in self.typists + self.late for r in t.refusals]
        problems += audit(self.ledger, texts, refusals, self.cluster.outages)
        return problems

    async def _quiet(self) -> None:
        """Every typist synced and every room's texts (Redis's too) identical."""
        while True:
            if all(t.connected for t in self.typists):
                same = True
                for room in self.rooms:
                    texts = {t.code() for t in self.typists if t.room == room}
                    texts.add(
                        await asyncio.to_thread(redis_room_text, self.cluster.redis.url, room)
                    )
                    same = same and len(texts) == 1
                if same:
                    return
            await asyncio.sleep(0.25)

    def summary(self) -> str:
        """Counts for failure messages: edits made, acknowledged, per room."""
        made = self.ledger.edits()
        acked = self.ledger.acknowledged()
        return f"{len(made)} edits made, {len(acked)} acknowledged, rooms {self.rooms}"

    async def close(self) -> None:
        self._stop.set()
        await asyncio.gather(*(t.close() for t in self.typists + self.late))
