"""A run of a compiled (registry) language in its warm sandbox, as the pool drives it.

`LanguageRun` is the runner's `SandboxRun` (the same `RunHandle`, events, output cap,
coalescing, typed-input echo, cancel and verdicts) with the compile step's protocol in place
of the Python agent's:

* the job is the compile step's (`runsc.encode_job`); the first stdin follows it at once
  for a language without a compile step, else after the go-ahead (below);
* the sandbox starts in its compile phase (the entry's compile limits: CPU quota, memory,
  CPU time, a wall clock of the compile's own plus a grace, the step kills the compiler at
  its own limit first); the `C` report switches the cgroup to the run phase's limits,
  restarts the counters and the wall clock, and sets the CPU-time budget to the run's; only
  then does the host send the go-ahead byte and the stdin, and the step exec the program;
* the compiler's output comes first in the transcript (stderr); a failed compile ends the
  run with verdict `compile_error` and its markers as diagnostics of kind `compile`;
* after `C` the program's fd 1 and fd 2 are the sandbox's own, raw: no frames, so no
  `run.input_wanted` (an exec'd program's read of stdin cannot be seen from outside).

`compile_and_run` is one job in one sandbox with everything the host observed (benchmarks,
tests); it drives the same `LanguageRun`.
"""

from __future__ import annotations

import asyncio
import json
import signal
import struct
import time
import uuid
from dataclasses import dataclass

from sandbox.backends.base import Sandbox, StdinPipe
from sandbox.events import Diagnostic, RunEvent, RunOutput, RunRequest, RunResult
from sandbox.judge import judge
from sandbox.languages.compile_step import GO
from sandbox.languages.diagnostics import CompileDiagnostic, parse_diagnostics
from sandbox.languages.registry import Language, PhaseLimits
from sandbox.languages.runsc import CompileResult, LanguageSandbox, encode_job, run_limits
from sandbox.limits import Measurement
from sandbox.runner import SandboxRun
from sandbox.settings import SandboxSettings
from sandbox.verdicts import Verdict

_HEADER = struct.Struct(">cI")
_READ_SIZE = 65536
# The host's wall clock of a compile is a backstop: the step kills its compiler at the
# entry's own limit and reports; this much later the host kills the whole sandbox.
COMPILE_GRACE_S = 5.0


def compile_diagnostics(markers: list[CompileDiagnostic]) -> tuple[Diagnostic, ...]:
    """Compiler markers as the run contract's diagnostics (0-based column, kind `compile`)."""
    return tuple(
        Diagnostic(
            line=marker.line,
            column=max(marker.column - 1, 0),
            message=marker.message,
            code=marker.severity,
            kind="compile",
        )
        for marker in markers
    )


