"""Classify a function's self-recursion: how many calls, how the argument shrinks, memoisation."""

from __future__ import annotations

import ast
import builtins
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from actors.analysis.offline.cost import EXP, LOG, ONE, Cost, N
from actors.analysis.offline.loops import (
    NOT_LITERAL,
    _mid_names,
    digit_count,
    drops_top_bit,
    literal,
    lowest_bit,
    one_of_the_lists,
    required_bounds,
    upper_bound,
)
from actors.analysis.offline.names import (
    Scope,
    below_a_modulus,
    bound_names,
    callee_name,
    calls,
    cell_key,
    collection_key,
    get_as_index,
    is_name,
    names_in,
    parents_of,
    read_in,
    subscript_root,
    swaps,
    test_parts,
    walk_local,
)
from actors.analysis.offline.vocabulary import ADJACENCY_NAMES, RANDOM_DRAWS

Shrink = Literal["half", "sub", "struct", "child"]
# Descending one child of a binary tree per call: the tree's height, log n when balanced.
_CHILD_ATTRS = frozenset({"left", "right"})
_VISIT_KEYS = ("vis", "seen", "used", "color", "state", "done", "taken", "placed", "mark", "was")


@dataclass(frozen=True, slots=True)
class Recursion:
    """What the analyser learnt about one recursive function."""

    calls: int
    shrink: Shrink
    in_loop: bool
    memoised: bool
    varying: int
    traversal: bool
    backtracking: bool
    doubling: bool = False
    pointer_chase: bool = False
    subset_state: bool = False
    #: The collection the function marks what it visits in (outliving each call), if any,
    #: and how many indices a mark takes (`seen[u]` 1, `seen[i][j]` 2).
    marked: str = ""
    mark_dims: int = 0
    splits_range: bool = False
    #: The call (or a helper it calls, a partition) draws a random index: a random pivot,
    #: which splits any input evenly on average.
    random_pivot: bool = False
    range_query: bool = False
    #: Every state's position walks the digits of a number (`if pos == len(s)`, `s =
    #: str(x)`): as many positions as digits, log n of them.
    digit_positions: bool = False
    #: Calls in a loop on consecutive disjoint pieces of the range (`solve(i, j - 1)`, then
    #: `i = j`): each call takes at least one position, so there are at most n of them.
    pieces: bool = False
    #: Some loop of the body walks the range the parameters bound (`for i in range(lo, hi)`),
    #: so its work shrinks with the range; else it is the same every call (a check of all
    #: the data in a binary search on the answer).
    walks_its_range: bool = True
    #: Every call multiplies a parameter by a constant (`f(2 * v)`, `g(x * 10 + 4)`) under a
    #: base case that stops it above a bound: "const" for a written bound (as many calls as
    #: numbers of that form below it, a fixed set), "size" for one the input sets (at most
    #: one call per value up to it); "" otherwise.
    grows_to: str = ""
    #: Every call passes the digit sum of a parameter (`dr(sum(map(int, str(x))))`): a
    #: number of log n digits at most after the first call, a handful of calls in all.
    digit_sums: bool = False
    #: Every call moves a shared cursor on through the input (`global i; i += 1`, `s[i]`):
    #: a recursive-descent parser, as many calls as the input has tokens.
    cursor: bool = False
    #: The calls take filtered copies of one list (`qs([x for x in a if x < p])`, then
    #: `>= p`): a partition, as quicksort's, whose parts may be as unequal as 0 and n - 1.
    partitions: bool = False
    #: One self-call runs per call, on one part of a split of what it was given: a filtered
    #: copy around a pivot not at an end (`kth([x for x in a if x < p], k)`), or one side
    #: of a split point (`return sel(a, l, p - 1, k)` or `sel(a, p + 1, r, k)`). Quickselect:
    #: the parts shrink geometrically on average, so the work of the first call dominates.
    selects_one_part: bool = False
    #: A traversal merges what each child's call returns into its own collection (`r +=
    #: f(u)`, `s |= f(u)`): "naive" copies a subtree's items at every ancestor, "smaller"
    #: merges the smaller into the larger (swapped by size first), "" neither.
    merges: str = ""
    #: Every call hands on a list parameter with an item added by concatenation (`dfs(u,
    #: path + [u])`, or `path = path + [v]` first): a copy of the root path at each call.
    copies_path: bool = False
    #: A loop hands each arc of the node given to a call (`for u in adj[v]: dfs(u)`), the
    #: arcs a DAG's read for m edges (`Scope.arc_lists`): with no marks and no memo every
    #: path is walked, and a DAG may have exponentially many.
    arc_paths: bool = False

    @property
    def visits_once(self) -> bool:
        """Each state is visited at most once over all calls: marked, never unmarked."""
        return bool(self.marked) and not self.backtracking and not self.memoised

    def total(self, body: Cost, chained: Cost | None = None) -> tuple[Cost, Cost, str]:
        """Total time, recursion-depth space and a reason, given the per-call work `body`.

        `chained` is the work of a call that goes on to recurse (its base cases left out),
        when it differs from `body`.
        """
        if self.pointer_chase:
            return body, LOG, "union-find lookup (amortised nearly constant per call)"
        step = LOG if self.shrink == "half" or self.digit_positions else N
        states = step.power(max(1, self.varying))
        depth = LOG if self.shrink == "half" else N
        if self.digit_sums:
            return body, ONE, "recurses on the digit sum (a few calls)"
        if self.grows_to == "const" and not self.memoised:
            return body, ONE, "grows its argument by a factor up to a written bound (a fixed set)"
        if self.grows_to == "size" and self.calls <= 1 and not self.in_loop:
            # `down(2 * i)` under `if 2 * i < n`: one path from the root of a heap.
            return LOG * body, LOG, "multiplies its argument up to the size (log n calls)"
        if self.grows_to == "size" and not self.memoised and not self.in_loop:
            return N * body, LOG, "grows its argument by a factor up to the size (n calls at most)"
        if self.memoised and self.subset_state:
            return EXP, N, "memoised recursion over subsets (a set or bit mask in its state)"
        if self.memoised:
            return states * body, states, "memoised recursion over its states"
        if self.visits_once:
            # Flood fill, DFS: a call on a marked state returns at once, so there are as many
            # full calls as cells of the marked array (n per index), over all calls together.
            cells = N.power(self.mark_dims)
            return cells * body, cells, f"visits each state once (marked in `{self.marked}`)"
        if self.selects_one_part and not self.in_loop and not self.memoised:
            return N | body, N, "recurses into one part of a split per call (quickselect)"
        if self.splits_range and self.random_pivot and not self.in_loop and self.calls == 2:
            # Quicksort on a random pivot: each level of calls splits n items, log n levels
            # expected whatever the input.
            return _master(2, body), N, "recurses on both sides of a random split point"
        if self.splits_range and not self.in_loop:
            # Each split point ends up in one call only: at most n calls in all, n deep.
            return N * body, N, "recurses on both sides of a split point (each point once)"
        if self.cursor:
            return N | body, N, "parses the input through a shared cursor (each call moves it on)"
        if self.in_loop and self.pieces and not self.backtracking:
            return N * body, N, "recurses on disjoint pieces of its range (n calls at most)"
        if self.in_loop:
            if self.arc_paths:
                return EXP, N, "walks every path of a directed graph (no marks, no memo)"
            if self.traversal and not self.backtracking and self.merges == "naive":
                # A chain of n nodes copies 1 + 2 + ... + n items.
                return N * (N | body), depth, "tree walk merging each child's items (copied)"
            if self.traversal and not self.backtracking and self.copies_path:
                # A path of n nodes copies 1 + 2 + ... + n items, as a naive merge does.
                return N * (N | body), depth, "tree walk copying the root path at each node"
            if self.traversal and not self.backtracking and self.merges == "smaller":
                return N * LOG | body, depth, "tree walk merging smaller into larger"
            if self.traversal and not self.backtracking:
                return _per_node(body), depth, "graph or tree traversal (each node once)"
            return EXP, N, "backtracking over choices (exponential)"
        if self.partitions and not self.memoised and not self.in_loop:
            # Each level of calls filters what its parent held, n items over a level at
            # most; with a pivot at an end every time there are n levels.
            return N * (N | body), N, "partitions a list between its calls (n levels at worst)"
        if self.shrink == "child":
            if self.calls <= 1 and not self.in_loop:
                return LOG * body, LOG, "descends one branch of a tree per call"
            return _per_node(body), N, "visits every node of a tree"
        if self.shrink == "struct" and body < N:
            return N | body, depth, "recursion over a structure (each node once)"
        if self.shrink == "half" and self.range_query and body < N:
            # Segment tree: at most two partly covered nodes per level go on down.
            return LOG * body, LOG, "range query on a segment tree (two paths down)"
        if self.shrink == "half" and self.calls <= 1 and not self.walks_its_range:
            # `bs(lo, hi)` halving the answer's range, each call checking all the data;
            # Euclid's `gcd(b, a % b)`; `g(k & (k - 1))` dropping a bit per call.
            return LOG * body, LOG, "one recursive call on a halving argument (logarithmic depth)"
        if self.shrink in ("half", "struct"):
            return _master(self.calls, body), depth, f"divide and conquer with {self.calls} calls"
        if self.calls >= 2 or self.doubling:
            return EXP, N, f"{self.calls} recursive calls, each shrinking by a constant"
        # A base case ends the chain: its work is paid once, the rest at every link.
        links = N * (body if chained is None else chained)
        return links | body, N, "one recursive call shrinking by a constant"


def _master(calls: int, body: Cost) -> Cost:
    """T(n) = calls * T(n/2) + body(n), for polynomial bodies."""
    if calls <= 1:
        return LOG * body if body.deg == 0 else body
    p = math.log2(calls)
    if body.deg > p + 1e-9:
        return body
    if abs(body.deg - p) < 1e-9:
        return body * LOG
    return Cost(deg=p)


def is_self_call(node: ast.AST, name: str) -> bool:
    """Whether `node` calls `name` directly or as `self.name`."""
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    if isinstance(func, ast.Name):
        return func.id == name
    return (
        isinstance(func, ast.Attribute)
        and func.attr == name
        and isinstance(func.value, ast.Name)
        and func.value.id in {"self", "cls"}
    )


def _calls_in_expr(
    node: ast.AST | None, name: str | frozenset[str], skip: frozenset[int] = frozenset()
) -> int:
    """Self-calls one pass through `node` makes at most, leaving out those in `skip` (by id)."""
    if node is None:
        return 0
    if isinstance(node, ast.IfExp):
        return _calls_in_expr(node.test, name, skip) + max(
            _calls_in_expr(node.body, name, skip), _calls_in_expr(node.orelse, name, skip)
        )
    names = {name} if isinstance(name, str) else name
    own = 1 if id(node) not in skip and any(is_self_call(node, one) for one in names) else 0
    return own + sum(
        _calls_in_expr(c, name, skip)
        for c in ast.iter_child_nodes(node)
        if not isinstance(c, ast.FunctionDef | ast.Lambda)
    )


def _per_node(body: Cost) -> Cost:
    """All the calls of a traversal, given one call's work.

    Work over a node's own neighbours adds up to the edges (`N | body`), but a logarithmic
    step each node takes (a sort of its children, a heap push) is paid at every node.
    """
    if not body.exp and body.deg == 0 and body.log > 0:
        return N * body
    return N | body


def _terminates(body: list[ast.stmt]) -> bool:
    return bool(body) and isinstance(body[-1], ast.Return | ast.Raise | ast.Continue | ast.Break)


def without_base_cases(
    fn: ast.FunctionDef | ast.AsyncFunctionDef, name: str
) -> list[ast.stmt] | None:
    """`fn`'s body with the work of its base cases left out, or None when it has none.

    A base case is an `if` at the top of the body that returns without calling `fn`
    (`if i == n: return max(a)`): it runs once, at the end of a chain of calls. Its test
    stays; so does an `else` that recurses.
    """
    out: list[ast.stmt] = []
    found = False
    for stmt in fn.body:
        if (
            isinstance(stmt, ast.If)
            and isinstance(stmt.body[-1], ast.Return | ast.Raise)
            and not any(is_self_call(n, name) for b in stmt.body for n in ast.walk(b))
        ):
            stub = ast.Return(value=None)
            out.append(ast.copy_location(ast.If(stmt.test, [stub], stmt.orelse), stmt))
            found = True
        else:
            out.append(stmt)
    return out if found else None


