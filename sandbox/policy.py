"""The import/AST policy: a friendly early check before a run (gVisor is the wall, not this).

`validate(code)` returns diagnostics the editor can show; an empty list means the code may run.
Everything is bounded: the byte size is checked first, then the bracket nesting is measured
with the tokenizer before `ast.parse` sees the text, so hostile input gets "too complex" rather
than crashing the host process.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
import unicodedata
from collections.abc import Iterable
from functools import cache
from importlib import import_module
from types import ModuleType

from sandbox.errors import PolicyError
from sandbox.events import Diagnostic

CORE_MODULES: frozenset[str] = frozenset(
    {"math", "json", "collections", "itertools", "functools", "typing", "dataclasses"}
)
SYS_FACADE: frozenset[str] = frozenset(
    {"stdin", "stdout", "stderr", "setrecursionlimit", "getrecursionlimit", "maxsize", "exit"}
)
FORBIDDEN_CALLS: frozenset[str] = frozenset(
    {
        "__import__",
        "exec",
        "eval",
        "compile",
        "open",
        "vars",
        "globals",
        "locals",
        "breakpoint",
        "delattr",
        "setattr",
        "memoryview",
    }
)
# Submodules that are themselves harmless and commonly used.
SAFE_SUBMODULES: frozenset[str] = frozenset({"collections.abc"})
FORBIDDEN_NAMES: frozenset[str] = frozenset({"__builtins__", "__loader__", "__spec__"})
MAX_NESTING = 50
MAX_NODES = 20_000
_CODING_COOKIE = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*[-\w.]+", re.MULTILINE)
# Bidirectional controls (Trojan Source) and other invisible format characters.
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


@cache
def module_attributes(name: str) -> frozenset[str]:
    """Attributes of an allowed module that are modules themselves (`typing.sys`, ...)."""
    try:
        module = import_module(name)
    except ImportError:
        return frozenset()
    return frozenset(
        attr
        for attr, value in vars(module).items()
        if isinstance(value, ModuleType) and f"{name}.{attr}" not in SAFE_SUBMODULES
    )


def _diag(node: ast.AST | None, message: str, code: str) -> Diagnostic:
    if node is None:
        return Diagnostic(line=1, column=0, message=message, code=code)
    return Diagnostic(
        line=getattr(node, "lineno", 1),
        column=getattr(node, "col_offset", 0),
        message=message,
        code=code,
        end_line=getattr(node, "end_lineno", None),
        end_column=getattr(node, "end_col_offset", None),
    )


def _check_bytes(raw: bytes, limit: int) -> list[Diagnostic]:
    if len(raw) > limit:
        return [_diag(None, f"program is {len(raw)} bytes; the limit is {limit}", "too_large")]
    if b"\x00" in raw:
        return [_diag(None, "program contains a NUL byte", "nul_byte")]
    if raw.startswith(b"\xef\xbb\xbf"):
        return [_diag(None, "program starts with a byte-order mark", "bom")]
    head = b"\n".join(raw.splitlines()[:2])
    if _CODING_COOKIE.search(head):
        return [_diag(None, "coding declarations are not allowed", "coding_cookie")]
    try:
        raw.decode("utf-8", errors="strict")
    except UnicodeDecodeError as exc:
        return [_diag(None, f"program is not valid UTF-8 (byte {exc.start})", "bad_utf8")]
    return []


def _check_characters(code: str) -> list[Diagnostic]:
    found = []
    for number, line in enumerate(code.splitlines(), start=1):
        for column, char in enumerate(line):
            if char in _BIDI or (unicodedata.category(char) == "Cc" and char not in "\t\f"):
                found.append(
                    Diagnostic(
                        line=number,
                        column=column,
                        message=f"invisible control character U+{ord(char):04X} is not allowed",
                        code="control_char",
                    )
                )
    return found[:20]


def _nesting_depth(code: str) -> int:
    depth = deepest = 0
    for token in tokenize.generate_tokens(io.StringIO(code).readline):
        if token.type == tokenize.OP and token.string in "([{":
            depth += 1
            deepest = max(deepest, depth)
        elif token.type == tokenize.OP and token.string in ")]}":
            depth -= 1
        elif token.type == tokenize.INDENT:
            depth += 1
            deepest = max(deepest, depth)
        elif token.type == tokenize.DEDENT:
            depth -= 1
    return deepest


def _parse(code: str) -> tuple[ast.Module | None, list[Diagnostic]]:
    too_complex = [_diag(None, "program is too complex to check (nesting too deep)", "too_complex")]
    try:
        if _nesting_depth(code) > MAX_NESTING:
            return None, too_complex
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass  # ast.parse reports the syntax error with a position below.
    try:
        return ast.parse(code, filename="main.py"), []
    except SyntaxError as exc:
        return None, [
            Diagnostic(
                line=exc.lineno or 1,
                column=max((exc.offset or 1) - 1, 0),
                message=f"syntax error: {exc.msg}",
                code="syntax_error",
            )
        ]
    except (RecursionError, MemoryError, ValueError):
        return None, too_complex


class _Checker(ast.NodeVisitor):
    def __init__(self, allowed: frozenset[str]) -> None:
        self.allowed = allowed
        self.found: list[Diagnostic] = []
        self.sys_aliases: set[str] = set()
        self.module_aliases: dict[str, str] = {}

    def _refuse(self, node: ast.AST, message: str, code: str) -> None:
        self.found.append(_diag(node, message, code))

    def _check_module(self, node: ast.AST, name: str) -> bool:
        top = name.split(".")[0]
        if top == "sys" and name == "sys":
            return True
        if top not in self.allowed or ("." in name and name not in SAFE_SUBMODULES):
            self._refuse(node, f"import of '{name}' is not allowed", "forbidden_import")
            return False
        return True

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if not self._check_module(node, alias.name):
                continue
            if alias.name == "sys":
                self.sys_aliases.add(alias.asname or "sys")
            elif alias.asname or "." not in alias.name:
                self.module_aliases[alias.asname or alias.name] = alias.name
        self.generic_visit(node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level:
            self._refuse(node, "relative imports are not allowed", "forbidden_import")
        elif node.module is not None and self._check_module(node, node.module):
            for alias in node.names:
                if alias.name == "*" or alias.name.startswith("_"):
                    self._refuse(node, f"'from {node.module} import {alias.name}'", "forbidden")
                elif node.module == "sys" and alias.name not in SYS_FACADE:
                    self._refuse(node, f"'sys.{alias.name}' is not available", "forbidden_attr")
                elif node.module != "sys" and alias.name in module_attributes(node.module):
                    self._refuse(node, f"'{node.module}.{alias.name}' is a module", "reexport")
        self.generic_visit(node)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if node.attr.startswith("_"):
            self._refuse(node, f"access to '{node.attr}' is not allowed", "dunder_access")
        elif (
            isinstance(node.value, ast.Name)
            and node.value.id in self.sys_aliases
            and node.attr not in SYS_FACADE
        ):
            self._refuse(node, f"'sys.{node.attr}' is not available", "forbidden_attr")
        elif (
            isinstance(node.value, ast.Name)
            and node.value.id in self.module_aliases
            and node.attr in module_attributes(self.module_aliases[node.value.id])
        ):
            module = self.module_aliases[node.value.id]
            self._refuse(node, f"'{module}.{node.attr}' is a module", "reexport")
        self.generic_visit(node)

    def visit_MatchClass(self, node: ast.MatchClass) -> None:
        if any(attr.startswith("_") for attr in node.kwd_attrs):
            self._refuse(node, "patterns may not match private attributes", "dunder_access")
        self.generic_visit(node)

    def visit_Name(self, node: ast.Name) -> None:
        if node.id in FORBIDDEN_NAMES or (node.id.startswith("__") and node.id != "__name__"):
            self._refuse(node, f"use of '{node.id}' is not allowed", "dunder_access")
        elif node.id in FORBIDDEN_CALLS:
            self._refuse(node, f"'{node.id}' is not allowed", "forbidden_call")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        if isinstance(node.func, ast.Name) and node.func.id in {"getattr", "hasattr"}:
            args = node.args
            name_ok = (
                len(args) >= 2
                and isinstance(args[1], ast.Constant)
                and isinstance(args[1].value, str)
                and not args[1].value.startswith("_")
            )
            if not name_ok:
                self._refuse(node, f"{node.func.id}() needs a literal public name", "dynamic_attr")
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        # Format-string traversal ('{0.__class__}') and attribute names smuggled in strings.
        if isinstance(node.value, str) and "__" in node.value and node.value != "__main__":
            self._refuse(node, "strings containing '__' are not allowed", "dunder_string")


def _walk_bounded(tree: ast.Module) -> Iterable[ast.AST]:
    for count, node in enumerate(ast.walk(tree)):
        if count > MAX_NODES:
            raise RecursionError
        yield node


def validate(
    code: str, *, extra_modules: Iterable[str] = (), limit_bytes: int = 10 * 1024
) -> list[Diagnostic]:
    """Check a program before it runs.

    Args:
        code: The exact text that will run.
        extra_modules: Modules allowed besides the core whitelist (settings' `extra_modules`).
        limit_bytes: Largest accepted size in UTF-8 bytes.

    Returns:
        Diagnostics with 1-based lines and 0-based columns; empty when the code may run.
    """
    try:
        raw = code.encode("utf-8", errors="strict")
    except UnicodeEncodeError as exc:
        return [_diag(None, f"program is not valid UTF-8 (char {exc.start})", "bad_utf8")]
    found = _check_bytes(raw, limit_bytes) or _check_characters(code)
    if found:
        return found
    tree, found = _parse(code)
    if tree is None:
        return found
    checker = _Checker(CORE_MODULES | frozenset(extra_modules))
    try:
        for _ in _walk_bounded(tree):
            pass
        checker.visit(tree)
    except RecursionError:
        return [_diag(None, "program is too complex to check", "too_complex")]
    return sorted(checker.found, key=lambda d: (d.line, d.column))


def ensure_valid(
    code: str, *, extra_modules: Iterable[str] = (), limit_bytes: int = 10 * 1024
) -> None:
    """Like `validate`, but raises.

    Raises:
        PolicyError: With the first finding as message and all of them as `diagnostics`.
    """
    found = validate(code, extra_modules=extra_modules, limit_bytes=limit_bytes)
    if found:
        raise PolicyError(found[0].message, tuple(found))
