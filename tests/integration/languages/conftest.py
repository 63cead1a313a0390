"""Language sandboxes under real gVisor: each language's rootfs built once, one sandbox a job.

A missing Debian package fails the build loudly (`RootfsBuildError` names the apt-get line);
`make test` installs them through scripts/bootstrap.sh.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import pytest

from sandbox.languages import get_language
from sandbox.languages.run import LanguageRunOutcome, compile_and_run
from sandbox.languages.runsc import LanguageSandbox
from sandbox.limits import cgroups_available
from sandbox.rootfs_languages import BuiltRootfs, build_language_rootfs
from sandbox.settings import SandboxSettings
from tests.security.conftest import security_settings


@dataclass
class LanguageJob:
    """One job's outcome with the cold start that preceded it."""

    outcome: LanguageRunOutcome
    start_ms: float
    rootfs: BuiltRootfs
    cgroups: bool


RunLanguage = Callable[[str, str, str], Awaitable[LanguageJob]]


@pytest.fixture(scope="session")
def language_settings(tmp_path_factory: pytest.TempPathFactory) -> SandboxSettings:
    """Settings of the language sandboxes (the shared rootfs cache, a private state dir)."""
    return security_settings(tmp_path_factory.mktemp("languages"))


@pytest.fixture(scope="session")
def language_rootfs(language_settings: SandboxSettings) -> Callable[[str], BuiltRootfs]:
    """Build (or take from the cache) a language's tree, once per session."""
    built: dict[str, BuiltRootfs] = {}

    def _get(language_id: str) -> BuiltRootfs:
        if language_id not in built:
            built[language_id] = build_language_rootfs(
                get_language(language_id), language_settings.cache_dir
            )
        return built[language_id]

    return _get


@pytest.fixture(scope="session")
def run_language(
    language_settings: SandboxSettings, language_rootfs: Callable[[str], BuiltRootfs]
) -> RunLanguage:
    """Start a fresh sandbox of a language (cold) and compile and run one program in it."""
    use_cgroups = language_settings.use_cgroups and cgroups_available(
        language_settings.cgroup_parent
    )

    async def _run(language_id: str, source: str, stdin: str) -> LanguageJob:
        language = get_language(language_id)
        rootfs = language_rootfs(language_id)
        sandbox = LanguageSandbox(language, language_settings, rootfs.path, use_cgroups=use_cgroups)
        began = time.perf_counter()
        await sandbox.start(language_settings.start_timeout_s)
        start_ms = (time.perf_counter() - began) * 1000
        outcome = await compile_and_run(sandbox, source, stdin.encode())
        return LanguageJob(outcome=outcome, start_ms=start_ms, rootfs=rootfs, cgroups=use_cgroups)

    return _run
