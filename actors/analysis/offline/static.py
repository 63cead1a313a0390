"""Static Big-O analysis of Python source: per function and overall, time and space."""

from __future__ import annotations

import ast
import builtins
import copy
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import ClassVar

from actors.analysis.models import FunctionComplexity
from actors.analysis.offline.bitsets import bitset_names
from actors.analysis.offline.cost import EXP, ONE, Cost, N
from actors.analysis.offline.coster import Coster
from actors.analysis.offline.idioms import (
    READ_CALLS,
    count_reads,
    is_os_read,
    reader_helpers,
    record_read,
    repeats_a_problem,
    wraps_a_stream,
)
from actors.analysis.offline.loops import (
    CHOICES,
    folds_digits,
    halves_a_list,
    iter_count,
    literal,
)
from actors.analysis.offline.names import (
    LOG_CALLS,
    Scope,
    attribute_kinds,
    attribute_values,
    bound_names,
    build_scope,
    callee_name,
    calls,
    is_name,
    names_in,
    next_permutation_step,
    propagate_consts,
    walk_local,
)
from actors.analysis.offline.recursion import (
    bare_builtin_call,
    classify,
    cursor_names,
    cycle_through,
    floods_shared_marks,
    is_self_call,
    kept_cursors,
    key_names,
    memoised,
    without_base_cases,
)
from actors.analysis.offline.sizes import (
    constant_arguments,
    fixed_arguments,
    fixed_result,
    hash_arguments,
    refine_sizes,
    returns_per_digit_list,
)
from actors.analysis.offline.vocabulary import RANDOM_DRAWS
from sandbox import syntax

log = logging.getLogger(__name__)


@dataclass
class _Function:
    key: str
    display: str
    node: ast.FunctionDef | ast.AsyncFunctionDef
    scope: Scope


@dataclass(frozen=True, slots=True)
class FunctionCost:
    """The static verdict for one function."""

    name: str
    line: int
    time: Cost
    space: Cost
    params: tuple[str, ...]
    reason: str
    param_kinds: tuple[tuple[str, str], ...] = ()


@dataclass
class StaticReport:
    """What static analysis concluded about a whole program.

    Attributes:
        time: Overall time growth.
        space: Overall extra-space growth.
        functions: Per-function verdicts, in source order.
        reasons: Short phrases naming what dominates, most expensive first.
        fallbacks: How many guesses (unknown loop bounds, opaque recursion) were needed.
        reads_stdin: The program reads standard input.
        error: Set when the code does not parse.
    """

    time: Cost
    space: Cost
    functions: list[FunctionCost] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    fallbacks: int = 0
    reads_stdin: bool = False
    error: str = ""

    def function_complexities(self) -> tuple[FunctionComplexity, ...]:
        """The per-function part of the API answer."""
        return tuple(
            FunctionComplexity(name=f.name, time=f.time.label(), space=f.space.label(), line=f.line)
            for f in self.functions
        )


class StaticAnalyzer:
    """Estimates growth rates from the syntax tree alone (no code is executed)."""

    def analyze(self, code: str) -> StaticReport:
        """Analyse `code`; a syntax error gives an O(1) report with `error` set."""
        try:
            tree = syntax.parse(code)
        except (SyntaxError, ValueError) as exc:
            return StaticReport(time=ONE, space=ONE, error=f"syntax error: {exc}")
        except (RecursionError, MemoryError):
            return StaticReport(time=ONE, space=ONE, error="the code is nested too deeply")
        try:
            tree = _name_lambdas(_next_token_as_input(_unalias_imports(tree)))
            tree = _inline_choice_helpers(tree)
            tree = _bootstrap_as_plain_recursion(tree)
            tree = _class_calls_as_self(_decorate_rebound(_exec_as_loops(tree)))
            tree = _unpack_tuple_states(_rename_builtin_methods(tree))
            tree = ast.fix_missing_locations(_GolfedForms().visit(tree))
            tree = _FormatsAsWriters().visit(tree)
            return _Program(tree).report()
        except RecursionError:
            return StaticReport(time=ONE, space=ONE, error="the code is nested too deeply")
        except Exception as exc:  # an analyser bug must not take the request down with it
            log.exception("static analysis failed")
            return StaticReport(time=ONE, space=ONE, error=f"internal error ({type(exc).__name__})")


def _bootstrap_as_plain_recursion(tree: ast.Module) -> ast.Module:
    """A function under the `@bootstrap` template written as the recursion it stands for.

    The template (PyRival's) runs a generator on an explicit stack: `yield dfs(v)` is a
    call and `yield x` of a plain value returns it. Memo checks and pruning then read as
    they would in the ordinary recursive function.
    """
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef) or not any(
            "bootstrap" in ast.unparse(d) for d in fn.decorator_list
        ):
            continue
        _UnYield().visit(fn)
    return ast.fix_missing_locations(tree)


class _UnYield(ast.NodeTransformer):
    """`yield f(v)` -> `f(v)`; a statement `yield x` of anything else -> `return x`."""

    def __init__(self) -> None:
        self.depth = 0

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.AST:
        self.depth += 1
        if self.depth == 1:
            self.generic_visit(node)
        self.depth -= 1
        return node

    def visit_Lambda(self, node: ast.Lambda) -> ast.AST:
        return node

    def visit_Expr(self, node: ast.Expr) -> ast.AST:
        if isinstance(node.value, ast.Yield) and not isinstance(node.value.value, ast.Call):
            return ast.copy_location(ast.Return(value=node.value.value), node)
        self.generic_visit(node)
        return node

    def visit_Yield(self, node: ast.Yield) -> ast.AST:
        self.generic_visit(node)
        if isinstance(node.value, ast.Call):
            return node.value
        return node


def _spread_into_parameters(tree: ast.Module) -> frozenset[int]:
    """Read calls spread over a function's named parameters: `solve(*map(int, input().split()))`.

    The line holds as many numbers as the function takes, a fixed record.
    """
    fixed_arity = {
        n.name
        for n in tree.body
        if isinstance(n, ast.FunctionDef) and not n.args.vararg and n.args.args
    }
    out: set[int] = set()
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in fixed_arity
        ):
            continue
        for arg in node.args:
            if isinstance(arg, ast.Starred) and calls(arg.value, READ_CALLS):
                out |= {id(c) for c in ast.walk(arg.value) if isinstance(c, ast.Call)}
    return frozenset(out)


def _next_token_as_input(tree: ast.Module) -> ast.Module:
    """`it = iter(sys.stdin.read().split())` then `next(it)`: each call reads one token.

    Written `input()` instead (as `input = iter(...).__next__` already reads), so a count
    taken with `int(next(it))` bounds test cases and records as a line read would. Also an
    iterator from a generator that yields the input's tokens (`def tokens(): yield from
    sys.stdin.read().split()`).
    """
    yielding = {
        fn.name
        for fn in ast.walk(tree)
        if isinstance(fn, ast.FunctionDef)
        and any(isinstance(n, ast.Yield | ast.YieldFrom) for n in ast.walk(fn))
        and any(isinstance(n, ast.Attribute) and n.attr == "stdin" for n in ast.walk(fn))
    }

    def reads_stdin(node: ast.AST) -> bool:
        """`sys.stdin` or `open(0)` somewhere in `node`."""
        return any(
            (isinstance(n, ast.Attribute) and n.attr == "stdin")
            or (
                isinstance(n, ast.Call)
                and callee_name(n) == "open"
                and n.args
                and literal(n.args[0]) == 0
            )
            for n in ast.walk(node)
        )

    # `data = sys.stdin.read().split()`, then `it = iter(data)`: the same tokens in two steps.
    read_in = {
        t.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and reads_stdin(node.value)
        for t in node.targets
        if isinstance(t, ast.Name)
    }
    tokens = {
        t.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Call)
        and (
            (
                # `iter(open(0).read().split())`, `map(int, sys.stdin.read().split())`
                callee_name(node.value) in {"iter", "map"}
                and len(node.value.args) == 1 + (callee_name(node.value) == "map")
                and (
                    reads_stdin(node.value.args[-1])
                    or (
                        isinstance(node.value.args[-1], ast.Name)
                        and node.value.args[-1].id in read_in
                    )
                )
            )
            or (isinstance(node.value.func, ast.Name) and node.value.func.id in yielding)
        )
        for t in node.targets
        if isinstance(t, ast.Name)
    }
    if not tokens:
        return tree
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "next"
            and len(node.args) == 1
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id in tokens
        ):
            node.func = ast.copy_location(ast.Name(id="input", ctx=ast.Load()), node.func)
            node.args = []
    return tree


class _FormatsAsWriters(ast.NodeTransformer):
    """`format(n, 'b')` is `bin(n)` without the prefix (and `'o'`, `'x'`): the same digits."""

    _WRITERS: ClassVar[dict[str, str]] = {"b": "bin", "o": "oct", "x": "hex", "X": "hex"}

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        if (
            isinstance(node.func, ast.Name)
            and node.func.id == "format"
            and len(node.args) == 2
            and not node.keywords
            and isinstance(spec := node.args[1], ast.Constant)
            and isinstance(spec.value, str)
            and len(spec.value) == 1
            and spec.value in self._WRITERS
        ):
            writer = ast.Name(id=self._WRITERS[spec.value], ctx=ast.Load())
            return ast.copy_location(
                ast.Call(func=ast.copy_location(writer, node), args=[node.args[0]], keywords=[]),
                node,
            )
        return node


#: Modules whose functions the analyser knows by name (`product`, `heappush`, `bisect_left`).
_KNOWN_MODULES = frozenset(
    {"itertools", "collections", "heapq", "bisect", "math", "functools", "string", "operator"}
)


#: Builtins a program may rename (`xrange = range`) whose calls the analyser knows.
_ALIASED_BUILTINS = frozenset({"range", "len", "sorted", "sum", "min", "max", "enumerate"})


