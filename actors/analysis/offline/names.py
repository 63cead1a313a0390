"""What a name probably holds (an integer size, a sequence, a hash table), from how it is used.

Python has no declared types, so the analyser reads the evidence the code gives: annotations,
the value first assigned, how a parameter is used, and (last) conventional names.
"""

from __future__ import annotations

import ast
import string
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal

from actors.analysis.offline.vocabulary import (
    ADJACENCY_NAMES,
    GROWING_FUNCTIONS,
    HASH_CTORS,
    HASH_NAMES,
    INT_NAMES,
    MUTATORS,
    SEQ_CTORS,
    SEQ_NAMES,
)

Kind = Literal["int", "seq", "hash", "str", "digits", "unknown"]


def callee_name(call: ast.Call) -> str:
    """The bare name a call targets: `f` for `f(x)`, `sort` for `a.sort()`."""
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def calls(node: ast.AST, names: Collection[str]) -> bool:
    """Whether `node` holds a call to one of `names` (by bare name, as `callee_name` gives)."""
    return any(isinstance(sub, ast.Call) and callee_name(sub) in names for sub in ast.walk(node))


def leaves_the_loop(stmt: ast.stmt) -> bool:
    """`break`, `return`, `exit()`: nothing after it runs again in this loop."""
    if isinstance(stmt, ast.Break | ast.Return):
        return True
    return (
        isinstance(stmt, ast.Expr)
        and isinstance(stmt.value, ast.Call)
        and callee_name(stmt.value) in {"exit", "quit"}
    )


def ends_on_first_pass(loop: ast.For | ast.While) -> bool:
    """The body ends the loop (`break`, `return`, `exit()`), and no `continue` goes round.

    `for x in s: return x` (any item of a set), `while True: ...; break`: one pass.
    """
    if not (loop.body and leaves_the_loop(loop.body[-1])):
        return False
    stack: list[ast.AST] = list(loop.body)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Continue):
            return False
        if isinstance(node, ast.For | ast.While):
            # An inner loop's `else: continue` goes round this one (`break` only if it broke).
            stack.extend(node.orelse)
        elif not isinstance(node, ast.FunctionDef | ast.Lambda):
            stack.extend(ast.iter_child_nodes(node))
    return True


def range_bound(node: ast.AST | None) -> ast.expr | None:
    """`n` for `range(n)`, `range(1, n + 1)`, `[0] * n` and `' ' * n`: n passes; else None."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
        # `for _ in [0] * int(input()):`, golfed `for _ in ' ' * t:`
        for unit, count in ((node.left, node.right), (node.right, node.left)):
            if (
                isinstance(unit, ast.List)
                and len(unit.elts) == 1
                and isinstance(unit.elts[0], ast.Constant)
            ) or (
                isinstance(unit, ast.Constant)
                and isinstance(unit.value, str)
                and len(unit.value) == 1
            ):
                return count
    if not (isinstance(node, ast.Call) and callee_name(node) == "range"):
        return None
    if len(node.args) == 1:
        return node.args[0]
    if len(node.args) == 2 and _small_int(node.args[0]):
        stop = node.args[1]
        if isinstance(stop, ast.BinOp) and isinstance(stop.op, ast.Add) and _small_int(stop.right):
            return stop.left  # `range(1, t + 1)`: test cases numbered from one
        return stop
    return None


def _small_int(node: ast.expr) -> bool:
    """0, 1 or 2: the offsets a count is numbered from."""
    return isinstance(node, ast.Constant) and type(node.value) is int and 0 <= node.value <= 2


def appended_item(node: ast.AST) -> tuple[str, ast.expr] | None:
    """(`xs`, `item`) of a call `xs.append(item)`; None for anything else."""
    if (
        isinstance(node, ast.Call)
        and callee_name(node) == "append"
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and len(node.args) == 1
    ):
        return node.func.value.id, node.args[0]
    return None


def power_of_two(node: ast.AST) -> ast.expr | None:
    """The exponent of `1 << k`, `2 ** k` or `pow(2, k)`; None for anything else."""
    if isinstance(node, ast.BinOp) and isinstance(node.left, ast.Constant):
        one_shift = isinstance(node.op, ast.LShift) and node.left.value == 1
        two_power = isinstance(node.op, ast.Pow) and node.left.value == 2
        if one_shift or two_power:
            return node.right
    if isinstance(node, ast.Call) and callee_name(node) == "pow" and len(node.args) == 2:
        base = node.args[0]
        if isinstance(base, ast.Constant) and base.value == 2:
            return node.args[1]
    return None


def is_name(node: ast.AST, *names: str) -> bool:
    """Whether `node` is a bare name, one of `names`."""
    return isinstance(node, ast.Name) and node.id in names


def names_in(node: ast.AST) -> set[str]:
    """Every name `node` mentions."""
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def test_parts(nodes: Iterable[ast.AST]) -> list[ast.AST]:
    """The nodes inside the tests among `nodes`, in that order.

    First the tests of if, while and `a if c else b` (`if not seen[v]`), then comprehension
    filters (`[u for u in adj[v] if not vis[u]]`).
    """
    nodes = list(nodes)
    return [
        n
        for node in nodes
        if isinstance(node, ast.If | ast.While | ast.IfExp)
        for n in ast.walk(node.test)
    ] + [
        n
        for node in nodes
        if isinstance(node, ast.comprehension)
        for cond in node.ifs
        for n in ast.walk(cond)
    ]


def get_as_index(node: ast.expr) -> ast.expr:
    """`g.get(u, [])` read as `g[u]`: the entry of a table, with a default for a missing key."""
    if (
        isinstance(node, ast.Call)
        and callee_name(node) == "get"
        and isinstance(node.func, ast.Attribute)
        and node.args
    ):
        return ast.Subscript(value=node.func.value, slice=node.args[0], ctx=ast.Load())
    return node


def collection_key(node: ast.expr) -> str:
    """`vis` for the name `vis`, `self.vis` for an attribute of the instance; else "".

    A class keeps its graph marks and stacks on `self`: one collection for every call of
    its methods, as a global is for functions.
    """
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return f"self.{node.attr}" if node.value.id == "self" else ""
    return ""


def cell_key(node: ast.expr) -> str:
    """`a` of `a[x][y]`, `self.a` of `self.a[x]` (marks kept on the instance); else ""."""
    base = node
    while isinstance(base, ast.Subscript):
        base = base.value
    return collection_key(base) if base is not node else ""


def swaps(stmt: ast.stmt) -> bool:
    """`a, b = b, a`: two names (or cells) trade values."""
    return (
        isinstance(stmt, ast.Assign)
        and len(stmt.targets) == 1
        and isinstance(stmt.targets[0], ast.Tuple)
        and isinstance(stmt.value, ast.Tuple)
        and len(stmt.targets[0].elts) == 2
        and [ast.unparse(e) for e in stmt.targets[0].elts]
        == [ast.unparse(e) for e in reversed(stmt.value.elts)]
    )


def next_permutation_step(body: list[ast.stmt]) -> bool:
    """A swap `p[i], p[j] = p[j], p[i]` then the suffix reversed: `p[i + 1:] = p[i + 1:][::-1]`.

    The step of the next-permutation algorithm (also with `reversed(...)` or `.reverse()` of
    the suffix), written among the statements of `body`.
    """
    swapped: set[str] = set()
    for stmt in body:
        if isinstance(stmt, ast.Assign) and swaps(stmt):
            cells = stmt.targets[0]
            if isinstance(cells, ast.Tuple) and all(
                isinstance(e, ast.Subscript) for e in cells.elts
            ):
                swapped |= {cell_key(e) for e in cells.elts}
            continue
        if not (swapped and isinstance(stmt, ast.Assign) and len(stmt.targets) == 1):
            continue
        target = stmt.targets[0]
        if not (
            isinstance(target, ast.Subscript)
            and isinstance(target.slice, ast.Slice)
            and target.slice.lower is not None
            and target.slice.upper is None
            and collection_key(target.value) in swapped
        ):
            continue
        value = stmt.value
        reversed_slice = (isinstance(value, ast.Call) and callee_name(value) == "reversed") or (
            isinstance(value, ast.Subscript)
            and isinstance(value.slice, ast.Slice)
            and isinstance(value.slice.step, ast.UnaryOp)
        )
        if reversed_slice:
            return True
    return False


def subscript_root(node: ast.expr) -> str | None:
    """`a` of `a[x]` and of `a[x][y]` (a cell of a grid); None when `node` is no such cell."""
    base = node
    while isinstance(base, ast.Subscript):
        base = base.value
    return base.id if base is not node and isinstance(base, ast.Name) else None


def is_text(node: ast.expr, scope: Scope) -> bool:
    """A string: a name holding one, or one made from one (`s.lower()`, `s[::-1]`, `input()`)."""
    if isinstance(node, ast.Name):
        return scope.known_kind(node.id) == "str"
    return value_kind(node, scope.kinds) == "str"


def one_line(value: ast.expr) -> bool:
    """`input()`, `input().strip()`, `sys.stdin.readline().rstrip()`: a line as a string."""
    while (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Attribute)
        and value.func.attr in {"strip", "rstrip", "lstrip", "lower", "upper"}
    ):
        value = value.func.value
    return isinstance(value, ast.Call) and callee_name(value) in {"input", "readline"}


def parents_of(nodes: Iterable[ast.AST]) -> dict[int, ast.AST]:
    """The parent of each child of `nodes`, keyed by the child's id."""
    return {id(child): node for node in nodes for child in ast.iter_child_nodes(node)}


