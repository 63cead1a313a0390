"""Stock Yjs clients editing astral, combining and CJK text at any UTF-16 index never diverge.

Yjs indexes count UTF-16 code units, so a client may insert or delete between the two halves
of a surrogate pair; Yjs then turns both halves into U+FFFD on every peer
(`ContentString.splice`). Whatever the clients do, the server's document, what the store
holds, a late joiner and every client must end up with the same text.

The Node processes are reused across Hypothesis examples (each example edits a fresh room),
so a property costs a few seconds, not one process start per example.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import subprocess
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, note, settings
from hypothesis import strategies as st
from hypothesis.control import currently_in_test_context

from realtime.protocol import read_var_uint
from realtime.rooms.surrogates import SurrogateSafeDoc
from realtime.settings import Settings, load_settings
from tests.e2e.interop.conftest import HERE, _npm_ci
from tests.integration.rooms.conftest import RunningServer, serve_in_process
from tests.room_client import RoomClient

pytestmark = [
    pytest.mark.node,
    # pytest-asyncio hands Hypothesis a huge repr of the wrapped test when reporting a failure.
    pytest.mark.filterwarnings("ignore:Generating overly large repr"),
]

EDITORS = 3
SETTLE_SECONDS = 10.0

# Pieces the generated text is made of: astral emoji (two UTF-16 units each), ZWJ sequences,
# flags (two regional indicators), skin tones, combining marks, BMP and astral CJK.
PIECES = [
    "😀",
    "👨‍👩‍👧",
    "🏳️‍🌈",
    "🇫🇷",
    "🇯🇵",
    "👍🏽",
    "e\u0301",
    "a\u0308\u0323",
    "你好",
    "漢字",
    "𠀋",
    "𝄞",
    "x",
    "é",
    "\n",
]
chunks = st.lists(st.sampled_from(PIECES), min_size=1, max_size=4).map("".join)
# Indexes and lengths are folded into the client's current text by client.mjs (index modulo
# length + 1), so every UTF-16 index is reachable, including one inside a surrogate pair.
inserts = st.fixed_dictionaries({"index": st.integers(0, 40), "insert": chunks})
deletes = st.fixed_dictionaries({"index": st.integers(0, 40), "delete": st.integers(1, 5)})
edits = st.tuples(st.integers(0, EDITORS - 1), st.one_of(inserts, inserts, deletes))
# A round is sent to the clients at once (concurrent edits); the room settles between rounds.
rounds = st.lists(st.lists(edits, min_size=1, max_size=6), min_size=1, max_size=4)


def decode_state_vector(raw: bytes) -> dict[int, int]:
    """A y-protocols state vector as {client id: clock}."""
    count, pos = read_var_uint(raw, 0)
    out = {}
    for _ in range(count):
        client, pos = read_var_uint(raw, pos)
        clock, pos = read_var_uint(raw, pos)
        out[client] = clock
    return out


@dataclass
class Peer:
    """One `client.mjs` process; `open` moves it (with a fresh document) to another room."""

    process: asyncio.subprocess.Process
    synced: dict[str, asyncio.Event] = field(default_factory=dict)
    states: dict[int, asyncio.Future[dict[str, Any]]] = field(default_factory=dict)
    reader: asyncio.Task[None] | None = None

    def __repr__(self) -> str:
        return f"Peer(pid={self.process.pid})"

    def start_reading(self) -> None:
        self.reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        assert self.process.stdout is not None
        async for line in self.process.stdout:
            event = json.loads(line)
            if event["event"] == "synced":
                self.synced.setdefault(event["room"], asyncio.Event()).set()
            elif event["event"] == "state":
                future = self.states.pop(event["tag"], None)
                if future is not None and not future.done():
                    future.set_result(event)

    async def send(self, **command: Any) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write((json.dumps(command) + "\n").encode())
        await self.process.stdin.drain()

    async def open(self, room: str) -> None:
        await self.send(op="open", room=room)
        await asyncio.wait_for(self.synced.setdefault(room, asyncio.Event()).wait(), 10)

    async def state(self, tag: int) -> dict[str, Any]:
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self.states[tag] = future
        await self.send(op="state", tag=tag)
        return await asyncio.wait_for(future, 10)


@dataclass
class Rig:
    """A server, the editing clients and a late joiner, reused by every example."""

    server: RunningServer
    editors: list[Peer]
    late: Peer
    rooms: itertools.count[int] = field(default_factory=itertools.count)
    tags: itertools.count[int] = field(default_factory=itertools.count)

    def __repr__(self) -> str:
        return f"Rig(port={self.server.port})"

    async def play(self, script: list[list[tuple[int, dict[str, Any]]]]) -> None:
        """Play `script` in a fresh room and check that everyone holds the same text."""
        room = f"unicode-{next(self.rooms)}"
        if currently_in_test_context():
            note(f"room {room}, script {script!r}")
        # A pycrdt client (tests/room_client.py) watches too: it must follow the splits as well.
        watcher = RoomClient(self.server.ws(room))
        await watcher.connect()
        await watcher.wait_synced()
        try:
            await asyncio.gather(*(peer.open(room) for peer in self.editors))
            for round_ in script:
                for who, edit in round_:
                    await self.editors[who].send(op="edit", **edit)
                await self.settle(room, watcher)
            states = [await peer.state(next(self.tags)) for peer in self.editors]
            expected = states[0]["text"]
            assert all(s["text"] == expected for s in states), [s["text"] for s in states]
            await self.late.open(room)
            joined = await self.late.state(next(self.tags))
            copies = {
                "server": self.server_doc(room).code_text(),
                "store": await self.stored_text(room),
                "late joiner": joined["text"],
                "pycrdt client": watcher.code(),
            }
        finally:
            await watcher.close()
        differ = {name: text for name, text in copies.items() if text != expected}
        assert not differ, f"clients hold {expected!r}, but {differ!r}"
        assert joined["sv"] == states[0]["sv"], "a late joiner received a different history"

    def server_doc(self, room: str) -> Any:
        live = self.server.app.state.services.registry.get(room)
        assert live is not None, "the room was unloaded during the example"
        return live

    async def stored_text(self, room: str) -> str:
        """The store's copy, loaded into a fresh document the way a room loads it."""
        stored = await self.server.app.state.services.store.load(room)
        doc = SurrogateSafeDoc()
        if stored.snapshot is not None:
            doc.apply_update(stored.snapshot)
        for entry in stored.updates:
            doc.apply_update(entry.update)
        return str(doc.text)

    async def settle(self, room: str, watcher: RoomClient) -> None:
        """Wait until the clients and the server have seen every edit (same state vector)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + SETTLE_SECONDS
        while True:
            states = [await peer.state(next(self.tags)) for peer in self.editors]
            vectors = [s["sv"] for s in states]
            others = [self.server_doc(room).doc.get_state(), watcher.doc.get_state()]
            others_sv = [{str(k): v for k, v in decode_state_vector(o).items()} for o in others]
            # A delete moves no state vector: the clients' texts must agree as well (the
            # server applied every edit before relaying it; its text is checked by `play`).
            same_text = all(s["text"] == states[0]["text"] for s in states)
            same_sv = all(v == vectors[0] for v in vectors + others_sv)
            if same_text and same_sv and watcher.code() == states[0]["text"]:
                return
            if same_text and same_sv and loop.time() > deadline - SETTLE_SECONDS / 2:
                return  # the pycrdt client disagrees for good: `play` reports it
            if loop.time() > deadline:
                raise AssertionError(f"no convergence in {SETTLE_SECONDS} s: {states}, {others_sv}")
            await asyncio.sleep(0.01)


async def start_peer(server: RunningServer) -> Peer:
    process = await asyncio.create_subprocess_exec(
        "node",
        str(HERE / "client.mjs"),
        f"ws://127.0.0.1:{server.port}/ws/rooms",
        "unicode-warmup",
        cwd=HERE,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    peer = Peer(process)
    peer.start_reading()
    await asyncio.wait_for(peer.synced.setdefault("unicode-warmup", asyncio.Event()).wait(), 20)
    return peer


async def rig_on(settings_: Settings) -> AsyncIterator[Rig]:
    _npm_ci()
    async with serve_in_process(settings_) as server:
        peers = await asyncio.gather(*(start_peer(server) for _ in range(EDITORS + 1)))
        try:
            yield Rig(server, list(peers[:EDITORS]), peers[EDITORS])
        finally:
            for peer in peers:
                if peer.process.returncode is None:
                    peer.process.kill()
                    await peer.process.wait()
                if peer.reader is not None:
                    await peer.reader


@pytest.fixture
async def memory_rig() -> AsyncIterator[Rig]:
    # Rooms stay loaded through an example: the server's own copy is checked at the end.
    async for rig in rig_on(load_settings(room_idle_seconds=60)):
        yield rig


@pytest.fixture
async def redis_rig(redis_url: str) -> AsyncIterator[Rig]:
    settings_ = load_settings(store="redis", redis_url=redis_url, room_idle_seconds=60)
    async for rig in rig_on(settings_):
        yield rig


PROPERTY = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    # No shrinking: a failure names its script (see `play`), and the smallest failing
    # scripts are spelled out in SPLITS below; shrinking would replay a hundred rooms.
    phases=[Phase.explicit, Phase.generate],
    report_multiple_bugs=False,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@PROPERTY
@given(script=rounds)
async def test_memory_store_never_diverges(memory_rig: Rig, script: Any) -> None:
    await memory_rig.play(script)


@pytest.mark.redis
@PROPERTY
@given(script=rounds)
async def test_redis_store_never_diverges(redis_rig: Rig, script: Any) -> None:
    await redis_rig.play(script)


# The smallest cases the properties find, spelled out: a client edits between the halves of
# an emoji that another client typed.
SPLITS = {
    "insert": [[(0, {"index": 0, "insert": "a😀b"})], [(1, {"index": 2, "insert": "X"})]],
    "delete-half": [[(0, {"index": 0, "insert": "a😀b"})], [(1, {"index": 2, "delete": 1})]],
}


@pytest.mark.parametrize("name", sorted(SPLITS))
async def test_edit_inside_a_surrogate_pair(memory_rig: Rig, name: str) -> None:
    await memory_rig.play(SPLITS[name])