class LanguageRun(SandboxRun):
    """A live run of a compiled language (implements `sandbox.interfaces.RunHandle`).

    Args:
        request: What to run (`request.language` names `language`).
        language: The registry entry.
        settings: The pool's settings: output cap, coalescing, stdin cap, and the ceilings of
            the run's wall clock and CPU time (`runsc.run_limits`).
        wall_timeout_s: This run's wall clock (default: the settings'); the entry's is a
            ceiling too.
    """

    # Before the report: the step's own complaint, or the program's first bytes read here
    # before the report was (two pipes, two readers).
    _EARLY_STDERR_LIMIT = 64 * 1024

    def __init__(
        self,
        request: RunRequest,
        language: Language,
        settings: SandboxSettings,
        *,
        wall_timeout_s: float | None = None,
    ) -> None:
        super().__init__(request, settings, wall_timeout_s=wall_timeout_s)
        self.language = language
        self.run_limits: PhaseLimits = run_limits(language, settings)
        self.wall_timeout_s = min(self.wall_timeout_s, self.run_limits.wall_s)
        self.compile: CompileResult | None = None
        self.compile_ms: float | None = None
        self.compile_measurement = Measurement()
        self.run_memory_applied = False
        self._phase: PhaseLimits = language.limits.compile or self.run_limits
        self._job_at = 0.0
        self._run_began: float | None = None
        self._held_stdin = b""
        self._go = asyncio.Event()  # set once the run phase's limits are applied

    # Hooks of SandboxRun ---------------------------------------------------------------------

    def _job(self, first_stdin: bytes) -> bytes:
        self._job_at = time.perf_counter()
        if not self.language.compiled:
            self._begin_program()
            return encode_job(self.language, self.request.code, self.run_limits) + first_stdin
        # A compiled program's stdin waits for the go-ahead after the compile (`_after_job`).
        self._held_stdin = first_stdin
        return encode_job(self.language, self.request.code, self.run_limits)

    async def _after_job(self, pipe: StdinPipe) -> None:
        if self.language.compiled:
            # Only once the run phase's limits are in place may the program start; a failed
            # compile never gets here (the write task ends with the sandbox).
            await self._go.wait()
            pipe.write(GO + self._held_stdin)
            await pipe.drain()

    def _start_limits(self, sandbox: Sandbox) -> None:
        if not isinstance(sandbox, LanguageSandbox) or sandbox.language.id != self.language.id:
            raise TypeError(f"a {self.language.id} run needs a sandbox of its own language")
        self.run_memory_applied = sandbox.begin_phase(self._phase)

    @property
    def _cpu_budget_ms(self) -> float:
        return self._phase.cpu_time_s * 1000

    def _arm_wall_clock(self, seconds: float) -> None:
        limits = self.language.limits.compile
        if limits is not None and self._run_began is None:  # still compiling
            seconds = limits.wall_s + COMPILE_GRACE_S
        super()._arm_wall_clock(seconds)

    async def _read_frames(self, sandbox: Sandbox) -> None:
        """The compile report (one frame), then the program's raw stdout."""
        assert sandbox.process is not None and sandbox.process.stdout is not None
        stdout = sandbox.process.stdout
        if self.language.compiled:
            try:
                tag, length = _HEADER.unpack(await stdout.readexactly(_HEADER.size))
                payload = await stdout.readexactly(length)
            except asyncio.IncompleteReadError:
                return  # the step died before its report: a sandbox error (stderr says why)
            if tag != b"C":
                return  # not the step's report: nothing of the program may count
            self._compiled(sandbox, json.loads(payload))
            if self.compile is None or not self.compile.ok:
                return
        while chunk := await stdout.read(_READ_SIZE):
            self._output("stdout", chunk)

    def _result(self, returncode: int, measurement: Measurement, wall_ms: float) -> RunResult:
        if self._run_began is None:
            return self._compile_phase_result(measurement)
        # `wall_ms` runs from the job's hand-over to the exit; the compile came first.
        run_wall_ms = max(wall_ms - (self._run_began - self._job_at) * 1000, 0.0)
        memory_bytes = (
            self.run_limits.memory_bytes
            if self.run_memory_applied
            else self.language.sandbox_memory_bytes
        )
        judgement = judge(
            killed=self._killed,
            accepted=True,
            returncode=returncode,
            measurement=measurement,
            cpu_time_s=self.run_limits.cpu_time_s,
            memory_bytes=memory_bytes,
            wall_timeout_s=self.wall_timeout_s,
            memory_exits=self.language.memory_error_exits,
        )
        verdict, message = judgement.verdict, judgement.message
        if verdict is Verdict.SANDBOX_ERROR and judgement.signal == signal.SIGKILL:
            # No agent here: a SIGKILL the host did not send is the program's own doing.
            verdict, message = Verdict.RUNTIME_ERROR, "killed by SIGKILL"
        return self._measured_result(
            verdict,
            message,
            measurement,
            exit_code=judgement.exit_code,
            signal=judgement.signal,
            wall_ms=run_wall_ms,
            compile_ms=self.compile_ms,
        )

    # The compile phase -----------------------------------------------------------------------

    def _compiled(self, sandbox: Sandbox, report: dict[str, object]) -> None:
        """The step's report: keep it, show the compiler's output, switch to the run phase."""
        self.compile_ms = round((time.perf_counter() - self._job_at) * 1000, 3)
        self.compile_measurement = sandbox.measure()
        output = str(report["output"])
        self.compile = CompileResult(
            exit=int(str(report["exit"])),
            elapsed_ms=float(str(report["elapsed_ms"])),
            output=output,
            truncated=bool(report["truncated"]),
            diagnostics=parse_diagnostics(self.language, output),
        )
        if output:
            self._output("stderr", output.encode())
            self._flush()
        if not self.compile.ok:
            return
        assert isinstance(sandbox, LanguageSandbox)
        self._phase = self.run_limits
        self.run_memory_applied = sandbox.begin_phase(self.run_limits)
        self._go.set()
        self._begin_program()

    def _begin_program(self) -> None:
        """The program runs from now: its own wall clock, and stderr read early is its own."""
        self._run_began = time.perf_counter()
        self._accepted.set()
        if self.result is None and self._killed is None:
            self._arm_wall_clock(self.wall_timeout_s)
        if self._early_stderr:
            early, self._early_stderr = bytes(self._early_stderr), bytearray()
            self._output("stderr", early)

    def _compile_phase_result(self, measurement: Measurement) -> RunResult:
        """The result of a run that ended before its program started."""
        compiled = self.compile
        limits = self.language.limits.compile
        exit_code: int | None = None
        signal_number: int | None = int(signal.SIGKILL)
        diagnostics: tuple[Diagnostic, ...] = ()
        if self._killed == "cancelled":
            verdict, message = Verdict.CANCELLED, "cancelled"
        elif compiled is None and limits is not None and self._killed in ("timeout", "cpu_limit"):
            what = "wall-clock" if self._killed == "timeout" else "CPU-time"
            seconds = limits.wall_s if self._killed == "timeout" else limits.cpu_time_s
            verdict = Verdict.COMPILE_ERROR
            message = f"the compiler did not finish within its {what} limit of {seconds:g} s"
        elif compiled is None:
            tail = self._early_stderr.decode("utf-8", "replace")[-500:]
            verdict, signal_number = Verdict.SANDBOX_ERROR, None
            message = "the compile step ended without its report" + (f": {tail}" if tail else "")
        else:
            verdict = Verdict.COMPILE_ERROR
            exit_code = compiled.exit if compiled.exit >= 0 else None
            signal_number = -compiled.exit if compiled.exit < 0 else None
            message = self._compile_failure(compiled, self.compile_measurement)
            diagnostics = compile_diagnostics(compiled.diagnostics)
        return self._measured_result(
            verdict,
            message,
            measurement,
            exit_code=exit_code,
            signal=signal_number,
            diagnostics=diagnostics,
            compile_ms=self.compile_ms,
        )

    def _compile_failure(self, compiled: CompileResult, measurement: Measurement) -> str:
        """One line saying why the program did not compile."""
        limits = self.language.limits.compile
        errors = [d for d in compiled.diagnostics if d.severity == "error"] or compiled.diagnostics
        if errors:
            first = errors[0]
            more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
            where = f"line {first.line}, column {first.column}"
            return f"compile error at {where}: {first.message}{more}"
        if compiled.exit < 0 and limits is not None:
            if measurement.oom_killed or measurement.memory_limit_hit:
                return f"the compiler ran out of memory (limit {limits.memory_mb} MiB)"
            name = signal.Signals(-compiled.exit).name if -compiled.exit < 65 else "a signal"
            return (
                f"the compiler was killed by {name} (limits: {limits.wall_s:g} s wall, "
                f"{limits.cpu_time_s:g} s CPU, {limits.memory_mb} MiB)"
            )
        return f"compilation failed (exit code {compiled.exit}); the compiler's output is above"


