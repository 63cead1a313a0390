"""Walk one function body (or the module body) and add up the growth rate of its statements."""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass, field

from actors.analysis.offline.bitsets import BITWISE_OPS, touches
from actors.analysis.offline.cost import EXP, LOG, NLOGN, ONE, SQRT, Cost, N
from actors.analysis.offline.idioms import (
    READ_CALLS,
    TEST_COUNT_NAMES,
    appended_once_per_pass,
    calls_a_solver,
    counted_down,
    folds_records,
    grows_from_itself,
    input_lines,
    is_line_read,
    is_query_loop,
    is_test_case_loop,
    only_printed,
    reads_records_only,
    reads_whole_input,
    solves_what_it_reads,
    stdin_lines,
)
from actors.analysis.offline.loops import (
    CHOICES,
    NOT_LITERAL,
    _mid_names,
    a_vast_range,
    appended_to,
    below_a_root,
    bounds_counted_up_to,
    breaks_past_a_multiple,
    constant_width,
    counters_below_a_root,
    cut_between_runs,
    cut_then_skipped,
    divides_by_outer,
    grows_a_visited_worklist,
    indexes_a_written_table,
    iter_count,
    jumps_over_unlinked,
    length_bound,
    literal,
    logarithmic,
    narrows_around_a_partition,
    one_of_the_lists,
    only_for_divisors,
    pushes_exponential_states,
    required_bounds,
    same_base,
    scans_the_rest_of_a_pool,
    span_width,
    strides_by_outer_count,
    walks_a_block_of_the_stride,
    walks_a_chained_list,
    walks_a_root_path,
    walks_marked_path,
    walks_what_leaves_a_pool,
    while_count,
    width_count,
)
from actors.analysis.offline.names import (
    Scope,
    appended_item,
    assigns_to,
    bound_names,
    callee_name,
    collection_key,
    ends_on_first_pass,
    get_as_index,
    is_name,
    leaves_the_loop,
    names_in,
    one_line,
    parents_of,
    range_bound,
    read_in,
    swaps,
    value_kind,
    walk_local,
)
from actors.analysis.offline.sizes import (
    digits_of_a_read_number,
    grows,
    int_written_out,
    picks_a_written_number,
)
from actors.analysis.offline.vocabulary import (
    CASE_METHODS,
    CONSUMERS,
    GROWING_FUNCTIONS,
    GROWING_METHODS,
    LINEAR_METHODS,
    LOG_FUNCS,
    PRODUCT_FUNCS,
    REGEX_SCANS,
)

#: The largest bound under which `if n <= C:` makes a small case of `n` (brute force).
_SMALL_CASE = 20


def _held_small(test: ast.expr, assigned: dict[str, list[ast.expr | None]]) -> set[str]:
    """`n` of `if n <= 3:` or `if len(p) < 4:`: sizes at most a small constant in the branch.

    With `n = len(p)`, `p` too: it is as short as `n` is small.
    """
    out: set[str] = set()
    for part in (
        test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else [test]
    ):
        if not (isinstance(part, ast.Compare) and len(part.ops) == 1):
            continue
        for small, big in required_bounds(part):
            if not (
                isinstance(big, ast.Constant)
                and isinstance(big.value, int)
                and 0 <= big.value <= _SMALL_CASE
            ):
                continue
            if isinstance(small, ast.Call) and callee_name(small) == "len" and len(small.args) == 1:
                small = small.args[0]
            if isinstance(small, ast.Name):
                out.add(small.id)
    return out | {
        v.args[0].id
        for name in out
        for v in assigned.get(name, [])
        if isinstance(v, ast.Call)
        and callee_name(v) == "len"
        and len(v.args) == 1
        and isinstance(v.args[0], ast.Name)
    }


_NEGATED: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Gt: ast.LtE,
    ast.GtE: ast.Lt,
    ast.Lt: ast.GtE,
    ast.LtE: ast.Gt,
}


def _held_small_after(stmt: ast.stmt, assigned: dict[str, list[ast.expr | None]]) -> set[str]:
    """`n` after `if n > 20: ...; exit()`: an `if` that leaves on a large n holds it small below.

    Only when the branch always leaves (its last statement exits, returns or breaks) and no
    `else` runs instead; each part of an `or` that sends a large n away bounds it.
    """
    if not (
        isinstance(stmt, ast.If)
        and not stmt.orelse
        and stmt.body
        and leaves_the_loop(stmt.body[-1])
    ):
        return set()
    test = stmt.test
    parts = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or) else [test]
    kept: list[ast.expr] = []
    for part in parts:
        if isinstance(part, ast.Compare) and len(part.ops) == 1 and type(part.ops[0]) in _NEGATED:
            op = _NEGATED[type(part.ops[0])]()
            kept.append(ast.Compare(left=part.left, ops=[op], comparators=part.comparators))
    if not kept:
        return set()
    stays = kept[0] if len(kept) == 1 else ast.BoolOp(op=ast.And(), values=kept)
    return _held_small(stays, assigned)


def _breaks_at_a_written_index(loop: ast.For | ast.While, scope: Scope) -> bool:
    """`for i in range(n): if i > 50: break`: the loop's own index stops it at a constant.

    The test is a top-level statement of the body, so every pass meets it; the index counts
    up from a written start. A while loop has no index, but may keep such a count
    (`while a <= b: ...; years += 1; if years > 10: break`).
    """
    counters: set[str] = set()
    if isinstance(loop, ast.For):
        bound = range_bound(loop.iter)
        if bound is None or not isinstance(loop.target, ast.Name):
            return False
        counters.add(loop.target.id)
    elif any(isinstance(n, ast.Continue) for n in walk_local(loop.body)):
        return False  # a pass may skip the count
    # The index, or a count every pass raises by one from a written start (`k += 1`).
    counters |= {
        stmt.target.id
        for stmt in loop.body
        if isinstance(stmt, ast.AugAssign)
        and isinstance(stmt.op, ast.Add)
        and isinstance(stmt.target, ast.Name)
        and literal(stmt.value) == 1
        and all(
            v is None or isinstance(literal(v), int) for v in scope.assigned.get(stmt.target.id, [])
        )
    }
    for stmt in loop.body:
        if not (
            isinstance(stmt, ast.If)
            and stmt.body
            and isinstance(stmt.body[-1], ast.Break | ast.Return)
            and isinstance(stmt.test, ast.Compare)
            and len(stmt.test.ops) == 1
            and isinstance(stmt.test.ops[0], ast.Gt | ast.GtE | ast.Eq)
            and isinstance(stmt.test.left, ast.Name)
            and stmt.test.left.id in counters
        ):
            continue
        limit = stmt.test.comparators[0]
        if scope.is_const_expr(limit) and isinstance(literal(limit), int):
            return True
    return False


def _linear_terms(node: ast.expr) -> dict[str, int] | None:
    """`j - i + 2` as `{'j': 1, 'i': -1, '': 2}`: sums and differences of names and numbers."""
    value = literal(node)
    if type(value) is int:
        return {"": value}
    if isinstance(node, ast.Name):
        return {node.id: 1}
    if not (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Sub)):
        return None
    left, right = _linear_terms(node.left), _linear_terms(node.right)
    if left is None or right is None:
        return None
    sign = 1 if isinstance(node.op, ast.Add) else -1
    for term, times in right.items():
        left[term] = left.get(term, 0) + sign * times
    return left


def _fires_within_a_few(test: ast.Compare, index: str, start: dict[str, int]) -> bool:
    """`j - i >= 3` or `j == i` with `j` counting up by one from `i`: true a few steps on.

    With `j = start + t`, the test must come down to `t + c > 0` (or `>=`, `==` with a
    reachable `t`): the other names cancel, so the step it fires at is a written number.
    """
    left, right = _linear_terms(test.left), _linear_terms(test.comparators[0])
    if left is None or right is None:
        return False
    for term, times in right.items():
        left[term] = left.get(term, 0) - times
    ahead = left.pop(index, 0)
    for term, times in start.items():
        left[term] = left.get(term, 0) + ahead * times
    if ahead not in (1, -1) or any(times for term, times in left.items() if term):
        return False
    rest = ahead * left.get("", 0)  # the test is `t + rest` against 0, flipped if need be
    op = test.ops[0]
    rising = (ast.Gt, ast.GtE) if ahead == 1 else (ast.Lt, ast.LtE)
    return isinstance(op, rising) or (isinstance(op, ast.Eq) and rest <= 0)


def _breaks_a_few_past_the_start(loop: ast.For) -> bool:
    """`for j in range(i + 1, n): if j - i >= 3: break`: a few passes, wherever it starts.

    Every pass meets the test (a top-level `if`, no `continue` in the body), and how far
    the index has got from the range's start decides it (`if j == i: break` under
    `range(i, n)` ends the first pass).
    """
    head = loop.iter
    if not (
        isinstance(head, ast.Call)
        and callee_name(head) == "range"
        and len(head.args) == 2
        and isinstance(loop.target, ast.Name)
    ):
        return False
    start = _linear_terms(head.args[0])
    if start is None or any(isinstance(n, ast.Continue) for n in walk_local(loop.body)):
        return False
    stored = {
        n.id
        for n in walk_local(loop.body)
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)
    }
    return any(
        isinstance(stmt, ast.If)
        and stmt.body
        and leaves_the_loop(stmt.body[-1])
        and isinstance(stmt.test, ast.Compare)
        and len(stmt.test.ops) == 1
        and not names_in(stmt.test) & stored
        and _fires_within_a_few(stmt.test, loop.target.id, start)
        for stmt in loop.body
    )


def _exits_early(loop: ast.For | ast.While) -> bool:
    """The loop's own body (not a nested loop's) can `break`, `return` or exit the program."""
    stack: list[ast.AST] = list(loop.body)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Break | ast.Return):
            return True
        if isinstance(node, ast.Call) and callee_name(node) in {"exit", "quit"}:
            return True
        for child in ast.iter_child_nodes(node):
            if not isinstance(child, ast.For | ast.While | ast.FunctionDef | ast.Lambda):
                stack.append(child)
    return False


def _loop_counters(loop: ast.For | ast.While) -> set[str]:
    """The names a loop steps: a `for` loop's targets, and counters moved by `i += w`."""
    targets = (
        {n.id for n in ast.walk(loop.target) if isinstance(n, ast.Name)}
        if isinstance(loop, ast.For)
        else set()
    )
    return targets | {
        node.target.id
        for stmt in loop.body
        for node in ast.walk(stmt)
        if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name)
    }


def _counts_up_by_a_constant(loop: ast.While, name: str) -> bool:
    """The loop's one store to `name` is `name += 1` (or another written number), unguarded."""
    stores = [
        n
        for n in walk_local(loop.body)
        if isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Store)
    ]
    steps = [
        s
        for s in loop.body
        if isinstance(s, ast.AugAssign)
        and is_name(s.target, name)
        and isinstance(s.op, ast.Add)
        and isinstance(by := literal(s.value), int)
        and by >= 1
    ]
    return len(steps) == 1 and len(stores) == 1


def _slides_with(cut: ast.Slice, loop: ast.For | ast.While) -> bool:
    """`a[i + 1:]`, `s[:k]`: one end moves with the loop's counter, the other stays put.

    Such a cut is as long as the rest of the data on most passes, so it is paid per pass even
    where the loop may stop early; a window whose both ends move (`a[i:i + l]`) is not.
    """
    counters = _loop_counters(loop)

    def moves(bound: ast.expr | None) -> bool:
        return bound is not None and any(
            isinstance(n, ast.Name) and n.id in counters for n in ast.walk(bound)
        )

    return moves(cut.lower) != moves(cut.upper)


def _searches_the_rest(call: ast.Call, loop: ast.For | ast.While) -> bool:
    """`s.find(x, j)`, `s.count(x, j)` with `j` the loop's counter: `s[j:]` searched each pass.

    Like the slice it stands for, it is as long as the rest of the data on most passes, so it
    is paid per pass even where the loop may stop early.
    """
    if callee_name(call) not in {"find", "rfind", "index", "count"} or len(call.args) < 2:
        return False
    end = call.args[2] if len(call.args) > 2 else None
    return _slides_with(ast.Slice(lower=call.args[1], upper=end), loop)


def _formatted_values(node: ast.expr) -> list[ast.expr] | None:
    """The values a written template formats: `"%d:%d" % (h, m)`, `f"{h}"`, `"{}".format(h)`.

    None when `node` is not such a string (a template not written in the source).
    """
    if (
        isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.Mod)
        and isinstance(node.left, ast.Constant)
        and isinstance(node.left.value, str)
    ):
        right = node.right
        return list(right.elts) if isinstance(right, ast.Tuple) else [right]
    if isinstance(node, ast.JoinedStr):
        return [v.value for v in node.values if isinstance(v, ast.FormattedValue)]
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
        and isinstance(node.func.value, ast.Constant)
        and isinstance(node.func.value.value, str)
        and not any(isinstance(a, ast.Starred) for a in node.args)
        and all(k.arg is not None for k in node.keywords)
    ):
        return [*node.args, *(k.value for k in node.keywords)]
    return None


def _drops_both_ends(cut: ast.Slice) -> bool:
    """`s[1:-1]`: all but a few items at each end, as long as what it is cut from."""
    lower, upper = literal(cut.lower), literal(cut.upper)
    return isinstance(lower, int) and lower >= 0 and isinstance(upper, int) and upper < 0


def _counts_test_cases(head: ast.expr, readers: frozenset[str]) -> bool:
    """`range(t)` with `t` named as a number of tests, or `range(int(input()))`."""
    bound = range_bound(head)
    if bound is None:
        return False
    if isinstance(bound, ast.Name):
        return bound.id in TEST_COUNT_NAMES
    return is_line_read(bound, readers)


def _outside_names_of_helpers(body: list[ast.stmt], tree: ast.AST | None) -> set[str]:
    """Names the program's own functions called in `body` read from outside themselves.

    Followed through the helpers they call in turn: the data a call works on unseen.
    """
    defs = {
        f.name: f
        for f in (ast.walk(tree) if tree is not None else ())
        if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
    }
    out: set[str] = set()
    seen: set[str] = set()
    todo = [
        c.func.id
        for c in walk_local(body)
        if isinstance(c, ast.Call) and isinstance(c.func, ast.Name)
    ]
    while todo:
        name = todo.pop()
        if name in seen or name not in defs:
            continue
        seen.add(name)
        fn = defs[name]
        shared = {g for n in walk_local(fn.body) if isinstance(n, ast.Global) for g in n.names}
        own = {a.arg for a in ast.walk(fn.args) if isinstance(a, ast.arg)} | {
            n.id
            for n in walk_local(fn.body)
            if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store) and n.id not in shared
        }
        out |= {
            n.id
            for n in walk_local(fn.body)
            if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load) and n.id not in own
        }
        todo += [
            c.func.id
            for c in walk_local(fn.body)
            if isinstance(c, ast.Call) and isinstance(c.func, ast.Name)
        ]
    return out


def _receiver_root(node: ast.expr) -> ast.expr:
    """`s` for `s.split('/')[0]`, `s[1:]` or `s.strip().lower()`: through subscripts and calls."""
    while True:
        if isinstance(node, ast.Subscript):
            node = node.value
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            node = node.func.value
        else:
            return node


def _the_smaller_of_a_swapped_pair(items: ast.expr, loop: ast.For | ast.While) -> bool:
    """`for v in b` in a loop that first ran `if len(a) < len(b): a, b = b, a`.

    Merging the smaller group into the larger (small to large): each item moves only to a
    group at least twice the size of its own, so at most log n times in all.
    """
    text = ast.unparse(items)
    for node in walk_local(loop.body):
        if not (
            isinstance(node, ast.If)
            and isinstance(node.test, ast.Compare)
            and len(node.test.ops) == 1
            and isinstance(node.test.ops[0], ast.Lt | ast.LtE | ast.Gt | ast.GtE)
            and any(swaps(stmt) for stmt in node.body)
        ):
            continue
        left, right = node.test.left, node.test.comparators[0]
        if not (
            isinstance(left, ast.Call)
            and isinstance(right, ast.Call)
            and callee_name(left) == callee_name(right) == "len"
            and left.args
            and right.args
        ):
            continue
        first, second = ast.unparse(left.args[0]), ast.unparse(right.args[0])
        # after the swap the left side is the larger for `<`, the smaller for `>`
        smaller = second if isinstance(node.test.ops[0], ast.Lt | ast.LtE) else first
        if text == smaller:
            return True
    return False


def _up_to_a_geometric_counter(
    node: ast.For | ast.While, bound: ast.expr | None, outer: tuple[ast.For | ast.While, Cost]
) -> bool:
    """`for j in range(m)` directly in `while m > 0: ...; m //= 2` (or `m *= 2` up to n).

    The while runs log n times on a counter that halves or doubles, and the inner loop counts
    up to that counter (`bound`): its passes over the while add up to twice the largest, not
    log n times. So too `j = 0; while j < m: j += 1`.
    """
    loop, passes = outer
    if not (isinstance(loop, ast.While) and passes == LOG and isinstance(bound, ast.Name)):
        return False
    counter = bound.id
    if node not in loop.body or counter in bound_names(walk_local(node.body), augmented=True):
        return False
    steps = [
        s
        for s in loop.body
        if isinstance(s, ast.AugAssign)
        and is_name(s.target, counter)
        and isinstance(s.op, ast.Mult | ast.FloorDiv | ast.RShift | ast.LShift)
        and isinstance(s.value, ast.Constant)
        and isinstance(s.value.value, int)
        and s.value.value >= (1 if isinstance(s.op, ast.RShift | ast.LShift) else 2)
    ]
    return len(steps) == 1 and counter in names_in(loop.test)


def _divides(op: ast.operator, factor: ast.expr) -> bool:
    """`// 2`, `>> 1`: division by a written factor above one."""
    value = literal(factor)
    if not isinstance(value, int) or not isinstance(op, ast.FloorDiv | ast.RShift):
        return False
    return value >= (1 if isinstance(op, ast.RShift) else 2)


def _halving_store(store: ast.AST, name: str, mids: set[str]) -> str:
    """What a store to `name` halves: "count" for `m //= 2`, "items" for `a = a[len(a) // 2:]`.

    A cut of the list itself at a bound that halves (`s[:h]` with `h = len(s) // 2`) or with
    a step (`a[::2]`) keeps a fixed share of it; "" for any other store.
    """
    if isinstance(store, ast.AugAssign):
        return "count" if _divides(store.op, store.value) else ""
    if not (isinstance(store, ast.Assign) and len(store.targets) == 1):
        return ""
    value = store.value
    if isinstance(value, ast.BinOp) and is_name(value.left, name):
        return "count" if _divides(value.op, value.right) else ""  # `m = m // 2`
    return "items" if _a_halving_cut(value, name, mids) else ""


def _a_halving_cut(value: ast.expr, name: str, mids: set[str]) -> bool:
    """`a[len(a) // 2:]`, `a[:h]` with `h` a midpoint, `a[::2]`: a fixed share of `a`."""
    if not (
        isinstance(value, ast.Subscript)
        and is_name(value.value, name)
        and isinstance(value.slice, ast.Slice)
    ):
        return False
    cut = value.slice
    step = literal(cut.step)
    if isinstance(step, int) and abs(step) >= 2:
        return True
    halves = any(
        (
            isinstance(sub, ast.BinOp)
            and isinstance(sub.op, ast.FloorDiv | ast.RShift)
            and isinstance(literal(sub.right), int)
        )
        or (isinstance(sub, ast.Name) and sub.id in mids)
        for bound in (cut.lower, cut.upper)
        if bound is not None
        for sub in ast.walk(bound)
    )
    return halves and cut.step is None


def _geometric_sizes(loop: ast.While) -> tuple[set[str], set[str]]:
    """Counters and lists the loop cuts to a fixed share on every store to them.

    `m //= 2`, `a = a[len(a) // 2:]`: over the passes they run n, n/2, n/4, ..., so work in
    proportion to them adds up to what the first pass costs.
    """
    nodes = list(walk_local(loop.body))
    mids = _mid_names(loop.body)
    counters: set[str] = set()
    lists: set[str] = set()
    stored = [n.id for n in nodes if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)]
    stores = {
        name: [
            n
            for n in nodes
            if (isinstance(n, ast.AugAssign) and is_name(n.target, name))
            or (isinstance(n, ast.Assign) and len(n.targets) == 1 and is_name(n.targets[0], name))
        ]
        for name in set(stored)
    }
    # `left = a[:h]`, then `a = left` in one branch: `left` is a half of `a`, taken whole.
    halves = {
        name: only[0].value.value.id
        for name, only in stores.items()
        if len(only) == 1 == stored.count(name)
        and isinstance(only[0], ast.Assign)
        and isinstance(only[0].value, ast.Subscript)
        and isinstance(only[0].value.value, ast.Name)
        and _a_halving_cut(only[0].value, only[0].value.value.id, mids)
    }
    for name, mine in stores.items():
        kinds = {
            "items"
            if isinstance(s, ast.Assign)
            and isinstance(s.value, ast.Name)
            and halves.get(s.value.id) == name
            else _halving_store(s, name, mids)
            for s in mine
        }
        if len(mine) != stored.count(name) or len(kinds) != 1:
            continue
        if kinds == {"count"}:
            counters.add(name)
        elif kinds == {"items"}:
            lists.add(name)
    lists |= {name for name, source in halves.items() if source in lists}
    return counters, lists


def _a_multiple_of(width: ast.expr, counters: set[str]) -> bool:
    """`m`, `2 * m`, `m + 1`: a counter give or take written numbers."""
    if isinstance(width, ast.Name):
        return width.id in counters
    if isinstance(width, ast.BinOp) and isinstance(width.op, ast.Mult | ast.Add | ast.Sub):
        return any(
            literal(other) is not NOT_LITERAL and _a_multiple_of(one, counters)
            for one, other in ((width.left, width.right), (width.right, width.left))
        )
    return False


def _sized_by(node: ast.expr, counters: set[str], lists: set[str]) -> bool:
    """`a`, `a[i:]`, `b[:m]`, `map(int, a)`: as many items as a list or a counter of these."""
    if isinstance(node, ast.Name):
        return node.id in lists
    if isinstance(node, ast.Call) and callee_name(node) in _ITEMWISE and node.args:
        return _sized_by(node.args[-1], counters, lists)
    if not (isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice)):
        return False
    if _sized_by(node.value, counters, lists):
        return True
    cut = node.slice
    width = span_width(cut.lower, cut.upper)
    if width is None and (cut.lower is None or literal(cut.lower) is not NOT_LITERAL):
        width = cut.upper  # `b[:m]`, `b[1:m]`
    return width is not None and _a_multiple_of(width, counters)


def _scanned(name: str, node: ast.Call) -> list[ast.expr]:
    """What a scanning call walks: `sum(a)` its argument, `s.count(c)` its receiver."""
    if isinstance(node.func, ast.Attribute) and name not in {"join", "extend", "update"}:
        return [node.func.value]
    return list(node.args)