def _count_block(
    stmts: list[ast.stmt], name: str | frozenset[str], skip: frozenset[int] = frozenset()
) -> int:
    total = 0
    for i, stmt in enumerate(stmts):
        if isinstance(stmt, ast.If) and _terminates(stmt.body):
            rest = stmt.orelse + stmts[i + 1 :]
            return (
                total
                + _calls_in_expr(stmt.test, name, skip)
                + max(_count_block(stmt.body, name, skip), _count_block(rest, name, skip))
            )
        total += _count_stmt(stmt, name, skip)
        if isinstance(stmt, ast.Return | ast.Raise):
            break
    return total


def _count_stmt(
    stmt: ast.stmt, name: str | frozenset[str], skip: frozenset[int] = frozenset()
) -> int:
    if isinstance(stmt, ast.If):
        return _calls_in_expr(stmt.test, name, skip) + max(
            _count_block(stmt.body, name, skip), _count_block(stmt.orelse, name, skip)
        )
    if isinstance(stmt, ast.For | ast.While):
        head = stmt.iter if isinstance(stmt, ast.For) else stmt.test
        return _calls_in_expr(head, name, skip) + _count_block(stmt.body, name, skip)
    if isinstance(stmt, ast.With):
        return _count_block(stmt.body, name, skip)
    if isinstance(stmt, ast.Try):
        return _count_block(stmt.body, name, skip) + _count_block(stmt.finalbody, name, skip)
    if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return 0
    return _calls_in_expr(stmt, name, skip)


def _passed_as(call: ast.AST, k: int) -> ast.expr | None:
    """The `k`-th positional argument of a self-call, if it has one."""
    return call.args[k] if isinstance(call, ast.Call) and k < len(call.args) else None


def _stepped(arg: ast.expr | None, param: str, op: type[ast.operator]) -> bool:
    """`p - 1`, `p + 2`: `param` moved by a written positive step (`op` says which way)."""
    return (
        isinstance(arg, ast.BinOp)
        and isinstance(arg.op, op)
        and is_name(arg.left, param)
        and isinstance(step := literal(arg.right), int)
        and step >= 1
    )


def _written_calls(calls: list[ast.AST], params: list[str]) -> frozenset[int]:
    """Self-calls on written small numbers only (`f(0)`, `f(1)`) beside a countdown.

    Where every other self-call passes some parameter on minus a step (`f(n - 1)`), such a
    call starts a constant number of steps above the base case: O(1), no branch of the chain.
    """
    written = [
        c
        for c in calls
        if isinstance(c, ast.Call)
        and c.args
        and not c.keywords
        and all(isinstance(v := literal(a), int) and 0 <= v <= 64 for a in c.args)
    ]
    ids = frozenset(map(id, written))
    others = [c for c in calls if id(c) not in ids]
    counts_down = any(
        all(_stepped(_passed_as(c, k), p, ast.Sub) for c in others) for k, p in enumerate(params)
    )
    return ids if others and counts_down else frozenset()


def _calls_for_a_few_levels(
    fn: ast.FunctionDef | ast.AsyncFunctionDef, calls: list[ast.AST], params: list[str]
) -> frozenset[int]:
    """Self-calls under a test that only holds for a written number of levels.

    `if i < 3: return max(go(i + 1, ...), go(i + 1, ...))`, where every self-call passes `i`
    on plus a step: the branch is taken on the first three levels only, so it multiplies the
    calls by a constant, not at every level.
    """
    rising = {
        p
        for k, p in enumerate(params)
        if all(_stepped(_passed_as(c, k), p, ast.Add) for c in calls)
    }
    own = {id(c) for c in calls}
    out: set[int] = set()
    for node in walk_local(fn.body):
        if not isinstance(node, ast.If | ast.IfExp):
            continue
        if any(
            isinstance(small, ast.Name) and small.id in rising and isinstance(literal(big), int)
            for small, big in required_bounds(node.test)
        ):
            body = node.body if isinstance(node.body, list) else [node.body]
            out.update(id(c) for part in body for c in ast.walk(part) if id(c) in own)
    return frozenset(out)


def _shrink_of(
    call: ast.Call,
    mids: set[str],
    steps: frozenset[str] = frozenset(),
    tops: frozenset[int] = frozenset(),
) -> Shrink:
    """How a self-call's arguments shrink; `tops` are the parts that drop a top bit."""
    args = list(call.args) + [k.value for k in call.keywords]
    kinds: set[Shrink] = set()
    remainder = False  # `gcd(b, a % b)`: Euclid's arguments fall as fast as Fibonacci's rise
    for arg in args:
        if isinstance(arg, ast.Name) and arg.id in steps:
            kinds.add("sub")
        for sub in ast.walk(arg):
            if (
                (
                    isinstance(sub, ast.BinOp)
                    and isinstance(sub.op, ast.FloorDiv | ast.Div | ast.RShift)
                )
                or (isinstance(sub, ast.Name) and sub.id in mids)
                or lowest_bit(sub) is not None
                or id(sub) in tops
                or _strided(sub)
            ):
                kinds.add("half")
            elif (
                isinstance(sub, ast.BinOp) and isinstance(sub.op, ast.Sub | ast.Add)
            ) or isinstance(sub, ast.Slice):
                kinds.add("sub")
            elif isinstance(sub, ast.BinOp) and isinstance(sub.op, ast.Mod):
                remainder = True
    if "half" in kinds:
        return "half"
    if "sub" in kinds:
        return "sub"
    if remainder:
        return "half"
    if any(
        isinstance(sub, ast.Attribute) and sub.attr in _CHILD_ATTRS
        for arg in args
        for sub in ast.walk(arg)
    ):
        return "child"
    return "struct"


def _top_bits_dropped(
    fn: ast.FunctionDef | ast.AsyncFunctionDef, calls: list[ast.AST], params: list[str]
) -> frozenset[int]:
    """Argument parts `n - (1 << k)` with `k = n.bit_length() - 1`: n without its top bit.

    Each call drops a binary digit of n (or lowers its leading one), so the chain of calls
    is as long as n has digits, as with halving.
    """
    return frozenset(
        id(sub)
        for c in calls
        for sub in ast.walk(c)
        if isinstance(sub, ast.BinOp) and any(drops_top_bit(sub, p, fn.body) for p in params)
    )


def _halves_and_steps_down_together(
    fn: ast.FunctionDef | ast.AsyncFunctionDef, name: str, mids: set[str], steps: frozenset[str]
) -> bool:
    """One statement makes both a halving self-call and one stepping down by a constant.

    `return max(f(n // 2), f(n - 1)) + 1`: both run on every call, so the calls reach every
    value below n. Calls in the two branches of a conditional (`f(n // 2) if n % 2 == 0 else
    f(n - 1)`) run one at a time and do not count.
    """
    for stmt in walk_local(fn.body):
        if not isinstance(stmt, ast.Return | ast.Assign | ast.AugAssign | ast.Expr):
            continue
        branched = {
            id(c)
            for n in ast.walk(stmt)
            if isinstance(n, ast.IfExp | ast.BoolOp)
            for part in ([n.body, n.orelse] if isinstance(n, ast.IfExp) else n.values[1:])
            for c in ast.walk(part)
        }
        calls = [c for c in ast.walk(stmt) if isinstance(c, ast.Call) and is_self_call(c, name)]
        # The call one less must run every time; the halving one may sit in a branch
        # (`min(f(n - 1), f(n // 2) if n % 2 == 0 else inf)`).
        steady = {_shrink_of(c, mids, steps) for c in calls if id(c) not in branched}
        if "sub" in steady and any(_shrink_of(c, mids, steps) == "half" for c in calls):
            return True
    return False


def _strided(node: ast.AST) -> bool:
    """`a[::2]`, `a[1::k]`: a slice with a step other than 1 or -1 keeps a fraction of the items."""
    if not isinstance(node, ast.Slice) or node.step is None:
        return False
    return literal(node.step) not in (1, -1)