def walk_local(nodes: list[ast.stmt]) -> Iterator[ast.AST]:
    """Every node under `nodes`, without descending into nested functions or classes."""
    stack: list[ast.AST] = list(reversed(nodes))
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if isinstance(
                child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda
            ):
                continue
            stack.append(child)


def assigns_to(body: list[ast.stmt], name: str) -> list[ast.Assign]:
    """The plain assignments under `body` (nested functions left out) that bind `name`."""
    return [
        n
        for n in walk_local(body)
        if isinstance(n, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == name for t in n.targets)
    ]


def bound_names(nodes: Iterable[ast.AST], augmented: bool = False) -> set[str]:
    """Names that assignments among `nodes` bind: `x = ...`, `a, b = ...`.

    `i += 1` counts too when `augmented`. A store into `t[k]` or `o.attr` binds no name.
    """
    out: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif augmented and isinstance(node, ast.AugAssign):
            targets = [node.target]
        else:
            continue
        for tgt in targets:
            for t in tgt.elts if isinstance(tgt, ast.Tuple | ast.List) else [tgt]:
                if isinstance(t, ast.Name):
                    out.add(t.id)
    return out


def helper_body(node: ast.AST) -> tuple[str, ast.AST] | None:
    """`def f(...): ...` or `f = lambda: ...`: the helper's name and the node of its body."""
    if isinstance(node, ast.FunctionDef):
        return node.name, node
    if (
        isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and isinstance(node.value, ast.Lambda)
    ):
        return node.targets[0].id, node.value
    return None


def _annotation_kind(ann: ast.expr | None) -> Kind:
    if ann is None:
        return "unknown"
    text = ast.unparse(ann).lower()
    if text in {"int", "float"}:
        return "int"
    if text.startswith(("dict", "set", "frozenset", "mapping", "counter", "defaultdict")):
        return "hash"
    if text == "str":
        return "str"
    if text.startswith(("list", "tuple", "sequence", "iterable", "deque", "collection")):
        return "seq"
    return "unknown"


def _parses_numbers(value: ast.expr | None) -> bool:
    """`map(int, ...)` or `[int(x) for x in ...]`: every item unpacked from it is a number."""
    if isinstance(value, ast.Call) and callee_name(value) == "map" and value.args:
        return isinstance(value.args[0], ast.Name) and value.args[0].id in {"int", "float"}
    if isinstance(value, ast.ListComp | ast.GeneratorExp):
        return isinstance(value.elt, ast.Call) and callee_name(value.elt) in {"int", "float"}
    return False