#: Builtins that scan the whole of the one iterable they are given (`map(max, rows)`).
_REDUCERS = frozenset({"max", "min", "sum", "any", "all"})

#: Calls whose items are those of their last argument, one for one.
_ITEMWISE = frozenset({"map", "reversed", "enumerate", "list", "tuple", "sorted", "iter"})


def _an_iterator_over_the_lists(node: ast.expr | None, scope: Scope) -> bool:
    """`iter(g[v])`: an iterator over one of the adjacency (children, filed) lists."""
    return (
        isinstance(node, ast.Call)
        and callee_name(node) == "iter"
        and len(node.args) == 1
        and one_of_the_lists(node.args[0], scope)
    )


def _stack_items(tree: ast.AST, stack: str, loop: ast.While) -> list[ast.expr]:
    """What `stack` last held before `loop` (`stack = [a]`) and what `loop` pushes onto it."""
    made = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and any(is_name(t, stack) for t in node.targets)
        and node.lineno < loop.lineno
    ]
    last = max(made, key=lambda a: a.lineno, default=None)
    if last is None or not isinstance(last.value, ast.List):
        return []
    pushed = [
        node.args[0]
        for node in ast.walk(loop)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "append"
        and is_name(node.func.value, stack)
        and len(node.args) == 1
    ]
    return [*last.value.elts, *pushed]


def _resumes_an_iterator(node: ast.expr, loop: ast.While, tree: ast.AST, scope: Scope) -> bool:
    """`for v in stack[-1]` (or `u, it = stack[-1]; for v in it`), each item `iter(g[u])`.

    An iterator yields each item once, however many loops resume it: together the loops
    over a stack of iterators of adjacency lists walk each list once, as a DFS does.
    """
    place: int | None = None  # the iterator's place in the tuples pushed, if it is in one
    if isinstance(node, ast.Name):
        found = None
        for stmt in walk_local(loop.body):
            if not isinstance(stmt, ast.Assign) or len(stmt.targets) != 1:
                continue
            target = stmt.targets[0]
            if is_name(target, node.id):
                found, place = stmt.value, None
            elif isinstance(target, ast.Tuple) and any(is_name(e, node.id) for e in target.elts):
                found = stmt.value
                place = next(k for k, e in enumerate(target.elts) if is_name(e, node.id))
        if found is None:
            return False
        node = found
    if not (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name)):
        return False
    items = _stack_items(tree, node.value.id, loop)
    if place is not None:
        items = [
            i.elts[place] if isinstance(i, ast.Tuple) and len(i.elts) > place else i for i in items
        ]
    return bool(items) and all(_an_iterator_over_the_lists(i, scope) for i in items)


def _runs_with(index: ast.expr, counters: set[str]) -> bool:
    """`i`, `n - 1 - i`, `i + 1`: an index that moves one for one with a counter (not `i % 2`)."""
    if isinstance(index, ast.Name):
        return index.id in counters
    if isinstance(index, ast.BinOp) and isinstance(index.op, ast.Add | ast.Sub):
        sides = (index.left, index.right)
        return any(_runs_with(x, counters) for x in sides) and all(
            isinstance(x, ast.Name | ast.Constant | ast.BinOp) and not _bounded_part(x)
            for x in sides
        )
    return False


def _bounded_part(node: ast.expr) -> bool:
    """A part of an index that stays small however far the counter runs (`i % 2`, `i & 1`)."""
    return isinstance(node, ast.BinOp) and not isinstance(node.op, ast.Add | ast.Sub)


def _indexes_rows_by_their_count(tree: ast.AST, name: str, rows: ast.expr) -> bool:
    """`a[i][i]` (or `a[i][n - 1 - i]`) under `for i in range(n)`, `a` holding `n` lines.

    A column index that runs as far as the rows do needs rows at least that wide.
    """
    bound = ast.dump(rows)
    for node in ast.walk(tree):
        if isinstance(node, ast.For):
            gens = [(node.target, node.iter)]
            body: list[ast.AST] = list(node.body)
        elif isinstance(node, ast.ListComp | ast.SetComp | ast.GeneratorExp):
            gens = [(g.target, g.iter) for g in node.generators]
            body = [node.elt]
        else:
            continue
        cols = {
            t.id
            for t, it in gens
            if isinstance(t, ast.Name)
            and (b := range_bound(it)) is not None
            and ast.dump(b) == bound
        }
        if cols and any(
            isinstance(sub, ast.Subscript)
            and isinstance(sub.value, ast.Subscript)
            and is_name(sub.value.value, name)
            and _runs_with(sub.slice, cols)
            for part in body
            for sub in ast.walk(part)
        ):
            return True
    return False


def _lines_used_as_records(loop: ast.For | ast.While, readers: frozenset[str]) -> bool:
    """Every line the loop reads goes to a list only read at written indices (`p[0]`, `p[2]`).

    `p = list(map(int, input().split()))` then `p[0]`, `p[1]`: a query of a few fields, not
    a row of a grid, whatever the loop counts.
    """
    reads = [
        stmt
        for stmt in walk_local(loop.body)
        if isinstance(stmt, ast.Assign) and is_line_read(stmt.value, readers)
    ]
    if not reads:
        return False
    for stmt in reads:
        if not (len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)):
            return False
        name = stmt.targets[0].id
        uses = [
            n
            for n in walk_local(loop.body)
            if isinstance(n, ast.Name) and n.id == name and n is not stmt.targets[0]
        ]
        indexed = {
            id(sub.value)
            for sub in walk_local(loop.body)
            if isinstance(sub, ast.Subscript)
            and isinstance(sub.value, ast.Name)
            and sub.value.id == name
            and isinstance(literal(sub.slice), int)
        }
        if not uses or any(id(u) not in indexed for u in uses):
            return False
    return True


def _unsliced(node: ast.expr) -> ast.expr:
    """`a` for `a[1:]`: the sequence a slice is cut from."""
    while isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice):
        node = node.value
    return node


def _converted_items(node: ast.expr) -> ast.expr | None:
    """`s.split()` for `map(int, s.split())` or `list(map(float, s.split()))`: the items.

    Items only converted one by one are as many as those they come from.
    """
    while isinstance(node, ast.Call) and not node.keywords:
        name = callee_name(node)
        if name in {"list", "tuple"} and len(node.args) == 1:
            node = node.args[0]
        elif (
            name == "map"
            and len(node.args) == 2
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id in {"int", "float", "str"}
        ):
            return node.args[1]
        else:
            return None
    return None


def _empty_literal(node: ast.expr) -> bool:
    """`[]`, `''`, `list()`, `str()`: an empty list or string."""
    if isinstance(node, ast.List):
        return not node.elts
    if isinstance(node, ast.Constant):
        return node.value == ""
    return isinstance(node, ast.Call) and callee_name(node) in {"list", "str"} and not node.args


def _concatenated(node: ast.expr) -> list[ast.expr]:
    """The parts `a + b + c` joins (or `node` itself): each written out in full."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return [*_concatenated(node.left), *_concatenated(node.right)]
    return [node]


def _sole_target(node: ast.Assign | ast.AugAssign) -> ast.expr | None:
    """What `x = ...` or `x += ...` binds, when it binds one target."""
    if isinstance(node, ast.AugAssign):
        return node.target
    return node.targets[0] if len(node.targets) == 1 else None


def _appends_to_its_own_copy(node: ast.For, source: ast.expr) -> bool:
    """`for s in list(res): res.append(s + [x])` (or `res[:]`, `res.copy()`).

    Each pass over a copy of the list adds an item for every item it had: the list doubles
    with every pass of the loop around it. Not when every append sits under a test that
    keeps the new value below a cap or among those not seen (`if s + x not in seen`).
    """
    copied: ast.expr | None = None
    if isinstance(source, ast.Call) and callee_name(source) == "list" and len(source.args) == 1:
        copied = source.args[0]
    elif (
        isinstance(source, ast.Call)
        and callee_name(source) == "copy"
        and isinstance(source.func, ast.Attribute)
        and not source.args
    ):
        copied = source.func.value
    elif (
        isinstance(source, ast.Subscript)
        and isinstance(source.slice, ast.Slice)
        and source.slice.lower is None
        and source.slice.upper is None
        and source.slice.step is None
    ):
        copied = source.value
    if not isinstance(copied, ast.Name):
        return False
    items = names_in(node.target)
    guarded = {
        id(sub)
        for n in walk_local(node.body)
        if isinstance(n, ast.If)
        and any(
            isinstance(c, ast.Compare)
            and any(isinstance(op, ast.NotIn | ast.Lt | ast.LtE | ast.Gt | ast.GtE) for op in c.ops)
            for c in ast.walk(n.test)
        )
        for b in n.body
        for sub in ast.walk(b)
    }
    return any(
        isinstance(n, ast.Call)
        and callee_name(n) == "append"
        and isinstance(n.func, ast.Attribute)
        and is_name(n.func.value, copied.id)
        and len(n.args) == 1
        and names_in(n.args[0]) & items
        and id(n) not in guarded
        for n in walk_local(node.body)
    )


def _prepended(value: ast.expr, name: str) -> bool:
    """`w + res`: something put before `name`, which the new value copies."""
    return (
        isinstance(value, ast.BinOp)
        and isinstance(value.op, ast.Add)
        and is_name(value.right, name)
        and name not in names_in(value.left)
    )


def _extends(value: ast.expr | None, name: str) -> bool:
    """`res + w`, `w + res` or a choice of them: `name` grown from itself, not started anew."""
    if isinstance(value, ast.IfExp):
        return _extends(value.body, name) and _extends(value.orelse, name)
    return (
        isinstance(value, ast.BinOp)
        and isinstance(value.op, ast.Add)
        and (is_name(value.left, name) or is_name(value.right, name))
    )


def _doubles_a_jump_table(loop: ast.For) -> bool:
    """`for k in range(1, LOG)` filling level k of a table from level k - 1 twice over.

    Binary lifting (`up[k][v] = up[k - 1][up[k - 1][v]]`) or a sparse table (`st[k][i] =
    min(st[k - 1][i], st[k - 1][i + (1 << (k - 1))])`): level k covers 2^k steps, so the
    levels a written bound allows are the log n of the size they are meant for.
    """
    if not isinstance(loop.target, ast.Name):
        return False
    k = loop.target.id

    def chain(node: ast.expr) -> tuple[str | None, list[ast.expr]]:
        """`t[a][b]`: the table's name and the indices."""
        indices: list[ast.expr] = []
        while isinstance(node, ast.Subscript):
            indices.append(node.slice)
            node = node.value
        return (node.id if isinstance(node, ast.Name) else None), indices

    def one_below(index: ast.expr) -> bool:
        return (
            isinstance(index, ast.BinOp)
            and isinstance(index.op, ast.Sub)
            and is_name(index.left, k)
            and literal(index.right) == 1
        )

    for stmt in walk_local(loop.body):
        if not isinstance(stmt, ast.Assign) or len(stmt.targets) != 1:
            continue
        table, indices = chain(stmt.targets[0])
        if table is None or not any(is_name(i, k) for i in indices):
            continue
        inner = {id(n.value) for n in ast.walk(stmt.value) if isinstance(n, ast.Subscript)}
        below = [
            n
            for n in ast.walk(stmt.value)
            if isinstance(n, ast.Subscript)
            and id(n) not in inner
            and chain(n)[0] == table
            and any(one_below(i) for i in chain(n)[1])
        ]
        nested = any(
            m is not n and any(m is x for i in chain(n)[1] for x in ast.walk(i))
            for n in below
            for m in below
        )
        shifted = bool(below) and any(
            isinstance(m, ast.BinOp)
            and isinstance(m.op, ast.LShift)
            and literal(m.left) == 1
            and k in names_in(m.right)
            for m in ast.walk(stmt.value)
        )
        if nested or shifted:
            return True
    return False


def _reduce_grows_a_sequence(node: ast.Call) -> bool:
    """`reduce(lambda acc, x: acc + x, items, [])`: the step concatenates onto a list.

    The start is a list, tuple or string written out, and the lambda returns its first
    parameter plus something: `+` builds a new sequence, copying all gathered so far.
    """
    if len(node.args) < 3 or not isinstance(step := node.args[0], ast.Lambda):
        return False
    start = node.args[2]
    if not (
        isinstance(start, ast.List | ast.Tuple)
        or (isinstance(start, ast.Constant) and isinstance(start.value, str))
    ):
        return False
    if not step.args.args:
        return False
    acc = step.args.args[0].arg
    body = step.body
    return (
        isinstance(body, ast.BinOp)
        and isinstance(body.op, ast.Add)
        and (is_name(body.left, acc) or is_name(body.right, acc))
    )


def _named_step(step: ast.expr) -> str:
    """`gcd` of `gcd` or `math.gcd` handed to `reduce`; "" for anything else."""
    if isinstance(step, ast.Name):
        return step.id
    if isinstance(step, ast.Attribute):
        return step.attr
    return ""


def _few_added_to_a_fixed_list(node: ast.expr, scope: Scope) -> bool:
    """`top + [x]` with `top` kept at a written size (`top = sorted(top + [x])[-3:]`)."""
    return (
        isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.Add)
        and any(isinstance(s, ast.Name) and scope.is_const(s.id) for s in (node.left, node.right))
        and all(scope.is_const_expr(s) or _short_literal(s) for s in (node.left, node.right))
    )


def _short_literal(node: ast.expr) -> bool:
    """`[a[i][j], a[i + 1][j]]`: a list spelled out item by item, whatever the items hold.

    Counting or searching it (`.count("#")`, `.index(x)`) costs its few items.
    """
    return (
        isinstance(node, ast.List | ast.Tuple | ast.Set)
        and bool(node.elts)
        and not any(isinstance(e, ast.Starred) for e in node.elts)
    )


def _walked(it: ast.expr) -> ast.expr:
    """`x` for `range(len(x))`, `enumerate(x)`, `reversed(x)`, `len(x)`: what a loop walks."""
    while True:
        if isinstance(it, ast.BinOp) and isinstance(it.right, ast.Constant):
            it = it.left  # `len(x) - 1`
            continue
        if not (isinstance(it, ast.Call) and len(it.args) >= 1 and not it.keywords):
            break
        name = callee_name(it)
        if name == "range" and len(it.args) == 1:
            it = it.args[0]
        elif name == "range" and len(it.args) == 2 and isinstance(it.args[0], ast.Constant):
            it = it.args[1]  # `range(1, len(x))`
        elif name in {"len", "enumerate", "reversed"} and len(it.args) == 1:
            it = it.args[0]
        else:
            break
    return it


def _split_line(node: ast.expr, scope: Scope) -> bool:
    """`input().split()`, or a name only ever holding one: the words of one line read."""
    if isinstance(node, ast.Name):
        values = scope.assigned.get(node.id, [])
        return bool(values) and all(v is not None and _split_line(v, scope) for v in values)
    if not (isinstance(node, ast.Call) and callee_name(node) == "split"):
        return False
    assert isinstance(node.func, ast.Attribute)
    return one_line(node.func.value)


def _bucket_dicts(root: ast.AST) -> set[str]:
    """Dicts of lists filled one item at a time: `d[k].append(x)`, `d.setdefault(k, []).append(x)`.

    Their lists partition the items put in: walking every list once costs their total.
    """
    out: set[str] = set()
    for node in ast.walk(root):
        if not (
            isinstance(node, ast.Call)
            and callee_name(node) in {"append", "add"}
            and isinstance(node.func, ast.Attribute)
        ):
            continue
        holder = node.func.value
        if isinstance(holder, ast.Subscript) and isinstance(holder.value, ast.Name):
            out.add(holder.value.id)
        elif (
            isinstance(holder, ast.Call)
            and callee_name(holder) == "setdefault"
            and isinstance(holder.func, ast.Attribute)
            and isinstance(holder.func.value, ast.Name)
        ):
            out.add(holder.func.value.id)
    return out


def _walks_part_of(
    node: ast.For, outer: ast.For | ast.While, scope: Scope, root: ast.AST | None
) -> bool:
    """The inner loop walks the item the outer loop is on, and the items partition the input.

    `for w in input().split(): for ch in w`: the words of one line, so all passes together
    walk the line once. `for k in d: for x in d[k]` (or `d.values()`, `d.items()`) over a
    dict of lists filled one item at a time: all passes together walk every item once.
    """
    if not isinstance(outer, ast.For):
        return False
    targets = [t.id for t in ast.walk(outer.target) if isinstance(t, ast.Name)]
    walked = _walked(node.iter)
    if isinstance(walked, ast.Name) and walked.id not in targets:
        # `lst = d[k]` in the outer body, then `for x in lst`.
        aliases = [a.value for a in assigns_to(outer.body, walked.id)]
        if len(aliases) == 1:
            walked = aliases[0]
    if _split_line(outer.iter, scope):
        return isinstance(walked, ast.Name) and walked.id in targets and len(targets) == 1
    head = outer.iter
    method = ""
    if (
        isinstance(head, ast.Call)
        and isinstance(head.func, ast.Attribute)
        and head.func.attr in {"keys", "values", "items"}
        and not head.args
    ):
        method, head = head.func.attr, head.func.value
    if root is None or not isinstance(head, ast.Name):
        return False
    if method in {"", "keys"}:
        part = (
            isinstance(walked, ast.Subscript)
            and isinstance(walked.value, ast.Name)
            and walked.value.id == head.id
            and isinstance(walked.slice, ast.Name)
            and walked.slice.id in targets
        )
    elif method == "values":
        part = isinstance(walked, ast.Name) and targets == [walked.id]
    else:
        part = (
            isinstance(outer.target, ast.Tuple)
            and len(outer.target.elts) == 2
            and isinstance(walked, ast.Name)
            and isinstance(outer.target.elts[1], ast.Name)
            and outer.target.elts[1].id == walked.id
        )
    # Only then the (whole-program) search for how the dict was filled.
    return part and head.id in _bucket_dicts(root)


def _items_of(node: ast.expr, counters: set[str]) -> bool:
    """`cnt.items()` (or `.most_common()`) of a Counter, or `sorted(...)` of those."""
    if isinstance(node, ast.Call) and callee_name(node) == "sorted" and node.args:
        node = node.args[0]
    if isinstance(node, ast.Name):
        return False
    return (
        isinstance(node, ast.Call)
        and callee_name(node) in {"items", "most_common"}
        and isinstance(node.func, ast.Attribute)
        and (
            (isinstance(node.func.value, ast.Name) and node.func.value.id in counters)
            or (isinstance(node.func.value, ast.Call) and callee_name(node.func.value) == "Counter")
        )
    )


def _counts_items(value: ast.expr) -> bool:
    """`Counter(a)`: a table of counts that add up to the items of `a`."""
    return isinstance(value, ast.Call) and callee_name(value) == "Counter" and len(value.args) == 1


def _one_more_than_got(value: ast.expr, cell: ast.Subscript) -> bool:
    """`cnt.get(x, 0) + 1` stored to `cnt[x]`: one more for that key, as `cnt[x] += 1` is."""
    if not (isinstance(value, ast.BinOp) and isinstance(value.op, ast.Add)):
        return False
    got = value.left
    return (
        literal(value.right) == 1
        and isinstance(got, ast.Call)
        and isinstance(got.func, ast.Attribute)
        and got.func.attr == "get"
        and bool(got.args)
        and ast.unparse(got.func.value) == ast.unparse(cell.value)
        and ast.unparse(got.args[0]) == ast.unparse(cell.slice)
    )


def _bound_by(nodes: list[ast.AST], value: Callable[[ast.expr], bool]) -> set[str]:
    """Names assigned (`x = ...`) somewhere in `nodes` a value that `value` accepts."""
    return {
        t.id
        for node in nodes
        if isinstance(node, ast.Assign) and value(node.value)
        for t in node.targets
        if isinstance(t, ast.Name)
    }


def _a_split(node: ast.expr) -> bool:
    """`s.split()`, `input().split('_')`: the words of one string."""
    return (
        isinstance(node, ast.Call)
        and callee_name(node) == "split"
        and isinstance(node.func, ast.Attribute)
    )


def _piece_made(value: ast.expr | None, pieces: frozenset[str]) -> bool:
    """`w + '#'`, `w[::-1]`, `sorted(w)`: a string or list no longer than a piece and a constant."""
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Add):
        return all(
            _piece_made(side, pieces) or isinstance(side, ast.Constant)
            for side in (value.left, value.right)
        )
    root = _receiver_root(_unwrapped(value)) if value is not None else None
    return isinstance(root, ast.Name) and root.id in pieces


def _made_from_pieces(nodes: list[ast.AST], pieces: frozenset[str]) -> frozenset[str]:
    """Names only ever set to a string made from words (`s = w + '#'`): one word's length too.

    Each is as long as the word it is made from (plus a constant), so walking it once per
    word adds up to one pass over the line, as walking the word does.
    """
    values: dict[str, list[ast.expr]] = {}
    grown: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, ast.Name):
                    values.setdefault(t.id, []).append(node.value)
                else:
                    grown |= {n.id for n in ast.walk(t) if isinstance(n, ast.Name)}
        elif isinstance(node, ast.AugAssign | ast.AnnAssign | ast.For | ast.comprehension):
            grown |= {n.id for n in ast.walk(node.target) if isinstance(n, ast.Name)}
    made = set(pieces)
    changed = True
    while changed:  # `s = w + '#'`, then `t = s[::-1]`: made in turn
        changed = False
        for name, vals in values.items():
            if name in made or name in grown:
                continue
            if all(_piece_made(v, frozenset(made)) for v in vals):
                made.add(name)
                changed = True
    return frozenset(made - pieces)


def _pops_a_level(node: ast.For, outer: ast.For | ast.While) -> bool:
    """`while q: for _ in range(len(q)): v = q.popleft(); ...`: a BFS by levels on one queue.

    Each pass pops the items queued when it began, once each: the passes of the outer loop
    and this one's add up to the items ever queued (whatever ends the outer loop).
    """
    bound = range_bound(node.iter)
    if not (
        isinstance(outer, ast.While)
        and isinstance(bound, ast.Call)
        and callee_name(bound) == "len"
        and len(bound.args) == 1
        and isinstance(bound.args[0], ast.Name)
    ):
        return False
    queue = bound.args[0].id
    return any(
        isinstance(stmt, ast.Assign | ast.Expr)
        and isinstance(stmt.value, ast.Call)
        and callee_name(stmt.value) in {"popleft", "pop"}
        and isinstance(stmt.value.func, ast.Attribute)
        and is_name(stmt.value.func.value, queue)
        for stmt in node.body
    )


