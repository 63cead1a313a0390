"""Typists, an edit ledger and the audit that the fault tests and bench_durable_rooms share.

A typist is one simulated editor tab that behaves like the stock y-websocket provider: it
keeps its document for its whole life, types whether or not its socket is open, sends each
edit while connected, and on every (re)connect sends sync step 1 and answers the server's
step 1 with what the server lacks, so edits made while it was away merge back.

An edit is *acknowledged* once the server relayed it to at least one other client (any client
of the room, on either server, received it): see docs/protocol.md. The ledger records each
edit when it is made and the moment another client first received it. Receipt is read from
the frame (the struct id the author gave it) or, for merged frames such as a sync step 2,
from the receiver's state vector after applying it; both only ever grow, so an edit once
received stays received.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import redis
from pycrdt import Doc, Text
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake
from websockets.typing import Subprotocol

from realtime.protocol import (
    encode_sync_step1,
    encode_sync_step2,
    encode_update,
    read_var_uint,
)

__all__ = [
    "REFUSED",
    "Edit",
    "JoinRefusal",
    "Ledger",
    "Outages",
    "Typist",
    "audit",
    "redis_room_text",
    "update_key",
]

# Close code of a join refused because the room's storage is unavailable.
REFUSED = 4503
# CJK and emoji in every token: multi-byte UTF-8, and the emoji are UTF-16 surrogate pairs
# (Yjs counts clocks and positions in UTF-16 units, pycrdt indexes in UTF-8 bytes).
_TAILS = ("漢字", "かな", "한글", "😀", "🚀", "👩‍💻", "中文🎉", "🦀")
_SUBPROTOCOLS = [Subprotocol("coderemote.v1")]


def update_key(update: bytes) -> tuple[int, int] | None:
    """(client, clock) of the first struct group of a Yjs v1 update, None if it has none."""
    groups, pos = read_var_uint(update, 0)
    if groups == 0:
        return None
    _structs, pos = read_var_uint(update, pos)
    client, pos = read_var_uint(update, pos)
    clock, _ = read_var_uint(update, pos)
    return client, clock


def state_vector(doc: Doc[Text]) -> dict[int, int]:
    """The document's state vector as {client: next clock}."""
    raw = doc.get_state()
    count, pos = read_var_uint(raw, 0)
    out: dict[int, int] = {}
    for _ in range(count):
        client, pos = read_var_uint(raw, pos)
        clock, pos = read_var_uint(raw, pos)
        out[client] = clock
    return out


@dataclass
class Edit:
    """One insert made by a typist."""

    author: int
    room: str
    token: str
    start_clock: int
    end_clock: int
    server: int
    made_at: float
    sent_at: float | None
    acked_at: float | None = None


@dataclass
class JoinRefusal:
    """A join answered with close code 4503: when it started and when the refusal came."""

    who: str
    started: float
    refused: float
    reason: str


@dataclass
class Outages:
    """When Redis was down, as (went down, answered PING again) on the monotonic clock."""

    windows: list[tuple[float, float | None]] = field(default_factory=list)

    def down(self) -> None:
        self.windows.append((time.monotonic(), None))

    def up(self) -> None:
        start, _ = self.windows[-1]
        self.windows[-1] = (start, time.monotonic())

    def overlaps(self, start: float, end: float) -> bool:
        """True when Redis was down at some moment of [start, end]."""
        return any(s <= end and (u is None or u >= start) for s, u in self.windows)


class Ledger:
    """Every edit made, by author in clock order, and which of them were acknowledged."""

    def __init__(self) -> None:
        self.by_author: dict[int, list[Edit]] = {}
        self.by_key: dict[tuple[int, int], Edit] = {}
        self._swept: dict[int, int] = {}
        self.deliveries = 0
        self.measuring = False
        # Send-to-receipt times (perf_counter seconds) while `measuring`, by whether the
        # receiver's server is the author's.
        self.cross_server_latencies: list[float] = []
        self.same_server_latencies: list[float] = []

    def record(self, edit: Edit) -> None:
        self.by_author.setdefault(edit.author, []).append(edit)
        self.by_key[(edit.author, edit.start_clock)] = edit

    def edits(self, room: str | None = None) -> list[Edit]:
        return [e for es in self.by_author.values() for e in es if room in (None, e.room)]

    def acknowledged(self, room: str | None = None) -> list[Edit]:
        return [e for e in self.edits(room) if e.acked_at is not None]

    def received(self, receiver: int, server: int, key: tuple[int, int] | None) -> bool:
        """Mark the edit whose first struct is `key` received; False if no edit starts there."""
        edit = None if key is None else self.by_key.get(key)
        if edit is None:
            return False
        if edit.author == receiver:
            return True
        now = time.perf_counter()
        self.deliveries += 1
        if self.measuring and edit.sent_at is not None:
            latencies = (
                self.same_server_latencies if edit.server == server else self.cross_server_latencies
            )
            latencies.append(now - edit.sent_at)
        if edit.acked_at is None:
            edit.acked_at = now
        return True

    def covered(self, receiver: int, vector: dict[int, int]) -> None:
        """Mark every edit the receiver's state vector covers (a merged frame was applied)."""
        now = time.perf_counter()
        for author, clock in vector.items():
            if author == receiver:
                continue
            edits = self.by_author.get(author)
            if not edits:
                continue
            i = self._swept.get(author, 0)
            while i < len(edits) and edits[i].end_clock <= clock:
                if edits[i].acked_at is None:
                    edits[i].acked_at = now
                i += 1
            self._swept[author] = i