def value_kind(value: ast.expr, known: dict[str, Kind]) -> Kind:
    """The kind of value an expression produces, as far as its shape tells."""
    if isinstance(value, ast.Constant):
        if isinstance(value.value, bool | int | float):
            return "int"
        return "str" if isinstance(value.value, str) else "unknown"
    if isinstance(value, ast.Dict | ast.DictComp | ast.Set | ast.SetComp):
        return "hash"
    if isinstance(value, ast.List | ast.ListComp | ast.Tuple):
        return "seq"
    if isinstance(value, ast.BinOp):
        left = value_kind(value.left, known)
        right = value_kind(value.right, known)
        if "seq" in (left, right):
            return "seq"
        if left == "int" or right == "int":
            return "int"
        return "str" if "str" in (left, right) else "unknown"
    if isinstance(value, ast.Name):
        return known.get(value.id, "unknown")
    if isinstance(value, ast.IfExp):
        # `set(a) if d else set()`: both branches of one kind, that kind.
        body, orelse = value_kind(value.body, known), value_kind(value.orelse, known)
        return body if body == orelse else "unknown"
    if isinstance(value, ast.Subscript) and isinstance(value.slice, ast.Slice):
        return value_kind(value.value, known)  # `dp[:]`, `s[1:]`: a cut of the same kind
    if isinstance(value, ast.Call):
        name = callee_name(value)
        if isinstance(value.func, ast.Name) and f"{name}()" in known:
            return known[f"{name}()"]  # a reader helper: `SI = lambda: input().strip()`
        if (
            name in {"set", "list", "sorted", "tuple", "Counter"}
            and len(value.args) == 1
            and value_kind(value.args[0], known) == "digits"
        ):
            return "digits"  # `set(str(x))`: a number's digits, however they are held
        if name in HASH_CTORS:
            return "hash"
        if name in SEQ_CTORS or name in {"split", "readlines", "copy", "keys", "values"}:
            return "seq"
        if name in {"int", "len", "abs", "sum", "ord", "max", "min", "pow", "gcd", "round"}:
            return "int"
        if name == "str":
            arg = value.args[0] if value.args else None
            return "digits" if arg is not None and value_kind(arg, known) == "int" else "str"
        if name in {"bin"}:
            return "digits"
        if name in {"input", "strip", "readline", "join", "lower", "upper", "rstrip"}:
            return "str"
    return "unknown"


#: Built-ins whose result is fixed when their arguments are (`str(5)`, `bin(k)` of a constant).
_PURE_CALLS = frozenset(
    {"int", "float", "abs", "min", "max", "pow", "len", "ord", "chr", "range"}
    | {"str", "bin", "hex", "oct", "bytearray", "bytes", "list", "tuple"}
)