def memoised(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Whether `fn` keeps its answers: a cache decorator, or a memo table its tests read."""
    if any("cache" in text or "memo" in text for text in map(ast.unparse, fn.decorator_list)):
        return True
    if _caches_by_state(fn):
        return True
    tested: set[str] = set()
    stored: set[str] = set()
    # A table named like a memo counts when a test reads it (`if dp[i] != -1: return
    # dp[i]`); a tree DP that only fills `dp[u]` from its children's entries is no memo.
    # The test must answer from the table: `if dp[u] > 0: dp[v] += dp[u]` after a child's
    # call reads the child's entry, which is no memo check.
    in_tests = {
        id(n)
        for node in walk_local(fn.body)
        if isinstance(node, ast.IfExp | ast.While)
        or (isinstance(node, ast.If) and any(isinstance(s, ast.Return) for s in node.body))
        for n in ast.walk(node.test)
    }
    state = _state_names(fn)
    returns = any(isinstance(n, ast.Return) and n.value is not None for n in walk_local(fn.body))
    if returns:  # a procedure's table records visits, not results
        tested |= _looked_up_in_try(fn, state)
    # `cnt[d] = cnt.get(d, 0) + 1` tallies; it looks nothing up
    tallies = {
        id(c)
        for node in walk_local(fn.body)
        if isinstance(node, ast.Assign)
        for tgt in node.targets
        if isinstance(tgt, ast.Subscript)
        for c in ast.walk(node.value)
        if isinstance(c, ast.Call)
        and isinstance(c.func, ast.Attribute)
        and ast.unparse(c.func.value) == ast.unparse(tgt.value)
    }
    for node in walk_local(fn.body):
        if (
            isinstance(node, ast.Compare)
            and any(isinstance(o, ast.In | ast.NotIn) for o in node.ops)
            # `n in memo` looks a state up; `0 not in g` asks whether a board is full
            and any(isinstance(n, ast.Name) for n in ast.walk(node.left))
        ):
            for cmp in node.comparators:
                tested.add(ast.unparse(cmp))
        elif (
            # `r = memo.get(n)`, `if memo.get(n, -1) != -1`: a lookup keyed by the state
            returns
            and isinstance(node, ast.Call)
            and id(node) not in tallies
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get"
            and node.args
            and (keys := {n.id for n in ast.walk(node.args[0]) if isinstance(n, ast.Name)})
            and keys <= state
        ):
            tested.add(ast.unparse(node.func.value))
        elif isinstance(node, ast.Assign):
            for tgt in node.targets:
                if isinstance(tgt, ast.Subscript):
                    stored.add(ast.unparse(tgt.value))
        elif (
            isinstance(node, ast.Subscript)
            and isinstance(node.ctx, ast.Load)
            and id(node) in in_tests
        ):
            base = ast.unparse(node.value)
            if any(k in base.lower() for k in ("memo", "cache", "dp")):
                tested.add(base)
    return bool(tested & stored)


def _state_names(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """The parameters, and locals bound only to values made of them (`key = (i, j)`)."""
    values: dict[int, ast.expr] = {
        id(tgt): node.value
        for node in walk_local(fn.body)
        if isinstance(node, ast.Assign)
        for tgt in node.targets
        if isinstance(tgt, ast.Name)
    }
    bound: dict[str, list[ast.expr | None]] = {}
    for node in walk_local(fn.body):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            bound.setdefault(node.id, []).append(values.get(id(node)))
    state = {a.arg for a in fn.args.args}
    grew = True
    while grew:
        made = {
            name
            for name, vals in bound.items()
            if name not in state and all(v is not None and names_in(v) <= state for v in vals)
        }
        state |= made
        grew = bool(made)
    return state


def _looked_up_in_try(fn: ast.FunctionDef | ast.AsyncFunctionDef, state: set[str]) -> set[str]:
    """`try: return memo[i]` / `except KeyError:`: tables read under the state, a miss caught."""
    out: set[str] = set()
    for node in walk_local(fn.body):
        if not (isinstance(node, ast.Try) and any(map(_catches_a_miss, node.handlers))):
            continue
        for sub in walk_local(node.body):
            if (
                isinstance(sub, ast.Subscript)
                and isinstance(sub.ctx, ast.Load)
                and (keys := key_names(sub))
                and keys <= state
            ):
                out.add(ast.unparse(sub.value))
    return out


def _catches_a_miss(handler: ast.ExceptHandler) -> bool:
    """`except KeyError:` (or `LookupError`, or a bare `except:`): a key not yet stored."""
    if handler.type is None:
        return True
    kinds = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return any(is_name(k, "KeyError", "LookupError") for k in kinds)


def _caches_by_state(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """`if F[k]: return F[k]` ... `F[k] = fib(k - 1) + fib(k - 2)`: a table keyed by the state.

    A result computed (not a flag set) into `table[params]` that a test of the function also
    reads under the same key is a memo, whatever the table is called.
    """
    if not any(isinstance(n, ast.Return) and n.value is not None for n in walk_local(fn.body)):
        return False  # a procedure (Tarjan's `disc[v] = timer`) records visits, not results
    params = {a.arg for a in fn.args.args}
    # `c = g[x][y]` ... `g[x][y] = c`: backtracking puts a cell back, it keeps no result.
    saved = _saved_cells(fn)
    stored = {
        ast.unparse(tgt)
        for node in walk_local(fn.body)
        if isinstance(node, ast.Assign) and not isinstance(node.value, ast.Constant)
        for tgt in node.targets
        if isinstance(tgt, ast.Subscript)
        and key_names(tgt)
        and key_names(tgt) <= params
        and not (isinstance(node.value, ast.Name) and (node.value.id, ast.unparse(tgt)) in saved)
    }
    tested = {
        ast.unparse(n)
        for node in walk_local(fn.body)
        if isinstance(node, ast.If)
        for n in ast.walk(node.test)
        if isinstance(n, ast.Subscript)
    }
    return bool(stored & tested)


def key_names(sub: ast.Subscript) -> set[str]:
    """The names in every index of `t[i][j]` (not in the table's own name)."""
    names: set[str] = set()
    node: ast.expr = sub
    while isinstance(node, ast.Subscript):
        names |= {n.id for n in ast.walk(node.slice) if isinstance(n, ast.Name)}
        node = node.value
    return names


def _only_a_record(pop: ast.Call, fn: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """`path.pop()` of a list no test in `fn` reads: a record of the path walked.

    Taking the last step back off it changes no choice the walk makes.
    """
    if not (isinstance(pop.func, ast.Attribute) and isinstance(pop.func.value, ast.Name)):
        return False
    return not any(is_name(x, pop.func.value.id) for x in test_parts(walk_local(fn.body)))


def _undoes_after_call(
    fn: ast.FunctionDef | ast.AsyncFunctionDef, name: str, traversal: bool = False
) -> bool:
    """Backtracking: state is changed back after the recursive call in the same block.

    A cell cleared after the call (`used[i] = False`), or set back to what it held before a
    mark earlier in the function changed it (`g[x][y] = '.'` ... `g[x][y] = '#'`). In a
    traversal of adjacency lists, popping a path no test reads is not (`path.pop()`).
    """
    # The value a cell holds while unvisited: what a test compares it with to go in.
    # Only tests that lead into a call count (`if g[x][y] == '.': go(x, y)`), not one that
    # reads a finished cell (`d = 1 if state[v] == 2 else 0`).
    entries = [
        node.test
        for node in walk_local(fn.body)
        if isinstance(node, ast.If)
        and any(is_self_call(c, name) for stmt in node.body for c in ast.walk(stmt))
    ]
    unvisited: dict[str, set[object]] = {}
    for node in (n for test in entries for n in ast.walk(test)):
        if isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], ast.Eq):
            sides = [node.left, node.comparators[0]]
            value = next((x.value for x in sides if isinstance(x, ast.Constant)), None)
            for side in sides:
                root = cell_key(side) if isinstance(side, ast.Subscript) else None
                if root is not None and value is not None:
                    unvisited.setdefault(root, set()).add(value)
    # Cells some test reads: clearing one nothing tests (`S[v] = None` to free a child's
    # set) changes no later call, so it undoes no choice.
    tested = {
        root
        for sub in test_parts(walk_local(fn.body))
        if isinstance(sub, ast.Subscript) and (root := cell_key(sub))
    }
    saved = _saved_cells(fn)
    for node in [fn, *walk_local(fn.body)]:
        body = getattr(node, "body", None)
        if not isinstance(body, list):
            continue
        seen_call = False
        for stmt in body:
            if any(is_self_call(s, name) for s in ast.walk(stmt)):
                seen_call = True
                continue
            if not seen_call:
                continue
            for sub in ast.walk(stmt):
                if (
                    isinstance(sub, ast.Call)
                    and callee_name(sub) in {"pop", "remove", "discard"}
                    and not (traversal and _only_a_record(sub, fn))
                    and not (callee_name(sub) == "discard" and not _guards_entry(sub, entries))
                ):
                    return True
                restored = literal(sub.value) if isinstance(sub, ast.Assign) else None
                if (
                    isinstance(sub, ast.Assign)
                    and restored is not NOT_LITERAL
                    and isinstance(sub.targets[0], ast.Subscript)
                    and cell_key(sub.targets[0]) in tested
                    and (
                        restored in (False, 0, -1, ".", None)
                        or restored in unvisited.get(cell_key(sub.targets[0]), set())
                    )
                ):
                    return True  # `used[i] = False`, `color[v] = -1`: the mark taken back
                if (
                    isinstance(sub, ast.Assign)
                    and isinstance(sub.value, ast.Name)
                    and (sub.value.id, ast.unparse(sub.targets[0])) in saved
                ):
                    return True  # `c = g[x][y]` ... `g[x][y] = c`: the cell put back
    return False


def _guards_entry(call: ast.Call, entries: list[ast.expr]) -> bool:
    """The set `call` takes an item out of is read by a test that leads into a call.

    `on.discard(u)` of an on-stack set only a cycle check reads undoes no choice; `used`
    of `if x not in used: go(...)` does.
    """
    holder = call.func.value if isinstance(call.func, ast.Attribute) else None
    return holder is not None and any(
        ast.unparse(n) == ast.unparse(holder) for test in entries for n in ast.walk(test)
    )


def _saved_cells(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> set[tuple[str, str]]:
    """(name, cell) of each `c = g[x][y]`: a cell's value kept to be put back later."""
    return {
        (t.id, ast.unparse(node.value))
        for node in walk_local(fn.body)
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Subscript)
        for t in node.targets
        if isinstance(t, ast.Name)
    }


def _recurses_on_pieces(
    fn: ast.FunctionDef | ast.AsyncFunctionDef, name: str, params: list[str]
) -> bool:
    """`while i <= r: ...; solve(i, j - 1, m); i = j`: the range cut into pieces in order.

    Every self-call sits in a while loop over a pointer that the test bounds by a parameter,
    is passed two pointers of that loop as the piece's ends, and the loop moves its pointer
    past the piece afterwards (`i = j`).
    """
    if len(params) < 2:
        return False
    sites = [c for c in walk_local(fn.body) if is_self_call(c, name)]
    loops = [w for w in walk_local(fn.body) if isinstance(w, ast.While)]
    if not sites:
        return False
    for call in sites:
        loop = next((w for w in loops if any(n is call for n in ast.walk(w))), None)
        if loop is None or not isinstance(call, ast.Call) or len(call.args) < 2:
            return False
        if not (names_in(loop.test) & set(params)):
            return False
        start, stop = (_base_name(a) for a in call.args[:2])
        if start is None or stop is None or start == stop or {start, stop} & set(params):
            return False
        moved = any(
            isinstance(n, ast.Assign)
            and any(is_name(t, start) for t in n.targets)
            and isinstance(n.value, ast.Name | ast.BinOp)
            and stop in names_in(n.value)
            and n.lineno > call.lineno
            for n in walk_local(loop.body)
        )
        if not moved:
            return False
    return True


def _base_name(node: ast.expr) -> str | None:
    """`j` of `j`, `j - 1`, `j + 1`."""
    while isinstance(node, ast.BinOp) and isinstance(node.right, ast.Constant):
        node = node.left
    return node.id if isinstance(node, ast.Name) else None


def _stops_at_the_digits(
    fn: ast.FunctionDef | ast.AsyncFunctionDef, param: str, scope: Scope
) -> bool:
    """`if pos == len(s): return ...` with `s = str(x)`: the position walks a number's digits."""
    return any(digit_count(b, scope) for b in _base_case_bounds(fn, param, (ast.Eq, ast.GtE)))


def _base_case_bounds(
    fn: ast.FunctionDef | ast.AsyncFunctionDef, param: str, ops: tuple[type[ast.cmpop], ...]
) -> list[ast.expr]:
    """What `param` is compared with in the base cases at the top (`if nz > 3: return 0`)."""
    return [
        stmt.test.comparators[0]
        for stmt in fn.body
        if isinstance(stmt, ast.If)
        and isinstance(stmt.body[-1], ast.Return)
        and isinstance(stmt.test, ast.Compare)
        and len(stmt.test.ops) == 1
        and isinstance(stmt.test.ops[0], ops)
        and is_name(stmt.test.left, param)
    ]


def _a_flag(arg: ast.expr) -> bool:
    """`tight and d == lim`, `has or d == 4`, `not used`: a state of two values."""
    return isinstance(arg, ast.BoolOp | ast.Compare) or (
        isinstance(arg, ast.UnaryOp) and isinstance(arg.op, ast.Not)
    )


def _counts_to_a_cap(fn: ast.FunctionDef | ast.AsyncFunctionDef, param: str, arg: ast.expr) -> bool:
    """`go(pos + 1, nz + 1)` under `if nz > 3: return 0`: a count that stops at a constant."""
    if not (
        isinstance(arg, ast.BinOp)
        and isinstance(arg.op, ast.Add)
        and isinstance(arg.left, ast.Name)
        and arg.left.id == param
    ):
        return False
    return any(
        isinstance(b, ast.Constant) and isinstance(b.value, int)
        for b in _base_case_bounds(fn, param, (ast.Gt, ast.GtE, ast.Eq))
    ) or _raised_under_a_cap(fn, param, arg)


def _raised_under_a_cap(
    fn: ast.FunctionDef | ast.AsyncFunctionDef, param: str, arg: ast.expr
) -> bool:
    """`if k < 2: go(i + 1, k + 1)`: the count goes up only below a written constant.

    Or only while it is not yet that constant (`if last != 2`), counting up from below it.
    """
    return any(
        isinstance(node, ast.If)
        and any(n is arg for stmt in node.body for n in ast.walk(stmt))
        and (
            any(
                is_name(small, param) and isinstance(literal(big), int)
                for small, big in required_bounds(node.test)
            )
            or any(
                isinstance(cmp, ast.Compare)
                and len(cmp.ops) == 1
                and isinstance(cmp.ops[0], ast.NotEq)
                and is_name(cmp.left, param)
                and isinstance(literal(cmp.comparators[0]), int)
                for cmp in _conjuncts(node.test)
            )
        )
        for node in walk_local(fn.body)
    )


def _conjuncts(test: ast.expr) -> list[ast.expr]:
    """The parts of `a and b and c`; the test itself when it is no `and`."""
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
        return [part for value in test.values for part in _conjuncts(value)]
    return [test]


def bare_builtin_call(node: ast.AST, name: str) -> bool:
    """`max(...)` by its bare name, when `max` is also a builtin."""
    return (
        isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and hasattr(builtins, name)
    )


def classify(
    fn: ast.FunctionDef | ast.AsyncFunctionDef, name: str, scope: Scope
) -> Recursion | None:
    """The recursion facts of `fn`, or None when it never calls itself."""
    # A method calls itself through `self.`; a bare `max(...)` in a method named `max` is
    # the builtin.
    method = bool(fn.args.args) and fn.args.args[0].arg in {"self", "cls"}
    calls = [
        n
        for n in walk_local(fn.body)
        if is_self_call(n, name) and not (method and bare_builtin_call(n, name))
    ]
    if not calls:
        return None
    mids = _mid_names(fn.body)
    params = [a.arg for a in fn.args.args if a.arg not in {"self", "cls"}]
    # `for j in range(i + 1, n): ... f(j)`: j starts past the parameter, a step of one or more.
    steps = frozenset(
        t.id
        for node in walk_local(fn.body)
        if isinstance(node, ast.For)
        and isinstance(node.target, ast.Name)
        and isinstance(node.iter, ast.Call)
        and callee_name(node.iter) == "range"
        and len(node.iter.args) >= 2
        and isinstance(node.iter.args[0], ast.BinOp)
        and isinstance(node.iter.args[0].op, ast.Add)
        and names_in(node.iter.args[0]) & set(params)
        for t in [node.target]
    )
    tops = _top_bits_dropped(fn, calls, params)
    shrinks = {_shrink_of(c, mids, steps, tops) for c in calls if isinstance(c, ast.Call)}
    shrink: Shrink = "half" if "half" in shrinks else ("sub" if "sub" in shrinks else "struct")
    if shrinks == {"child"} or (shrinks == {"child", "struct"}):
        shrink = "child"
    if shrink == "half" and _halves_and_steps_down_together(fn, name, mids, steps):
        # `max(f(n // 2), f(n - 1))`: the `n - 1` chain alone visits every value below n.
        shrink = "sub"
    in_loop = False
    loop_iters: list[ast.expr] = []
    # `return f(j)` inside a loop ends the call: one recursive call at most, not a branch.
    tail: set[int] = set()
    for ret in walk_local(fn.body):
        if not isinstance(ret, ast.Return) or ret.value is None:
            continue
        inner = [c for c in ast.walk(ret.value) if is_self_call(c, name)]
        if len(inner) == 1:
            tail.add(id(inner[0]))
    narrowing = _narrowing_loop(fn, name, params)
    for node in walk_local(fn.body):
        if node is narrowing:
            continue  # recursing on one side and looping on the other: two calls' worth
        if isinstance(node, ast.For | ast.While) and any(
            is_self_call(s, name) and id(s) not in tail
            for stmt in node.body
            for s in ast.walk(stmt)
        ):
            in_loop = True
            if isinstance(node, ast.For):
                loop_iters.append(node.iter)
        if isinstance(node, ast.comprehension) and any(
            is_self_call(s, name) for s in ast.walk(node.iter)
        ):
            in_loop = True
        if isinstance(node, ast.ListComp | ast.SetComp | ast.GeneratorExp) and any(
            is_self_call(s, name) for s in ast.walk(node.elt)
        ):
            # `sum(f(i + 1, s + d) for d in (1, -1))`: one call per element, like a loop.
            in_loop = True
            loop_iters.extend(g.iter for g in node.generators)
    traversal = (
        any(_adjacent(it, scope) for it in loop_iters)
        # A collection named as marks, unless the choices looped over are a fixed few
        # (`for col in range(3): colors[i] = col; paint(i + 1)` tries every colouring).
        or (
            any(_names_marks(n) for n in _collections_used(fn))
            and not (loop_iters and all(scope.is_const_expr(it) for it in loop_iters))
        )
        or _recurses_into_neighbours(fn, name, params)
        or _uses_up_its_edges(fn, name, params)
    )
    varying = 0
    sized: list[str] = []
    for i, param in enumerate(params):
        for c in calls:
            args = c.args if isinstance(c, ast.Call) else []
            if i >= len(args):
                continue
            arg = args[i]
            if isinstance(arg, ast.Name) and arg.id == param:
                continue
            if _a_flag(arg) or _counts_to_a_cap(fn, param, arg) or below_a_modulus(arg, scope):
                # `tight and d == lim`, `nz + 1` under `if nz > 3: return`, `(r * 10 + d) % M`
                continue
            if not scope.is_const_expr(arg):
                varying += 1
                sized.append(param)
                break
    skip = _written_calls(calls, params) | _calls_for_a_few_levels(fn, calls, params)
    count = max(1 if narrowing is None else 2, _count_block(fn.body, name, skip))
    if shrink == "struct" and count == 1 and not in_loop and _hands_on_a_shortened_list(fn, calls):
        shrink = "sub"  # `a.remove(m); return m + go(a)`: one call per item of the list
    marked, dims = _visit_marks(fn)
    # A lone site looping on the other side of its split counts as the two sides' calls.
    split_sites = calls
    if narrowing is not None and len(calls) == 1 and isinstance(calls[0], ast.Call):
        split_sites = _lone_split_sites(narrowing, [calls[0]], params, fn.body) or calls
    return Recursion(
        marked=marked,
        mark_dims=dims,
        splits_range=shrink == "sub" and _splits_range(split_sites, params, fn.body),
        random_pivot=_draws_at_random(fn, scope),
        pointer_chase=count == 1 and not in_loop and _follows_parent(calls, params, scope),
        calls=count,
        subset_state=_subset_state(calls, params, fn.body),
        shrink=shrink,
        in_loop=in_loop,
        memoised=memoised(fn),
        varying=min(varying, 3),
        traversal=traversal,
        backtracking=_undoes_after_call(fn, name, traversal),
        doubling=_doubles_result(fn, name),
        range_query=_prunes_by_range(fn, params),
        digit_positions=bool(sized) and all(_stops_at_the_digits(fn, p, scope) for p in sized),
        pieces=_recurses_on_pieces(fn, name, params),
        walks_its_range=_walks_its_range(fn, params),
        cursor=bool(cursor_names(fn)),
        partitions=count >= 2 and _partitions(calls, fn.body),
        selects_one_part=count == 1
        and len(calls) >= 2
        and (
            (shrink == "sub" and _splits_range(calls, params, fn.body))
            or _filters_one_list_around_a_pivot(calls, fn.body)
        ),
        merges=_merges_results(fn, name),
        copies_path=_copies_its_path(fn, calls, params),
        arc_paths=not marked and any(_arcs_of_a_param(it, params, scope) for it in loop_iters),
        grows_to=_grows_to(fn, calls, params, scope),
        digit_sums=bool(params)
        and all(
            isinstance(c, ast.Call)
            and any(
                _digit_sum_of(a, p) or _digit_sum_looped_into(fn, a, p)
                for a in c.args
                for p in params
            )
            for c in calls
        ),
    )


def _hands_on_a_shortened_list(
    fn: ast.FunctionDef | ast.AsyncFunctionDef, calls: Sequence[ast.AST]
) -> bool:
    """Every self-call passes a list parameter on unchanged after an item of it is taken out.

    `m = max(a); a.remove(m); return m + go(a)`, `c = cards.pop(0); play(cards, t ^ c)`: the
    same list, one item shorter per call, so there are as many calls as it had items (a
    chain, not a split of the list).
    """
    params = [a.arg for a in fn.args.args if a.arg not in {"self", "cls"}]
    if not calls or not all(isinstance(c, ast.Call) and not c.keywords for c in calls):
        return False
    params = [
        p
        for k, p in enumerate(params)
        if all(isinstance(c, ast.Call) and k < len(c.args) and is_name(c.args[k], p) for c in calls)
    ]
    if not params:
        return False
    for node in walk_local(fn.body):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in {"remove", "pop"}
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id in params
        ):
            return True
        if isinstance(node, ast.Delete) and any(
            isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) and t.value.id in params
            for t in node.targets
        ):
            return True
    return False