def _walks_the_frontier(node: ast.For, outer: ast.For | ast.While) -> bool:
    """`while cur: nxt = []; for v in cur: ... nxt.append(u); cur = nxt`: a BFS by levels.

    Each pass walks the level the previous pass built afresh, so the levels together hold
    each item once: the passes of the outer loop and this one's add up to the items.
    """
    if not (isinstance(outer, ast.While) and isinstance(node.iter, ast.Name)):
        return False
    cur = node.iter.id
    if cur not in {n.id for n in ast.walk(outer.test) if isinstance(n, ast.Name)}:
        return False
    fresh = {
        t.id
        for stmt in outer.body
        if isinstance(stmt, ast.Assign) and _an_empty_collection(stmt.value)
        for t in stmt.targets
        if isinstance(t, ast.Name)
    }
    for stmt in outer.body:
        if not isinstance(stmt, ast.Assign) or len(stmt.targets) != 1:
            continue
        target, value = stmt.targets[0], stmt.value
        if isinstance(target, ast.Name) and target.id == cur and isinstance(value, ast.Name):
            return value.id in fresh  # `cur = nxt` after `nxt = []`
        if (
            isinstance(target, ast.Tuple)
            and isinstance(value, ast.Tuple)
            and len(target.elts) == len(value.elts) == 2
            and isinstance(target.elts[0], ast.Name)
            and target.elts[0].id == cur
            and _an_empty_collection(value.elts[1])
        ):
            return True  # `cur, nxt = nxt, []`
    return False


def _an_empty_collection(node: ast.expr) -> bool:
    """`[]`, `set()`, `list()`, `deque()`: a collection made empty."""
    if isinstance(node, ast.List | ast.Set):
        return not node.elts
    if isinstance(node, ast.Dict):
        return not node.keys
    return (
        isinstance(node, ast.Call)
        and not node.args
        and callee_name(node)
        in {
            "list",
            "set",
            "deque",
            "dict",
        }
    )


def _resumes_where_it_stopped(node: ast.For, outer: ast.For | ast.While) -> bool:
    """`for j in range(last, i): ...` then `last = i` in the outer loop: a sliding start.

    The inner range starts where the previous pass stopped, so the passes together cover
    each index once (as long as nothing else moves the start back).
    """
    it = node.iter
    if not (
        isinstance(it, ast.Call)
        and callee_name(it) == "range"
        and len(it.args) == 2
        and isinstance(it.args[0], ast.Name)
    ):
        return False
    start, stop = it.args[0].id, ast.unparse(it.args[1])
    moves = [
        n
        for n in walk_local(outer.body)
        if isinstance(n, ast.Assign | ast.AugAssign)
        and any(
            isinstance(t, ast.Name) and t.id == start
            for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
        )
    ]
    # `for q in range(pos, n): ...; break` then `pos = q`: on to where this pass stopped
    target = node.target.id if isinstance(node.target, ast.Name) else None
    stopped = {target, f"{target} + 1"} if target else set()
    return bool(moves) and all(
        isinstance(n, ast.Assign) and ast.unparse(n.value) in {stop, *stopped} for n in moves
    )


def _steps_a_kept_cursor(loop: ast.While, kept: frozenset[str]) -> bool:
    """The loop's test reads a kept cursor (`while ptr < n`) and its body steps it on."""
    if not kept:
        return False
    keys = {
        ast.unparse(n)
        for n in ast.walk(loop.test)
        if isinstance(n, ast.Name | ast.Attribute | ast.Subscript)
    }
    return any(
        isinstance(n, ast.AugAssign) and ast.unparse(n.target) in keys & kept
        for n in walk_local(loop.body)
    )


def _unwrapped(node: ast.expr) -> ast.expr:
    """`w` of `sorted(w)`, `reversed(w)`, `list(w)`: the text a join really walks."""
    while (
        isinstance(node, ast.Call)
        and callee_name(node) in {"sorted", "reversed", "list"}
        and len(node.args) == 1
    ):
        node = node.args[0]
    return node