@dataclass
class Scope:
    """Facts about the names of one function (or the module body)."""

    consts: set[str] = field(default_factory=set)
    kinds: dict[str, Kind] = field(default_factory=dict)
    params: list[str] = field(default_factory=list)
    parent: Scope | None = None
    attrs: dict[str, Kind] = field(default_factory=dict)
    #: Attributes only ever set to a value the source writes (`self.K = 20`, a class's
    #: `B = 30`, `D = ((1, 0), (0, 1))`), and those only ever set to a logarithm
    #: (`self.log = n.bit_length()`), by attribute name.
    const_attrs: set[str] = field(default_factory=set)
    log_attrs: set[str] = field(default_factory=set)
    #: Attributes made as one empty list per index (`self.out = [[] for _ in range(n)]`) and
    #: filled one item per append: a graph or tree class's adjacency, whatever its name.
    list_attrs: set[str] = field(default_factory=set)
    exp_names: set[str] = field(default_factory=set)
    fixed: set[str] = field(default_factory=set)
    #: Lists cut back to a written length on each pass that grows them (the top three so
    #: far): also in `fixed`.
    capped: set[str] = field(default_factory=set)
    fixed_nodes: set[int] = field(default_factory=set)
    doubling: set[str] = field(default_factory=set)
    adjacency: set[str] = field(default_factory=set)
    child_lists: set[str] = field(default_factory=set)
    #: Lists filed under keys a bounded number of items per pass of one loop (directed
    #: edges `out[x].append(y)`): together they hold as many items as that loop's passes.
    filed_lists: set[str] = field(default_factory=set)
    #: Filed lists of directed edges read for a count of their own (`for _ in range(m):
    #: adj[u].append(v)`), not a tree's n - 1 nor both ways: the arcs of a DAG, whose paths
    #: may be exponentially many.
    arc_lists: set[str] = field(default_factory=set)
    #: Counters of the bits of a size: `j` of `for j in range(1, LOG)` (`LOG =
    #: n.bit_length()`) or of `while (1 << j) <= n: ... j += 1`. `1 << j` is at most n.
    log_counters: set[str] = field(default_factory=set)
    assigned: dict[str, list[ast.expr | None]] = field(default_factory=dict)
    loop_vars: set[str] = field(default_factory=set)
    #: Functions of no arguments that return what the source fixes (`def primes(): return
    #: [2, 3, 5]`, a table built in constant loops): a call of one is a constant.
    fixed_calls: set[str] = field(default_factory=set)
    #: Functions that step a list to its next permutation (swap, then reverse the suffix).
    permutation_steps: set[str] = field(default_factory=set)
    #: A fixed number (three or more) of lines read as rows (`[input() for _ in range(8)]`):
    #: a board of fixed size, as a chessboard or a 3-by-3 grid is, rows as short as it is high.
    boards: set[str] = field(default_factory=set)
    #: Functions of one number that return a fold of its digits (`def digsum(x): ...`).
    digit_folds: set[str] = field(default_factory=set)
    #: Functions that return a list of one item per digit of a number (`def digits(v)`).
    digit_lists: set[str] = field(default_factory=set)
    #: Functions that draw a random index or item (`random.randint(lo, hi)`): a pivot.
    random_draws: set[str] = field(default_factory=set)
    #: Functions whose every return is half of their first parameter, a list (`def halve(a):
    #: return [a[i] + a[i + 1] for i in range(0, len(a) - 1, 2)]`, `return v[: len(v) // 2]`).
    halving_helpers: set[str] = field(default_factory=set)
    #: Digit strings of integers read from the input (`s = str(n)`): a machine word's.
    word_digits: set[str] = field(default_factory=set)
    #: Tables of base-2 logarithms filled as `lg[i] = lg[i >> 1] + 1`: an entry is log n.
    log_tables: set[str] = field(default_factory=set)

    def is_log_table(self, name: str) -> bool:
        """Whether `name` is a table of base-2 logarithms (`lg[i] = lg[i >> 1] + 1`)."""
        if name in self.log_tables:
            return True
        return self.parent is not None and name not in self.kinds and self.parent.is_log_table(name)

    def is_word_digits(self, name: str) -> bool:
        """Whether `name` holds the digits of an integer read from the input."""
        if name in self.word_digits:
            return True
        return (
            self.parent is not None and name not in self.kinds and self.parent.is_word_digits(name)
        )

    def draws_at_random(self, name: str) -> bool:
        """Whether calling `name` draws a random index or item (`random_draws`)."""
        if name in self.random_draws:
            return True
        return self.parent is not None and self.parent.draws_at_random(name)

    def halves_a_list(self, name: str) -> bool:
        """Whether calling `name(a)` gives a list of half of a's items (`halving_helpers`)."""
        if name in self.halving_helpers:
            return True
        return self.parent is not None and self.parent.halves_a_list(name)

    def returns_digits(self, name: str) -> bool:
        """Whether calling `name(x)` gives a list of the digits of x (log x items)."""
        if name in self.digit_lists:
            return True
        return self.parent is not None and self.parent.returns_digits(name)

    def folds_digits(self, name: str) -> bool:
        """Whether calling `name(x)` gives the sum (or product) of the digits of x."""
        if name in self.digit_folds:
            return True
        return self.parent is not None and self.parent.folds_digits(name)

    def is_board(self, name: str) -> bool:
        """Whether `name` holds the rows of a board of fixed size (`boards`)."""
        if name in self.boards:
            return True
        return self.parent is not None and name not in self.kinds and self.parent.is_board(name)

    def returns_fixed(self, name: str) -> bool:
        """Whether calling `name()` gives a value or collection fixed by the source."""
        if name in self.fixed_calls:
            return True
        return self.parent is not None and self.parent.returns_fixed(name)

    def steps_a_permutation(self, name: str) -> bool:
        """Whether calling `name(p)` moves `p` to its next permutation (`permutation_steps`)."""
        if name in self.permutation_steps:
            return True
        return self.parent is not None and self.parent.steps_a_permutation(name)

    def is_exp_name(self, name: str) -> bool:
        """Whether `name` holds a count of bit masks (`full = (1 << n) - 1`)."""
        if name in self.exp_names:
            return True
        if name in self.kinds or name in self.params:
            return False
        return self.parent is not None and self.parent.is_exp_name(name)

    def is_doubling(self, name: str) -> bool:
        """Whether `name` is a list of powers of two (`po.append(po[-1] * 2)`)."""
        if name in self.doubling:
            return True
        return self.parent is not None and name not in self.kinds and self.parent.is_doubling(name)

    def is_adjacency(self, name: str) -> bool:
        """Whether `name` holds adjacency lists, by name or by how it was built from edges."""
        if name in self.adjacency:
            return True
        if name in ADJACENCY_NAMES and not self._rows_read(name):
            return True
        return self.parent is not None and name not in self.kinds and self.parent.is_adjacency(name)

    def _rows_read(self, name: str) -> bool:
        """`g = [input() for _ in range(n)]`: a grid's rows, whatever the name suggests."""
        return any(
            isinstance(v, ast.ListComp)
            and any(isinstance(c, ast.Call) and one_line(c) for c in ast.walk(v.elt))
            for v in self.assigned.get(name, [])
            if v is not None
        )

    def is_child_lists(self, name: str) -> bool:
        """Whether `name` files each item under one key (`ch[p[i]].append(i)`).

        A tree's children lists, built from parents: together they hold each item once.
        """
        if name in self.child_lists:
            return True
        return (
            self.parent is not None and name not in self.kinds and self.parent.is_child_lists(name)
        )

    def is_arc_lists(self, name: str) -> bool:
        """Whether `name` holds the directed edges of a graph read for m edges (`arc_lists`)."""
        if name in self.arc_lists:
            return True
        return self.parent is not None and name not in self.kinds and self.parent.is_arc_lists(name)

    def is_log_counter(self, name: str) -> bool:
        """Whether `name` counts the bits of a size (`log_counters`)."""
        if name in self.log_counters:
            return True
        return (
            self.parent is not None and name not in self.kinds and self.parent.is_log_counter(name)
        )

    def is_filed_lists(self, name: str) -> bool:
        """Whether `name` holds lists that together hold one loop's passes (`filed_lists`)."""
        if name in self.filed_lists:
            return True
        return (
            self.parent is not None and name not in self.kinds and self.parent.is_filed_lists(name)
        )

    def attr_kind(self, attr: str) -> Kind:
        """The kind of `self.<attr>` as assigned anywhere in the module, else naming habits."""
        scope: Scope | None = self
        while scope is not None:
            if attr in scope.attrs:
                return scope.attrs[attr]
            scope = scope.parent
        return self.kind(attr) if attr not in self.kinds else "unknown"

    def is_const(self, name: str) -> bool:
        """Whether `name` only ever holds values fixed by the source (never by the input).

        A collection of fixed size (`fixed`) counts: its length, and any walk over it, do not
        grow with the input even when its elements come from it.
        """
        if name in self.consts or name in self.fixed:
            return True
        if name in self.kinds or name in self.params:
            return False
        return self.parent is not None and self.parent.is_const(name)

    def kind(self, name: str) -> Kind:
        """The name's kind, falling back to the enclosing scope and then to naming habits."""
        if name in self.kinds and self.kinds[name] != "unknown":
            return self.kinds[name]
        if self.parent is not None and name not in self.kinds:
            found = self.parent.kind(name)
            if found != "unknown":
                return found
        if name in HASH_NAMES:
            return "hash"
        if name in SEQ_NAMES:
            return "seq"
        if name in INT_NAMES:
            return "int"
        return "unknown"

    def known_kind(self, name: str) -> Kind:
        """The kind the code itself shows (no guessing from the name)."""
        if name in self.kinds:
            return self.kinds[name]
        return self.parent.known_kind(name) if self.parent is not None else "unknown"

    def holds_one_character(self, node: ast.AST) -> bool:
        """`ch` of `for ch in s`, `s[i]` of a string: one character, whatever the string."""
        return self._a_digit(node)

    def _a_digit(self, node: ast.AST) -> bool:
        """`s[i]` of a string of digits (`s = str(x)`, a number's `input()`): one character.

        Also `ch` of `for ch in s` (or `for ch in str(n)`): each pass holds one character.
        """
        if isinstance(node, ast.Name) and node.id in self.loop_vars:
            values = self.assigned.get(node.id, [])
            return bool(values) and all(v is not None and self._a_string(v) for v in values)
        return (
            isinstance(node, ast.Subscript)
            and not isinstance(node.slice, ast.Slice)
            and isinstance(node.value, ast.Name)
            and self._a_string(node.value)
        )

    def _a_digit_walked(self, name: str) -> bool:
        """`d` of `for d in map(int, str(n))` or `for d in digits` (a number's digits): 0 to 9."""
        if name not in self.loop_vars:
            return False
        values = self.assigned.get(name, [])
        return bool(values) and all(
            (
                isinstance(v, ast.Call)
                and callee_name(v) == "map"
                and len(v.args) == 2
                and is_name(v.args[0], "int")
                and self._a_string(v.args[1])
            )
            or (isinstance(v, ast.Name) and self._decimal_digits(v.id))
            for v in values
        )

    def _a_string(self, node: ast.expr) -> bool:
        """A name holding a string (or digits), or `str(x)`: text walked one character a step."""
        if isinstance(node, ast.Call):
            return callee_name(node) == "str" and len(node.args) == 1
        return isinstance(node, ast.Name) and (
            self.kind(node.id) in {"str", "digits"} or self._characters(node.id)
        )

    def _decimal_digits(self, name: str) -> bool:
        """`list(map(int, str(n)))` or `[int(c) for c in str(n)]`: a number's decimal digits."""
        scope: Scope | None = self
        while scope is not None and name not in scope.assigned:
            scope = scope.parent
        values = scope.assigned.get(name, []) if scope is not None else []

        def written_out(node: ast.expr) -> bool:
            return isinstance(node, ast.Call) and callee_name(node) == "str" and len(node.args) == 1

        return bool(values) and all(
            (
                isinstance(v, ast.Call)
                and callee_name(v) == "list"
                and len(v.args) == 1
                and isinstance(v.args[0], ast.Call)
                and callee_name(v.args[0]) == "map"
                and len(v.args[0].args) == 2
                and is_name(v.args[0].args[0], "int")
                and written_out(v.args[0].args[1])
            )
            or (
                isinstance(v, ast.ListComp)
                and len(v.generators) == 1
                and written_out(v.generators[0].iter)
                and isinstance(v.elt, ast.Call)
                and callee_name(v.elt) == "int"
            )
            for v in values
        )

    def _characters(self, name: str) -> bool:
        """`s = list(input())`: a list of one line's characters."""
        values = self.assigned.get(name, [])
        return bool(values) and all(
            isinstance(v, ast.Call)
            and callee_name(v) == "list"
            and len(v.args) == 1
            and isinstance(v.args[0], ast.Call)
            and callee_name(v.args[0]) in {"input", "readline", "strip", "rstrip"}
            for v in values
        )

    def is_const_expr(self, node: ast.AST) -> bool:
        """Whether an expression's value is fixed by the source text alone."""
        if isinstance(node, ast.Constant):
            return True
        if isinstance(node, ast.Name):
            return self.is_const(node.id) or self._a_digit_walked(node.id)
        if isinstance(node, ast.UnaryOp):
            return self.is_const_expr(node.operand)
        if isinstance(node, ast.BinOp):
            return self.is_const_expr(node.left) and self.is_const_expr(node.right)
        if isinstance(node, ast.Tuple | ast.List | ast.Set):
            return all(self.is_const_expr(e) for e in node.elts)
        if isinstance(node, ast.Dict):
            return all(self.is_const_expr(v) for v in node.values)
        if isinstance(node, ast.IfExp):
            return self.is_const_expr(node.body) and self.is_const_expr(node.orelse)
        if (
            isinstance(node, ast.Subscript)
            and not isinstance(node.slice, ast.Slice)
            and isinstance(node.value, ast.Name)
            and self._decimal_digits(node.value.id)
        ):
            return True  # `digits[pos]` of `digits = list(map(int, str(n)))`: at most 9
        if isinstance(node, ast.Call):
            name = callee_name(node)
            if name in {"int", "ord"} and len(node.args) == 1 and self._a_digit(node.args[0]):
                return True  # `int(s[pos])`, `ord(s[0])`: one character's value, a few bits
            if (
                name in {"str", "bin", "hex", "oct"}
                and len(node.args) == 1
                and below_a_modulus(node.args[0], self)
            ):
                return True  # `str(x % 100)`: the digits of a number below a written modulus
            if (
                isinstance(node.func, ast.Name)
                and not node.keywords
                and all(self.is_const_expr(a) for a in node.args)
                and self.returns_fixed(name)
            ):
                return True  # `lucky()`, `sieve(1000)`: a function whose result the source fixes
            if (
                name == "min"
                and isinstance(node.func, ast.Name)
                and not node.keywords
                and any(
                    self.is_const_expr(a)
                    and not any(
                        isinstance(b, ast.BinOp) and isinstance(b.op, ast.Pow | ast.LShift)
                        for b in ast.walk(a)
                    )
                    for a in node.args
                )
            ):
                return True  # `lim = min(n, 1000)`: no larger than a written number
            if name in _PURE_CALLS or (
                isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "math"
            ):
                return all(self.is_const_expr(a) for a in node.args)
        if isinstance(node, ast.Attribute):
            return isinstance(node.value, ast.Name) and (
                node.value.id in {"math", "string"} or self.is_const_attr(node.attr)
            )
        return False

    def is_const_attr(self, attr: str) -> bool:
        """Whether `obj.<attr>` only ever holds a value the source writes (`const_attrs`)."""
        return any(attr in scope.const_attrs for scope in self._chain())

    def is_list_attr(self, attr: str) -> bool:
        """Whether `obj.<attr>` holds lists filed one item per append (`list_attrs`)."""
        return any(attr in scope.list_attrs for scope in self._chain())

    def is_log_attr(self, attr: str) -> bool:
        """Whether `obj.<attr>` only ever holds a logarithm (`log_attrs`)."""
        return any(attr in scope.log_attrs for scope in self._chain())

    def _chain(self) -> Iterator[Scope]:
        """This scope and those it is nested in, innermost first."""
        scope: Scope | None = self
        while scope is not None:
            yield scope
            scope = scope.parent


