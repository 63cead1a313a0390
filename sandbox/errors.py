"""Errors the sandbox layer raises to its callers; each carries a message a person understands."""

from __future__ import annotations


class SandboxError(Exception):
    """Base class for sandbox-layer errors."""


class PoolBusyError(SandboxError):
    """Every sandbox is busy and the queue is full: try again shortly."""


class SandboxUnavailableError(SandboxError):
    """The sandbox runtime is missing or broken; the message says how to fix it."""


class UnknownLanguageError(SandboxError):
    """No language of that id is registered (`sandbox/languages/registry.toml`)."""


class DisabledError(SandboxUnavailableError):
    """This server does not offer the feature at all (its message says which): no retry helps."""


class PolicyError(SandboxError):
    """The code was refused before running (too large, bad encoding, too complex).

    `diagnostics` holds the `sandbox.events.Diagnostic`s (positions for the editor).
    """

    def __init__(self, message: str, diagnostics: tuple[object, ...] = ()) -> None:
        super().__init__(message)
        self.diagnostics = diagnostics