def _copies_its_path(
    fn: ast.FunctionDef | ast.AsyncFunctionDef, calls: Sequence[ast.AST], params: list[str]
) -> bool:
    """Some list parameter every self-call passes as a new list one item longer.

    `dfs(u, path + [u])`, or `path = path + [v]` and then `dfs(u, path)`: each call copies
    what its caller held, the whole path from the root (`path.append(v)` copies nothing).
    """

    def grown(value: ast.expr | None, param: str) -> bool:
        return (
            isinstance(value, ast.BinOp)
            and isinstance(value.op, ast.Add)
            and any(
                is_name(a, param) and isinstance(b, ast.List | ast.Tuple) and len(b.elts) == 1
                for a, b in ((value.left, value.right), (value.right, value.left))
            )
        )

    for k, param in enumerate(params):
        rebound = [
            n.value
            for n in walk_local(fn.body)
            if isinstance(n, ast.Assign) and any(is_name(t, param) for t in n.targets)
        ]
        copied = bool(rebound) and all(grown(v, param) for v in rebound)
        passed = [c.args[k] if isinstance(c, ast.Call) and k < len(c.args) else None for c in calls]
        if passed and all(
            a is not None and (grown(a, param) or (copied and is_name(a, param))) for a in passed
        ):
            return True
    return False


def _result_names(fn: ast.FunctionDef | ast.AsyncFunctionDef, name: str) -> set[str]:
    """Names `fn` binds to what its own recursive call returns (`r = f(u)`)."""
    return {
        t.id
        for node in walk_local(fn.body)
        if isinstance(node, ast.Assign) and is_self_call(node.value, name)
        for t in node.targets
        if isinstance(t, ast.Name)
    }


def _merges_results(fn: ast.FunctionDef | ast.AsyncFunctionDef, name: str) -> str:
    """How a recursion merges the collections its calls return into its own (see `merges`).

    `r += f(u)`, `s |= f(u)`, `r.extend(f(u))`, `s.update(t)` with `t = f(u)`, or `r = r +
    f(u)`: "smaller" when a swap by size comes first (`if len(t) > len(s): s, t = t, s`).
    """
    results = _result_names(fn, name)

    def a_result(value: ast.expr) -> bool:
        return is_self_call(value, name) or (isinstance(value, ast.Name) and value.id in results)

    # Only into a collection: `s += dfs(v)` of a number adds a subtree's size, in O(1).
    collections = {
        t.id
        for node in walk_local(fn.body)
        if isinstance(node, ast.Assign)
        and (
            isinstance(node.value, ast.List | ast.Set | ast.Dict | ast.ListComp | ast.SetComp)
            or (
                isinstance(node.value, ast.Call)
                and callee_name(node.value) in {"list", "set", "dict", "Counter", "deque"}
            )
        )
        for t in node.targets
        if isinstance(t, ast.Name)
    }

    def into(target: ast.expr) -> bool:
        return isinstance(target, ast.Name) and target.id in collections

    merged = False
    for node in walk_local(fn.body):
        if isinstance(node, ast.AugAssign) and isinstance(node.op, ast.Add | ast.BitOr):
            merged |= into(node.target) and a_result(node.value)
        elif (
            isinstance(node, ast.Call)
            and callee_name(node) in {"extend", "update"}
            and isinstance(node.func, ast.Attribute)
            and len(node.args) == 1
        ):
            merged |= into(node.func.value) and a_result(node.args[0])
        elif (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.BinOp)
            and isinstance(node.value.op, ast.Add | ast.BitOr)
        ):
            sides = [node.value.left, node.value.right]
            merged |= (
                into(node.targets[0])
                and any(is_name(x, node.targets[0].id) for x in sides)
                and any(a_result(x) for x in sides)
            )
    if not merged:
        return ""
    swapped = any(isinstance(s, ast.stmt) and swaps(s) for s in walk_local(fn.body))
    return "smaller" if swapped else "naive"


def _values_by_name(body: list[ast.stmt]) -> dict[str, list[ast.expr]]:
    """Every value each plain name is assigned in the function's own body (`left = [...]`)."""
    named: dict[str, list[ast.expr]] = {}
    for node in walk_local(body):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name):
                named.setdefault(target.id, []).append(node.value)
    return named


def _partitions(calls: list[ast.AST], body: list[ast.stmt]) -> bool:
    """Two or more calls each passed a filtered copy of one list (or of one slice of it).

    `qs([x for x in a[1:] if x < p]) + qs([x for x in a[1:] if x >= p])`, or the copies
    named first (`left = [...]`, `right = list(filter(...))`).
    """
    named = _values_by_name(body)

    def source(arg: ast.expr) -> str | None:
        if isinstance(arg, ast.Name) and len(named.get(arg.id, [])) == 1:
            arg = named[arg.id][0]
        if isinstance(arg, ast.ListComp) and len(arg.generators) == 1 and arg.generators[0].ifs:
            origin = arg.generators[0].iter
        elif (
            isinstance(arg, ast.Call)
            and callee_name(arg) == "list"
            and len(arg.args) == 1
            and isinstance(arg.args[0], ast.Call)
            and callee_name(arg.args[0]) == "filter"
            and len(arg.args[0].args) == 2
        ):
            origin = arg.args[0].args[1]
        else:
            return None
        return ast.dump(origin)

    sources = set()
    for c in calls:
        if not isinstance(c, ast.Call) or not c.args:
            return False
        found = {source(a) for a in c.args} - {None}
        if len(found) != 1:
            return False
        sources |= found
    return len(sources) == 1 and _pivot_at_an_end(body, named)