def _unalias_imports(tree: ast.Module) -> ast.Module:
    """`from itertools import product as P` then `P(...)`: the calls read `product(...)`.

    So do those of a builtin renamed once at the top (`xrange = range`).

    Only where the original name is bound nowhere else, so renaming cannot merge two names.
    """
    aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in _KNOWN_MODULES:
            for alias in node.names:
                if alias.asname and alias.asname != alias.name:
                    aliases[alias.asname] = alias.name
    stores: dict[str, int] = {}
    for n in ast.walk(tree):
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store):
            stores[n.id] = stores.get(n.id, 0) + 1
    # `xrange = range`, `R = range` (Python 2 habits, golf): the builtin under another name.
    builtin_aliases = {
        stmt.targets[0].id: stmt.value.id
        for stmt in tree.body
        if isinstance(stmt, ast.Assign)
        and len(stmt.targets) == 1
        and isinstance(stmt.targets[0], ast.Name)
        and isinstance(stmt.value, ast.Name)
        and stmt.value.id in _ALIASED_BUILTINS
        and stores.get(stmt.targets[0].id) == 1
    }
    bound = set(stores) | {
        n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.ClassDef)
    }
    aliases = {
        short: full
        for short, full in aliases.items()
        if full not in bound and short not in bound and full not in aliases
    }
    aliases |= {short: full for short, full in builtin_aliases.items() if full not in bound}
    aliases |= _python2_builtins(tree, bound)
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in aliases and isinstance(node.ctx, ast.Load):
            node.id = aliases[node.id]
        elif isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.asname in aliases:
                    alias.asname = None
    return tree


#: Python 2 builtins and the Python 3 ones they became.
_PYTHON2_BUILTINS = {"xrange": "range", "raw_input": "input"}


def _python2_builtins(tree: ast.Module, bound: set[str]) -> dict[str, str]:
    """`xrange` and `raw_input` read as `range` and `input`.

    Where the name is bound nowhere but to its Python 3 builtin (`try: xrange` / `except
    NameError: xrange = range`, the shim for either interpreter), and that builtin is not
    bound to anything else.
    """
    out = {}
    for old, new in _PYTHON2_BUILTINS.items():
        if new in bound:
            continue
        stores = [
            n
            for n in ast.walk(tree)
            if isinstance(n, ast.Assign | ast.AugAssign | ast.AnnAssign | ast.For)
            and any(is_name(t, old) for t in ast.walk(_target_of(n)))
        ]
        if all(isinstance(n, ast.Assign) and is_name(n.value, new) for n in stores) and not any(
            isinstance(n, ast.FunctionDef | ast.ClassDef) and n.name == old for n in ast.walk(tree)
        ):
            out[old] = new
    return out


def _target_of(node: ast.Assign | ast.AugAssign | ast.AnnAssign | ast.For) -> ast.AST:
    """What a binding statement binds (all of an `a = b = ...` chain as one tuple)."""
    if isinstance(node, ast.Assign):
        return ast.Tuple(elts=list(node.targets), ctx=ast.Store())
    return node.target


class _GolfedForms(ast.NodeTransformer):
    """Short spellings read as the calls they stand for, in one pass over the tree.

    `[*map(int, line)]` reads `list(map(int, line))` (`(*it,)` and `{*a}` likewise), so golfed
    rows and copies are measured as those calls; `q += [(a, b)]` reads `q.append((a, b))`, the
    same push, seen by every worklist rule.
    """

    _MAKERS: ClassVar[dict[type, str]] = {ast.List: "list", ast.Tuple: "tuple", ast.Set: "set"}

    def _unpacked(self, node: ast.List | ast.Tuple | ast.Set) -> ast.AST:
        self.generic_visit(node)
        if (
            len(node.elts) == 1
            and isinstance(node.elts[0], ast.Starred)
            and not isinstance(getattr(node, "ctx", None), ast.Store)
        ):
            maker = ast.Name(id=self._MAKERS[type(node)], ctx=ast.Load())
            call = ast.Call(func=maker, args=[node.elts[0].value], keywords=[])
            return ast.copy_location(call, node)
        return node

    visit_List = visit_Tuple = visit_Set = _unpacked

    def visit_AugAssign(self, node: ast.AugAssign) -> ast.AST:
        self.generic_visit(node)
        value = node.value
        if not (
            isinstance(node.op, ast.Add)
            and isinstance(node.target, ast.Name | ast.Subscript)
            and isinstance(value, ast.List)
            and len(value.elts) == 1
            and not isinstance(value.elts[0], ast.Starred)
        ):
            return node
        holder = copy.deepcopy(node.target)
        for part in ast.walk(holder):
            if hasattr(part, "ctx"):
                part.ctx = ast.Load()
        call = ast.Call(
            func=ast.Attribute(value=holder, attr="append", ctx=ast.Load()),
            args=[value.elts[0]],
            keywords=[],
        )
        return ast.copy_location(ast.Expr(value=call), node)


def _statement_lists(tree: ast.AST) -> Iterator[list[ast.stmt]]:
    """Every list of statements in the tree (bodies, `else` and `finally` blocks), to edit."""
    for node in ast.walk(tree):
        for field_name in ("body", "orelse", "finalbody"):
            stmts = getattr(node, field_name, None)
            if isinstance(stmts, list):
                yield stmts


def _name_lambdas(tree: ast.Module) -> ast.Module:
    """`f = lambda i, s: ... f(i + 1, s) ...` becomes `def f(i, s): return ...`.

    A lambda bound to a name is a function written on one line: recursive (it calls its
    name), or a helper whose body loops (`mul = lambda P, Q: [[sum(...) ...]]`). As a `def`
    it is costed like any other function. Argument-less lambdas stay where they may read
    input (`I = lambda: int(input())`), but not where they only call builtins.
    """
    for stmts in _statement_lists(tree):
        for i, stmt in enumerate(stmts):
            if not (
                isinstance(stmt, ast.Assign)
                and len(stmt.targets) == 1
                and isinstance(stmt.targets[0], ast.Name)
                and isinstance(stmt.value, ast.Lambda)
            ):
                continue
            name, fn = stmt.targets[0].id, stmt.value
            if not fn.args.args and not _only_builtins_called(fn.body):
                continue  # `I = lambda: map(int, input().split())`: a reader helper
            body: list[ast.stmt] = [ast.copy_location(ast.Return(value=fn.body), fn.body)]
            stmts[i] = ast.copy_location(
                ast.FunctionDef(
                    name=name, args=fn.args, body=body, decorator_list=[], returns=None
                ),
                stmt,
            )
    return ast.fix_missing_locations(tree)


def _only_builtins_called(body: ast.expr) -> bool:
    """`lambda: max(a)`: calls builtins by name only, so it reads nothing; it computes."""
    found = [c for c in ast.walk(body) if isinstance(c, ast.Call)]
    return bool(found) and all(
        isinstance(c.func, ast.Name) and c.func.id in _BUILTIN_NAMES for c in found
    )


def _inline_choice_helpers(tree: ast.Module) -> ast.Module:
    """`def pairs(s): return combinations(s, 2)`: each call written as the call it returns.

    The helper hands back an itertools generator of choices, whose size is that of the
    call inside (n^2 pairs, 2^n subsets); its caller then iterates that call, as if inline.
    """
    helpers = {
        fn.name: ([a.arg for a in fn.args.args], returned)
        for fn in tree.body
        if isinstance(fn, ast.FunctionDef) and (returned := _returned_choice(fn)) is not None
    }
    rebound = {
        n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)
    }
    helpers = {name: h for name, h in helpers.items() if name not in rebound}
    if not helpers:
        return tree
    _InlineCalls(helpers, READ_CALLS | reader_helpers(tree)).visit(tree)
    return ast.fix_missing_locations(tree)


class _InlineCalls(ast.NodeTransformer):
    """Calls of the helpers (`name`: its parameters, the call it returns) written inline."""

    def __init__(
        self, helpers: dict[str, tuple[list[str], ast.Call]], readers: frozenset[str]
    ) -> None:
        self.helpers = helpers
        self.readers = readers

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        name = node.func.id if isinstance(node.func, ast.Name) else None
        if name not in self.helpers or node.keywords:
            return node
        params, returned = self.helpers[name]
        if len(node.args) != len(params) or any(
            isinstance(a, ast.Starred)
            or calls(a, self.readers)  # a read is made once: copying it would read again
            or names_in(a) & _stored_names(returned)  # it would be captured
            for a in node.args
        ):
            return node
        given = dict(zip(params, node.args, strict=True))
        inline: ast.expr = _Substitute(given).visit(copy.deepcopy(returned))
        return ast.copy_location(inline, node)


def _returned_choice(fn: ast.FunctionDef) -> ast.Call | None:
    """The itertools call (`combinations(s, 2)`) a plain helper's only statement returns.

    Copies of parameters made first (`s = list(it)`) are written into it in place of their
    names: the choices are those of the items copied.
    """
    body = [
        s
        for s in fn.body
        if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))  # docstring
    ]
    params = {a.arg for a in fn.args.args}
    copies: dict[str, ast.expr] = {}
    while len(body) > 1 and (copied := _copy_of_a_param(body[0], params)) is not None:
        copies[copied[0]] = copied[1]
        body = body[1:]
    args = fn.args
    if (
        len(body) != 1
        or not isinstance(body[0], ast.Return)
        or fn.decorator_list
        or args.posonlyargs
        or args.kwonlyargs
        or args.vararg
        or args.kwarg
        or args.defaults
    ):
        return None
    value = body[0].value
    if not (isinstance(value, ast.Call) and callee_name(value) in CHOICES):
        return None
    if (params | set(copies)) & _stored_names(value):
        return None  # a parameter shadowed inside: substituting it would change meaning
    if not copies:
        return value
    written = _Substitute(copies).visit(copy.deepcopy(value))
    assert isinstance(written, ast.Call)
    return written


def _copy_of_a_param(stmt: ast.stmt, params: set[str]) -> tuple[str, ast.expr] | None:
    """`s = list(it)` (or `tuple`, `sorted`, `set`) of a parameter: the name and the copy."""
    if not (
        isinstance(stmt, ast.Assign)
        and len(stmt.targets) == 1
        and isinstance(stmt.targets[0], ast.Name)
        and stmt.targets[0].id not in params
        and isinstance(stmt.value, ast.Call)
        and callee_name(stmt.value) in {"list", "tuple", "sorted", "set"}
        and isinstance(stmt.value.func, ast.Name)
        and len(stmt.value.args) == 1
        and not stmt.value.keywords
        and is_name(stmt.value.args[0], *params)
    ):
        return None
    return stmt.targets[0].id, stmt.value


