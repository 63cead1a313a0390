"""Fast-I/O templates swapped for plain `sys.stdin`/`sys.stdout`, so such programs can be timed.

Many competitive programmers paste a template that reads stdin through `os.read` (`class
FastIO(IOBase)`, `input = io.BytesIO(os.read(0, os.fstat(0).st_size)).readline`). The sandbox
policy refuses `os`, so these programs could never be measured. The template only changes how
fast bytes arrive, not how the algorithm grows, so the measurement times the same program with
the template replaced by the standard streams. What it times is checked against the policy
like any other code: nothing is let through that the policy would refuse.
"""

from __future__ import annotations

import ast

from actors.analysis.offline.idioms import wraps_a_stream
from actors.analysis.offline.names import callee_name, calls
from sandbox import syntax


def plain_io(code: str) -> str | None:
    """`code` with its fast-I/O template replaced by the standard streams.

    Removes classes that wrap a stream (`class FastIO(IOBase)`) and the statements that install
    them (`sys.stdin, sys.stdout = IOWrapper(sys.stdin), ...`), reads `sys.stdin.buffer` where
    the program read file descriptor 0 with `os.read`, writes `sys.stdout.buffer` for
    `os.write(1, ...)`, keeps only the `else` of `if os.path.exists(...)` (a local input
    file), and drops the imports nothing uses any more. None when the code has no such
    template or does not parse.
    """
    try:
        tree = syntax.parse(code)  # one parse at a time in the process (CPython 3.11)
    except SyntaxError:
        return None
    rewriter = _PlainIO()
    tree = rewriter.visit(tree)
    if not _drop_unused_imports(tree) and not rewriter.changed:
        return None
    if rewriter.uses_sys:  # first thing, as it may be used before the program imports it
        futures = [
            s for s in tree.body if isinstance(s, ast.ImportFrom) and s.module == "__future__"
        ]
        tree.body.insert(len(futures), ast.Import(names=[ast.alias(name="sys")]))
    return ast.unparse(ast.fix_missing_locations(tree)) + "\n"


class _PlainIO(ast.NodeTransformer):
    def __init__(self) -> None:
        self.changed = False
        self.uses_sys = False  # the rewrite reads or writes `sys.stdin`/`sys.stdout`
        self._wrappers: set[str] = set()

    def visit_Module(self, node: ast.Module) -> ast.AST:
        self._wrappers = {
            n.name for n in ast.walk(node) if isinstance(n, ast.ClassDef) and wraps_a_stream(n)
        }
        self.generic_visit(node)
        return node

    def visit_ClassDef(self, node: ast.ClassDef) -> ast.AST | None:
        if node.name in self._wrappers:
            self.changed = True
            return None
        self.generic_visit(node)
        return node

    def visit_Assign(self, node: ast.Assign) -> ast.AST | None:
        if calls(node.value, self._wrappers):
            self.changed = True
            return None  # `sys.stdin, sys.stdout = IOWrapper(sys.stdin), IOWrapper(sys.stdout)`
        if _redirects_a_stream(node):
            self.changed = True
            return None  # `sys.stdin = open("input.txt")`: the local test file
        self.generic_visit(node)
        return node

    def visit_If(self, node: ast.If) -> ast.AST | list[ast.stmt] | None:
        if _os_call(node.test, "exists"):
            self.changed = True  # `if os.path.exists("input.txt"): sys.stdin = open(...)`
            kept: list[ast.stmt] = []
            for stmt in node.orelse:
                done = self.visit(stmt)
                kept.extend(done if isinstance(done, list) else [done] if done else [])
            return kept or None
        self.generic_visit(node)
        return node

    def visit_Call(self, node: ast.Call) -> ast.AST:
        if callee_name(node) == "BytesIO" and node.args and _os_call(node.args[0], "read"):
            self.changed = self.uses_sys = True  # `io.BytesIO(os.read(0, ...))`: the same bytes
            return _attribute("sys", "stdin", "buffer")
        if _os_call(node, "read") and _is_fd(node.args, 0):
            self.changed = self.uses_sys = True
            return ast.Call(func=_attribute("sys", "stdin", "buffer", "read"), args=[], keywords=[])
        if _os_call(node, "write") and _is_fd(node.args, 1) and len(node.args) == 2:
            self.changed = self.uses_sys = True
            func = _attribute("sys", "stdout", "buffer", "write")
            return ast.Call(func=func, args=[node.args[1]], keywords=[])
        self.generic_visit(node)
        return node


def _redirects_a_stream(node: ast.Assign) -> bool:
    """`sys.stdin = open(...)`, `stdout = open(...)`: a stream redirected to a local file."""
    streams = {"stdin", "stdout"}
    return (
        isinstance(node.value, ast.Call)
        and callee_name(node.value) == "open"
        and all(
            (isinstance(t, ast.Attribute) and t.attr in streams)
            or (isinstance(t, ast.Name) and t.id in streams)
            for t in node.targets
        )
    )


def _os_call(node: ast.expr, name: str) -> bool:
    """`os.read(...)`, `os.path.exists(...)` (also `path.exists` after `from os import *`)."""
    if not isinstance(node, ast.Call) or callee_name(node) != name:
        return False
    func = node.func
    owner = func.value if isinstance(func, ast.Attribute) else None
    while isinstance(owner, ast.Attribute):
        owner = owner.value
    return isinstance(owner, ast.Name) and owner.id in {"os", "path"}


def _is_fd(args: list[ast.expr], fd: int) -> bool:
    return bool(args) and isinstance(args[0], ast.Constant) and args[0].value == fd


def _attribute(*parts: str) -> ast.expr:
    node: ast.expr = ast.Name(id=parts[0], ctx=ast.Load())
    for part in parts[1:]:
        node = ast.Attribute(value=node, attr=part, ctx=ast.Load())
    return node


def _bound(alias: ast.alias) -> str:
    """The name an import binds: `os` for `import os.path`, `h` for `import heapq as h`."""
    return alias.asname or alias.name.split(".")[0]


def _drop_unused_imports(tree: ast.Module) -> bool:
    """Remove the imported names nothing refers to any more (`os`, `IOBase`, `BytesIO`).

    Only those names the template used: an unused import of anything else stays as written.
    Returns whether it removed any.
    """
    template = {"os", "io", "IOBase", "BytesIO"}
    used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}  # imports bind no Name
    dropped = False
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if not isinstance(body, list):
            continue
        kept: list[ast.stmt] = []
        for stmt in body:
            if isinstance(stmt, ast.Import | ast.ImportFrom):
                star_from_os = isinstance(stmt, ast.ImportFrom) and stmt.module == "os"
                names = [
                    a
                    for a in stmt.names
                    if not star_from_os and not (_bound(a) in template and _bound(a) not in used)
                ]
                dropped |= len(names) < len(stmt.names)
                stmt.names = names
                if not stmt.names:
                    continue
            kept.append(stmt)
        body[:] = kept or [ast.Pass()]
    return dropped
