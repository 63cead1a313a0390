"""A small y-websocket client (pycrdt document over `websockets`).

Test support, kept with the tests rather than in the product; it speaks the same protocol
as the stock browser client.

`websockets` comes with uvicorn's WebSocket support.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
from collections.abc import Callable, Iterator, Mapping
from typing import Any, cast

from pycrdt import Map, Text
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from realtime.protocol import (
    AppEventMessage,
    AuthMessage,
    AwarenessEntry,
    AwarenessMessage,
    QueryAwarenessMessage,
    SyncMessage,
    SyncType,
    decode_message,
    encode_app_event,
    encode_awareness,
    encode_awareness_update,
    encode_sync_step1,
    encode_sync_step2,
    encode_update,
)
from realtime.rooms.language import LANGUAGE_KEY, ROOM_MAP, document_language
from realtime.rooms.surrogates import SurrogateSafeDoc

__all__ = ["RoomClient", "pycrdt_to_utf16", "utf16_to_pycrdt"]


def _boundaries(text: str) -> Iterator[tuple[int, int]]:
    """(UTF-16 units, UTF-8 bytes) before each character of `text`, and at its end."""
    units = offset = 0
    for char in text:
        yield units, offset
        units += 2 if ord(char) > 0xFFFF else 1
        offset += len(char.encode("utf-8", "surrogatepass"))
    yield units, offset


def utf16_to_pycrdt(text: str, index: int) -> int:
    """The pycrdt index (UTF-8 bytes) of a Yjs index (UTF-16 code units) into `text`.

    Raises:
        ValueError: `index` is outside `text` or between the two halves of a surrogate
            pair (Yjs turns such a split into two U+FFFD; pycrdt cannot split there).
    """
    if index < 0:
        raise ValueError(f"negative index {index}")
    units, offset = next(((u, o) for u, o in _boundaries(text) if u >= index), (-1, -1))
    if units != index:
        total = max(u for u, _ in _boundaries(text))
        where = "inside a surrogate pair" if units == index + 1 else "past the end"
        raise ValueError(f"UTF-16 index {index} is {where} of a text of {total} units")
    return offset


def pycrdt_to_utf16(text: str, index: int) -> int:
    """The Yjs index (UTF-16 code units) of a pycrdt index (UTF-8 bytes) into `text`.

    Raises:
        ValueError: `index` is outside `text` or inside a character's UTF-8 bytes.
    """
    if index < 0:
        raise ValueError(f"negative index {index}")
    units, offset = next(((u, o) for u, o in _boundaries(text) if o >= index), (-1, -1))
    if offset != index:
        total = max(o for _, o in _boundaries(text))
        where = "inside a character" if offset > index else "past the end"
        raise ValueError(f"UTF-8 index {index} is {where} of a text of {total} bytes")
    return units


class RoomClient:
    """One simulated browser tab: a document, an awareness state and the socket."""

    def __init__(
        self,
        url: str,
        *,
        subprotocols: list[str] | None = None,
        client_id: int | None = None,
    ) -> None:
        """Prepare a client for `url` (ws://host:port/ws/rooms/<id>); `connect` opens it."""
        self.url = url
        self.subprotocols = subprotocols if subprotocols is not None else ["coderemote.v1"]
        self.client_id = client_id if client_id is not None else random.getrandbits(31)
        # Splits astral characters like Yjs when a stock client edits inside one.
        self.doc = SurrogateSafeDoc("code", client_id=self.client_id)
        self.events: list[dict[str, Any]] = []
        self.awareness: dict[int, dict[str, Any]] = {}
        self.permission_denied: list[str] = []
        self.synced = asyncio.Event()
        self._clock = 0
        self._ws: ClientConnection | None = None
        self._reader: asyncio.Task[None] | None = None
        self._changed = asyncio.Event()

    @property
    def text(self) -> Text:
        """The shared `Y.Text` named `code` (replaced when the document is rebuilt)."""
        return self.doc.text

    @property
    def ws(self) -> ClientConnection:
        """The open socket."""
        if self._ws is None:
            raise RuntimeError("not connected")
        return self._ws

    async def connect(self, *, within: float = 10.0) -> RoomClient:
        """Open the socket, send sync step 1 and start reading."""
        self._ws = await asyncio.wait_for(
            connect(
                self.url,
                subprotocols=self.subprotocols or None,  # type: ignore[arg-type]
                max_size=None,
                open_timeout=within,
                ping_interval=None,
            ),
            within,
        )
        # The server may refuse the room right after accepting (e.g. 4400): read that below.
        with contextlib.suppress(ConnectionClosed):
            await self.ws.send(encode_sync_step1(self.doc.get_state()))
        self._reader = asyncio.create_task(self._read())
        return self

    @property
    def close_code(self) -> int | None:
        """Close code the server sent, once closed."""
        received = None if self._ws is None else self._ws.protocol.close_rcvd
        return None if received is None else received.code

    @property
    def close_reason(self) -> str | None:
        """Close reason the server sent, once closed."""
        received = None if self._ws is None else self._ws.protocol.close_rcvd
        return None if received is None else received.reason

    async def _read(self) -> None:
        ws = self.ws
        with contextlib.suppress(ConnectionClosed):
            async for frame in ws:
                if isinstance(frame, str):
                    continue
                message = decode_message(frame)
                if isinstance(message, SyncMessage):
                    if message.kind is SyncType.STEP1:
                        update = self.doc.get_update(message.payload)
                        await ws.send(encode_sync_step2(update))
                    else:
                        self.doc.apply_update(message.payload)
                        if message.kind is SyncType.STEP2:
                            self.synced.set()
                elif isinstance(message, AwarenessMessage):
                    for entry in message.entries:
                        if entry.removed:
                            self.awareness.pop(entry.client_id, None)
                        else:
                            self.awareness[entry.client_id] = json.loads(entry.state)
                elif isinstance(message, AppEventMessage):
                    self.events.append(json.loads(message.text))
                elif isinstance(message, AuthMessage):
                    self.permission_denied.append(message.reason)
                elif isinstance(message, QueryAwarenessMessage):
                    pass
                self._changed.set()
        self._changed.set()

    async def wait_for(self, predicate: Callable[[], bool], within: float = 10.0) -> None:
        """Wait until `predicate()` holds, re-checking after every received frame.

        Raises:
            TimeoutError: It did not hold within `within` seconds.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + within
        while not predicate():
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(f"condition not met within {within} s")
            self._changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), min(remaining, 0.25))

    async def wait_synced(self, within: float = 10.0) -> None:
        """Wait for the server's sync step 2."""
        await asyncio.wait_for(self.synced.wait(), within)

    async def wait_closed(self, within: float = 10.0) -> None:
        """Wait until the server closed the socket."""
        await self.wait_for(lambda: self._reader is not None and self._reader.done(), within)

    async def edit(self, change: Callable[[Text], None]) -> bytes:
        """Apply a local change to `code` and send it as an update; returns the update."""
        before = self.doc.get_state()
        change(self.text)
        update = self.doc.get_update(before)
        self.doc.track_local(update)
        await self.ws.send(encode_update(update))
        return update

    async def insert(self, index: int, chunk: str) -> bytes:
        """Insert `chunk` at `index` (pycrdt counts UTF-8 bytes) and send the update.

        Raises:
            ValueError: `index` is not a character boundary of the text (pycrdt would put
                the chunk somewhere else).
        """
        pycrdt_to_utf16(self.code(), index)
        return await self.edit(lambda text: text.insert(index, chunk))

    async def delete(self, index: int, length: int) -> bytes:
        """Delete `length` UTF-8 bytes at `index` and send the update.

        Raises:
            ValueError: The range does not start and end on character boundaries.
        """
        code = self.code()
        pycrdt_to_utf16(code, index)
        pycrdt_to_utf16(code, index + length)

        def remove(text: Text) -> None:
            del text[index : index + length]

        return await self.edit(remove)

    async def set_language(self, language: str) -> bytes:
        """Set the room's language (the `room` map of the document) and send the update."""
        before = self.doc.get_state()
        settings: Map[str] = cast(Any, self.doc.doc).get(ROOM_MAP, type=Map)
        settings[LANGUAGE_KEY] = language
        update = self.doc.get_update(before)
        await self.ws.send(encode_update(update))
        return update

    def language(self) -> str:
        """The room's language as this client's document says (Python when unset)."""
        return document_language(self.doc.doc)

    async def set_awareness(self, state: Mapping[str, object] | None) -> None:
        """Publish this client's awareness state (None announces leaving)."""
        self._clock += 1
        raw = "null" if state is None else json.dumps(state)
        entry = AwarenessEntry(self.client_id, self._clock, raw)
        await self.ws.send(encode_awareness(encode_awareness_update([entry])))

    async def send_event(self, event: Mapping[str, object]) -> None:
        """Send an application event: any JSON object with a `type` (tests send bad ones too)."""
        await self.ws.send(encode_app_event(event))

    async def send_raw(self, frame: bytes | str) -> None:
        """Send an arbitrary frame (for protocol tests)."""
        await self.ws.send(frame)

    def code(self) -> str:
        """The current text of `code`."""
        return str(self.text)

    async def close(self) -> None:
        """Close the socket and stop reading."""
        if self._ws is not None:
            await self._ws.close()
        if self._reader is not None:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await asyncio.wait_for(self._reader, 5)
