"""Sandbox backends: how one warm sandbox is started, limited, measured and destroyed."""

from sandbox.backends.base import Sandbox
from sandbox.backends.relaxed import RelaxedSandbox
from sandbox.backends.runsc import RunscSandbox

__all__ = ["RelaxedSandbox", "RunscSandbox", "Sandbox"]
