"""A connection sends at once when it can, queues behind a send that waits, keeps order."""

from __future__ import annotations

import asyncio

from realtime.rooms.access import Permissions, Principal
from realtime.rooms.connection import Connection


class Socket:
    """An ASGI-like send: completes at once unless `hold()` makes the next sends wait."""

    def __init__(self) -> None:
        self.frames: list[bytes] = []
        self.closed: tuple[int, str] | None = None
        self.gate: asyncio.Future[None] | None = None
        self.fail = False

    def hold(self) -> asyncio.Future[None]:
        self.gate = asyncio.get_running_loop().create_future()
        return self.gate

    async def send(self, frame: bytes) -> None:
        if self.fail:
            raise ConnectionResetError("peer went away")
        if frame == b"yield":
            await asyncio.sleep(0)  # a bare yield, not a future
        if self.gate is not None and not self.gate.done():
            await self.gate
        self.frames.append(frame)

    async def close(self, code: int, reason: str) -> None:
        self.closed = (code, reason)


def connect(socket: Socket, max_queue: int = 8) -> tuple[Connection, asyncio.Task[None]]:
    principal = Principal("u1", "Ann", "editor", Permissions.editor())
    conn = Connection(principal, socket.send, socket.close, max_queue=max_queue)
    return conn, asyncio.create_task(conn.run_writer())


async def settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


async def test_a_send_that_does_not_wait_is_done_before_send_returns() -> None:
    socket = Socket()
    conn, writer = connect(socket)
    conn.send(b"a")
    conn.send(b"b")
    assert socket.frames == [b"a", b"b"]  # no loop iteration in between
    conn.request_close(1000, "bye")
    await writer
    assert socket.closed == (1000, "bye")


async def test_frames_after_a_waiting_send_queue_behind_it_in_order() -> None:
    socket = Socket()
    conn, writer = connect(socket)
    gate = socket.hold()
    conn.send(b"1")
    conn.send(b"2")
    conn.send(b"3")
    await settle()
    assert socket.frames == []
    gate.set_result(None)
    await settle()
    assert socket.frames == [b"1", b"2", b"3"]
    conn.send(b"4")  # the writer is idle again: straight through
    assert socket.frames == [b"1", b"2", b"3", b"4"]
    conn.request_close(1000, "bye")
    await writer


async def test_a_send_that_yields_without_a_future_still_completes() -> None:
    socket = Socket()
    conn, writer = connect(socket)
    conn.send(b"yield")
    conn.send(b"after")
    await settle()
    assert socket.frames == [b"yield", b"after"]
    conn.request_close(1000, "bye")
    await writer


async def test_a_waiting_send_that_fails_ends_the_writer() -> None:
    socket = Socket()
    conn, writer = connect(socket)
    gate = socket.hold()
    conn.send(b"1")
    gate.set_exception(ConnectionResetError("peer went away"))
    await asyncio.wait_for(writer, 10)
    assert conn.closed and socket.frames == []


async def test_a_failed_send_closes_the_connection_without_raising() -> None:
    socket = Socket()
    conn, writer = connect(socket)
    socket.fail = True
    conn.send(b"lost")
    assert conn.closed
    await asyncio.wait_for(writer, 10)
    assert socket.closed is None  # the peer is gone: no close frame to send


async def test_a_client_too_slow_to_keep_up_is_closed_not_buffered_forever() -> None:
    socket = Socket()
    conn, writer = connect(socket, max_queue=8)
    socket.hold()
    for _ in range(20):
        conn.send(b"\x03")
    assert conn.closed
    assert conn.close_request == (1013, "too slow to keep up")
    writer.cancel()
    await asyncio.gather(writer, return_exceptions=True)


async def test_cancelling_the_writer_mid_send_closes_the_waiting_send() -> None:
    socket = Socket()
    conn, writer = connect(socket)
    socket.hold()
    conn.send(b"1")
    await settle()
    writer.cancel()
    await asyncio.gather(writer, return_exceptions=True)
    assert conn.closed and socket.frames == []
