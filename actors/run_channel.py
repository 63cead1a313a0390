"""The run channel: a direct connection between a server process and the sandbox pool actor.

Ray places, names, supervises and restarts the pool actor, and tells callers where its channel
listens (`SandboxPoolActor.channel()`). The runs' own traffic goes over one TCP connection per
caller process: the job, typed input, EOF and cancel one way, each run's events the other way.

Why not a Ray streaming generator per run (there was one, `run_transport="ray"`): on the
2-core CI machine a Ray actor call takes 2.3 ms one way and a streamed item 1.8 ms, so a warm
run's first output could never come within the 3 ms budget of an in-process pool; over this
channel the hop costs well under a millisecond (`bench/bench_ray_hop.py`).

Wire format: one JSON object per line, each a msgspec `Struct` of this module or a
`sandbox.events.RunEvent` (all tagged by `type`), encoded and decoded once. The caller's first
line is `Hello` with the secret the actor handed out through Ray; a wrong or missing token
closes the connection. Caller to actor: `Submit`, `Input`, `Eof`, `Cancel`. Actor to caller:
`Accepted`, then the run's events as the pool made them (each names its run) until its
`run.finished`; or `Refused` (busy, unavailable: nothing ran) or `Ended` (the policy refused
the program: its `run.finished` at once, so the caller knows without waiting for a stream).

If the connection drops, the actor cancels that caller's live runs (nobody is left to watch
them) and the caller ends them with a `sandbox_error` verdict, as when the actor dies.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Literal

import msgspec

from sandbox.errors import PoolBusyError, SandboxUnavailableError
from sandbox.events import (
    RunEvent,
    RunFinished,
    RunRequest,
    RunResult,
)
from sandbox.interfaces import RunHandle, SandboxPool
from sandbox.runner import FinishedRun
from sandbox.verdicts import Verdict

log = logging.getLogger(__name__)

# A line carries a whole job (code and stdin) or a burst of output; both are capped far below.
LINE_LIMIT = 64 * 1024 * 1024
_AUTH_TIMEOUT_S = 5.0


@dataclass(frozen=True, slots=True)
class ChannelAddress:
    """Where a pool actor's channel listens, and the secret that opens it."""

    host: str
    port: int
    token: str


class Hello(msgspec.Struct, frozen=True, tag="hello", tag_field="type"):
    """The caller's first line: the secret that opens the channel."""

    token: str


class Submit(msgspec.Struct, frozen=True, tag="run", tag_field="type"):
    """Run a program."""

    request: RunRequest


class Input(msgspec.Struct, frozen=True, tag="input", tag_field="type"):
    """Typed input for a live run."""

    run_id: str
    text: str


class Eof(msgspec.Struct, frozen=True, tag="eof", tag_field="type"):
    """EOF on a live run's stdin."""

    run_id: str


class Cancel(msgspec.Struct, frozen=True, tag="cancel", tag_field="type"):
    """Stop a live run."""

    run_id: str


class Accepted(msgspec.Struct, frozen=True, tag="accepted", tag_field="type"):
    """The pool took the run: its events follow."""

    run_id: str


RefusedAs = Literal["busy", "unavailable"]


class Refused(msgspec.Struct, frozen=True, tag="refused", tag_field="type"):
    """The pool did not take the run (nothing ran)."""

    run_id: str
    error: RefusedAs
    message: str


class Ended(msgspec.Struct, frozen=True, tag="ended", tag_field="type"):
    """The pool ended the run before it began (its policy refused the program): its result."""

    run_id: str
    finished: RunFinished


CallerMessage = Submit | Input | Eof | Cancel
ActorMessage = Accepted | Refused | Ended | RunEvent
_encoder = msgspec.json.Encoder()
_hello: msgspec.json.Decoder[Hello] = msgspec.json.Decoder(Hello)
_from_caller: msgspec.json.Decoder[CallerMessage] = msgspec.json.Decoder(CallerMessage)
_from_actor: msgspec.json.Decoder[ActorMessage] = msgspec.json.Decoder(ActorMessage)


def _line(message: msgspec.Struct) -> bytes:
    return _encoder.encode(message) + b"\n"


