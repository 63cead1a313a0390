"""How the language security cases reach a sandbox: through the product's warm pool.

`run_through_pool` submits one program as a room's Run does (`WarmPool.submit` with a
`RunRequest` naming its language), collects its events and returns what the host saw: the
product's verdict and measurements, the output the room would show, and where the sandbox's
host-side state lived (to prove nothing of it outlived the run). Every case in
`test_languages.py` goes through it via one fixture.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from sandbox.backends.runsc import RunscSandbox
from sandbox.events import RunRequest, RunResult
from sandbox.pool import WarmPool
from sandbox.runner import SandboxRun
from sandbox.verdicts import Verdict
from tests.security.conftest import collect


@dataclass
class LanguageOutcome:
    """What one hostile program did, as the product reported it."""

    result: RunResult
    stdout: str
    stderr: str
    workdir: Path | None  # the sandbox's host-side state (runsc --root, bundle)

    @property
    def verdict(self) -> Verdict:
        """The run's verdict."""
        return self.result.verdict

    @property
    def output(self) -> str:
        """Both streams (a canary must be in neither)."""
        return self.stdout + self.stderr


async def run_through_pool(
    pool: WarmPool, language_id: str, source: str, *, wall_s: float | None = None
) -> LanguageOutcome:
    """Run `source` in `language_id` as a room's Run would, and collect everything it did.

    Args:
        pool: A started pool (gVisor backend).
        language_id: A registry id.
        source: The program.
        wall_s: This run's wall clock (default: the pool's).
    """
    request = RunRequest(run_id=uuid.uuid4().hex, code=source, language=language_id)
    handle = await pool.submit(request, wall_timeout_s=wall_s)
    outcome = await collect(handle)
    sandbox = handle.sandbox if isinstance(handle, SandboxRun) else None
    return LanguageOutcome(
        result=outcome.result,
        stdout=outcome.stdout,
        stderr=outcome.stderr,
        workdir=sandbox.workdir if isinstance(sandbox, RunscSandbox) else None,
    )
