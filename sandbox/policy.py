"""The import/AST policy: a friendly early check before a run (gVisor is the wall, not this).

`validate(code)` returns diagnostics the editor can show; an empty list means the code may run.
Everything is bounded: the byte size is checked first, then the bracket nesting is measured
with the tokenizer before `ast.parse` sees the text, so hostile input gets "too complex" rather
than crashing the host process.
"""

from __future__ import annotations

import ast
import io
import itertools
import re
import tokenize
import unicodedata
from collections.abc import Iterable
from functools import cache
from importlib import import_module
from types import ModuleType

from sandbox import syntax
from sandbox.errors import PolicyError
from sandbox.events import Diagnostic, RunResult
from sandbox.verdicts import Verdict, refusal_verdict

# The seed's whitelist and the `sys` facade: always allowed, whatever the settings say.
CORE_MODULES: frozenset[str] = frozenset(
    {"math", "json", "collections", "itertools", "functools", "typing", "dataclasses", "sys"}
)
# Standard-library modules that only compute: the default of `SandboxSettings.extra_modules`.
COMPUTE_MODULES: tuple[str, ...] = (
    "array",
    "bisect",
    "copy",
    "datetime",
    "decimal",
    "enum",
    "fractions",
    "heapq",
    "io",
    "operator",
    "random",
    "re",
    "statistics",
    "string",
    "textwrap",
    "time",
)
# Modules that reach the OS, processes, the network, native code, the import system or the
# interpreter's internals: refused even when a setting lists them (settings validate this too).
NEVER_MODULES: frozenset[str] = frozenset(
    {
        "_thread", "asyncio", "builtins", "code", "codecs", "codeop", "ctypes", "faulthandler",
        "fcntl", "gc", "glob", "importlib", "inspect", "marshal", "mmap",
        "multiprocessing", "os", "pathlib", "pickle", "posix", "pty", "resource", "runpy",
        "select", "selectors", "shelve", "shutil", "signal", "site", "socket", "ssl",
        "subprocess", "sysconfig", "tempfile", "threading", "traceback", "types", "urllib",
        "weakref", "zipimport",
    }
)  # fmt: skip
# Modules whose import gives the program a curated surface: only these names may be used.
FACADES: dict[str, frozenset[str]] = {
    "sys": frozenset(
        {"stdin", "stdout", "stderr", "setrecursionlimit", "getrecursionlimit", "maxsize", "exit"}
    ),
    "io": frozenset({"StringIO", "BytesIO"}),
}
# Public names of allowed modules that still lead somewhere the program must not go.
MODULE_DENIED: dict[str, frozenset[str]] = {
    # Entropy from the OS beyond seeding (the Mersenne Twister is seeded once at import).
    "random": frozenset({"SystemRandom"}),
    # Formatter.get_field walks attributes by name, like '{0.__globals__}'.format does.
    "string": frozenset({"Formatter"}),
    # get_type_hints evaluates string annotations: eval by another name.
    "typing": frozenset({"get_type_hints", "ForwardRef"}),
}
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
# Calls that take an attribute name as a string: it must be a literal the checks can see.
ATTRIBUTE_BY_NAME: dict[str, int | None] = {
    "getattr": 1,
    "hasattr": 1,
    "attrgetter": None,  # every argument, each may be dotted ('a.b')
    "methodcaller": 0,
}
# Submodules that are themselves harmless and commonly used.
SAFE_SUBMODULES: frozenset[str] = frozenset({"collections.abc"})
# Names that reach the interpreter's internals; other dunders (`__init__`, `__slots__`,
# `__name__`, `__class__`, `__eq__`, ...) are ordinary class code and stay allowed.
INTERNAL_NAMES: frozenset[str] = frozenset(
    {
        # the type graph: from any object up to `object` and down to every loaded class
        "__base__", "__bases__", "__mro__", "__subclasses__",
        # functions' and modules' namespaces, builtins and bytecode
        "__globals__", "__builtins__", "__code__", "__closure__", "__dict__", "__self__",
        "__import__", "__loader__", "__spec__", "__reduce__", "__reduce_ex__",
        "__getattribute__", "__setattr__", "__delattr__", "__traceback__",
        # frames, code objects and their parts (public names, same reach)
        "tb_frame", "tb_next", "gi_frame", "gi_code", "cr_frame", "cr_code", "ag_frame",
        "ag_code", "f_back", "f_globals", "f_locals", "f_builtins", "f_code", "f_trace",
        "co_code", "co_consts", "co_names",
    }
)  # fmt: skip
FORBIDDEN_NAMES: frozenset[str] = frozenset(
    {"__builtins__", "__loader__", "__spec__", "__import__", "__build_class__"}
)
# A str.format replacement field that reads an attribute starting with '_' ('{0.__class__}').
_FORMAT_TRAVERSAL = re.compile(r"\{[^{}]*?\.\s*_")
MAX_NESTING = 50
MAX_NODES = 20_000
_CODING_COOKIE = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", re.MULTILINE)
# The program is UTF-8 text, so a declaration saying so (`# -*- coding: utf-8 -*-`, common at
# the top of pasted code) changes nothing; any other could decode the bytes differently.
_UTF8_NAMES = frozenset({b"utf-8", b"utf8", b"utf_8"})
# Bidirectional controls (Trojan Source) and other invisible format characters.
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


