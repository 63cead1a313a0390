"""Drives one run in one warm sandbox and exposes it as a `RunHandle`.

The host writes the job and stdin to the agent's fd 0, reads frames from fd 1 and raw bytes
from fd 2, enforces the wall clock and the output cap by killing the whole sandbox from outside,
and builds the result from measurements taken outside. The sandbox is destroyed afterwards.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import struct
import time
from collections.abc import AsyncIterator, Awaitable, Callable

from sandbox.backends.base import Sandbox, StdinPipe
from sandbox.events import (
    Diagnostic,
    RunEvent,
    RunFinished,
    RunInputWanted,
    RunOutput,
    RunRequest,
    RunResult,
    RunStarted,
    Stream,
)
from sandbox.judge import KillReason, judge
from sandbox.limits import Measurement
from sandbox.output import (
    TAG_ACCEPTED,
    TAG_INPUT,
    TAG_STDERR,
    TAG_STDOUT,
    FrameParser,
    OutputCollector,
)
from sandbox.settings import SandboxSettings
from sandbox.verdicts import Verdict

_READ_SIZE = 65536


def encode_job(code: str, stdin: bytes = b"") -> bytes:
    """The job the agent reads from fd 0: two lengths, the job, then the run's first stdin.

    The first stdin travels inside the job so the agent hands it to the program before the
    program starts: a read of it then never looks like a wait for input (no early prompt).
    """
    body = json.dumps({"code": code}).encode()
    return struct.pack(">II", len(body), len(stdin)) + body + stdin


class FinishedRun:
    """A run that ended before reaching a sandbox: refused, or no pool could take it.

    Args:
        run_id: The run's id.
        result: Why it ended.
        accepted: False when no pool took the run (its actor was gone): a caller with other
            pools may offer it to another one without running it twice. A refusal of the
            program is accepted: every pool would refuse it.
    """

    def __init__(self, run_id: str, result: RunResult, *, accepted: bool = True) -> None:
        # Known at once: a caller may tell of a refusal without waiting for the events.
        self.result = RunFinished.of(run_id, result)
        self.accepted = accepted

    async def events(self) -> AsyncIterator[RunEvent]:
        """The single `RunFinished` event."""
        yield self.result

    async def send_input(self, text: str) -> None:
        """Ignored: the run is over."""

    async def close_input(self) -> None:
        """Ignored: the run is over."""

    async def cancel(self) -> None:
        """Ignored: the run is over."""


class SandboxRun:
    """A live run (implements `sandbox.interfaces.RunHandle`).

    Args:
        request: What to run.
        settings: Limits (wall clock, output cap, coalescing window, stdin cap).
        wall_timeout_s: Overrides the settings' wall clock for this run (tests, API tiers).
    """

    # Raw stderr kept before the job is accepted (the runtime's, then shown in the message).
    _EARLY_STDERR_LIMIT = 4096

    def __init__(
        self,
        request: RunRequest,
        settings: SandboxSettings,
        *,
        wall_timeout_s: float | None = None,
    ) -> None:
        self.request = request
        self.settings = settings
        self.wall_timeout_s = min(wall_timeout_s or settings.wall_timeout_s, 120.0)
        self.result: RunResult | None = None
        self._on_done: Callable[[RunResult], Awaitable[None]] | None = None
        self._queue: asyncio.Queue[RunEvent] = asyncio.Queue()
        self._input: asyncio.Queue[bytes | None] = asyncio.Queue()
        self._input_open = True
        self._stdin_bytes = 0
        self._seq = 0
        self._killed: KillReason | None = None
        self.sandbox: Sandbox | None = None  # the one this run was given (None while queued)
        self._task: asyncio.Task[None] | None = None
        self._last_emit = 0.0
        self._flush_handle: asyncio.TimerHandle | None = None
        self._collector = OutputCollector(settings.output_limit_bytes, self._emit_output)
        self._accepted = asyncio.Event()
        self.job_sent = asyncio.Event()
        self.first_output = asyncio.Event()  # also set when the run ends without output
        self._early_stderr = bytearray()
        self._timer: asyncio.TimerHandle | None = None

    # RunHandle -------------------------------------------------------------------------------

    async def events(self) -> AsyncIterator[RunEvent]:
        """Events in order, ending with exactly one `RunFinished`."""
        while True:
            event = await self._queue.get()
            yield event
            if isinstance(event, RunFinished):
                return

    async def send_input(self, text: str) -> None:
        """Append text to stdin (interactive runs; beyond the stdin cap it is dropped).

        The text is first echoed in the transcript (`RunOutput` of stream "stdin", numbered
        with the output), so it comes before any output it causes.
        """
        if self._input_open and self.result is None:
            self._flush()
            self._queue.put_nowait(RunOutput(self.request.run_id, "stdin", text, self._seq))
            self._seq += 1
            self._queue_input(text.encode("utf-8", "replace"))

    async def close_input(self) -> None:
        """Send EOF on stdin."""
        if self._input_open:
            self._input_open = False
            self._input.put_nowait(None)

    async def cancel(self) -> None:
        """Kill the sandbox; the run finishes with verdict `cancelled`."""
        if self.sandbox is None and self._task is None:
            self._finish_without_sandbox(Verdict.CANCELLED, "cancelled before it started")
            return
        self._kill("cancelled")

    # Driving ---------------------------------------------------------------------------------

    def start(
        self,
        sandbox: Sandbox,
        *,
        on_done: Callable[[RunResult], Awaitable[None]] | None = None,
    ) -> None:
        """Hand the run to a warm sandbox; the run proceeds in a background task.

        `on_done` is awaited after the sandbox has been destroyed (the pool replaces it).
        """
        self._on_done = on_done
        self.sandbox = sandbox
        if self.result is not None:
            self.job_sent.set()  # finished (cancelled) before it got here: the sandbox is unused
        work = self._drive(sandbox) if self.result is None else self._discard(sandbox)
        self._task = asyncio.get_running_loop().create_task(work)

    async def _discard(self, sandbox: Sandbox) -> None:
        await sandbox.destroy()
        if self._on_done is not None and self.result is not None:
            await self._on_done(self.result)

    def _finish_without_sandbox(self, verdict: Verdict, message: str) -> None:
        if self.result is None:
            self.result = RunResult(verdict=verdict, message=message)
            self._queue.put_nowait(RunFinished.of(self.request.run_id, self.result))

    def fail(self, message: str) -> None:
        """End a queued run that never got a sandbox."""
        self._finish_without_sandbox(Verdict.SANDBOX_ERROR, message)

    def _queue_input(self, data: bytes) -> None:
        room = self.settings.stdin_limit_bytes - self._stdin_bytes
        data = data[: max(room, 0)]
        if data:
            self._stdin_bytes += len(data)
            self._input.put_nowait(data)

    # Hooks a run of another kind of sandbox overrides (sandbox.languages.run.LanguageRun).

    def _job(self, first_stdin: bytes) -> bytes:
        """What is written to the sandbox's fd 0 first: the job and the first stdin."""
        return encode_job(self.request.code, first_stdin)

    async def _after_job(self, pipe: StdinPipe) -> None:
        """Anything to write between the job and the rest of stdin (nothing for Python)."""

    def _start_limits(self, sandbox: Sandbox) -> None:
        """Apply the run's limits to the warm sandbox and zero its counters."""
        sandbox.begin_run()

    @property
    def _cpu_budget_ms(self) -> float:
        """CPU time the sandbox may use before it is killed with `cpu_limit`."""
        return self.settings.cpu_time_s * 1000

    def _arm_wall_clock(self, seconds: float) -> None:
        """(Re)start the wall clock: the sandbox is killed with `timeout` after `seconds`."""
        if self._timer is not None:
            self._timer.cancel()
        self._timer = asyncio.get_running_loop().call_later(seconds, self._kill, "timeout")

    def _kill(self, reason: KillReason) -> None:
        # The first reason decides the verdict; the kill itself is never skipped.
        if self._killed is None and self.result is None:
            self._killed = reason
        if self.sandbox is not None:
            self.sandbox.kill()

    def _emit_output(self, stream: Stream, text: str) -> None:
        self.first_output.set()
        self._queue.put_nowait(
            RunOutput(run_id=self.request.run_id, stream=stream, data=text, seq=self._seq)
        )
        self._seq += 1

    def _output(self, stream: Stream, data: bytes) -> None:
        if not self._collector.add(stream, data):
            self._kill("output_limit")
            return
        # Leading edge goes out at once (first byte fast); later bytes wait for the window.
        now = time.perf_counter()
        window = self.settings.coalesce_ms / 1000
        if now - self._last_emit >= window and self._flush_handle is None:
            self._flush()
        elif self._flush_handle is None:
            delay = max(window - (now - self._last_emit), 0)
            self._flush_handle = asyncio.get_running_loop().call_later(delay, self._flush)

    def _flush(self) -> None:
        self._flush_handle = None
        if self._collector.has_pending:
            self._last_emit = time.perf_counter()
            self._collector.flush()

    async def _write_stdin(self, sandbox: Sandbox) -> None:
        assert sandbox.process is not None and sandbox.process.stdin is not None
        pipe = sandbox.process.stdin
        with contextlib.suppress(ConnectionError, OSError):
            first, closed = bytearray(), False
            while not self._input.empty() and not closed:
                data = self._input.get_nowait()
                closed = data is None
                first += data or b""
            try:
                pipe.write(self._job(bytes(first)))
                await pipe.drain()
            finally:
                self.job_sent.set()  # delivered, or never will be: the pool may refill now
            await self._after_job(pipe)
            while not closed and (data := await self._input.get()) is not None:
                pipe.write(data)
                await pipe.drain()
        with contextlib.suppress(ConnectionError, OSError):
            pipe.close()

    async def _watch_cpu(self, sandbox: Sandbox) -> None:
        # CPU time is enforced from outside too: gVisor's RLIMIT_CPU handling is only a backstop.
        while True:
            await asyncio.sleep(0.1)
            cpu_ms = sandbox.measure().cpu_ms
            if cpu_ms is not None and cpu_ms >= self._cpu_budget_ms:
                self._kill("cpu_limit")
                return

    async def _read_frames(self, sandbox: Sandbox) -> None:
        assert sandbox.process is not None and sandbox.process.stdout is not None
        parser = FrameParser()
        while chunk := await sandbox.process.stdout.read(_READ_SIZE):
            for tag, payload in parser.feed(chunk):
                if tag == TAG_ACCEPTED:
                    self._accepted.set()
                elif not self._accepted.is_set():
                    continue  # Nothing counts before the agent has accepted the job.
                elif tag == TAG_STDOUT:
                    self._output("stdout", payload)
                elif tag == TAG_STDERR:
                    self._output("stderr", payload)
                elif tag == TAG_INPUT and self.request.interactive and self._input_open:
                    self._flush()
                    self._queue.put_nowait(RunInputWanted(run_id=self.request.run_id))
        if self._accepted.is_set():
            self._output("stdout", parser.leftover())

    async def _read_raw_stderr(self, sandbox: Sandbox) -> None:
        assert sandbox.process is not None and sandbox.process.stderr is not None
        while chunk := await sandbox.process.stderr.read(_READ_SIZE):
            if self._accepted.is_set():
                self._output("stderr", chunk)
            elif len(self._early_stderr) < self._EARLY_STDERR_LIMIT:
                # Before the job was accepted: the runtime's own complaint, for the message.
                self._early_stderr += chunk

    async def _drive(self, sandbox: Sandbox) -> None:
        self._queue.put_nowait(
            RunStarted(run_id=self.request.run_id, language=self.request.language)
        )
        try:
            result = await self._execute(sandbox)
        except Exception as exc:  # the host side failed: report it, never hang the caller
            await sandbox.destroy()
            result = RunResult(verdict=Verdict.SANDBOX_ERROR, message=f"host error: {exc!r}")
        self.result = result
        self.first_output.set()
        self._queue.put_nowait(RunFinished.of(self.request.run_id, result))
        if self._on_done is not None:
            await self._on_done(result)

    async def _execute(self, sandbox: Sandbox) -> RunResult:
        assert sandbox.process is not None
        loop = asyncio.get_running_loop()
        self._start_limits(sandbox)
        began = time.perf_counter()
        if self.request.stdin:
            self._queue_input(self.request.stdin.encode("utf-8", "replace"))
        if not self.request.interactive:
            await self.close_input()
        self._arm_wall_clock(self.wall_timeout_s)
        tasks = [
            loop.create_task(self._watch_cpu(sandbox)),
            loop.create_task(self._write_stdin(sandbox)),
            loop.create_task(self._read_raw_stderr(sandbox)),
            loop.create_task(self._read_frames(sandbox)),
        ]
        try:
            returncode = await sandbox.process.wait()
            wall_ms = (time.perf_counter() - began) * 1000
            # The pipes close with the sandbox; a straggler holding them is not waited for.
            await asyncio.wait(tasks[2:], timeout=2)
        finally:
            if self._timer is not None:
                self._timer.cancel()
            for task in tasks:
                task.cancel()
        if self._flush_handle is not None:
            self._flush_handle.cancel()
            self._flush_handle = None
        self._collector.flush(final=True)
        await sandbox.settle_measurements()
        measurement = sandbox.measure()
        await sandbox.destroy()
        if returncode < 0 and self._killed is None:
            returncode = 128 - returncode
        return self._result(returncode, measurement, wall_ms)

    def _result(self, returncode: int, measurement: Measurement, wall_ms: float) -> RunResult:
        """The run's result from what was observed outside (the sandbox is gone)."""
        judgement = judge(
            killed=self._killed,
            accepted=self._accepted.is_set(),
            returncode=returncode,
            measurement=measurement,
            cpu_time_s=self.settings.cpu_time_s,
            memory_bytes=self.settings.memory_bytes,
            wall_timeout_s=self.wall_timeout_s,
        )
        message = judgement.message
        if not self._accepted.is_set() and self._early_stderr:
            message = f"{message}: {self._early_stderr.decode('utf-8', 'replace')[-500:]}"
        return self._measured_result(
            judgement.verdict,
            message,
            measurement,
            exit_code=judgement.exit_code,
            signal=judgement.signal,
            wall_ms=wall_ms,
        )

    def _measured_result(
        self,
        verdict: Verdict,
        message: str,
        measurement: Measurement,
        *,
        exit_code: int | None,
        signal: int | None,
        wall_ms: float = 0.0,
        diagnostics: tuple[Diagnostic, ...] = (),
        compile_ms: float | None = None,
    ) -> RunResult:
        """The run's result: the verdict, what the host measured and the output's size."""
        return RunResult(
            verdict=verdict,
            exit_code=exit_code,
            signal=signal,
            wall_ms=round(wall_ms, 3),
            cpu_ms=None if measurement.cpu_ms is None else round(measurement.cpu_ms, 3),
            peak_memory_bytes=measurement.peak_memory_bytes,
            output_bytes=self._collector.total,
            output_truncated=self._collector.truncated,
            message=message,
            diagnostics=diagnostics,
            compile_ms=compile_ms,
        )
