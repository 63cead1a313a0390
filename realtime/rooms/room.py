"""One live room: its Yjs document, its connections and the y-websocket sync logic."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from pycrdt import Map, get_state, merge_updates

from realtime.contract import ServerEvent, encode_server_event
from realtime.contract.relayed import RelayedEvent, encode_relayed
from realtime.metrics import RealtimeMetrics
from realtime.protocol import (
    AppEventMessage,
    AuthMessage,
    AwarenessMessage,
    ProtocolError,
    QueryAwarenessMessage,
    SyncMessage,
    SyncType,
    decode_message,
    encode_awareness,
    encode_awareness_update,
    encode_permission_denied,
    encode_sync_step1,
    encode_sync_step2,
    encode_update,
    frame_app_event,
    read_var_uint,
    write_var_uint,
)
from realtime.rooms.authors import AuthorLedger, decode_state_vector
from realtime.rooms.awareness import AwarenessTracker
from realtime.rooms.connection import Connection
from realtime.rooms.language import ROOM_MAP, document_language, settings_language
from realtime.rooms.surrogates import SurrogateSafeDoc
from realtime.rooms.writer import RoomWriter
from realtime.stores.base import RoomStore, StoredUpdate, StoreUnavailableError
from realtime.tasks import stop_task

if TYPE_CHECKING:
    from realtime.rooms.events import EventRouter

__all__ = ["Room"]

logger = logging.getLogger(__name__)

# An update that changes nothing (no structs, empty delete set): what a client with an empty
# document answers to sync step 1.
_EMPTY_UPDATE = b"\x00\x00"
# How long an edit waits for the store before it is relayed anyway (it stays held and is
# stored later, in order): a slow store delays fan-out by at most this much.
_STORE_WAIT_S = 1.0
# On shutdown, how long held edits get to reach the store.
_FLUSH_ON_STOP_S = 2.0
# Audience of frames meant for the other server processes themselves, not their clients
# (`relay_to_servers`). No permission has this name, so a process that does not know it
# would deliver such a frame to no connection.
_SERVERS = "@servers"


class Room:
    """A room's document and connections in this process.

    Collaborators come in through the constructor; the registry creates, starts and stops
    rooms. All methods run on the event loop: nothing here is thread-safe.
    """

    def __init__(
        self,
        room_id: str,
        store: RoomStore,
        events: EventRouter,
        metrics: RealtimeMetrics,
        *,
        on_unavailable: Callable[[], None] = lambda: None,
        on_available: Callable[[], None] = lambda: None,
    ) -> None:
        """Create an empty, not yet started room.

        Args:
            room_id: The validated room id.
            store: Where updates are persisted (and, when shared, fanned out between processes).
            events: Router of application events.
            metrics: Where counters and latencies are recorded.
            on_unavailable: Called when the store stops answering (for readiness).
            on_available: Called when it answers again and the room is resynchronised.
        """
        self.room_id = room_id
        # Splits astral characters the way Yjs does (yrs alone would diverge from clients).
        self.doc = SurrogateSafeDoc("code")
        self.connections: set[Connection] = set()
        self.awareness = AwarenessTracker()
        self._authors = AuthorLedger(room_id, store)
        self._store = store
        self._events = events
        self._metrics = metrics
        self._on_unavailable = on_unavailable
        self._on_available = on_available
        self._since_compaction = 0
        self._compaction: asyncio.Task[None] | None = None
        self._last_publish: asyncio.Future[None] | None = None
        self._writer = RoomWriter(
            room_id,
            store,
            resync=self._resync,
            on_lost=self._store_lost,
            on_back=self._store_back,
            on_stored=self._stored,
        )
        self.idle_since: float | None = time.monotonic()
        self._holds = 0
        # The language last seen in the document (`language`), to tell a change, and the
        # document's `room` map (with the document it belongs to).
        self._language: str | None = None
        self._settings: tuple[object, Map[Any]] | None = None

    # ----------------------------------------------------------------- lifecycle

    async def start(self) -> None:
        """Load the document from the store and, for shared stores, follow its log.

        Raises:
            StoreUnavailableError: The store cannot be reached.
        """
        state = await self._store.load(self.room_id)
        if state.snapshot is not None:
            self.doc.apply_update(state.snapshot)
        for entry in state.updates:
            self.doc.apply_update(entry.update)
        self._since_compaction = len(state.updates)
        if self._store.shared:
            await self._follow(state.last_id)
        await self._language_seen()

    async def stop(self) -> None:
        """Stop following the log and writing (held edits get a moment to be stored)."""
        if self._store.shared:
            self._store.unfollow(self.room_id)
        await self._writer.close(flush_s=_FLUSH_ON_STOP_S)
        await stop_task(self._compaction, quiet=True)

    @property
    def available(self) -> bool:
        """False while the store is unreachable: new joins are refused (4503)."""
        return not self._writer.down

    @property
    def clean(self) -> bool:
        """True when every update has been written to the store (safe to unload)."""
        return self._writer.idle

    def hold(self) -> None:
        """Keep the room loaded while work outlives its connections (a live run)."""
        self._holds += 1

    def release(self) -> None:
        """Undo one `hold`; the idle grace period then applies as usual."""
        self._holds = max(0, self._holds - 1)

    @property
    def held(self) -> bool:
        """True while some `hold` is outstanding: the registry does not unload the room."""
        return self._holds > 0

    # ----------------------------------------------------------------- public API

    def code_text(self) -> str:
        """The current text of the shared `Y.Text` named `code`."""
        return str(self.doc.text)

    def language(self) -> str:
        """The room's language id as its document says (unchecked; Python when unset).

        Read after every edit, so the `room` map is looked up once per document (the
        document is only replaced by a rare rebuild, see `SurrogateSafeDoc`).
        """
        doc = self.doc.doc
        if self._settings is None or self._settings[0] is not doc:
            try:
                self._settings = (doc, cast(Any, doc).get(ROOM_MAP, type=Map))
            except Exception:
                return document_language(doc)  # says why, and what that reads as
        return settings_language(self._settings[1])

    async def _language_seen(self) -> None:
        """Tell the router's language handlers when the document names a new language.

        Called when the room loads and after each edit of a connection of this process (the
        process where the change was made warms up for it; others need not).
        """
        language = self.language()
        if language != self._language:
            self._language = language
            await self._events.language_changed(self, language)

    def broadcast_event(self, event: ServerEvent, *, only: str | None = None) -> None:
        """Send an application event to every connection of the room, in every process.

        Args:
            event: A server event of the contract.
            only: Name of a `Permissions` flag (e.g. "read_notes"); when given, only
                connections holding it receive the event.
        """
        frame = frame_app_event(encode_server_event(event))
        self._deliver(frame, only)
        if self._store.shared:
            self._publish(_envelope(frame, only=only or ""))

    @property
    def shared(self) -> bool:
        """True when other server processes may serve this room too (a shared store)."""
        return self._store.shared

    async def relay_to_servers(self, event: RelayedEvent) -> bool:
        """Hand an application event to the relayed handlers of the room in other processes.

        It travels on the same Pub/Sub channel as `broadcast_event`, awaited (so events
        relayed one after the other arrive in order), and reaches no client.

        Returns:
            False when the store is not shared (no other process can serve the room).

        Raises:
            StoreUnavailableError: Redis is down: the event did not leave this process.
        """
        if not self._store.shared:
            return False
        frame = _envelope(frame_app_event(encode_relayed(event)), only=_SERVERS)
        await self._store.publish_ephemeral(self.room_id, frame, required=True)
        return True

    # ----------------------------------------------------------------- connections

    def attach(self, conn: Connection) -> None:
        """Add a connection and send it sync step 1, the known cursors and its session."""
        self.connections.add(conn)
        self.idle_since = None
        self._metrics.connections.inc()
        conn.send(encode_sync_step1(self.doc.get_state()))
        frame = self.awareness.states_frame()
        if frame is not None:
            conn.send(frame)
        conn.send_event(conn.principal.session_event())

    async def joined(self, conn: Connection) -> None:
        """Run the join handlers registered on the event router."""
        await self._events.joined(self, conn)

    def detach(self, conn: Connection) -> None:
        """Remove a connection and tell everyone its cursors are gone."""
        if conn not in self.connections:
            return
        self.connections.discard(conn)
        self._metrics.connections.dec()
        removed = self.awareness.remove(conn.awareness_ids)
        conn.awareness_ids.clear()
        if removed:
            frame = encode_awareness(encode_awareness_update(removed))
            self._broadcast(frame, None)
            if self._store.shared:
                self._publish(_envelope(frame))
        if not self.connections:
            self.idle_since = time.monotonic()

    # ----------------------------------------------------------------- inbound frames

    async def receive(self, conn: Connection, frame: bytes) -> None:
        """Handle one binary frame from `conn`.

        Raises:
            ProtocolError: The frame is malformed or carries an invalid update.
        """
        message = decode_message(frame)
        if isinstance(message, SyncMessage):
            if message.kind is SyncType.STEP1:
                conn.send(encode_sync_step2(self._diff(message.payload)))
                return
            started = time.perf_counter()
            if not conn.principal.permissions.edit:
                # Read-only: the change is dropped (hocuspocus does the same); an empty
                # step 2 is just the client's polite answer to our step 1.
                if message.payload != _EMPTY_UPDATE:
                    conn.send(encode_permission_denied("read-only: edits are not allowed"))
                return
            relay = frame if message.kind is SyncType.UPDATE else encode_update(message.payload)
            await self._apply_local(conn, message.payload, relay, started)
        elif isinstance(message, AwarenessMessage):
            self._awareness_from(conn, message, frame)
        elif isinstance(message, QueryAwarenessMessage):
            states = self.awareness.states_frame()
            if states is not None:
                conn.send(states)
        elif isinstance(message, AppEventMessage):
            await self._events.dispatch(self, conn, message.text)
        elif isinstance(message, AuthMessage):
            raise ProtocolError("auth messages are sent by the server only")

    def _diff(self, state_vector: bytes) -> bytes:
        try:
            return self.doc.get_update(state_vector)
        except ValueError as exc:
            raise ProtocolError(f"bad state vector: {exc}") from None

    async def _apply_local(
        self, conn: Connection, update: bytes, relay: bytes, started: float
    ) -> None:
        if update == _EMPTY_UPDATE:
            return
        # Only an update that may hold a client id not yet attributed pays for two state vectors.
        before = self.doc.get_state() if self._authors.needs_check(update) else None
        try:
            self.doc.apply_update(update)
        except ValueError as exc:
            raise ProtocolError(f"bad update: {exc}") from None
        if before is not None:
            after = decode_state_vector(self.doc.get_state())
            self._authors.record(decode_state_vector(before), after, conn.principal)
        await self._writer.write(update, wait_s=_STORE_WAIT_S)
        self._broadcast(relay, conn)
        self._metrics.updates.inc()
        self._metrics.fanout.observe(time.perf_counter() - started)
        await self._language_seen()

    def _awareness_from(self, conn: Connection, message: AwarenessMessage, frame: bytes) -> None:
        accepted = self.awareness.apply(message.entries, local=True)
        if not accepted:
            return
        for entry in accepted:
            if entry.removed:
                conn.awareness_ids.discard(entry.client_id)
            else:
                conn.awareness_ids.add(entry.client_id)
        # Echoed to the sender too, like y-websocket's server: the echo of the client's own
        # 15 s renewal is what keeps its 30 s "no message received" timer from firing.
        self._broadcast(frame, None)
        if self._store.shared:
            self._publish(_envelope(frame))

    # ----------------------------------------------------------------- fan-out

    def _broadcast(self, frame: bytes, exclude: Connection | None) -> None:
        for peer in self.connections:
            if peer is not exclude:
                peer.send(frame)

    def _deliver(self, frame: bytes, only: str | None) -> None:
        # App events only: a stock y-websocket client (no `coderemote.v1`) reads none.
        for peer in self.connections:
            if peer.app_events and (
                only is None or getattr(peer.principal.permissions, only, False)
            ):
                peer.send(frame)

    def _publish(self, envelope: bytes) -> None:
        # Each publish waits for the one before: concurrent PUBLISHes take different pooled
        # connections and may overtake each other, and other processes must see a run's
        # output (and its `run.finished`) in the order it happened.
        previous = self._last_publish

        async def publish() -> None:
            if previous is not None and not previous.done():
                await asyncio.wait([previous])  # its failure is its own (see _ignore_result)
            await self._store.publish_ephemeral(self.room_id, envelope)

        task = asyncio.ensure_future(publish())
        task.add_done_callback(_ignore_result)
        self._last_publish = task

    async def receive_ephemeral(self, envelope: bytes) -> None:
        """Handle an awareness or app-event frame published by another process."""
        only_len, pos = read_var_uint(envelope, 0)
        only = envelope[pos : pos + only_len].decode() or None
        frame = envelope[pos + only_len :]
        message = decode_message(frame)
        if isinstance(message, AwarenessMessage):
            if self.awareness.apply(message.entries, local=False):
                self._broadcast(frame, None)
        elif isinstance(message, QueryAwarenessMessage):
            states = self.awareness.states_frame(only_local=True)
            if states is not None:
                self._publish(_envelope(states))
        elif isinstance(message, AppEventMessage):
            if only == _SERVERS:
                await self._events.relayed(self, message.text)
            else:
                self._deliver(frame, only)

    # ----------------------------------------------------------------- persistence

    def _stored(self, count: int) -> None:
        self._since_compaction += count
        threshold = self._store.compaction_threshold
        if self._since_compaction >= threshold and self._compaction is None:
            self._compaction = asyncio.create_task(self._compact())

    async def _compact(self) -> None:
        try:
            if await self._store.compact(self.room_id):
                self._since_compaction = 0
        except StoreUnavailableError as exc:
            self._writer.lost(exc)
        except Exception:
            logger.exception("compaction failed", extra={"room": self.room_id})
        finally:
            self._compaction = None

    def _store_lost(self, exc: StoreUnavailableError) -> None:
        self._metrics.store_errors.inc()
        self._on_unavailable()
        logger.warning(
            "store unavailable, room keeps editing in memory: %s", exc, extra={"room": self.room_id}
        )

    def _store_back(self) -> None:
        self._on_available()
        logger.info("store is back, room resynchronised", extra={"room": self.room_id})

    async def _resync(self) -> None:
        """Merge what the store holds into the document, then store everything it lacks.

        Runs after any failed write or read: an append that failed might or might not have
        landed, and a restarted Redis may have lost its last writes, so the store's state
        vector (not our bookkeeping) decides what to write. Yjs updates are idempotent.
        """
        state = await self._store.load(self.room_id)
        parts = [entry.update for entry in state.updates]
        if state.snapshot is not None:
            parts.insert(0, state.snapshot)
        stored = merge_updates(*parts) if parts else None
        before = self.doc.get_state()
        if stored is not None:
            self.doc.apply_update(stored)
        # Edits other processes stored while we could not read the log.
        missed = self.doc.get_update(before)
        if missed != _EMPTY_UPDATE:
            self._broadcast(encode_update(missed), None)
        lacking = self.doc.get_update(get_state(stored) if stored is not None else b"\x00")
        if lacking != _EMPTY_UPDATE:
            await self._store.append(self.room_id, lacking)
        if self._store.shared:
            await self._follow(state.last_id)

    async def _follow(self, after_id: str) -> None:
        self._store.follow(self.room_id, after_id, self._apply_stored, self._writer.lost)
        # Ask the other processes for their clients' cursors.
        await self._store.publish_ephemeral(self.room_id, _envelope(b"\x03"))

    def _apply_stored(self, entries: list[StoredUpdate]) -> None:
        """Apply and relay updates that other processes appended to the shared log."""
        own = self._store.instance_id
        for entry in entries:
            if entry.origin == own:
                continue  # counted when we stored it
            self._since_compaction += 1
            try:
                self.doc.apply_update(entry.update)
            except ValueError:
                logger.error("undecodable update %s in the log", entry.id)
                continue
            self._broadcast(encode_update(entry.update), None)


def _envelope(frame: bytes, *, only: str = "") -> bytes:
    """Prefix a frame relayed between processes with its audience filter."""
    raw = only.encode()
    return write_var_uint(len(raw)) + raw + frame


def _ignore_result(task: asyncio.Future[None]) -> None:
    if not task.cancelled():
        task.exception()
