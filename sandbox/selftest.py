"""Start-up self-test: run a known program in a real sandbox and fail loudly if it is wrong."""

from __future__ import annotations

import shutil
from collections.abc import Callable

from sandbox.backends.base import Sandbox
from sandbox.errors import SandboxUnavailableError
from sandbox.events import RunOutput, RunRequest
from sandbox.runner import SandboxRun
from sandbox.settings import SandboxSettings
from sandbox.verdicts import Verdict

PROGRAM = "import sys\nn = int(sys.stdin.readline())\nprint(sum(range(n)))\n"
STDIN = "10\n"
EXPECTED = "45\n"
FIX_HINT = (
    "Fix: install gVisor (`apt-get install runsc`, or https://gvisor.dev/docs/user_guide/install/)"
    ", run as root (or with CAP_SYS_ADMIN), check that `runsc --network=none --platform="
    "{platform} do /bin/true` works, or set SANDBOX_PLATFORM. For a development machine "
    "without gVisor only: RELAXED_MODE=true."
)


async def self_test(
    factory: Callable[[], Sandbox], settings: SandboxSettings, *, hint: str | None = None
) -> None:
    """Run `PROGRAM` in one fresh sandbox and check its output and verdict.

    Args:
        factory: Makes one sandbox of the backend under test.
        settings: Limits of the run.
        hint: How to fix a failure (default: the local gVisor hint, with a check that `runsc`
            is installed; other backends give their own and skip that check).

    Raises:
        SandboxUnavailableError: With what went wrong and how to fix it.
    """
    local = hint is None
    hint = FIX_HINT.format(platform=settings.platform) if hint is None else hint
    if local and not settings.relaxed_mode and shutil.which(settings.runsc_path) is None:
        raise SandboxUnavailableError(f"runsc not found ({settings.runsc_path!r}). {hint}")
    sandbox = factory()
    try:
        await sandbox.start(settings.start_timeout_s)
    except SandboxUnavailableError as exc:
        raise SandboxUnavailableError(f"sandbox self-test could not start: {exc}. {hint}") from exc
    run = SandboxRun(RunRequest(run_id="self-test", code=PROGRAM, stdin=STDIN), settings)
    run.start(sandbox)
    output = "".join([event.data async for event in run.events() if isinstance(event, RunOutput)])
    result = run.result
    if result is None or result.verdict != Verdict.OK or output != EXPECTED:
        raise SandboxUnavailableError(
            f"sandbox self-test failed: verdict={result and result.verdict} output={output!r} "
            f"message={result and result.message!r}. {hint}"
        )


async def run_self_test(settings: SandboxSettings | None = None) -> None:
    """Self-test the configured backend from settings (for CLIs and readiness checks)."""
    from sandbox.pool import WarmPool

    pool = WarmPool.from_settings(settings or SandboxSettings())
    await self_test(pool.factory, pool.settings)