@cache
def star_names(name: str) -> tuple[str, ...]:
    """The names `from name import *` binds: the module's `__all__`, else its public names."""
    try:
        module = import_module(name)
    except ImportError:
        return ()
    exported = getattr(module, "__all__", None)
    if exported is None:
        exported = [attr for attr in vars(module) if not attr.startswith("_")]
    return tuple(sorted(str(attr) for attr in exported))


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


def _member_refusal(module: str, name: str) -> tuple[str, str] | None:
    """Why `module.name` may not be used (message, code), or None when it may."""
    if name.startswith("_"):
        return f"'{module}.{name}' is private", "dunder_access"
    if (module in FACADES and name not in FACADES[module]) or name in MODULE_DENIED.get(module, ()):
        return f"'{module}.{name}' is not available", "forbidden_attr"
    if module not in FACADES and name in module_attributes(module):
        return f"'{module}.{name}' is a module", "reexport"
    return None


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
    cookie = _CODING_COOKIE.search(head)
    if cookie and cookie.group(1).lower() not in _UTF8_NAMES:
        return [
            _diag(None, "coding declarations other than utf-8 are not allowed", "coding_cookie")
        ]
    try:
        raw.decode("utf-8", errors="strict")
    except UnicodeDecodeError as exc:
        return [_diag(None, f"program is not valid UTF-8 (byte {exc.start})", "bad_utf8")]
    return []


def _check_characters(code: str) -> list[Diagnostic]:
    found = [
        Diagnostic(
            line=number,
            column=column,
            message=f"invisible control character U+{ord(char):04X} is not allowed",
            code="control_char",
        )
        for number, line in enumerate(code.splitlines(), start=1)
        for column, char in enumerate(line)
        if char in _BIDI or (unicodedata.category(char) == "Cc" and char not in "\t\f")
    ]
    return found[:20]


def _nesting_depth(code: str) -> int:
    depth = deepest = 0
    for token in tokenize.generate_tokens(io.StringIO(code).readline):
        if token.type == tokenize.INDENT or (token.type == tokenize.OP and token.string in "([{"):
            depth += 1
            deepest = max(deepest, depth)
        elif token.type == tokenize.DEDENT or (token.type == tokenize.OP and token.string in ")]}"):
            depth -= 1
    return deepest


def syntax_diagnostic(exc: SyntaxError) -> Diagnostic:
    """A SyntaxError as a `kind="syntax"` diagnostic at its line and (0-based) column."""
    line = exc.lineno or 1
    column = max((exc.offset or 1) - 1, 0)
    end_line = exc.end_lineno if exc.end_lineno and exc.end_lineno >= line else None
    end_column = max(exc.end_offset - 1, 0) if end_line and exc.end_offset else None
    return Diagnostic(
        line=line,
        column=column,
        message=f"syntax error: {exc.msg}",
        code="syntax_error",
        end_line=end_line,
        end_column=end_column,
        kind="syntax",
    )


def _parse(code: str) -> tuple[ast.Module | None, list[Diagnostic]]:
    too_complex = [_diag(None, "program is too complex to check (nesting too deep)", "too_complex")]
    try:
        if _nesting_depth(code) > MAX_NESTING:
            return None, too_complex
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass  # ast.parse reports the syntax error with a position below.
    try:
        return syntax.parse(code, filename="main.py"), []
    except SyntaxError as exc:
        return None, [syntax_diagnostic(exc)]
    except (RecursionError, MemoryError, ValueError):
        return None, too_complex