def _param_kind_from_use(name: str, body: list[ast.stmt]) -> Kind:
    """Guess a parameter's kind from how the body uses it."""
    seq_votes = int_votes = 0
    for node in walk_local(body):
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            if node.value.id == name:
                seq_votes += 1
            elif is_name(node.slice, name):
                int_votes += 1  # `fw[pos]`: an index into another list
        elif isinstance(node, ast.Call):
            cname = callee_name(node)
            args = [a for a in node.args if isinstance(a, ast.Name) and a.id == name]
            if args and cname in {"max", "min"} and len(node.args) >= 2:
                int_votes += 1  # `max(x, y, z)`: the largest of a few values, not a scan
            elif args and cname in {
                "len",
                "sorted",
                "sum",
                "enumerate",
                "set",
                "list",
                "max",
                "min",
            }:
                seq_votes += 1
            if args and cname == "range":
                int_votes += 2
            if (
                isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == name
            ):
                seq_votes += 1
        elif isinstance(node, ast.For) and isinstance(node.iter, ast.Name):
            if node.iter.id == name:
                seq_votes += 2
        elif isinstance(node, ast.BinOp | ast.AugAssign):
            operands = [node.left, node.right] if isinstance(node, ast.BinOp) else [node.target]
            op = node.op
            arith = isinstance(
                op, ast.Sub | ast.FloorDiv | ast.Div | ast.Mod | ast.RShift | ast.Pow | ast.BitAnd
            ) or (isinstance(node, ast.AugAssign) and isinstance(op, ast.Add | ast.Mult))
            if arith and any(isinstance(o, ast.Name) and o.id == name for o in operands):
                int_votes += 1
    if seq_votes > int_votes:
        return "seq"
    if int_votes > seq_votes:
        return "int"
    return "unknown"