@dataclass
class LanguageRunOutcome:
    """One job in a language sandbox, observed from the host (`compile_and_run`)."""

    compile: CompileResult | None
    result: RunResult
    stdout: str
    stderr: str
    exit_code: int | None
    timed_out: bool
    compile_ms: float
    run_ms: float
    compile_measurement: Measurement
    run_measurement: Measurement
    run_memory_applied: bool


async def compile_and_run(
    sandbox: LanguageSandbox, source: str, stdin: bytes = b""
) -> LanguageRunOutcome:
    """Hand one job to a warm language sandbox and collect everything it did.

    The same `LanguageRun` the pool drives, with its events gathered: the compiler's output
    is not part of `stderr` here (it is `compile.output`). The sandbox is destroyed at the end.

    Args:
        sandbox: A started (warm) sandbox.
        source: The program.
        stdin: The program's whole standard input (closed after it).
    """
    request = RunRequest(
        run_id=uuid.uuid4().hex,
        code=source,
        stdin=stdin.decode("utf-8", "replace"),
        language=sandbox.language.id,
    )
    run = LanguageRun(request, sandbox.language, sandbox.settings)
    run.start(sandbox)
    events: list[RunEvent] = [event async for event in run.events()]
    result = run.result
    assert result is not None
    chunks = [e for e in events if isinstance(e, RunOutput)]
    compile_output = run.compile.output if run.compile is not None else ""
    stderr = "".join(c.data for c in chunks if c.stream == "stderr")
    return LanguageRunOutcome(
        compile=run.compile,
        result=result,
        stdout="".join(c.data for c in chunks if c.stream == "stdout"),
        stderr=stderr.removeprefix(compile_output),
        exit_code=result.exit_code,
        timed_out=result.verdict is Verdict.TIMEOUT,
        compile_ms=run.compile_ms or 0.0,
        run_ms=result.wall_ms if run.compile is None or run.compile.ok else 0.0,
        compile_measurement=run.compile_measurement,
        run_measurement=Measurement(
            cpu_ms=result.cpu_ms, peak_memory_bytes=result.peak_memory_bytes
        ),
        run_memory_applied=run.run_memory_applied,
    )
