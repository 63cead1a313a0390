"""How a run ended, as judged from outside the sandbox."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class Verdict(StrEnum):
    """The verdict of one run. Values travel as-is in JSON events."""

    OK = "ok"
    RUNTIME_ERROR = "runtime_error"
    TIMEOUT = "timeout"
    CPU_LIMIT = "cpu_limit"
    MEMORY_LIMIT = "memory_limit"
    OUTPUT_LIMIT = "output_limit"
    # Refused before it ran: it does not parse (SYNTAX_ERROR) or the policy refuses it.
    SYNTAX_ERROR = "syntax_error"
    # A compiled language's compiler refused the program (its markers are the diagnostics).
    COMPILE_ERROR = "compile_error"
    POLICY_VIOLATION = "policy_violation"
    SANDBOX_ERROR = "sandbox_error"
    CANCELLED = "cancelled"


def refusal_verdict(diagnostic_kinds: Iterable[str]) -> Verdict:
    """The verdict of a program the policy refused, from the `kind` of its diagnostics.

    A program that does not parse gets `syntax_error` (a person fixes a typo, not a rule);
    anything else the policy refuses is a `policy_violation`.
    """
    return Verdict.SYNTAX_ERROR if "syntax" in diagnostic_kinds else Verdict.POLICY_VIOLATION