class _Checker(ast.NodeVisitor):
    def __init__(self, allowed: frozenset[str]) -> None:
        self.allowed = allowed
        self.found: list[Diagnostic] = []
        # Local name -> module it is bound to by an import statement.
        self.module_aliases: dict[str, str] = {}

    def _refuse(self, node: ast.AST, message: str, code: str) -> None:
        self.found.append(_diag(node, message, code))

    def _check_module(self, node: ast.AST, name: str) -> bool:
        top = name.split(".")[0]
        allowed = top in self.allowed and top not in NEVER_MODULES
        if not allowed or ("." in name and name not in SAFE_SUBMODULES):
            self._refuse(node, f"import of '{name}' is not allowed", "forbidden_import")
            return False
        return True

    def _check_member(self, node: ast.AST, module: str, name: str) -> None:
        """`module.name` or `from module import name`: facades, denied names, re-exports."""
        if refusal := _member_refusal(module, name):
            self._refuse(node, *refusal)

    def _check_star(self, node: ast.ImportFrom, module: str) -> None:
        """`from module import *` is every name it exports, each checked as if named."""
        names = star_names(module)
        blocked = next((n for n in names if _member_refusal(module, n) is not None), None)
        if not names or blocked is not None:
            why = f": it would bring in '{blocked}'" if blocked else ""
            self._refuse(
                node,
                f"'from {module} import *' is not allowed{why}; import the names you use",
                "forbidden",
            )

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if not self._check_module(node, alias.name):
                continue
            if alias.asname or "." not in alias.name:
                self.module_aliases[alias.asname or alias.name] = alias.name
        self.generic_visit(node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level:
            self._refuse(node, "relative imports are not allowed", "forbidden_import")
        elif node.module is not None and self._check_module(node, node.module):
            for alias in node.names:
                if alias.name == "*":
                    self._check_star(node, node.module)
                else:
                    self._check_member(node, node.module, alias.name)
        self.generic_visit(node)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if node.attr in INTERNAL_NAMES:
            self._refuse(node, f"access to '{node.attr}' is not allowed", "dunder_access")
        elif isinstance(node.value, ast.Name) and node.value.id in self.module_aliases:
            self._check_member(node, self.module_aliases[node.value.id], node.attr)
        self.generic_visit(node)

    def visit_MatchClass(self, node: ast.MatchClass) -> None:
        if not INTERNAL_NAMES.isdisjoint(node.kwd_attrs):
            self._refuse(node, "patterns may not match interpreter internals", "dunder_access")
        self.generic_visit(node)

    def visit_Name(self, node: ast.Name) -> None:
        if node.id in FORBIDDEN_NAMES or node.id in INTERNAL_NAMES:
            self._refuse(node, f"use of '{node.id}' is not allowed", "dunder_access")
        elif node.id in FORBIDDEN_CALLS:
            self._refuse(node, f"'{node.id}' is not allowed", "forbidden_call")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        if name in ATTRIBUTE_BY_NAME:
            index = ATTRIBUTE_BY_NAME[name]
            names = node.args if index is None else node.args[index : index + 1]
            if (
                not names
                or (node.keywords and index is not None)
                or not all(_public_literal(arg) for arg in names)
            ):
                self._refuse(node, f"{name}() needs a literal public name", "dynamic_attr")
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        # Text may hold anything ('__main__', 'a__b'); only a format field that walks into a
        # private or dunder attribute is refused (the format-string traversal of cat. 8).
        if isinstance(node.value, str) and _FORMAT_TRAVERSAL.search(node.value):
            self._refuse(node, "format fields may not read private attributes", "format_traversal")


def _public_literal(node: ast.expr) -> bool:
    """A string literal whose dotted parts are all public names."""
    if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
        return False
    return all(part and not part.startswith("_") for part in node.value.split("."))


def validate(
    code: str, *, extra_modules: Iterable[str] = COMPUTE_MODULES, limit_bytes: int = 10 * 1024
) -> list[Diagnostic]:
    """Check a program before it runs.

    Args:
        code: The exact text that will run.
        extra_modules: Modules allowed besides `CORE_MODULES` (settings' `extra_modules`, by
            default `COMPUTE_MODULES`); a module of `NEVER_MODULES` stays refused.
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
        # More than MAX_NODES + 1 nodes: too many to check (counting stops there).
        if next(itertools.islice(ast.walk(tree), MAX_NODES + 1, None), None) is not None:
            raise RecursionError
        checker.visit(tree)
    except RecursionError:
        return [_diag(None, "program is too complex to check", "too_complex")]
    return sorted(checker.found, key=lambda d: (d.line, d.column))


def ensure_valid(
    code: str, *, extra_modules: Iterable[str] = COMPUTE_MODULES, limit_bytes: int = 10 * 1024
) -> None:
    """Like `validate`, but raises.

    Raises:
        PolicyError: With the first finding as message and all of them as `diagnostics`.
    """
    found = validate(code, extra_modules=extra_modules, limit_bytes=limit_bytes)
    if found:
        raise PolicyError(found[0].message, tuple(found))


def refusal(
    code: str,
    *,
    extra_modules: Iterable[str] = COMPUTE_MODULES,
    limit_bytes: int = 10 * 1024,
    enforce: bool = True,
) -> RunResult | None:
    """The one policy check of a run: the result of a refused program, or None if it may run.

    A program that does not parse is a `syntax_error`, any other refusal a
    `policy_violation` with its diagnostics. Without `enforce` (tests that prove gVisor holds
    alone) only the size bound, an application rule, is kept.
    """
    if not enforce:
        if len(code.encode("utf-8", "replace")) > limit_bytes:
            return RunResult(verdict=Verdict.POLICY_VIOLATION, message="program too large")
        return None
    diagnostics = validate(code, extra_modules=extra_modules, limit_bytes=limit_bytes)
    if not diagnostics:
        return None
    return RunResult(
        verdict=refusal_verdict(d.kind for d in diagnostics),
        message=diagnostics[0].message,
        diagnostics=tuple(diagnostics),
    )