def _filters_one_list_around_a_pivot(calls: list[ast.AST], body: list[ast.stmt]) -> bool:
    """Every self-call is passed a filtered copy of one list, around a pivot not at an end.

    `kth([x for x in a if x < p], k)` or `kth(hi, k - m)` with `hi = [x for x in a if x > p]`
    and `p = random.choice(a)` or `a[len(a) // 2]`: with one of them run per call, each part
    is a fraction of its list on average (an end pivot may leave all but one item).
    """
    named = _values_by_name(body)

    def origin(arg: ast.expr) -> str | None:
        if isinstance(arg, ast.Name) and len(named.get(arg.id, [])) == 1:
            arg = named[arg.id][0]
        if isinstance(arg, ast.ListComp) and len(arg.generators) == 1 and arg.generators[0].ifs:
            return ast.dump(arg.generators[0].iter)
        return None

    sources: set[str] = set()
    for c in calls:
        if not isinstance(c, ast.Call):
            return False
        found = {o for a in c.args if (o := origin(a)) is not None}
        if len(found) != 1:
            return False
        sources |= found
    return len(sources) == 1 and not _pivot_at_an_end(body, named)


def _pivot_at_an_end(body: list[ast.stmt], named: dict[str, list[ast.expr]]) -> bool:
    """The filters compare with `a[0]` or `a[-1]` (or a name set to one): an end pivot.

    On a sorted input every other item falls on one side, each time. A middle or random
    pivot splits such input evenly: n log n expected. So does an end of a list the call
    shuffles first (`random.shuffle(a)`, then `p = a[0]`).
    """
    if any(calls(stmt, {"shuffle"}) for stmt in body):
        return False

    def an_end(node: ast.expr) -> bool:
        if isinstance(node, ast.Name) and len(named.get(node.id, [])) == 1:
            node = named[node.id][0]
        return isinstance(node, ast.Subscript) and literal(node.slice) in (0, -1)

    return any(
        isinstance(cond, ast.Compare) and any(an_end(x) for x in [cond.left, *cond.comparators])
        for node in walk_local(body)
        if isinstance(node, ast.comprehension)
        for cond in node.ifs
    )


def _digit_sum_of(arg: ast.expr, param: str) -> bool:
    """`sum(map(int, str(x)))` or `sum(int(c) for c in str(x))` of the parameter `x`."""
    if not (isinstance(arg, ast.Call) and callee_name(arg) == "sum" and len(arg.args) == 1):
        return False
    inner = arg.args[0]
    if isinstance(inner, ast.Call) and callee_name(inner) == "map" and len(inner.args) == 2:
        digits = inner.args[1]
    elif isinstance(inner, ast.GeneratorExp | ast.ListComp) and len(inner.generators) == 1:
        digits = inner.generators[0].iter
    else:
        return False
    return (
        isinstance(digits, ast.Call)
        and callee_name(digits) == "str"
        and len(digits.args) == 1
        and is_name(digits.args[0], param)
    )


def _digit_sum_looped_into(
    fn: ast.FunctionDef | ast.AsyncFunctionDef, arg: ast.expr, param: str
) -> bool:
    """`s = 0; while x: s += x % 10; x //= 10`, then `f(s)`: a digit sum of the parameter."""
    if not isinstance(arg, ast.Name) or arg.id == param:
        return False
    for loop in walk_local(fn.body):
        if not isinstance(loop, ast.While):
            continue
        nodes = list(walk_local(loop.body))
        takes = any(
            isinstance(n, ast.AugAssign)
            and is_name(n.target, arg.id)
            and isinstance(n.op, ast.Add)
            and any(
                isinstance(m, ast.BinOp)
                and isinstance(m.op, ast.Mod)
                and is_name(m.left, param)
                and isinstance(m.right, ast.Constant)
                for m in ast.walk(n.value)
            )
            for n in nodes
        )
        drops = any(
            (
                isinstance(n, ast.AugAssign)
                and is_name(n.target, param)
                and isinstance(n.op, ast.FloorDiv)
                and isinstance(n.value, ast.Constant)
            )
            or (
                isinstance(n, ast.Assign)
                and any(is_name(t, param) for t in n.targets)
                and isinstance(n.value, ast.BinOp)
                and isinstance(n.value.op, ast.FloorDiv)
                and is_name(n.value.left, param)
                and isinstance(n.value.right, ast.Constant)
            )
            for n in nodes
        )
        if takes and drops:
            return True
    return False


def _grows_to(
    fn: ast.FunctionDef | ast.AsyncFunctionDef,
    calls: list[ast.AST],
    params: list[str],
    scope: Scope,
) -> str:
    """`const` or `size` when every call multiplies one parameter up to a bound; else ""."""
    for k, param in enumerate(params):
        args = [c.args[k] if isinstance(c, ast.Call) and k < len(c.args) else None for c in calls]
        if not args or not all(a is not None and _times_a_factor(a, param) for a in args):
            continue
        bounds = _base_case_bounds(fn, param, (ast.Gt, ast.GtE)) or _guard_bounds(fn, calls, param)
        if not bounds:
            continue
        if all(scope.is_const_expr(b) for b in bounds):
            return "const"
        return "size"
    return ""


def _guard_bounds(
    fn: ast.FunctionDef | ast.AsyncFunctionDef, calls: list[ast.AST], param: str
) -> list[ast.expr]:
    """`n` of `if 2 * i < n: down(n, 2 * i)`: what a test around every call keeps it under."""
    parents = parents_of(walk_local(fn.body))
    bounds: list[ast.expr] = []
    for call in calls:
        found = None
        child, up = call, parents.get(id(call))
        while up is not None and found is None:
            if isinstance(up, ast.If) and any(child is stmt for stmt in up.body):
                found = upper_bound(up.test, {param})
            child, up = up, parents.get(id(up))
        if found is None:
            return []
        bounds.append(found[1])
    return bounds


def _times_a_factor(arg: ast.expr, param: str) -> bool:
    """`2 * v`, `v * 2 + 1`, `x * 10 + 4`, `v << 1 | 1`: the parameter times a constant >= 2."""
    if isinstance(arg, ast.BinOp) and isinstance(arg.op, ast.Add | ast.BitOr):
        if isinstance(arg.right, ast.Constant):
            arg = arg.left
        elif isinstance(arg.left, ast.Constant):
            arg = arg.right
    if not isinstance(arg, ast.BinOp):
        return False
    if isinstance(arg.op, ast.Mult):
        for a, b in ((arg.left, arg.right), (arg.right, arg.left)):
            value = literal(b)
            if is_name(a, param) and isinstance(value, int) and value >= 2:
                return True
        return False
    if isinstance(arg.op, ast.LShift) and is_name(arg.left, param):
        value = literal(arg.right)
        return isinstance(value, int) and value >= 1
    return False


