"""Sandbox settings: every limit has a default and a ceiling, validated at start-up.

Environment variables use the prefix `SANDBOX_` (for example `SANDBOX_POOL_SIZE=4`), except
`RELAXED_MODE` and `ENVIRONMENT`, which are shared with the rest of the product (also read as
`CODEREMOTE_RELAXED_MODE` / `CODEREMOTE_ENVIRONMENT`, the realtime server's names).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import AliasChoices, Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from sandbox.policy import COMPUTE_MODULES, NEVER_MODULES

MiB = 1024 * 1024

# The standard library that only computes (time, datetime, random, re, heapq, ...), allowed
# besides the policy's core modules (math, json, collections, itertools, functools, typing,
# dataclasses and the `sys` facade).
DEFAULT_EXTRA_MODULES: tuple[str, ...] = COMPUTE_MODULES


# Fields of a settings model by name, sent to a pool or actor built elsewhere (a Ray actor
# reads secrets from its own environment); the model validates every value when it is built.
SettingsOverrides = Mapping[str, object]
M = TypeVar("M", bound=BaseSettings)


def with_overrides(model: type[M], overrides: SettingsOverrides | None = None) -> M:
    """`model` read from the environment as usual, with `overrides` on top.

    Raises:
        pydantic.ValidationError: An override (or the environment) is not a valid value.
    """
    # The model validates each value, as it does the environment's.
    return model(**dict(overrides or {}))  # type: ignore[arg-type]


class SandboxSettings(BaseSettings):
    """Limits and knobs of the sandbox layer (defaults are the documented limits)."""

    model_config = SettingsConfigDict(
        env_prefix="SANDBOX_", env_file=".env", extra="ignore", frozen=True
    )

    environment: Literal["development", "test", "staging", "production"] = Field(
        default="development",
        validation_alias=AliasChoices(
            "environment", "SANDBOX_ENVIRONMENT", "CODEREMOTE_ENVIRONMENT", "ENVIRONMENT"
        ),
        description="Deployment environment; relaxed mode is refused in production.",
    )
    relaxed_mode: bool = Field(
        default=False,
        validation_alias=AliasChoices(
            "relaxed_mode", "SANDBOX_RELAXED_MODE", "CODEREMOTE_RELAXED_MODE", "RELAXED_MODE"
        ),
        description="Run the agent as a plain subprocess with rlimits (no gVisor). Unsafe.",
    )
    runsc_path: str = Field(default="runsc", description="The runsc binary (name or path).")
    platform: Literal["ptrace", "kvm", "systrap"] = Field(
        default="ptrace", description="gVisor platform; kvm needs /dev/kvm."
    )
    state_dir: Path = Field(
        default=Path("/run/coderemote-sandbox"),
        description="Host-only directory for runsc state and bundles (never mounted inside).",
    )
    cache_dir: Path = Field(
        default=Path("/var/cache/coderemote-sandbox"),
        description="Where the root filesystem is built once per host, keyed by its inputs.",
    )
    python: Path | None = Field(
        default=None,
        description="Host interpreter copied into the root filesystem (default: the running one).",
    )
    cgroup_parent: str = Field(
        default="coderemote", description="cgroup (v1) parent path of the sandboxes."
    )
    use_cgroups: bool = Field(
        default=True, description="Apply cgroup limits (CPU, memory, pids) when the host allows."
    )

    pool_size: int = Field(default=2, ge=1, le=64, description="Warm sandboxes kept ready.")
    queue_limit: int = Field(
        default=16, ge=0, le=1024, description="Runs that may wait for a sandbox before 'busy'."
    )
    wall_timeout_s: float = Field(
        default=30.0, gt=0, le=120, description="Wall-clock limit of one run (killed outside)."
    )
    cpu_cores: float = Field(
        default=0.1, gt=0, le=2.0, description="CPU quota of a running sandbox (cgroup)."
    )
    cpu_time_s: int = Field(
        default=10,
        ge=1,
        le=60,
        description="CPU seconds of a run (measured outside) before cpu_limit.",
    )
    memory_bytes: int = Field(
        default=256 * MiB, ge=64 * MiB, le=2048 * MiB, description="Memory cgroup limit."
    )
    address_space_bytes: int = Field(
        default=1024 * MiB, ge=256 * MiB, le=8192 * MiB, description="RLIMIT_AS of the program."
    )
    pids: int = Field(default=32, ge=4, le=1024, description="Max tasks (RLIMIT_NPROC, pids).")
    open_files: int = Field(default=64, ge=16, le=4096, description="RLIMIT_NOFILE.")
    file_size_bytes: int = Field(
        default=4 * MiB, ge=MiB, le=256 * MiB, description="RLIMIT_FSIZE (largest file)."
    )
    tmpfs_bytes: int = Field(
        default=16 * MiB, ge=MiB, le=512 * MiB, description="Size of the writable /tmp."
    )
    output_limit_bytes: int = Field(
        default=MiB, ge=1024, le=64 * MiB, description="Output bytes per run before the kill."
    )
    stdin_limit_bytes: int = Field(
        default=MiB, ge=1024, le=64 * MiB, description="Input bytes accepted per run."
    )
    coalesce_ms: float = Field(
        default=50.0, ge=0, le=50, description="Output chunks are merged within this window."
    )
    code_limit_bytes: int = Field(
        default=10 * 1024, ge=256, le=100 * 1024, description="Largest program (UTF-8 bytes)."
    )
    extra_modules: tuple[str, ...] = Field(
        default=DEFAULT_EXTRA_MODULES,
        description=(
            "Standard-library modules user code may import besides the core whitelist (math,"
            " json, collections, itertools, functools, typing, dataclasses, sys as a facade)."
            " Default: the modules that only compute (array, bisect, copy, datetime, decimal,"
            " enum, fractions, heapq, io (StringIO and BytesIO only), operator, random, re,"
            " statistics, string, textwrap, time). Modules that reach the OS, processes, the"
            " network, native code or the import system (os, subprocess, socket, ctypes,"
            " importlib, ...) are refused here at start-up. A JSON list in the environment:"
            ' SANDBOX_EXTRA_MODULES=\'["heapq","re"]\'.'
        ),
    )
    language_idle_s: float = Field(
        default=600.0,
        ge=1,
        le=86400,
        description=(
            "A language other than Python stays in use (at least one warm sandbox of it) this"
            " many seconds after its last run or prewarm; its demand is counted over as long."
        ),
    )
    start_timeout_s: float = Field(
        default=20.0, gt=0, le=300, description="How long a sandbox may take to become warm."
    )

    def rlimits(self) -> list[tuple[str, int, int]]:
        """The agent's rlimits as (name, soft, hard): one table for every backend's sandbox."""
        cpu = self.cpu_time_s
        return [
            ("RLIMIT_AS", self.address_space_bytes, self.address_space_bytes),
            ("RLIMIT_NPROC", self.pids, self.pids),
            ("RLIMIT_NOFILE", self.open_files, self.open_files),
            ("RLIMIT_FSIZE", self.file_size_bytes, self.file_size_bytes),
            # Backstop only: the host enforces the CPU budget by measuring the sandbox.
            ("RLIMIT_CPU", cpu + 1, cpu + 2),
            ("RLIMIT_CORE", 0, 0),
        ]

    @field_validator("extra_modules")
    @classmethod
    def _refuse_system_modules(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        refused = sorted(name for name in value if name.split(".")[0] in NEVER_MODULES)
        if refused:
            raise ValueError(f"these modules reach the system and cannot be allowed: {refused}")
        return value

    @model_validator(mode="after")
    def _refuse_relaxed_in_production(self) -> SandboxSettings:
        if self.relaxed_mode and self.environment == "production":
            raise ValueError("RELAXED_MODE=true is refused when ENVIRONMENT=production")
        return self