def _stored_names(node: ast.AST) -> set[str]:
    """Names `node` binds itself: comprehension variables, `:=` targets."""
    return {
        n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)
    }


class _Substitute(ast.NodeTransformer):
    """Parameter names replaced by (copies of) the arguments a call gives them."""

    def __init__(self, given: dict[str, ast.expr]) -> None:
        self.given = given

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id in self.given and isinstance(node.ctx, ast.Load):
            return ast.copy_location(copy.deepcopy(self.given[node.id]), node)
        return node


def _exec_as_loops(tree: ast.Module) -> ast.Module:
    """`exec(k * "code")`, golf's loop: written `for _ in range(k):` over the code it runs.

    The string must be written out and parse on its own; anything else stays a call.
    """
    for stmts in _statement_lists(tree):
        for i, stmt in enumerate(stmts):
            loop = _exec_loop(stmt)
            if loop is not None:
                stmts[i] = ast.copy_location(loop, stmt)
    return ast.fix_missing_locations(tree)


def _exec_loop(stmt: ast.stmt) -> ast.For | None:
    """The loop an `exec(k * "code")` statement runs, or None."""
    if not (
        isinstance(stmt, ast.Expr)
        and isinstance(stmt.value, ast.Call)
        and is_name(stmt.value.func, "exec")
        and len(stmt.value.args) == 1
        and isinstance(stmt.value.args[0], ast.BinOp)
        and isinstance(stmt.value.args[0].op, ast.Mult)
    ):
        return None
    product = stmt.value.args[0]
    code, count = product.left, product.right
    if not (isinstance(code, ast.Constant) and isinstance(code.value, str)):
        code, count = count, code
    if not (isinstance(code, ast.Constant) and isinstance(code.value, str)):
        return None
    try:
        body = syntax.parse(code.value).body
    except (SyntaxError, ValueError, RecursionError):
        return None
    if not body:
        return None
    for inner in body:
        ast.increment_lineno(inner, stmt.lineno - 1)
    head = ast.Call(func=ast.Name(id="range", ctx=ast.Load()), args=[count], keywords=[])
    return ast.For(
        target=ast.Name(id="_", ctx=ast.Store()), iter=head, body=body, orelse=[], type_comment=None
    )


#: Builtins whose calls the analyser costs by name, which a class may reuse for a method.
_BUILTIN_NAMES = frozenset(
    {
        "int", "float", "str", "list", "set", "dict", "tuple", "sum", "len", "sorted", "min",
        "max", "map", "filter", "abs", "pow", "all", "any", "range", "reversed", "enumerate",
        "zip", "hash", "round", "divmod", "bin", "hex", "ord", "chr", "bool",
    }
)  # fmt: skip


def _rename_builtin_methods(tree: ast.Module) -> ast.Module:
    """A method named like a builtin (`def int(self)`, `def set(self, i, v)`) gets its own name.

    Calls are known by their bare name, so `rd.int()` would read as the builtin `int` and
    `tree.set(i, v)` as making a set. Renamed (`int_`), the method is the program's own
    function, costed from its body. Only where no other binding would be renamed with it.
    """
    names = {
        m.name
        for c in ast.walk(tree)
        if isinstance(c, ast.ClassDef)
        for m in c.body
        if isinstance(m, ast.FunctionDef)
        and m.name in _BUILTIN_NAMES
        and m.args.args
        and m.args.args[0].arg in {"self", "cls"}
    }
    if not names:
        return tree
    modules = {
        alias.asname or alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for m in node.body:
                if isinstance(m, ast.FunctionDef) and m.name in names:
                    m.name += "_"
        elif (
            isinstance(node, ast.Attribute)
            and node.attr in names
            and not (isinstance(node.value, ast.Name) and node.value.id in modules)
        ):
            node.attr += "_"
    return tree


def _class_calls_as_self(tree: ast.Module) -> ast.Module:
    """A method calling itself through its class is written as the analyser reads it.

    `C.go(self, k - 1)` and `self.__class__.go(self, k - 1)` become `self.go(k - 1)`;
    `self(k - 1)` in `__call__` becomes `self.__call__(k - 1)`; `C.go(k - 1)` in the static
    method `go` of `C` becomes `go(k - 1)`. Then recursion is found however the call names
    its method. A call of an instance of a class with `__call__` (`F()(k)`) calls that.
    """
    callable_classes = {
        c.name
        for c in ast.walk(tree)
        if isinstance(c, ast.ClassDef)
        and any(isinstance(m, ast.FunctionDef) and m.name == "__call__" for m in c.body)
    }
    instances = {
        t.id
        for n in ast.walk(tree)
        if isinstance(n, ast.Assign)
        and isinstance(n.value, ast.Call)
        and isinstance(n.value.func, ast.Name)
        and n.value.func.id in callable_classes
        for t in n.targets
        if isinstance(t, ast.Name)
    }
    for call in ast.walk(tree):
        # `F()(k)` or `f = F()` then `f(k)`: the instance's `__call__`
        if isinstance(call, ast.Call) and (
            (
                isinstance(call.func, ast.Call)
                and isinstance(call.func.func, ast.Name)
                and call.func.func.id in callable_classes
            )
            or (isinstance(call.func, ast.Name) and call.func.id in instances)
        ):
            call.func = ast.Attribute(value=call.func, attr="__call__", ctx=ast.Load())
    for cls in ast.walk(tree):
        if not isinstance(cls, ast.ClassDef):
            continue
        methods = {m.name: m for m in cls.body if isinstance(m, ast.FunctionDef)}
        for method in methods.values():
            takes_self = bool(method.args.args) and method.args.args[0].arg in {"self", "cls"}
            for call in ast.walk(method):
                if not isinstance(call, ast.Call):
                    continue
                func = call.func
                if takes_self and is_name(func, method.args.args[0].arg):
                    if method.name == "__call__":
                        call.func = ast.Attribute(value=func, attr="__call__", ctx=ast.Load())
                    continue
                if not (
                    isinstance(func, ast.Attribute)
                    and func.attr in methods
                    and (
                        is_name(func.value, cls.name)
                        or (
                            isinstance(func.value, ast.Attribute)
                            and func.value.attr == "__class__"
                            and is_name(func.value.value, "self")
                        )
                    )
                ):
                    continue
                callee = methods[func.attr]
                if callee.args.args and callee.args.args[0].arg == "self":
                    if takes_self and call.args and is_name(call.args[0], "self"):
                        call.args = call.args[1:]  # `C.go(self, k)`: self passed by hand
                        func.value = ast.Name(id="self", ctx=ast.Load())
                elif callee is method and not takes_self:
                    call.func = ast.Name(id=method.name, ctx=ast.Load())  # a static method
    return ast.fix_missing_locations(tree)


def _unpack_tuple_states(tree: ast.Module) -> ast.Module:
    """`def f(st): i, j = st` called as `f((i + 1, j))` becomes `def f(i, j): st = (i, j)`.

    A state packed in one tuple has as many dimensions as the tuple has fields: with one
    parameter per field, the recursion is costed over all of them (LCS by `f((i, j))` is
    n² states, not n). Only when every call of `f` passes a tuple of that many fields.
    """
    for fn in ast.walk(tree):
        if not (
            isinstance(fn, ast.FunctionDef)
            and len(fn.args.args) == 1
            and not (fn.args.vararg or fn.args.kwarg or fn.args.kwonlyargs or fn.args.defaults)
            and fn.body
        ):
            continue
        param = fn.args.args[0].arg
        at = next(
            (
                k
                for k, stmt in enumerate(fn.body[:2])
                if isinstance(stmt, ast.Assign)
                and len(stmt.targets) == 1
                and isinstance(stmt.targets[0], ast.Tuple)
                and all(isinstance(e, ast.Name) for e in stmt.targets[0].elts)
                and is_name(stmt.value, param)
            ),
            None,
        )
        if at is None:
            continue
        unpack = fn.body[at]
        fields = [e.id for e in unpack.targets[0].elts]  # type: ignore[attr-defined]
        calls = [c for c in ast.walk(tree) if isinstance(c, ast.Call) and is_name(c.func, fn.name)]
        if not calls or not all(
            len(c.args) == 1
            and not c.keywords
            and isinstance(c.args[0], ast.Tuple)
            and len(c.args[0].elts) == len(fields)
            and not any(isinstance(e, ast.Starred) for e in c.args[0].elts)
            for c in calls
        ):
            continue
        for c in calls:
            c.args = list(c.args[0].elts)  # type: ignore[attr-defined]
        fn.args.args = [ast.arg(arg=f) for f in fields]
        packed = ast.Tuple(elts=[ast.Name(id=f, ctx=ast.Load()) for f in fields], ctx=ast.Load())
        fn.body[at] = ast.copy_location(
            ast.Assign(targets=[ast.Name(id=param, ctx=ast.Store())], value=packed), unpack
        )
    return ast.fix_missing_locations(tree)


def _empty_lists(value: ast.expr) -> bool:
    """`[[] for _ in range(n)]`: one empty list per index."""
    return (
        isinstance(value, ast.ListComp)
        and isinstance(value.elt, ast.List)
        and not value.elt.elts
        and len(value.generators) == 1
    )


def _appended_cells(tree: ast.Module) -> set[str]:
    """Attributes whose cells get appended to (`self.out[a].append(b)`, `g.adj[u].append(v)`).

    Never otherwise grown (`+=`, `extend`), and never appended to inside a loop nested in a
    loop: each append files one item.
    """
    out: set[str] = set()
    spoilt: set[str] = set()
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Subscript)
            and isinstance(node.func.value.value, ast.Attribute)
        ):
            continue
        attr = node.func.value.value.attr
        (out if callee_name(node) == "append" and len(node.args) == 1 else spoilt).add(attr)
    for loop in ast.walk(tree):
        if not isinstance(loop, ast.For | ast.While):
            continue
        for inner in walk_local(loop.body):
            if isinstance(inner, ast.For | ast.While):
                spoilt |= {
                    c.func.value.value.attr
                    for c in ast.walk(inner)
                    if isinstance(c, ast.Call)
                    and isinstance(c.func, ast.Attribute)
                    and isinstance(c.func.value, ast.Subscript)
                    and isinstance(c.func.value.value, ast.Attribute)
                }
    return out - spoilt