class Typist:
    """One editor tab on one server: types unique tokens and reconnects like y-websocket."""

    def __init__(
        self,
        name: str,
        url: str,
        room: str,
        server: int,
        ledger: Ledger,
        *,
        interval: tuple[float, float] = (0.06, 0.1),
        edits: int | None = None,
        defer_apply: bool = False,
    ) -> None:
        """Describe the typist; `start` connects it and `type_until` makes it type.

        Args:
            name: Unique name, part of every token it types.
            url: The room's WebSocket URL on its server.
            room: The room id.
            server: Index of its server (for cross-server figures).
            ledger: Where its edits and receipts are recorded.
            interval: Pause between two edits, drawn uniformly from this range (seconds).
            edits: Stop after this many edits (None: until told to stop).
            defer_apply: Queue live updates and apply them only when the document is read
                (keeps a benchmark's load generator off the measured path).
        """
        self.name = name
        self.url = url
        self.room = room
        self.server = server
        self.ledger = ledger
        self.interval = interval
        self.max_edits = edits
        self.defer_apply = defer_apply
        self.client_id = random.getrandbits(31)
        self.doc: Doc[Text] = Doc(client_id=self.client_id)
        self.text: Text = self.doc.get("code", type=Text)
        self.made = 0
        self.synced = asyncio.Event()
        self.closes: list[tuple[float, int | None, str]] = []
        self.refusals: list[JoinRefusal] = []
        self.failure: str | None = None
        # Set whenever the server closes the socket (not on our own `close`).
        self.dropped = asyncio.Event()
        self._ws: ClientConnection | None = None
        self._pending: list[bytes] = []
        self._closing = False
        self._links: asyncio.Task[None] | None = None

    # ------------------------------------------------------------------ connection

    def start(self) -> None:
        """Connect, and keep reconnecting whenever the socket closes, until `close`."""
        self._links = asyncio.create_task(self._stay_connected(), name=f"typist:{self.name}")

    async def wait_synced(self, within: float) -> None:
        await asyncio.wait_for(self.synced.wait(), within)

    @property
    def connected(self) -> bool:
        return self._ws is not None and self.synced.is_set()

    async def _stay_connected(self) -> None:
        delay = 0.05
        while not self._closing:
            started = time.monotonic()
            try:
                ws = await connect(
                    self.url,
                    subprotocols=_SUBPROTOCOLS,
                    max_size=None,
                    open_timeout=3,
                    ping_interval=None,
                    close_timeout=1,
                )
            except (OSError, InvalidHandshake, TimeoutError, ConnectionClosed):
                await asyncio.sleep(delay)
                delay = min(delay * 2, 0.8)
                continue
            self._ws = ws
            try:
                await ws.send(encode_sync_step1(self._current().get_state()))
                await self._read(ws)
            except ConnectionClosed:
                pass
            except Exception as exc:
                # Kept for the audit: a typist that dies quietly would only look "slow".
                self.failure = f"{type(exc).__name__}: {exc}"
                self._ws = None
                await ws.close()
                raise
            self._ws = None
            if self._closing:
                return  # our own close, not the server's doing
            was_synced = self.synced.is_set()
            self.synced.clear()
            received = ws.protocol.close_rcvd
            code = None if received is None else received.code
            reason = "" if received is None else received.reason
            self.closes.append((time.monotonic(), code, reason))
            self.dropped.set()
            if code == REFUSED and not was_synced:
                self.refusals.append(JoinRefusal(self.name, started, time.monotonic(), reason))
            if was_synced:
                delay = 0.05
            await asyncio.sleep(delay)
            delay = min(delay * 2, 0.8)

    async def _read(self, ws: ClientConnection) -> None:
        async for frame in ws:
            if not isinstance(frame, bytes) or len(frame) < 2 or frame[0] != 0:
                continue  # awareness, app events, auth: not about the document
            kind = frame[1]
            _length, pos = read_var_uint(frame, 2)
            payload = frame[pos:]
            if kind == 0:
                await ws.send(encode_sync_step2(self._current().get_update(payload)))
            elif kind == 1:
                doc = self._current()
                doc.apply_update(payload)
                self.ledger.covered(self.client_id, state_vector(doc))
                self.synced.set()
            elif self.ledger.received(self.client_id, self.server, update_key(payload)):
                if self.defer_apply:
                    self._pending.append(payload)
                else:
                    self.doc.apply_update(payload)
            else:
                # A merged update (e.g. a server resynchronising after an outage).
                doc = self._current()
                doc.apply_update(payload)
                self.ledger.covered(self.client_id, state_vector(doc))

    def _current(self) -> Doc[Text]:
        if self._pending:
            for update in self._pending:
                self.doc.apply_update(update)
            self._pending.clear()
        return self.doc

    # ------------------------------------------------------------------ typing

    async def type_until(self, stop: asyncio.Event) -> None:
        """Type one token per interval until `stop` is set (or `edits` are made)."""
        await asyncio.sleep(random.uniform(0, self.interval[1]))
        next_at = time.perf_counter()
        while not stop.is_set() and (self.max_edits is None or self.made < self.max_edits):
            await self.type_one()
            next_at += random.uniform(*self.interval)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), max(0.0, next_at - time.perf_counter()))

    async def type_one(self) -> Edit:
        """Append one unique token; send it if the socket is open."""
        self.made += 1
        token = f"«{self.name}#{self.made}{random.choice(_TAILS)}»"
        doc = self.doc
        vector = doc.get_state()
        before = state_vector(doc).get(self.client_id, 0)
        self.text += token
        update = doc.get_update(vector)
        after = state_vector(doc)[self.client_id]
        ws = self._ws
        sent_at = time.perf_counter() if ws is not None else None
        edit = Edit(
            self.client_id, self.room, token, before, after, self.server, time.monotonic(), sent_at
        )
        self.ledger.record(edit)
        if ws is not None:
            with contextlib.suppress(ConnectionClosed):
                await ws.send(encode_update(update))
        return edit

    async def send_raw(self, frame: bytes) -> None:
        """Send an arbitrary frame on the open socket (protocol fault tests)."""
        if self._ws is None:
            raise RuntimeError(f"{self.name} is not connected")
        await self._ws.send(frame)

    def code(self) -> str:
        """The document's text, every received update applied."""
        return str(self._current().get("code", type=Text))

    async def close(self) -> None:
        """Stop reconnecting and close the socket."""
        self._closing = True
        ws = self._ws
        if ws is not None:
            with contextlib.suppress(Exception):
                await ws.close()
        if self._links is not None:
            self._links.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._links