def build_scope(
    params: list[ast.arg],
    body: list[ast.stmt],
    parent: Scope | None = None,
    defaults: list[ast.expr | None] | None = None,
) -> Scope:
    """Collect constants and kinds for one function body (or the module with no params).

    `defaults` lines up with `params` (None where a parameter has no default).
    """
    scope = Scope(parent=parent, params=[p.arg for p in params])
    if parent is not None:
        scope.kinds.update({k: v for k, v in parent.kinds.items() if k.endswith("()")})
    scope.kinds.update(_helper_kinds(body))
    for p, default in zip(params, defaults or [None] * len(params), strict=False):
        kind = _annotation_kind(p.annotation)
        if kind == "unknown" and default is not None and not isinstance(default, ast.Constant):
            kind = value_kind(default, {})
        if kind == "unknown":
            kind = _param_kind_from_use(p.arg, body)
            if kind != "int" and p.arg in HASH_NAMES:
                # Naming habit over other use, but a `d` counted down (`f(d - 1)`) is a number.
                kind = "hash"
        scope.kinds[p.arg] = kind
    assigned: dict[str, list[ast.expr | None]] = {}
    loop_vars: set[str] = set()
    for node in _own_nodes(body):
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for tgt in targets:
                if isinstance(tgt, ast.Name):
                    assigned.setdefault(tgt.id, []).append(node.value)
                elif isinstance(tgt, ast.Tuple | ast.List):
                    vals: list[ast.expr | None]
                    if isinstance(node.value, ast.Tuple) and len(node.value.elts) == len(tgt.elts):
                        vals = list(node.value.elts)
                    else:
                        vals = [None] * len(tgt.elts)
                    numbers = _parses_numbers(node.value)
                    for elt, val in zip(tgt.elts, vals, strict=True):
                        if isinstance(elt, ast.Name):
                            assigned.setdefault(elt.id, []).append(val)
                            if numbers and elt.id not in scope.kinds:
                                # `l, r = map(int, input().split())`: numbers, whatever
                                # the names usually hold.
                                scope.kinds[elt.id] = "int"
        elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            assigned.setdefault(node.target.id, []).append(None)
        elif isinstance(node, ast.For | ast.comprehension):
            walked = _walked_per_name(node.target, node.iter)
            for sub in ast.walk(node.target):
                if isinstance(sub, ast.Name):
                    # The iterable stands in for the value: constant iterable, constant name.
                    assigned.setdefault(sub.id, []).append(walked.get(sub.id, node.iter))
                    loop_vars.add(sub.id)
                    if isinstance(node.iter, ast.Call) and callee_name(node.iter) == "range":
                        scope.kinds.setdefault(sub.id, "int")
        elif isinstance(node, ast.NamedExpr):
            assigned.setdefault(node.target.id, []).append(None)
        elif isinstance(node, ast.ImportFrom) and node.module == "string":
            # `from string import ascii_lowercase as al`: the alphabet, a constant.
            for alias in node.names:
                text = getattr(string, alias.name, None)
                if isinstance(text, str):
                    assigned.setdefault(alias.asname or alias.name, []).append(ast.Constant(text))
    for name, values in assigned.items():
        if name in scope.params:
            continue
        # `node = root` then `node = node[b]` (walking a trie): the kind comes from the value
        # that does not read the name itself.
        first = next(
            (v for v in values if v is not None and name not in names_in(v)),
            next((v for v in values if v is not None), None),
        )
        if first is not None and name not in scope.kinds and name not in loop_vars:
            scope.kinds[name] = value_kind(first, scope.kinds)
            if scope.kinds[name] == "unknown" and isinstance(first, ast.Name) and parent:
                scope.kinds[name] = parent.known_kind(first.id)  # `node = root`, a global
            if scope.kinds[name] == "unknown" and isinstance(first, ast.Attribute) and parent:
                # `cur = self.root` with `self.root = {}`: what the attribute holds.
                scope.kinds[name] = next(
                    (s.attrs[first.attr] for s in parent._chain() if first.attr in s.attrs),
                    "unknown",
                )
        scope.kinds.setdefault(name, "unknown")
    for name, values in assigned.items():
        if name not in scope.params and any(
            v is not None and _mask_count(v, assigned) for v in values
        ):
            scope.exp_names.add(name)
    scope.assigned = assigned
    scope.loop_vars = loop_vars
    scope.log_tables = {
        node.targets[0].value.id
        for node in _own_nodes(body)
        if isinstance(node, ast.Assign)
        and isinstance(node.targets[0], ast.Subscript)
        and isinstance(node.targets[0].value, ast.Name)
        and _halved_entry_plus_one(node.value, node.targets[0].value.id)
    }
    propagate_consts(scope, body)
    return scope


