"""Turns what the host observed about a run into a verdict.

Inputs are all measured outside the sandbox: why the host killed it (if it did), whether the
agent accepted the job, the exit status of the sandbox process (128 + n for signal n, as runsc
and shells report it) and the cgroup counters. Output never takes part.
"""

from __future__ import annotations

import signal
from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

from sandbox.limits import Measurement
from sandbox.verdicts import Verdict

KillReason = Literal["timeout", "cancelled", "output_limit", "cpu_limit"]
# The agent exits with this code when the program dies of an uncaught MemoryError (the
# address-space limit refused an allocation). A program can only make its own verdict worse.
EXIT_MEMORY_ERROR = 122


@dataclass(frozen=True, slots=True)
class Judgement:
    """A verdict with the exit code or signal it was based on."""

    verdict: Verdict
    exit_code: int | None
    signal: int | None
    message: str


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def judge(
    *,
    killed: KillReason | None,
    accepted: bool,
    returncode: int | None,
    measurement: Measurement,
    cpu_time_s: float,
    memory_bytes: int,
    wall_timeout_s: float,
    memory_exits: Collection[int] = (EXIT_MEMORY_ERROR,),
) -> Judgement:
    """Decide the verdict of one run from outside observations.

    `memory_exits` are the exit statuses by which the program's runtime says an allocation
    failed (the Python agent's 122; a JVM's or V8's own, from the language registry).
    """
    kill = int(signal.SIGKILL)
    if killed == "cancelled":
        return Judgement(Verdict.CANCELLED, None, kill, "cancelled")
    if killed == "output_limit":
        return Judgement(Verdict.OUTPUT_LIMIT, None, kill, "output limit reached")
    if measurement.oom_killed:
        return Judgement(Verdict.MEMORY_LIMIT, None, kill, "memory limit reached")
    if killed == "cpu_limit":
        return Judgement(Verdict.CPU_LIMIT, None, kill, f"CPU time limit of {cpu_time_s:g} s")
    if killed == "timeout":
        message = f"wall-clock limit of {wall_timeout_s:g} s reached"
        return Judgement(Verdict.TIMEOUT, None, kill, message)
    if not accepted or returncode is None or returncode < 0:
        return Judgement(Verdict.SANDBOX_ERROR, returncode, None, "the sandbox failed to run")
    if returncode == 0:
        return Judgement(Verdict.OK, 0, None, "")
    if returncode in memory_exits or measurement.memory_limit_hit:
        # An allocation failed inside (MemoryError), or the sandbox ran into the memory
        # cgroup's limit and something in it gave up.
        return Judgement(Verdict.MEMORY_LIMIT, returncode, None, "memory limit reached")
    if returncode > 128:
        number = returncode - 128
        name = _signal_name(number)
        cpu_ms, peak = measurement.cpu_ms, measurement.peak_memory_bytes
        if number == signal.SIGXCPU or (
            number == signal.SIGKILL and cpu_ms is not None and cpu_ms >= cpu_time_s * 1000 * 0.9
        ):
            return Judgement(Verdict.CPU_LIMIT, None, number, f"CPU time limit ({name})")
        if number == signal.SIGKILL and peak is not None and peak >= memory_bytes * 0.9:
            return Judgement(Verdict.MEMORY_LIMIT, None, number, "memory limit reached")
        if number == signal.SIGKILL:
            # Nothing outside sent it: the program killed its own agent.
            return Judgement(Verdict.SANDBOX_ERROR, None, number, "the agent was killed (SIGKILL)")
        return Judgement(Verdict.RUNTIME_ERROR, None, number, f"killed by {name}")
    return Judgement(Verdict.RUNTIME_ERROR, returncode, None, f"exit code {returncode}")
