"""Compile errors become markers at their line and column, read from real compiler output."""

from __future__ import annotations

import pytest

from sandbox.languages import CompileDiagnostic, get_language, parse_diagnostics

# Each compiler's output for a one-error program, as it printed it in the sandbox.
OUTPUTS = {
    "cpp": (
        "/work/main.cpp: In function 'int main()':\n"
        "/work/main.cpp:3:18: error: 'x' was not declared in this scope\n"
        '    3 |     std::cout << x << "\\n";\n'
        "      |                  ^\n",
        [CompileDiagnostic(3, 18, "'x' was not declared in this scope")],
    ),
    "java": (
        "/work/Main.java:3: error: ';' expected\n        int x = 1\n                 ^\n1 error\n",
        [CompileDiagnostic(3, 18, "';' expected")],
    ),
    "go": (
        "# command-line-arguments\n./main.go:4:2: undefined: fmt\n./main.go:4:14: undefined: y\n",
        [CompileDiagnostic(4, 2, "undefined: fmt"), CompileDiagnostic(4, 14, "undefined: y")],
    ),
    "typescript": (
        "main.ts(2,7): error TS2322: Type 'string' is not assignable to type 'number'.\n",
        [CompileDiagnostic(2, 7, "TS2322: Type 'string' is not assignable to type 'number'.")],
    ),
    "javascript": (
        "/work/main.js:2\nconsole.log((x;\n              ^\n\nSyntaxError: Unexpected token ';'\n"
        "    at wrapSafe (node:internal/modules/cjs/loader:1464:18)\n\nNode.js v20.20.2\n",
        [CompileDiagnostic(2, 15, "SyntaxError: Unexpected token ';'")],
    ),
}


@pytest.mark.parametrize("language_id", sorted(OUTPUTS))
def test_each_compiler_output_gives_its_markers(language_id: str) -> None:
    output, expected = OUTPUTS[language_id]
    assert parse_diagnostics(get_language(language_id), output) == expected


def test_messages_about_other_files_are_left_out_and_warnings_kept() -> None:
    output = (
        "/usr/include/c++/12/bits/stl_vector.h:10:5: error: no match for 'operator='\n"
        "/work/main.cpp:7:3: warning: unused variable 'y' [-Wunused-variable]\n"
        "/work/main.cpp:9:1: fatal error: missing.h: No such file or directory\n"
    )
    assert parse_diagnostics(get_language("cpp"), output) == [
        CompileDiagnostic(7, 3, "unused variable 'y' [-Wunused-variable]", "warning"),
        CompileDiagnostic(9, 1, "missing.h: No such file or directory"),
    ]


def test_a_javac_error_without_its_caret_line_still_has_its_line() -> None:
    output = "/work/Main.java:12: error: cannot find symbol\n"
    assert parse_diagnostics(get_language("java"), output) == [
        CompileDiagnostic(12, 1, "cannot find symbol")
    ]