def _halved_entry_plus_one(value: ast.expr, name: str) -> bool:
    """`lg[i >> 1] + 1` or `lg[i // 2] + 1` of the table `name` itself."""
    if not (isinstance(value, ast.BinOp) and isinstance(value.op, ast.Add)):
        return False
    cell = value.left
    return (
        isinstance(cell, ast.Subscript)
        and is_name(cell.value, name)
        and isinstance(cell.slice, ast.BinOp)
        and (
            isinstance(cell.slice.op, ast.RShift)
            or (
                isinstance(cell.slice.op, ast.FloorDiv)
                and isinstance(cell.slice.right, ast.Constant)
                and cell.slice.right.value == 2
            )
        )
    )


def _own_nodes(body: list[ast.stmt]) -> Iterator[ast.AST]:
    """The nodes of `body` that bind its own names.

    A function defined in it binds its own locals, not the enclosing names (`s = sum(arr)`
    in a helper does not make the program's set `s` a number); only the names it declares
    `global` (or `nonlocal`) are assigned there too.
    """
    defs = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    yield from walk_local([stmt for stmt in body if not isinstance(stmt, defs)])
    for stmt in body:
        if not isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        shared = {
            name
            for node in walk_local(stmt.body)
            if isinstance(node, ast.Global | ast.Nonlocal)
            for name in node.names
        }
        if not shared:
            continue
        for node in walk_local(stmt.body):
            targets: list[ast.expr] = []
            if isinstance(node, ast.Assign):
                targets = node.targets
            elif isinstance(node, ast.AugAssign | ast.AnnAssign):
                targets = [node.target]
            if any(
                isinstance(t, ast.Name) and t.id in shared for tgt in targets for t in ast.walk(tgt)
            ):
                yield node


def _helper_kinds(body: list[ast.stmt]) -> dict[str, Kind]:
    """What each argument-less helper returns, keyed `"SI()"`.

    `SI = lambda: input().strip()` or `def S(): return input()`: a name assigned from a call
    to it gets that kind.
    """
    out: dict[str, Kind] = {}
    for name, node in filter(None, map(helper_body, body)):
        value: ast.expr | None = None
        if isinstance(node, ast.Lambda) and not node.args.args:
            value = node.body
        elif (
            isinstance(node, ast.FunctionDef)
            and not node.args.args
            and len(node.body) == 1
            and isinstance(node.body[0], ast.Return)
        ):
            value = node.body[0].value
        if value is not None and (kind := value_kind(value, {})) != "unknown":
            out[f"{name}()"] = kind
    return out


def _walked_per_name(target: ast.expr, iterable: ast.expr) -> dict[str, ast.expr]:
    """What each name of a tuple target walks: `ch` walks `s` in `for i, ch in enumerate(s)`.

    In `for x, y in zip(a, b)`, `x` walks `a` and `y` walks `b`.
    """
    if not (isinstance(target, ast.Tuple) and isinstance(iterable, ast.Call)):
        return {}
    name = callee_name(iterable)
    elts = target.elts
    if name == "enumerate" and iterable.args and len(elts) == 2:
        second = elts[1]
        return {second.id: iterable.args[0]} if isinstance(second, ast.Name) else {}
    if name == "zip" and len(iterable.args) == len(elts) and not iterable.keywords:
        return {
            e.id: a for e, a in zip(elts, iterable.args, strict=True) if isinstance(e, ast.Name)
        }
    return {}


def propagate_consts(scope: Scope, body: list[ast.stmt]) -> None:
    """Add to `scope.consts` every name whose assigned values are all constant expressions."""
    mutated = _mutated_names(body)
    changed = True
    while changed:
        changed = False
        for name, values in scope.assigned.items():
            if name in scope.consts or name in scope.params or name in mutated:
                continue
            if all(
                v is not None and (scope.is_const_expr(v) or below_a_modulus(v, scope))
                for v in values
            ):
                scope.consts.add(name)
                changed = True
    scope.consts |= _reduced_for_good(body, scope) - set(scope.params) - mutated


def _reduced_for_good(body: list[ast.stmt], scope: Scope) -> set[str]:
    """`k %= 4` (or `k = min(k, 60)`) with no later assignment, and no loop reading `k` before.

    From there on `k` is below the modulus (or the cap): `for _ in range(k): rotate()` turns
    at most three times, however large the number read; `k = k % 4` is the same.
    """
    out: set[str] = set()
    for i, stmt in enumerate(body):
        target: ast.expr
        if isinstance(stmt, ast.AugAssign) and isinstance(stmt.op, ast.Mod):
            target, modulus = stmt.target, stmt.value
        elif (
            isinstance(stmt, ast.Assign)
            and len(stmt.targets) == 1
            and below_a_modulus(stmt.value, scope)
            and isinstance(stmt.value, ast.BinOp)
        ):
            target, modulus = stmt.targets[0], stmt.value.right
        elif isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and _a_cap(stmt.value, scope):
            target, modulus = stmt.targets[0], stmt.value  # `k = min(k, 60)`: at most 60
        else:
            continue
        if not isinstance(target, ast.Name) or not scope.is_const_expr(modulus):
            continue
        name = target.id
        later = [
            t
            for node in walk_local(body[i + 1 :])
            if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign | ast.For)
            for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
            if name in {n.id for n in ast.walk(t) if isinstance(n, ast.Name)}
        ]
        looped_before = any(
            isinstance(node, ast.For | ast.While) and name in names_in(node)
            for node in walk_local(body[:i])
        )
        if not later and not looped_before:
            out.add(name)
    return out


def _a_cap(value: ast.expr, scope: Scope) -> bool:
    """`min(k, 60)`: no larger than a written number (not a power such as `1 << 20`)."""
    return (
        isinstance(value, ast.Call)
        and callee_name(value) == "min"
        and len(value.args) >= 2
        and scope.is_const_expr(value)
    )


