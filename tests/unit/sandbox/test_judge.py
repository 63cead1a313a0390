"""Verdicts come from outside observations only."""

from __future__ import annotations

import pytest

from sandbox import agent
from sandbox.judge import EXIT_MEMORY_ERROR, KillReason, judge
from sandbox.limits import Measurement
from sandbox.verdicts import Verdict

LIMITS = {"cpu_time_s": 10, "memory_bytes": 256 << 20, "wall_timeout_s": 30.0}


def verdict(
    killed: KillReason | None = None,
    accepted: bool = True,
    rc: int | None = 0,
    m: Measurement | None = None,
) -> Verdict:
    return judge(
        killed=killed, accepted=accepted, returncode=rc, measurement=m or Measurement(), **LIMITS
    ).verdict


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({}, Verdict.OK),
        ({"rc": 1}, Verdict.RUNTIME_ERROR),
        ({"rc": 128 + 11}, Verdict.RUNTIME_ERROR),
        ({"rc": 128 + 24}, Verdict.CPU_LIMIT),
        ({"rc": EXIT_MEMORY_ERROR}, Verdict.MEMORY_LIMIT),
        ({"rc": 137, "m": Measurement(oom_killed=True)}, Verdict.MEMORY_LIMIT),
        ({"rc": 2, "m": Measurement(memory_limit_hit=True)}, Verdict.MEMORY_LIMIT),
        ({"rc": 137}, Verdict.SANDBOX_ERROR),
        ({"killed": "timeout", "rc": -9}, Verdict.TIMEOUT),
        ({"killed": "cancelled", "rc": -9}, Verdict.CANCELLED),
        ({"killed": "output_limit", "rc": -9}, Verdict.OUTPUT_LIMIT),
        ({"killed": "cpu_limit", "rc": -9}, Verdict.CPU_LIMIT),
        ({"accepted": False, "rc": 0}, Verdict.SANDBOX_ERROR),
        ({"accepted": False, "rc": 1}, Verdict.SANDBOX_ERROR),
    ],
)
def test_verdicts(kwargs: dict[str, object], expected: Verdict) -> None:
    assert verdict(**kwargs) == expected  # type: ignore[arg-type]


def test_signal_is_named_and_plain_int() -> None:
    j = judge(killed=None, accepted=True, returncode=139, measurement=Measurement(), **LIMITS)
    assert (j.signal, j.exit_code, j.message) == (11, None, "killed by SIGSEGV")
    assert (
        type(
            judge(
                killed="timeout", accepted=True, returncode=-9, measurement=Measurement(), **LIMITS
            ).signal
        )
        is int
    )


def test_agent_and_host_agree_on_the_memory_exit_code() -> None:
    assert agent.EXIT_MEMORY_ERROR == EXIT_MEMORY_ERROR
