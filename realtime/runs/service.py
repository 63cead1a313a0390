"""Runs in rooms: snapshot the code, validate, dispatch, stream the events to everyone.

Permissions and per-minute budgets are checked before a handler runs (the auth package's
event guard); this service adds the product rules: one live run per room, only the runner
types input, the concurrency slot of the quotas, and the record of every run. Everyone in
the room sees the same thing: refusals (`rejections`) and the runner's typed input (echoed in
the `transcript`) are broadcast like the output, to every process.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

import msgspec
from msgspec import UNSET

from realtime.contract import ErrorCode, ErrorEvent, echo_id
from realtime.contract.relayed import (
    RelayedEvent,
    RelayedRunCancel,
    RelayedRunEof,
    RelayedRunInput,
)
from realtime.contract.replies import LastRun, RoomStateEvent, RunRejectedEvent
from realtime.contract.requests import (
    MAX_INPUT_CHARS,
    RunCancelRequest,
    RunEofRequest,
    RunInputRequest,
)
from realtime.contract.requests import RunRequest as RunStart
from realtime.contract.rest import MAX_STDIN_CHARS
from realtime.limits.base import LimitsUnavailableError
from realtime.limits.quotas import RateLimitedError
from realtime.runs.prewarm import Prewarmer
from realtime.runs.records import RunRecord, code_hash, now_ms
from realtime.runs.rejections import (
    ALREADY_RUNNING,
    BAD_STDIN,
    BUSY,
    CODE_REFUSALS,
    RATE_LIMITED,
    UNAVAILABLE,
    UNAVAILABLE_MESSAGE,
    RefusalThrottle,
    refused_code,
    rejected,
    rejection_record,
    unsupported_language,
)
from realtime.runs.store import RunStore, recorded_runs
from realtime.runs.transcript import Transcript
from realtime.stores.base import StoreUnavailableError
from sandbox.errors import DisabledError, PoolBusyError, SandboxError
from sandbox.events import Person, RunFinished, RunInputWanted, RunOutput, RunRequest, RunResult
from sandbox.interfaces import RunHandle, SandboxPool
from sandbox.languages.registry import load_registry
from sandbox.runner import FinishedRun
from sandbox.verdicts import Verdict

if TYPE_CHECKING:
    from realtime.limits.quotas import Quotas
    from realtime.rooms.access import Principal
    from realtime.rooms.connection import Connection
    from realtime.rooms.events import EventRouter
    from realtime.rooms.room import Room

log = logging.getLogger(__name__)
_NO_RESULT = RunResult(Verdict.SANDBOX_ERROR, message="the run ended without a result")

ONLY_RUNNER = "only the person running can type input"
# The client events that act on the live run.
RunControl = RunInputRequest | RunEofRequest | RunCancelRequest
# A finished run whose record could not be saved (Redis down) is saved again after each of
# these pauses, then after the last one again and again, for up to _SAVE_RETRY_FOR_S in all.
_SAVE_RETRY_PAUSES_S = (0.25, 0.5, 1.0, 2.0, 5.0)
_SAVE_RETRY_FOR_S = 30 * 60.0
# A room's run lock outlives a crashed server by at most this long.
LOCK_TTL_S = 120.0


class PoolProvider(Protocol):
    """Gives the (lazily started) sandbox pool."""

    async def __call__(self) -> SandboxPool:
        """The started pool; raises `SandboxError` when there is none."""
        ...


@dataclass
class LiveRun:
    """A run in progress in this process."""

    record: RunRecord
    handle: RunHandle
    runner_id: str
    transcript: Transcript
    task: asyncio.Task[None] | None = None
    done: asyncio.Event = field(default_factory=asyncio.Event)


@dataclass(frozen=True, slots=True)
class RemoteRun:
    """The room's live run, held by another server process (shared store)."""

    run_id: str
    runner_id: str