def _decorate_rebound(tree: ast.Module) -> ast.Module:
    """`f = lru_cache(None)(f)` after `def f`: the wrapper is the decorator, written late.

    It joins the function's decorators and the rebinding goes, so the function keeps its
    name as a function (a memo read as a memo, not a name shadowed by a value).
    """
    for stmts in _statement_lists(tree):
        defs = {s.name: s for s in stmts if isinstance(s, ast.FunctionDef)}
        if not defs:
            continue
        kept: list[ast.stmt] = []
        for stmt in stmts:
            wrapper = _rewrapped(stmt, defs)
            if wrapper is None:
                kept.append(stmt)
                continue
            name, decorator = wrapper
            defs[name].decorator_list.append(decorator)
        stmts[:] = kept
    return tree


def _rewrapped(stmt: ast.stmt, defs: dict[str, ast.FunctionDef]) -> tuple[str, ast.expr] | None:
    """The function and wrapper of `f = wrapper(f)`, for a wrapper that caches."""
    if not (
        isinstance(stmt, ast.Assign)
        and len(stmt.targets) == 1
        and isinstance(stmt.targets[0], ast.Name)
        and stmt.targets[0].id in defs
        and isinstance(stmt.value, ast.Call)
        and len(stmt.value.args) == 1
        and not stmt.value.keywords
        and isinstance(stmt.value.args[0], ast.Name)
        and stmt.value.args[0].id == stmt.targets[0].id
    ):
        return None
    decorator = stmt.value.func
    if not any(k in ast.unparse(decorator) for k in ("cache", "memo")):
        return None
    return stmt.targets[0].id, decorator


