"""A gVisor sandbox for a registry language: compile and run in one sandbox, one warm start.

`LanguageSandbox` is `RunscSandbox` with the language's root filesystem, the compile step
(`compile_step.py`) as its process instead of the agent, and a `/work` tmpfs for the source
and what the compiler writes. `compile_and_run` is the host's side of one job: it hands over
the job, reads the compile result, switches the CPU quota to the run's, and collects the
program's raw output. It is the building block the run pipeline will take; nothing in the
pipeline uses it yet.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import struct
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sandbox.backends.runsc import RunscSandbox, oci_spec
from sandbox.errors import SandboxError
from sandbox.languages.diagnostics import CompileDiagnostic, parse_diagnostics
from sandbox.languages.registry import WORKDIR, Language, PhaseLimits
from sandbox.limits import Measurement
from sandbox.rootfs import PYTHON_INSIDE
from sandbox.rootfs_languages import COMPILE_STEP_INSIDE
from sandbox.settings import SandboxSettings

STEP_ARGV = (PYTHON_INSIDE, "-I", "-S", COMPILE_STEP_INSIDE)
STEP_ENV = ("PYTHONUNBUFFERED=1", "PYTHONIOENCODING=utf-8", "PYTHONDONTWRITEBYTECODE=1")
SANDBOX_UID = 65534
MiB = 1024 * 1024
# /work holds the source, the compiler's output and (for Go) its build cache.
WORK_TMPFS_BYTES = 64 * MiB
COMPILE_OUTPUT_LIMIT = 64 * 1024
_HEADER = struct.Struct(">cI")


def _widest(language: Language) -> PhaseLimits:
    """Per-field maximum of the phases: the sandbox-wide ceiling each phase lowers from."""
    phases = [language.limits.run, *([language.limits.compile] if language.limits.compile else [])]
    return PhaseLimits(
        cpu_cores=max(p.cpu_cores for p in phases),
        cpu_time_s=max(p.cpu_time_s for p in phases),
        wall_s=max(p.wall_s for p in phases),
        memory_mb=max(p.memory_mb for p in phases),
        address_space_mb=max(p.address_space_mb for p in phases),
        pids=max(p.pids for p in phases),
    )


def language_oci_spec(
    language: Language, settings: SandboxSettings, rootfs: Path, cgroups_path: str | None
) -> dict[str, Any]:
    """The OCI spec of a language sandbox: Python's, with the compile step and a /work tmpfs.

    The process rlimits are the widest of the two phases (the step lowers them per phase);
    /work is `noexec` unless the language's compiler writes native code.
    """
    spec = oci_spec(settings, rootfs, cgroups_path)
    widest = _widest(language)
    process = spec["process"]
    # The compile step does no uid separation of its own: the whole sandbox runs as the
    # unprivileged uid with no capabilities, whatever the Python agent's spec holds.
    process["user"] = {"uid": SANDBOX_UID, "gid": SANDBOX_UID, "additionalGids": []}
    process["capabilities"] = {
        k: [] for k in ("bounding", "effective", "inheritable", "permitted", "ambient")
    }
    process["noNewPrivileges"] = True
    process["args"] = list(STEP_ARGV)
    process["env"] = list(STEP_ENV)
    process["cwd"] = WORKDIR
    overrides = {
        "RLIMIT_AS": widest.address_space_bytes,
        "RLIMIT_NPROC": widest.pids,
        "RLIMIT_FSIZE": WORK_TMPFS_BYTES,
    }
    for rlimit in process["rlimits"]:
        if rlimit["type"] in overrides:
            rlimit["soft"] = rlimit["hard"] = overrides[rlimit["type"]]
        elif rlimit["type"] == "RLIMIT_CPU":
            rlimit["soft"], rlimit["hard"] = int(widest.cpu_time_s) + 1, int(widest.cpu_time_s) + 2
    options = ["nosuid", "nodev", "mode=1777", f"size={WORK_TMPFS_BYTES}"]
    if not language.work_exec:
        options.insert(0, "noexec")
    spec["mounts"].append(
        {"destination": WORKDIR, "type": "tmpfs", "source": "tmpfs", "options": options}
    )
    return spec


class LanguageSandbox(RunscSandbox):
    """A warm gVisor sandbox of one language, waiting in the compile step for its job.

    Args:
        language: The registry entry.
        settings: Paths, platform and the runsc binary (limits come from the entry).
        rootfs: The language's tree (`sandbox.rootfs_languages.build_language_rootfs`).
        use_cgroups: Whether this host lets us apply cgroup limits.
    """

    def __init__(
        self, language: Language, settings: SandboxSettings, rootfs: Path, *, use_cgroups: bool
    ) -> None:
        super().__init__(settings, rootfs, use_cgroups=use_cgroups)
        self.language = language

    def _cgroup_limits(self) -> tuple[int, int]:
        return self.language.sandbox_memory_bytes, _widest(self.language).pids

    def _spec(self, cgroups_path: str | None) -> dict[str, Any]:
        return language_oci_spec(self.language, self.settings, self.rootfs, cgroups_path)

    def begin_phase(self, limits: PhaseLimits) -> bool:
        """Throttle to the phase's CPU quota and memory limit, and zero the counters.

        Returns:
            Whether the memory limit is the phase's: lowering it fails while the sandbox still
            holds more than that (the kernel reclaims first), and then the sandbox keeps the
            larger limit it started with.
        """
        if self.cgroup is None:
            return False
        memory = self.cgroup.paths["memory"]
        lowered = True
        try:
            # memory before memory+swap: the second may never be below the first.
            (memory / "memory.limit_in_bytes").write_text(str(limits.memory_bytes))
            with contextlib.suppress(OSError):
                (memory / "memory.memsw.limit_in_bytes").write_text(str(limits.memory_bytes))
        except OSError:
            lowered = False
        self.cgroup.begin_run(limits.cpu_cores)
        return lowered


@dataclass
class CompileResult:
    """What the compile step reported, and the markers parsed from the compiler's output."""

    exit: int
    elapsed_ms: float
    output: str
    truncated: bool
    diagnostics: list[CompileDiagnostic] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether the program compiled."""
        return self.exit == 0


@dataclass
class LanguageRunOutcome:
    """One job in a language sandbox, observed from the host."""

    compile: CompileResult | None
    stdout: str
    stderr: str
    exit_code: int | None
    timed_out: bool
    compile_ms: float
    run_ms: float
    compile_measurement: Measurement
    run_measurement: Measurement
    run_memory_applied: bool


def encode_job(language: Language, source: str) -> bytes:
    """The length-prefixed JSON job the compile step reads."""
    compile_limits = language.limits.compile
    job = {
        "source": source,
        "source_path": language.source_path,
        "compile": list(language.compile),
        "run": list(language.run),
        "env": language.env,
        "compile_limits": compile_limits.model_dump() if compile_limits else None,
        "run_limits": language.limits.run.model_dump(),
        "compile_output_limit": COMPILE_OUTPUT_LIMIT,
    }
    payload = json.dumps(job).encode()
    return struct.pack(">I", len(payload)) + payload


async def _read_frame(stream: asyncio.StreamReader) -> tuple[bytes, bytes]:
    tag, length = _HEADER.unpack(await stream.readexactly(_HEADER.size))
    return tag, await stream.readexactly(length)


async def compile_and_run(
    sandbox: LanguageSandbox, source: str, stdin: bytes = b""
) -> LanguageRunOutcome:
    """Hand one job to a warm language sandbox and collect everything it did.

    The compile phase runs with the entry's compile limits (CPU quota, wall clock); when the
    compile step reports, the quota becomes the run's and the counters restart, so each
    phase's CPU and memory are measured apart. The sandbox is destroyed at the end.

    Args:
        sandbox: A started (warm) sandbox.
        source: The program.
        stdin: The program's whole standard input (closed after it).

    Returns:
        The compile result with its markers, the program's output and exit status, timings.

    Raises:
        SandboxError: The compile step ended without reporting (its stderr is in the message).
    """
    language = sandbox.language
    process = sandbox.process
    assert process is not None and process.stdin is not None and process.stdout is not None
    assert process.stderr is not None
    compile_limits = language.limits.compile
    compile_result: CompileResult | None = None
    compile_measurement = Measurement()
    run_memory_applied = True
    timed_out = False
    began = time.perf_counter()
    run_memory_applied = sandbox.begin_phase(compile_limits or language.limits.run)
    process.stdin.write(encode_job(language, source) + stdin)
    await process.stdin.drain()
    process.stdin.close()
    compile_ms = 0.0
    try:
        if compile_limits is not None:
            tag, payload = await asyncio.wait_for(
                _read_frame(process.stdout), compile_limits.wall_s + 5
            )
            compile_ms = (time.perf_counter() - began) * 1000
            compile_measurement = sandbox.measure()
            run_memory_applied = sandbox.begin_phase(language.limits.run)
            if tag != b"C":
                raise RuntimeError(f"compile step sent {tag!r} instead of its result")
            data = json.loads(payload)
            compile_result = CompileResult(
                exit=data["exit"],
                elapsed_ms=data["elapsed_ms"],
                output=data["output"],
                truncated=data["truncated"],
                diagnostics=parse_diagnostics(language, data["output"]),
            )
        run_began = time.perf_counter()
        stdout, stderr = await asyncio.wait_for(
            asyncio.gather(process.stdout.read(), process.stderr.read()),
            language.limits.run.wall_s,
        )
        exit_code = await process.wait()
    except asyncio.IncompleteReadError as exc:
        # The step died before reporting its compile: a broken tree or job, never the program.
        tail = (await process.stderr.read(4096)).decode("utf-8", "replace")
        await sandbox.destroy()
        raise SandboxError(f"the compile step ended before its result: {tail!r}") from exc
    except TimeoutError:
        timed_out = True
        stdout = stderr = b""
        exit_code = None
        run_began = time.perf_counter()
    run_ms = (time.perf_counter() - run_began) * 1000
    run_measurement = sandbox.measure()
    with contextlib.suppress(Exception):
        await sandbox.destroy()
    return LanguageRunOutcome(
        compile=compile_result,
        stdout=stdout.decode("utf-8", "replace"),
        stderr=stderr.decode("utf-8", "replace"),
        exit_code=exit_code,
        timed_out=timed_out,
        compile_ms=compile_ms,
        run_ms=run_ms,
        compile_measurement=compile_measurement,
        run_measurement=run_measurement,
        run_memory_applied=run_memory_applied,
    )