class RunService:
    """The run feature of the room server.

    Args:
        pool: Async callable giving the started sandbox pool (Ray actor or in-process).
        store: Run records and the live-run lock.
        quotas: The auth package's quotas (concurrent-run slots); None: no quota.
    """

    def __init__(
        self,
        pool: PoolProvider,
        store: RunStore,
        *,
        quotas: Quotas | None = None,
    ) -> None:
        self._pool = pool
        self.store = store
        self._quotas = quotas
        self._live: dict[str, LiveRun] = {}
        self._unsaved: set[asyncio.Task[None]] = set()
        self._throttle = RefusalThrottle()
        self.prewarmer = Prewarmer(pool)

    def install(self, router: EventRouter) -> None:
        """Register the `run*` handlers and the `room.state` join handler."""
        router.on(RunStart, self.on_run)
        router.on(RunInputRequest, self.on_input)
        router.on(RunEofRequest, self.on_eof)
        router.on(RunCancelRequest, self.on_cancel)
        router.on_relayed(self.on_relayed)
        router.on_refused(RunStart, self.on_run_refused)
        router.on_join(self.on_join)
        router.on_language(self.on_language)

    # -- starting ----------------------------------------------------------------------------
    async def start(
        self,
        room_id: str,
        by: dict[str, str],
        code: str,
        stdin: str,
        interactive: bool,
        *,
        language: str = "python",
    ) -> tuple[RunRecord, RunHandle] | RunRejectedEvent:
        """Lock, take a quota slot and submit; the record and handle, or a refusal.

        The policy is checked once, by the pool: a program it refuses comes back at once as a
        `FinishedRun`, told as a `run.rejected`. The lock and the slot are released by the end
        of `events_of` (or here, on refusal). A `language` that is not registered is refused
        before anything else (`unsupported_language`).
        """
        known = load_registry().ids
        if language not in known:
            return unsupported_language(language, known)
        if len(stdin) > MAX_STDIN_CHARS:
            return rejected(f"stdin is larger than {MAX_STDIN_CHARS} characters", code=BAD_STDIN)
        run_id = uuid.uuid4().hex
        if not await self.store.try_lock(room_id, run_id, LOCK_TTL_S):
            return rejected(
                "already running: wait for the current run or cancel it", code=ALREADY_RUNNING
            )
        refusal: RunRejectedEvent | None = None
        try:
            if self._quotas is not None:
                await self._quotas.begin_run(by["id"], run_id)
        except RateLimitedError as exc:
            await self.store.unlock(room_id, run_id)
            return rejected(exc.message, code=RATE_LIMITED, retry_after=exc.retry_after)
        except LimitsUnavailableError:
            # Quotas cannot be checked (their Redis is down): refuse, as every other limit does.
            with contextlib.suppress(Exception):
                await self.store.unlock(room_id, run_id)
            return rejected(UNAVAILABLE_MESSAGE, code=UNAVAILABLE)
        except BaseException:
            with contextlib.suppress(Exception):
                await self.store.unlock(room_id, run_id)
            raise
        record = RunRecord(run_id, room_id, by, code_hash(code), now_ms(), language=language)
        request = RunRequest(
            run_id=run_id, code=code, stdin=stdin, interactive=interactive, language=language
        )
        try:
            handle = await (await self._pool()).submit(request)
        except PoolBusyError as exc:
            refusal = rejected(f"busy: {exc}", code=BUSY)
        except DisabledError as exc:
            refusal = rejected(str(exc), code=UNAVAILABLE)
        except SandboxError:
            # The detail (pod names, actor addresses) is for the log; the room gets its id.
            error_id = uuid.uuid4().hex[:12]
            log.exception("run %s could not start [error id %s]", run_id, error_id)
            refusal = rejected(f"{UNAVAILABLE_MESSAGE} (error id {error_id})", code=UNAVAILABLE)
        else:
            if isinstance(handle, FinishedRun) and handle.result.verdict in CODE_REFUSALS:
                refusal = refused_code(handle.result)
        if refusal is not None:
            await self._release(record, by["id"])
            return refusal
        try:
            await self.store.save(record)
        except StoreUnavailableError:
            # Unrecorded, nobody could follow or cancel it from another process: stop it.
            with contextlib.suppress(Exception):
                await handle.cancel()
            await self._release(record, by["id"])
            raise
        return record, handle

    async def _release(self, record: RunRecord, user_id: str) -> None:
        with contextlib.suppress(Exception):
            await self.store.unlock(record.room_id, record.run_id)
        if self._quotas is not None:
            with contextlib.suppress(Exception):
                await self._quotas.end_run(user_id, record.run_id)

    async def events_of(
        self, record: RunRecord, handle: RunHandle, transcript: Transcript | None = None
    ) -> AsyncIterator[RunOutput | RunInputWanted | RunFinished]:
        """The events of a started run as the pool sent them, recorded; ends with `run.finished`.

        `transcript` keeps the output chunks in the record (a room's live run checkpoints
        it); by default one of the run's own, without checkpoints. The sandbox's own
        `run.started` is not passed on: whoever started the run has told of it already.
        """
        transcript = transcript or Transcript(record)
        finished: RunFinished | None = None
        try:
            async for event in handle.events():
                if isinstance(event, RunOutput):
                    yield transcript.add(event)
                elif isinstance(event, RunInputWanted):
                    yield event
                elif isinstance(event, RunFinished):
                    record.finish(event)
                    finished = event
                    break
        finally:
            if record.verdict is None:  # the consumer went away: stop the program
                with contextlib.suppress(Exception):
                    await handle.cancel()
            await transcript.settle()
            # Saved before the lock goes: a record without an end and without the lock reads
            # as a run whose server stopped (`recorded_runs`).
            await self._save_finished(record)
            await self._release(record, record.by["id"])
        if finished is None:  # the pool broke its contract: end the run all the same
            finished = RunFinished.of(record.run_id, _NO_RESULT)
            record.finish(finished)
        yield finished

    @property
    def unsaved_runs(self) -> int:
        """Finished runs whose record waits for the store to come back."""
        return len(self._unsaved)

    async def _save_finished(self, record: RunRecord) -> None:
        try:
            await self.store.save(record)
        except StoreUnavailableError:
            # Left as saved at its start, the run would show as running to everyone who opens
            # the room from now on (room.state, history, playback): keep trying.
            task = asyncio.create_task(self._save_when_back(record), name=f"save:{record.run_id}")
            self._unsaved.add(task)
            task.add_done_callback(self._unsaved.discard)
        except Exception:
            log.exception("saving finished run %s failed", record.run_id)

    async def _save_when_back(self, record: RunRecord) -> None:
        loop = asyncio.get_running_loop()
        give_up_at = loop.time() + _SAVE_RETRY_FOR_S
        attempt = 0
        while loop.time() < give_up_at:
            await asyncio.sleep(_SAVE_RETRY_PAUSES_S[min(attempt, len(_SAVE_RETRY_PAUSES_S) - 1)])
            attempt += 1
            try:
                await self.store.save(record)
            except StoreUnavailableError:
                continue
            except Exception:
                log.exception("saving finished run %s failed", record.run_id)
                return
            log.info("finished run %s saved after %d retries", record.run_id, attempt)
            return
        log.error("finished run %s was never saved: the store stayed unavailable", record.run_id)

    # -- room handlers -----------------------------------------------------------------------
    async def on_run(
        self, room: Room, connection: Connection, principal: Principal, event: RunStart
    ) -> None:
        """`run`: snapshot the code and the room's language now and run exactly that."""
        code = room.code_text()
        language = room.language()
        by = {"id": principal.user_id, "name": principal.name}
        outcome = await self.start(
            room.room_id, by, code, event.stdin, event.interactive, language=language
        )
        if isinstance(outcome, RunRejectedEvent):
            await self._tell_refusal(room, by, code, outcome, language)
            return
        record, handle = outcome
        live = LiveRun(record, handle, principal.user_id, Transcript(record, self.store))
        self._live[room.room_id] = live
        # Cancel and input forwarded from other processes reach the run only through this
        # room, so it must stay loaded even when every local client has left.
        room.hold()
        room.broadcast_event(record.started_event())
        live.task = asyncio.create_task(self._pump(room, live), name=f"run:{record.run_id}")

    async def _tell_refusal(
        self,
        room: Room,
        by: dict[str, str],
        code: str,
        refusal: RunRejectedEvent,
        language: str = "python",
    ) -> None:
        """Broadcast a refused Run press.

        A refusal of the code is also recorded (unless a run is live: that stays the room's
        last run), so late joiners and playback see it.
        """
        event = msgspec.structs.replace(refusal, by=Person(**by), at=now_ms())
        if refusal.code in CODE_REFUSALS:
            record = rejection_record(room.room_id, by, code_hash(code), refusal, language)
            event = msgspec.structs.replace(
                event, run_id=record.run_id, at=record.at, code_hash=record.code_hash
            )
            try:
                if await self.store.live_run(room.room_id) is None:
                    await self.store.save(record)
            except StoreUnavailableError:
                log.warning("refused run %s not recorded: store unavailable", record.run_id)
        room.broadcast_event(event)

    async def on_run_refused(
        self,
        room: Room,
        connection: Connection,
        principal: Principal,
        event: RunStart,
        refusal: ErrorEvent,
    ) -> None:
        """A `run` the event guard refused: the room hears of a rate limit (once per wait)."""
        if refusal.code != RATE_LIMITED:
            return  # a role that may not run is the sender's business alone
        wait = refusal.retry_after if isinstance(refusal.retry_after, int) else None
        wait_s = float(wait) if wait is not None else 1.0
        if not self._throttle.allow(room.room_id, principal.user_id, wait_s):
            return
        told = rejected(
            refusal.message or "rate limited",
            code=RATE_LIMITED,
            retry_after=UNSET if wait is None else wait,
        )
        by = Person(id=principal.user_id, name=principal.name)
        room.broadcast_event(msgspec.structs.replace(told, by=by, at=now_ms()))

    async def _pump(self, room: Room, live: LiveRun) -> None:
        try:
            async for event in self.events_of(live.record, live.handle, live.transcript):
                room.broadcast_event(event)
        except Exception:
            log.exception("run %s failed to stream", live.record.run_id)
        finally:
            if self._live.get(room.room_id) is live:
                del self._live[room.room_id]
            room.release()
            live.done.set()

    async def _target(self, room: Room, event: RunControl) -> LiveRun | RemoteRun | None:
        """The live run an input, eof or cancel is for: here, in another process, or none.

        Another process holds the run when the room's (shared) lock names a run whose
        record is saved and unfinished while this process has no live run in the room.
        """
        live = self._live.get(room.room_id)
        if live is not None:
            return live if event.run_id in (None, live.record.run_id) else None
        if not room.shared:
            return None
        run_id = await self.store.live_run(room.room_id)
        if run_id is None or event.run_id not in (None, run_id):
            return None
        record = await self.store.get(room.room_id, run_id)
        if record is None or record.verdict is not None:
            return None
        return RemoteRun(run_id, record.by["id"])

    async def on_input(
        self, room: Room, connection: Connection, principal: Principal, event: RunInputRequest
    ) -> None:
        """`run.input`: typed text for the live run, from its runner only."""
        target = await self._target(room, event)
        text = event.text
        if target is None:
            connection.send_event(_error(event, ErrorCode.NO_LIVE_RUN, "no such live run"))
        elif target.runner_id != principal.user_id:
            connection.send_event(_error(event, ErrorCode.FORBIDDEN, ONLY_RUNNER))
        elif len(text) > MAX_INPUT_CHARS:
            connection.send_event(
                _error(event, ErrorCode.BAD_EVENT, "input must be text, at most 4096 chars")
            )
        elif isinstance(target, LiveRun):
            # The runner echoes it in the transcript (a `run.output` of stream "stdin") before
            # any output it causes.
            await target.handle.send_input(text)
        else:
            relayed = RelayedRunInput(run_id=target.run_id, by=principal.user_id, text=text)
            await room.relay_to_servers(relayed)

    async def on_eof(
        self, room: Room, connection: Connection, principal: Principal, event: RunEofRequest
    ) -> None:
        """`run.eof`: close the live run's stdin (runner only)."""
        target = await self._target(room, event)
        if target is None:
            connection.send_event(_error(event, ErrorCode.NO_LIVE_RUN, "no such live run"))
        elif target.runner_id != principal.user_id:
            connection.send_event(_error(event, ErrorCode.FORBIDDEN, ONLY_RUNNER))
        elif isinstance(target, LiveRun):
            await target.handle.close_input()
        else:
            await room.relay_to_servers(RelayedRunEof(run_id=target.run_id, by=principal.user_id))

    async def on_cancel(
        self, room: Room, connection: Connection, principal: Principal, event: RunCancelRequest
    ) -> None:
        """`run.cancel`: anyone allowed to cancel stops the live run."""
        target = await self._target(room, event)
        if target is None:
            connection.send_event(_error(event, ErrorCode.NO_LIVE_RUN, "no such live run"))
        elif isinstance(target, LiveRun):
            await target.handle.cancel()
        else:
            cancel = RelayedRunCancel(run_id=target.run_id, by=principal.user_id)
            await room.relay_to_servers(cancel)

    async def on_relayed(self, room: Room, event: RelayedEvent) -> None:
        """An input, eof or cancel that another process accepted for a run held here.

        Addressed by run id: only the process whose live run it is acts on it. The sending
        process checked the sender's permissions and that it is the runner; the runner is
        checked again here against the live run itself.
        """
        live = self._live.get(room.room_id)
        if live is None or live.record.run_id != event.run_id:
            return  # not ours (or already over): the process holding it acts
        if isinstance(event, RelayedRunCancel):
            await live.handle.cancel()
        elif event.by != live.runner_id:
            log.warning("relayed %r for run %s not from its runner", event, live.record.run_id)
        elif isinstance(event, RelayedRunInput):
            if len(event.text) <= MAX_INPUT_CHARS:
                await live.handle.send_input(event.text)
        else:
            await live.handle.close_input()

    async def on_language(self, room: Room, language: str) -> None:
        """The room's document names a language: have the pool warm a sandbox for it."""
        self.prewarmer.request(language)

    async def on_join(self, room: Room, connection: Connection, principal: Principal) -> None:
        """Send `room.state`: the live run so far, or the last finished run, or null."""
        connection.send_event(RoomStateEvent(last_run=await self.last_run(room.room_id)))

    async def last_run(self, room_id: str) -> LastRun | None:
        """The `last_run` object of `room.state`."""
        live = self._live.get(room_id)
        if live is not None:
            return live.record.as_last_run()
        records = await recorded_runs(self.store, room_id, limit=1)
        return records[-1].as_last_run() if records else None

    async def close(self) -> None:
        """Cancel live runs and pending saves (server shutdown)."""
        for live in list(self._live.values()):
            with contextlib.suppress(Exception):
                await live.handle.cancel()
            if live.task is not None:
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(live.done.wait(), 5)
        for task in list(self._unsaved):
            task.cancel()
        await asyncio.gather(*self._unsaved, return_exceptions=True)
        await self.prewarmer.close()


def _error(event: RunControl, code: ErrorCode, message: str) -> ErrorEvent:
    return ErrorEvent(code=code, message=message, id=echo_id(event))
