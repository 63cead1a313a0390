"""Each language compiles and runs in its own read-only gVisor sandbox (real runsc).

Per language: the registry's starter program compiles and answers its stdin, and a program
with one error is refused at compile time with a marker at the error's line and column,
without running. Cold figures (start, compile, run) are asserted only loosely here; bench/
measures them.
"""

from __future__ import annotations

import json

import pytest

from sandbox.languages import get_language
from sandbox.languages.diagnostics import CompileDiagnostic
from tests.integration.languages.conftest import RunLanguage

pytestmark = pytest.mark.gvisor

LANGUAGES = ["javascript", "typescript", "cpp", "java", "go"]

# One error each, and where the compiler puts it (line, column).
BROKEN = {
    "javascript": ("let x = 1;\nconsole.log((x;\n", (2, 15)),
    "typescript": ('const a: number = 1;\nconst b: number = "s";\nconsole.log(a, b);\n', (2, 7)),
    "cpp": ('#include <iostream>\nint main() {\n    std::cout << x << "\\n";\n}\n', (3, 18)),
    "java": (
        "public class Main {\n    public static void main(String[] a) {\n"
        "        int x = 1\n    }\n}\n",
        (3, 18),
    ),
    "go": ('package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println(y)\n}\n', (6, 14)),
}
NO_SHELL = ("bin/sh", "bin/bash", "bin/dash", "usr/bin/env", "usr/bin/busybox")


@pytest.mark.parametrize("language_id", LANGUAGES)
async def test_starter_compiles_and_reads_stdin(
    run_language: RunLanguage, language_id: str
) -> None:
    language = get_language(language_id)
    job = await run_language(language_id, language.starter, "Ada\n")
    outcome = job.outcome
    assert outcome.compile is not None and outcome.compile.ok, outcome.compile
    assert outcome.compile.diagnostics == []
    assert outcome.exit_code == 0 and not outcome.timed_out, outcome
    assert outcome.stdout.endswith("Hello, Ada!\n"), outcome
    assert outcome.stderr == ""
    # The runtime started under the run's own memory limit (256 MiB), not the compiler's.
    assert outcome.run_memory_applied == job.cgroups
    if job.cgroups:
        peak = outcome.run_measurement.peak_memory_bytes
        assert peak is not None and 0 < peak <= language.limits.run.memory_bytes
    for path in NO_SHELL:
        assert not (job.rootfs.path / path).exists(), f"{path} in the {language_id} rootfs"
    # One line per language for the report (pytest -s shows it); bench/ has the real figures.
    print(
        json.dumps(
            {
                "language": language_id,
                "start_ms": round(job.start_ms),
                "compile_ms": round(outcome.compile_ms),
                "run_ms": round(outcome.run_ms),
                "rootfs_mib": round(job.rootfs.size_bytes / 2**20, 1),
            }
        )
    )


@pytest.mark.parametrize("language_id", LANGUAGES)
async def test_compile_error_is_a_marker_and_nothing_runs(
    run_language: RunLanguage, language_id: str
) -> None:
    source, (line, column) = BROKEN[language_id]
    job = await run_language(language_id, source, "")
    result = job.outcome.compile
    assert result is not None and not result.ok, result
    assert result.diagnostics, result.output
    first = result.diagnostics[0]
    assert (first.line, first.column, first.severity) == (line, column, "error"), result.output
    assert isinstance(first, CompileDiagnostic) and first.message
    assert job.outcome.stdout == "" and job.outcome.result.verdict == "compile_error"