@dataclass
class Coster:
    """Adds up the cost of statements in one scope.

    Attributes:
        scope: Facts about the names of this body.
        user_call: Cost of calling a user-defined function by name (None when not one).
        self_name: The function being costed (its own recursive calls cost one here).
    """

    scope: Scope
    user_call: Callable[[str, ast.Call], Cost | None]
    self_name: str = ""
    loops: list[tuple[ast.For | ast.While, Cost]] = field(default_factory=list)
    space: Cost = ONE
    notes: list[tuple[Cost, int, str]] = field(default_factory=list)
    fallbacks: int = 0
    depth: int = 0
    generators: set[str] = field(default_factory=set)
    readers: frozenset[str] = frozenset()
    counts: frozenset[str] = frozenset()
    once: list[Cost] = field(default_factory=list)
    fixed_reads: frozenset[int] = frozenset()
    bitsets: frozenset[str] = frozenset()
    case_loops: set[int] = field(default_factory=set)
    #: Generators of the comprehensions being costed, outermost first (`for lst in b`).
    comps: list[ast.comprehension] = field(default_factory=list)
    #: Inner while loops costed as amortised over their enclosing loop (a cycle, a path).
    amortised_walks: set[int] = field(default_factory=set)
    #: Cursors the function steps forward that outlive its calls (`global i`, `self.i`).
    kept: frozenset[str] = frozenset()
    #: Work all calls of the function share (a walk of a kept cursor): paid once in all.
    shared: Cost = ONE
    root: ast.AST | None = None
    #: The whole program, where its functions are defined (`root` is one function's body).
    module: ast.AST | None = None
    _groups: frozenset[str] | None = field(default=None, init=False, repr=False)
    _pieces: frozenset[str] | None = field(default=None, init=False, repr=False)
    _bucket_names: frozenset[str] | None = field(default=None, init=False, repr=False)
    _counts: frozenset[str] | None = field(default=None, init=False, repr=False)
    _tables: frozenset[str] | None = field(default=None, init=False, repr=False)
    _dims: frozenset[str] | None = field(default=None, init=False, repr=False)
    _array: bool | None = field(default=None, init=False, repr=False)
    _pushed: frozenset[str] | None = field(default=None, init=False, repr=False)
    _gcd_tables: frozenset[str] | None = field(default=None, init=False, repr=False)
    _found_at: frozenset[tuple[str, str]] | None = field(default=None, init=False, repr=False)
    _gaps: dict[tuple[str, str], list[set[int]]] | None = field(
        default=None, init=False, repr=False
    )

    # Statements ----------------------------------------------------------------------------
    def block(self, stmts: list[ast.stmt]) -> Cost:
        """Cost of a sequence of statements: the dominant one."""
        out = ONE
        for k, stmt in enumerate(stmts):
            out = out | self.stmt(stmt)
            small = _held_small_after(stmt, self.scope.assigned)
            added = small - self.scope.consts - self.scope.fixed
            if added:
                # `if n > 20: print(...); exit()`: below it, n is as small as a brute force's.
                self.scope.consts |= added
                try:
                    return out | self.block(stmts[k + 1 :])
                finally:
                    self.scope.consts -= added
            if (
                self.loops
                and isinstance(stmt, ast.If)
                and stmt.body
                and isinstance(stmt.body[-1], ast.Continue)
                and only_for_divisors(stmt.test, self.loops[-1][0], holds=False)
            ):
                # `if n % i: continue`: the rest of the pass runs for the divisors only
                return out | self._on_divisors(stmts[k + 1 :])
        return out

    def _switched_off(self, test: ast.expr) -> bool:
        """`False`, `0`, or a name only ever set to such a literal: a test that never holds.

        `DEBUG = False` at the top, then `if DEBUG: print(...)` around leftover checks. A name
        some function rebinds (`global DEBUG`) or that a function takes as a parameter is not.
        """
        value = literal(test)
        if value is not NOT_LITERAL:
            return not value
        if not isinstance(test, ast.Name):
            return False
        scope: Scope | None = self.scope
        while scope is not None and test.id not in scope.assigned:
            if test.id in scope.params:
                return False
            scope = scope.parent
        values = scope.assigned.get(test.id, []) if scope is not None else []
        if not values or any(v is None or literal(v) is NOT_LITERAL or literal(v) for v in values):
            return False
        tree = self.module or self.root
        return tree is not None and not any(
            isinstance(n, ast.Global | ast.Nonlocal) and test.id in n.names for n in ast.walk(tree)
        )

    def _on_divisors(self, stmts: list[ast.stmt]) -> Cost:
        """A branch taken only where the loop's index divides a fixed number: paid once.

        `for i in range(1, n + 1): if n % i == 0: ...` takes it for the divisors of n, a
        handful of the indices, and work up to i per divisor adds up to O(n) in all.
        """
        loop, passes = self.loops[-1]
        self.loops[-1] = (loop, ONE)  # a few passes take the branch
        try:
            cost = self._branch(stmts)
        finally:
            self.loops[-1] = (loop, passes)
        self.once[-1] = self.once[-1] | cost
        return ONE

    def _branch(self, stmts: list[ast.stmt]) -> Cost:
        """One branch of an `if`; one that ends by leaving the loop is taken once in all.

        `if rest % 4 == 0: ans = '4' * fours ...; break`: the pass that takes it is the
        loop's last, so its work is paid once, not on every pass.
        """
        cost = self.block(stmts)
        if cost > ONE and self.once and stmts and leaves_the_loop(stmts[-1]):
            self.once[-1] = self.once[-1] | cost
            return ONE
        return cost

    def stmt(self, node: ast.stmt) -> Cost:
        """Cost of one statement, including nested blocks."""
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            return ONE
        if isinstance(node, ast.For | ast.AsyncFor):
            return self._for(node)  # type: ignore[arg-type]
        if isinstance(node, ast.While):
            return self._while(node)
        if isinstance(node, ast.If) and self._switched_off(node.test):
            # `if False:`, `DEBUG = 0 ... if DEBUG:`: the body never runs
            return self._branch(node.orelse)
        if isinstance(node, ast.If):
            small = _held_small(node.test, self.scope.assigned)
            added = small - self.scope.consts - self.scope.fixed
            self.scope.consts |= added  # `if n <= 3:` brute force: n is a constant there
            divisors = self.loops and (
                only_for_divisors(node.test, self.loops[-1][0], holds=True)
                or _at_one_index_of_the_range(node.test, self.loops[-1][0])
            )
            others = self.loops and only_for_divisors(node.test, self.loops[-1][0], holds=False)
            try:
                body = self._on_divisors(node.body) if divisors else self._branch(node.body)
            finally:
                self.scope.consts -= added
            orelse = self._on_divisors(node.orelse) if others else self._branch(node.orelse)
            return self.expr(node.test) | body | orelse
        if isinstance(node, ast.With | ast.AsyncWith):
            return self.block(node.body)
        if isinstance(node, ast.Try):
            handlers = ONE
            for h in node.handlers:
                handlers = handlers | self.block(h.body)
            return (
                self.block(node.body)
                | handlers
                | self.block(node.orelse)
                | self.block(node.finalbody)
            )
        if isinstance(node, ast.Assign) and self._is_bounded_unpack(node):
            return ONE
        if isinstance(node, ast.Assign) and self._star_unpacks_a_line(node):
            # `t, *rest = input().split()`: one line read, free in a loop like any line;
            # walking `rest` is paid where it is walked.
            return self.expr(node.value)
        if (
            isinstance(node, ast.Assign)
            and not self.loops
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id in READ_CALLS
        ):
            # `input = iter(sys.stdin.read().split()).__next__`: defines how lines are read;
            # each line is paid for where `input()` is called.
            return ONE
        if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
            self._note_store(node)
        if isinstance(node, ast.Assign) and (rows := self._square_matrix_rows(node)) is not None:
            # `a = [input() for _ in range(n)]` then `a[i][i]`: n lines of n values each
            return self.expr(node.value) | (self._count(rows) * N)
        out = ONE
        if isinstance(node, ast.Assign) and self.loops and self._prepends_to_itself(node):
            # `res = w + res`: a new copy of all gathered so far, every pass (the digits of a
            # number, when that is what it gathers: `b = str(n % 2) + b` while halving n)
            out = LOG if self._digits(node.targets[0]) else N
            target = node.targets[0]
            if isinstance(target, ast.Name) and self._gathers_a_few_pieces(target.id, node.value):
                out = ONE  # a few digits or characters, gathered over a few passes
        if (
            isinstance(node, ast.Assign | ast.AugAssign)
            and self.loops
            and isinstance(grown := _sole_target(node), ast.Name)
            and self._kept_each_pass(grown.id)
        ):
            # `t = t + c` with `hist.append(t)`: the old string lives on, so each step copies it
            copied = self._text_grown_here(grown)
            self._note(copied, node.lineno, "copy of a string kept each pass")
            out = out | copied
        if isinstance(node, ast.Delete):
            out = self._delete(node)
        if (
            isinstance(node, ast.AugAssign)
            and isinstance(node.op, BITWISE_OPS)
            and touches(node, self.bitsets)
        ):
            out = N  # `t |= x` on a bitset read from the input: every bit
        if (
            isinstance(node, ast.AugAssign)
            and isinstance(node.op, ast.BitOr | ast.Sub | ast.BitXor)
            and (self._a_set(node.target) or self._a_set(node.value))
            and not isinstance(node.value, ast.Set | ast.SetComp | ast.ListComp | ast.GeneratorExp)
            and not self._const(node.value)
        ):
            # `big |= s`: set.update in place, as long as the set added (or taken away)
            out = out | self._count(node.value)
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.expr):
                out = out | self.expr(child)
        return out

    def _running_gcd(self, node: ast.expr) -> bool:
        """`g` of `g = gcd(g, x)`: a name only ever set to a constant or to a gcd with itself.

        Also `p[-1]` of `p.append(gcd(p[-1], x))` and `pre[i]` of `pre[i + 1] = gcd(pre[i],
        a[i])`: the running gcd kept as a list of prefixes.
        """
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            return self._prefix_gcds(node.value.id)
        if not isinstance(node, ast.Name):
            return False
        values = self.scope.assigned.get(node.id, [])
        folds = [
            v
            for v in values
            if isinstance(v, ast.Call)
            and callee_name(v) == "gcd"
            and any(is_name(a, node.id) for a in v.args)
        ]
        return bool(folds) and all(
            v in folds or isinstance(v, ast.Constant | ast.Subscript) for v in values
        )

    def _prefix_gcds(self, table: str) -> bool:
        """`table` holds running gcds: each entry is stored as the gcd of an earlier one.

        The tables are found once per scope, at the first gcd that asks.
        """
        if self._gcd_tables is None:
            out: set[str] = set()
            for node in ast.walk(self.module or self.root or ast.Module(body=[], type_ignores=[])):
                if (
                    isinstance(node, ast.Call)
                    and callee_name(node) == "append"
                    and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name)
                    and node.args
                ):
                    stored, value = node.func.value.id, node.args[0]
                elif (
                    isinstance(node, ast.Assign)
                    and len(node.targets) == 1
                    and isinstance(node.targets[0], ast.Subscript)
                    and isinstance(node.targets[0].value, ast.Name)
                ):
                    stored, value = node.targets[0].value.id, node.value
                else:
                    continue
                if (
                    isinstance(value, ast.Call)
                    and callee_name(value) == "gcd"
                    and any(
                        isinstance(a, ast.Subscript) and is_name(a.value, stored)
                        for a in value.args
                    )
                ):
                    out.add(stored)
            self._gcd_tables = frozenset(out)
        return table in self._gcd_tables

    def _gathers_a_few_pieces(self, target: str, value: ast.expr) -> bool:
        """`ans = str(d) + ans` under loops of a few passes each: a few short pieces in all.

        Only the loops since the string was last emptied gather into it; a test-case loop
        among them stands for the cases, however many.
        """
        piece = value.left if isinstance(value, ast.BinOp) else value
        if not (
            (isinstance(piece, ast.Call) and callee_name(piece) in {"str", "chr"})
            or self._character(piece)
        ):
            return False
        gathering = list(self.loops)
        for i, (loop, _) in enumerate(self.loops):
            if any(
                isinstance(stmt, ast.Assign)
                and any(is_name(t, target) for t in stmt.targets)
                and _empty_literal(stmt.value)
                for stmt in walk_local(loop.body)
            ):
                gathering = self.loops[i + 1 :]
        return all(passes == ONE and id(loop) not in self.case_loops for loop, passes in gathering)

    def _text_grown_here(self, node: ast.expr) -> Cost:
        """How long a string the innermost loop extends (`t += c`) gets; ONE for anything else.

        Only a name the loop never starts anew: it gains a piece a pass, so it is as long as
        the loop's passes at most (and as what it is counted to hold).
        """
        if not (
            self.loops and isinstance(node, ast.Name) and self.scope.known_kind(node.id) == "str"
        ):
            return ONE
        loop, passes = self.loops[-1]
        extended = False
        for n in walk_local(loop.body):
            if isinstance(n, ast.AugAssign) and is_name(n.target, node.id):
                if not isinstance(n.op, ast.Add):
                    return ONE
                extended = True
            elif isinstance(n, ast.Assign) and node.id in bound_names([n]):
                if not (len(n.targets) == 1 and _extends(n.value, node.id)):
                    return ONE  # started anew (`t = ''`) or set otherwise each pass
                extended = True
        return min(self._count(node), passes) if extended else ONE

    def _kept_each_pass(self, name: str) -> bool:
        """The innermost loop keeps `name`'s value elsewhere (`hist.append(t)`, `u = t`)."""
        for n in walk_local(self.loops[-1][0].body):
            if isinstance(n, ast.Call) and (
                (callee_name(n) in GROWING_METHODS and isinstance(n.func, ast.Attribute))
                or callee_name(n) in GROWING_FUNCTIONS
            ):
                if any(is_name(a, name) for a in n.args):
                    return True
            elif (
                isinstance(n, ast.Assign)
                and is_name(n.value, name)
                and not any(is_name(t, name) for t in n.targets)
            ):
                return True
        return False

    def _prepends_to_itself(self, node: ast.Assign) -> bool:
        """`res = w + res` on a string or list gathered in the loop: the old value is copied.

        (`res = res + w` and `res += w` extend in place and stay cheap.)
        """
        if len(node.targets) != 1 or not isinstance(node.targets[0], ast.Name):
            return False
        name = node.targets[0].id
        value = node.value
        # `res = w + res if c else res + w`: either branch may be the prepend
        options = [value.body, value.orelse] if isinstance(value, ast.IfExp) else [value]
        if not any(_prepended(v, name) for v in options):
            return False
        # An append in another branch (`res = res + w`, `res += w`) grows the same value;
        # only the other starting values must be empty.
        values = self.scope.assigned.get(name, [])
        starts = [v for v in values if v is not value and not _extends(v, name)]
        appends = sum(
            isinstance(n, ast.AugAssign) and isinstance(n.op, ast.Add) and is_name(n.target, name)
            for n in walk_local(self.loops[0][0].body)
        )
        fresh = [v for v in starts if v is not None]
        return (
            not self._const(node.targets[0])
            and bool(fresh)
            and len(starts) - len(fresh) <= appends
            and all(_empty_literal(v) for v in fresh)
        )

    def _for(self, node: ast.For) -> Cost:
        count = self._count(node.iter)
        passes = count
        if (
            self.loops
            and id(self.loops[-1][0]) in self.case_loops
            and is_line_read(node.iter, self.readers)
        ):
            count = N  # `for x in map(int, input().split())` in a test case: all its numbers
        head = self.expr(node.iter)
        rows = range_bound(node.iter)
        queries, cases = self._cases_or_queries(node, node.iter, node.body)
        answered = queries and not cases  # queries on one problem's data, each answered
        if not self.loops and (queries or cases):
            # `for _ in range(int(input())):` around a whole problem: complexity is per case.
            count = ONE
            if rows is not None and isinstance(node.iter, ast.BinOp):
                head = ONE  # `[0] * int(input())` lists the cases, not the input
            self.case_loops.add(id(node))
            if _counts_test_cases(node.iter, self.readers) or solves_what_it_reads(
                node.body, self.readers
            ):
                # Answers collected once per test case (`ans.append(x)` outside any inner
                # loop) number the cases, not the size: printing them afterwards is per case.
                self.scope.fixed |= appended_once_per_pass(node) - set(self.scope.params)
            elif queries:
                # The same for answers to queries, as long as they are only printed: a list
                # that is sorted or searched afterwards holds data, not answers.
                self.scope.fixed |= (
                    appended_once_per_pass(node) - set(self.scope.params)
                ) & only_printed(self.root, node)
        growing = [loop for loop, passes in self.loops if passes > ONE]
        if count > LOG and divides_by_outer(node.iter, growing, self.scope):
            count = LOG  # range(n // i) under `for i in range(1, n + 1)`: a harmonic series
        elif count > ONE and strides_by_outer_count(node.iter, growing):
            count = ONE  # `range(i, n, k)` under `for i in range(k)`: n items over all passes
        elif (
            count > ONE
            and walks_a_block_of_the_stride(node.iter, [loop for loop, _ in self.loops[-1:]])
            and self.loops[-1][1] > LOG
        ):
            count = ONE  # `range(i, i + k)` under `for i in range(0, n, k)`: n items in all
        # With a stride that changes (`for k in range(1, n + 1): for i in range(0, n, k)`),
        # the stride loop is counted as the harmonic series of its passes, n / k on average;
        # its blocks of k then hold all n items each time round: the block is k long, no less.
        elif count > LOG and breaks_past_a_multiple(node, growing, self.scope):
            count = LOG  # `if i * p > n: break` under `for i`: the same series
        if count == LOG and isinstance(node.iter, ast.Call) and len(node.iter.args) == 3:
            # `range(i * i, n + 1, i)` under `while i * i <= n`: n/i passes for each of the
            # root-of-n values of i still add up to n log n.
            count = count * self._harmonic_share_of_outer(node.iter.args[2])
        if count == ONE and _doubles_a_jump_table(node):
            # `for k in range(1, LOG): ... up[k][v] = up[k - 1][up[k - 1][v]]`: each level
            # jumps twice as far as the last, so the written bound stands for log n levels.
            count = LOG
        if count > ONE and self._drains_fixed(node.body):
            count = ONE  # every pass takes an item out of a fixed collection: it runs dry first
        if count > ONE and ends_on_first_pass(node):
            count = ONE  # `for j in ...: ...; break`: the body ends the loop on its first pass
        elif count > ONE and (
            _breaks_at_a_written_index(node, self.scope) or _breaks_a_few_past_the_start(node)
        ):
            # `if i > 50: break`, `if j - i >= 3: break`: the index reaches a written number
            # (or a written distance from where it started) first
            count = ONE
        elif count > ONE and indexes_a_written_table(node, self.scope):
            count = ONE  # `for i in range(m - 1): d += months[i]`: the table ends it first
        if self.loops and self._counts_off_a_tally(node):
            count = ONE  # amortised: the counts add up to the items counted
        elif self.loops and (
            _walks_the_frontier(node, self.loops[-1][0]) or _pops_a_level(node, self.loops[-1][0])
        ):
            count = ONE  # amortised: the levels together hold each item once
        elif self.loops and _resumes_where_it_stopped(node, self.loops[-1][0]):
            count = ONE  # amortised: all passes together cover the range once
        elif self.loops and self._walks_what_a_walk_kept(node):
            count = ONE  # amortised: what the amortised walks kept adds up to the whole once
        elif self.loops and _walks_part_of(node, self.loops[-1][0], self.scope, self.root):
            count = ONE  # amortised: the parts walked together make up the whole once
        elif walks_a_root_path(node, self.root, self.scope):
            count = ONE  # amortised: path compression rewrites what the walk to the root met
        elif self.loops and walks_marked_path(node, self.loops[-1][0]):
            count = ONE  # amortised: each cell is on the path of one pass only
        elif self.loops and grows_a_visited_worklist(node, self.loops[-1][0]):
            count = ONE  # amortised: a BFS per unvisited start, each item walked once
        elif len(self.loops) >= 2 and walks_what_leaves_a_pool(
            node, self.loops[-1][0], self.loops[-2][0]
        ):
            count = ONE  # amortised: each item walked leaves the pool for good
        if (
            isinstance(node.iter, ast.Name)
            and node.iter.id in appended_to(node.body)
            and pushes_exponential_states(node.body, names_in(node.target), worklist=node.iter.id)
        ):
            # `for s in q: ... q.append(s[:k][::-1] + s[k:])`: a search over orders or masks.
            self._note(EXP, node.lineno, "search over exponentially many states (orders or masks)")
            self.space = self.space | EXP
            return EXP
        if self.loops and self._snapshot_grows(node):
            self._note(EXP, node.lineno, "states derived from every earlier state")
            self.space = self.space | EXP
            return EXP
        if grows_from_itself(
            node.body, lambda name: self.scope.kind(name) in {"str", "seq"}
        ) and not (isinstance(node.iter, ast.Call) and iter_count(node.iter, self.scope) == ONE):
            # `for _ in range(10): a = [x * 10 + d for x in a for d in (4, 7)] + a` doubles a
            # written number of times (the lucky numbers of up to ten digits): a constant.
            self._note(EXP, node.lineno, "collection doubling in a loop")
            self.space = self.space | EXP
            return EXP
        geometric = ONE
        if count > ONE and (
            (
                self.loops
                and _up_to_a_geometric_counter(node, range_bound(node.iter), self.loops[-1])
            )
            or self._shrinks_each_pass((node.iter,))
        ):
            # `while m: for j in range(m): ...; m //= 2`: n + n/2 + ... passes in all, as
            # many as the largest one, so they are paid once for the loop around (so too
            # `for x in a` with `a = a[len(a) // 2:]`).
            geometric, count = count, ONE
        nested = self._loop_mult() * count
        what = f"loop nested {len(self.loops) + 1} deep" if self.loops else "loop"
        self.loops.append((node, count))
        self.once.append(ONE)
        self.depth += 1
        # `for j in range(1, 6): for k in range(j): ...`: inside a loop over constants, its
        # variable is a constant too, even when the name is reused elsewhere for a size.
        bound: set[str] = set()
        if self.scope.is_const_expr(node.iter):
            bound = {
                t.id for t in ast.walk(node.target) if isinstance(t, ast.Name)
            } - self.scope.consts
            self.scope.consts |= bound
        try:
            body = self.block(node.body) | ONE
            if count > ONE and self._reads_matrix_rows(node):
                body = body | N  # each line read holds a whole row of the matrix
        finally:
            self.scope.consts -= bound
            self.loops.pop()
            once = self.once.pop()
            self.depth -= 1
        if answered and (body | once) > ONE:
            # `q` queries, each scanning the array: q times the scan (a query answered in
            # constant time stays a second dimension of its own, as test cases are).
            count = passes
            nested = self._loop_mult() * count
        if geometric > ONE:
            self.once[-1] = self.once[-1] | (geometric * body)
            around = ONE
            for _, passes in self.loops[:-1]:
                around = around * passes
            self._note(around * geometric, node.lineno, "loop up to a halving or doubling counter")
        self._note(nested, node.lineno, what)
        return head | (count * body) | once | self.block(node.orelse)

    def _below_a_root(self, node: ast.expr) -> bool:
        """`i`, `2 * i` of a counter a loop around keeps below a square root of the size."""
        counters: set[str] = set()
        for loop, passes in self.loops:
            counters |= counters_below_a_root(loop, passes, self.scope)
        return below_a_root(node, counters, self.scope)

    def _up_to_a_root(self, head: ast.expr) -> bool:
        """`range(i)`, `range(1, 2 * i)`, `range(i, 0, -1)` with `i` below a square root."""
        if not (isinstance(head, ast.Call) and callee_name(head) == "range" and head.args):
            return False
        args = head.args
        if len(args) < 3:
            return self._below_a_root(args[-1])
        step = args[2]
        if not (isinstance(step, ast.Constant) and isinstance(step.value, int)):
            return False
        if step.value > 0:
            return self._below_a_root(args[1])
        return self.scope.is_const_expr(args[1]) and self._below_a_root(args[0])

    def _a_set(self, node: ast.expr, seen: frozenset[str] = frozenset()) -> bool:
        """`t` of `t = set()` (or `{x}`, a swap with one), `sets[v]` of `[{x} for ...]`.

        A name is a set if it ever holds one: names seldom change what they hold.
        """
        if isinstance(node, ast.Set | ast.SetComp):
            return True
        if isinstance(node, ast.Call):
            return callee_name(node) in {"set", "frozenset"} and isinstance(node.func, ast.Name)
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            lists = self.scope.assigned.get(node.value.id, [])
            return bool(lists) and all(
                isinstance(v, ast.ListComp) and self._a_set(v.elt, seen) for v in lists
            )
        if not isinstance(node, ast.Name) or node.id in seen:
            return False
        if self.scope.known_kind(node.id) in {"int", "str", "digits"}:
            return False
        values = self.scope.assigned.get(node.id, [])
        return any(v is not None and self._a_set(v, seen | {node.id}) for v in values)

    def _resumes_an_iterator(self, node: ast.expr) -> bool:
        """`for v in it` inside `while st:`, `it` an iterator of adjacency lists on `st`."""
        loop = next((w for w, _ in reversed(self.loops) if isinstance(w, ast.While)), None)
        tree = self.module or self.root
        return (
            loop is not None
            and tree is not None
            and _resumes_an_iterator(node, loop, tree, self.scope)
        )

    def _square_matrix_rows(self, node: ast.Assign) -> ast.expr | None:
        """`range(n)` of `a = [input() for _ in range(n)]` where `a[i][i]` is indexed.

        The lines read are rows as wide as their count (`_indexes_rows_by_their_count`).
        """
        value = node.value
        if not (
            len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(value, ast.ListComp)
            and len(value.generators) == 1
            and not value.generators[0].ifs
            and is_line_read(value.elt, self.readers)
        ):
            return None
        rows = value.generators[0].iter
        bound = range_bound(rows)
        tree = self.module or self.root
        if bound is None or tree is None or self.scope.is_const_expr(bound):
            return None
        name = node.targets[0].id
        return rows if _indexes_rows_by_their_count(tree, name, bound) else None

    def _reads_matrix_rows(self, node: ast.For) -> bool:
        """`for i in range(n): row = input().split(); s += int(row[i])`: an n by n matrix.

        A line read each pass and indexed by the pass's own index holds at least as many
        values as the loop has passes: reading it is a row of the matrix, not a record.
        """
        if not isinstance(node.target, ast.Name) or range_bound(node.iter) is None:
            return False
        index = node.target.id
        rows = {
            t.id
            for stmt in node.body
            if isinstance(stmt, ast.Assign) and is_line_read(stmt.value, self.readers)
            for t in stmt.targets
            if isinstance(t, ast.Name)
        }
        return any(
            isinstance(n, ast.Subscript)
            and isinstance(n.value, ast.Name)
            and n.value.id in rows
            and is_name(n.slice, index)
            for n in walk_local(node.body)
        )

    def _walks_what_a_walk_kept(self, node: ast.For) -> bool:
        """`cyc = [i]`, `while j != i: cyc.append(j); ...`, then `for v in cyc:`.

        The list starts afresh each pass of the enclosing loop and only an amortised walk
        (one that covers each item once over all passes) adds to it: together the lists
        hold each item once.
        """
        if not isinstance(node.iter, ast.Name):
            return False
        name = node.iter.id
        outer = self.loops[-1][0]
        if not assigns_to(outer.body, name):
            return False
        walks = [w for w in walk_local(outer.body) if isinstance(w, ast.While)]
        inside = {id(n) for w in walks if id(w) in self.amortised_walks for n in ast.walk(w)}
        adds = [
            c
            for c in walk_local(outer.body)
            if isinstance(c, ast.Call)
            and isinstance(c.func, ast.Attribute)
            and c.func.attr == "append"
            and is_name(c.func.value, name)
        ]
        return bool(adds) and all(id(c) in inside for c in adds)

    def _each_of_the_lists(self, node: ast.expr) -> bool:
        """`lst` of an enclosing `for lst in g` over adjacency, children or filed lists.

        Also `for lst in g.values()`, `for key, lst in g.items()` and `g[key]` of `for key in g`
        over a dict of them or of buckets (`d.setdefault(k, []).append(i)`), and a
        comprehension's `for lst in g` (`max(sum(lst) for lst in g)`).
        """
        keyed = isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name)
        if keyed:
            assert isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name)
            holder, node = node.value.id, node.slice  # `d[k]`: the list filed under `k`
        if not isinstance(node, ast.Name):
            return False
        walks: list[ast.For | ast.comprehension] = [
            loop for loop, _ in self.loops if isinstance(loop, ast.For)
        ]
        walks += self.comps
        innermost = self.comps[-1] if self.comps else self.loops[-1][0] if self.loops else None
        for loop in walks:
            lists, target = loop.iter, loop.target
            method = ""
            if isinstance(lists, ast.Call) and isinstance(lists.func, ast.Attribute):
                method, lists = lists.func.attr, lists.func.value
            if method == "items" and isinstance(target, ast.Tuple) and len(target.elts) == 2:
                target = target.elts[0 if keyed else 1]
            elif method not in ({"", "keys"} if keyed else {"", "values"}):
                continue
            if not (
                is_name(target, node.id)
                and isinstance(lists, ast.Name)
                and (not keyed or lists.id == holder)
            ):
                continue
            if (
                self.scope.is_adjacency(lists.id)
                or self.scope.is_child_lists(lists.id)
                or self.scope.is_filed_lists(lists.id)
                # a dict's own groups, each once (in the loop over them, not one inside it)
                or ((keyed or method) and loop is innermost and lists.id in self._buckets())
            ):
                return True
        return False

    def _buckets(self) -> frozenset[str]:
        """Dicts of lists filled one item at a time (`_bucket_dicts`), program-wide."""
        if self._bucket_names is None:
            tree = self.module or self.root
            self._bucket_names = frozenset(_bucket_dicts(tree) if tree is not None else ())
        return self._bucket_names

    def _cases_or_queries(
        self, loop: ast.For | ast.While, head: ast.expr, body: list[ast.stmt]
    ) -> tuple[bool, bool]:
        """Whether a top-level loop answers independent queries, and whether test cases.

        `head` and `body` are the loop's, or for a counted `while q:` its `range(q)`
        equivalent (`counted_down`).
        """
        if self.loops:
            return False, False
        queries = is_query_loop(head, body, self.counts, self.readers) and not self._stores_data(
            loop
        )
        rows = range_bound(head)
        # `for _ in range(n)` with `n, m` read together: the rows of a grid, not test cases.
        paired = (
            isinstance(rows, ast.Name)
            and rows.id in self._grid_dims()
            and rows.id not in TEST_COUNT_NAMES
        )
        # `for ch in t` walks a collection named like a test count: a bare name is a count
        # only in `while t:`.
        cases = (
            not paired
            and not isinstance(head, ast.Name)
            and is_test_case_loop(head, body, self.readers)
            # `a` read before the loop and walked in it: queries on one array, not cases.
            and not self._uses_data_read_before(loop, body)
            # `for _ in range(int(input())): a, b = ...; ex.append((a, b))`, then `ex.sort()`:
            # the records of one problem, counted inline rather than by a name like `t`.
            and not (
                not isinstance(rows, ast.Name)
                and reads_records_only(body, self.readers)
                and (self._stores_data(loop) or folds_records(body))
            )
        )
        return queries, cases

    def _uses_data_read_before(self, loop: ast.For | ast.While, body: list[ast.stmt]) -> bool:
        """The body reads a list the input gave before the loop (`a`, not a line of its own).

        Also through the program's own helpers it calls (`print(depth(int(input())))` with
        `depth` walking `par`): queries on the data, not test cases.
        """
        local = bound_names(walk_local(body))
        used = {
            n.id
            for n in walk_local(body)
            if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load) and n.id not in local
        }
        helped = _outside_names_of_helpers(body, self.module or self.root) - used
        return any(
            self.scope.known_kind(name) in {"seq", "str"}
            # A helper's table may be built from the input (`t = [0] * (4 * n)`, a tree).
            and (read_in(name, self.scope) or (name in helped and self._sized_by_input(name)))
            and not self.scope.is_const(name)
            and all(
                v is not None and v.lineno < loop.lineno for v in self.scope.assigned.get(name, [])
            )
            for name in used | helped
        )

    def _sized_by_input(self, name: str) -> bool:
        """Every value of `name` is built from a number the input gave (`[0] * (4 * n)`)."""
        values = self.scope.assigned.get(name, [])
        return bool(values) and all(
            v is not None and any(read_in(m, self.scope) for m in names_in(v) if m != name)
            for v in values
        )

    def _stores_data(self, node: ast.For | ast.While) -> bool:
        """The loop files what it reads into a collection used after it for more than printing.

        `segs.append((l, r))`, then `segs.sort()`: records of one problem, not queries.
        """
        stored = appended_once_per_pass(node) | {
            c.args[0].id
            for c in ast.walk(node)
            if isinstance(c, ast.Call)
            and callee_name(c) in GROWING_FUNCTIONS
            and c.args
            and isinstance(c.args[0], ast.Name)
        }
        local = bound_names(walk_local(node.body))
        return bool((stored - local) - only_printed(self.root, node))

    def _drains_fixed(self, body: list[ast.stmt]) -> bool:
        """Every pass removes an item from a fixed collection, failing once none is left.

        `for _ in range(n): colours.remove(input())` on a set of six colours: `remove`,
        `pop(key)` and `del` raise when the item is gone, so the loop cannot run more passes
        than the collection has items, whatever `n` says. Only statements every pass runs
        count (not those under an `if` or a `try`, nor after a `continue`), and nothing may
        add to the collection or fill it anew.
        """
        drained: set[str] = set()
        for stmt in body:
            if isinstance(stmt, ast.Delete):
                drained |= {
                    t.value.id
                    for t in stmt.targets
                    if isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name)
                }
            elif isinstance(stmt, ast.Expr | ast.Assign | ast.AugAssign):
                call = stmt.value
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and isinstance(call.func.value, ast.Name)
                    and (
                        call.func.attr == "remove"
                        or (call.func.attr == "pop" and len(call.args) <= 1)
                    )
                ):
                    drained.add(call.func.value.id)
        drained &= self.scope.fixed
        nodes = list(walk_local(body))
        if any(isinstance(n, ast.Continue) for n in nodes):
            return False  # a pass may skip the removal
        refilled = {name for n in nodes for name in grows(n, self.scope)} | bound_names(nodes)
        return bool(drained - refilled)

    def _snapshot_grows(self, node: ast.For) -> bool:
        """`for k in list(dp): dp[f(k, x)] = ...` inside a loop over the items.

        Each outer pass may add a new state for every state so far, so the table can double
        with every item: the subset-state DP that CodeComplex (and its authors) count as 2^n.
        """
        source = node.iter
        if isinstance(source, ast.Name):
            outer = self.loops[-1][0]
            source = next((n.value for n in assigns_to(outer.body, source.id)), source)
        if self.loops[-1][1] > ONE and _appends_to_its_own_copy(node, source):
            return True
        if not isinstance(source, ast.Call) or callee_name(source) not in {
            "list",
            "copy",
            "tuple",
        }:
            return False
        inner = source.args[0] if source.args else source.func
        if isinstance(inner, ast.Call):
            inner = inner.func
        if isinstance(inner, ast.Attribute):
            inner = inner.value
        if not isinstance(inner, ast.Name) or self.scope.kind(inner.id) != "hash":
            return False
        stores = [
            t
            for n in walk_local(node.body)
            if isinstance(n, ast.Assign | ast.AugAssign)
            for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
            if isinstance(t, ast.Subscript)
            and isinstance(t.value, ast.Name)
            and t.value.id == inner.id
        ]
        return bool(stores) and not all(self._bounded_key(t, node.body) for t in stores)

    def _bounded_key(self, store: ast.Subscript, body: list[ast.stmt]) -> bool:
        """`dp[(s + x) % m]`, or `dp[s + x]` under `if s + x <= w`: keys below a size.

        A table whose new keys stay under a bound holds at most that many states, however
        many items add to it: a knapsack over capacities, not 2^n.
        """
        key = store.slice
        if any(isinstance(n, ast.BinOp) and isinstance(n.op, ast.Mod) for n in ast.walk(key)):
            return True
        text = ast.unparse(key)
        guards = [
            n.test
            for n in walk_local(body)
            if isinstance(n, ast.If) and any(s is store for b in n.body for s in ast.walk(b))
        ]
        for test in guards:
            for cmp in (c for c in ast.walk(test) if isinstance(c, ast.Compare)):
                sides = [cmp.left, *cmp.comparators]
                for i, op in enumerate(cmp.ops):
                    small, big = sides[i], sides[i + 1]
                    if isinstance(op, ast.Gt | ast.GtE):
                        small, big = big, small
                    elif not isinstance(op, ast.Lt | ast.LtE):
                        continue
                    if ast.unparse(small) == text and ast.unparse(big) != text:
                        return True  # a cap read from the input or written in the source
        return False

    def _count(self, node: ast.expr) -> Cost:
        """Iterations over `node`; one input line read inside a loop counts as one item."""
        if (
            self._in_loop_or_helper()
            and is_line_read(node, self.readers)
            and not self._reads_grid_rows()
        ):
            return ONE
        if isinstance(node, ast.Name) and self._record_line(node):
            return ONE  # `q = input().split()` per command, then `" ".join(q)`: one record
        if self._fixed_read(node):
            return ONE
        if isinstance(node, ast.Name) and node.id in self._group_parts():
            return ONE  # one group of `groupby`: the groups together hold each item once
        if (self.loops or self.comps) and self._each_of_the_lists(node):
            return ONE  # `Counter(g)` for each `g` of filed lists: they hold each item once
        if isinstance(node, ast.Name) and node.id in self._split_pieces():
            return ONE  # one word of a split line: the words together hold the line once
        if self._of_a_piece(node):
            return ONE  # `range(len(w))`, `set(w)` of one word: as many items as the word
        if self._within_a_closed_gap(node):
            return ONE
        if self._a_block_of_the_stride(node):
            return ONE  # `sum(a[i:i + k])` under `for i in range(0, n, k)`: `a` once in all
        if self._a_cut_then_skipped(_converted_items(node) or node):
            return ONE  # `map(int, d[p:p + k])` then `p += k`: the pieces hold `d` once
        if self._a_run_the_outer_loop_skips(node):
            return ONE  # `sum(a[i:j])` of a run the outer loop then skips: `a` once in all
        if isinstance(node, ast.Name) and self._holds_a_cut_then_skipped(node.id):
            return ONE  # `row = d[p:p + k]; p += k; sum(row)`: the pieces hold `d` once
        if self._a_line_of_stdin(node):
            return ONE  # `for tok in line.split()` under `for line in sys.stdin`: one line
        if self._resumes_an_iterator(node):
            return ONE  # `for v in stack[-1]` of `iter(g[u])` pushed: each list once in all
        if any(_the_smaller_of_a_swapped_pair(node, loop) for loop, _ in self.loops):
            return LOG  # small-to-large: an item moves to a group at least twice its own
        if self.loops and self._lists_under_repeated_keys(node):
            return N  # `for c in g[a]` per edge `(a, b)`, or per neighbour: a degree each time
        source = _converted_items(node)
        if source is not None and (self._record_line(source) or self._a_line_of_stdin(source)):
            return ONE  # `sum(map(int, line.split()))`: the numbers of one line of a loop's
        if isinstance(node, ast.Call) and callee_name(node) in self.generators:
            # Draining a generator of ours costs what its own loop costs.
            drained = self.user_call(callee_name(node), node)
            if drained is not None:
                return drained
        count = iter_count(node, self.scope)
        growing = [loop for loop, passes in self.loops if passes > ONE]
        if count > LOG and (
            divides_by_outer(node, growing, self.scope)
            or (
                isinstance(node, ast.Subscript)
                and isinstance(node.slice, ast.Slice)
                and self._steps_by_outer(node.slice.step)
            )
        ):
            # `sum(range(n // i))`, `sum(a[i::i])` under `for i`: n/i items, harmonic in all.
            return LOG
        if count > SQRT and self._up_to_a_root(node):
            return SQRT  # `range(i)` under `for i in range(isqrt(n))`: n in all
        return count

    def _lists_under_repeated_keys(self, node: ast.expr) -> bool:
        """`g[x]` of adjacency lists, `x` taken by an enclosing loop that repeats keys.

        The lists hold each edge once in all only as long as each vertex's list is walked
        once; the key of an edge record (`for a, b in es`) or of a neighbour (`for u in
        g[v]` under `for v`, then `g[u]`) comes back once per edge, a star's centre n times.
        """
        node = get_as_index(node)
        if not (
            isinstance(node, ast.Subscript)
            and isinstance(node.value, ast.Name)
            and self.scope.is_adjacency(node.value.id)
            and isinstance(node.slice, ast.Name)
        ):
            return False
        key = node.slice.id
        for depth, (loop, _) in enumerate(self.loops):
            if not (isinstance(loop, ast.For) and key in names_in(loop.target)):
                continue
            # A neighbour's list under one vertex's adds up to the edges; under a loop over
            # the vertices as well, to the sum of squared degrees.
            return (depth > 0 and one_of_the_lists(loop.iter, self.scope)) or (
                isinstance(loop.iter, ast.Name) and self._holds_read_records(loop.iter.id)
            )
        return False

    def _holds_read_records(self, name: str) -> bool:
        """`es` holds records as the input gave them, in the order given (edges, queries).

        `es = [tuple(map(int, input().split())) for _ in range(m)]`, or `es = []` filled
        with `es.append((a, b))` from `a, b = map(int, input().split())` in the same loop.
        """
        found: Scope | None = self.scope
        while found is not None and name not in found.assigned:
            found = found.parent
        values = found.assigned[name] if found is not None else []
        if values and all(v is not None and is_line_read(v, self.readers) for v in values):
            return True
        if not values or not all(v is not None and _an_empty_collection(v) for v in values):
            return False
        tree = self.module or self.root
        nodes = list(ast.walk(tree)) if tree is not None else []
        parents = parents_of(nodes)
        adds = [
            c
            for c in nodes
            if isinstance(c, ast.Call)
            and callee_name(c) == "append"
            and isinstance(c.func, ast.Attribute)
            and is_name(c.func.value, name)
            and c.args
        ]
        for add in adds:
            loop = parents.get(id(add))
            while loop is not None and not isinstance(loop, ast.For | ast.While):
                loop = parents.get(id(loop))
            if loop is None:
                return False
            read = bound_names(
                s
                for s in loop.body
                if isinstance(s, ast.Assign) and is_line_read(s.value, self.readers)
            )
            if isinstance(loop, ast.For):
                read |= names_in(loop.target)  # `es.append((a, b, i))`: numbered records
            if not names_in(add.args[0]) <= read:
                return False
        return bool(adds)

    def _reads_grid_rows(self) -> bool:
        """The innermost loop runs over `n` of `n, m = map(int, input().split())`.

        Its lines are the rows of an n by m grid (or d days of n characters): each is as
        long as the other dimension, not a short record.
        """
        if not self.loops or self.root is None:
            return False
        loop = self.loops[-1][0]
        bound = range_bound(loop.iter) if isinstance(loop, ast.For) else None
        if not isinstance(bound, ast.Name) or id(loop) in self.case_loops:
            return False
        return (
            bound.id in self._grid_dims()
            and not self._reads_an_array()
            and not _lines_used_as_records(loop, self.readers)
        )

    def _reads_an_array(self) -> bool:
        """A line read whole into one list outside any loop (`a = list(map(int, ...))`).

        After `n, q = ...` that line is the array of n, and lines read q times are queries
        on it, not the rows of an n by q grid.
        """
        if self._array is None:
            self._array = any(
                isinstance(stmt, ast.Assign)
                and len(stmt.targets) == 1
                and isinstance(stmt.targets[0], ast.Name)
                and is_line_read(stmt.value, self.readers)
                and "split"
                in {callee_name(c) for c in ast.walk(stmt.value) if isinstance(c, ast.Call)}
                for stmt in getattr(self.root, "body", [])
            )
        return self._array

    def _grid_dims(self) -> frozenset[str]:
        """`n`, `m` of `n, m = map(int, input().split())`: two sizes read on one line."""
        if self._dims is None and self.root is not None:
            self._dims = frozenset(
                name.id
                for node in ast.walk(self.root)
                if isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Tuple)
                and len(node.targets[0].elts) == 2
                and self._two_numbers_read(node.value)
                for name in node.targets[0].elts
                if isinstance(name, ast.Name)
            )
        return self._dims or frozenset()

    def _two_numbers_read(self, value: ast.expr) -> bool:
        """`map(int, input().split())`; `map(int, lines[0].split())`, `int(data[0]), ...`.

        The first line of `lines = sys.stdin.readlines()` (or the first tokens of the input
        read whole) read as numbers gives the dimensions as much as `input()` read so does.
        """
        called = {callee_name(c) for c in ast.walk(value) if isinstance(c, ast.Call)}
        if is_line_read(value, self.readers):
            return "map" in called
        whole = any(
            isinstance(sub, ast.Subscript) and input_lines(sub.value, self.scope.assigned)
            for sub in ast.walk(value)
        )
        return whole and bool(called & {"map", "int"})

    def _a_line_of_stdin(self, node: ast.expr) -> bool:
        """`line`, `line.split()` with `line` the variable of an enclosing loop over stdin.

        The lines together are the input: walking each one is an item apiece, as a line read
        in a loop is. So are the lines or words of a list read whole (`lines[1:]` of
        `sys.stdin.read().splitlines()`), unless they are the rows of an n by m grid.
        """
        root = _receiver_root(node)
        if not isinstance(root, ast.Name):
            return False
        if any(
            isinstance(loop, ast.For)
            and isinstance(loop.target, ast.Name)
            and loop.target.id == root.id
            and (
                stdin_lines(loop.iter)
                or (not self._grid_dims() and input_lines(loop.iter, self.scope.assigned))
            )
            for loop, _ in self.loops
        ):
            return True
        # `lines[i].split()` in a loop over the lines' indices: one line each pass.
        while isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            node = node.func.value
        return (
            bool(self.loops)
            and isinstance(node, ast.Subscript)
            and not isinstance(node.slice, ast.Slice)
            and node.value is root
            and not self._grid_dims()
            and input_lines(root, self.scope.assigned)
        )

    def _within_a_closed_gap(self, node: ast.expr) -> bool:
        """`range(lo, hi + 1)` where a search loop ran `while hi - lo > 2`: a few values.

        A ternary (or binary) search that stops with its two ends a constant apart leaves
        only that many candidates to try.
        """
        if not (isinstance(node, ast.Call) and callee_name(node) == "range"):
            return False
        if len(node.args) != 2:
            return False
        low, high = node.args
        if isinstance(high, ast.BinOp) and isinstance(high.right, ast.Constant):
            high = high.left
        if not (isinstance(low, ast.Name) and isinstance(high, ast.Name)):
            return False
        searches = self._closed_gaps().get((high.id, low.id), [])
        return any(id(node) not in inside for inside in searches)

    def _closed_gaps(self) -> dict[tuple[str, str], list[set[int]]]:
        """(hi, lo) of the `while hi - lo > C` loops, with the ids of the nodes in each."""
        if self._gaps is None:
            self._gaps = {}
            for loop in ast.walk(self.root) if self.root is not None else ():
                if not isinstance(loop, ast.While):
                    continue
                test = loop.test
                if (
                    isinstance(test, ast.Compare)
                    and len(test.ops) == 1
                    and isinstance(test.ops[0], ast.Gt | ast.GtE)
                    and self._const(test.comparators[0])
                    and isinstance(test.left, ast.BinOp)
                    and isinstance(test.left.op, ast.Sub)
                    and isinstance(test.left.left, ast.Name)
                    and isinstance(test.left.right, ast.Name)
                ):
                    key = (test.left.left.id, test.left.right.id)
                    self._gaps.setdefault(key, []).append({id(n) for n in ast.walk(loop)})
        return self._gaps

    def _tallies(self) -> frozenset[str]:
        """`c` of `for v, c in cnt.items()` with `cnt = Counter(a)`: counts that sum to n."""
        if self._counts is None:
            nodes = list(ast.walk(self.root)) if self.root is not None else []
            counters = _bound_by(
                nodes, lambda v: isinstance(v, ast.Call) and callee_name(v) == "Counter"
            )
            rebound = _bound_by(nodes, lambda v: True)
            self._counts = (
                frozenset(
                    node.target.elts[1].id
                    for node in nodes
                    if isinstance(node, ast.For | ast.comprehension)
                    and isinstance(node.target, ast.Tuple)
                    and len(node.target.elts) == 2
                    and isinstance(node.target.elts[1], ast.Name)
                    and (
                        _items_of(node.iter, counters)
                        or (
                            isinstance(node.iter, ast.Name)
                            and bool(values := self.scope.assigned.get(node.iter.id, []))
                            and all(v is not None and _items_of(v, counters) for v in values)
                        )
                    )
                )
                - rebound
            )
        return self._counts

    def _tally_tables(self) -> frozenset[str]:
        """`cnt` of `cnt[x] += 1` in one loop (never two deep): counts that sum to that loop.

        Every store to the table adds one to a cell; so `for v in ...: for _ in
        range(cnt[v])` runs, over all `v`, as many times as items were counted. So too
        `cnt[x] = cnt.get(x, 0) + 1`, and `cnt = Counter(a)` (counts that sum to len(a)).
        """
        if self._tables is None:
            nodes = list(ast.walk(self.root)) if self.root is not None else []
            depth: dict[int, int] = {}
            for node in nodes:
                # Test-case loops aside: each case counts its own items.
                if isinstance(node, ast.For | ast.While) and id(node) not in self.case_loops:
                    for sub in ast.walk(node):
                        if sub is not node:
                            depth[id(sub)] = depth.get(id(sub), 0) + 1
            counters = _bound_by(nodes, _counts_items)
            tallied: set[str] = counters - _bound_by(nodes, lambda v: not _counts_items(v))
            spoiled: set[str] = set()
            for node in nodes:
                targets: list[ast.expr] = []
                if isinstance(node, ast.AugAssign):
                    targets = [node.target]
                elif isinstance(node, ast.Assign):
                    targets = node.targets
                for tgt in targets:
                    if not (isinstance(tgt, ast.Subscript) and isinstance(tgt.value, ast.Name)):
                        continue
                    name = tgt.value.id
                    if (
                        (
                            isinstance(node, ast.AugAssign)
                            and isinstance(node.op, ast.Add)
                            and isinstance(node.value, ast.Constant)
                            and node.value.value == 1
                        )
                        or (isinstance(node, ast.Assign) and _one_more_than_got(node.value, tgt))
                    ) and depth.get(id(node), 0) <= 1:
                        tallied.add(name)
                    else:
                        spoiled.add(name)
            self._tables = frozenset(tallied - spoiled)
        return self._tables

    def _counts_off_a_tally(self, node: ast.For) -> bool:
        """`for _ in range(cnt[v])` under `for v in ...`: the counts, not n per value.

        Or `for _ in range(c)` under `for v, c in cnt.items()`: each key's own count.
        """
        bound = range_bound(node.iter)
        return bound is not None and (
            (isinstance(bound, ast.Name) and bound.id in self._tallies())
            or self._a_count_of_the_key(bound)
        )

    def _a_count_of_the_key(self, node: ast.expr) -> bool:
        """`cnt[v]` of a tally, `v` the variable of the loop it is in: one key's count."""
        if not (
            isinstance(node, ast.Subscript)
            and isinstance(node.value, ast.Name)
            and node.value.id in self._tally_tables()
        ):
            return False
        outer = self.loops[-1][0]
        if not isinstance(outer, ast.For):
            return False
        keys = {n.id for n in ast.walk(outer.target) if isinstance(n, ast.Name)}
        return any(isinstance(n, ast.Name) and n.id in keys for n in ast.walk(node.slice))

    def _a_fixed_table(self, node: ast.expr) -> bool:
        """A collection whose size the source fixes (`pw = [1 << i for i in range(61)]`)."""
        if self._const(node):
            return True
        if not isinstance(node, ast.Name) or node.id in self.scope.params:
            return False
        if node.id in self.scope.fixed:
            return True
        values = self.scope.assigned.get(node.id, [])
        nodes = ast.walk(self.root) if self.root is not None else ()
        if not values or any(node.id in grows(n, self.scope) for n in nodes):
            return False
        return all(
            isinstance(v, ast.ListComp | ast.List | ast.Tuple)
            and (
                self._const(v)
                or (isinstance(v, ast.ListComp) and all(self._const(g.iter) for g in v.generators))
            )
            for v in values
        )

    def _a_piece(self, node: ast.expr) -> bool:
        """One word of a split line, or a string made from it (`w.strip().lower()`)."""
        root = _receiver_root(node)
        return isinstance(root, ast.Name) and root.id in self._split_pieces()

    def _of_a_piece(self, node: ast.expr) -> bool:
        """`range(len(w))`, `enumerate(w)`, `set(w)`: one word's items of a split line, or fewer."""
        while (
            isinstance(node, ast.Call)
            and callee_name(node) in {"set", "frozenset", "tuple", "sorted", "reversed", "list"}
            and len(node.args) == 1
        ):
            node = node.args[0]
        return self._a_piece(_walked(node))

    def _letters_of_a_piece(self, node: ast.expr) -> bool:
        """`set(w)` of one word of a split line: its distinct characters, at most an alphabet."""
        return (
            isinstance(node, ast.Call)
            and callee_name(node) in {"set", "frozenset", "Counter"}
            and len(node.args) == 1
            and isinstance(node.args[0], ast.Name)
            and self._a_piece(node.args[0])
            and self.scope.known_kind(node.args[0].id) != "seq"  # not `w.split('-')`'s parts
        )

    def _a_chunk(self, name: str) -> bool:
        """`cur` of `cur.append(ch)` ... `parts.append(''.join(cur)); cur = []` in a loop.

        Only ever set empty, and emptied again in the loop that consumes it: each item the
        loop adds is consumed once, so the consumptions add up to one pass.
        """
        if not self.loops or self.root is None:
            return False
        values = [
            n.value
            for n in ast.walk(self.root)
            if isinstance(n, ast.Assign)
            for t in n.targets
            if isinstance(t, ast.Name) and t.id == name
        ]
        if not values or not all(_empty_literal(v) for v in values):
            return False
        loop = self.loops[-1][0]
        return any(
            isinstance(n, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == name for t in n.targets)
            for n in walk_local(loop.body)
        )

    def _split_pieces(self) -> frozenset[str]:
        """`w` of `for w in s.split('_')`: one word of a line, walked or cut once per word.

        The words together are no longer than the line, so work in proportion to one word,
        done for each word, is one pass over the line.
        """
        if self._pieces is None:
            nodes = list(ast.walk(self.root)) if self.root is not None else []
            split_names = _bound_by(nodes, _a_split)
            rebound = _bound_by(nodes, lambda v: not _a_split(v))
            words = split_names - rebound
            pieces = (
                frozenset(
                    node.target.id
                    for node in nodes
                    if isinstance(node, ast.For | ast.comprehension)
                    and isinstance(node.target, ast.Name)
                    and (
                        _a_split(node.iter)
                        or (isinstance(node.iter, ast.Name) and node.iter.id in words)
                    )
                )
                - rebound
            )
            self._pieces = pieces | _made_from_pieces(nodes, pieces)
        return self._pieces

    def _group_parts(self) -> frozenset[str]:
        """`g` of `for k, g in groupby(s)`: each group is a run of the walk, not all of it."""
        if self._groups is None:
            self._groups = frozenset(
                node.target.elts[1].id
                for node in (ast.walk(self.root) if self.root is not None else ())
                if isinstance(node, ast.For | ast.comprehension)
                and isinstance(node.iter, ast.Call)
                and callee_name(node.iter) == "groupby"
                and isinstance(node.target, ast.Tuple)
                and len(node.target.elts) == 2
                and isinstance(node.target.elts[1], ast.Name)
            )
        return self._groups

    def _record_line(self, node: ast.expr, depth: int = 0) -> bool:
        """`s = input()` in a loop over records, then `s.split('/')`: parsing one record.

        Also a name made from such a line (`a = list(map(int, line.split()))`, `s =
        line.strip()`). Not in a test-case loop, where the line read is the whole problem's
        input.
        """
        node = _receiver_root(node)
        if not isinstance(node, ast.Name) or not self.loops:
            return False
        loop = self.loops[-1][0]
        if id(loop) in self.case_loops or self._reads_grid_rows():
            return False
        if (
            isinstance(loop, ast.For)
            and isinstance(loop.target, ast.Name)
            and loop.target.id == node.id
            and (
                stdin_lines(_unsliced(loop.iter))
                or (not self._grid_dims() and input_lines(loop.iter, self.scope.assigned))
            )
        ):
            return True  # `for line in sys.stdin:` (or `readlines()[1:]`): one line per pass
        stores = sorted(assigns_to(loop.body, node.id), key=lambda n: (n.lineno, n.col_offset))
        if not stores:
            # `c, s = input().split()`: one field of the record each pass reads; `k, *xs =
            # ...`: the rest of the record's line.
            return any(
                isinstance(n, ast.Assign)
                and len(n.targets) == 1
                and isinstance(n.targets[0], ast.Tuple)
                and any(
                    is_name(e.value if isinstance(e, ast.Starred) else e, node.id)
                    for e in n.targets[0].elts
                )
                and is_line_read(n.value, self.readers)
                for n in walk_local(loop.body)
            )
        value = stores[0].value
        if is_line_read(value, self.readers):
            return True
        items = _converted_items(value) or value
        if self._a_line_of_stdin(items):
            return True  # `a = list(map(int, lines[i].split()))`: one line of those read whole
        source = _receiver_root(items)
        return (
            depth < 3
            and isinstance(source, ast.Name)
            and source.id != node.id
            and self._record_line(source, depth + 1)
        )

    def _one_record(self, node: ast.expr) -> bool:
        """The few fields of one record, read in a loop over the records.

        `for _ in range(n): x = sorted(map(int, input().split()))` sorts three numbers each
        pass, as `sum(x)` adds them. Not in a test case, where the line is the whole input,
        nor where the loop first reads how many values the line holds (`k = int(input())`).
        """
        if not self.loops or self._reads_grid_rows():
            return False
        loop, count = self.loops[-1]
        if id(loop) in self.case_loops or not count > ONE:
            return False  # `for _ in range(1):` around the whole program reads the input once
        if not (is_line_read(node, self.readers) or self._record_line(node)):
            return False
        return not any(
            isinstance(n, ast.Assign)
            and isinstance(n.value, ast.Call)
            and callee_name(n.value) == "int"
            and is_line_read(n.value, self.readers)
            for n in walk_local(loop.body)
        )

    def _fixed_read(self, node: ast.expr) -> bool:
        """`node` is (or wraps) the program's single line of numbers: a fixed record."""
        fixed = self.fixed_reads | self.scope.fixed_nodes
        return bool(fixed) and any(
            isinstance(n, ast.Call) and id(n) in fixed for n in ast.walk(node)
        )

    def _while(self, node: ast.While) -> Cost:
        enclosing = self.loops[-1][0] if self.loops else None
        count, why = while_count(node, self.scope, enclosing)
        module = self.module or self.root  # a helper the loop calls may sit at module level
        if count > ONE and enclosing is not None and jumps_over_unlinked(node, module):
            count, why = ONE, "amortised: skip pointers pass each cell once over all walks"
        if count > ONE and walks_a_chained_list(node, module):
            count, why = ONE, "walks one key's chain of a chained list (edges of one vertex)"
        if count > ONE and narrows_around_a_partition(node, module, self.self_name):
            count, why = ONE, "keeps one side of a partition each pass (quickselect, geometric)"
        counted = counted_down(node)
        passes, answered = count, False
        cased = not self.loops and is_test_case_loop(node.test, node.body, self.readers)
        queries, cases = (False, False)
        if not cased and counted is not None:
            queries, cases = self._cases_or_queries(node, *counted)
        if cased or queries or cases:
            # `while q: q -= 1; l, r = ...; print(sum(a[l:r]))`: queries on one problem's
            # data, each answered, as with `for _ in range(q)`.
            answered = queries and not cases
            count, why = ONE, "test-case loop"
            self.case_loops.add(id(node))
            if any(is_name(n, t) for n in ast.walk(node.test) for t in TEST_COUNT_NAMES):
                # `while t: t -= 1; ...; res.append(ans)`: answers number the cases, as in
                # `for _ in range(t)`.
                self.scope.fixed |= appended_once_per_pass(node) - set(self.scope.params)
        if self.loops and why.startswith("amortised"):
            self.amortised_walks.add(id(node))
            if self._loop_mult() == ONE:
                # Its passes over all passes of the loops around it are those it would make
                # alone; loops of constant count around it do not make up for them.
                alone, _ = while_count(node, self.scope, None)
                self.once[-1] = self.once[-1] | alone
                self._note(alone, node.lineno, "amortised loop, all passes together")
        if why == "worklist loop" and self._pops_what_its_calls_push(node):
            count, why = ONE, "amortised over the calls (pops what they push)"
        if count > ONE and (self._drains_a_tally(node) or self._counts_down_a_tally(node)):
            count, why = ONE, "amortised: the counts drained add up to the items counted"
        if count > ONE and _breaks_at_a_written_index(node, self.scope):
            count, why = ONE, "a count of its passes stops it at a written number"
        if count > SQRT and any(
            self._below_a_root(b) for b in bounds_counted_up_to(node, self.scope)
        ):
            count, why = SQRT, "counts up to a counter below a square root"
        geometric = ONE
        if (
            count > ONE
            and self.loops
            and any(
                _up_to_a_geometric_counter(node, b, self.loops[-1])
                for b in bounds_counted_up_to(node, self.scope)
            )
        ):
            # `while m: j = 0; while j < m: j += 1; ...; m //= 2`: n + n/2 + ... in all.
            geometric, count = count, ONE
        walked = None  # the kept cursor's passes over all calls together
        if count > ONE and not self.loops and _steps_a_kept_cursor(node, self.kept):
            walked, count, why = count, ONE, "amortised over the calls (a cursor kept between them)"
        if why in {"open loop", "worklist loop"}:
            self.fallbacks += why == "open loop"
        self.loops.append((node, count))
        self.once.append(ONE)
        self.depth += 1
        try:
            body = self.block(node.body) | self.expr(node.test)
        finally:
            self.loops.pop()
            once = self.once.pop()
            self.depth -= 1
        if answered and (body | once) > ONE:
            # `q` queries, each scanning the array: q times the scan, as in `_for`.
            count, why = passes, "query loop"
        if geometric > ONE:
            self.once[-1] = self.once[-1] | (geometric * body)
            around = ONE
            for _, outer_passes in self.loops[:-1]:
                around = around * outer_passes
            self._note(around * geometric, node.lineno, "loop up to a halving or doubling counter")
        self._note(self._loop_mult() * count, node.lineno, why)
        if walked is not None:
            self.shared = self.shared | (walked * body)
            self._note(walked * body, node.lineno, "walk of a kept cursor, all calls together")
        return (count * body) | once

    def _drains_a_tally(self, node: ast.While) -> bool:
        """`for v in ...: while cnt[v]: ...; cnt[v] -= 1` with `cnt[x] += 1` per item counted.

        Each pass takes one off the count of the outer loop's value: over all values, as
        many passes as items were counted (a counting sort written out).
        """
        if not self.loops or self.root is None:
            return False
        outer = self.loops[-1][0]
        if not (isinstance(outer, ast.For) and isinstance(outer.target, ast.Name)):
            return False
        test = node.test
        if isinstance(test, ast.Compare) and len(test.ops) == 1:
            test = test.left
        if not (
            isinstance(test, ast.Subscript)
            and isinstance(test.value, ast.Name)
            and is_name(test.slice, outer.target.id)
        ):
            return False
        cell = ast.unparse(test)
        if not any(
            isinstance(stmt, ast.AugAssign)
            and isinstance(stmt.op, ast.Sub)
            and ast.unparse(stmt.target) == cell
            and isinstance(stmt.value, ast.Constant)
            and stmt.value.value == 1
            for stmt in node.body
        ):
            return False
        steps = [
            n
            for n in ast.walk(self.root)
            if isinstance(n, ast.AugAssign | ast.Assign)
            and any(
                isinstance(t, ast.Subscript) and is_name(t.value, test.value.id)
                for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
            )
        ]
        # Only counting up and down by one: `cnt[x] += 1` to fill, `cnt[v] -= 1` to drain.
        return all(
            isinstance(n, ast.AugAssign)
            and isinstance(n.op, ast.Add | ast.Sub)
            and isinstance(n.value, ast.Constant)
            and n.value.value == 1
            for n in steps
        ) and any(isinstance(n, ast.AugAssign) and isinstance(n.op, ast.Add) for n in steps)

    def _counts_down_a_tally(self, node: ast.While) -> bool:
        """`for v, k in cnt.items(): while k >= 2: k -= 2`: down from one key's count.

        Every pass takes a written step off a copy of the count (`k = cnt[v]` for the
        outer loop's key, or the count of the items walked): over all keys, at most as
        many passes as items were counted.
        """
        if not self.loops:
            return False
        test = node.test
        if isinstance(test, ast.Compare) and len(test.ops) == 1:
            if not (
                isinstance(test.ops[0], ast.Gt | ast.GtE | ast.NotEq)
                and isinstance(literal(test.comparators[0]), int)
            ):
                return False
            test = test.left
        if not isinstance(test, ast.Name):
            return False
        name = test.id
        steps = [
            stmt
            for stmt in node.body
            if isinstance(stmt, ast.AugAssign)
            and is_name(stmt.target, name)
            and isinstance(stmt.op, ast.Sub)
            and isinstance(step := literal(stmt.value), int)
            and step > 0
        ]
        stores = [
            n
            for n in walk_local(node.body)
            if isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Store)
        ]
        if len(steps) != 1 or len(stores) != 1:
            return False
        return name in self._tallies() or self._copies_a_count(name)

    def _copies_a_count(self, name: str) -> bool:
        """`k = cnt[v]` for the key `v` of the loop around: the only value `k` is set to.

        Steps (`k -= 1`) aside, every store to the name copies that key's count.
        """
        copies = 0
        for node in ast.walk(self.root) if self.root is not None else []:
            if isinstance(node, ast.AugAssign):
                continue
            if isinstance(node, ast.Assign) and [ast.unparse(t) for t in node.targets] == [name]:
                if not self._a_count_of_the_key(node.value):
                    return False
                copies += 1
                continue
            if isinstance(node, ast.Assign | ast.For | ast.comprehension | ast.NamedExpr):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if any(is_name(n, name) for t in targets for n in ast.walk(t)):
                    return False
        return copies > 0

    def _pops_what_its_calls_push(self, node: ast.While) -> bool:
        """`def push(v): while q and q[-1] <= v: q.pop(); q.append(v)` with `q` the caller's.

        A function's top-level loop draining a collection it does not own, which each call
        then pushes to: the pops of all calls together are at most their pushes.
        """
        if not self.self_name or self.loops or not isinstance(self.root, ast.FunctionDef):
            return False
        fn = self.root
        local = bound_names(walk_local(fn.body)) | set(self.scope.params)
        # The stack may be the instance's (`self.st`): one for every call, as a global is.
        tested = {collection_key(n) for n in ast.walk(node.test) if isinstance(n, ast.expr)}
        popped = {
            collection_key(c.func.value)
            for c in ast.walk(node)
            if isinstance(c, ast.Call)
            and callee_name(c) in {"pop", "popleft"}
            and isinstance(c.func, ast.Attribute)
        } & tested - {""}
        pushed = {
            collection_key(c.func.value)
            for stmt in fn.body
            if stmt is not node
            for c in ast.walk(stmt)
            if isinstance(c, ast.Call)
            and callee_name(c) in {"append", "appendleft"}
            and isinstance(c.func, ast.Attribute)
        }
        if bool(popped) and not (popped & local) and popped <= pushed:
            return True
        # `while s1: s2.append(s1.pop())` (a queue of two stacks): each item moves from one
        # kept stack to the other once, over all calls; others push onto the first.
        moved = {
            collection_key(c.func.value)
            for c in ast.walk(node)
            if isinstance(c, ast.Call)
            and callee_name(c) in {"append", "appendleft"}
            and isinstance(c.func, ast.Attribute)
            and len(c.args) == 1
            and any(
                isinstance(p, ast.Call) and callee_name(p) in {"pop", "popleft"}
                for p in ast.walk(c.args[0])
            )
        } - {""}
        return (
            bool(popped)
            and bool(moved)
            and not (popped | moved) & local
            and not popped & moved
            and popped <= self._pushed_anywhere()
        )

    def _pushed_anywhere(self) -> frozenset[str]:
        """What the program appends to, by `collection_key` (`q.a` of any instance as `self.a`).

        Walked once per scope, at the first two-stack loop that asks.
        """
        if self._pushed is not None:
            return self._pushed
        out: set[str] = set()
        for c in ast.walk(self.module or self.root or ast.Module(body=[], type_ignores=[])):
            if not (
                isinstance(c, ast.Call)
                and callee_name(c) in {"append", "appendleft"}
                and isinstance(c.func, ast.Attribute)
            ):
                continue
            holder = c.func.value
            if isinstance(holder, ast.Attribute) and isinstance(holder.value, ast.Name):
                out.add(f"self.{holder.attr}")
            elif key := collection_key(holder):
                out.add(key)
        self._pushed = frozenset(out)
        return self._pushed

    def _is_bounded_unpack(self, node: ast.Assign) -> bool:
        """`a, b = map(int, input().split())`: a fixed number of values, read in O(1).

        Sorting them on the way (`a, b, c = sorted(map(int, ...))`) sorts those few values.
        """
        tgt = node.targets[0]
        if not isinstance(tgt, ast.Tuple | ast.List) or len(tgt.elts) > 8:
            return False
        starred = [e.value for e in tgt.elts if isinstance(e, ast.Starred)]
        if starred and not (self.loops and all(self._fields_only(s) for s in starred)):
            return False  # `k, *items = ...`: the rest of the line, walked as a list
        if isinstance(node.value, ast.Tuple | ast.List):
            return False  # `a, j = sorted(...), 0`: one value each, not one line unpacked
        names = {callee_name(c) for c in ast.walk(node.value) if isinstance(c, ast.Call)}
        return bool(names) and names - self.readers <= {
            "map",
            "int",
            "float",
            "str",
            "list",
            "tuple",
            "input",
            "split",
            "readline",
            "read",  # `n, k = map(int, sys.stdin.read().split())`: the whole input is two
            "open",  # numbers (`open(0).read()` too)
            "strip",
            "rstrip",
            "sorted",
        }

    def _star_unpacks_a_line(self, node: ast.Assign) -> bool:
        """`t, *rest = map(int, input().split())` in a loop: the rest of one line read, no copy.

        Unpacking a list kept elsewhere (`x, *rest = a`) still copies all of it.
        """
        return (
            bool(self.loops)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Tuple | ast.List)
            and all(
                isinstance(e, ast.Name)
                or (isinstance(e, ast.Starred) and isinstance(e.value, ast.Name))
                for e in node.targets[0].elts
            )
            and is_line_read(node.value, self.readers)
        )

    def _fields_only(self, rest: ast.expr) -> bool:
        """`t, *r = ...` per query with `r` only ever read at written places (`r[0]`, `r[1]`).

        The rest of a query's line is then a few fields, however the command is spelled.
        """
        if not isinstance(rest, ast.Name) or self.root is None:
            return False
        parents = parents_of(list(ast.walk(self.root)))
        uses = [
            n
            for n in ast.walk(self.root)
            if isinstance(n, ast.Name) and n.id == rest.id and isinstance(n.ctx, ast.Load)
        ]
        return bool(uses) and all(
            isinstance(up := parents.get(id(u)), ast.Subscript)
            and up.value is u
            and isinstance(up.slice, ast.Constant)
            for u in uses
        )

    def _implicit_free(self) -> bool:
        """Inside a loop that stops early, a whole-collection call runs about once, not per pass.

        `for i in range(n): if a[i] > min(a): print(a[i]); break` scans `a` once in practice:
        a built-in scan (`min`, `count`, `in` on a list, a slice) in a loop with an early exit
        is costed once; explicit nested loops keep their full count.
        """
        if not self.loops:
            return False
        loop = self.loops[-1][0]
        if isinstance(loop, ast.While) and isinstance(loop.test, ast.Constant):
            return False  # `while True: ...; break`: the break is its end, not an early stop
        return _exits_early(loop)

    def _defer(self, cost: Cost, *scanned: ast.expr | None) -> Cost:
        """`cost` per pass, or once for the whole loop where the loop stops early.

        So too for a scan of `scanned` that shrinks by a fixed share each pass of the loop.
        """
        if cost > ONE and (self._rewrites_from_itself(scanned) or self._grown_each_pass(scanned)):
            return cost  # a simulation step each pass, not a search the exit cuts short
        if cost > ONE and (self._implicit_free() or self._shrinks_each_pass(scanned)):
            self.once[-1] = self.once[-1] | cost
            return ONE
        return cost

    def _rewrites_from_itself(self, scanned: tuple[ast.expr | None, ...]) -> bool:
        """What is scanned is rebuilt by joining cuts of itself each pass (`s = s[1:] + s[0]`).

        The loop walks states, one per pass, until one passes its test: nothing says an early
        one does, so each state is paid for on every pass.
        """
        if not self.loops:
            return False
        rebuilt = {
            t.id
            for stmt in walk_local(self.loops[-1][0].body)
            if isinstance(stmt, ast.Assign)
            for t in stmt.targets
            if isinstance(t, ast.Name)
            and isinstance(stmt.value, ast.BinOp)
            and isinstance(stmt.value.op, ast.Add)
            and any(
                isinstance(cut, ast.Subscript)
                and isinstance(cut.slice, ast.Slice)
                and is_name(cut.value, t.id)
                for cut in ast.walk(stmt.value)
            )
        }
        roots = (_receiver_root(node) for node in scanned if node is not None)
        return any(
            isinstance(r, ast.Name) and r.id in rebuilt and self._set_from_outside(r.id)
            for r in roots
        )

    def _grown_each_pass(self, scanned: tuple[ast.expr | None, ...]) -> bool:
        """What is scanned is a string or list the loop adds to each pass (`ans += w`, `append`).

        It holds as many items as the passes so far, whatever stops the loop in the end.
        """
        if not self.loops:
            return False
        body = self.loops[-1][0].body
        grown = appended_to(body) | {
            stmt.target.id
            for stmt in walk_local(body)
            if isinstance(stmt, ast.AugAssign)
            and isinstance(stmt.op, ast.Add)
            and isinstance(stmt.target, ast.Name)
            and self.scope.kind(stmt.target.id) in {"str", "seq"}
        }
        roots = (_receiver_root(node) for node in scanned if node is not None)
        return any(isinstance(r, ast.Name) and r.id in grown for r in roots)

    def _set_from_outside(self, name: str) -> bool:
        """A parameter, or a name set somewhere to more than a constant and not from itself.

        `s = input()` is as long as the input; `w = 'abc'` rotated keeps its written length.
        """
        if name in self.scope.params:
            return True
        return any(
            v is None or (not self.scope.is_const_expr(v) and name not in names_in(v))
            for v in self.scope.assigned.get(name, [])
        )

    def _shrinks_each_pass(self, scanned: tuple[ast.expr | None, ...]) -> bool:
        """What is scanned halves each pass of the logarithmic while loop around it.

        `while len(a) > 1: a = a[len(a) // 2:]`, `while m > 1: m //= 2; s += sum(a[:m])`:
        n + n/2 + ... items over all passes, as many as the first pass scans.
        """
        if not self.loops:
            return False
        loop, passes = self.loops[-1]
        if not (isinstance(loop, ast.While) and passes == LOG):
            return False
        counters, lists = _geometric_sizes(loop)
        return any(node is not None and _sized_by(node, counters, lists) for node in scanned)

    def _in_loop_or_helper(self) -> bool:
        """Where one line read counts as one item: in a loop, or in a helper called per line."""
        return self.depth > 0 or bool(self.self_name)

    def _loop_mult(self) -> Cost:
        out = ONE
        for _, count in self.loops:
            out = out * count
        return out

    def _note_store(self, node: ast.Assign | ast.AugAssign | ast.AnnAssign) -> None:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        if any(isinstance(t, ast.Subscript) for t in targets) and self.loops:
            self.space = self.space | self._loop_mult()

    def _note(self, cost: Cost, line: int, what: str) -> None:
        if cost > ONE:
            self.notes.append((cost, line, what))

    # Expressions ---------------------------------------------------------------------------
    def expr(self, node: ast.expr | None) -> Cost:
        """Cost of evaluating an expression once."""
        if node is None:
            return ONE
        if isinstance(node, ast.Call):
            return self._call(node)
        if isinstance(node, ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp):
            return self._comprehension(node)
        if isinstance(node, ast.Lambda):
            return ONE
        out = ONE
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.expr):
                out = out | self.expr(child)
        if isinstance(node, ast.Compare):
            lefts = [node.left, *node.comparators[:-1]]
            for left, op, right in zip(lefts, node.ops, node.comparators, strict=True):
                if isinstance(op, ast.In | ast.NotIn):
                    out = out | self._membership(right, node.lineno)
                elif isinstance(op, ast.Eq | ast.NotEq):
                    out = out | self._defer(
                        self._lists_compared(left, right, node.lineno), left, right
                    )
        elif isinstance(node, ast.BinOp):
            out = out | self._binop(node)
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Invert):
            out = out | (N if touches(node, self.bitsets) else ONE)
        elif (
            isinstance(node, ast.Subscript)
            and isinstance(node.slice, ast.Slice)
            # `del a[k:]` copies nothing: `_delete` prices what the cut shifts.
            and not isinstance(node.ctx, ast.Del)
        ):
            bounds = [node.slice.lower, node.slice.upper]
            if (
                not self.scope.is_const_expr(node.value)
                and not self._of_fixed(node.value)
                and not self._record_line(node.value)
                and not self._a_piece(node.value)
                and not self._trims_a_read(node)
                and not self._a_fixed_row(node.value)
                and not (
                    all(b is not None and self.scope.is_const_expr(b) for b in bounds)
                    and not _drops_both_ends(node.slice)
                )
                and not self._a_written_prefix(node.slice)
                and not constant_width(node.slice)  # `a[:3]`, `a[-2:]`
                # s[i + 1:i + 3]: both ends one moving index plus constants, a fixed width.
                and not self._fixed_width(node)
                # s[i:i + 2][::-1]: a cut of such a slice is no longer than it.
                and not (isinstance(node.value, ast.Subscript) and self._fixed_width(node.value))
                # s[i:j] of a run the outer loop then skips (`i = j`), or a cut of it
                # (`a[i:j][::-1]`): the runs do not overlap.
                and not self._a_run_the_outer_loop_skips(node)
                and not self._a_run_the_outer_loop_skips(node.value)
                # w = d[p:p + k]; p += k: a cursor moving past each piece it cuts.
                and not self._a_cut_then_skipped(node)
                and not self._cuts_the_walk(node.slice)
                # a[i:i + k] under `for i in range(0, n, k)`, or a cut of it: the blocks
                # together cover `a` once.
                and not self._a_block_of_the_stride(node)
                and not self._a_block_of_the_stride(node.value)
            ):
                width = span_width(node.slice.lower, node.slice.upper)
                size = N if width is None else width_count(width, self.scope)
                if self._steps_by_outer(node.slice.step):
                    size = min(size, LOG)  # `a[i * i::i]` under `for i`: n/i cells, harmonic
                    if size == LOG:
                        size = size * self._harmonic_share_of_outer(node.slice.step)
                # A slice holds at most what it is cut from (`[int(c) for c in str(n)][::-1]`).
                size = min(size, iter_count(node.value, self.scope))
                if digits_of_a_read_number(node.value, self.scope):
                    size = ONE  # the digits of a word read from the input
                elif self._digits(node.value):
                    size = LOG if width is None else min(size, LOG)  # the digits of a number
                self.space = self.space | size
                # `b[:m]` with `m //= 2` moves one end, but is paid once all the same.
                slides = (
                    self.loops
                    and _slides_with(node.slice, self.loops[-1][0])
                    and not self._shrinks_each_pass((node,))
                )
                out = out | (size if slides else self._defer(size, node))
        elif isinstance(node, ast.Starred) and (
            # `print(*product('ab', repeat=n))`: every choice, unpacked
            (isinstance(node.value, ast.Call) and callee_name(node.value) in CHOICES | {"range"})
            or (
                isinstance(node.value, ast.Name)
                and self.loops
                and node.value.id not in self.scope.loop_vars
            )
        ):
            # `print(*range(n))` unpacks every number. A name's items were paid for where the
            # collection was built, but `print(*a)` on every pass of a loop unpacks all of `a`
            # each time (a row the loop walks, `for r in rows: print(*r)`, is each row once).
            out = out | self._defer(self._count(node.value), node.value)
        return out

    def _a_written_prefix(self, cut: ast.Slice) -> bool:
        """`a[:i]` with `i` of `for i in range(1, 11)`: the first few items, a constant many.

        A negative end (`a[:-1]`, `a[:-k]`) keeps all but a few: as long as `a`. A negative
        start (`a[-k:]` with `k = 4`) keeps the last few: a constant many again.
        """
        upper = cut.upper
        lower = cut.lower
        if (
            upper is None
            and cut.step is None
            and isinstance(lower, ast.UnaryOp)
            and isinstance(lower.op, ast.USub)
        ):
            return self.scope.is_const_expr(lower.operand)
        if cut.lower is not None or cut.step is not None or upper is None:
            return False
        if isinstance(upper, ast.UnaryOp) and isinstance(upper.op, ast.USub):
            return False
        value = literal(upper)
        if type(value) is int and value < 0:
            return False
        return self.scope.is_const_expr(upper)

    def _cuts_the_walk(self, cut: ast.Slice) -> bool:
        """`j = i; while s[i] != ' ': i += 1; w.append(s[j:i])`: what the walk just passed.

        The slice spans the stretch an amortised inner loop stepped `i` over in this pass,
        so all the slices together are as long as all the walks: the input once.
        """
        if not self.loops:
            return False
        ends = [
            end.left if isinstance(end, ast.BinOp) and isinstance(end.right, ast.Constant) else end
            for end in (cut.lower, cut.upper)  # `s[j:i + 1]`, `s[i + 1:j + 1]` walking back
        ]
        if not all(isinstance(end, ast.Name) for end in ends):
            return False
        names = {end.id for end in ends if isinstance(end, ast.Name)}
        body = getattr(self.loops[-1][0], "body", [])
        for stmt in body:
            if not (
                isinstance(stmt, ast.Assign)
                and len(stmt.targets) == 1
                and isinstance(stmt.targets[0], ast.Name)
                and isinstance(stmt.value, ast.Name)
                and {stmt.targets[0].id, stmt.value.id} == names
            ):
                continue
            pointer = stmt.value.id  # `j = i`: `j` keeps where the walk of `i` starts
            if any(
                isinstance(walk, ast.While)
                and id(walk) in self.amortised_walks
                and any(
                    isinstance(n, ast.AugAssign) and is_name(n.target, pointer)
                    for n in ast.walk(walk)
                )
                for walk in body
            ):
                return True
        return False

    def _trims_a_read(self, node: ast.Subscript) -> bool:
        """`readline()[:-1]`: the line just read, its newline cut off (part of reading it)."""
        cut = node.slice
        return (
            isinstance(cut, ast.Slice)
            and cut.step is None
            and (cut.lower is None or cut.upper is None)
            and all(b is None or self.scope.is_const_expr(b) for b in (cut.lower, cut.upper))
            and isinstance(node.value, ast.Call)
            and callee_name(node.value) in (READ_CALLS | self.readers) - {"read"}
        )

    def _holds_a_cut_then_skipped(self, name: str) -> bool:
        """`row` of `row = list(map(int, d[p:p + k]))` then `p += k` in the loop: one piece."""
        values = self.scope.assigned.get(name, [])
        return (
            bool(values)
            and name not in self.scope.loop_vars
            and all(
                v is not None and self._a_cut_then_skipped(_converted_items(v) or v) for v in values
            )
        )

    def _a_cut_then_skipped(self, node: ast.expr) -> bool:
        """`d[p:p + k]` in a loop that then steps `p += k`: pieces that do not overlap.

        All the pieces together hold `d` once, so that is paid once for the loop.
        """
        if not (
            self.loops
            and self.once
            and isinstance(node, ast.Subscript)
            and isinstance(node.slice, ast.Slice)
            and cut_then_skipped(node.slice, self.loops[-1][0])
        ):
            return False
        self.once[-1] = self.once[-1] | N
        return True

    def _a_block_of_the_stride(self, node: ast.expr) -> bool:
        """`a[i:i + k]` under `for i in range(0, n, k)`: n / k blocks of k, `a` once in all."""
        return (
            isinstance(node, ast.Subscript)
            and isinstance(node.slice, ast.Slice)
            and walks_a_block_of_the_stride(node.slice, [loop for loop, _ in self.loops[-1:]])
        )

    def _fixed_width(self, node: ast.Subscript) -> bool:
        """`s[i + 1:i + 3]`: a slice whose ends are one moving index plus constants.

        Also `s[i:j]` with `j` the variable of an enclosing `for j in range(i + 1, min(n, i +
        3) + 1)`: a window of constant width around `i`.
        """
        cut = node.slice
        if not (isinstance(cut, ast.Slice) and cut.lower is not None and cut.upper is not None):
            return False
        if same_base(cut.lower, cut.upper, self.scope):
            return True
        width = span_width(cut.lower, cut.upper)
        if width is not None and self.scope.is_const_expr(width):
            return True  # `s[j:j + 2]`, whatever `j` is (a constant of a fixed loop too)
        return any(
            self._window_variable(end, other)
            for end, other in ((cut.upper, cut.lower), (cut.lower, cut.upper))
        )

    def _window_variable(self, name: ast.expr, anchor: ast.expr) -> bool:
        """`name` is the variable of an enclosing loop over a constant-width window at `anchor`.

        Or that variable plus or minus a constant (`s[i:j + 1]`).
        """
        while (
            isinstance(name, ast.BinOp)
            and isinstance(name.op, ast.Add | ast.Sub)
            and self.scope.is_const_expr(name.right)
        ):
            name = name.left
        if not isinstance(name, ast.Name):
            return False
        for loop, _ in self.loops:
            if not (
                isinstance(loop, ast.For)
                and isinstance(loop.target, ast.Name)
                and loop.target.id == name.id
                and isinstance(loop.iter, ast.Call)
                and callee_name(loop.iter) == "range"
                and len(loop.iter.args) >= 2
            ):
                continue
            start, stop = loop.iter.args[:2]
            at_anchor = ast.unparse(anchor) == ast.unparse(start) or same_base(
                anchor, start, self.scope
            )
            return at_anchor and same_base(start, stop, self.scope)
        return False

    def _digits(self, node: ast.expr) -> bool:
        """`str(n)`, `bin(n)`, a name holding one, or a slice of one: an integer's digits."""
        base = node
        while True:
            if isinstance(base, ast.Subscript):
                base = base.value
            elif (
                # `s.replace('0', '4')`: the same number of characters, or fewer.
                isinstance(base, ast.Call)
                and isinstance(base.func, ast.Attribute)
                and base.func.attr in {"replace", "strip", "lstrip", "rstrip", "lower", "upper"}
            ):
                base = base.func.value
            else:
                break
        if isinstance(base, ast.Name):
            return self.scope.kind(base.id) == "digits"
        if isinstance(base, ast.Call) and len(base.args) == 1 and not base.keywords:
            writer = callee_name(base)
            if writer in {"bin", "hex", "oct"}:
                return True  # `bin(v)`: whatever `v` is, it is an integer
            if writer == "str" and isinstance(base.args[0], ast.Call):
                return callee_name(base.args[0]) == "int"  # `str(int(input()))`
        return int_written_out(base, self.scope) is not None

    def _binop(self, node: ast.BinOp) -> Cost:
        if isinstance(node.op, BITWISE_OPS) and touches(node, self.bitsets):
            return N  # `s & x` on a bitset read from the input: every bit
        if isinstance(node.op, ast.Mult):
            for seq, size in ((node.left, node.right), (node.right, node.left)):
                is_seq = isinstance(seq, ast.List | ast.Tuple) or (
                    isinstance(seq, ast.Constant) and isinstance(seq.value, str)
                )
                if is_seq and not self.scope.is_const_expr(size):
                    if isinstance(seq, ast.Constant) and self._read_number(size):
                        # `print(n * "8")` with n a number read from input: writing out the
                        # answer, not work on the input (labelled O(1) in CodeComplex).
                        return ONE
                    if (isinstance(size, ast.Name) and size.id in self._tallies()) or (
                        self.loops and self._a_count_of_the_key(size)
                    ):
                        # `[v] * c` for each `v, c` of a Counter, `[v] * cnt[v]` for each `v`:
                        # the copies add up to n.
                        return ONE
                    # `'0' * (len(b) - len(a))` is as long as the strings measured;
                    # `[0] * (n.bit_length() + 1)` has a cell per bit.
                    bound = length_bound(size, self.scope)
                    if bound is None and logarithmic(size, self.scope):
                        bound = LOG
                    if (
                        isinstance(size, ast.Call)
                        and callee_name(size) == "len"
                        and size.args
                        and self._record_line(size.args[0])
                    ):
                        bound = ONE  # `'L' * len(s)` for the line `s` of one record
                    if self._of_a_piece(size):
                        bound = ONE  # `[0] * len(w)` for one word `w`: the words add up to n
                    if self._measures_a_stride_of_outer(size):
                        bound = LOG  # `[0] * len(p[i * i::i])` under `for i`: harmonic
                    made = N if bound is None else bound
                    self.space = self.space | made
                    return made
        if isinstance(node.op, ast.Add):
            sides = [node.left, node.right]
            if all(
                self.scope.is_const_expr(s)
                or (
                    isinstance(s, ast.List | ast.Tuple)
                    and not any(isinstance(e, ast.Starred) for e in s.elts)
                )
                or (isinstance(s, ast.ListComp) and not iter_count(s, self.scope) > ONE)
                or (self._in_loop_or_helper() and is_line_read(s, self.readers))
                for s in sides
            ):
                # `g + [4]` with `g = [1, 2, 3]`, `[i] + [x]`, `[1] + [0 for _ in range(3)]`:
                # lists of written length; `list(map(int, input().split())) + [i]` per pass:
                # one line, as long as its read, which costs what reading it does
                return ONE
            if any(isinstance(s, ast.List) for s in sides) or any(
                isinstance(s, ast.Name) and self.scope.known_kind(s.id) == "seq" for s in sides
            ):
                if any(self._digits(s) for s in sides) and not any(
                    isinstance(s, ast.Name) and not self._digits(s) for s in sides
                ):
                    return LOG  # `[n % 2] + b`, `b` gathering the digits of a number
                return N
        numbers = any(
            isinstance(x, ast.Constant) and type(x.value) is int for x in (node.left, node.right)
        )
        if isinstance(node.op, ast.BitOr | ast.BitAnd | ast.BitXor | ast.Sub) and not numbers:
            # `acc | {x}` builds a new set from the whole of `acc` (`acc |= {x}` does not);
            # `d & 1` or `d - 1` is arithmetic, whatever the name usually holds.
            for side in (node.left, node.right):
                if (
                    isinstance(side, ast.Name)
                    and self.scope.known_kind(side.id) == "hash"
                    and not self._const(side)
                ):
                    return iter_count(side, self.scope)
        return ONE

    def _read_number(self, size: ast.expr) -> bool:
        """Straight-line `n`, `n - 1`: a count that is a number read, not a collection's size."""
        if self.loops or self.depth or self.self_name:
            return False
        names = [n for n in ast.walk(size) if isinstance(n, ast.Name)]
        return (
            bool(names)
            and not any(
                isinstance(n, ast.Call | ast.Subscript | ast.Attribute) for n in ast.walk(size)
            )
            and all(self.scope.known_kind(n.id) in {"int", "unknown"} for n in names)
            and all(n.id not in self.scope.loop_vars for n in names)
        )

    def _lists_compared(self, left: ast.expr, right: ast.expr, line: int) -> Cost:
        """`a != b` of two lists: item by item, as far as the shorter one (strings left free)."""
        if not all(self._a_list(side) for side in (left, right)):
            return ONE
        small, big = self._count(left), self._count(right)
        cost = big if small > big else small
        self._note(cost, line, "comparison of two lists")
        return cost

    def _a_list(self, node: ast.expr) -> bool:
        """A list or tuple, by what the code shows: `b = sorted(a)`, `cur`, `a[i:]`."""
        if isinstance(node, ast.Name):
            return self.scope.known_kind(node.id) == "seq"
        return value_kind(node, self.scope.kinds) == "seq"

    def _membership(self, right: ast.expr, line: int) -> Cost:
        return self._defer(self._membership_cost(right, line), right)

    def _membership_cost(self, right: ast.expr, line: int) -> Cost:
        if isinstance(
            right,
            ast.Set | ast.Dict | ast.SetComp | ast.DictComp | ast.List | ast.Tuple | ast.Constant,
        ):
            return ONE
        if isinstance(right, ast.Name):
            if self.scope.is_const(right.id):
                return ONE
            kind = self.scope.kind(right.id)
            if kind in {"hash", "int"} or self._record_line(right):
                return ONE  # a hash lookup, or a search in one record read in a loop
            if kind == "digits":
                values = self.scope.assigned.get(right.id, [])
                if values and all(
                    isinstance(v, ast.Call) and callee_name(v) in {"set", "dict"} for v in values
                ):
                    return ONE  # `fib = set()` filled once per pass of a geometric loop
                return LOG  # a search among a number's digits
            sources = self.scope.assigned.get(right.id, [])
            if sources and all(
                isinstance(v, ast.Call) and callee_name(v) == "iter" for v in sources
            ):
                # `c in it` with `it = iter(b)`: each test resumes where the last one stopped,
                # so all of them together read `b` once (a subsequence check).
                return ONE
            if self._walks_nested_dicts(right.id):
                return ONE  # `cur = cur[ch]` down a trie of dicts: a hash lookup per level
            self._note(N, line, "membership test on a list")
            return N
        if isinstance(right, ast.BinOp) and isinstance(right.op, ast.Add):
            # `'7' in str(h) + str(m)`: a search through both parts
            return self._membership_cost(right.left, line) | self._membership_cost(
                right.right, line
            )
        filled = _formatted_values(right)
        if filled is not None:
            # `'7' in "%d%d" % (h, m)`, `f"{h}{m}"`: a written template and what fills it,
            # each value as long as its `str`.
            out = ONE
            for value in filled:
                text = ast.Call(func=ast.Name(id="str", ctx=ast.Load()), args=[value], keywords=[])
                out = out | self._membership_cost(ast.copy_location(text, right), line)
            return out
        if isinstance(right, ast.Call):
            cheap = {"keys", "set", "dict", "range", "frozenset", "Counter"}
            if callee_name(right) in cheap:
                return ONE
            if callee_name(right) == "str" and self._const(right):
                return ONE  # `str(7)`, `str(x % 100)`: a number of a few digits
            if self._digits(right) or (
                callee_name(right) == "str"
                and len(right.args) == 1
                and isinstance(right.args[0], ast.Name)
                and self.scope.known_kind(right.args[0].id) in {"int", "unknown"}
            ):
                return LOG  # `"7" in str(h)`: the digits of a number
            # `"+" in input()` in a loop over records: a search in one record.
            in_case = bool(self.loops) and id(self.loops[-1][0]) in self.case_loops
            records = self._in_loop_or_helper() and not in_case
            return ONE if records and is_line_read(right, self.readers) else N
        if isinstance(right, ast.Attribute):
            return ONE if self.scope.attr_kind(right.attr) in {"hash", "int"} else N
        if (
            isinstance(right, ast.Subscript)
            and isinstance(right.value, ast.Name)
            and self.scope.is_adjacency(right.value.id)
        ):
            return ONE  # one vertex's neighbours: amortised over the edges, as a walk is
        if isinstance(right, ast.Subscript) and isinstance(right.slice, ast.Slice):
            return iter_count(right, self.scope)  # `v in s[:1]`: what the slice holds
        if isinstance(right, ast.Subscript) and self._holds_hashes(right.value):
            return ONE  # `x in know[i]` with `know = [set(...) for _ in range(n)]`
        return N

    def _holds_hashes(self, node: ast.expr) -> bool:
        """A list of sets or dicts: `[set() for _ in range(n)]`, or `[]` then `.append(set(r))`."""
        if not isinstance(node, ast.Name) or self.root is None:
            return False
        values = self.scope.assigned.get(node.id, [])
        # `t = [{}]` then `t.append({})`: the nodes of a trie
        seeded = [v for v in values if isinstance(v, ast.List) and len(v.elts) == 1]
        if not all(
            isinstance(v, ast.ListComp) or v in seeded or (v is not None and _empty_literal(v))
            for v in values
        ):
            return False
        items = [v.elt for v in values if isinstance(v, ast.ListComp)]
        items += [v.elts[0] for v in seeded if isinstance(v, ast.List)]
        if len(items) < len(values) or seeded:  # `[]` filled afterwards
            items += self._appended_items(node.id)
        return bool(items) and all(value_kind(item, self.scope.kinds) == "hash" for item in items)

    def _walks_nested_dicts(self, name: str) -> bool:
        """`cur[ch] = {}` and `cur = cur[ch]`: a node of a trie kept as nested dicts."""
        if self.root is None:
            return False
        stores_dicts = any(
            isinstance(n, ast.Assign)
            and any(isinstance(t, ast.Subscript) and is_name(t.value, name) for t in n.targets)
            and value_kind(n.value, self.scope.kinds) == "hash"
            for n in ast.walk(self.root)
        )
        values = self.scope.assigned.get(name, [])
        descends = any(isinstance(v, ast.Subscript) and is_name(v.value, name) for v in values)
        return stores_dicts and descends

    def _appended_items(self, name: str) -> list[ast.expr]:
        """The `x` of every `name.append(x)` in the code being costed."""
        return [
            found[1]
            for c in (ast.walk(self.root) if self.root is not None else ())
            if (found := appended_item(c)) is not None and found[0] == name
        ]

    def _comprehension(
        self, node: ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp
    ) -> Cost:
        # The first generator's iterable is evaluated once, where the comprehension stands
        # (`int(x) for x in input().split()` reads one whole line, not an item per pass).
        first = node.generators[0].iter
        heads = self.expr(first)
        count = self._count(first)
        if len(self.loops) >= 2 and scans_the_rest_of_a_pool(
            node, self.loops[-1][0], self.loops[-2][0]
        ):
            count = ONE  # amortised: what the scans keep leaves the pool, the rest are edges
        if (
            not self.loops
            and not self.depth
            and len(node.generators) == 1
            and not node.generators[0].ifs
            and isinstance(node, ast.ListComp | ast.GeneratorExp)
            and is_test_case_loop(first, [ast.Expr(value=node.elt)], self.readers)
            and calls_a_solver(node.elt, self.readers, self.module or self.root)
        ):
            count = ONE  # `print(*(solve() for _ in range(int(input()))))`: per test case
        self.depth += 1
        mark = len(self.comps)
        try:
            for k, gen in enumerate(node.generators):
                if k:
                    heads = heads | self.expr(gen.iter)
                    count = count * self._count(gen.iter)
                self.comps.append(gen)
                for cond in gen.ifs:
                    heads = heads | (count * self.expr(cond))
            elts = [node.key, node.value] if isinstance(node, ast.DictComp) else [node.elt]
            inner = ONE
            outer_space, self.space = self.space, ONE
            for elt in elts:
                inner = inner | self.expr(elt)
            element_space, self.space = self.space, outer_space
        finally:
            del self.comps[mark:]
            self.depth -= 1
        if not isinstance(node, ast.GeneratorExp):
            self.space = self.space | (count * element_space)
        return heads | (count * inner)

    def _call(self, node: ast.Call) -> Cost:
        args = ONE
        for a in [*node.args, *(k.value for k in node.keywords)]:
            args = args | self.expr(a)
        func = node.func
        receiver = self.expr(func.value) if isinstance(func, ast.Attribute) else ONE
        name = callee_name(node)
        base = args | receiver
        if (
            self.self_name
            and name == self.self_name
            and (
                isinstance(func, ast.Name)
                or (
                    isinstance(func, ast.Attribute)
                    and isinstance(func.value, ast.Name)
                    and func.value.id in {"self", "cls"}
                )
            )
        ):
            return base
        user = self.user_call(name, node)
        if user is not None:
            return base | user
        return base | self._builtin(name, node) | self._keyed(name, node)

    def _keyed(self, name: str, node: ast.Call) -> Cost:
        """The key function's calls: `max(a, key=a.count)` counts `a` once per item.

        So do the functions `map` and `filter` apply: `max(map(a.count, a))`.
        """
        if name in {"map", "filter"} and len(node.args) == 2:
            fn: ast.expr | None = node.args[0]
            target: ast.expr | None = node.args[1]
        elif name in {"sorted", "sort", "max", "min"}:
            fn = next((k.value for k in node.keywords if k.arg == "key"), None)
            target = (
                node.func.value
                if name == "sort" and isinstance(node.func, ast.Attribute)
                else (node.args[0] if node.args else None)
            )
        else:
            return ONE
        if fn is None:
            return ONE
        each = self._scan_per_item(fn)
        if name == "map" and target is not None:
            each = each | self._reduced_per_item(fn, target)
        if not each > ONE:
            return ONE
        if target is None or self._const(target):
            return ONE
        if isinstance(target, ast.Call) and callee_name(target) == "set":
            return ONE  # `max(set(a), key=a.count)`: the mode among a few distinct values
        return self._count(target) * each

    def _scan_per_item(self, fn: ast.expr) -> Cost:
        """What a function applied to each item scans: `a.count`, `lambda x: a.index(x)`."""
        if isinstance(fn, ast.Lambda):
            # `lambda x: a.count(x)`: a scan of a collection from outside the lambda (what
            # it does to its own item, `w[::-1]`, is that item's size).
            params = {a.arg for a in fn.args.args}
            each = ONE
            for call in ast.walk(fn.body):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr in {"count", "index"}
                    and isinstance(call.func.value, ast.Name)
                    and call.func.value.id not in params
                    and not self._const(call.func.value)
                ):
                    each = each | self._count(call.func.value)
            return each | self._body_per_item(fn)
        if (
            isinstance(fn, ast.Attribute)
            and fn.attr in {"count", "index"}
            and not self._const(fn.value)
        ):
            return self._count(fn.value)  # `a.count`: a scan of `a` per item
        if isinstance(fn, ast.Name):
            # `map(f, a)` with `def f(x): return sum(b) - x`: a call of f per item, as
            # `for x in a: f(x)` would make
            call = ast.Call(func=fn, args=[ast.Name(id="_", ctx=ast.Load())], keywords=[])
            return self.user_call(fn.id, call) or ONE
        return ONE

    def _reduced_per_item(self, fn: ast.expr, target: ast.expr) -> Cost:
        """`map(max, a)`: a builtin reducer scans each item, as `max(a[i])` for every i would."""
        if not (isinstance(fn, ast.Name) and fn.id in _REDUCERS and isinstance(target, ast.Name)):
            return ONE
        item = ast.Subscript(value=target, slice=ast.Name(id="_", ctx=ast.Load()))
        if self.user_call(fn.id, ast.Call(func=fn, args=[item], keywords=[])) is not None:
            return ONE  # a function of ours named `max`, costed as such
        return self._count(item)

    def _body_per_item(self, fn: ast.Lambda) -> Cost:
        """What a lambda's body costs per call, its own item free: `lambda i: s[i:]`, `sum(a)`.

        Its parameters are held as constants there, so work on the item itself (`w[::-1]`,
        the items together hold the input once) is not charged, but work on what it names
        from outside is, each call.
        """
        params = {a.arg for a in fn.args.args} - self.scope.consts
        self.scope.consts |= params
        try:
            return self.expr(fn.body)
        finally:
            self.scope.consts -= params

    def _builtin(self, name: str, node: ast.Call) -> Cost:
        first = node.args[0] if node.args else None
        receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
        if (
            receiver is not None
            and is_name(receiver, "re")
            and len(node.args) > REGEX_SCANS.get(name, len(node.args))
        ):
            # `re.sub(p, r, s)` walks `s`; a line matched as it is read costs the read.
            text = node.args[REGEX_SCANS[name]]
            if self._const(text) or is_line_read(text, self.readers):
                return ONE
            count = self._count(text)
            self._note(count, node.lineno, f"re.{name} over the text")
            return count
        if name in {"sorted", "sort", "nlargest", "nsmallest"}:
            target = first if name == "sorted" else receiver
            if name in {"nlargest", "nsmallest"}:
                target = node.args[1] if len(node.args) > 1 else None
            if (
                target is None
                or self._const(target)
                or self._fixed_read(target)
                or self._spelled_out(target)
                or self._one_record(target)
                or _few_added_to_a_fixed_list(target, self.scope)
            ):
                return ONE  # `sorted(s)` of `s = g[i][j] + g[i][j + 1] + ...`: a few cells
            if (self.loops or self.comps or self.self_name) and (
                one_of_the_lists(target, self.scope) or self._each_of_the_lists(target)
            ):
                # Each vertex's list sorted in a loop over the vertices (or in a function
                # called per vertex, as a traversal is): lists of k_i items cost k_i log k_i,
                # at most n log n in all (a star's centre reaches it).
                self._note(NLOGN, node.lineno, "sort of each list")
                return LOG
            count = iter_count(target, self.scope)
            if not count > ONE or self._letters_of_a_piece(target):
                return ONE  # `sorted([a, b, c, d])`: a few items, whatever their values
            if self._a_run_the_outer_loop_skips(target):
                # `sorted(a[i:j])` of each run of equal keys: k_i log k_i each, n log n in all.
                self._note(NLOGN, node.lineno, "sort of each run")
                return LOG
            if self.loops and self._of_a_piece(target):
                # `sorted(w)` for each word of a line: k_i log k_i each, n log n in all.
                self._note(NLOGN, node.lineno, "sort of each word")
                return LOG
            if name in {"nlargest", "nsmallest"} and self._const(node.args[0]):
                self._note(count, node.lineno, name)
                return count  # `nlargest(3, a)`: one pass keeping a heap of three
            self._note(NLOGN, node.lineno, "sort")
            if name == "sorted":
                self.space = self.space | count
            return count * LOG
        if name == "most_common" and receiver is not None and not node.args:
            # Every count, sorted; `most_common(k)` keeps a heap of k instead.
            count = ONE if self._const(receiver) else self._count(receiver)
            if count > ONE:
                self._note(NLOGN, node.lineno, "most_common (a sort)")
                return count * LOG
            return ONE
        if name in LOG_FUNCS:
            if name.startswith("bisect") and first is not None:
                return self._bisection(name, node, first)
            if (
                name.startswith("heap")
                and isinstance(first, ast.Name)
                and (self._capped_heap(first.id) or self._heap_kept_at_its_start(first.id))
            ):
                return ONE  # a heap kept at a written size: a few levels
            self._note(LOG, node.lineno, name)
            return LOG
        if name in {"insort", "insort_left", "insort_right"}:
            # Into a list cut back to a few items each pass (`if len(top) > 3: top.pop(0)`).
            into = node.args[0] if node.args else None
            return ONE if isinstance(into, ast.Name) and into.id in self.scope.capped else N
        if name == "pow" and len(node.args) == 3 and not self._const(node.args[1]):
            return LOG
        if name in {"gcd", "lcm"} and not any(self._const(a) for a in node.args):
            if name == "gcd" and any(self._running_gcd(a) for a in node.args):
                # `g = gcd(g, x)` over a list: g only shrinks, and each step of Euclid's
                # that does not end a call divides it, so the calls add up to n + log of g.
                return ONE
            # Euclid's steps are logarithmic in the smaller number: `gcd(i, 6)` takes a few.
            return LOG
        if name in {"min", "max"} and len(node.args) >= 2:
            return ONE
        if name in PRODUCT_FUNCS and node.args:
            return self._factors(name, node)
        if name == "reduce" and len(node.args) >= 2:
            # `reduce(f, a, init)` calls f once per item of `a`.
            items = node.args[1]
            if self._const(items):
                return ONE
            if _short_literal(items):
                # `reduce(gcd, [a, b, c])` of read numbers: a few of Euclid's runs, log n each.
                euclid = _named_step(node.args[0]) in {"gcd", "lcm"}
                return LOG if euclid else ONE
            step = node.args[0]
            each = self.expr(step.body) if isinstance(step, ast.Lambda) else ONE
            if _reduce_grows_a_sequence(node):
                # `reduce(lambda x, y: x + y, rows, [])`: each step copies the list so far.
                self._note(N, node.lineno, "reduce concatenating onto its accumulator")
                each = each | self._count(items)
            return self._count(items) * each
        if name in {"startswith", "endswith"} and len(node.args) >= 2 and first is not None:
            # `s.startswith(t, i)` compares up to len(t) characters at i, as the window
            # `s[i:i + len(t)] == t` does.
            if (
                self._const(first)
                or self._short_text(first)
                or self._character(first)
                or self._holds_a_character(first)
            ):
                return ONE
            return self._defer(self._count(first))
        if name in CONSUMERS or name in LINEAR_METHODS:
            scan = self._scan(name, node)
            if self.loops and _searches_the_rest(node, self.loops[-1][0]):
                return scan
            return self._defer(scan, *_scanned(name, node))
        if name in {"print", "write"} and self.loops:
            # `t += c; print(t)`: the string written out each pass is as long as it has grown
            shown = ONE
            for a in node.args:
                for part in _concatenated(a):  # `print(t)`, `write(t + '\n')`
                    shown = shown | self._text_grown_here(part)
            self._note(shown, node.lineno, "printing a string grown each pass")
            return self._defer(shown, *node.args) | self._scan(name, node)
        return self._scan(name, node)

    def _factors(self, name: str, node: ast.Call) -> Cost:
        """`factorial(n)`, `comb(n, k)`: one multiplication per factor, as a loop would do.

        A written argument bounds the factors (`comb(n, 2)` multiplies two numbers).
        """
        if any(self._const(a) for a in node.args):
            return ONE
        counted = node.args[min(PRODUCT_FUNCS[name], len(node.args) - 1)]
        head = ast.Call(func=ast.Name(id="range", ctx=ast.Load()), args=[counted], keywords=[])
        count = iter_count(head, self.scope)
        self._note(count, node.lineno, f"{name} (one multiplication per factor)")
        return count

    def _bisection(self, name: str, node: ast.Call, table: ast.expr) -> Cost:
        """`bisect_left(a, x, key=f)`: log of the table's length steps, each a call of f.

        A table the source fixes takes a constant number of steps; not `range(10**18)`,
        the answer's search space, which `lo, hi = 0, 10**18` halves in log n.
        """
        fixed = self._a_fixed_table(table) and not a_vast_range(table, self.scope)
        steps = ONE if fixed else LOG
        key = next((k.value for k in node.keywords if k.arg == "key"), None)
        if isinstance(key, ast.Lambda):
            each = self.expr(key.body)
        elif isinstance(key, ast.Name):
            call = ast.Call(func=key, args=[ast.Name(id="_", ctx=ast.Load())], keywords=[])
            each = self.user_call(key.id, call) or ONE
        else:
            each = ONE
        if not fixed:
            self._note(LOG * each, node.lineno, name)
        return steps * each

    def _capped_heap(self, heap: str) -> bool:
        """Every push onto `heap` stands beside `if len(heap) > k: heappop(heap)`, k written.

        The k smallest (or largest) so far: the heap never holds more than k + 1 items.
        """
        if self.root is None:
            return False
        blocks = [
            body
            for node in ast.walk(self.root)
            for body in (getattr(node, "body", None), getattr(node, "orelse", None))
            if isinstance(body, list)
        ]
        pushes = 0
        for body in blocks:
            pushed = sum(
                1
                for stmt in body
                if isinstance(stmt, ast.Expr)
                and isinstance(stmt.value, ast.Call)
                and callee_name(stmt.value) == "heappush"
                and stmt.value.args
                and is_name(stmt.value.args[0], heap)
            )
            if pushed and not any(self._caps(stmt, heap) for stmt in body):
                return False
            pushes += pushed
        all_pushes = sum(
            1
            for n in ast.walk(self.root)
            if isinstance(n, ast.Call)
            and callee_name(n) in GROWING_FUNCTIONS | {"append"}
            and (
                (n.args and is_name(n.args[0], heap))
                or (isinstance(n.func, ast.Attribute) and is_name(n.func.value, heap))
            )
        )
        return pushes > 0 and pushes == all_pushes

    def _heap_kept_at_its_start(self, heap: str) -> bool:
        """A heap started at a written size that no pass of a loop leaves any larger.

        `h = [0] * 3` (or `[x, y, z]`, heapified), then only `heappushpop(h, x)` (or
        `heapreplace`), or a `heappush(h, y)` beside an unconditional `heappop(h)` in the same
        block, or pushes from a loop of written count (`for v in (a, b, c)`) outside any other
        loop: it holds a few items whatever n is.
        """
        if self.root is None or heap in self.scope.params:
            return False
        values = self.scope.assigned.get(heap, [])
        if not values or not all(v is not None and self._written_length(v) for v in values):
            return False
        parents = {
            id(child): node for node in ast.walk(self.root) for child in ast.iter_child_nodes(node)
        }

        def on_heap(call: ast.AST, names: set[str]) -> bool:
            return (
                isinstance(call, ast.Call)
                and callee_name(call) in names
                and bool(call.args)
                and is_name(call.args[0], heap)
            )

        def popped_beside(stmt: ast.AST) -> bool:
            # As many unconditional pops as pushes in the block the push stands in.
            block = getattr(parents.get(id(stmt)), "body", None)
            if not isinstance(block, list) or stmt not in block:
                return False
            plain = [s for s in block if isinstance(s, ast.Expr | ast.Assign | ast.AugAssign)]
            pops = sum(on_heap(c, {"heappop"}) for s in plain for c in ast.walk(s))
            pushes = sum(on_heap(c, {"heappush"}) for s in block for c in ast.walk(s))
            return 0 < pushes <= pops

        def in_written_loops_only(node: ast.AST) -> bool:
            up = parents.get(id(node))
            while up is not None:
                if isinstance(up, ast.While) or (
                    isinstance(up, ast.For) and not self._written_length(up.iter)
                ):
                    return False
                if isinstance(up, ast.FunctionDef | ast.Lambda):
                    return False
                up = parents.get(id(up))
            return True

        for node in ast.walk(self.root):
            if isinstance(node, ast.Call) and (
                (isinstance(node.func, ast.Attribute) and is_name(node.func.value, heap))
                or on_heap(node, {"insort", "insort_left", "insort_right"})
            ):
                return False  # `h.append(x)`: a list grown some other way
            if not on_heap(node, {"heappush"}):
                continue
            stmt: ast.AST = node
            while not isinstance(stmt, ast.stmt) and id(stmt) in parents:
                stmt = parents[id(stmt)]
            if not (popped_beside(stmt) or in_written_loops_only(stmt)):
                return False
        return True

    def _caps(self, stmt: ast.stmt, heap: str) -> bool:
        """`if len(h) > k: heappop(h)` (or `while`), k written in the source."""
        if not isinstance(stmt, ast.If | ast.While):
            return False
        test = stmt.test
        if not (isinstance(test, ast.Compare) and len(test.ops) == 1):
            return False
        left, right = test.left, test.comparators[0]
        if isinstance(test.ops[0], ast.Lt | ast.LtE):
            left, right = right, left
        elif not isinstance(test.ops[0], ast.Gt | ast.GtE):
            return False
        return (
            isinstance(left, ast.Call)
            and callee_name(left) == "len"
            and len(left.args) == 1
            and is_name(left.args[0], heap)
            and self._const(right)
            and any(
                isinstance(c, ast.Call)
                and callee_name(c) == "heappop"
                and c.args
                and is_name(c.args[0], heap)
                for c in ast.walk(stmt)
            )
        )

    def _scan(self, name: str, node: ast.Call) -> Cost:
        first = node.args[0] if node.args else None
        receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
        if name in CONSUMERS or (name in {"list", "join"}):
            target = first
            if target is None or name == "defaultdict":
                return ONE  # `defaultdict(int)`: a default factory, not items to copy
            if isinstance(target, ast.ListComp | ast.GeneratorExp | ast.SetComp):
                return ONE  # the comprehension's own cost was already counted
            if self._const(target) or _short_literal(target) or self._a_fixed_row(target):
                return ONE
            if isinstance(target, ast.Name) and picks_a_written_number(target.id, self.scope):
                return ONE  # `sum(c)` of `for c in combinations(a, 2)`: a pair
            consumed = target
            if isinstance(consumed, ast.Call) and callee_name(consumed) == "map":
                consumed = consumed.args[-1] if len(consumed.args) == 2 else consumed
            if isinstance(consumed, ast.Name) and self._a_chunk(consumed.id):
                return ONE  # `' '.join(map(str, path))` of a path emptied each pass
            if name == "join" and self._short_text(_unwrapped(target)):
                return ONE  # `''.join(sorted(w))` of a word read per pass, as `sorted(w)` is
            if (
                name in {"sum", "max", "min", "set", "frozenset", "Counter", "any", "all"}
                and self.loops
                and id(self.loops[-1][0]) in self.case_loops
                and is_line_read(target, self.readers)
            ):
                return N  # `sum(map(int, input().split()))` in a test case: all its numbers
            count = self._count(target)
            if isinstance(consumed, ast.Name) and consumed is not target:
                count = min(count, self._count(consumed))  # `sum(map(int, w))`: what `w` holds
            if name in {"list", "tuple", "set", "dict", "Counter", "deque", "frozenset"}:
                self.space = self.space | count
            return count
        if name in {"pop", "insert"} and receiver is not None and self._const(receiver):
            return ONE  # `q.pop(0)`, `digits.insert(0, d)` on a list of a few items shift a few
        if name == "pop":
            if isinstance(receiver, ast.Name) and self.scope.kind(receiver.id) == "hash":
                return ONE
            if first is None or isinstance(first, ast.UnaryOp):
                return ONE
            if isinstance(first, ast.Constant) and first.value == 0:
                return ONE if self._fifo_queue(receiver) else N
            return ONE if self._const(first) else N
        if name == "insert":
            if first is None or self._is_end(first):
                return ONE
            return LOG if receiver is not None and self._digits(receiver) else N
        if name == "rotate" and receiver is not None:
            # `d.rotate(k)` moves k items (at most all of them); by a constant, a few.
            if first is None or self._const(first) or self._const(receiver):
                return ONE
            return N
        if name in {"extend", "update"} and first is not None and len(node.args) == 1:
            # `order.extend(ch[u])`, `seen.update(row)`: the items added, not those kept.
            if self._const(first) or _short_literal(first):
                return ONE
            if isinstance(first, ast.ListComp | ast.GeneratorExp | ast.SetComp | ast.BinOp):
                return ONE  # building the comprehension (or `[v] * c`) was already counted
            return self._count(first)
        if name in LINEAR_METHODS:
            if receiver is not None and self._const(receiver):
                return ONE
            if name in {"find", "rfind", "index", "count"} and len(node.args) == 3 and receiver:
                cut = ast.Subscript(value=receiver, slice=ast.Slice(*node.args[1:]))
                if self._fixed_width(cut):
                    return ONE  # `s.count(c, i, i + 3)` searches `s[i:i + 3]`, a few cells
            if name in {"find", "index"} and self._resumes_a_search(node) and self.once:
                # `i = s.find(c, i + 1)`: the searches tile the string once in all.
                self.once[-1] = self.once[-1] | N
                return ONE
            if receiver is not None and self._digits(receiver):
                return LOG  # `bin(n).count("1")`: the digits of a number
            if (
                name in CASE_METHODS
                and receiver is not None
                and (
                    self._one_item(receiver)
                    or is_line_read(receiver, self.readers)
                    or self._holds_a_character(receiver)
                )
            ):
                # `c.upper()`, `s[i].lower()`: one character; `input().lower()`: the line as
                # it is read, which costs what reading it does.
                return ONE
            if (
                name == "remove"
                and isinstance(receiver, ast.Name)
                and self.scope.kind(receiver.id) == "hash"
            ):
                return ONE  # `seen.remove(x)` on a set: a hash lookup, not a list scan
            if receiver is not None and self._short_text(receiver):
                return ONE
            if name in {"split", "splitlines"} and reads_whole_input(receiver):
                # `sys.stdin.read().split()`: the tokens are paid for where they are used
                # (per test case, per item of a loop), not once more on reading.
                return ONE
            if name == "join":
                return iter_count(first, self.scope) if first is not None else ONE
            if name in {"split", "copy", "deepcopy"}:
                self.space = self.space | N
            return N
        if name in {"append", "add", "appendleft", "heappush", "setdefault"} and self.loops:
            self.space = self.space | self._loop_mult()
        return ONE

    def _resumes_a_search(self, node: ast.Call) -> bool:
        """`s.find(c, i + 1)` whose start `i` is where the last search of `s` ended."""
        if len(node.args) < 2 or not isinstance(node.func, ast.Attribute) or not self.loops:
            return False
        if self._found_at is None:
            # (name, text) of each `i = s.find(...)`: a name set to a position found in text.
            self._found_at = frozenset(
                (t.id, ast.unparse(c.func.value))
                for stmt in ast.walk(self.root or ast.Module(body=[], type_ignores=[]))
                if isinstance(stmt, ast.Assign)
                for c in ast.walk(stmt.value)
                if isinstance(c, ast.Call)
                and callee_name(c) in {"find", "index"}
                and isinstance(c.func, ast.Attribute)
                for t in stmt.targets
                if isinstance(t, ast.Name)
            )
        text = ast.unparse(node.func.value)
        return any((start, text) in self._found_at for start in names_in(node.args[1]))

    def _short_text(self, node: ast.expr) -> bool:
        """A text a method walks at no cost that counts: fixed, a record, or paid by its read."""
        return (
            self._of_fixed(node)
            or _short_literal(node)
            or self._spelled_out(node)
            or (self._in_loop_or_helper() and is_line_read(node, self.readers))
            or self._fixed_read(node)
            or self._record_line(node)
            or self._a_piece(node)
            or self._a_line_of_stdin(node)
            or (isinstance(node, ast.Subscript) and self._fixed_width(node))
            # `s[:2].lower()`, `s[-3:].count(c)`: a cut its constant ends keep to a few items
            or (
                isinstance(node, ast.Subscript)
                and isinstance(node.slice, ast.Slice)
                and constant_width(node.slice)
            )
            or self._a_block_of_the_stride(node)
            or (isinstance(node, ast.Name) and self._a_chunk(node.id))
            or self._a_fixed_row(node)
        )

    def _steps_by_outer(self, step: ast.expr | None) -> bool:
        """A slice step that counts an enclosing loop of many passes (`a[i * i::i]`).

        The counter of a `for`, or of a `while` that steps it by a written number (the
        sieve's `while i * i <= n: ...; i += 1`).
        """
        return isinstance(step, ast.Name) and any(
            (
                (
                    isinstance(loop, ast.For)
                    and isinstance(loop.target, ast.Name)
                    and loop.target.id == step.id
                )
                or (isinstance(loop, ast.While) and _counts_up_by_a_constant(loop, step.id))
            )
            and passes > ONE
            for loop, passes in self.loops
        )

    def _a_run_the_outer_loop_skips(self, node: ast.expr) -> bool:
        """`a[i:j]` after `j = i; while ...: j += 1`, the outer loop resuming at `i = j`.

        The runs do not overlap, so what is done to each cut adds up to the list once.
        """
        return (
            bool(self.loops)
            and isinstance(node, ast.Subscript)
            and isinstance(node.slice, ast.Slice)
            and cut_between_runs(node.slice, self.loops[-1][0])
        )

    def _harmonic_share_of_outer(self, step: ast.expr | None) -> Cost:
        """What a harmonic stride's per-pass share is missing when its outer loop is short.

        n/i cells for each i sum to n log n over any run of i that grows with n; counted as
        log n a pass that is right for n passes of i, but i running to the root of n (a
        sieve's `while i * i <= n`) leaves each pass n/sqrt(n) * log n: the missing sqrt(n).
        """
        if not isinstance(step, ast.Name):
            return ONE
        for loop, passes in reversed(self.loops):
            if step.id in _loop_counters(loop):
                if not passes.exp and 0 < passes.deg < 1 and passes.log == 0:
                    return Cost(deg=1 - passes.deg)
                return ONE
        return ONE

    def _measures_a_stride_of_outer(self, size: ast.expr) -> bool:
        """`len(p[i * i::i])`: the length of a slice stepping by an enclosing loop's counter.

        Such a slice holds n/i cells, so a list that long, built once per pass of `for i`,
        adds up to a harmonic series (the sieve's `p[i * i::i] = [0] * len(p[i * i::i])`).
        """
        return (
            isinstance(size, ast.Call)
            and callee_name(size) == "len"
            and len(size.args) == 1
            and isinstance(size.args[0], ast.Subscript)
            and isinstance(size.args[0].slice, ast.Slice)
            and self._steps_by_outer(size.args[0].slice.step)
        )

    def _spelled_out(self, node: ast.expr) -> bool:
        """A string joined from a few characters named one by one, or a name only bound so.

        `s = g[i][j] + g[i][j + 1] + g[i + 1][j] + g[i + 1][j + 1]`: four cells of a grid,
        so `s.count("#")` counts four characters.
        """
        if isinstance(node, ast.Name):
            values = self.scope.assigned.get(node.id, [])
            return bool(values) and all(
                v is not None and not isinstance(v, ast.Name) and self._spelled_out(v)
                for v in values
            )
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left = node.left
            if isinstance(left, ast.BinOp):
                return self._spelled_out(left) and self._character(node.right)
            return self._character(left) and self._character(node.right)
        return False

    def _character(self, node: ast.expr) -> bool:
        """`g[i][j]` (a cell), `s[i]` of a string, or a short string constant."""
        if isinstance(node, ast.Constant):
            return isinstance(node.value, str) and len(node.value) <= 4
        if not isinstance(node, ast.Subscript) or isinstance(node.slice, ast.Slice):
            return False
        base = node.value
        if isinstance(base, ast.Subscript):
            return not isinstance(base.slice, ast.Slice)
        return isinstance(base, ast.Name) and self.scope.known_kind(base.id) == "str"

    def _holds_a_character(self, node: ast.expr) -> bool:
        """A name only ever set to a cell or a character: `c = board[i][j]`, `c = s[i]`."""
        if not isinstance(node, ast.Name):
            return False
        values = self.scope.assigned.get(node.id, [])
        return bool(values) and all(v is not None and self._character(v) for v in values)

    def _delete(self, node: ast.Delete) -> Cost:
        """`del a[i]` shifts the list's tail, as `a.pop(i)` does; `del a[-1]`, `del d[k]` do not.

        A slice deleted (`del a[:k]`) shifts it too. A dict, a set or a fixed collection is
        constant.
        """
        out = ONE
        for target in node.targets:
            if not isinstance(target, ast.Subscript) or not isinstance(target.value, ast.Name):
                continue
            name = target.value.id
            if self.scope.kind(name) == "hash" or self.scope.is_const(name):
                continue
            index = target.slice
            if isinstance(index, ast.UnaryOp):
                continue  # `del a[-1]`: the end
            if isinstance(index, ast.Slice) and index.upper is None and index.step is None:
                # `del st[-2:]`, `del a[k:]`: the tail cut off shifts nothing, and each item
                # is cut off at most once after it was added, so the cuts are paid for then.
                continue
            front = isinstance(index, ast.Constant) and index.value == 0
            varying = not self._const(index) and self.scope.kind(name) in {"seq", "str"}
            if isinstance(index, ast.Slice) or front or varying:
                out = N
        return out

    def _fifo_queue(self, receiver: ast.expr | None) -> bool:
        """`while q: u = q.pop(0) ... q.append(v)`: a list used as a breadth-first queue.

        Each pop shifts the list in CPython, but the algorithm is a queue's (each item enters
        and leaves once), and that is the cost people count for a BFS: a pop is one step.
        """
        if not isinstance(receiver, ast.Name) or not self.loops:
            return False
        loop = self.loops[-1][0]
        if not isinstance(loop, ast.While):
            return False
        # `while q:`, `while len(q) > 0:`, `while q and not found:`
        if receiver.id not in {n.id for n in ast.walk(loop.test) if isinstance(n, ast.Name)}:
            return False
        # A queue starts from a few items (`q = [s]`); a list of all n items rotated with
        # `q.append(q.pop(0))` shifts n of them at every pop.
        starts = self.scope.assigned.get(receiver.id, [])
        if any(not isinstance(v, ast.List | ast.Tuple) or len(v.elts) > 4 for v in starts if v):
            return False
        return receiver.id in appended_to(loop.body)

    def _one_item(self, node: ast.expr) -> bool:
        """`s[i]`, or the variable of a loop over a collection: one item of it."""
        if isinstance(node, ast.Subscript):
            return not isinstance(node.slice, ast.Slice)
        return isinstance(node, ast.Name) and node.id in self.scope.loop_vars

    def _a_fixed_row(self, node: ast.expr) -> bool:
        """`pre[-1]` of a table whose rows all have a written width (`[[0] * 26]`).

        Rows appended later must be such rows too, or copies of the table's own rows
        (`row = pre[-1][:]; ...; pre.append(row)`).
        """
        if isinstance(node, ast.Name):
            # `row = pre[i + 1]`, then `row[:] = pre[i]`: a name for one of those rows.
            rows = self.scope.assigned.get(node.id, [])
            return bool(rows) and all(
                isinstance(r, ast.Subscript) and self._a_fixed_row(r) for r in rows
            )
        if not (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name)):
            return False
        table = node.value.id
        if isinstance(node.slice, ast.Slice) or self.root is None:
            return False

        def written_width(row: ast.expr) -> bool:
            if isinstance(row, ast.List | ast.Tuple):
                return all(self.scope.is_const_expr(e) for e in row.elts)
            if isinstance(row, ast.BinOp) and isinstance(row.op, ast.Mult):
                return any(
                    isinstance(seq, ast.List | ast.Tuple) and self.scope.is_const_expr(size)
                    for seq, size in ((row.left, row.right), (row.right, row.left))
                )
            return False

        def own_row(item: ast.expr) -> bool:
            if written_width(item):
                return True
            copy = item.value if isinstance(item, ast.Subscript) else item  # `pre[-1][:]`
            if isinstance(item, ast.Call) and callee_name(item) in {"copy", "list"}:
                # `pre[-1].copy()`, `list(pre[-1])`
                copy = item.args[0] if item.args else getattr(item.func, "value", item)
            return (
                isinstance(copy, ast.Subscript)
                and is_name(copy.value, table)
                and not isinstance(copy.slice, ast.Slice)
            )

        values = self.scope.assigned.get(table, [])
        if not values or not all(
            v is not None
            and (
                (isinstance(v, ast.List) and all(written_width(e) for e in v.elts))
                or (isinstance(v, ast.ListComp) and written_width(v.elt))
            )
            for v in values
        ):
            return False
        for item in self._appended_items(table):
            sources = self.scope.assigned.get(item.id, []) if isinstance(item, ast.Name) else [item]
            if not sources or not all(v is not None and own_row(v) for v in sources):
                return False
        return True

    def _of_fixed(self, node: ast.expr, seen: frozenset[str] = frozenset()) -> bool:
        """Whether `node` is derived from a parameter every call fills with a fixed record.

        `s`, `s.split('+')[0]`, `s[1:]` in `val(s)` called as `val(line)` for each line
        read: as short as that record. (`seen`: names on the way, for `nc = cur[:]` then
        `cur = nc`.)
        """
        node = _receiver_root(node)
        if not isinstance(node, ast.Name) or node.id in seen:
            return False
        if node.id in self.scope.params:
            return node.id in self.scope.fixed
        values = self.scope.assigned.get(node.id, [])
        # `parts = s.split("/")`: a local that only ever holds a piece of such a record.
        return bool(values) and all(
            v is not None
            and not any(isinstance(n, ast.Name) and n.id == node.id for n in ast.walk(v))
            and self._of_fixed(v, seen | {node.id})
            for v in values
        )

    def _const(self, node: ast.expr) -> bool:
        return self.scope.is_const_expr(node)

    def _written_length(self, node: ast.expr) -> bool:
        """`[0] * 3`, `[(0, s)]`, `(a, b, c)`: as many items as the source writes."""
        if isinstance(node, ast.List | ast.Tuple | ast.Set):
            return not any(isinstance(e, ast.Starred) for e in node.elts)
        return self._const(node)

    def _is_end(self, node: ast.expr) -> bool:
        return isinstance(node, ast.Call) and callee_name(node) == "len"


def _at_one_index_of_the_range(test: ast.expr, loop: ast.For | ast.While) -> bool:
    """`if j == 0:` or `if j == i:` under `for j in range(...)`: one pass takes the branch.

    A range gives each index once, so a test that the index equals a value the loop leaves
    alone (a constant, an outer index) holds on one pass at most; the work it guards is paid
    once per run of the loop, not on every pass. `and` with other conditions takes no more.
    """
    if not (
        isinstance(loop, ast.For)
        and isinstance(loop.target, ast.Name)
        and isinstance(loop.iter, ast.Call)
        and callee_name(loop.iter) == "range"
    ):
        return False
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
        return any(_at_one_index_of_the_range(v, loop) for v in test.values)
    if not (
        isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq)
    ):
        return False
    index = loop.target.id
    moved = bound_names(walk_local(loop.body), augmented=True) | {index}
    left, right = test.left, test.comparators[0]
    if is_name(right, index):
        left, right = right, left
    return is_name(left, index) and not (names_in(right) & moved)
