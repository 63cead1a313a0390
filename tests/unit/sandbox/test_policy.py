"""The policy refuses hostile programs with positions and never crashes on odd input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sandbox.errors import PolicyError
from sandbox.policy import ensure_valid, validate
from sandbox.settings import DEFAULT_EXTRA_MODULES


def codes(code: str) -> list[str]:
    return [d.code for d in validate(code, extra_modules=DEFAULT_EXTRA_MODULES)]


@pytest.mark.parametrize(
    "code",
    [
        "import math, json, collections, itertools, functools, typing, dataclasses\n",
        "import heapq, bisect, random, re, string, operator, statistics\n",
        "from fractions import Fraction\nfrom decimal import Decimal\nimport copy, enum\n",
        "import sys\nn = int(sys.stdin.readline())\nsys.setrecursionlimit(10**5)\n",
        "from sys import stdin, stdout, maxsize\n",
        "name = input('name? ')\nprint(f'hi {name}')\n",
        "if __name__ == '__main__':\n    print(getattr(1, 'real'))\n",
        "from collections.abc import Iterable\nimport collections.abc\n",
        "class A:\n    def __init__(self):\n        self.x = 1\n",
    ],
)
def test_benign_programs_pass(code: str) -> None:
    assert validate(code, extra_modules=DEFAULT_EXTRA_MODULES) == []


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("import os", "forbidden_import"),
        ("from subprocess import run", "forbidden_import"),
        ("import importlib", "forbidden_import"),
        ("import os.path", "forbidden_import"),
        ("from . import x", "forbidden_import"),
        ("__import__('os')", "dunder_access"),
        ("exec('1')", "forbidden_call"),
        ("eval('1')", "forbidden_call"),
        ("compile('1', 'f', 'exec')", "forbidden_call"),
        ("open('/etc/passwd')", "forbidden_call"),
        ("vars()", "forbidden_call"),
        ("globals()", "forbidden_call"),
        ("breakpoint()", "forbidden_call"),
        ("import collections\ncollections._sys", "dunder_access"),
        ("import typing\ntyping.sys.modules", "reexport"),
        ("import dataclasses as d\nd.inspect.os", "reexport"),
        ("import json\njson.codecs.open", "reexport"),
        ("from typing import sys", "reexport"),
        ("().__class__.__base__.__subclasses__()", "dunder_access"),
        ("def f(): pass\nf.__globals__", "dunder_access"),
        ("__loader__", "dunder_access"),
        ("__spec__", "dunder_access"),
        ("import sys\nsys._getframe()", "dunder_access"),
        ("import sys\nsys.modules", "forbidden_attr"),
        ("from sys import modules", "forbidden_attr"),
        ("getattr(1, '__cla' + 'ss__')", "dynamic_attr"),
        ("name = 'real'\ngetattr(1, name)", "dynamic_attr"),
        ("'{0.__init__.__globals__}'.format(1)", "dunder_string"),
        ("def f(): pass\nf.__code__", "dunder_access"),
        ("match 1:\n    case object(__class__=c):\n        pass", "dunder_access"),
        ("ｅｖａｌ('1')", "forbidden_call"),
    ],
)
def test_hostile_programs_refused(code: str, expected: str) -> None:
    assert expected in codes(code)


def test_position_of_forbidden_import() -> None:
    [diag] = validate("x = 1\n\nif x:\n    import os\n")
    assert (diag.line, diag.column, diag.end_line) == (4, 4, 4)
    assert "os" in diag.message


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("x = 1\n" * 2000, "too_large"),
        ("x = 'é'\n" * 1200, "too_large"),
        ("x = 1\x00", "nul_byte"),
        ("\ufeffx = 1", "bom"),
        ("# -*- coding: utf-7 -*-\nx = 1", "coding_cookie"),
        ("#!/usr/bin/python\n# vim: set fileencoding=latin-1 :\nx = 1", "coding_cookie"),
        ("s = 'abc\u202edef'", "control_char"),
        ("x = 1 \u2066", "control_char"),
        ("x = '\ud800'", "bad_utf8"),
        ("x = (", "syntax_error"),
        ("(" * 100 + ")" * 100, "too_complex"),
        ("[" * 5000 + "]" * 5000, "too_complex"),
        ("-" * 9000 + "1", "too_complex"),
        ("1" + "+1" * 4000, "too_complex"),
        ("not " * 2000 + "x", "too_complex"),
    ],
)
def test_source_smuggling_and_complexity(code: str, expected: str) -> None:
    assert codes(code)[:1] == [expected]


def test_size_counted_in_utf8_bytes_not_characters() -> None:
    code = "s = '" + "€" * 3500 + "'"  # 3506 characters, 10506 bytes
    assert len(code) < 10 * 1024 < len(code.encode())
    assert codes(code) == ["too_large"]


def test_extras_are_configurable() -> None:
    assert codes("import heapq") == []
    assert [d.code for d in validate("import heapq")] == ["forbidden_import"]
    assert validate("import array", extra_modules=("array",)) == []


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_never_crashes_on_arbitrary_text(code: str) -> None:
    result = validate(code)
    assert isinstance(result, list)


def test_ensure_valid_raises_with_diagnostics() -> None:
    ensure_valid("print(1)")
    with pytest.raises(PolicyError, match="'os'") as info:
        ensure_valid("import os\nimport sys\nsys.modules")
    assert [d.code for d in info.value.diagnostics] == ["forbidden_import", "forbidden_attr"]  # type: ignore[attr-defined]
