"""The language registry: one entry per language, Python unchanged, the web's copy current."""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from sandbox.languages import default_language, get_language, list_languages
from sandbox.languages.export import WEB_COPY, main, render
from sandbox.languages.registry import (
    REGISTRY_FILE,
    Language,
    load_registry,
    parse_registry,
)
from sandbox.settings import SandboxSettings

BOOTSTRAP = Path(__file__).resolve().parents[3] / "scripts" / "bootstrap.sh"
PACKAGES_SCRIPT = BOOTSTRAP.with_name("language_packages.py")


def test_every_language_is_registered_once_with_python_the_default() -> None:
    assert [lang.id for lang in list_languages()] == [
        "python",
        "javascript",
        "typescript",
        "cpp",
        "java",
        "go",
    ]
    assert default_language().id == "python"
    with pytest.raises(KeyError, match="unknown language: cobol"):
        get_language("cobol")


def test_python_entry_is_what_the_sandbox_runs_today() -> None:
    python = get_language("python")
    defaults = SandboxSettings()
    run = python.limits.run
    # The agent runs Python itself: no commands here, the backend's argv and environment.
    assert python.runner == "python3" and not python.compiled
    assert python.run == () and python.env == {}
    assert (run.cpu_cores, run.cpu_time_s, run.wall_s) == (
        defaults.cpu_cores,
        defaults.cpu_time_s,
        defaults.wall_timeout_s,
    )
    assert (run.memory_bytes, run.address_space_bytes, run.pids) == (
        defaults.memory_bytes,
        defaults.address_space_bytes,
        defaults.pids,
    )


def test_compiled_languages_write_in_work_and_compile_with_more_than_a_run() -> None:
    for lang in list_languages()[1:]:
        assert lang.runner == "exec" and lang.compiled, lang.id
        assert lang.source_path in lang.compile, lang.id
        assert all(arg.startswith("/") for arg in (lang.compile[0], lang.run[0])), lang.id
        compile_limits = lang.limits.compile
        assert compile_limits is not None
        assert compile_limits.cpu_cores >= 1.0 > lang.limits.run.cpu_cores, lang.id
        assert lang.sandbox_memory_bytes == compile_limits.memory_bytes, lang.id
        assert lang.rootfs.packages and lang.rootfs.executables, lang.id


def _entry(language_id: str) -> dict[str, Any]:
    data: dict[str, Any] = tomllib.loads(REGISTRY_FILE.read_text())[language_id]
    return {"id": language_id, **data}


def test_entries_that_break_the_rules_are_refused() -> None:
    cpp = _entry("cpp")
    del cpp["limits"]["compile"]
    with pytest.raises(ValidationError, match="compile limits"):
        Language.model_validate(cpp)
    with pytest.raises(ValidationError, match="needs a run command"):
        Language.model_validate(_entry("go") | {"run": []})
    text = REGISTRY_FILE.read_text()
    with pytest.raises(ValidationError, match="line and message"):
        parse_registry(text.replace("(?P<line>", "(?P<row>", 1))
    with pytest.raises(ValidationError, match="not registered"):
        parse_registry(text.replace('default = "python"', 'default = "cobol"'))


def test_web_copy_is_up_to_date() -> None:
    assert WEB_COPY.read_text(encoding="utf-8") == render(load_registry()), (
        "run: .venv/bin/python -m sandbox.languages.export"
    )
    assert main(["--check"]) == 0


def test_bootstrap_installs_every_package_a_rootfs_needs() -> None:
    # bootstrap.sh reads the packages from the registry itself (stdlib only, before the venv).
    spec = importlib.util.spec_from_file_location("language_packages", PACKAGES_SCRIPT)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    wanted = {
        package
        for lang in list_languages()
        if lang.rootfs.builder != "python"
        for package in lang.rootfs.packages
    }
    assert set(script.language_packages()) == wanted
    assert "python3 scripts/language_packages.py" in BOOTSTRAP.read_text()


def test_the_precompiled_header_is_made_with_the_compile_flags() -> None:
    cpp = get_language("cpp")
    (step,) = cpp.rootfs.build_steps
    flags = {arg for arg in step if arg.startswith(("-std=", "-O", "-f", "-m"))}
    assert flags == {arg for arg in cpp.compile if arg.startswith(("-std=", "-O", "-m"))}
    assert step[0] == cpp.compile[0]
