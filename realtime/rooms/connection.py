"""One client connection: its principal, its awareness ids and a non-blocking send queue."""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from realtime.contract import ServerEvent, encode_server_event
from realtime.contract.close_codes import CloseCode
from realtime.protocol import frame_app_event
from realtime.rooms.access import Principal

__all__ = ["CloseSocket", "Connection", "SendBytes"]

logger = logging.getLogger(__name__)

SendBytes = Callable[[bytes], Coroutine[Any, Any, None]]
CloseSocket = Callable[[int, str], Awaitable[None]]

_ids = itertools.count(1)


class Connection:
    """A client in a room.

    Sending never blocks the room. A frame is handed to the ASGI server at once when nothing
    is waiting before it (uvicorn only buffers it, so the send finishes without suspending);
    if the server makes the send wait, that frame and every later one go to a queue that a
    writer task drains, so one slow client cannot delay the others. A client that falls
    `max_queue` frames behind is disconnected (code 1013) instead of growing memory without
    bound.
    """

    def __init__(
        self,
        principal: Principal,
        send_bytes: SendBytes,
        close_socket: CloseSocket,
        *,
        max_queue: int,
        app_events: bool = True,
    ) -> None:
        """Create a connection; call `run_writer` in a task to start sending.

        Args:
            principal: Who is connected and what they may do.
            send_bytes: Sends one binary frame to the socket.
            close_socket: Sends the close frame with a code and a reason.
            max_queue: Frames allowed to wait before the client counts as too slow.
            app_events: Whether the client negotiated the `coderemote.v1` subprotocol and so
                reads application events (type 100); a stock y-websocket client gets none.
        """
        self.id = next(_ids)
        self.principal = principal
        self.app_events = app_events
        self.awareness_ids: set[int] = set()
        self.close_request: tuple[int, str] | None = None
        self._send_bytes = send_bytes
        self._close_socket = close_socket
        self._max_queue = max_queue
        self._queue: deque[bytes] = deque()
        self._wakeup = asyncio.Event()
        self._closed = False
        # A send started in `send` that suspended, with what it waits on; the writer finishes it.
        self._suspended: tuple[Coroutine[Any, Any, None], Any] | None = None
        self._writing = False

    def send(self, frame: bytes) -> None:
        """Queue one frame (already encoded: the same bytes object goes to every peer)."""
        if self._closed:
            return
        if self._queue or self._writing or self._suspended is not None:
            if len(self._queue) >= self._max_queue:
                self.request_close(CloseCode.TOO_SLOW, "too slow to keep up")
                return
            self._queue.append(frame)
            self._wakeup.set()
            return
        # Stepped by hand instead of in the writer task: a fan-out then reaches every peer in
        # the loop iteration that received the frame (-0.2 ms p99 in bench_rooms at 50x4).
        send = self._send_bytes(frame)
        try:
            waits_on = send.send(None)
        except StopIteration:
            return
        except Exception as exc:  # the peer went away: nothing left to deliver to
            logger.debug("send to %r failed: %s", self, exc)
            self.abandon()
            return
        self._suspended = (send, waits_on)
        self._wakeup.set()

    def send_event(self, event: ServerEvent) -> None:
        """Queue an application event for this client (if it reads them)."""
        if self.app_events:
            self.send(frame_app_event(encode_server_event(event)))

    def request_close(self, code: int, reason: str) -> None:
        """Ask the writer to stop sending and the endpoint to close the socket."""
        if self.close_request is None:
            self.close_request = (code, reason)
        self.abandon()

    def abandon(self) -> None:
        """Stop the writer without a close frame (the client already hung up)."""
        self._closed = True
        self._queue.clear()
        self._wakeup.set()

    @property
    def closed(self) -> bool:
        """True once the connection stopped accepting frames."""
        return self._closed

    async def run_writer(self) -> None:
        """Send queued frames until closed, then send the requested close frame (a task)."""
        queue = self._queue
        send_bytes = self._send_bytes
        try:
            while not self._closed:
                await self._wakeup.wait()
                self._wakeup.clear()
                self._writing = True
                if self._suspended is not None:
                    await _finish(*self._suspended)
                    self._suspended = None
                while queue and not self._closed:
                    await send_bytes(queue.popleft())
                self._writing = False
            if self.close_request is not None:
                await self._close_socket(*self.close_request)
        except Exception as exc:  # the peer went away mid-send: nothing left to deliver to
            logger.debug("send to %r failed: %s", self, exc)
        finally:
            self._closed = True
            queue.clear()
            if self._suspended is not None:
                self._suspended[0].close()
                self._suspended = None

    def __repr__(self) -> str:
        """Short identifying text for logs (never includes a token)."""
        return f"Connection(id={self.id}, user={self.principal.user_id})"


async def _finish(send: Coroutine[Any, Any, None], waits_on: Any) -> None:
    """Run a coroutine that was stepped by hand and suspended to its end, as a Task would.

    `waits_on` is what it yielded: an asyncio future (it resumes once that is done) or None
    (a bare yield, as in `asyncio.sleep(0)`: it resumes on the next loop iteration).
    """
    try:
        while True:
            if waits_on is None:
                await asyncio.sleep(0)
            else:
                waits_on._asyncio_future_blocking = False
                await asyncio.wait((waits_on,))
            waits_on = send.send(None)
    except StopIteration:
        return
