"""How a run ended, as judged from outside the sandbox."""

from __future__ import annotations

from enum import StrEnum


class Verdict(StrEnum):
    """The verdict of one run. Values travel as-is in JSON events."""

    OK = "ok"
    RUNTIME_ERROR = "runtime_error"
    TIMEOUT = "timeout"
    CPU_LIMIT = "cpu_limit"
    MEMORY_LIMIT = "memory_limit"
    OUTPUT_LIMIT = "output_limit"
    POLICY_VIOLATION = "policy_violation"
    SANDBOX_ERROR = "sandbox_error"
    CANCELLED = "cancelled"
