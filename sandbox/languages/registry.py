"""The language registry: every language a room can use, read from `registry.toml`.

One entry holds what each layer needs: the web's label, Monaco id, file name and starter
template; the sandbox's compile and run commands, environment, root filesystem recipe and
limits; the server's compile-error parsers. The web reads an exported copy
(`sandbox.languages.export`).
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

REGISTRY_FILE = Path(__file__).with_name("registry.toml")
WORKDIR = "/work"
MiB = 1024 * 1024


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class PhaseLimits(_Frozen):
    """Limits of one phase (compile or run) of a program in its sandbox."""

    cpu_cores: float = Field(gt=0, le=2.0, description="CPU quota (cgroup) during the phase.")
    cpu_time_s: float = Field(gt=0, le=120, description="CPU seconds before the phase is killed.")
    wall_s: float = Field(gt=0, le=120, description="Wall-clock seconds before the kill.")
    memory_mb: int = Field(ge=64, le=4096, description="Memory (MiB) of the phase's processes.")
    address_space_mb: int = Field(ge=256, le=16384, description="RLIMIT_AS (MiB) per process.")
    pids: int = Field(ge=4, le=1024, description="Tasks (RLIMIT_NPROC) of the phase.")

    @property
    def memory_bytes(self) -> int:
        """`memory_mb` in bytes."""
        return self.memory_mb * MiB

    @property
    def address_space_bytes(self) -> int:
        """`address_space_mb` in bytes."""
        return self.address_space_mb * MiB


class LanguageLimits(_Frozen):
    """The compile limits (absent when nothing is compiled) and the run limits."""

    compile: PhaseLimits | None = None
    run: PhaseLimits


class RootfsRecipe(_Frozen):
    """What the language's read-only root filesystem holds (see `sandbox.rootfs_languages`).

    Attributes:
        builder: `python` (sandbox/rootfs.py alone), `files` (the Python base plus host files
            taken from Debian packages) or `jlink` (`files` plus a jlink'ed Java runtime).
        packages: Debian packages the files come from (and `scripts/bootstrap.sh` installs).
        include: Globs of host paths, taken from the packages' file lists, to copy.
        exclude: Globs left out even when included.
        executables: The only programs (ELF executables) the tree may hold besides Python.
        files: Files of this repository to place inside: path inside -> name in this folder.
        build_steps: Commands run on the host at build time, each an argv in which `{tree}`
            is the tree being built (a precompiled header, say). They run the host's own
            packaged tools, the same files the tree holds.
    """

    builder: Literal["python", "files", "jlink"]
    packages: tuple[str, ...] = ()
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    executables: tuple[str, ...] = ()
    files: dict[str, str] = Field(default_factory=dict)
    build_steps: tuple[tuple[str, ...], ...] = ()


class Language(_Frozen):
    """One language: everything the web, the server and the sandbox need to know about it."""

    id: str = Field(pattern=r"^[a-z][a-z0-9]*$")
    label: str
    monaco: str = Field(description="Monaco's language id for highlighting.")
    runner: Literal["python3", "exec"] = Field(
        description="`python3`: the agent runs the program itself; `exec`: compile, then exec."
    )
    file_name: str = Field(pattern=r"^[A-Za-z][A-Za-z0-9_]*\.[a-z]+$")
    starter: str
    compile: tuple[str, ...] = ()
    run: tuple[str, ...] = ()
    env: dict[str, str] = Field(default_factory=dict)
    diagnostics: tuple[str, ...] = ()
    work_exec: bool = Field(default=False, description="Whether /work allows exec (native code).")
    memory_error_exits: tuple[int, ...] = Field(
        default=(),
        description="Exit statuses by which the runtime says an allocation failed (a JVM's "
        "ExitOnOutOfMemoryError, V8's abort): verdict memory_limit, not runtime_error.",
    )
    rootfs: RootfsRecipe
    limits: LanguageLimits

    @field_validator("starter")
    @classmethod
    def _strip_leading_newline(cls, value: str) -> str:
        # TOML's multi-line strings keep the newline after the opening quotes' line only when
        # it is escaped; entries write the code from the next line for readability.
        return value.removeprefix("\n")

    @field_validator("diagnostics")
    @classmethod
    def _patterns_compile(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in value:
            groups = re.compile(pattern, re.MULTILINE).groupindex
            if "line" not in groups or "message" not in groups:
                raise ValueError(f"a diagnostics pattern needs line and message: {pattern!r}")
        return value

    @model_validator(mode="after")
    def _commands_fit_the_runner(self) -> Language:
        if bool(self.compile) != (self.limits.compile is not None):
            raise ValueError(f"{self.id}: compile limits are needed exactly when it compiles")
        if (self.runner == "exec") != bool(self.run):
            raise ValueError(f"{self.id}: an exec runner needs a run command, python3 none")
        return self

    @property
    def extension(self) -> str:
        """The file extension with its dot (`.py`)."""
        return "." + self.file_name.rsplit(".", 1)[1]

    @property
    def source_path(self) -> str:
        """Where the program is written inside the sandbox."""
        return f"{WORKDIR}/{self.file_name}"

    @property
    def compiled(self) -> bool:
        """Whether a compile step runs before the program."""
        return bool(self.compile)

    @property
    def sandbox_memory_bytes(self) -> int:
        """The sandbox's memory cgroup: the larger of its phases (they share one sandbox)."""
        phases = [self.limits.run, *([self.limits.compile] if self.limits.compile else [])]
        return max(p.memory_bytes for p in phases)


class LanguageRegistry(_Frozen):
    """All languages, in the order of the registry file, and the default one."""

    default: str
    languages: tuple[Language, ...]

    @model_validator(mode="after")
    def _consistent(self) -> LanguageRegistry:
        ids = [lang.id for lang in self.languages]
        if len(set(ids)) != len(ids):
            raise ValueError(f"language ids repeat: {ids}")
        extensions = [lang.extension for lang in self.languages]
        if len(set(extensions)) != len(extensions):
            raise ValueError(f"file extensions repeat: {extensions}")
        if self.default not in ids:
            raise ValueError(f"the default language {self.default!r} is not registered")
        return self

    def get(self, language_id: str) -> Language:
        """The language with this id.

        Raises:
            KeyError: No such language (typos fail loudly).
        """
        for lang in self.languages:
            if lang.id == language_id:
                return lang
        raise KeyError(f"unknown language: {language_id}")

    @property
    def ids(self) -> tuple[str, ...]:
        """Every language id, in registry order."""
        return tuple(lang.id for lang in self.languages)


def parse_registry(text: str) -> LanguageRegistry:
    """Parse and validate registry TOML (tables are languages, keyed by id)."""
    data = tomllib.loads(text)
    default = data.pop("default")
    languages = [Language.model_validate({"id": key, **value}) for key, value in data.items()]
    return LanguageRegistry(default=default, languages=tuple(languages))


@cache
def load_registry(path: Path = REGISTRY_FILE) -> LanguageRegistry:
    """The registry in `path` (the package's `registry.toml`), parsed once per process."""
    return parse_registry(path.read_text(encoding="utf-8"))


def get_language(language_id: str) -> Language:
    """The registered language with this id (`KeyError` for an unknown one)."""
    return load_registry().get(language_id)


def list_languages() -> tuple[Language, ...]:
    """Every registered language, in registry order."""
    return load_registry().languages


def default_language() -> Language:
    """The language of a room that says nothing else (Python)."""
    registry = load_registry()
    return registry.get(registry.default)
