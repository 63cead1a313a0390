"""A gVisor sandbox for a registry language: compile and run in one sandbox, one warm start.

`LanguageSandbox` is `RunscSandbox` with the language's root filesystem, the compile step
(`compile_step.py`) as its process instead of the agent, and a `/work` tmpfs for the source
and what the compiler writes. The host's side of one job (hand over the job, read the
compile report, switch the cgroup to the run's limits, stream the program's raw output) is
`sandbox.languages.run.LanguageRun`, the pool's run of a language.
"""

from __future__ import annotations

import contextlib
import json
import os
import struct
from dataclasses import dataclass, field
from pathlib import Path

from sandbox.backends.oci import Spec, capability_sets
from sandbox.backends.runsc import RunscSandbox, oci_spec
from sandbox.languages.diagnostics import CompileDiagnostic
from sandbox.languages.registry import WORKDIR, Language, PhaseLimits
from sandbox.rootfs import PYTHON_INSIDE
from sandbox.rootfs_languages import COMPILE_STEP_INSIDE
from sandbox.settings import SandboxSettings

STEP_ARGV = (PYTHON_INSIDE, "-I", "-S", COMPILE_STEP_INSIDE)
SANDBOX_UID = 65534
MiB = 1024 * 1024
# /work holds the source, the compiler's output and (for Go) its build cache.
WORK_TMPFS_BYTES = 64 * MiB
COMPILE_OUTPUT_LIMIT = 64 * 1024


def _widest(language: Language) -> PhaseLimits:
    """Per-field maximum of the phases: the sandbox-wide ceiling each phase lowers from."""
    phases = [language.limits.run, *([language.limits.compile] if language.limits.compile else [])]
    return PhaseLimits(
        **{name: max(getattr(p, name) for p in phases) for name in PhaseLimits.model_fields}
    )


def language_oci_spec(
    language: Language, settings: SandboxSettings, rootfs: Path, cgroups_path: str | None
) -> Spec:
    """The OCI spec of a language sandbox: Python's, with the compile step and a /work tmpfs.

    The environment is the agent's (`SANDBOX_ENV`); the process rlimits are the widest of the
    two phases (the step lowers them per phase); /work is `noexec` unless the language's
    compiler writes native code.
    """
    spec = oci_spec(settings, rootfs, cgroups_path)
    widest = _widest(language)
    process = spec["process"]
    # The compile step does no uid separation of its own: the whole sandbox runs as the
    # unprivileged uid with no capabilities, whatever the Python agent's spec holds.
    process["user"] = {"uid": SANDBOX_UID, "gid": SANDBOX_UID, "additionalGids": []}
    process["capabilities"] = capability_sets()
    process["noNewPrivileges"] = True
    process["args"] = list(STEP_ARGV)
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

    def _prepare(self) -> None:
        # The tree is in use: the cache's pruning keeps it (it drops unused trees only).
        with contextlib.suppress(OSError):
            os.utime(self.rootfs.with_suffix(".complete"))
        super()._prepare()

    def _spec(self, cgroups_path: str | None) -> Spec:
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
        try:
            self.cgroup.limit_memory(limits.memory_bytes)
            lowered = True
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


def run_limits(language: Language, settings: SandboxSettings) -> PhaseLimits:
    """The run phase's limits: the entry's, with the wall clock and CPU time capped by settings.

    `SANDBOX_WALL_TIMEOUT_S` and `SANDBOX_CPU_TIME_S` are the operator's ceilings for every
    language (tests shorten them); the CPU quota, memory and tasks are the entry's own.
    """
    limits = language.limits.run
    return limits.model_copy(
        update={
            "cpu_time_s": min(limits.cpu_time_s, float(settings.cpu_time_s)),
            "wall_s": min(limits.wall_s, settings.wall_timeout_s),
        }
    )


def encode_job(language: Language, source: str, run: PhaseLimits | None = None) -> bytes:
    """The length-prefixed JSON job the compile step reads (`run`: the run phase's limits)."""
    compile_limits = language.limits.compile
    job = {
        "source": source,
        "source_path": language.source_path,
        "compile": list(language.compile),
        "run": list(language.run),
        "env": language.env,
        "compile_limits": compile_limits.model_dump() if compile_limits else None,
        "run_limits": (run or language.limits.run).model_dump(),
        "compile_output_limit": COMPILE_OUTPUT_LIMIT,
    }
    payload = json.dumps(job).encode()
    return struct.pack(">I", len(payload)) + payload