class RunChannelServer:
    """The actor's end: accepts callers and runs their jobs on the pool.

    Args:
        pool: Returns the (started) pool; awaited per job so the first job may start it.
        host: Address to listen on (the Ray node's address, so callers on other nodes reach it).
        port: Port to listen on; 0 picks a free one (a fixed one lets network policies name it).
    """

    def __init__(
        self, pool: Callable[[], Awaitable[SandboxPool]], *, host: str, port: int = 0
    ) -> None:
        self._pool = pool
        self._host = host
        self._port = port
        self._token = secrets.token_urlsafe(32)
        self._server: asyncio.Server | None = None
        self._connections: set[asyncio.Task[None]] = set()
        self.live: dict[str, RunHandle] = {}

    async def start(self) -> ChannelAddress:
        """Listen (idempotent) and return the address callers need."""
        if self._server is None:
            self._server = await asyncio.start_server(
                self._serve, self._host, self._port, limit=LINE_LIMIT
            )
        port = int(self._server.sockets[0].getsockname()[1])
        return ChannelAddress(self._host, port, self._token)

    async def close(self) -> None:
        """Stop listening and drop every caller (their live runs are cancelled)."""
        if self._server is not None:
            self._server.close()
        for task in list(self._connections):
            task.cancel()
        await asyncio.gather(*self._connections, return_exceptions=True)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections.add(task)
        runs: dict[str, asyncio.Task[None]] = {}
        try:
            if not await self._authenticated(reader):
                return
            while line := await reader.readline():
                self._handle(_from_caller.decode(line), writer, runs)
        except (ConnectionError, ValueError) as exc:
            # A broken or malformed connection ends alone; other callers carry on.
            log.warning("run channel connection dropped: %s", exc)
        finally:
            self._connections.discard(task)
            for run_task in list(runs.values()):
                run_task.cancel()  # the caller is gone: stop what it started
            await asyncio.gather(*runs.values(), return_exceptions=True)
            writer.close()

    async def _authenticated(self, reader: asyncio.StreamReader) -> bool:
        try:
            offered = _hello.decode(
                await asyncio.wait_for(reader.readline(), _AUTH_TIMEOUT_S)
            ).token
        except (TimeoutError, ValueError):
            return False
        if hmac.compare_digest(offered.encode(), self._token.encode()):
            return True
        log.warning("run channel refused a caller with a wrong token")
        return False

    def _handle(
        self,
        message: CallerMessage,
        writer: asyncio.StreamWriter,
        runs: dict[str, asyncio.Task[None]],
    ) -> None:
        if isinstance(message, Submit):
            request = message.request
            if request.run_id in runs:
                raise ValueError(f"run id {request.run_id!r} used twice")
            task = asyncio.create_task(self._run(request, writer))
            runs[request.run_id] = task
            task.add_done_callback(lambda _: runs.pop(request.run_id, None))
            return
        handle = self.live.get(message.run_id)
        if handle is None:
            return  # the run is over: late input or cancel is harmless
        if isinstance(message, Input):
            action = handle.send_input(message.text)
        elif isinstance(message, Eof):
            action = handle.close_input()
        else:
            action = handle.cancel()
        task = asyncio.ensure_future(action)
        task.add_done_callback(_log_failure)

    async def _run(self, request: RunRequest, writer: asyncio.StreamWriter) -> None:
        run_id = request.run_id
        try:
            handle = await (await self._pool()).submit(request)
        except (PoolBusyError, SandboxUnavailableError) as exc:
            error: RefusedAs = "busy" if isinstance(exc, PoolBusyError) else "unavailable"
            writer.write(_line(Refused(run_id, error, str(exc))))
            return
        except Exception as exc:  # never leave the caller waiting for an answer
            log.exception("run %s could not be submitted", run_id)
            message = f"the sandbox pool failed: {type(exc).__name__}"
            writer.write(_line(Refused(run_id, "unavailable", message)))
            return
        if isinstance(handle, FinishedRun):  # refused by the policy: no events to stream
            writer.write(_line(Ended(run_id, handle.result)))
            return
        self.live[run_id] = handle
        finished = False
        try:
            writer.write(_line(Accepted(run_id)))
            async for event in handle.events():
                # One line per event: the caller's reader takes every line that has arrived
                # in one wake-up, so a burst of output needs no batching here.
                finished = isinstance(event, RunFinished)
                writer.write(_line(event))
                await writer.drain()
                if finished:
                    break
        except (ConnectionError, asyncio.CancelledError):
            raise  # the caller is gone (or the actor is stopping): nobody to tell
        except Exception as exc:
            log.exception("run %s failed in the pool", run_id)
            failed = RunFinished.of(
                run_id,
                RunResult(
                    Verdict.SANDBOX_ERROR, message=f"the sandbox failed: {type(exc).__name__}"
                ),
            )
            writer.write(_line(failed))
        finally:
            self.live.pop(run_id, None)
            if not finished:
                with contextlib.suppress(Exception):
                    await handle.cancel()