class _Program:
    def __init__(self, tree: ast.Module) -> None:
        self.tree = tree
        self.readers = reader_helpers(tree)
        # Whether the program reads its input (then a call on written numbers is fixed work).
        self.calls_a_reader = any(
            isinstance(n, ast.Call) and callee_name(n) in READ_CALLS | {"read"} | self.readers
            for n in ast.walk(tree)
        )
        self.bitsets = bitset_names(tree, self.readers)
        record = record_read(tree, self.readers)
        self.records = frozenset() if record is None else frozenset({record[0]})
        # The record's read call: reading and walking that one line costs a constant.
        self.record_reads = frozenset() if record is None else frozenset({id(record[1])})
        self.record_reads |= _spread_into_parameters(tree)
        self.module_scope = build_scope([], tree.body)
        self.module_scope.attrs = attribute_kinds(tree)
        attr_values = attribute_values(tree)
        stored_in = _constructor_scopes(tree, self.module_scope, self.readers)
        self.module_scope.const_attrs = {
            attr
            for attr, values in attr_values.items()
            # immutable values only: `self.a = []` is filled later by `self.a.append(x)`
            if all(
                v is not None
                and not any(isinstance(x, ast.List | ast.Dict | ast.Set) for x in ast.walk(v))
                and stored_in.get(id(v), self.module_scope).is_const_expr(v)
                for v in values
            )
        }
        self.module_scope.log_attrs = {
            attr
            for attr, values in attr_values.items()
            if all(v is not None and calls(v, LOG_CALLS) for v in values)
        }
        self.module_scope.list_attrs = {
            attr
            for attr, values in attr_values.items()
            if values and all(v is not None and _empty_lists(v) for v in values)
        } & _appended_cells(tree)
        self.module_scope.fixed_calls = self._fixed_calls()
        self.module_scope.permutation_steps = {
            n.name
            for n in ast.walk(tree)
            if isinstance(n, ast.FunctionDef)
            and any(next_permutation_step(body) for body in _statement_lists(n))
        }
        self.module_scope.digit_lists = {
            n.name
            for n in tree.body
            if isinstance(n, ast.FunctionDef)
            and n.args.args
            and returns_per_digit_list(n, build_scope(n.args.args, n.body, self.module_scope))
        }
        self.module_scope.random_draws = {
            n.name
            for n in ast.walk(tree)
            if isinstance(n, ast.FunctionDef) and calls(n, RANDOM_DRAWS)
        }
        self.module_scope.halving_helpers = {
            n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and halves_a_list(n)
        }
        # Nested helpers too (`def dsum(x)` inside `main`): names the calls can reach.
        self.module_scope.digit_folds = {
            n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and folds_digits(n)
        }
        refine_sizes(self.module_scope, tree.body, self.records)
        self.generators = {
            n.name
            for n in ast.walk(tree)
            if isinstance(n, ast.FunctionDef)
            and any(isinstance(y, ast.Yield | ast.YieldFrom) for y in ast.walk(n))
        }
        self.counts = count_reads(tree, self.readers)
        self.functions: dict[str, _Function] = {}
        #: Methods by `Class.method`: bare names are shared when two classes have the name.
        self.methods: dict[str, _Function] = {}
        self.order: list[_Function] = []
        self._collect(tree.body, self.module_scope, prefix="")
        self._pass_fixed_arguments_on()
        self.receivers = _receiver_classes(tree)
        self.resumed_calls = _resumed_calls(tree, self.functions)
        self.results: dict[str, FunctionCost] = {}
        self.in_progress: set[str] = set()
        self.memo_totals: dict[str, Cost] = {}
        #: Each call's own cost, of functions whose kept cursors' walks `memo_totals` holds.
        self.per_call: dict[str, Cost] = {}
        self.fallbacks = 0

    def _fixed_calls(self) -> set[str]:
        """Top-level functions whose result the source fixes (`sizes`).

        Those of no parameters, and those every call gives only numbers written in the
        source (`sieve(1000)`). Worked out in a draft module scope, before the module's own
        sizes, which may depend on them (`good = lucky_numbers()` is then a fixed collection).
        """
        candidates: list[tuple[ast.FunctionDef, list[str]]] = []
        for n in self.tree.body:
            if (
                not isinstance(n, ast.FunctionDef)
                or n.args.posonlyargs
                or n.args.kwonlyargs
                or n.args.vararg
                or n.args.kwarg
            ):
                continue
            params = [a.arg for a in n.args.args]
            if params and constant_arguments(self.tree, n.name, params) != set(params):
                continue
            candidates.append((n, params))
        if not candidates:
            return set()  # most programs: no draft scope to build
        draft = build_scope([], self.tree.body)
        out: set[str] = set()
        for fn, params in candidates:
            scope = build_scope([], fn.body, draft)
            scope.consts |= set(params)
            refine_sizes(scope, fn.body, frozenset())
            propagate_consts(scope, fn.body)
            if fixed_result(fn, scope):
                out.add(fn.name)
        return out

    def _collect(self, body: list[ast.stmt], parent: Scope, prefix: str) -> None:
        plumbing: set[int] = set()
        for node in ast.walk(ast.Module(body=body, type_ignores=[])):
            if isinstance(node, ast.ClassDef) and wraps_a_stream(node):
                # Fast-input templates (FastIO(IOBase)): reading the input, not the algorithm.
                plumbing |= {id(n) for n in ast.walk(node)}
        for node in ast.walk(ast.Module(body=body, type_ignores=[])):
            if id(node) in plumbing:
                continue
            if isinstance(node, ast.ClassDef):
                init: _Function | None = None
                for item in node.body:
                    if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                        made = self._add(item, parent, f"{node.name}.")
                        self.methods.setdefault(made.display, made)
                        if item.name == "__init__":
                            init = made
                if node.name not in self.functions and init is not None:
                    # `DSU(n)` runs DSU's own `__init__`, not the first class's of that name.
                    self.functions[node.name] = init
        # A function defined inside another sees that function's names (`ch` built in
        # `main`, walked in a helper nested there), so its scope's parent is that function's.
        enclosing: dict[int, ast.FunctionDef | ast.AsyncFunctionDef] = {}
        for node in ast.walk(ast.Module(body=body, type_ignores=[])):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                for inner in _defined_in(node):
                    enclosing[id(inner)] = node
        added: dict[int, Scope] = {}
        for node in ast.walk(ast.Module(body=body, type_ignores=[])):
            if (
                isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
                and id(node) not in plumbing
                and node.name not in self.functions
            ):
                outer = enclosing.get(id(node))
                self._add(node, added.get(id(outer), parent), prefix)
                added[id(node)] = self.functions[node.name].scope

    def _pass_fixed_arguments_on(self) -> None:
        """Fixed collections a function passes on keep their size in the helper it calls.

        `mat_pow(M, n)` with `M = [[1, 1], [1, 0]]` calls `mat_mult(R, M)`: once `M` is fixed
        in `mat_pow`, so are `mat_mult`'s parameters, and its loops over `range(len(A))` are
        constant. Scopes are known only after collecting every function, so rounds run until
        nothing more is fixed.
        """
        homes = {id(fn.node): fn.scope for fn in self.order if fn.display == fn.key}
        changed = True
        while changed:
            changed = False
            for fn in self.order:
                if fn.display != fn.key or fn.scope.parent is None:
                    continue
                params = [a.arg for a in (*fn.node.args.posonlyargs, *fn.node.args.args)]
                more = fixed_arguments(
                    self.tree, fn.key, params, fn.scope.parent, self.readers, homes
                )
                if more - fn.scope.fixed:
                    fn.scope.fixed |= more
                    propagate_consts(fn.scope, fn.node.body)
                    changed = True

    def _add(
        self, node: ast.FunctionDef | ast.AsyncFunctionDef, parent: Scope, prefix: str
    ) -> _Function:
        args = node.args
        positional = [*args.posonlyargs, *args.args]
        pos_defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults))
        pos_defaults += list(args.defaults)
        pairs = list(zip(positional, pos_defaults, strict=True))
        pairs += list(zip(args.kwonlyargs, args.kw_defaults, strict=True))
        pairs = [(p, d) for p, d in pairs if p.arg not in {"self", "cls"}]
        scope = build_scope([p for p, _ in pairs], node.body, parent, [d for _, d in pairs])
        refine_sizes(scope, node.body, self.records)
        params = [p.arg for p, _ in pairs]
        called = _called_as(node, prefix)
        fixed_params = fixed_arguments(self.tree, called, params, parent, self.readers)
        constant_params = constant_arguments(self.tree, called, params)
        if fixed_params or constant_params:
            scope.fixed |= fixed_params
            scope.consts |= constant_params
            propagate_consts(scope, node.body)
        for p in hash_arguments(self.tree, node, params, parent) - set(scope.assigned):
            scope.kinds[p] = "hash"  # every call passes a set or dict, and the body keeps it
        fn = _Function(node.name, f"{prefix}{node.name}", node, scope)
        self.functions.setdefault(node.name, fn)
        self.order.append(fn)
        return fn

    def user_call(self, name: str, call: ast.Call) -> Cost | None:
        fn = self.functions.get(name)
        if fn is None:
            return None
        if fn.key != fn.display and bare_builtin_call(call, name):
            return None  # `max(a, b)` inside a method named `max`: the builtin, not the method
        built = self.receivers.get(id(call))
        if built is not None:
            # `st.query(l, r)` with `st = SegTree(a)`: SegTree's `query`, whichever class
            # defines a `query` first.
            fn = self.methods.get(f"{built}.{name}", fn)
        modules = {"heapq", "math", "bisect", "itertools", "sys", "collections"}
        if isinstance(call.func, ast.Attribute) and not (
            isinstance(call.func.value, ast.Name) and call.func.value.id not in modules
        ):
            return None
        if fn.key in self.in_progress:
            return ONE
        if id(call) in self.resumed_calls:
            self.cost_of(fn)
            return ONE  # amortised: each call resumes where the previous one stopped
        result = self.cost_of(fn)
        if fn.key in self.memo_totals:
            return self.per_call.get(fn.key, ONE)  # the rest paid once, in `memo_totals`
        return result.time

    def _coster(self, fn: _Function) -> Coster:
        return Coster(
            fn.scope,
            self.user_call,
            self_name=fn.node.name,
            generators=self.generators,
            readers=self.readers,
            counts=self.counts,
            fixed_reads=self.record_reads,
            bitsets=self.bitsets,
            root=fn.node,
            module=self.tree,
            kept=kept_cursors(fn.node, self.tree),
        )

    def cost_of(self, fn: _Function) -> FunctionCost:
        if fn.display in self.results:
            return self.results[fn.display]
        self.in_progress.add(fn.key)
        try:
            coster = self._coster(fn)
            body = coster.block(fn.node.body)
            rec = classify(fn.node, fn.node.name, fn.scope)
            if rec is not None and rec.memoised and self._carries_its_path(fn):
                # Every call's key holds the path that led to it: the cache never hits.
                rec = replace(rec, memoised=False)
            reason = _dominant(coster)
            time, space = body, coster.space
            cycle = self._cycle(fn) if rec is None or not rec.memoised else []
            chain = cycle_through([f.node for f in cycle]) if cycle else None
            others = ", ".join(f.node.name for f in cycle if f is not fn)
            if chain == EXP:
                time, space, rec = EXP, space | N, None
                reason = f"mutual recursion with {others} that branches (exponential)"
            elif rec is None and chain is not None:
                # The body's cost already holds the partners' whole chain (their calls are
                # costed through `user_call`): the longest of them, not their product.
                time, space = chain | body, space | chain
                reason = f"mutual recursion with {others}, one call each way ({chain.label()})"
                if memoised(fn.node):
                    self.memo_totals[fn.key] = time  # its states are paid for once in all
                    reason = f"memoised mutual recursion with {others} (each state once)"
            if rec is not None:
                rest = without_base_cases(fn.node, fn.node.name)
                chained = self._coster(fn).block(rest) if rest is not None else None
                time, depth, reason = rec.total(body, chained)
                space = space | depth
                levels = 0
                down = 0
                if time > body and not rec.memoised:
                    levels = self._counts_up_to_a_constant(
                        fn
                    ) or self._grows_a_shared_list_to_a_constant(fn)
                    down = self._counts_down_from_a_constant(fn)
                    if not levels and 0 < down <= 3:
                        levels = down  # `pick(i + 1, left - 1)` from `pick(0, 2)`: pairs
                if time > body and (down or levels):
                    # `solve(a, 29)` recursing on `bit - 1`: a fixed number of levels, so a
                    # fixed number of calls, whatever each one does; unless each call loops
                    # over the input to make them (`for i in range(start, n): go(d + 1, i +
                    # 1)` to depth 3 chooses triples).
                    fan = _fan_out(fn) if levels else ONE
                    # The calls of all levels but the last each run the body (which holds
                    # the loop that makes the next level's calls).
                    time = fan.power(min(levels, 3) - 1) * body if fan > ONE else body
                    reason = "recursion a fixed number of levels deep"
                    space = space | body
                elif time == EXP and rec.in_loop and rec.backtracking and _on_a_fixed_board(fn):
                    # `for i in range(9): if g[i] == '.': g[i] = 'X'; go(); g[i] = '.'`: each
                    # level fills one of a written number of cells, so the calls are bounded.
                    time = body
                    reason = "backtracking over a board of written size (a fixed number of calls)"
                elif time > body and not rec.memoised and (taken := self._takes_a_few(fn)):
                    # `go(i + 1, k)` and `go(i + 1, k + 1)` under `if k > 1: return`: every
                    # way to take at most two of n items, about n^2 calls, not 2^n.
                    time = N.power(min(taken, 3)) * body
                    reason = "takes at most a written number of items (polynomially many calls)"
                if rec.memoised or (rec.visits_once and self._marks_kept(fn, rec.marked)):
                    # Paid once for the whole program: later calls find their states done.
                    self.memo_totals[fn.key] = time
                if rec.shrink == "struct" and not rec.in_loop:
                    self.fallbacks += 1
            elif (
                marks := floods_shared_marks(fn.node, self._passed_marks(fn))
            ) and not self._marks_reset(marks):
                self.memo_totals[fn.key] = time  # each cell once over all calls together
            if coster.shared > ONE:
                # The walks of a kept cursor add up to one walk over all calls: paid once, as
                # a memo's states are; each call costs the rest of its body.
                if fn.key not in self.memo_totals:
                    self.per_call[fn.key] = time
                self.memo_totals[fn.key] = self.memo_totals.get(fn.key, ONE) | coster.shared
                time = time | coster.shared
            self.fallbacks += coster.fallbacks
            for callee in self._callees(fn):
                time = time | self.memo_totals.get(callee, ONE)
            if self._self_contained(fn, frozenset()):
                # No parameters, no input, no names the input sets: whatever it loops over,
                # the source fixes (`generate_lucky()` building every 4/7 number).
                time, space, reason = ONE, ONE, "depends on nothing the input sets"
                self.memo_totals.pop(fn.key, None)
                self.per_call.pop(fn.key, None)
            params = tuple(_params(fn.node))
            result = FunctionCost(
                fn.display,
                fn.node.lineno,
                time,
                space,
                params,
                reason,
                tuple((p, fn.scope.kinds.get(p, "unknown")) for p in params),
            )
        finally:
            self.in_progress.discard(fn.key)
        self.results[fn.display] = result
        return result

    def _self_contained(self, fn: _Function, seen: frozenset[str]) -> bool:
        """`fn` takes no arguments, reads no input and uses no name the input sets.

        The functions it calls must be so too; a module name it reads must be a constant of
        the source or a function. Such a function does the same work on every input.
        """
        node = fn.node
        args = node.args
        if (
            "." in fn.key
            or fn.key in seen
            or args.kwonlyargs
            or args.vararg
            or args.kwarg
            or ((args.args or args.posonlyargs) and not self._called_with_constants(node))
        ):
            return False
        inside = list(ast.walk(node))
        # Names bound in `fn` (stores, inner definitions and their parameters, imports) or
        # by the module's imports.
        local = _import_names(inside) | _import_names(self.tree.body)
        for a in inside:
            if isinstance(a, ast.Name) and isinstance(a.ctx, ast.Store):
                local.add(a.id)
            if isinstance(a, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                local.add(a.name)
            if isinstance(a, ast.Lambda | ast.FunctionDef):
                local |= {arg.arg for arg in a.args.args}
        module = self.module_scope
        for name in inside:
            if isinstance(name, ast.Attribute) and name.attr in {"stdin", "buffer"}:
                return False
            if isinstance(name, ast.Call) and is_os_read(name):
                return False  # `os.read(0, size)`: the raw read of standard input
            if not isinstance(name, ast.Name) or not isinstance(name.ctx, ast.Load):
                continue
            ident = name.id
            if ident in READ_CALLS or ident in self.readers or ident in _READS_INPUT:
                return False
            if ident in local:
                continue
            callee = self.functions.get(ident)
            if callee is not None:
                if callee is not fn and not self._self_contained(callee, seen | {fn.key}):
                    return False
                continue
            if hasattr(builtins, ident) or module.is_const(ident):
                continue
            return False
        return True

    def _called_with_constants(self, fn: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
        """Every call from outside `fn` passes numbers only: `fib(30)`, `hanoi(5, 1, 2, 3)`.

        Only in a program that reads its input: there the input is the size, and a call on
        a number the source fixes costs the same every run. A function shown with a sample
        call and no input (`print(bubble([3, 1, 2]))`) keeps its parameter's size.
        """
        if not self.calls_a_reader:
            return False
        inside = {id(n) for n in ast.walk(fn)}
        sites = [
            n
            for n in ast.walk(self.tree)
            if isinstance(n, ast.Call)
            and isinstance(n.func, ast.Name)
            and n.func.id == fn.name
            and id(n) not in inside
        ]
        references = [
            n
            for n in ast.walk(self.tree)
            if isinstance(n, ast.Name) and n.id == fn.name and id(n) not in inside
        ]
        return (
            bool(sites)
            and len(references) == len(sites)  # not handed elsewhere (`map(f, a)`)
            and all(
                isinstance(literal(a), int) or self._names_a_written_number(a)
                for c in sites
                for a in [*c.args, *(k.value for k in c.keywords)]
            )
        )

    def _names_a_written_number(self, node: ast.expr) -> bool:
        """`LIM` of `LIM = 30` (or `10 ** 6`): a module name the source alone sets, once.

        Collections of fixed size are left out: their items may come from the input.
        """
        if not isinstance(node, ast.Name):
            return False
        module = self.module_scope
        values = module.assigned.get(node.id, [])
        return (
            node.id in module.consts
            and len(values) == 1
            and isinstance(values[0], ast.Constant | ast.BinOp | ast.UnaryOp)
            and module.is_const_expr(values[0])
        )

    def _call_sites(self, fn: _Function) -> list[ast.Call]:
        """Every call of `fn` by name in the program, its own included."""
        return [
            c
            for c in ast.walk(self.tree)
            if isinstance(c, ast.Call) and callee_name(c) == fn.node.name
        ]

    def _arguments_per_parameter(
        self, fn: _Function
    ) -> list[tuple[str, list[ast.expr | None], list[ast.expr | None]]]:
        """(parameter, what calls from outside pass it, what self-calls pass it).

        Empty unless `fn` is called both from outside and by itself.
        """
        inside = {id(n) for n in ast.walk(fn.node)}
        calls = self._call_sites(fn)
        own = [c for c in calls if id(c) in inside]
        outside = [c for c in calls if id(c) not in inside]
        if not own or not outside:
            return []
        return [
            (
                p,
                [c.args[k] if k < len(c.args) else None for c in outside],
                [c.args[k] if k < len(c.args) else None for c in own],
            )
            for k, p in enumerate(_params(fn.node))
        ]

    def _counts_down_from_a_constant(self, fn: _Function) -> int:
        """A parameter started at a small written number and passed on one less.

        Every outside call sets it (`solve(a, 29)`) and every self-call passes it minus a
        constant (`solve(on, bit - 1)`): the recursion is that many levels deep at most.
        Returns the largest start (at least 1), or 0.
        """
        for p, starts, steps in self._arguments_per_parameter(fn):
            # Up to a few hundred: bisection by recursion for a written number of rounds.
            if all(
                isinstance(v, ast.Constant) and type(v.value) is int and 0 <= v.value <= 300
                for v in starts
            ) and all(
                isinstance(v, ast.BinOp)
                and isinstance(v.op, ast.Sub)
                and is_name(v.left, p)
                and isinstance(v.right, ast.Constant)
                and type(v.right.value) is int
                and v.right.value >= 1
                for v in steps
            ):
                values = [v.value for v in starts if isinstance(v, ast.Constant)]
                return max([1, *(v for v in values if isinstance(v, int))])
        return 0

    def _grows_a_shared_list_to_a_constant(self, fn: _Function) -> int:
        """`if len(cur) == 3: ...; return`, with `cur.append(x)` before each self-call.

        Backtracking on a list the calls share (and pop again after): it is one item longer
        at every level, so the recursion is that constant many levels deep. Returns it, or 0.
        """
        name = fn.node.name
        grown: set[str] = set()
        for stmts in _statement_lists(fn.node):
            for k, stmt in enumerate(stmts):
                simple = isinstance(stmt, ast.Expr | ast.Assign | ast.AugAssign | ast.Return)
                if not simple or not any(is_self_call(c, name) for c in ast.walk(stmt)):
                    continue  # a compound statement's own lists are walked in their turn
                before = stmts[k - 1] if k else None
                if not (
                    isinstance(before, ast.Expr)
                    and isinstance(before.value, ast.Call)
                    and callee_name(before.value) == "append"
                    and isinstance(before.value.func, ast.Attribute)
                    and isinstance(before.value.func.value, ast.Name)
                ):
                    return 0
                grown.add(before.value.func.value.id)
        if len(grown) != 1:
            return 0
        shared = next(iter(grown))
        params = _params(fn.node)
        # `dfs(i + 1, path)`: a list parameter every self-call hands on as it is, the same
        # list shared down the calls.
        handed_on = shared in params and all(
            isinstance(c, ast.Call)
            and params.index(shared) < len(c.args)
            and is_name(c.args[params.index(shared)], shared)
            for c in ast.walk(fn.node)
            if is_self_call(c, name)
        )
        if (shared in params and not handed_on) or shared in bound_names(walk_local(fn.node.body)):
            return 0
        return _stops_at_a_constant(fn.node, shared)

    def _counts_up_to_a_constant(self, fn: _Function) -> int:
        """A parameter started at a written value, grown by each self-call, stopped at a constant.

        `go(0, ...)` calling `go(v, length + 1)` under `if length > 10: return`, or `gen('')`
        calling `gen(code + d)` under `if len(code) == 4: return`: a fixed number of levels
        deep, so a fixed number of calls (all PINs of four digits, all ten-digit numbers).
        Returns that number of levels, or 0.
        """
        for p, starts, steps in self._arguments_per_parameter(fn):
            if not all(_small_literal(v) for v in starts):
                continue
            # `length + 1`; a string grows by what each call adds to it (`code + d`).
            text = isinstance(literal(starts[0]), str)
            if not all(
                isinstance(v, ast.BinOp)
                and isinstance(v.op, ast.Add)
                and is_name(v.left, p)
                and (text or literal(v.right) == 1)
                for v in steps
            ):
                continue
            levels = _stops_at_a_constant(fn.node, p, fn.scope)
            if levels:
                return levels
        return 0

    def _carries_its_path(self, fn: _Function) -> bool:
        """A parameter started as a written tuple or string that self-calls lengthen.

        `f(0, ())` calling `f(i + 1, chosen + (a[i],))` and `f(i + 1, chosen)`, or `cur + s[i]`:
        it holds the choices made so far, so no two paths share a key and a cache of the
        calls by their arguments never hits (as many calls as without it).
        """
        for p, starts, steps in self._arguments_per_parameter(fn):
            if not all(isinstance(literal(v), str) or isinstance(v, ast.Tuple) for v in starts):
                continue
            grown = [
                v
                for v in steps
                if isinstance(v, ast.BinOp) and isinstance(v.op, ast.Add) and is_name(v.left, p)
            ]
            kept = [v for v in steps if v is not None and is_name(v, p)]
            if grown and len(grown) + len(kept) == len(steps):
                return True
        return False

    def _takes_a_few(self, fn: _Function) -> int:
        """How many items a take-or-skip recursion may take, when a written number caps it.

        A parameter started empty or small that some self-calls pass on as it is (skip) and
        others grown by one (take: `k + 1`, `chosen + [i]`, or a flag set: `True`), capped
        by `if k > 1: return` or by a test around the take (`if k < 2:`, `if not used:`):
        the calls are the ways to take that many items at most, a power of n. Returns the
        power, or 0.
        """
        for p, starts, steps in self._arguments_per_parameter(fn):
            if not all(
                _small_literal(v)
                or literal(v) is False
                or (isinstance(v, ast.List | ast.Tuple) and not v.elts)
                for v in starts
            ):
                continue
            kept = [v for v in steps if v is not None and is_name(v, p)]
            grown = [
                v
                for v in steps
                if isinstance(v, ast.BinOp)
                and isinstance(v.op, ast.Add)
                and is_name(v.left, p)
                and (literal(v.right) == 1 or _one_more_item(v.right))
            ]
            flags = [v for v in steps if literal(v) == 1] if not grown else []  # True or 1
            if not kept or len(kept) + len(grown) + len(flags) != len(steps):
                continue
            if grown:
                limit, strict = _cap_of(fn.node, p)
                if limit:
                    return limit + 1 if strict else limit
            if grown or flags:
                guarded = _take_guarded(fn.node, p)
                if guarded:
                    return guarded
        return 0

    def _passed_marks(self, fn: _Function) -> frozenset[str]:
        """Parameters every call passes a kept collection in.

        `self.dfs(v, vis)` with `vis` made once by the caller, not afresh in the loop that
        calls: marks one call leaves, the next one sees.
        """
        params = _params(fn.node)
        sites = self._call_sites(fn)
        if not sites:
            return frozenset()
        return frozenset(
            p
            for k, p in enumerate(params)
            if all(
                k < len(c.args)
                and isinstance(c.args[k], ast.Name)
                and not self._marks_reset(c.args[k].id)  # type: ignore[attr-defined]
                for c in sites
            )
        )

    def _marks_kept(self, fn: _Function, name: str) -> bool:
        """The marks `fn` visits by outlive each call from outside, so later ones find them.

        Not reset in a loop (`seen = [False] * n` per start), nor a parameter that a caller
        hands a new collection (`kuhn(v, [False] * n)`): each such call visits anew.
        """
        if self._marks_reset(name):
            return False
        return name not in _params(fn.node) or name in self._passed_marks(fn)

    def _marks_reset(self, name: str) -> bool:
        """`seen = [False] * n` (or `seen.clear()`) inside a loop: fresh marks per start.

        Not a test-case loop: each case is a problem of its own, with marks of its own.
        """
        for loop in ast.walk(self.tree):
            if not isinstance(loop, ast.For | ast.While) or repeats_a_problem(loop, self.readers):
                continue
            body = list(walk_local(loop.body))
            # `seen[v] = True` marks a vertex; only rebinding the name starts afresh.
            if name in bound_names(body):
                return True
            for node in body:
                if (
                    isinstance(node, ast.Call)
                    and callee_name(node) == "clear"
                    and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == name
                ):
                    return True
        return False

    def _cycle(self, fn: _Function) -> list[_Function]:
        """The functions `fn` calls that call it back, directly or through others, and `fn`.

        Empty when there are none: only its own recursion, or none.
        """
        reach: dict[str, set[str]] = {}

        def reachable(start: _Function) -> set[str]:
            if start.node.name not in reach:
                seen: set[str] = set()
                todo = [start]
                while todo:
                    for name in self._callees(todo.pop()):
                        other = self.functions.get(name)
                        if other is not None and name not in seen:
                            seen.add(name)
                            todo.append(other)
                reach[start.node.name] = seen
            return reach[start.node.name]

        members = [
            other
            for name in sorted(reachable(fn))
            if (other := self.functions[name]) is not fn and fn.node.name in reachable(other)
        ]
        return [fn, *members] if members else []

    def _callees(self, fn: _Function) -> set[str]:
        return {
            callee_name(n)
            for n in ast.walk(fn.node)
            if isinstance(n, ast.Call) and callee_name(n) != fn.node.name
        }

    def _reachable(self, main_body: list[ast.stmt]) -> set[str] | None:
        """Functions the main program can reach; None when it runs nothing (a library of them).

        Competitive-programming templates define dozens of helpers and call a few: only what
        runs counts. A function counts as reached when its name appears at all (called, passed
        as a key or a thread target), so nothing that runs is left out.
        """

        def named(nodes: list[ast.stmt] | list[ast.AST]) -> set[str]:
            module = ast.Module(body=list(nodes), type_ignores=[])  # type: ignore[arg-type]
            return {
                node.id if isinstance(node, ast.Name) else node.attr
                for node in ast.walk(module)
                if isinstance(node, ast.Name | ast.Attribute)
            } & set(self.functions)

        frontier = named(main_body)
        runs = any(
            isinstance(n, ast.Call) for n in ast.walk(ast.Module(body=main_body, type_ignores=[]))
        )
        if not frontier and not runs:
            return None
        live: set[str] = set()
        while frontier:
            key = frontier.pop()
            if key in live:
                continue
            live.add(key)
            fn = self.functions[key]
            frontier |= named(fn.node.body) - live
            if frontier:
                continue
            # Methods of a class that is instantiated are reached through the instance: its
            # special methods (`__lt__` in a sort), and the others once code that runs names
            # them (`obj.query(...)`, `self.push(...)`), not the ones a template never uses.
            bodies: list[ast.AST] = [*main_body, *(self.functions[k].node for k in live)]
            attrs = {n.attr for b in bodies for n in ast.walk(b) if isinstance(n, ast.Attribute)}
            frontier = {
                fn.key
                for fn in self.order
                if "." in fn.display
                and fn.display.split(".", 1)[0] in live
                and (fn.node.name.startswith("__") or fn.node.name in attrs)
            } - live
        return live

    def report(self) -> StaticReport:
        functions = [self.cost_of(fn) for fn in self.order]
        coster = Coster(
            self.module_scope,
            self.user_call,
            generators=self.generators,
            readers=self.readers,
            counts=self.counts,
            fixed_reads=self.record_reads,
            bitsets=self.bitsets,
            root=self.tree,
        )
        main_body = [
            s
            for s in self.tree.body
            if not isinstance(s, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
        ]
        module_time = coster.block(main_body)
        for name in {
            callee_name(n) for n in ast.walk(ast.Module(main_body, [])) if isinstance(n, ast.Call)
        }:
            module_time = module_time | self.memo_totals.get(name, ONE)
        time = module_time
        space = coster.space
        live = self._reachable(main_body)
        # A class a stdin program never names never runs; without input, the class is the
        # program (`class Solution`), called by whoever imports it.
        unused = _unused_classes(self.tree) if self.calls_a_reader else set()
        # Only what runs counts, and explains the answer: a template's unused helpers do not,
        # nor the methods of a class never named (whose keys another class's methods share).
        ran = [
            f
            for fn, f in zip(self.order, functions, strict=True)
            if (live is None or fn.key in live) and fn.display.split(".", 1)[0] not in unused
        ]
        for f in ran:
            time = time | f.time
            space = space | f.space
        reasons = [
            f"{f.name}: {f.reason}" for f in sorted(ran, key=lambda f: f.time, reverse=True)
        ][:3]
        if module_time >= time and main_body:
            reasons.insert(0, f"main program: {_dominant(coster)}")
        reads = any(
            (isinstance(n, ast.Call) and callee_name(n) in {"input", "readline", "read"})
            or (isinstance(n, ast.Attribute) and n.attr == "stdin")
            for n in ast.walk(self.tree)
        )
        return StaticReport(
            time=time,
            space=space,
            functions=functions,
            reasons=reasons,
            fallbacks=self.fallbacks + coster.fallbacks,
            reads_stdin=reads,
        )


def _receiver_classes(tree: ast.Module) -> dict[int, str]:
    """The class of each method call's receiver, where one class alone builds it, by call id.

    `self.push(v)` in a class's body is that class's; `d.find(x)` is DSU's when every store
    to `d` anywhere is `d = DSU(...)`.
    """
    classes = [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    if not classes:
        return {}
    names = {c.name for c in classes}
    stores: dict[str, int] = {}
    builds: dict[str, list[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store | ast.Del):
            stores[node.id] = stores.get(node.id, 0) + 1
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
            and node.value.func.id in names
        ):
            builds.setdefault(node.targets[0].id, []).append(node.value.func.id)
    of = {
        name: made[0]
        for name, made in builds.items()
        if len(set(made)) == 1 and len(made) == stores.get(name)
    }
    out: dict[int, str] = {}
    for cls in classes:
        for call in ast.walk(cls):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and is_name(call.func.value, "self")
            ):
                out[id(call)] = cls.name
    for call in ast.walk(tree):
        if (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and isinstance(call.func.value, ast.Name)
            and call.func.value.id in of
        ):
            out.setdefault(id(call), of[call.func.value.id])
    return out


def _unused_classes(tree: ast.Module) -> set[str]:
    """Classes whose name nothing outside their own body mentions: never built, never run."""
    classes = [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    if not classes:
        return set()
    inside: dict[str, set[int]] = {c.name: {id(n) for n in ast.walk(c)} for c in classes}
    mentioned = [n for n in ast.walk(tree) if isinstance(n, ast.Name)]
    return {
        name
        for name, own in inside.items()
        if not any(n.id == name and id(n) not in own for n in mentioned)
    }


def _constructor_scopes(
    tree: ast.Module, module: Scope, readers: frozenset[str]
) -> dict[int, Scope]:
    """The scope of its class's `__init__` for each value stored there, by the value's id.

    In it, the parameters every construction fills with a written number are constants:
    `self.n = n` of `BIT(26)` holds 26, so the methods' walks up to `self.n` are fixed; so
    are those it fills with a collection of written size (`Solver([x, y, z])`).
    """
    out: dict[int, Scope] = {}
    for cls in ast.walk(tree):
        if not isinstance(cls, ast.ClassDef):
            continue
        for init in cls.body:
            if not isinstance(init, ast.FunctionDef) or init.name != "__init__":
                continue
            params = [a for a in init.args.args if a.arg not in {"self", "cls"}]
            consts = constant_arguments(tree, cls.name, [a.arg for a in params])
            methods = frozenset(id(m) for m in cls.body if isinstance(m, ast.FunctionDef))
            fixed = fixed_arguments(
                tree, cls.name, [a.arg for a in params], module, readers, own_methods=methods
            )
            if not consts and not fixed:
                continue
            scope = build_scope(params, init.body, module)
            scope.consts |= consts
            scope.fixed |= fixed
            propagate_consts(scope, init.body)
            for node in ast.walk(init):
                if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                    out[id(node.value)] = scope
    return out


def _called_as(node: ast.FunctionDef | ast.AsyncFunctionDef, prefix: str) -> str:
    """The name calls use: a class's `__init__` runs on `SegTree(20)`, named by its class."""
    if node.name == "__init__" and prefix:
        return prefix.rstrip(".")
    return node.name


def _params(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    """The parameters a caller passes (`self` and `cls` left out)."""
    return [a.arg for a in fn.args.args if a.arg not in {"self", "cls"}]


def _resumed_calls(tree: ast.Module, functions: dict[str, _Function]) -> set[int]:
    """Calls `p = skip(p, ...)` in a loop, to a helper that walks its argument forward.

    The helper steps a parameter up in a while loop (`while pos < len(a) and ...: pos += 1`)
    and returns it; the loop feeds the result back in. Each call resumes where the last one
    stopped, so all calls together walk the range once.
    """
    out: set[int] = set()
    # `while pos < len(s): node()` with `node` moving the global `pos` on: the calls resume.
    cursors: dict[str, set[str]] = {}  # each function's cursors, found once
    for loop in ast.walk(tree):
        if not isinstance(loop, ast.While):
            continue
        tested = {n.id for n in ast.walk(loop.test) if isinstance(n, ast.Name)}
        for call in ast.walk(loop):
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Name):
                name = call.func.id
                if name in functions and name not in cursors:
                    cursors[name] = cursor_names(functions[name].node)
                if tested & cursors.get(name, set()):
                    out.add(id(call))
    candidates = {
        id(node): (node.targets[0].id, node.value, node.value.func.id)
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and isinstance(node.value, ast.Call)
        and isinstance(node.value.func, ast.Name)
        and node.value.func.id in functions
    }
    for loop in ast.walk(tree):
        if not candidates or not isinstance(loop, ast.For | ast.While):
            continue
        for node in ast.walk(loop):
            if id(node) not in candidates:
                continue
            name, call, callee = candidates[id(node)]
            # `nxt = skip(cur, ...)` then `cur = nxt`: fed back through a second name.
            fed = {name} | {
                a.targets[0].id
                for a in ast.walk(loop)
                if isinstance(a, ast.Assign)
                and len(a.targets) == 1
                and isinstance(a.targets[0], ast.Name)
                and isinstance(a.value, ast.Name)
                and a.value.id == name
            }
            fn = functions[callee].node
            params = [a.arg for a in fn.args.args]
            for pos, arg in enumerate(call.args):
                if (
                    isinstance(arg, ast.Name)
                    and arg.id in fed
                    and pos < len(params)
                    and (_walks_forward(fn, params[pos]) or _walks_a_copy_forward(fn, params[pos]))
                ):
                    out.add(id(call))
    return out


def _walks_forward(fn: ast.FunctionDef | ast.AsyncFunctionDef, param: str) -> bool:
    """`fn` only steps `param` up (`param += 1` in a while loop) and returns it."""
    returns = [n for n in ast.walk(fn) if isinstance(n, ast.Return)]
    if not returns or not all(
        isinstance(r.value, ast.Name) and r.value.id == param for r in returns
    ):
        return False
    loops = [n for n in ast.walk(fn) if isinstance(n, ast.For | ast.While)]
    if len(loops) != 1 or not isinstance(loops[0], ast.While):
        return False
    if param not in {n.id for n in ast.walk(loops[0].test) if isinstance(n, ast.Name)}:
        return False
    steps = 0
    for node in ast.walk(fn):
        if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            if node.target.id == param:
                if not isinstance(node.op, ast.Add):
                    return False
                steps += 1
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            stored = {t.id for tgt in targets for t in ast.walk(tgt) if isinstance(t, ast.Name)}
            if param in stored:
                return False
    return steps > 0


def _walks_a_copy_forward(fn: ast.FunctionDef | ast.AsyncFunctionDef, param: str) -> bool:
    """`k = i; while k < len(a) and ...: k += 1; return k`: a copy of `param` walked up.

    The copy starts where the caller's cursor stands and only steps up, so what the
    helper returns is never behind the argument it was given.
    """
    returns = [n for n in ast.walk(fn) if isinstance(n, ast.Return)]
    if not returns or not all(isinstance(r.value, ast.Name) for r in returns):
        return False
    names = {r.value.id for r in returns if isinstance(r.value, ast.Name)}
    if len(names) != 1 or param in names:
        return False
    copy = names.pop()
    loops = [n for n in ast.walk(fn) if isinstance(n, ast.For | ast.While)]
    if len(loops) != 1 or not isinstance(loops[0], ast.While):
        return False
    if copy not in {n.id for n in ast.walk(loops[0].test) if isinstance(n, ast.Name)}:
        return False
    starts = steps = 0
    for node in ast.walk(fn):
        if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            if node.target.id in (copy, param):
                if not isinstance(node.op, ast.Add):
                    return False
                steps += node.target.id == copy
        elif isinstance(node, ast.Assign | ast.AnnAssign | ast.NamedExpr):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            stored = {t.id for tgt in targets for t in ast.walk(tgt) if isinstance(t, ast.Name)}
            if param in stored:
                return False
            if copy not in stored:
                continue
            if not (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and node.value is not None
                and (
                    (isinstance(node.value, ast.Name) and node.value.id == param)
                    or (
                        isinstance(node.value, ast.BinOp)
                        and isinstance(node.value.op, ast.Add)
                        and is_name(node.value.left, param)
                        and isinstance(node.value.right, ast.Constant)
                    )
                )
            ):
                return False
            starts += 1
    return starts == 1 and steps > 0


#: Names through which a function reads the input other than `input` itself.
_READS_INPUT = frozenset({"open", "eval", "stdin", "readline", "readlines", "raw_input"})


def _import_names(nodes: Iterable[ast.AST]) -> set[str]:
    """Names the imports among `nodes` bind (`math`, `heapq`, `permutations`)."""
    return {
        alias.asname or alias.name.split(".")[0]
        for imp in nodes
        if isinstance(imp, ast.Import | ast.ImportFrom)
        for alias in imp.names
    }


def _defined_in(
    fn: ast.FunctionDef | ast.AsyncFunctionDef,
) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef]:
    """The functions defined directly in `fn`'s body (not inside those, nor in classes)."""
    stack: list[ast.AST] = list(fn.body)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield node
        elif not isinstance(node, ast.ClassDef | ast.Lambda):
            stack.extend(ast.iter_child_nodes(node))


def _dominant(coster: Coster) -> str:
    if not coster.notes:
        return "straight-line code"
    top = max(coster.notes, key=lambda t: t[0])
    return f"{top[2]} at line {top[1]} ({top[0].label()})"


def _small_literal(node: ast.expr | None) -> bool:
    """`0`, `1`, `''`, `'4'`: a small written start for a counter or a string grown by calls."""
    if not isinstance(node, ast.Constant):
        return False
    if type(node.value) is int:
        return 0 <= node.value <= 64
    return isinstance(node.value, str) and len(node.value) <= 64


def _one_more_item(node: ast.expr) -> bool:
    """`[i]`, `(i,)`, `'x'`: what a take appends to the list or string it carries."""
    if isinstance(node, ast.List | ast.Tuple):
        return len(node.elts) == 1
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) == 1


def _take_guarded(fn: ast.FunctionDef | ast.AsyncFunctionDef, param: str) -> int:
    """The power of n that a test around the taking self-call allows (0: no such test).

    `if k < 2: go(i + 1, k + 1)` lets k reach 2, and calls with k at 2 still recurse: n^3;
    `if not used: go(i + 1, True)` takes once: n^2.
    """
    for node in ast.walk(fn):
        if not isinstance(node, ast.If) or not any(
            is_self_call(c, fn.name) for stmt in node.body for c in ast.walk(stmt)
        ):
            continue
        test = node.test
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            if is_name(test.operand, param):
                return 2
            continue
        if not (isinstance(test, ast.Compare) and len(test.ops) == 1):
            continue
        limit = literal(test.comparators[0])
        if not _measures(test.left, param) or type(limit) is not int or not 0 < limit <= 64:
            continue
        if isinstance(test.ops[0], ast.Lt):
            return limit + 1
        if isinstance(test.ops[0], ast.LtE):
            return limit + 2
    return 0


def _cap_of(fn: ast.FunctionDef | ast.AsyncFunctionDef, param: str) -> tuple[int, bool]:
    """(C, strict) of `if k > C: return` (strict) or `if len(k) == C: return`; (0, False)."""
    found = _stop_test(fn, param)
    return (found[0], isinstance(found[1], ast.Gt)) if found else (0, False)


def _stops_at_a_constant(
    fn: ast.FunctionDef | ast.AsyncFunctionDef, param: str, scope: Scope | None = None
) -> int:
    """`if length > 10: return` or `if len(code) == 4: ... return`: the constant (0 if none).

    With `scope`, a bound no larger than a written number counts too (`if d == min(n, 4)`,
    or `k` of `k = min(n, 4)`): the written number.
    """
    found = _stop_test(fn, param, scope)
    return found[0] if found else 0


def _written_cap(limit: ast.expr, scope: Scope | None) -> object:
    """The written number `min(n, 4)` (or a name only ever assigned one) is at most: 4."""
    if scope is None:
        return literal(limit)
    if isinstance(limit, ast.Name) and limit.id not in scope.params:
        values = scope.assigned.get(limit.id)
        owner = scope.parent
        while values is None and owner is not None:
            values, owner = owner.assigned.get(limit.id), owner.parent
        caps = {_a_min_with_a_literal(v) for v in values or [None]}
        return caps.pop() if len(caps) == 1 else None
    return _a_min_with_a_literal(limit)


def _a_min_with_a_literal(value: ast.expr | None) -> object:
    """4 of `min(n, 4)` (the smallest written argument), 4 of `4`; else None."""
    if isinstance(value, ast.Call) and callee_name(value) == "min" and not value.keywords:
        written = [v for a in value.args if type(v := literal(a)) is int]
        return min(written) if written else None
    return literal(value) if value is not None else None


def _stop_test(
    fn: ast.FunctionDef | ast.AsyncFunctionDef, param: str, scope: Scope | None = None
) -> tuple[int, ast.cmpop] | None:
    """(C, the comparison) of the first `if k > C: return` (`==`, `>=`; `len(k)` too)."""
    for node in ast.walk(fn):
        if not isinstance(node, ast.If) or not any(
            isinstance(s, ast.Return) for stmt in node.body for s in ast.walk(stmt)
        ):
            continue
        parts = (
            node.test.values
            if isinstance(node.test, ast.BoolOp) and isinstance(node.test.op, ast.Or)
            else [node.test]
        )
        for part in parts:
            if not (
                isinstance(part, ast.Compare)
                and len(part.ops) == 1
                and isinstance(part.ops[0], ast.Eq | ast.GtE | ast.Gt)
            ):
                continue
            limit = _written_cap(part.comparators[0], scope)
            if _measures(part.left, param) and type(limit) is int and 0 < limit <= 64:
                return limit, part.ops[0]
    return None


def _measures(side: ast.expr, param: str) -> bool:
    """`k` or `len(k)`: the parameter, or how many items it holds."""
    if isinstance(side, ast.Call) and callee_name(side) == "len" and side.args:
        side = side.args[0]
    return is_name(side, param)


def _on_a_fixed_board(fn: _Function) -> bool:
    """Every self-call stands in loops of written length only, and a `for` loop at least.

    A backtracking search whose choices at each level are a written set of cells or
    values (`range(9)`, `'123456789'`) puts back what it marked: a fixed board.
    """
    sites = [c for c in ast.walk(fn.node) if is_self_call(c, fn.node.name)]
    around = [
        loop
        for loop in ast.walk(fn.node)
        if isinstance(loop, ast.For | ast.While) and any(c in ast.walk(loop) for c in sites)
    ]
    if not around or not all(
        isinstance(loop, ast.For) and iter_count(loop.iter, fn.scope) == ONE for loop in around
    ):
        return False
    # Each level fills a cell the written loops pick (`g[i] = turn`, `g[r][c] = v`): as
    # deep as the board has cells. (`for c in '01': go(s + c)` is as deep as n.)
    targets = [loop.target for loop in around if isinstance(loop, ast.For)]
    chosen = {name for target in targets for name in names_in(target)} - {"_"}
    for loop in around:
        for node in ast.walk(loop):
            if not isinstance(node, ast.Assign):
                continue
            for tgt in node.targets:
                if isinstance(tgt, ast.Subscript) and (keys := key_names(tgt)) and keys <= chosen:
                    return True
    return False


def _fan_out(fn: _Function) -> Cost:
    """How many self-calls one call makes: the count of the loops around them, at most."""
    out = ONE
    for loop in ast.walk(fn.node):
        if isinstance(loop, ast.For) and any(is_self_call(c, fn.node.name) for c in ast.walk(loop)):
            out = out | iter_count(loop.iter, fn.scope)
    return out