def redis_room_text(url: str, room: str) -> str:
    """The room's text as Redis itself holds it: snapshot plus every log entry, applied.

    Reads `cr:room:<id>:snap` (hash field `data`) and the whole `cr:room:<id>:log` stream
    (field `u`) with a plain client, in one MULTI so a compaction cannot fall between the
    two reads. Entries already folded into the snapshot are applied again: Yjs ignores them.
    """
    client = redis.Redis.from_url(url)
    try:
        pipe = client.pipeline(transaction=True)
        pipe.hget(f"cr:room:{room}:snap", "data")
        pipe.xrange(f"cr:room:{room}:log")
        reply: list[Any] = pipe.execute()
    finally:
        client.close()
    snapshot, entries = reply
    doc: Doc[Text] = Doc()
    text = doc.get("code", type=Text)
    if snapshot is not None:
        doc.apply_update(snapshot)
    for _entry_id, fields in entries:
        doc.apply_update(fields[b"u"])
    return str(text)


def audit(
    ledger: Ledger,
    texts: dict[str, dict[str, str]],
    refusals: Iterable[JoinRefusal],
    outages: Outages,
) -> list[str]:
    """Every broken promise, one line each (an empty list: all kept).

    Args:
        ledger: The edits made and which were acknowledged.
        texts: Per room, {holder: text}; holders are typists, late joiners and Redis.
        refusals: Every join answered with 4503.
        outages: When Redis was down.
    """
    problems: list[str] = []
    for room, holders in texts.items():
        acked = ledger.acknowledged(room)
        for holder, text in holders.items():
            missing = [e.token for e in acked if e.token not in text]
            if missing:
                problems.append(
                    f"{room}: {holder} lacks {len(missing)} of {len(acked)} acknowledged "
                    f"edits, e.g. {missing[:3]}"
                )
        distinct = set(holders.values())
        if len(distinct) != 1:
            groups: dict[str, list[str]] = {}
            for holder, text in holders.items():
                groups.setdefault(text, []).append(holder)
            shapes = "; ".join(f"{len(t)} chars: {', '.join(h)}" for t, h in groups.items())
            problems.append(f"{room}: {len(distinct)} different texts ({shapes})")
    for refusal in refusals:
        if not outages.overlaps(refusal.started, refusal.refused):
            problems.append(
                f"join by {refusal.who} refused with 4503 ({refusal.reason!r}) while Redis was up"
            )
    return problems
