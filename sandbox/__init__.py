"""The sandbox layer: policy, gVisor runner, warm pool. Imports no service framework."""

from sandbox.errors import PolicyError, PoolBusyError, SandboxError, SandboxUnavailableError
from sandbox.events import (
    Diagnostic,
    Person,
    RunEvent,
    RunFinished,
    RunInputWanted,
    RunOutput,
    RunRequest,
    RunResult,
    RunStarted,
    decode_event,
    encode,
)
from sandbox.interfaces import PoolStats, RunHandle, SandboxPool
from sandbox.policy import validate
from sandbox.pool import WarmPool
from sandbox.selftest import run_self_test
from sandbox.settings import SandboxSettings
from sandbox.verdicts import Verdict

__all__ = [
    "Diagnostic",
    "Person",
    "PolicyError",
    "PoolBusyError",
    "PoolStats",
    "RunEvent",
    "RunFinished",
    "RunHandle",
    "RunInputWanted",
    "RunOutput",
    "RunRequest",
    "RunResult",
    "RunStarted",
    "SandboxError",
    "SandboxPool",
    "SandboxSettings",
    "SandboxUnavailableError",
    "Verdict",
    "WarmPool",
    "decode_event",
    "encode",
    "run_self_test",
    "validate",
]