def cursor_names(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """`global i` (or `nonlocal`), `i += 1` and `s[i]`, with `i` never set back or lowered.

    The cursor only moves forward through what it indexes, so however the calls nest, they
    read each position once: a parser's `expr()`, `term()`, `node()`.
    """
    shared = {
        name
        for node in walk_local(fn.body)
        if isinstance(node, ast.Global | ast.Nonlocal)
        for name in node.names
    }
    nodes = list(walk_local(fn.body))
    forward = [
        n
        for n in nodes
        if isinstance(n, ast.AugAssign)
        and isinstance(n.op, ast.Add)
        and isinstance(step := literal(n.value), int)
        and step > 0
    ]
    moved = {n.target.id for n in forward if isinstance(n.target, ast.Name)}
    set_back = {
        t.id
        for n in nodes
        if isinstance(n, ast.Assign | ast.AugAssign) and n not in forward
        for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
        if isinstance(t, ast.Name)
    }
    indexes = {
        x.id
        for n in nodes
        if isinstance(n, ast.Subscript)
        for x in ast.walk(n.slice)
        if isinstance(x, ast.Name)
    }
    return (shared & moved & indexes) - set_back


#: What repeats the nodes it holds: a store under one may restart a cursor on every pass.
_LOOPS = (
    ast.For,
    ast.AsyncFor,
    ast.While,
    ast.ListComp,
    ast.SetComp,
    ast.DictComp,
    ast.GeneratorExp,
)


def kept_cursors(fn: ast.FunctionDef | ast.AsyncFunctionDef, module: ast.AST) -> frozenset[str]:
    """Positions `fn` only steps forward that outlive its calls and nothing sets back per call.

    `global i` or `nonlocal i`, `self.i`, or a cell `pos[0]` of a list made outside, stepped by
    `+= 1`: each call resumes where the last stopped, so a walk that steps one is paid once
    over all calls.
    """
    nodes = _body_nodes(fn)
    shared = {n for s in nodes if isinstance(s, ast.Global | ast.Nonlocal) for n in s.names}
    own = bound_names(nodes) | {a.arg for a in fn.args.args}
    this = fn.args.args[0].arg if fn.args.args else None
    kept = {
        ast.unparse(n.target)
        for n in nodes
        if isinstance(n, ast.AugAssign)
        and _steps_forward(n)
        and (
            (isinstance(n.target, ast.Name) and n.target.id in shared)
            or (
                isinstance(n.target, ast.Attribute)
                and this == "self"
                and is_name(n.target.value, this)
            )
            or (
                isinstance(n.target, ast.Subscript)
                and isinstance(n.target.value, ast.Name)
                and n.target.value.id not in own
                and isinstance(literal(n.target.slice), int)
            )
        )
    }
    if not kept:
        return frozenset()
    placed = list(_placements(module))
    cls = next(
        (c.name for c in ast.walk(module) if isinstance(c, ast.ClassDef) and fn in c.body), None
    )
    # An object made in a loop (`for x in a: P = Ptr(a)`) starts its cursors afresh there.
    made_afresh = cls is not None and any(
        looped and isinstance(n, ast.Call) and is_name(n.func, cls) for n, _, looped in placed
    )
    return frozenset(
        k for k in kept if not _set_back(k, placed, made_afresh and k.startswith("self."))
    )


def _body_nodes(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.AST]:
    """The nodes of `fn`'s own body: not those of functions or classes defined in it."""
    defs = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    return list(walk_local([s for s in fn.body if not isinstance(s, defs)]))


def _steps_forward(node: ast.AST) -> bool:
    """`x += 1` (a positive written step): a cursor moving on, never back."""
    return (
        isinstance(node, ast.AugAssign)
        and isinstance(node.op, ast.Add)
        and isinstance(step := literal(node.value), int)
        and step > 0
    )


def _set_back(
    key: str,
    placed: list[tuple[ast.AST, ast.FunctionDef | ast.AsyncFunctionDef | None, bool]],
    made_afresh: bool,
) -> bool:
    """Some store of the cursor `key` (`i`, `self.i`, `pos[0]`) may restart it between calls.

    A store is a start only outside every loop, where the cursor is made: for a name or a
    cell, in a body that binds it without sharing it (`global`); for an attribute, in
    `__init__` of a class never made in a loop.
    """
    if made_afresh:
        return True
    attr = key.split(".", 1)[1] if key.startswith("self.") else None
    base = key.split("[", 1)[0]
    for node, fn, looped in placed:
        if _steps_forward(node):
            continue
        for target in _store_targets(node):
            if attr is not None:
                hit = isinstance(target, ast.Attribute) and target.attr == attr
            else:
                hit = ast.unparse(target) == key or is_name(target, base)
            if not hit:
                continue
            if looped or isinstance(node, ast.For | ast.AsyncFor | ast.comprehension):
                return True
            if attr is not None:
                if fn is None or fn.name != "__init__":
                    return True
                continue
            if fn is None:
                continue
            local = _body_nodes(fn)
            if any(isinstance(s, ast.Global | ast.Nonlocal) and base in s.names for s in local):
                return True
            if isinstance(target, ast.Subscript) and base not in bound_names(local):
                return True  # `pos[0] = 0` in a helper: the shared cell set back
    return False


def _store_targets(node: ast.AST) -> list[ast.expr]:
    """What `node` stores to, tuples unpacked: assignment, loop and walrus targets."""
    if isinstance(node, ast.Assign):
        tops = list(node.targets)
    elif isinstance(
        node,
        ast.AugAssign | ast.AnnAssign | ast.NamedExpr | ast.For | ast.AsyncFor | ast.comprehension,
    ):
        tops = [node.target]
    else:
        return []
    out: list[ast.expr] = []
    for top in tops:
        stack = [top]
        while stack:
            t = stack.pop()
            if isinstance(t, ast.Tuple | ast.List):
                stack.extend(t.elts)
            elif isinstance(t, ast.Starred):
                stack.append(t.value)
            else:
                out.append(t)
    return out


def _placements(
    module: ast.AST,
) -> Iterator[tuple[ast.AST, ast.FunctionDef | ast.AsyncFunctionDef | None, bool]]:
    """Each node, the function it is in (None: the module) and whether a loop there holds it."""
    stack: list[tuple[ast.AST, ast.FunctionDef | ast.AsyncFunctionDef | None, bool]] = [
        (module, None, False)
    ]
    while stack:
        node, fn, looped = stack.pop()
        yield node, fn, looped
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                stack.append((child, child, False))
            else:
                stack.append((child, fn, looped or isinstance(node, _LOOPS)))


def _walks_its_range(fn: ast.FunctionDef | ast.AsyncFunctionDef, params: list[str]) -> bool:
    """Some loop, comprehension or slice of `fn` spans what its parameters bound or hold.

    So does a helper handed both ends (`partition(lo, hi)`); one handed a single value
    (`check(mid)`) does the same work whatever the range.
    """
    nodes = list(walk_local(fn.body))
    own = set(params)
    spans: list[ast.AST] = [n.iter for n in nodes if isinstance(n, ast.For | ast.comprehension)]
    spans += [n.test for n in nodes if isinstance(n, ast.While)]
    spans += [n.slice for n in nodes if isinstance(n, ast.Subscript)]
    # `a[::2]` copies a part of the list it cuts, as long as that list.
    spans += [n for n in nodes if isinstance(n, ast.Subscript) and isinstance(n.slice, ast.Slice)]
    if any(names_in(span) & own for span in spans):
        return True
    return any(
        isinstance(n, ast.Call)
        and not is_self_call(n, fn.name)
        and len({p for a in n.args for p in names_in(a) & own}) >= 2
        for n in nodes
    )


def _prunes_by_range(fn: ast.FunctionDef | ast.AsyncFunctionDef, params: list[str]) -> bool:
    """`if qr < l or r < ql: return 0` and `if ql <= l and r <= qr: return t[v]`.

    A node's range compared with the query's, returning at once when they are apart and when
    the node lies inside: a segment tree's range query, which goes on down only where the
    query's ends cut a node, two paths of the tree.
    """
    names = set(params)
    exits = 0
    for stmt in fn.body:
        if not (
            isinstance(stmt, ast.If)
            and stmt.body
            and isinstance(stmt.body[-1], ast.Return)
            and not stmt.orelse
        ):
            continue
        test = stmt.test
        parts = test.values if isinstance(test, ast.BoolOp) else [test]
        if len(parts) == 2 and all(
            isinstance(p, ast.Compare)
            and len(p.ops) == 1
            and isinstance(p.ops[0], ast.Lt | ast.LtE | ast.Gt | ast.GtE | ast.Eq)
            and isinstance(p.left, ast.Name)
            and isinstance(p.comparators[0], ast.Name)
            and {p.left.id, p.comparators[0].id} <= names
            for p in parts
        ):
            exits += 1
    return exits >= 2 or (exits == 1 and _splits_the_query_at_mid(fn, params))


def _splits_the_query_at_mid(fn: ast.FunctionDef | ast.AsyncFunctionDef, params: list[str]) -> bool:
    """`if qr <= m: return go(left)` and `if ql > m: return go(right)`, `m` the node's middle.

    Each query end compared with the midpoint sends the query down one side only; both go
    on only when the query straddles the middle, and from there each side is a prefix or a
    suffix of its node: two paths of the tree, as the `if qr < l or r < ql` guard gives.
    """
    mids = _mid_names(fn.body)
    ends: set[str] = set()
    for node in walk_local(fn.body):
        if not (isinstance(node, ast.If) and node.body and isinstance(node.body[-1], ast.Return)):
            continue
        test = node.test
        if not (isinstance(test, ast.Compare) and len(test.ops) == 1):
            continue
        sides = {ast.unparse(test.left), ast.unparse(test.comparators[0])}
        end = sides & set(params)
        calls_made = sum(is_self_call(n, fn.name) for s in node.body for n in ast.walk(s))
        if end and sides - end <= mids and len(sides) == 2 and calls_made == 1:
            ends |= end
    return len(ends | _ends_cut_at_mid(fn, params, mids)) >= 2


def _ends_cut_at_mid(
    fn: ast.FunctionDef | ast.AsyncFunctionDef, params: list[str], mids: set[str]
) -> set[str]:
    """`qr` of `go(2 * v, l, m, ql, min(qr, m))`, `ql` of `max(ql, m + 1)`: ends cut at `m`."""
    ends: set[str] = set()
    for node in walk_local(fn.body):
        if not (isinstance(node, ast.Call) and is_self_call(node, fn.name)):
            continue
        for arg in node.args:
            if not (
                isinstance(arg, ast.Call)
                and callee_name(arg) in {"min", "max"}
                and len(arg.args) == 2
            ):
                continue
            end = {ast.unparse(a) for a in arg.args} & set(params)
            rest = {n for a in arg.args for n in names_in(a)} - end
            if end and rest and rest <= mids:
                ends |= end
    return ends


def _both_step_down(first: ast.Call, second: ast.Call, params: list[str]) -> bool:
    """Both calls pass one parameter less a constant: `hanoi(k - 1, a, c)`, `hanoi(k - 1, c, b)`.

    Two calls a step smaller each make a binary tree of calls, not one split of a range.
    """
    for a, b in zip(first.args, second.args, strict=True):
        if (
            isinstance(a, ast.BinOp)
            and isinstance(a.op, ast.Sub)
            and isinstance(a.left, ast.Name)
            and a.left.id in params
            and isinstance(a.right, ast.Constant)
            and ast.dump(a) == ast.dump(b)
        ):
            return True
    return False


def _narrowing_loop(
    fn: ast.FunctionDef | ast.AsyncFunctionDef, name: str, params: list[str]
) -> ast.While | None:
    """`while l < r: m = part(a, l, r); qs(a, l, m - 1); l = m + 1`: a loop in place of a call.

    The loop tests only range parameters and narrows one of them each pass after recursing
    on the other side (quicksort that recurses on the smaller half, looping on the larger to
    keep the stack short): the work of a second call on that half, not a call per pass.
    """
    for loop in fn.body:
        if not isinstance(loop, ast.While) or loop.orelse:
            continue
        tested = names_in(loop.test)
        if not tested or not tested <= set(params):
            continue
        inner = list(walk_local(loop.body))
        points = bound_names(inner) - set(params)
        # Narrowed to a split point the pass works out (`l = m + 1`), not stepped (`l = l + 1`).
        narrows = any(
            isinstance(node, ast.Assign)
            and any(is_name(t, *tested) for t in node.targets)
            and names_in(node.value) & points
            for node in inner
        )
        # Two sites, one per side (the smaller side recursed on), or a lone site on one side
        # of the split the loop narrows to the other (`qs(a, l, m - 1); l = m + 1`).
        sites = [n for n in inner if isinstance(n, ast.Call) and is_self_call(n, name)]
        if narrows and (len(sites) >= 2 or _lone_split_sites(loop, sites, params, fn.body)):
            return loop
    return None


def _side_the_loop_takes(loop: ast.While, site: ast.Call, params: list[str]) -> ast.Call | None:
    """The call a narrowing pass stands for: `qs(a, m + 1, r)` for `l = m + 1` in the loop.

    The lone site with every parameter passed as it is but the one narrowed, set to its new
    value; None unless exactly one parameter is narrowed and the site passes one per parameter.
    """
    narrowed = [
        node
        for node in walk_local(loop.body)
        if isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and is_name(node.targets[0], *params)
    ]
    if len(narrowed) != 1 or site.keywords or len(site.args) != len(params):
        return None
    target = narrowed[0].targets[0]
    assert isinstance(target, ast.Name)
    args = [narrowed[0].value if p == target.id else ast.Name(id=p, ctx=ast.Load()) for p in params]
    return ast.Call(func=site.func, args=args, keywords=[])


def _lone_split_sites(
    loop: ast.While, sites: list[ast.Call], params: list[str], body: list[ast.stmt]
) -> list[ast.AST]:
    """A lone self-call site of `loop` and the call its narrowing stands for, or [].

    Returned when the two take the two sides of one split point: quicksort recursing on one
    side and looping on the other.
    """
    side = _side_the_loop_takes(loop, sites[0], params) if len(sites) == 1 else None
    if side is None:
        return []
    pair: list[ast.AST] = [sites[0], side]
    return pair if _splits_range(pair, params, body) else []


def _draws_at_random(fn: ast.FunctionDef | ast.AsyncFunctionDef, scope: Scope) -> bool:
    """`random.randint(lo, hi)` in `fn`, or in a helper it calls (`p = partition(a, lo, hi)`)."""
    return any(
        isinstance(node, ast.Call)
        and (
            callee_name(node) in RANDOM_DRAWS
            or (isinstance(node.func, ast.Name) and scope.draws_at_random(node.func.id))
        )
        for node in walk_local(fn.body)
    )


def _splits_range(calls: list[ast.AST], params: list[str], body: list[ast.stmt]) -> bool:
    """Two calls on the two sides of one split point of the caller's range.

    `solve(l, m)` and `solve(m + 1, r)`, or `f(a[:i])` and `f(a[i + 1:])`: quicksort, or a
    split at the minimum.
    """
    sites = [c for c in calls if isinstance(c, ast.Call)]
    if len(sites) != 2 or any(c.keywords for c in sites):
        return False
    first, second = sites
    if len(first.args) != len(second.args) or _both_step_down(first, second, params):
        return False
    if any(_slices_apart(a, b, params) for a, b in zip(first.args, second.args, strict=True)):
        return True
    assigned = bound_names(walk_local(body), augmented=True)
    for i, lo in enumerate(params):
        for j, hi in enumerate(params[i + 1 :], start=i + 1):
            if j >= len(first.args):
                break
            for left, right in ((first, second), (second, first)):
                la, lb, ra, rb = left.args[i], left.args[j], right.args[i], right.args[j]
                if not (is_name(la, lo) and is_name(rb, hi)):
                    continue
                if {lo, hi} & (names_in(lb) | names_in(ra)):
                    continue
                # The split point is worked out in the call (`m = ...`), not handed down.
                if names_in(lb) & names_in(ra) & assigned:
                    return True
    return False


def _slices_apart(a: ast.expr, b: ast.expr, params: list[str]) -> bool:
    """`xs[:i]` beside `xs[i + 1:]` (or `xs[i:]`) of the same parameter."""
    if not (isinstance(a, ast.Subscript) and isinstance(b, ast.Subscript)):
        return False
    if not (isinstance(a.slice, ast.Slice) and isinstance(b.slice, ast.Slice)):
        return False
    if not (is_name(a.value, *params) and ast.unparse(a.value) == ast.unparse(b.value)):
        return False
    for x, y in ((a.slice, b.slice), (b.slice, a.slice)):
        if (
            x.lower is None
            and x.upper is not None
            and y.lower is not None
            and y.upper is None
            and names_in(x.upper) & names_in(y.lower)
        ):
            return True
    return False


def _names_marks(name: str) -> bool:
    """`vis`, `visited`, `seen`, `used`, `was`...: a name for visit marks (not `division`)."""
    words = [w for w in name.lower().replace("_", " ").replace(".", " ").split() if w]
    return any(w.startswith(k) or w.endswith(k) for w in words for k in _VISIT_KEYS)


def _recurses_into_neighbours(
    fn: ast.FunctionDef | ast.AsyncFunctionDef, name: str, params: list[str]
) -> bool:
    """`for v in self.ch[u]: self.dfs(v)`: the list of the node given, each entry recursed on.

    Walking the entry of a table indexed by the current node and calling itself on the item
    is a traversal of that table's graph or tree, whatever the table is called.
    """
    for loop in walk_local(fn.body):
        # `sum(dfs(u, v) for u in adj[v] if u != p)`: the same walk as a comprehension, when
        # it skips the node it came from (else it may count the paths of a DAG, `paths(v)`).
        # `sum(count(c) for c in node.values())`: the parts of the structure given, a tree.
        heads: list[tuple[ast.comprehension | ast.For, list[ast.AST]]] = (
            [(loop, list(loop.body))]
            if isinstance(loop, ast.For)
            else [
                (g, [loop.elt])
                for g in loop.generators
                if _skips_a_param(g, params) or _parts_of_a_param(g.iter, params) is not None
            ]
            if isinstance(loop, ast.ListComp | ast.SetComp | ast.GeneratorExp)
            else []
        )
        for head, body in heads:
            if not isinstance(head.target, ast.Name):
                continue
            if (
                isinstance(head.iter, ast.Subscript)
                and isinstance(head.iter.slice, ast.Name)
                and head.iter.slice.id in params
            ):
                at: int | None = params.index(head.iter.slice.id)
            else:
                at = _parts_of_a_param(head.iter, params)
            if at is None:
                continue
            item = head.target.id
            if any(
                is_self_call(c, name)
                and isinstance(c, ast.Call)
                # `dfs(u, v)` for `u in adj[v]` moves to the item; `go(i + 1, v)` for `v in
                # c[i]` moves on a position and tries each item there: a choice, not a walk.
                and at < len(c.args)
                and is_name(c.args[at], item)
                for part in body
                for c in ast.walk(part)
            ):
                return True
    return False


def _uses_up_its_edges(
    fn: ast.FunctionDef | ast.AsyncFunctionDef, name: str, params: list[str]
) -> bool:
    """`while ptr[v] < len(adj[v]): u = adj[v][ptr[v]]; ptr[v] += 1; go(u)` (Hierholzer's).

    The loop over the node's entries moves a pointer kept per node on (or pops the entry,
    `while adj[v]: go(adj[v].pop())`) before recursing: each edge is taken once in all.
    """
    for loop in walk_local(fn.body):
        if not isinstance(loop, ast.While) or not any(
            is_self_call(c, name) for stmt in loop.body for c in ast.walk(stmt)
        ):
            continue
        tested = {
            ast.unparse(sub)
            for sub in ast.walk(loop.test)
            if isinstance(sub, ast.Subscript)
            and isinstance(sub.value, ast.Name)
            and isinstance(sub.slice, ast.Name)
            and sub.slice.id in params
        }
        for node in (n for stmt in loop.body for n in ast.walk(stmt)):
            stepped = (
                isinstance(node, ast.AugAssign)
                and isinstance(node.op, ast.Add)
                and isinstance(node.target, ast.Subscript)
                and ast.unparse(node.target) in tested
            )
            popped = (
                isinstance(node, ast.Call)
                and callee_name(node) == "pop"
                and isinstance(node.func, ast.Attribute)
                and ast.unparse(node.func.value) in tested
            )
            if stepped or popped:
                return True
    return False


def _parts_of_a_param(it: ast.expr, params: list[str]) -> int | None:
    """The position of `node` in `node.values()`, `node.children`: a node's own parts walked.

    A call on each part descends into a substructure of the one given (a trie's children),
    so over the whole walk each part is reached from its one parent only.
    """
    if isinstance(it, ast.Call) and callee_name(it) == "values" and not it.args:
        it = it.func.value if isinstance(it.func, ast.Attribute) else it
    if isinstance(it, ast.Attribute):
        it = it.value
    if isinstance(it, ast.Name) and it.id in params:
        return params.index(it.id)
    return None


def _skips_a_param(head: ast.comprehension, params: list[str]) -> bool:
    """`for u in adj[v] if u != p`: the walk leaves out a node it was given (its parent)."""
    return any(
        isinstance(test, ast.Compare)
        and isinstance(test.ops[0], ast.NotEq)
        and any(is_name(side, p) for side in (test.left, *test.comparators) for p in params)
        for test in head.ifs
    )


def _collections_used(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """Names `fn` indexes, tests membership in or calls a method of: `vis[u]`, `u in seen`.

    A counter parameter named `used` is not a set of marks.
    """
    names: set[str] = set()
    for node in walk_local(fn.body):
        if isinstance(node, ast.Subscript | ast.Attribute) and isinstance(node.value, ast.Name):
            names.add(node.value.id)
        elif isinstance(node, ast.Compare):
            names |= {
                c.id
                for op, c in zip(node.ops, node.comparators, strict=True)
                if isinstance(op, ast.In | ast.NotIn) and isinstance(c, ast.Name)
            }
    return names


def floods_shared_marks(
    fn: ast.FunctionDef | ast.AsyncFunctionDef, shared: frozenset[str] = frozenset()
) -> str:
    """The collection a worklist search in `fn` marks cells in, kept outside `fn`; else "".

    `def go(s): st = [s]; while st: x = st.pop(); for y in adj[x]: if not seen[y]:
    seen[y] = True; st.append(y)` with `seen` the program's: a cell marked by one call is
    never pushed by a later one, so all calls together visit each cell once (the caller
    starts one per unvisited cell, as for a recursive DFS).
    """
    local = bound_names(walk_local(fn.body)) | ({a.arg for a in fn.args.args} - shared)
    for loop in walk_local(fn.body):
        if not isinstance(loop, ast.While):
            continue
        inner = list(walk_local(loop.body))
        if not any(
            isinstance(c, ast.Call) and callee_name(c) in {"pop", "popleft", "heappop"}
            for c in inner
        ):
            continue
        marked: set[str] = set()
        for node in inner:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant | ast.Name):
                marked |= {
                    root
                    for t in node.targets
                    if isinstance(t, ast.Subscript) and (root := subscript_root(t)) is not None
                }
            elif (
                isinstance(node, ast.Call)
                and callee_name(node) == "add"
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
            ):
                marked.add(node.func.value.id)
        tested = {
            n.id
            for node in inner
            if isinstance(node, ast.If)
            for n in ast.walk(node.test)
            if isinstance(n, ast.Name)
        }
        for name in sorted((marked & tested) - local):
            return name
    return ""


def _handed_on(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """Parameters every recursive call passes on unchanged: `fill(g, a, b)` in `fill(g, i, j)`.

    One object shared by the whole recursion, as a global would be.
    """
    params = [a.arg for a in fn.args.args]
    sites = [c for c in walk_local(fn.body) if isinstance(c, ast.Call) and is_self_call(c, fn.name)]
    if not sites:
        return set()
    return {
        p
        for k, p in enumerate(params)
        if all(k < len(c.args) and is_name(c.args[k], p) for c in sites)
    }


def _visit_marks(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple[str, int]:
    """(name, indices) of the collection `fn` marks visited states in; ("", 0) when none.

    `seen[i][j] = True` or `seen.add(u)` on a collection named as visit marks that `fn` does
    not create (so the marks outlive each call), and that `fn` also reads (the guard that
    stops a second visit).
    """
    local = bound_names(walk_local(fn.body)) | ({a.arg for a in fn.args.args} - _handed_on(fn))
    unset = _compared_with_a_non_zero_literal(fn)
    late = _after_a_self_call(fn)
    marks: dict[str, int] = {}
    for node in walk_local(fn.body):
        if isinstance(node, ast.Assign) and id(node) in late:
            continue  # `match[u] = v` once `kuhn(match[u])` returned: it guarded nothing
        if isinstance(node, ast.Assign) and (
            isinstance(node.value, ast.Constant | ast.Name)
            # `tin[v] = timer[0]`: an entry time kept in a one-cell list
            or (
                isinstance(node.value, ast.Subscript)
                and isinstance(node.value.value, ast.Name)
                and isinstance(node.value.slice, ast.Constant)
            )
        ):
            # A constant mark, or a colour given as a parameter (`color[v] = c`).
            for tgt in node.targets:
                dims, base = 0, tgt
                while isinstance(base, ast.Subscript):
                    dims += len(base.slice.elts) if isinstance(base.slice, ast.Tuple) else 1
                    base = base.value
                # `vis[v] = 0` unmarks, unless unvisited cells hold another value (`== -1`).
                unmarked = (
                    isinstance(node.value, ast.Constant)
                    and node.value.value in (False, 0)
                    and not (isinstance(base, ast.Name) and base.id in unset)
                )
                if dims and (key := collection_key(base)) and not unmarked:
                    marks[key] = dims
        elif (
            isinstance(node, ast.Call)
            and callee_name(node) == "add"
            and isinstance(node.func, ast.Attribute)
            and (key := collection_key(node.func.value))
            and len(node.args) == 1
        ):
            arg = node.args[0]
            marks[key] = len(arg.elts) if isinstance(arg, ast.Tuple) else 1
    # Names read in a test: a subscript's own base is a Name node of the walk as well.
    # Read in a guard: the test of an if that returns or recurses (`if vis[v]: return`,
    # `if not vis[u]: dfs(u)`), not a test at a leaf (`if color[a] != color[b]: c += 1`) or
    # one that only marks (`if i == n: seen.add(cur)`).
    guards = [
        node.test
        for node in walk_local(fn.body)
        if isinstance(node, ast.If)
        and any(
            isinstance(s, ast.Return | ast.Continue) or is_self_call(s, fn.name)
            # `if vis[v]: found = True` / `else: dfs(v)`: the call on the other branch
            for stmt in [*node.body, *node.orelse]
            for s in ast.walk(stmt)
        )
    ] + [
        cond
        for node in walk_local(fn.body)
        if isinstance(node, ast.comprehension)
        for cond in node.ifs
    ]
    read = {
        key
        for test in guards
        for n in ast.walk(test)
        if isinstance(n, ast.Name | ast.Attribute)
        and isinstance(n.ctx, ast.Load)
        and (key := collection_key(n))
    }
    # `chosen.add(i)`, the call, then `chosen.discard(i)`: a mark taken back stops no visit.
    for node in walk_local(fn.body):
        if (
            isinstance(node, ast.Call)
            and callee_name(node) in {"discard", "remove"}
            and isinstance(node.func, ast.Attribute)
            and (key := collection_key(node.func.value))
        ):
            marks.pop(key, None)
    guarded = _returns_on_a_cell(fn) | _marked_on_entry(fn)
    for name, dims in sorted(marks.items()):
        if name not in local and name in read and (_names_marks(name) or name in guarded):
            return name, dims
    return "", 0


def _after_a_self_call(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> set[int]:
    """Ids of the nodes of `fn` that run only once a recursive call has returned.

    Those after a self-call in the same block, and those of an `if` (or `while`) whose test
    makes one: a cell written there was not yet written when that call looked at it.
    """
    out: set[int] = set()

    def later(stmts: list[ast.stmt], after: bool) -> None:
        for stmt in stmts:
            if after:
                out.update(id(n) for n in walk_local([stmt]))
                continue
            test = getattr(stmt, "test", None)
            in_test = test is not None and any(is_self_call(c, fn.name) for c in ast.walk(test))
            for part in ("body", "orelse", "handlers", "finalbody"):
                inner = getattr(stmt, part, None)
                if isinstance(inner, list) and inner and isinstance(inner[0], ast.stmt):
                    later(inner, in_test and part == "body")
            after = any(is_self_call(c, fn.name) for c in walk_local([stmt]))

    later(fn.body, False)
    return out


def _compared_with_a_non_zero_literal(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """Collections whose cells `fn` compares with a literal other than 0 (`col[u] == -1`)."""
    out: set[str] = set()
    for node in walk_local(fn.body):
        if not (isinstance(node, ast.Compare) and len(node.ops) == 1):
            continue
        sides = [node.left, node.comparators[0]]
        values = [literal(x) for x in sides]
        if any(v is not NOT_LITERAL and v not in (0, False, None) for v in values):
            out |= {root for side in sides if (root := subscript_root(side)) is not None}
    return out


def _marked_on_entry(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """Collections `fn` marks before it recurses, in a statement every call runs.

    `reach[i][j] = True` (or `g[i][j] = '#'`) first thing, then calls guarded by a test of
    the cells: whatever the collection is called, a call marks its state before any other
    call can reach it.
    """
    params = {a.arg for a in fn.args.args}
    out: set[str] = set()
    for stmt in fn.body:
        if any(is_self_call(n, fn.name) for n in ast.walk(stmt)):
            break
        # A constant, or an entry time (`disc[u] = low[u] = t[0]`, `tin[u] = timer`).
        stamp = isinstance(stmt, ast.Assign) and (
            isinstance(stmt.value, ast.Constant | ast.Name)
            or (
                isinstance(stmt.value, ast.Subscript)
                and isinstance(stmt.value.value, ast.Name)
                and isinstance(stmt.value.slice, ast.Constant)
            )
        )
        if isinstance(stmt, ast.Assign) and stamp:
            for tgt in stmt.targets:
                # the call's own state (`reach[i][j]` in `go(i, j)`), not one it looked up
                root = subscript_root(tgt)
                keys = key_names(tgt) if isinstance(tgt, ast.Subscript) else set()
                if root and keys and keys <= params:
                    out.add(root)
        # `A.add(v)` of the call's own state, whatever the set is called
        call = stmt.value if isinstance(stmt, ast.Expr) else None
        if (
            isinstance(call, ast.Call)
            and callee_name(call) == "add"
            and isinstance(call.func, ast.Attribute)
            and isinstance(call.func.value, ast.Name)
            and len(call.args) == 1
            and (keys := names_in(call.args[0]))
            and keys <= params
        ):
            out.add(call.func.value.id)
    return out


def _returns_on_a_cell(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """Collections whose cell the function returns on (`if grid[i][j] != '.': return`).

    Set to another constant before recursing, that cell is a visit mark whatever its name:
    a flood fill marks `grid[i][j] = '#'` and never enters a filled cell again.
    """
    out: set[str] = set()
    for node in walk_local(fn.body):
        if not isinstance(node, ast.If) or not node.body:
            continue
        # `if tin[u] != -1: continue` before `dfs(u)` in the walk of neighbours skips it too.
        returns = isinstance(node.body[-1], ast.Return | ast.Continue)
        # Or the other way round: recursing only into a cell that still holds the value
        # (`if g[nx][ny] == '#': dfs(nx, ny)`), where each call overwrites its own cell.
        in_body = any(is_self_call(c, fn.name) for stmt in node.body for c in ast.walk(stmt))
        in_else = any(is_self_call(c, fn.name) for stmt in node.orelse for c in ast.walk(stmt))
        # `if tin[u] != -1: pass` / `else: dfs(u)`: the same guard written the other way.
        recurses = in_body != in_else
        if not (returns or recurses):
            continue
        for cmp in ast.walk(node.test):
            if not (isinstance(cmp, ast.Compare) and len(cmp.ops) == 1):
                continue
            sides = [cmp.left, cmp.comparators[0]]
            if all(literal(x) is NOT_LITERAL for x in sides):
                continue  # `col[u] == -1` compares with a literal too
            out |= {root for side in sides if (root := subscript_root(side)) is not None}
    return out


_MASK_NAMES = ("mask", "bits", "state", "used", "visited", "chosen", "taken")


def _subset_state(
    calls: list[ast.AST],
    params: list[str] | None = None,
    body: list[ast.stmt] | None = None,
) -> bool:
    """A call passes a set of chosen items: `tuple(used)`, `frozenset(s)`, `mask | 1 << i`.

    A bit operation on a parameter named as a mask (`~key & mask`) counts too, and so does
    a name the function sets to one first (`nm = mask | 1 << j` then `go(nm, j)`).
    """
    params = params or []
    values: dict[str, list[ast.expr]] = {}
    for node in walk_local(body or []):
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
        ):
            values.setdefault(node.targets[0].id, []).append(node.value)
    for c in calls:
        if not isinstance(c, ast.Call):
            continue
        passed = [
            (pos, value)
            for pos, arg in enumerate(c.args)
            for value in [arg, *(values.get(arg.id, []) if isinstance(arg, ast.Name) else [])]
        ]
        for pos, arg in passed:
            param = params[pos] if pos < len(params) else ""
            if any(k in param.lower() for k in _MASK_NAMES) and any(
                isinstance(x, ast.BinOp) and isinstance(x.op, ast.BitOr | ast.BitAnd | ast.BitXor)
                for x in ast.walk(arg)
            ):
                return True
            for sub in ast.walk(arg):
                if isinstance(sub, ast.Call) and callee_name(sub) in {"tuple", "frozenset"}:
                    return True
                if _set_with_or_without(sub) or _one_item_dropped(sub):
                    return True
                if (
                    isinstance(sub, ast.BinOp)
                    and isinstance(sub.op, ast.BitOr | ast.BitXor | ast.BitAnd)
                    and any(
                        isinstance(x, ast.BinOp) and isinstance(x.op, ast.LShift)
                        for x in ast.walk(sub)
                    )
                ):
                    return True
    return False


def _set_with_or_without(node: ast.AST) -> bool:
    """`rem - {i}`, `used | {v}`: a set with an item taken out or put in."""
    return (
        isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.Sub | ast.BitOr | ast.BitXor)
        and (isinstance(node.left, ast.Set) or isinstance(node.right, ast.Set))
    )


def _one_item_dropped(node: ast.AST) -> bool:
    """`rest[:i] + rest[i + 1:]`: the sequence without one item (any subsequence, in all)."""
    if not (
        isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.Add)
        and isinstance(node.left, ast.Subscript)
        and isinstance(node.right, ast.Subscript)
    ):
        return False
    head, tail = node.left, node.right
    return (
        isinstance(head.slice, ast.Slice)
        and isinstance(tail.slice, ast.Slice)
        and head.slice.lower is None
        and head.slice.upper is not None
        and tail.slice.upper is None
        and tail.slice.lower is not None
        and ast.dump(head.value) == ast.dump(tail.value)
        and ast.dump(head.slice.upper) != ast.dump(tail.slice.lower)
    )


def _follows_parent(calls: list[ast.AST], params: list[str], scope: Scope) -> bool:
    """`find(parent[x])`: the one call follows a parent pointer, as union-find does.

    Not up a parent array read from the input: that tree is as deep as it has nodes.
    """
    return all(
        isinstance(c, ast.Call)
        and bool(c.args)
        and isinstance(c.args[0], ast.Subscript)
        and isinstance(c.args[0].value, ast.Name | ast.Attribute)
        and isinstance(c.args[0].slice, ast.Name)
        and c.args[0].slice.id in params
        and not (isinstance(c.args[0].value, ast.Name) and read_in(c.args[0].value.id, scope))
        for c in calls
    )


def _doubles_result(fn: ast.FunctionDef | ast.AsyncFunctionDef, name: str) -> bool:
    """The result of the recursive call is copied at least twice (`[s+"0" for s in r] + ...`)."""
    results = _result_names(fn, name)
    copies = 0
    numbers = _returns_numbers(fn, name, results)
    for node in walk_local(fn.body):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) and not numbers:
            # `rest + [...]` copies the whole recursive result once more.
            copies += sum(
                isinstance(side, ast.Name) and side.id in results
                for side in (node.left, node.right)
            )
        if isinstance(node, ast.ListComp | ast.GeneratorExp | ast.SetComp):
            copies += sum(_whole(g.iter) in results for g in node.generators)
        elif isinstance(node, ast.For) and (
            _whole(node.iter) in results or is_self_call(node.iter, name)
        ):
            # `for rest in gen(n - 1): yield rest + (0,); yield rest + (1,)` yields two
            # tuples per tuple below, as appending two per item does.
            copies += sum(
                (isinstance(c, ast.Call) and callee_name(c) in {"append", "add"})
                or isinstance(c, ast.Yield)
                for c in ast.walk(node)
            )
    return copies >= 2


def _returns_numbers(
    fn: ast.FunctionDef | ast.AsyncFunctionDef, name: str, results: set[str]
) -> bool:
    """Every return that uses no call's result gives a written number (`return 1`).

    Then what the calls give back are numbers too: `sub + sub` adds them, copying nothing.
    `results` names the calls' results kept under a name.
    """
    ends = [
        n.value
        for n in walk_local(fn.body)
        if isinstance(n, ast.Return)
        and n.value is not None
        and not any(
            is_self_call(c, name) or (isinstance(c, ast.Name) and c.id in results)
            for c in ast.walk(n.value)
        )
    ]
    return bool(ends) and all(
        (isinstance(v, ast.Constant) and isinstance(v.value, int | float))
        or (
            isinstance(v, ast.UnaryOp)
            and isinstance(v.operand, ast.Constant)
            and isinstance(v.operand.value, int | float)
        )
        for v in ends
    )


def _whole(node: ast.expr) -> str | None:
    """The name of `prev`, `prev[::-1]` or `reversed(prev)`: all of a collection, in some order."""
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice):
        cut = node.slice
        if cut.lower is None and cut.upper is None:
            node = node.value
    elif isinstance(node, ast.Call) and callee_name(node) == "reversed" and len(node.args) == 1:
        node = node.args[0]
    return node.id if isinstance(node, ast.Name) else None


def _arcs_of_a_param(it: ast.expr, params: list[str], scope: Scope) -> bool:
    """`adj[v]` for a parameter `v`, `adj` the arcs of a directed graph (`is_arc_lists`)."""
    return (
        isinstance(it, ast.Subscript)
        and isinstance(it.value, ast.Name)
        and isinstance(it.slice, ast.Name)
        and it.slice.id in params
        and scope.is_arc_lists(it.value.id)
    )


def _adjacent(it: ast.expr, scope: Scope) -> bool:
    # `sorted(ch[u])`, `reversed(g[v])`, `g[v][::-1]`: the same neighbours in another order.
    while (
        isinstance(it, ast.Call)
        and callee_name(it) in {"sorted", "reversed", "list", "set", "tuple"}
        and len(it.args) == 1
    ) or (isinstance(it, ast.Subscript) and isinstance(it.slice, ast.Slice)):
        it = it.args[0] if isinstance(it, ast.Call) else it.value
    if (
        isinstance(it, ast.Call)
        and callee_name(it) == "range"
        and len(it.args) == 1
        and isinstance(it.args[0], ast.Call)
        and callee_name(it.args[0]) == "len"
        and len(it.args[0].args) == 1
    ):
        it = it.args[0].args[0]  # `for i in range(len(ch)): go(ch[i])`: each child by index
    it = get_as_index(it)  # `g.get(v, [])`: a vertex without edges has an empty list
    if isinstance(it, ast.Subscript) and isinstance(it.value, ast.Name):
        return scope.is_adjacency(it.value.id) or scope.is_child_lists(it.value.id)
    if isinstance(it, ast.Attribute):
        return it.attr in ADJACENCY_NAMES or scope.is_list_attr(it.attr)
    if isinstance(it, ast.Name) and one_of_the_lists(it, scope):
        return True  # `kids = [u for u in adj[v] if u != p]`: part of one vertex's list
    return isinstance(it, ast.List | ast.Tuple) and all(
        isinstance(e, ast.Attribute) for e in it.elts
    )


def cycle_through(members: Sequence[ast.FunctionDef | ast.AsyncFunctionDef]) -> Cost | None:
    """The calls of functions that call one another round a cycle (`P` -> `Q` -> `R` -> `P`).

    `members[0]` is the function asked about.

    One call into the cycle from each (`is_even(n)` calls `is_odd(n - 1)` and back) is a
    chain as long as n (LOG when the arguments halve). Two or more from any one (`P` calls
    `Q` and `R`; `A` calls itself and `B`) multiply round after round: EXP, as
    self-recursion with two calls is, when the arguments shrink by a constant (N when one of
    them is memoised). None when a call stands in a loop (a traversal handing each neighbour to a
    helper visits each once) or the arguments shrink some other way.
    """
    names = frozenset(m.name for m in members)
    shrinks: set[Shrink] = set()
    most = 0
    for member in members:
        if any(
            isinstance(node, ast.For | ast.While | ast.comprehension) and calls(node, names)
            for node in walk_local(member.body)
        ):
            return None
        sites = {
            _shrink_of(c, set())
            for c in walk_local(member.body)
            if isinstance(c, ast.Call) and callee_name(c) in names
        }
        if not sites:
            return None
        shrinks |= sites
        most = max(most, _count_block(member.body, names))
    if most >= 2:
        if shrinks != {"sub"}:
            return None
        if not any(memoised(m) for m in members):
            return EXP
        # Memoised, each argument's value is worked out once: a chain of n states, charged
        # to a memoised function (the others' calls into it find their values done).
        return N if memoised(members[0]) else None
    if shrinks == {"sub"}:
        return N
    if shrinks <= {"half", "sub"} and "half" in shrinks:
        return LOG
    return None