def read_in(name: str, scope: Scope) -> bool:
    """Every value `name` is given, in the nearest scope that assigns it, reads the input.

    `p = [0] + list(map(int, input().split()))`, not `p = list(range(n))`.
    """
    found: Scope | None = scope
    while found is not None and name not in found.assigned:
        found = found.parent
    values = found.assigned[name] if found is not None else []
    return bool(values) and all(v is not None and calls(v, {"input", "readline"}) for v in values)


def below_a_modulus(value: ast.expr, scope: Scope) -> bool:
    """`int(input()) % 4`, `(rem * 10 + d) % M`: a value below the constant modulus.

    Also `(p + a[i]) & 1`, `7 & x`: the bits of a written mask, no more than it.
    """
    if not isinstance(value, ast.BinOp):
        return False
    if isinstance(value.op, ast.BitAnd):
        return any(
            isinstance(side, ast.Constant) and type(side.value) is int and side.value >= 0
            for side in (value.left, value.right)
        )
    return isinstance(value.op, ast.Mod) and scope.is_const_expr(value.right)


def subtracted(node: ast.expr) -> set[int]:
    """Ids of the nodes taken away in `node` (`n - (1 << k) + 1`: the power is at most n)."""
    return {
        id(n)
        for sub in ast.walk(node)
        if isinstance(sub, ast.BinOp) and isinstance(sub.op, ast.Sub)
        for n in ast.walk(sub.right)
    }


def _mask_count(value: ast.expr, assigned: dict[str, list[ast.expr | None]]) -> bool:
    """`1 << n`, `(1 << n) - 1`, `2 ** n`, `3 ** n`: a count of masks (not a list of them).

    Not `1 << LOG` with `LOG = (n - 1).bit_length()`: a power of two just above a size.
    """
    taken = subtracted(value)
    if isinstance(value, ast.Call) and callee_name(value) == "pow" and len(value.args) == 2:
        # `pow(2, n)`: the same count as `2 ** n` (with a third argument, a residue instead)
        base, exponent = value.args
        return (
            isinstance(base, ast.Constant)
            and type(base.value) is int
            and base.value in (2, 3, 4)
            and not isinstance(exponent, ast.Constant)
            and not _a_logarithm(exponent, assigned)
        )
    return (
        isinstance(value, ast.BinOp)
        and not any(isinstance(sub, ast.List | ast.ListComp | ast.Call) for sub in ast.walk(value))
        and any(
            isinstance(sub, ast.BinOp)
            and isinstance(sub.op, ast.LShift | ast.Pow)
            and isinstance(sub.left, ast.Constant)
            # `3 ** n`: each of n items given one of a few choices
            and sub.left.value in ((1, 2) if isinstance(sub.op, ast.LShift) else (2, 3, 4))
            and not isinstance(sub.right, ast.Constant)
            and id(sub) not in taken
            and not _a_logarithm(sub.right, assigned)
            for sub in ast.walk(value)
        )
    )


#: Calls that give a logarithm of their argument (`n.bit_length()`, `log2(n)`).
LOG_CALLS = frozenset({"log", "log2", "bit_length", "log10"})


def _a_logarithm(node: ast.expr, assigned: dict[str, list[ast.expr | None]]) -> bool:
    """`LOG` (or `LOG + 1`) of `LOG = (n - 1).bit_length()` or `LOG = int(log2(n))`."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Sub):
        node = node.left
    values = assigned.get(node.id, []) if isinstance(node, ast.Name) else []
    return bool(values) and all(v is not None and calls(v, LOG_CALLS) for v in values)


#: Module functions that change the list they are given first, however they are called
#: (`heappush(h, x)`, `heapq.heappush(h, x)`, `bisect.insort(a, x)`).
_CHANGES_ITS_FIRST_ARGUMENT = GROWING_FUNCTIONS | {"heappop", "heapify", "heapreplace"}


def _mutated_names(body: list[ast.stmt]) -> set[str]:
    """Names whose object is changed in place (so a literal start does not make them constant)."""
    out: set[str] = set()
    for node in walk_local(body):
        if (
            isinstance(node, ast.Call)
            and callee_name(node) in _CHANGES_ITS_FIRST_ARGUMENT
            and node.args
            and isinstance(node.args[0], ast.Name)
        ):
            out.add(node.args[0].id)  # `heapq.heappush(h, x)` changes `h`, not `heapq`
        elif isinstance(node, ast.Call) and callee_name(node) in MUTATORS:
            func = node.func
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                out.add(func.value.id)
            elif node.args and isinstance(node.args[0], ast.Name):
                out.add(node.args[0].id)
        elif isinstance(node, ast.Assign | ast.AugAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for tgt in targets:
                if isinstance(tgt, ast.Subscript) and isinstance(tgt.value, ast.Name):
                    out.add(tgt.value.id)
    return out


def attribute_values(tree: ast.Module) -> dict[str, list[ast.expr | None]]:
    """Every value an attribute name is given: `obj.x = v` anywhere, `x = v` in a class body.

    None for a value that cannot be read off (`self.x += 1`, `self.h, self.w = h, w`).
    """
    out: dict[str, list[ast.expr | None]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for stmt in node.body:
                if isinstance(stmt, ast.Assign):
                    for tgt in stmt.targets:
                        if isinstance(tgt, ast.Name):
                            out.setdefault(tgt.id, []).append(stmt.value)
        elif isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for tgt in targets:
                plain = isinstance(node, ast.Assign | ast.AnnAssign)
                for sub in ast.walk(tgt):
                    if isinstance(sub, ast.Attribute):
                        value = node.value if plain and sub is tgt else None
                        out.setdefault(sub.attr, []).append(value)
    return out


def attribute_kinds(tree: ast.Module) -> dict[str, Kind]:
    """Kinds of `self.x = ...` attributes across the module's classes."""
    out: dict[str, Kind] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for tgt in targets:
                if (
                    isinstance(tgt, ast.Attribute)
                    and isinstance(tgt.value, ast.Name)
                    and tgt.value.id == "self"
                    and node.value is not None
                ):
                    kind = value_kind(node.value, {})
                    if kind != "unknown" and out.get(tgt.attr, kind) == kind:
                        out[tgt.attr] = kind
    return out