def _log_failure(task: asyncio.Future[Any]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.warning("run channel control failed: %s", task.exception())


class ChannelClosedError(ConnectionError):
    """The connection to the pool actor's channel is gone (the actor died or restarted)."""


class RunChannelClient:
    """A caller's end: one connection to the pool actor, shared by every run of this process.

    Use `connect()`; once `closed`, make a new client (the actor may listen elsewhere now).
    `lost(run_id)` is the last event of a run whose connection dropped mid-run.
    """

    def __init__(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        lost: Callable[[str], RunFinished],
    ) -> None:
        self._reader = reader
        self._writer = writer
        self._lost = lost
        self._runs: dict[str, asyncio.Queue[ActorMessage | None]] = {}
        self.closed = False  # True once the connection is gone; its runs have ended
        self._reading = asyncio.create_task(self._read(), name="run-channel-reader")

    @classmethod
    async def connect(
        cls,
        address: ChannelAddress,
        lost: Callable[[str], RunFinished],
        timeout_s: float = 5.0,
    ) -> RunChannelClient:
        """Open and authenticate a connection (raises `OSError` or `TimeoutError`)."""
        reader, writer = await asyncio.wait_for(
            asyncio.open_connection(address.host, address.port, limit=LINE_LIMIT), timeout_s
        )
        writer.write(_line(Hello(address.token)))
        return cls(reader, writer, lost)

    async def submit(self, request: RunRequest) -> RunHandle:
        """Send a job; returns its handle once the actor accepted it.

        Raises:
            PoolBusyError: Every sandbox is busy and the actor's queue is full.
            SandboxUnavailableError: The actor's pool cannot start sandboxes.
            ChannelClosedError: The connection dropped before the actor answered.
        """
        if self.closed:
            raise ChannelClosedError("the run channel is closed")
        queue: asyncio.Queue[ActorMessage | None] = asyncio.Queue()
        self._runs[request.run_id] = queue
        # One write of one whole line (here and for controls): no await, so lines of
        # concurrent runs never interleave.
        self._writer.write(_line(Submit(request)))
        answer = await queue.get()
        if answer is None or isinstance(answer, Refused | Ended):
            self._runs.pop(request.run_id, None)  # no events follow
        if answer is None:
            raise ChannelClosedError("the run channel closed before the run was accepted")
        if isinstance(answer, Refused):
            error = PoolBusyError if answer.error == "busy" else SandboxUnavailableError
            raise error(answer.message)
        if isinstance(answer, Ended):
            return FinishedRun(request.run_id, answer.finished)
        return ChannelRunHandle(self, request.run_id, queue, self._lost(request.run_id))

    def send_control(self, message: Input | Eof | Cancel) -> None:
        """Input, EOF or cancel for a run (dropped when the connection is gone)."""
        if not self.closed:
            self._writer.write(_line(message))

    def forget(self, run_id: str) -> None:
        """Stop routing a run's messages (its handle is done)."""
        self._runs.pop(run_id, None)

    async def close(self) -> None:
        """Close the connection (the actor cancels runs still live on it)."""
        self.closed = True
        self._writer.close()
        self._reading.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await self._reading

    async def _read(self) -> None:
        try:
            while line := await self._reader.readline():
                message = _from_actor.decode(line)
                queue = self._runs.get(message.run_id)
                if queue is not None:
                    queue.put_nowait(message)
        except (ConnectionError, ValueError) as exc:
            log.warning("run channel lost: %s", exc)
        finally:
            self.closed = True
            for queue in self._runs.values():
                queue.put_nowait(None)  # every live run ends with "the actor went away"
            self._runs.clear()
            self._writer.close()


class ChannelRunHandle:
    """A run on the pool actor reached over the channel (implements `RunHandle`)."""

    def __init__(
        self,
        client: RunChannelClient,
        run_id: str,
        queue: asyncio.Queue[ActorMessage | None],
        if_lost: RunFinished,
    ) -> None:
        """Wrap an accepted run whose messages arrive on `queue` (`None`: connection lost)."""
        self._client = client
        self._run_id = run_id
        self._queue = queue
        self._if_lost = if_lost

    async def events(self) -> AsyncIterator[RunEvent]:
        """Events in order, ending with one `RunFinished` (`if_lost` when the channel drops)."""
        done = False
        try:
            while not done:
                message = await self._queue.get()
                if message is None:
                    message = self._if_lost  # the connection dropped
                elif isinstance(message, Accepted | Refused | Ended):
                    continue  # answers to `submit`, never sent twice
                done = isinstance(message, RunFinished)
                yield message
        finally:
            self._client.forget(self._run_id)
            if not done:  # the caller stopped listening
                self._client.send_control(Cancel(self._run_id))

    async def send_input(self, text: str) -> None:
        """Typed input (dropped if the run or the connection is gone)."""
        self._client.send_control(Input(self._run_id, text))

    async def close_input(self) -> None:
        """EOF on stdin."""
        self._client.send_control(Eof(self._run_id))

    async def cancel(self) -> None:
        """Stop the run; its events end with `cancelled`."""
        self._client.send_control(Cancel(self._run_id))
