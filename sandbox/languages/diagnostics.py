"""Compile errors as editor markers: a compiler's output parsed by its language's patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath

from sandbox.languages.registry import Language

# Compilers can print megabytes for one template error; markers come from the first part.
MAX_PARSED_CHARS = 64 * 1024
MAX_DIAGNOSTICS = 50


@dataclass(frozen=True, slots=True)
class CompileDiagnostic:
    """One compiler message about the program, at a 1-based line and column."""

    line: int
    column: int
    message: str
    severity: str = "error"


def _column(match: re.Match[str]) -> int:
    groups = match.groupdict()
    if groups.get("column"):
        return int(groups["column"])
    if groups.get("caret") is not None:
        return len(groups["caret"]) + 1
    return 1


def parse_diagnostics(language: Language, output: str) -> list[CompileDiagnostic]:
    """The markers in a compiler's `output` about the program's own file.

    Messages about other files (a header a template error went through) are left out; the
    patterns of the language are tried in order and the first that matches a position wins,
    so a pattern that also reads the caret line goes before a plainer one.

    Args:
        language: The registry entry whose `diagnostics` patterns read this compiler.
        output: What the compile step wrote (stdout and stderr together).

    Returns:
        Markers in the order the compiler printed them, errors and warnings alike.
    """
    text = output[:MAX_PARSED_CHARS]
    found: dict[int, CompileDiagnostic] = {}
    for pattern in language.diagnostics:
        for match in re.finditer(pattern, text, re.MULTILINE):
            groups = match.groupdict()
            file = groups.get("file")
            if file and PurePosixPath(file).name != language.file_name:
                continue
            start = match.start()
            if start in found:
                continue
            severity = (groups.get("severity") or "error").replace("fatal error", "error")
            found[start] = CompileDiagnostic(
                line=int(groups["line"]),
                column=_column(match),
                message=groups["message"].strip(),
                severity=severity,
            )
    return [found[start] for start in sorted(found)][:MAX_DIAGNOSTICS]
