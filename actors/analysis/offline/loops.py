"""How many times a loop body runs, as a growth rate of the input size."""

from __future__ import annotations

import ast
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from types import UnionType

from actors.analysis.offline.cost import EXP, LOG, ONE, SQRT, Cost, N
from actors.analysis.offline.names import (
    LOG_CALLS,
    Scope,
    appended_item,
    assigns_to,
    below_a_modulus,
    bound_names,
    callee_name,
    calls,
    cell_key,
    collection_key,
    ends_on_first_pass,
    get_as_index,
    is_name,
    is_text,
    names_in,
    next_permutation_step,
    parents_of,
    power_of_two,
    range_bound,
    read_in,
    subscript_root,
    subtracted,
    swaps,
    test_parts,
    walk_local,
)
from actors.analysis.offline.vocabulary import ADJACENCY_NAMES, BUILTIN_NAMES, GROWING_METHODS

_PASS_THROUGH = frozenset(
    [
        "enumerate",
        "reversed",
        "sorted",
        "list",
        "set",
        "tuple",
        "iter",
        "frozenset",
        "deque",
        "items",
        "keys",
        "values",
        "Counter",
        "dict",
    ]
)
_HALVING_OPS = (ast.Mult, ast.Div, ast.FloorDiv, ast.RShift, ast.LShift, ast.Pow, ast.Mod)
_DRAIN_METHODS = frozenset(["pop", "popleft", "heappop", "popitem", "remove"])


def _uses_sqrt(node: ast.AST) -> bool:
    return calls(node, {"sqrt", "isqrt"}) or any(
        isinstance(sub, ast.BinOp)
        and isinstance(sub.op, ast.Pow)
        and isinstance(sub.right, ast.Constant)
        and sub.right.value == 0.5
        for sub in ast.walk(node)
    )


def _a_written_fraction(node: ast.expr) -> bool:
    """`0.5`, `1 / 3`, `(1.0 / 3)`: a written exponent between 0 and 1, a root's."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
        top, bottom = node.left, node.right
        return (
            isinstance(top, ast.Constant)
            and isinstance(bottom, ast.Constant)
            and isinstance(top.value, int | float)
            and isinstance(bottom.value, int | float)
            and 0 < top.value < bottom.value
        )
    return isinstance(node, ast.Constant) and isinstance(node.value, float) and 0 < node.value < 1


def _estimates_a_root(node: ast.AST) -> bool:
    """`isqrt(n)`, `int(n ** 0.5)`, `round(n ** (1 / 3))`: a root of a number, to a step or two."""
    return calls(node, {"sqrt", "isqrt", "cbrt"}) or any(
        isinstance(sub, ast.BinOp)
        and isinstance(sub.op, ast.Pow)
        and _a_written_fraction(sub.right)
        for sub in ast.walk(node)
    )


def _estimates_a_logarithm(node: ast.AST) -> bool:
    """`int(math.log2(n))`, `n.bit_length()`: the exponent of a number, to a step or two."""
    return calls(node, {"log", "log2", "log10", "bit_length"})


def is_exponential(node: ast.expr, scope: Scope) -> bool:
    """`1 << n`, `2 ** n`, `pow(2, n)`, `1 << 20`: a bound exponential in a size.

    A wide constant power of two (`range(1 << 20)`) is a bit-mask enumeration over a fixed
    number of bits: its cost is exponential in that number, and is read as such.
    """
    taken = subtracted(node)  # `n - (1 << k) + 1`: at most n, whatever k is
    for sub in ast.walk(node):
        if id(sub) in taken:
            continue
        if isinstance(sub, ast.Name) and scope.is_exp_name(sub.id):
            return True
        if (
            isinstance(sub, ast.Subscript)
            and isinstance(sub.value, ast.Name)
            and scope.is_doubling(sub.value.id)
        ):
            return True  # an entry of a list of powers of two
        if isinstance(sub, ast.BinOp) and isinstance(sub.op, ast.LShift | ast.Pow):
            base, power = sub.left, sub.right
        elif isinstance(sub, ast.Call) and callee_name(sub) == "pow" and len(sub.args) == 2:
            base, power = sub.args[0], sub.args[1]
        else:
            continue
        if not scope.is_const_expr(base):
            continue
        power_form = isinstance(sub, ast.Call) or isinstance(sub.op, ast.Pow)
        base_value = base.value if isinstance(base, ast.Constant) else None
        # `3 ** n`, `4 ** n`: every way to give each of n items one of a few choices.
        wider = type(base_value) is int and base_value > 2 and not scope.is_const_expr(power)
        if power_form and base_value != 2 and (not wider or _bits_of_a_size(power, scope)):
            continue
        if not scope.is_const_expr(power):
            if _bits_of_a_size(power, scope):
                continue  # `1 << j` with j counting the bits of n: at most n
            return True
        if isinstance(power, ast.Constant) and isinstance(power.value, int) and power.value >= 10:
            return True
    return False


def constant_width(cut: ast.Slice) -> bool:
    """`[:5]`, `[2:7]`, `[-3:]`: a slice whose width its constant bounds fix."""

    def number(node: ast.expr | None) -> int | None:
        value = literal(node)
        return value if type(value) is int else None

    if cut.step is not None:
        return False
    lower, upper = number(cut.lower), number(cut.upper)
    if cut.upper is None:
        return lower is not None and lower < 0  # the last few
    if upper is None:
        return False
    if cut.lower is None:
        return upper >= 0  # the first few
    return lower is not None and (lower >= 0) == (upper >= 0)


def _without_offset(node: ast.expr, scope: Scope) -> ast.expr:
    """`j` of `j`, `j - 1`, `k + 1 + 2`: the expression under added or taken constants."""
    while (
        isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.Add | ast.Sub)
        and scope.is_const_expr(node.right)
    ):
        node = node.left
    return node


def _bits_of_a_size(power: ast.expr, scope: Scope) -> bool:
    """`j`, `j - 1`, `k + 1` where `j` counts the bits of a size (`Scope.log_counters`).

    Also `LOG` of `LOG = (n - 1).bit_length()`: `1 << LOG` is the power of two above n.
    """
    if logarithmic(power, scope) or digit_count(power, scope):
        return True
    power = _without_offset(power, scope)
    return isinstance(power, ast.Name) and scope.is_log_counter(power.id)


def digit_count(node: ast.expr, scope: Scope, seen: frozenset[str] = frozenset()) -> bool:
    """`len(s)` (or a name set to it) of a list of digits, bits or prime factors of a number."""
    if isinstance(node, ast.Name):
        here: Scope | None = scope
        while here is not None and node.id not in here.assigned:
            here = here.parent
        if here is None or node.id in seen:
            return False  # `u, v = v, u`: names set from each other say nothing
        values = here.assigned[node.id]
        return bool(values) and all(
            v is not None and digit_count(v, here, seen | {node.id}) for v in values
        )
    return (
        isinstance(node, ast.Call)
        and callee_name(node) == "len"
        and len(node.args) == 1
        and isinstance(node.args[0], ast.Name)
        and scope.kind(node.args[0].id) == "digits"
    )


def _scaled_name(step: ast.expr, scope: Scope) -> bool:
    """`i * i`, `2 * i`, `i ** 2`, `i + 1`: a name scaled, squared or shifted by a constant."""
    if not isinstance(step, ast.BinOp):
        return False
    if isinstance(step.op, ast.Add):
        sides = [step.left, step.right]
        return any(isinstance(x, ast.Name) and not scope.is_const(x.id) for x in sides) and any(
            isinstance(x, ast.Constant) and isinstance(x.value, int) and x.value > 0 for x in sides
        )
    if isinstance(step.op, ast.Pow):
        return isinstance(step.left, ast.Name) and scope.is_const_expr(step.right)
    if not isinstance(step.op, ast.Mult):
        return False
    sides = [step.left, step.right]
    names = {s.id for s in sides if isinstance(s, ast.Name) and not scope.is_const(s.id)}
    return len(names) == 1 and all(
        scope.is_const_expr(s) or (isinstance(s, ast.Name) and s.id in names) for s in sides
    )


def _below_a_constant(node: ast.expr, scope: Scope) -> bool:
    """A remainder by a constant, or a constant sum, multiple or `min` taken with one."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
        return scope.is_const_expr(node.right)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mult):
        sides = (node.left, node.right)
        return any(_below_a_constant(a, scope) for a in sides) and all(
            scope.is_const_expr(a) or _below_a_constant(a, scope) for a in sides
        )
    if isinstance(node, ast.Call) and callee_name(node) == "min":
        return any(_below_a_constant(a, scope) for a in node.args)
    return False


def _negative_constant(node: ast.expr) -> bool:
    """`-1`, `-2`: a step that counts down."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        node = node.operand
        return isinstance(node, ast.Constant) and isinstance(node.value, int) and node.value > 0
    return isinstance(node, ast.Constant) and isinstance(node.value, int) and node.value < 0


def range_count(call: ast.Call, scope: Scope) -> Cost:
    """Iterations of `range(...)`."""
    args = call.args
    if all(scope.is_const_expr(a) for a in args[:2]):
        # Constant ends bound the count whatever the step (`range(0, 10, k)`).
        return EXP if any(is_exponential(a, scope) for a in args[:2]) else ONE
    if (
        len(args) == 3
        and isinstance(args[2], ast.Name)
        and scope.is_const_expr(args[1])
        and not is_exponential(args[1], scope)
    ):
        return ONE  # range(start, 10, k): counting up to a constant, whatever the stride
    if (
        len(args) == 3
        and _negative_constant(args[2])
        and scope.is_const_expr(args[0])
        and not is_exponential(args[0], scope)
    ):
        return ONE  # range(1000, w - 1, -1): counting down from a constant, whatever the end
    if len(args) == 3 and not scope.is_const_expr(args[2]):
        step = args[2]
        if isinstance(step, ast.UnaryOp):
            step = step.operand
        # A step that grows with the outer loop (range(i, n, i)) sums to a harmonic series;
        # a multiple or power of it (`range(i * i, n, i * i)`, `2 * i`) sums to no more.
        # A step the input gives once (`n, a = ...; range(0, n, a)`) may be 1: n passes.
        read_once = (
            isinstance(step, ast.Name)
            and step.id not in scope.loop_vars
            and step.id not in scope.params
            and bool(scope.assigned.get(step.id))
            and all(v is None or calls(v, {"input", "readline"}) for v in scope.assigned[step.id])
        )
        if (isinstance(step, ast.Name) or _scaled_name(step, scope)) and not read_once:
            return LOG
    stop = args[1] if len(args) >= 2 else args[0]
    if any(is_exponential(a, scope) for a in args[:2]):
        return EXP
    if (
        len(args) == 3
        and isinstance(args[2], ast.UnaryOp)
        and isinstance(args[2].op, ast.USub)
        and scope.is_const_expr(args[2])
        and scope.is_const_expr(args[1])
        and (logarithmic(args[0], scope) or _digits_length(args[0], scope))
    ):
        # `range(LOG - 1, -1, -1)`, `range(len(d) - 1, -1, -1)` of a number's digits `d`:
        # counting down from a logarithm to a constant.
        return LOG
    if (
        _below_a_constant(stop, scope)
        and (len(args) < 3 or scope.is_const_expr(args[2]))
        and (len(args) < 2 or scope.is_const_expr(args[0]))
    ):
        # range(k % 4), range(1 + k % 3), range(2 * (k % 2)), range(min(k, 2 + k % 2)): a
        # remainder stays below its constant modulus, and so does a few times it.
        return ONE
    capped = stop
    if (
        isinstance(capped, ast.BinOp)
        and isinstance(capped.op, ast.Add | ast.Sub)
        and scope.is_const_expr(capped.right)
    ):
        capped = capped.left  # range(1, min(i, 6) + 1)
    if (
        isinstance(capped, ast.Call)
        and callee_name(capped) == "min"
        and any(scope.is_const_expr(a) for a in capped.args)
        and (len(args) < 3 or scope.is_const_expr(args[2]))
        and not any(is_exponential(a, scope) for a in capped.args)
    ):
        return ONE  # range(min(n, 100)): at most the constant, however large n is
    if len(args) >= 2 and same_base(args[0], args[1], scope):
        # range(i - 1, max(-1, i - 5), -1), range(i + 1, min(n, i + 4)): a window of
        # constant width around a moving index.
        return ONE
    if scope.is_const_expr(args[0]) and logarithmic(stop, scope):
        return LOG  # `range(1, lg[n] + 1)`: up to a logarithm, not a span of a size
    rooted = _uses_sqrt(stop) or _a_square_root(_without_offset(stop, scope), scope)
    if rooted and scope.is_const_expr(args[0]):
        return SQRT  # `range(1, isqrt(n) + 1)`: from a constant, the root is the span
    width = span_width(args[0], stop) if len(args) >= 2 else None
    if width is not None:
        # range(i, i + w) runs w times, wherever it starts.
        return width_count(width, scope)
    if logarithmic(stop, scope) or _digits_length(stop, scope):
        return LOG
    if len(args) < 3 and _board_rows(stop, scope):
        return ONE  # `range(len(g[i]))` over a row of a board of fixed size
    if len(args) < 3 and _length_of_a_few(_without_offset(stop, scope), scope):
        return ONE  # `range(len(s[:8]))`: as many as the few items measured
    if rooted:
        return SQRT
    ascending = len(args) < 3 or (
        isinstance(args[2], ast.Constant) and isinstance(args[2].value, int) and args[2].value > 0
    )
    if len(args) >= 2 and scope.is_const_expr(args[1]) and ascending:
        # range(j + 1, 6): counting up to a constant runs at most that many times.
        return ONE
    if len(args) >= 2 and not scope.is_const_expr(args[0]) and scope.is_const_expr(args[1]):
        # range(n - 3, n) style windows: bounded width.
        diff = ast.unparse(args[0]).replace(" ", "")
        if diff.startswith(ast.unparse(args[1]).replace(" ", "")):
            return ONE
    if len(args) == 1 and _product_of_sizes(stop, scope):
        return N * N  # range(n * (n - 1) // 2): every pair's turn
    if length_bound(stop, scope) == EXP:
        return EXP  # `range(1, len(dp))` of `dp = [0] * (1 << n)`: every bit mask
    return N


def _length_of_a_few(node: ast.expr, scope: Scope) -> bool:
    """`len(s[:8])`, `len(a[i:i + 3])`: the length of what holds a written number of items."""
    return (
        isinstance(node, ast.Call)
        and callee_name(node) == "len"
        and len(node.args) == 1
        and not isinstance(node.args[0], ast.Name)
        and iter_count(node.args[0], scope) == ONE
    )


def _product_of_sizes(node: ast.expr, scope: Scope) -> bool:
    """`n * (n - 1) // 2`, `n * m`: two sizes multiplied (less constants and halvings)."""

    def strip(x: ast.expr) -> ast.expr:
        while (
            isinstance(x, ast.BinOp)
            and isinstance(x.op, ast.Add | ast.Sub | ast.FloorDiv | ast.Div)
            and scope.is_const_expr(x.right)
        ):
            x = x.left
        return x

    def factors(x: ast.expr) -> list[ast.expr]:
        x = strip(x)
        if isinstance(x, ast.BinOp) and isinstance(x.op, ast.Mult):
            return factors(x.left) + factors(x.right)
        return [x]

    if isinstance(node, ast.Name) and node.id not in scope.loop_vars:
        values = scope.assigned.get(node.id, [])
        # `m = n * n` once, then `range(m)`
        return (
            len(values) == 1
            and isinstance(values[0], ast.BinOp)
            and _product_of_sizes(values[0], scope)
        )
    # `2 * n * m`: written constants scale the count, the sizes make it.
    sizes = [f for f in factors(node) if not scope.is_const_expr(f)]
    return len(sizes) >= 2 and all(
        isinstance(f, ast.Name) and not scope.is_const(f.id) for f in sizes
    )


def one_of_the_lists(node: ast.expr, scope: Scope, seen: frozenset[str] = frozenset()) -> bool:
    """`g[u]` of adjacency, children or filed lists, which together hold each item once.

    Also a comprehension over one of them (`code[c] for c in children[u]`) and a name only
    ever bound to one or a copy of one (`nb = g[v]`, `ch = sorted(children[u], key=...)`).
    """
    if isinstance(node, ast.Subscript):
        base = node.value
        if isinstance(base, ast.Attribute) and is_name(base.value, "self"):
            # `self.adj[u]`, `self.ch[u]`: a graph or tree class's lists
            return base.attr in ADJACENCY_NAMES | {"ch"} or scope.is_list_attr(base.attr)
        return isinstance(base, ast.Name) and (
            scope.is_adjacency(base.id)
            or scope.is_child_lists(base.id)
            or scope.is_filed_lists(base.id)
        )
    if isinstance(node, ast.GeneratorExp | ast.ListComp) and len(node.generators) == 1:
        return one_of_the_lists(node.generators[0].iter, scope, seen)
    if isinstance(node, ast.Name) and node.id not in seen:
        values = scope.assigned.get(node.id, [])
        return bool(values) and all(
            (
                isinstance(v, ast.Call)
                and callee_name(v) in {"sorted", "list", "reversed", "set", "tuple"}
                and len(v.args) == 1
                and one_of_the_lists(v.args[0], scope, seen | {node.id})
            )
            # `kids = [u for u in adj[v] if not vis[u]]`: part of one list
            or (
                isinstance(v, ast.ListComp | ast.GeneratorExp)
                and one_of_the_lists(v, scope, seen | {node.id})
            )
            # `nb = g[v]`: the list itself under another name
            or (isinstance(v, ast.Subscript) and one_of_the_lists(v, scope, seen | {node.id}))
            for v in values
        )
    return False


def breaks_past_a_multiple(loop: ast.For, outer: list[ast.For | ast.While], scope: Scope) -> bool:
    """`for p in primes: if i * p > n: break` under `for i in range`: n/i passes, harmonic.

    The test leads the body (alone or as one side of an `or`, as in the linear sieve), so
    the loop stops at the first item whose product with the outer index passes the bound
    (a size: a written bound such as 10 ** 9 may never be passed).
    """
    if not (isinstance(loop.target, ast.Name) and loop.body):
        return False
    first = loop.body[0]
    if not (
        isinstance(first, ast.If) and len(first.body) == 1 and isinstance(first.body[0], ast.Break)
    ):
        return False
    tests = (
        first.test.values
        if isinstance(first.test, ast.BoolOp) and isinstance(first.test.op, ast.Or)
        else [first.test]
    )
    indices = {
        o.target.id
        for o in outer
        if isinstance(o, ast.For)
        and isinstance(o.target, ast.Name)
        and isinstance(o.iter, ast.Call)
        and callee_name(o.iter) == "range"
    }
    for test in tests:
        names = set(_product_against_a_size(test, ast.Gt | ast.GtE, scope))
        if len(names) == 2 and loop.target.id in names and names - {loop.target.id} <= indices:
            return True
    return False


def _product_against_a_size(test: ast.expr, ops: type | UnionType, scope: Scope) -> list[str]:
    """The names multiplied in `i * j > n` (`ops` the comparisons wanted), n no written number.

    Empty unless the test is one such comparison of a product of names.
    """
    if not (
        isinstance(test, ast.Compare)
        and len(test.ops) == 1
        and isinstance(test.ops[0], ops)
        and isinstance(test.left, ast.BinOp)
        and isinstance(test.left.op, ast.Mult)
        and not scope.is_const_expr(test.comparators[0])
    ):
        return []
    return [f.id for f in (test.left.left, test.left.right) if isinstance(f, ast.Name)]


def divides_by_outer(
    node: ast.expr, outer: list[ast.For | ast.While], scope: Scope | None = None
) -> bool:
    """`range(1, n // i + 1)` where `i` counts an enclosing `for`: n/1 + n/2 + ... passes.

    Summed over the outer loop that is n times a harmonic number, n log n in all, so each
    inner loop costs a logarithm on average, as `range(i, n, i)` does. The bound may be a
    name set to the quotient first (`k = n // i; for j in range(k)`).
    """
    if not (isinstance(node, ast.Call) and callee_name(node) == "range" and node.args):
        return False
    stop = node.args[1] if len(node.args) >= 2 else node.args[0]
    indices = {
        loop.target.id
        for loop in outer
        if isinstance(loop, ast.For) and isinstance(loop.target, ast.Name)
    }
    return _quotient_by(stop, indices, scope)


def _quotient_by(bound: ast.expr, indices: set[str], scope: Scope | None) -> bool:
    """`n // i` (give or take a written number) with `i` one of `indices`.

    Or, given the scope, a name only ever set to such a quotient (`m = n // i`).
    """
    if (
        isinstance(bound, ast.BinOp)
        and isinstance(bound.op, ast.Add | ast.Sub)
        and isinstance(bound.right, ast.Constant)
    ):
        bound = bound.left
    if isinstance(bound, ast.Name) and scope is not None:
        values = scope.assigned.get(bound.id, [])
        return bool(values) and all(
            v is not None and _quotient_by(v, indices, None) for v in values
        )
    return (
        isinstance(bound, ast.BinOp)
        and isinstance(bound.op, ast.FloorDiv)
        and isinstance(bound.right, ast.Name)
        and bound.right.id in indices
    )


def only_for_divisors(test: ast.expr, loop: ast.For | ast.While, *, holds: bool) -> bool:
    """`test` being `holds` means the loop's index divides a number the loop leaves alone.

    `if n % i == 0:` (or `if not n % i`, or `if n % i: ... else:` read the other way)
    under `for i in range(...)`: only the divisors of n pass, a handful of the indices.
    """
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return only_for_divisors(test.operand, loop, holds=not holds)
    if isinstance(test, ast.BoolOp):
        # Both must hold (`and`) for the branch; one failing (`or`) leaves the other branch.
        joint = isinstance(test.op, ast.And) == holds
        return joint and any(only_for_divisors(v, loop, holds=holds) for v in test.values)
    if _remainder_by_index(test, loop):
        return not holds  # `if n % i:` holds where i does not divide n
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1):
        return False
    left, right, op = test.left, test.comparators[0], test.ops[0]
    if _zero(left):
        left, right = right, left
    if not (_zero(right) and _remainder_by_index(left, loop)):
        return False
    return isinstance(op, ast.Eq) == holds and isinstance(op, ast.Eq | ast.NotEq | ast.Gt)


def tested_zero(test: ast.expr) -> ast.expr | None:
    """`x` of a test `not x` or `x == 0`, else None."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return test.operand
    if (
        isinstance(test, ast.Compare)
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.Eq)
        and literal(test.comparators[0]) == 0
    ):
        return test.left
    return None


def _zero(node: ast.expr) -> bool:
    """The written number 0."""
    return isinstance(node, ast.Constant) and node.value == 0 and type(node.value) is int


def _remainder_by_index(node: ast.expr, loop: ast.For | ast.While) -> bool:
    """`n % i` with `i` a `for` index over a range up to `n`, which the loop leaves alone.

    The indices of a range are distinct, so few of them divide the same number, and the
    divisors of the range's own bound add up to about that bound. (A number the range does
    not count up to, a sum of values say, may have many divisors below the bound.)
    """
    if not (
        isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.Mod)
        and isinstance(loop, ast.For)
        and isinstance(loop.target, ast.Name)
        and is_name(node.right, loop.target.id)
        and isinstance(loop.iter, ast.Call)
        and callee_name(loop.iter) == "range"
    ):
        return False
    used = {n.id for n in ast.walk(node.left) if isinstance(n, ast.Name)}
    if not used & {n.id for n in ast.walk(loop.iter) if isinstance(n, ast.Name)} - {"range"}:
        return False
    changed = {loop.target.id}
    for sub in walk_local(loop.body):
        if isinstance(sub, ast.Assign | ast.AugAssign | ast.For | ast.AnnAssign):
            targets = sub.targets if isinstance(sub, ast.Assign) else [sub.target]
            changed |= {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}
        elif isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute):
            changed |= {n.id for n in ast.walk(sub.func.value) if isinstance(n, ast.Name)}
    calls_made = [c for c in ast.walk(node.left) if isinstance(c, ast.Call)]
    return not used & changed and all(callee_name(c) == "len" for c in calls_made)


def strides_by_outer_count(node: ast.expr, outer: list[ast.For | ast.While]) -> bool:
    """`range(i, n, k)` under `for i in range(k)`: the k residue classes, n items in all.

    Each inner loop takes n / k items and the outer one runs k times, so together they
    walk the range once.
    """
    if not (isinstance(node, ast.Call) and callee_name(node) == "range" and len(node.args) == 3):
        return False
    start, step = node.args[0], node.args[2]
    if not isinstance(step, ast.Name):
        return False
    return any(
        isinstance(loop, ast.For)
        and isinstance(loop.target, ast.Name)
        and is_name(start, loop.target.id)
        and (bound := range_bound(loop.iter)) is not None
        and is_name(bound, step.id)
        for loop in outer
    )


def _block_width(node: ast.expr) -> str | None:
    """`k` of `range(k)`, `range(i, i + k)`, `range(i, min(i + k, n))` or the cut `a[i:i + k]`."""
    if isinstance(node, ast.Slice):
        return _width_name(node.lower or ast.Constant(value=0), node.upper)
    if not (isinstance(node, ast.Call) and callee_name(node) == "range" and node.args):
        return None
    if len(node.args) == 1:
        return node.args[0].id if isinstance(node.args[0], ast.Name) else None
    if len(node.args) != 2:
        return None
    return _width_name(node.args[0], node.args[1])


def _width_name(start: ast.expr, stop: ast.expr | None) -> str | None:
    """`k` of a span from `start` to `start + k` (or `min(start + k, n)`), or from 0 to `k`."""
    ends = stop.args if isinstance(stop, ast.Call) and callee_name(stop) == "min" else [stop]
    for end in ends:
        if _zero(start) and isinstance(end, ast.Name):
            return end.id
        if (
            isinstance(end, ast.BinOp)
            and isinstance(end.op, ast.Add)
            and ast.dump(end.left) == ast.dump(start)
            and isinstance(end.right, ast.Name)
        ):
            return end.right.id
    return None


def _stride_of(loop: ast.For) -> str | None:
    """`k` of `for i in range(0, n, k)` or `for b in range(n // k)`: n / k passes."""
    if not (isinstance(loop.iter, ast.Call) and callee_name(loop.iter) == "range"):
        return None
    args = loop.iter.args
    if len(args) == 3:
        return args[2].id if isinstance(args[2], ast.Name) else None
    stop = args[-1] if args else None
    if (
        isinstance(stop, ast.BinOp)
        and isinstance(stop.op, ast.Add | ast.Sub)
        and isinstance(stop.right, ast.Constant)
    ):
        stop = stop.left
    if (
        isinstance(stop, ast.BinOp)
        and isinstance(stop.op, ast.FloorDiv)
        and isinstance(stop.right, ast.Name)
    ):
        return stop.right.id
    return None


def _stored_in(body: list[ast.stmt]) -> set[str]:
    """Every name the statements bind, however (`k = ...`, `k += 1`, `for k in ...`)."""
    return {
        n.id
        for stmt in body
        for n in ast.walk(stmt)
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)
    }


def walks_a_block_of_the_stride(
    node: ast.expr | ast.Slice, outer: list[ast.For | ast.While]
) -> bool:
    """`range(i, min(i + k, n))` under `for i in range(0, n, k)`: blocks of k, n items in all.

    The outer loop takes n / k passes and each inner loop (or cut `a[i:i + k]`) at most k
    items, so together they walk the range once (so too `range(k)` under `range(n // k)`).
    """
    width = _block_width(node)
    if width is None:
        return False
    return any(
        isinstance(loop, ast.For)
        and _stride_of(loop) == width
        and width not in _stored_in(loop.body)
        for loop in outer
    )


def _board_rows(count: ast.expr, scope: Scope) -> bool:
    """A count made only of lengths of rows of boards of fixed size (`len(g[i])`)."""
    measured = lengths_only(count, scope)
    return bool(measured) and all(
        isinstance(m, ast.Subscript)
        and isinstance(m.value, ast.Name)
        and scope.is_board(m.value.id)
        for m in measured or ()
    )


def lengths_only(
    count: ast.expr, scope: Scope, seen: frozenset[str] = frozenset()
) -> list[ast.expr] | None:
    """`x` and `y` in `len(y) - len(x) + 1`: what a count made only of lengths measures.

    An index of `for i in range(len(s))` is below the length it runs to, so it measures `s`
    (`len(s) - i - 1`). None when anything else goes into the count (a size of its own, a call).
    """
    lengths = [
        n for n in ast.walk(count) if isinstance(n, ast.Call) and callee_name(n) == "len" and n.args
    ]
    inside = {id(n) for call in lengths for n in ast.walk(call)}
    measured = [call.args[0] for call in lengths]
    for n in ast.walk(count):
        if id(n) in inside or (isinstance(n, ast.Name) and scope.is_const(n.id)):
            continue
        if isinstance(n, ast.Call):
            return None
        if isinstance(n, ast.Name):
            below = _index_below_lengths(n.id, scope, seen)
            if below is None:
                below = _a_length_kept(n.id, scope, seen)
            if below is None:
                return None
            measured += below
    return measured or None


def _a_length_kept(name: str, scope: Scope, seen: frozenset[str]) -> list[ast.expr] | None:
    """`[str(n)]` for `k` of `k = len(str(n))` (its only value): the number of digits kept.

    Also `k = len(s)` of `s = str(n)`: the text written out, as long as the number's digits.
    """
    values = scope.assigned.get(name, []) if name not in scope.loop_vars else []
    if not values or name in seen:
        return None
    measured = [
        v.args[0]
        for v in values
        if isinstance(v, ast.Call) and callee_name(v) == "len" and len(v.args) == 1
    ]
    if len(measured) == len(values) and all(_number_as_text(m, scope) for m in measured):
        return measured
    return None


def _number_as_text(node: ast.expr, scope: Scope) -> bool:
    """`str(n)`, or a name only ever set to such a call."""
    if isinstance(node, ast.Name):
        values = scope.assigned.get(node.id, [])
        return bool(values) and all(v is not None and _number_as_text(v, scope) for v in values)
    return isinstance(node, ast.Call) and callee_name(node) == "str"


def _index_below_lengths(name: str, scope: Scope, seen: frozenset[str]) -> list[ast.expr] | None:
    """What `i` of `for i in range(len(s))` (every loop it indexes) runs below: `[s]`; else None."""
    values = scope.assigned.get(name, []) if name in scope.loop_vars else []
    if not values or name in seen:
        return None
    measured: list[ast.expr] = []
    for value in values:
        stop = range_bound(value) if isinstance(value, ast.Call) else None
        below = None if stop is None else lengths_only(stop, scope, seen | {name})
        if below is None:
            return None
        measured += below
    return measured


def length_bound(count: ast.expr, scope: Scope) -> Cost | None:
    """How large a count made only of lengths grows: that of the longest collection measured."""
    measured = lengths_only(count, scope)
    return None if measured is None else max(iter_count(m, scope) for m in measured)


def logarithmic(stop: ast.expr, scope: Scope) -> bool:
    """A logarithm, or a name only ever given one.

    `n.bit_length()`, `log2(n) + 1`, `LOG - 1` of `LOG = n.bit_length()` (the levels of a
    binary-lifting table).
    """
    if calls(stop, LOG_CALLS):
        return True
    stop = _without_offset(stop, scope)
    if _log_table_entry(stop, scope):
        return True  # `lg[n]` of `lg[i] = lg[i >> 1] + 1`
    if isinstance(stop, ast.Attribute) and scope.is_log_attr(stop.attr):
        return True  # `self.log` of `self.log = (n - 1).bit_length()`
    if not isinstance(stop, ast.Name):
        return False
    if scope.is_log_counter(stop.id):
        return True  # `LOG` of `while (1 << LOG) <= n: LOG += 1`
    owner: Scope | None = scope
    while owner is not None and stop.id not in owner.assigned:
        owner = owner.parent
    values = owner.assigned.get(stop.id, []) if owner is not None else []
    return bool(values) and all(
        v is not None and (calls(v, LOG_CALLS) or _log_table_entry(v, scope)) for v in values
    )


def _log_table_entry(node: ast.expr, scope: Scope) -> bool:
    """`lg[n] + 1` of a table of logarithms."""
    node = _without_offset(node, scope)
    return (
        isinstance(node, ast.Subscript)
        and isinstance(node.value, ast.Name)
        and scope.is_log_table(node.value.id)
    )


def _digits_length(stop: ast.expr, scope: Scope) -> bool:
    """`len(b)` or `len(b) - 1` of `b = bin(x)[2:]`: as many passes as the number has digits.

    Also `range(k)` with `k = len(b)`.
    """
    if length_bound(stop, scope) == LOG:
        return True
    # `k = len(s)` of such a digit string, then `range(k)`.
    stop = _without_offset(stop, scope)
    values = scope.assigned.get(stop.id, []) if isinstance(stop, ast.Name) else []
    return bool(values) and all(
        isinstance(v, ast.Call) and callee_name(v) == "len" and length_bound(v, scope) == LOG
        for v in values
    )


def _base(node: ast.expr, scope: Scope) -> str | None:
    """`i` for `i`, `i + 3`, `i - 1`, `max(-1, i - 5)`, `min(n, i + 4)`; else None."""
    if isinstance(node, ast.Call) and callee_name(node) in {"min", "max"} and len(node.args) == 2:
        a, b = node.args
        if scope.is_const_expr(a):
            return _base(b, scope)
        if scope.is_const_expr(b):
            return _base(a, scope)
        # min(n, i + 4): the window's far end, clipped at the end of the range (max(n, ...)
        # would reach n, not clip).
        if callee_name(node) != "min":
            return None
        if isinstance(a, ast.Name) != isinstance(b, ast.Name):
            return _base(b if isinstance(a, ast.Name) else a, scope)
        return None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Sub):
        if scope.is_const_expr(node.right) and not scope.is_const_expr(node.left):
            return _base(node.left, scope)
        if isinstance(node.op, ast.Add) and scope.is_const_expr(node.left):
            return _base(node.right, scope)
        return None
    if isinstance(node, ast.Name) and not scope.is_const(node.id):
        return node.id
    return None


def same_base(start: ast.expr, stop: ast.expr, scope: Scope) -> bool:
    """Both ends are one moving index plus or minus constants (and not the same end)."""
    a, b = _base(start, scope), _base(stop, scope)
    if a is not None and b is None and isinstance(stop, ast.Call) and callee_name(stop) == "min":
        # min(i + 2, n - 1) is at most i + 2, whatever n is.
        return any(_base(arg, scope) == a for arg in stop.args)
    if b is not None and a is None and isinstance(start, ast.Call) and callee_name(start) == "max":
        # max(1, n - 100) is at least n - 100, whatever the other bound is.
        return any(_base(arg, scope) == b for arg in start.args)
    return a is not None and a == b and ast.unparse(start) != ast.unparse(stop)


def span_width(start: ast.expr | None, stop: ast.expr | None) -> ast.expr | None:
    """`w` in `range(i, i + w)` or `a[i:i + w]`: the width of a window that starts anywhere."""
    if start is None or not isinstance(stop, ast.BinOp) or not isinstance(stop.op, ast.Add):
        return None
    text = ast.unparse(start)
    if ast.unparse(stop.left) == text:
        return stop.right
    if ast.unparse(stop.right) == text:
        return stop.left
    return None


def width_count(width: ast.expr, scope: Scope) -> Cost:
    """How large a window's width `w` grows: `l = len(adj[v])` is one vertex's degree."""
    if scope.is_const_expr(width):
        return ONE
    if isinstance(width, ast.Name):
        values = scope.assigned.get(width.id, [])
        if (
            len(values) == 1
            and isinstance(values[0], ast.Call)
            and callee_name(values[0]) == "len"
            and values[0].args
        ):
            return iter_count(values[0].args[0], scope)
    return N


#: itertools' generators of choices: a name bound to one counts what the call does.
CHOICES = frozenset(
    {"permutations", "combinations", "combinations_with_replacement", "product", "from_iterable"}
)


def _a_cut_of_written_text(node: ast.expr, scope: Scope) -> bool:
    """`'abcdefghijklmnopqrstuvwxyz'[:k]`, `string.ascii_lowercase[:k]`: a cut of a constant.

    However far the read bound reaches, the cut holds no more than the written text.
    """
    return (
        isinstance(node, ast.Subscript)
        and isinstance(node.slice, ast.Slice)
        and (
            (isinstance(node.value, ast.Constant) and isinstance(node.value.value, str | bytes))
            or (isinstance(node.value, ast.Attribute) and scope.is_const_expr(node.value))
        )
    )


def iter_count(node: ast.expr, scope: Scope, comp: object | None = None) -> Cost:
    """Iterations of `for _ in node` (or of a consumer such as `sum(node)`)."""
    if isinstance(node, ast.Constant):
        return ONE
    if isinstance(node, ast.Attribute) and scope.is_const_expr(node):
        return ONE  # `string.ascii_lowercase`
    if isinstance(node, ast.List | ast.Tuple | ast.Set | ast.Dict):
        if any(isinstance(e, ast.Starred) for e in getattr(node, "elts", [])):
            return N
        return ONE
    if isinstance(node, ast.Name):
        if scope.is_const(node.id):
            return ONE
        if one_of_the_lists(node, scope):
            return ONE  # `ch = sorted(children[u])`: one vertex's list, as walking it is
        values = scope.assigned.get(node.id, [])
        if (
            node.id in scope.loop_vars
            and values
            and all(isinstance(v, ast.Name) and scope.is_board(v.id) for v in values)
        ):
            return ONE  # `row` of `for row in dp` with `dp = [[0] * 26 for _ in range(n)]`
        if (
            len(values) == 1
            and isinstance(values[0], ast.Call)
            and callee_name(values[0]) in CHOICES
        ):
            return iter_count(values[0], scope)  # `subs = chain.from_iterable(...)`
        if exponential_table(node.id, scope):
            return EXP  # `for v in dp` of `dp = [0] * (1 << n)`: a cell per bit mask
        if values and all(v is not None and _a_cut_of_written_text(v, scope) for v in values):
            return ONE  # `al = ascii_uppercase[:k]`: at most the letters written out
        kind = scope.kind(node.id)
        return LOG if kind == "digits" else N
    node = get_as_index(node)  # `g.get(u, [])`: a vertex without edges has an empty list
    if isinstance(node, ast.Subscript):
        base = node.value
        if one_of_the_lists(node, scope):
            # Adjacency or children lists: every edge (child) is visited once over the whole
            # traversal, and over a walk of every vertex.
            return ONE
        if (
            isinstance(base, ast.Attribute)
            and (base.attr in ADJACENCY_NAMES or scope.is_list_attr(base.attr))
            and not isinstance(node.slice, ast.Slice)
        ):
            return ONE  # `self.adj[u]` of a graph class: each edge once over a traversal
        if isinstance(node.slice, ast.Slice) and constant_width(node.slice):
            return ONE  # `a[:5]`, `sorted(c.items())[:3]`: a few items whatever the list holds
        if _a_cut_of_written_text(node, scope):
            return ONE  # `ascii_lowercase[:k]`: at most the letters written out
        if isinstance(node.slice, ast.Slice) and (
            isinstance(base, ast.Name | ast.Subscript)  # `g[k][:2]`: a slice of one group
            or (isinstance(base, ast.Call) and callee_name(base) in {"str", "bin", "hex", "oct"})
        ):
            if (
                node.slice.lower is not None
                and node.slice.upper is not None
                and same_base(node.slice.lower, node.slice.upper, scope)
            ):
                return ONE  # `a[i:i + 3]`: a few items whatever the list holds
            return iter_count(base, scope)  # a slice holds at most what it is cut from
        if isinstance(base, ast.Name) and scope.is_board(base.id):
            return ONE  # a row of a board of fixed size
        return N
    if isinstance(node, ast.Call):
        name = callee_name(node)
        if name == "range":
            return range_count(node, scope)
        if name == "len" and len(node.args) == 1 and isinstance(node.args[0], ast.Call):
            return iter_count(node.args[0], scope)  # `bytearray(len(range(i, n, i)))`
        if scope.is_const_expr(node):
            return ONE  # `for p in primes()`: a function whose result the source fixes
        if isinstance(node.func, ast.Name) and scope.returns_digits(node.func.id):
            return LOG  # `for d in digits(n)`: a helper's list of one item per digit of n
        if (
            name in {"set", "frozenset", "Counter"}
            and len(node.args) == 1
            and is_text(node.args[0], scope)
        ):
            return ONE  # the distinct characters of a string: at most its alphabet
        if name in {"strip", "lstrip", "rstrip"} and isinstance(node.func, ast.Attribute):
            return iter_count(node.func.value, scope)  # no longer than the text stripped
        if name in _PASS_THROUGH:
            inner = node.args[0] if node.args else None
            if inner is None and isinstance(node.func, ast.Attribute):
                inner = node.func.value
            return ONE if inner is None else iter_count(inner, scope)
        if (
            name == "from_iterable"
            and len(node.args) == 1
            and isinstance(node.args[0], ast.GeneratorExp | ast.ListComp)
        ):
            # `chain.from_iterable(combinations(a, r) for r in range(n + 1))`: every item of
            # every iterable the comprehension makes.
            comp = node.args[0]
            return iter_count(comp, scope) * iter_count(comp.elt, scope)
        if name == "zip":
            # zip stops at its shortest argument: one of fixed size bounds it.
            return min((iter_count(a, scope) for a in node.args), default=ONE)
        if name in {"map", "filter"} and len(node.args) >= 2:
            return iter_count(node.args[1], scope)
        if name in {"permutations", "combinations", "combinations_with_replacement"} and (
            node.args and not iter_count(node.args[0], scope) > ONE
        ):
            return ONE  # the orderings or choices of a few items: a fixed number of them
        if name == "permutations":
            r = node.args[1] if len(node.args) > 1 else None
            if isinstance(r, ast.Constant) and type(r.value) is int:
                return iter_count(node.args[0], scope).power(r.value)  # n (n-1) ... r terms
            return EXP
        if name in {"combinations", "combinations_with_replacement"}:
            r = node.args[1] if len(node.args) > 1 else None
            if r is not None and isinstance(r, ast.Constant) and isinstance(r.value, int):
                return iter_count(node.args[0], scope).power(r.value)
            return EXP
        if name == "product":
            if any(
                isinstance(a, ast.Starred)
                and isinstance(a.value, ast.BinOp)
                and isinstance(a.value.op, ast.Mult)
                and not (scope.is_const_expr(a.value.left) and scope.is_const_expr(a.value.right))
                for a in node.args
            ):
                return EXP  # product(*[[0, 1]] * n): n factors
            if any(
                isinstance(a, ast.Starred)
                and isinstance(a.value, ast.ListComp | ast.GeneratorExp)
                and iter_count(a.value, scope) > ONE
                for a in node.args
            ):
                return EXP  # product(*[range(c + 1) for c in cnt]): a factor per item
            repeat = next((k.value for k in node.keywords if k.arg == "repeat"), None)
            each = max((iter_count(a, scope) for a in node.args), default=ONE)
            # `product(range(n), range(m), range(3))`: one tuple per choice from every factor,
            # so a factor of fixed size adds nothing; only sized factors multiply.
            whole = ONE
            for a in node.args:
                whole = whole * iter_count(a, scope)
            if repeat is None:
                return whole
            if isinstance(repeat, ast.Constant) and isinstance(repeat.value, int):
                return whole.power(repeat.value)
            if scope.is_const_expr(repeat) and not each > ONE:
                return ONE  # `product('47', repeat=k)` for k in range(1, 4): a few strings
            return EXP
        if name in {"str", "bin", "hex", "oct"}:
            arg = node.args[0] if node.args else None
            if arg is None or scope.is_const_expr(arg):
                return ONE
            if isinstance(arg, ast.Name) and scope.kind(arg.id) in {"seq", "str"}:
                return N
            return LOG
        if isinstance(node.func, ast.Attribute) and scope.is_const_expr(node.func.value):
            return ONE
        return N
    if isinstance(node, ast.BoolOp):
        # `s.lstrip('0') or '0'`: one of the operands, at most the longest.
        return max(iter_count(v, scope) for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.BitOr):
        # `best + [b + x for b in best]`, `s | {v + x for v in s}`: the parts' items together.
        return iter_count(node.left, scope) | iter_count(node.right, scope)
    if isinstance(node, ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp):
        out = ONE
        for gen in node.generators:
            out = out * iter_count(gen.iter, scope)
        return out
    return N


def _at_least_parts(value: ast.expr, name: str) -> set[int]:
    """Nodes of `x // 2` in `max(1, x // 2)`: the step is at least that share of x.

    Stepping by it moves x by at least a written share of itself, as stepping by `x // 2`
    does. Other arguments (`max(1, x // n)`, `max(map(int, str(x)))`) stay out.
    """
    if not (isinstance(value, ast.Call) and callee_name(value) == "max"):
        return set()
    return {
        id(n)
        for arg in value.args
        if isinstance(arg, ast.BinOp)
        and isinstance(arg.op, ast.FloorDiv | ast.RShift)
        and is_name(arg.left, name)
        and isinstance(by := literal(arg.right), int)
        and by >= 1
        for n in ast.walk(arg)
    }


def _taken_parts(value: ast.expr) -> list[ast.AST]:
    """The nodes of `value` that can make up its result: not the tests of `a if c else b`.

    `x += 5 if n - x >= 5 else 1` steps by a constant, whatever the test reads.
    """
    tests = {
        id(n) for sub in ast.walk(value) if isinstance(sub, ast.IfExp) for n in ast.walk(sub.test)
    }
    return [n for n in ast.walk(value) if id(n) not in tests]


def _is_halving_value(value: ast.expr, target: str) -> bool:
    """`x // 2`, `x * 2`, `x >> 1`, `a % b`: a value that shrinks or grows geometrically.

    Not `a % n + 1` or `(a + 1) % n`: a step round a circle, one station at a time.
    """
    if _steps_round_a_circle(value, target):
        return False
    for sub in _taken_parts(value):
        if isinstance(sub, ast.BinOp) and isinstance(sub.op, _HALVING_OPS):
            names = {n.id for n in ast.walk(sub) if isinstance(n, ast.Name)}
            if target in names or isinstance(sub.op, ast.Mod):
                return True
    return False


def _round_a_circle(loop: ast.While, cond_names: set[str], scope: Scope, *, fixed: bool) -> bool:
    """A name the test reads is only ever moved round a circle, of constant length if `fixed`.

    `while p != 0: p = (p + k) % n` comes back to its start within n steps (n / gcd(n, k)).
    """
    stepped = {name for name, _ in _steps(loop)}
    for name in cond_names - stepped:
        moves = assigns_to(loop.body, name)
        if moves and all(
            _steps_round_a_circle(node.value, name)
            and scope.is_const_expr(_modulus(node.value)) == fixed
            for node in moves
        ):
            return True
    return False


def _modulus(value: ast.expr) -> ast.expr:
    """`n` of `a % n + 1` or `(a + 1) % n` (or `chr((ord(a) - 97 + 1) % 26 + 97)`)."""
    value = _code_of_char(value)
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Mod):
        return value.right
    assert isinstance(value, ast.BinOp) and isinstance(value.left, ast.BinOp)
    return value.left.right


def _walks_residues(value: ast.expr, loop: ast.While) -> bool:
    """`r * 10 % n`, `(a + b) % m`: a value kept below a modulus the loop never changes.

    Euclid's `a % b` shrinks because `b` shrinks too; a fixed modulus only keeps the value
    among its n residues, which a walk may visit one by one.
    """
    if not (isinstance(value, ast.BinOp) and isinstance(value.op, ast.Mod)):
        return False
    modulus = names_in(value.right)
    if not modulus or isinstance(value.left, ast.Name):
        return False  # `a % b` alone: Euclid's step, or a constant modulus
    return not modulus & _stepped(loop)


def _steps_round_a_circle(value: ast.expr, target: str) -> bool:
    """`a % n + 1`, `(a + 1) % n`, `(p + k) % n`: the target moved by a step, wrapped at a size.

    The step may be a constant or any value that does not hold the target (a stride read from
    the input): a walk round n stations, one stride at a time, not a geometric shrink.
    """

    def a_step(step: ast.expr) -> bool:
        if isinstance(step, ast.Constant):
            return True
        return not any(isinstance(n, ast.Name) and n.id == target for n in ast.walk(step)) and all(
            not isinstance(n, ast.BinOp) or isinstance(n.op, ast.Add | ast.Sub)
            for n in ast.walk(step)
        )

    value = _code_of_char(value)
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Add | ast.Sub):
        inner, step = value.left, value.right
        return (
            isinstance(step, ast.Constant)
            and isinstance(inner, ast.BinOp)
            and isinstance(inner.op, ast.Mod)
            and _holds(inner.left, target)
        )
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Mod):
        moved = value.left
        return (
            isinstance(moved, ast.BinOp)
            and isinstance(moved.op, ast.Add | ast.Sub)
            and _holds(moved.left, target)
            and a_step(moved.right)
        )
    return False


def _code_of_char(value: ast.expr) -> ast.expr:
    """`x` of `chr(x)`: a letter stepped round the alphabet is its code stepped round."""
    if isinstance(value, ast.Call) and callee_name(value) == "chr" and len(value.args) == 1:
        return value.args[0]
    return value


def _holds(node: ast.expr, target: str) -> bool:
    """`a`, `ord(a)`, `ord(a) - 97`: the target (or its character code) less a written offset."""
    while (
        isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.Add | ast.Sub)
        and isinstance(node.right, ast.Constant)
    ):
        node = node.left
    if isinstance(node, ast.Call) and callee_name(node) == "ord" and len(node.args) == 1:
        node = node.args[0]
    return is_name(node, target)


def _a_remainder(value: ast.expr, body: list[ast.stmt]) -> bool:
    """A name the loop body sets only to a remainder (`r = g % h`, then `h = r`): Euclid's."""
    if not isinstance(value, ast.Name):
        return False
    sources = [n.value for n in assigns_to(body, value.id)]
    return bool(sources) and all(
        isinstance(v, ast.BinOp) and isinstance(v.op, ast.Mod) for v in sources
    )


def _one_bound_steps_by_one(loop: ast.While, cond_names: set[str], mids: set[str]) -> bool:
    """`while lo < hi: mid = ...; if ...: hi = mid else: lo += 1`: one end moves by a constant.

    Some name of the test is set from the midpoint, and another only ever moves by a written
    constant (`lo += 1`, `lo = lo + 1`), never from the midpoint.
    """
    from_mid: set[str] = set()
    stepped: set[str] = set()
    other: set[str] = set()
    for name, value in _pairs_assigned(loop.body):
        if name not in cond_names:
            continue
        if names_in(value) & mids:
            from_mid.add(name)
        elif (
            isinstance(value, ast.BinOp)
            and isinstance(value.op, ast.Add | ast.Sub)
            and is_name(value.left, name)
            and isinstance(literal(value.right), int)
        ):
            stepped.add(name)
        else:
            other.add(name)
    for node in walk_local(loop.body):
        if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            if node.target.id not in cond_names:
                continue
            if isinstance(node.op, ast.Add | ast.Sub) and isinstance(literal(node.value), int):
                stepped.add(node.target.id)
            else:
                other.add(node.target.id)
    return bool(from_mid) and bool(stepped - from_mid - other)


def _reduced_in_place_then_swapped(value: ast.expr, partner: str, body: list[ast.stmt]) -> bool:
    """`a %= b; a, b = b, a`: `b` gets a name only ever reduced modulo (or swapped with) it.

    Euclid's algorithm written with an augmented remainder: the pair shrinks as fast as with
    `a, b = b, a % b`.
    """
    if not isinstance(value, ast.Name):
        return False
    reduced = [
        n
        for n in walk_local(body)
        if isinstance(n, ast.AugAssign)
        and is_name(n.target, value.id)
        and isinstance(n.op, ast.Mod)
    ]
    others = [
        n
        for n in walk_local(body)
        if isinstance(n, ast.AugAssign) and is_name(n.target, value.id) and n not in reduced
    ]
    sources = [v for name, v in _pairs_assigned(body) if name == value.id]
    return (
        bool(reduced)
        and not others
        and all(
            is_name(v, partner) or (isinstance(v, ast.BinOp) and isinstance(v.op, ast.Mod))
            for v in sources
        )
    )


def _pairs_assigned(body: list[ast.stmt]) -> list[tuple[str, ast.expr]]:
    """(name, value) for each name the body assigns, a tuple assignment taken slot by slot."""
    out: list[tuple[str, ast.expr]] = []
    for node in walk_local(body):
        if not isinstance(node, ast.Assign):
            continue
        for tgt in node.targets:
            if isinstance(tgt, ast.Name):
                out.append((tgt.id, node.value))
            elif isinstance(tgt, ast.Tuple) and isinstance(node.value, ast.Tuple):
                out += [
                    (t.id, v)
                    for t, v in zip(tgt.elts, node.value.elts, strict=False)
                    if isinstance(t, ast.Name)
                ]
    return out


def _relays_a_halving(loop: ast.While, name: str, value: ast.expr) -> bool:
    """Two names that hand a shrinking value between them: a geometric walk all the same.

    `a, m = m, a % m` tested on `a` (Euclid's steps, as in a modular inverse), or
    `nxt = cur // 3; if nxt == 0: break; cur = nxt`.
    """
    pairs = _pairs_assigned(loop.body)
    if isinstance(value, ast.Name):
        # `a = m` where the body sets `m` to a remainder or a quotient of `a`.
        return any(
            target == value.id
            and _is_halving_value(v, name)
            and any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(v))
            for target, v in pairs
        )
    if _divides_what_it_fed(loop, name, value):
        return True
    sources = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)} - {name}
    # `nxt = cur // 3` where the body sets `cur = nxt`.
    return any(
        isinstance(v, ast.Name) and v.id == name and target in sources for target, v in pairs
    ) and any(
        isinstance(sub, ast.BinOp)
        and isinstance(sub.op, _HALVING_OPS)
        and {n.id for n in ast.walk(sub) if isinstance(n, ast.Name)} & sources
        for sub in ast.walk(value)
    )


def _divides_what_it_fed(loop: ast.While, name: str, value: ast.expr) -> bool:
    """`a = stubs // b` where the body adds `a` to `stubs`, or `n = m // k` after `m = n - r`.

    The new value is a quotient of what the old one made: a geometric walk through a
    second name (New Year Candles' burnt stubs, a remainder taken off before dividing).
    """
    if not (
        isinstance(value, ast.BinOp)
        and isinstance(value.op, ast.FloorDiv | ast.RShift)
        and isinstance(value.left, ast.Name)
        and value.left.id != name
        and not (isinstance(value.right, ast.Constant) and value.right.value in (0, 1))
    ):
        return False
    fed = value.left.id
    return any(
        (
            (isinstance(node, ast.AugAssign) and is_name(node.target, fed))
            or (isinstance(node, ast.Assign) and any(is_name(t, fed) for t in node.targets))
        )
        and any(is_name(n, name) for n in ast.walk(node.value))
        for node in walk_local(loop.body)
    )


def _squares_a_counter(node: ast.AST, stepped: set[str]) -> bool:
    """`i * i`, `(d + 1) * (d + 1)`, `i ** 2`: a counter the loop steps, squared.

    Not `2 * a[j]`, a value of the data doubled (the counter only indexes it).
    """

    def counters(side: ast.expr) -> set[str]:
        inside = {
            id(n) for sub in ast.walk(side) if isinstance(sub, ast.Subscript) for n in ast.walk(sub)
        }
        return {
            n.id
            for n in ast.walk(side)
            if isinstance(n, ast.Name) and id(n) not in inside and n.id in stepped
        }

    if not isinstance(node, ast.BinOp):
        return False
    if isinstance(node.op, ast.Mult):
        return bool(counters(node.left)) and bool(counters(node.right))
    if isinstance(node.op, ast.Pow):
        return bool(counters(node.left))
    return False


def _self_doubled(value: ast.expr, name: str) -> bool:
    """`cur + cur`: the name added to itself, twice what it was."""
    return (
        isinstance(value, ast.BinOp)
        and isinstance(value.op, ast.Add)
        and all(isinstance(x, ast.Name) and x.id == name for x in (value.left, value.right))
    )


def _adds_back_and_forth(step: ast.AugAssign, loop: ast.While, tested: set[str]) -> bool:
    """`a += b` beside `b += a`, both tested: each sum takes the other, as Fibonacci's does.

    The two grow geometrically (by the golden ratio at least every two passes).
    """
    if not (
        isinstance(step.op, ast.Add)
        and isinstance(step.target, ast.Name)
        and isinstance(step.value, ast.Name)
        and step.value.id in tested
        and step.value.id != step.target.id
    ):
        return False
    other, name = step.value.id, step.target.id
    return any(
        isinstance(n, ast.AugAssign)
        and isinstance(n.op, ast.Add)
        and is_name(n.target, other)
        and is_name(n.value, name)
        for n in walk_local(loop.body)
    )


def _a_share_of(step: ast.expr, name: str, loop: ast.While, scope: Scope) -> bool:
    """`m = n // 2`, then `n -= m`: taking off a fixed share of the value halves it."""
    if not isinstance(step, ast.Name):
        return False
    values = [n.value for n in assigns_to(loop.body, step.id)]
    return bool(values) and all(
        isinstance(v, ast.BinOp)
        and isinstance(v.op, ast.FloorDiv | ast.RShift)
        and is_name(_without_offset(v.left, scope), name)
        and isinstance(by := literal(v.right), int)
        and by >= 1
        for v in values
    )


def _grows_geometrically(step: ast.expr, loop: ast.While, target: str = "") -> bool:
    """`total += p` with `p *= 2` in the loop, or `have += 1 << k` with `k += 1`.

    Steps that double each pass sum to about twice the last one: the running total passes
    any bound in a logarithmic number of passes. The step may be a temporary of the loop
    capped by what is left of `target` (`take = min(k, n)`, then `n -= take`).
    """
    body = list(walk_local(loop.body))

    def doubled(name: str) -> bool:
        for node in body:
            if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
                if node.target.id != name:
                    continue
                if isinstance(node.op, ast.Mult | ast.LShift) and isinstance(
                    literal(node.value), int
                ):
                    return True
                if isinstance(node.op, ast.Add) and is_name(node.value, name):
                    return True
            elif (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and is_name(node.targets[0], name)
            ):
                return _self_doubled(node.value, name) or _doubles(node.value, name, {})
        return False

    def counted_up(name: str) -> bool:
        return any(
            isinstance(node, ast.AugAssign)
            and is_name(node.target, name)
            and isinstance(node.op, ast.Add)
            and literal(node.value) == 1
            for node in body
        )

    if isinstance(step, ast.Name):
        if doubled(step.id):
            return True
        held = assigns_to(loop.body, step.id)
        return bool(held) and all(
            _capped_by_the_rest(a.value, target, doubled) and len(a.targets) == 1 for a in held
        )
    if isinstance(step, ast.Call):
        return _capped_by_the_rest(step, target, doubled)  # `n -= min(k, n)`
    if isinstance(step, ast.BinOp) and isinstance(step.op, ast.LShift | ast.Pow):
        return isinstance(literal(step.left), int) and (
            isinstance(step.right, ast.Name) and counted_up(step.right.id)
        )
    return False


def _capped_by_the_rest(value: ast.expr, target: str, doubled: Callable[[str], bool]) -> bool:
    """`min(k, n)` with `k` doubled each pass and `n` the rest: `k` but on the last pass."""
    if not (isinstance(value, ast.Call) and callee_name(value) == "min" and value.args):
        return False
    steps = [a for a in value.args if isinstance(a, ast.Name) and doubled(a.id)]
    return bool(steps) and all(
        a in steps or (bool(target) and target in names_in(a)) for a in value.args
    )


def _doubles(value: ast.expr, name: str, pairs: dict[str, list[ast.expr]], depth: int = 3) -> bool:
    """`2 * i + 1`, `i << 1`, or a name set to one (`l = 2 * i + 1` then `big = l`)."""
    for sub in ast.walk(value):
        if isinstance(sub, ast.BinOp) and (
            (
                isinstance(sub.op, ast.Mult)
                and any(isinstance(x, ast.Name) and x.id == name for x in (sub.left, sub.right))
                and any(
                    isinstance(x, ast.Constant) and type(x.value) is int and x.value >= 2
                    for x in (sub.left, sub.right)
                )
            )
            or (
                isinstance(sub.op, ast.LShift)
                and isinstance(sub.left, ast.Name)
                and sub.left.id == name
            )
        ):
            return True
    if isinstance(value, ast.IfExp):
        # `c = r if h[r] < h[l] else l`: the smaller child, either one
        return _doubles(value.body, name, pairs, depth) and _doubles(
            value.orelse, name, pairs, depth
        )
    if (
        isinstance(value, ast.BinOp)
        and isinstance(value.op, ast.Add)
        and isinstance(value.right, ast.Constant)
    ):
        return _doubles(value.left, name, pairs, depth)  # `r = l + 1`: the other child
    if depth and isinstance(value, ast.Name) and value.id != name:
        return any(_doubles(v, name, pairs, depth - 1) for v in pairs.get(value.id, []))
    return False


def _descends_a_heap(loop: ast.While) -> bool:
    """`sift`: `l = 2 * i + 1; ...; big = l ...; i = big` until no child is bigger.

    Every pass that goes on moves the index to a child, at least twice as far: log n passes
    before it passes the size (each index kept is either itself, and the loop stops, or a
    child).
    """
    pairs: dict[str, list[ast.expr]] = {}
    for name, value in _pairs_assigned(loop.body):
        pairs.setdefault(name, []).append(value)
    for name, values in pairs.items():
        moves = [v for v in values if not (isinstance(v, ast.Name) and v.id == name)]
        if moves and all(isinstance(v, ast.Name) and _doubles(v, name, pairs) for v in moves):
            return True
    return False


def _a_last_item(node: ast.expr, name: str) -> bool:
    """`f[-1]`, `f[-2]`: one of the last items of list `name`."""
    return (
        isinstance(node, ast.Subscript)
        and isinstance(node.value, ast.Name)
        and node.value.id == name
        and isinstance(node.slice, ast.UnaryOp)
        and isinstance(node.slice.op, ast.USub)
        and isinstance(node.slice.operand, ast.Constant)
    )


def _next_term(value: ast.expr, name: str) -> bool:
    """`f[-1] + f[-2]`, `p[-1] * 2`, `p[-1] << 1`: a term that grows geometrically over `name`."""
    if not isinstance(value, ast.BinOp):
        return False
    if isinstance(value.op, ast.Add):
        return _a_last_item(value.left, name) and _a_last_item(value.right, name)
    if isinstance(value.op, ast.Mult | ast.LShift):
        sides = (value.left, value.right)
        return any(_a_last_item(x, name) for x in sides) and any(
            isinstance(x, ast.Constant)
            and type(x.value) is int
            and (x.value >= 2 or isinstance(value.op, ast.LShift))
            for x in sides
        )
    return False


def _grows_a_geometric_list(loop: ast.While, test: ast.expr) -> bool:
    """`while f[-1] <= n: f.append(f[-1] + f[-2])`: Fibonacci numbers or powers up to n.

    The terms grow geometrically, so a test on the last of them (or on the next term, kept
    in a name) fails after log n appends.
    """
    pairs = dict(_pairs_assigned(loop.body))
    tested = {n.id for n in ast.walk(test) if isinstance(n, ast.Name)}
    for node in walk_local(loop.body):
        appended = appended_item(node)
        if appended is None:
            continue
        name, term = appended
        via = term.id if isinstance(term, ast.Name) else None
        if via is not None:
            term = pairs.get(via, term)
        if not _next_term(term, name):
            continue
        if via in tested or any(
            _a_last_item(n, name) for n in ast.walk(test) if isinstance(n, ast.Subscript)
        ):
            return True
    return False


def _sets_a_bit(node: ast.AST) -> bool:
    """`m | (1 << i)`, `m ^ 3 << i`: a bit mask with bits at i set or flipped (i not a constant)."""
    return any(
        isinstance(sub, ast.BinOp)
        and isinstance(sub.op, ast.BitOr | ast.BitXor)
        and any(
            isinstance(side, ast.BinOp)
            and isinstance(side.op, ast.LShift)
            and isinstance(side.left, ast.Constant)
            and not isinstance(side.right, ast.Constant)
            for side in (sub.left, sub.right)
        )
        for sub in ast.walk(node)
    )


def _pieces(node: ast.expr) -> list[ast.expr]:
    """The operands of a chain of `+`: `a + b + c` gives `[a, b, c]`."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _pieces(node.left) + _pieces(node.right)
    return [node]


def _rearranges(value: ast.expr, states: set[str]) -> bool:
    """`s[:k] + s[k + 1] + s[k] + s[k + 2:]`, `s[:k][::-1] + s[k:]`: a state's items reordered.

    Every piece is a slice or an item of the same state (or a tuple of its items): a
    permutation of it, so a search over such states may meet every one of n! orders.
    """

    def of_state(piece: ast.expr) -> str | None:
        if isinstance(piece, ast.Tuple | ast.List) and piece.elts:
            roots = {of_state(e) for e in piece.elts}
            return roots.pop() if len(roots) == 1 else None
        if isinstance(piece, ast.Subscript):
            root = subscript_root(piece)
            return root if root in states else None
        return None

    pieces = _pieces(value)
    roots = {of_state(piece) for piece in pieces}
    return len(pieces) >= 2 and len(roots) == 1 and None not in roots


def pushes_exponential_states(
    body: list[ast.stmt], states: set[str], worklist: str | None = None
) -> bool:
    """A worklist fed masks with a bit set, or reorderings of the state taken (`states`).

    Over bit masks there are 2^n states, over orders n!: a search through either is
    exponential even when a visited set stops it meeting one twice. Only pushes onto
    `worklist` count when it is named.
    """
    derived = {
        t.id
        for node in walk_local(body)
        if isinstance(node, ast.Assign)
        and (_sets_a_bit(node.value) or _rearranges(node.value, states))
        for t in node.targets
        if isinstance(t, ast.Name)
    }
    for node in walk_local(body):
        if not (
            isinstance(node, ast.Call)
            and callee_name(node) in {"append", "appendleft", "heappush", "put"}
            and isinstance(node.func, ast.Attribute)
        ):
            continue
        args = node.args[1:] if callee_name(node) == "heappush" else node.args
        target = node.args[0] if callee_name(node) == "heappush" and node.args else node.func.value
        if worklist is not None and not is_name(target, worklist):
            continue
        for arg in args:
            for sub in ast.walk(arg):
                if isinstance(sub, ast.Name) and sub.id in derived:
                    return True
                if isinstance(sub, ast.expr) and (_sets_a_bit(sub) or _rearranges(sub, states)):
                    return True
    return False


def _explores_masks(loop: ast.While) -> bool:
    """A worklist that pushes masks with one more bit set, or reorderings of what it took."""
    taken = {
        t.id
        for node in walk_local(loop.body)
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Call)
        and callee_name(node.value) in _DRAIN_METHODS
        for tgt in node.targets
        for t in ast.walk(tgt)
        if isinstance(t, ast.Name)
    }
    return pushes_exponential_states(loop.body, taken)


def _marks_masks(loop: ast.While, scope: Scope) -> bool:
    """A worklist whose marks are a table of 2^n entries (`dist = [-1] * (1 << n)`).

    Each state it can reach is a bit mask, so it may visit every one of them.
    """
    marked = {
        n.value.id
        for n in walk_local(loop.body)
        if isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name)
    }
    return any(exponential_table(name, scope) for name in marked)


def exponential_table(name: str, scope: Scope) -> bool:
    """`dp = [0] * (1 << n)` or `[[0] * n for _ in range(1 << n)]`: a cell per bit mask."""
    values = scope.assigned.get(name, [])
    if len(values) != 1 or values[0] is None:
        return False
    value = values[0]
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Mult):
        return isinstance(value.left, ast.List) and is_exponential(value.right, scope)
    if isinstance(value, ast.ListComp) and len(value.generators) == 1:
        head = value.generators[0].iter
        return (
            isinstance(head, ast.Call)
            and callee_name(head) == "range"
            and len(head.args) == 1
            and is_exponential(head.args[0], scope)
        )
    return False


def _fibonacci_step(targets: ast.Tuple, values: ast.Tuple, name: str) -> bool:
    """`a, b = b, a + b`: `a` and `b` grow like the Fibonacci numbers (geometrically).

    `b` becomes the sum of itself and the one name that takes its old value, `a`; `a` takes
    the value of such a sum.
    """
    pairs = {
        t.id: v for t, v in zip(targets.elts, values.elts, strict=False) if isinstance(t, ast.Name)
    }
    step = pairs.get(name)
    if isinstance(step, ast.Name) and step.id != name and step.id in pairs:
        name, step = step.id, pairs[step.id]
    if not (isinstance(step, ast.BinOp) and isinstance(step.op, ast.Add)):
        return False
    operands = [step.left, step.right]
    if not all(isinstance(o, ast.Name) for o in operands):
        return False
    others = [o.id for o in operands if isinstance(o, ast.Name) and o.id != name]
    return len(others) == 1 and any(
        isinstance(v, ast.Name) and v.id == name and t == others[0] for t, v in pairs.items()
    )


def _mid_names(body: list[ast.stmt]) -> set[str]:
    """Names assigned a midpoint (`(lo + hi) // 2`, `lo + (hi - lo) // 2`, `(lo + hi) >> 1`)."""
    return {
        node.targets[0].id
        for node in walk_local(body)
        if isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and any(
            isinstance(sub, ast.BinOp)
            and isinstance(sub.op, ast.FloorDiv | ast.RShift | ast.Div)
            and isinstance(sub.right, ast.Constant)
            and isinstance(sub.right.value, int | float)
            and (sub.right.value > 1 or isinstance(sub.op, ast.RShift))
            for sub in ast.walk(node.value)
        )
    }


def _step_capped_by_a_countdown(loop: ast.While, tested: set[str], scope: Scope) -> bool:
    """`d = min(n, s); n -= d; s -= 1` with `s = 9`: a step no larger than a countdown.

    The countdown starts at a written number and only falls, so after that many passes the
    step is nothing (or takes back): a loop that ends does so within those passes.
    """
    steps = _steps(loop)
    reset = {name for name, _ in _pairs_assigned(loop.body)}
    countdowns = {
        name
        for name, step in steps
        if name not in reset
        and _starts_constant(name, scope)
        and all(
            isinstance(other.op, ast.Sub) and scope.is_const_expr(other.value)
            for n, other in steps
            if n == name
        )
    }

    def capped(value: ast.expr) -> bool:
        return (
            isinstance(value, ast.Call)
            and callee_name(value) == "min"
            and any(isinstance(a, ast.Name) and a.id in countdowns for a in value.args)
        )

    for name in tested - reset - countdowns:
        own = [step for n, step in steps if n == name]
        sources = [
            [v for v in _value_or_its_sources(step.value, loop) if not isinstance(v, ast.Name)]
            for step in own
        ]
        if own and all(
            isinstance(step.op, ast.Sub) and values and all(capped(v) for v in values)
            for step, values in zip(own, sources, strict=True)
        ):
            return True
    return False


def _value_or_its_sources(value: ast.expr, loop: ast.While) -> list[ast.expr]:
    """`value`, and what the loop assigns it when it is a name (`p = 1 << k`, then `n -= p`)."""
    if not isinstance(value, ast.Name):
        return [value]
    return [value, *(a.value for a in assigns_to(loop.body, value.id))]


def lowest_bit(node: ast.AST) -> str | None:
    """`k & (k - 1)` or `k & -k`: the lowest set bit of k, cleared or taken; k's name.

    A recursion that drops it each call (`g(k & (k - 1))`, `g(k - (k & -k))`), or a loop
    that does (`k = k & (k - 1)`; `low = k & -k; k -= low`), makes one step per set bit: as
    many as the number has binary digits, at most.
    """
    if not (isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitAnd)):
        return None
    for one, other in ((node.left, node.right), (node.right, node.left)):
        if not isinstance(one, ast.Name):
            continue
        if isinstance(other, ast.UnaryOp) and isinstance(other.op, ast.USub):
            return one.id if is_name(other.operand, one.id) else None
        if isinstance(other, ast.BinOp) and isinstance(other.op, ast.Sub):
            return one.id if is_name(other.left, one.id) and literal(other.right) == 1 else None
    return None


def _drops_lowest_bit(value: ast.expr, name: str) -> bool:
    """`n & (n - 1)`, `n - (n & -n)`, `n ^ (n & -n)`: n without its lowest set bit."""
    return any(lowest_bit(sub) == name for sub in ast.walk(value))


def _top_bit_of(parts: list[ast.expr], name: str) -> bool:
    """`1 << (n.bit_length() - 1)`, `2 ** int(log2(n))`: the highest power of two in n.

    `parts` is the value with what its names are assigned (`k = n.bit_length() - 1`, then
    `1 << k`). Taking it away (`n -= ...`) drops n's top bit, so n loses a binary digit each
    pass.
    """
    return any(
        isinstance(call, ast.Call)
        and (
            (
                isinstance(call.func, ast.Attribute)
                and call.func.attr == "bit_length"
                and is_name(call.func.value, name)
            )
            or (
                callee_name(call) in {"log2", "log", "bin"}
                and bool(call.args)
                and is_name(call.args[0], name)
            )
        )
        for part in parts
        for call in ast.walk(part)
    ) and any(
        isinstance(op, ast.BinOp) and isinstance(op.op, ast.LShift | ast.Pow)
        for part in parts
        for op in ast.walk(part)
    )


def _with_named_sources(value: ast.expr, body: list[ast.stmt]) -> list[ast.expr]:
    """`value`, and what `body` assigns the names in it (`p = 1 << k`, `k = n.bit_length()`)."""
    names = sorted({n.id for n in ast.walk(value) if isinstance(n, ast.Name)})
    return [value, *(a.value for nm in names for a in assigns_to(body, nm))]


def drops_top_bit(value: ast.expr, name: str, body: list[ast.stmt]) -> bool:
    """`value` takes from n its top bit, or the top power of a written base found in `body`.

    `f(n - (1 << k))` with `k = n.bit_length() - 1`, or `n - p` after `p = 1; while p * 2 <=
    n: p *= 2`: n loses a digit every few steps, a logarithmic number of them.
    """
    if not (isinstance(value, ast.BinOp) and isinstance(value.op, ast.Sub)):
        return False
    if not is_name(value.left, name):
        return False
    taken = value.right
    return _top_bit_of(_with_named_sources(taken, body), name) or _top_power_found(
        taken, name, body
    )


def _top_power_found(step: ast.expr, name: str, body: list[ast.stmt]) -> bool:
    """`p = 1; while p * 2 <= n: p *= 2`, then `n -= p`: the top power of a base in n.

    Taking it away lowers n's leading digit in that base (by one, or drops it), so n loses
    a digit every few passes: a written base makes that a logarithmic number of passes.
    """
    if not isinstance(step, ast.Name):
        return False
    starts = [a.value for a in assigns_to(body, step.id)]
    if not starts or not all(isinstance(literal(v), int) for v in starts):
        return False
    return any(
        isinstance(inner, ast.While)
        and {name, step.id} <= {n.id for n in ast.walk(inner.test) if isinstance(n, ast.Name)}
        and any(
            isinstance(a, ast.AugAssign)
            and is_name(a.target, step.id)
            and isinstance(a.op, ast.Mult | ast.LShift)
            and isinstance(by := literal(a.value), int)
            and by >= (1 if isinstance(a.op, ast.LShift) else 2)
            for a in walk_local(inner.body)
        )
        for inner in walk_local(body)
    )


def while_count(
    loop: ast.While, scope: Scope, enclosing: ast.For | ast.While | None
) -> tuple[Cost, str]:
    """Iterations of a while loop and a short reason; amortised when nested in another loop."""
    if ends_on_first_pass(loop):
        return ONE, "leaves on its first pass"
    test = _exit_test(loop)
    cond_names = {
        n.id for n in ast.walk(test) if isinstance(n, ast.Name) and not scope.is_const(n.id)
    }
    # A constant searched for (`while 'xxx' in s`) is no bound on the loop.
    needles = {
        id(c.left)
        for c in ast.walk(test)
        if isinstance(c, ast.Compare) and all(isinstance(op, ast.In | ast.NotIn) for op in c.ops)
    }
    const_bound = any(
        (isinstance(n, ast.Constant) and id(n) not in needles)
        or (isinstance(n, ast.Name) and scope.is_const(n.id))
        for n in ast.walk(test)
    )
    mids = _mid_names(loop.body)
    kinds: set[str] = set()
    for node in walk_local(loop.body):
        if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            if node.target.id in cond_names:
                # `i += i & -i` (Fenwick) or `i += i` steps by the value itself: geometric.
                # Not `i += a[i]`: a step read from the data at i, however large i is; nor
                # `x -= max(map(int, str(x)))`: a step a function of x gives, a digit say.
                indexed = {
                    id(n)
                    for sub in ast.walk(node.value)
                    if isinstance(sub, ast.Subscript | ast.Call)
                    for n in ast.walk(sub.slice if isinstance(sub, ast.Subscript) else sub)
                } - _at_least_parts(node.value, node.target.id)
                self_step = any(
                    isinstance(n, ast.Name) and n.id == node.target.id and id(n) not in indexed
                    for n in _taken_parts(node.value)
                )
                geometric = (
                    isinstance(node.op, _HALVING_OPS)
                    or self_step
                    or (
                        isinstance(node.op, ast.Add | ast.Sub)
                        and _grows_geometrically(node.value, loop, node.target.id)
                    )
                    or (
                        isinstance(node.op, ast.Sub)
                        and _a_share_of(node.value, node.target.id, loop, scope)
                    )
                    or _adds_back_and_forth(node, loop, cond_names)
                    or (
                        isinstance(node.op, ast.Sub)
                        and any(
                            _top_bit_of(_with_named_sources(v, loop.body), node.target.id)
                            or _drops_lowest_bit(v, node.target.id)
                            for v in _value_or_its_sources(node.value, loop)
                        )
                    )
                    or (
                        isinstance(node.op, ast.Sub)
                        and _top_power_found(node.value, node.target.id, loop.body)
                    )
                )
                kinds.add("mul" if geometric else "add")
        elif (
            isinstance(node, ast.AugAssign)
            and isinstance(node.op, _HALVING_OPS)
            and isinstance(node.target, ast.Subscript)
            and isinstance(node.target.value, ast.Name)
            and node.target.value.id in cond_names
            # the test reads the cell, not only the list's length (`while i < len(a)`)
            and any(
                isinstance(x, ast.Subscript) and is_name(x.value, node.target.value.id)
                for x in ast.walk(test)
            )
        ):
            # `while a[i] % 2 == 0: a[i] //= 2`: one cell halved in place, as a name would be.
            kinds.add("mul")
        elif isinstance(node, ast.Assign):
            for tgt in node.targets:
                # Names stored to (`j = ...`), not names indexing a store (`dp[j] = ...`).
                names = [
                    t
                    for t in ast.walk(tgt)
                    if isinstance(t, ast.Name) and isinstance(t.ctx, ast.Store)
                ]
                for t in names:
                    if t.id not in cond_names:
                        continue
                    value = node.value
                    if isinstance(tgt, ast.Tuple) and isinstance(value, ast.Tuple):
                        if _fibonacci_step(tgt, value, t.id):
                            kinds.add("mul")
                            continue
                        idx = tgt.elts.index(t) if t in tgt.elts else -1
                        value = value.elts[idx] if 0 <= idx < len(value.elts) else value
                    value = _unclamped(value)
                    used = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)}
                    picks = [value.body, value.orelse] if isinstance(value, ast.IfExp) else [value]
                    if all(
                        isinstance(v, ast.Attribute) and v.attr in {"left", "right"} for v in picks
                    ):
                        kinds.add("mid")  # walking down a binary tree: its height
                    elif used & mids:
                        kinds.add("mid")
                    elif _walks_residues(value, loop):
                        kinds.add("add")  # `r = r * 10 % n`: round the residues of n
                    elif (
                        _is_halving_value(value, t.id)
                        or _self_doubled(value, t.id)
                        or _drops_lowest_bit(value, t.id)
                        or (isinstance(value, ast.Call) and callee_name(value) == "divmod")
                        or _a_remainder(value, loop.body)
                        or _reduced_in_place_then_swapped(value, t.id, loop.body)
                        or _relays_a_halving(loop, t.id, value)
                    ):
                        kinds.add("mul")
                    elif isinstance(value, ast.BinOp | ast.Constant):
                        kinds.add("add")
                    else:
                        kinds.add("other")
        elif isinstance(node, ast.Call):
            name = callee_name(node)
            if name in _DRAIN_METHODS:
                kinds.add("drain")
    if _walks_permutations(loop, scope):
        return EXP, "steps through every permutation (next-permutation until the last)"
    capped = "add" in kinds and (
        _capped_by_a_count(test, loop, scope)
        or _step_capped_by_a_countdown(loop, cond_names, scope)
        or _capped_by_a_window_from_its_start(test, loop, scope, enclosing)
    )
    if kinds == {"add", "mul"} and _steps_down_to_a_read_divisor(loop, cond_names, scope):
        # `if n % k: n -= 1 else: n //= k`: with k above n every step takes one off.
        return N, "steps down by one to a multiple of a divisor read from the input"
    to_the_root = _trial_division(loop, test)
    if "mul" in kinds and not to_the_root and _divides_by_a_counter(loop, cond_names):
        return N, "trial division (the divisor counts up to the number when it is prime)"
    if kinds == {"mul"} and enclosing is not None and _shrinks_a_kept_number(loop, enclosing):
        # `while x % p == 0: x //= p` for each p: x only shrinks, log x steps over all passes.
        return ONE, "amortised halving (the number divided is kept across the outer loop)"
    if kinds == {"mul"} and _powers_of_outer_index(loop, enclosing, scope):
        # `j = i; while j <= n: j *= i` for every i: past the root of n, one pass each.
        return ONE, "powers of the outer index (more than one pass only below a root of n)"
    if kinds == {"mul"} and _multiplied_between_written_bounds(loop, test, cond_names, scope):
        # `x = 1; while x < 1000: x *= 10`: the source fixes every pass, three of them.
        return ONE, "bounded loop (a written number multiplied up to a written bound)"
    if (
        ("mid" in kinds or "mul" in kinds)
        and not to_the_root
        and not capped
        and not (enclosing is not None and _pops_a_kept_collection(loop, test, enclosing))
    ):
        if "mid" in kinds and _bisects_a_written_span(loop, test, cond_names, mids, scope):
            return ONE, "bisection between small written bounds (a few passes)"
        if "mid" in kinds and _one_bound_steps_by_one(loop, cond_names, mids):
            # `if ok(mid): hi = mid else: lo += 1`: the low end may creep up the whole span.
            return N, "bisection whose other end moves by one (the whole span at worst)"
        # `while i < 50 and n % 2 == 0: n //= 2; i += 1` stops at the count first.
        return LOG, "halving loop"
    if _descends_a_heap(loop):
        return LOG, "walk down a heap (the index at least doubles each step)"
    if kinds <= {"add"} and _grows_a_geometric_list(loop, test):
        return LOG, "geometric sequence (each term a multiple or a sum of the last ones)"
    if _round_a_circle(loop, cond_names, scope, fixed=True):
        # `while p != target: p = (p + 1) % 26`: at most 26 stations before it comes round.
        return ONE, "steps round a circle of written length"
    if _round_a_circle(loop, cond_names, scope, fixed=False):
        return N, "steps round a circle (n stations before it comes round)"
    if capped:
        # `while j < n and steps < 3: ...; steps += 1`: the count alone stops it.
        return ONE, CAPPED_BY_A_COUNT
    if "add" in kinds <= {"add", "other"} and _next_with_a_property(loop, test, scope):
        # `while digsum(n) % 4: n += 1`: the nearest number with a property of its digits
        # (or divisors) is a few steps away; each step's test is the work.
        return ONE, "search for the next number with a property (a few steps)"
    if kinds == {"add"} and _steps_by_outer_index(loop, enclosing, scope):
        # `j = 2 * i; while j <= n: j += i` for every i: n/1 + n/2 + ... passes in all.
        return LOG, "multiples of the outer index (a harmonic series)"
    if kinds == {"add"} and _times_outer_index(loop, enclosing, scope):
        return LOG, "multiples of the outer index (a harmonic series)"
    if kinds == {"add"} and _counts_to_a_quotient(loop, test, enclosing, scope):
        # `while j < n // i: j += 1` under `for i`: n/i passes each, n log n in all.
        return LOG, "up to a quotient by the outer index (a harmonic series)"
    subjects = cond_names - {
        c.func.id
        for c in ast.walk(test)
        if isinstance(c, ast.Call) and isinstance(c.func, ast.Name)
    }
    if len(subjects) == 1 and (
        _sums_digits(loop, next(iter(subjects)), scope)
        or _digital_root(loop, test, next(iter(subjects)))
    ):
        # 10^100000 -> at most 900000 -> at most 54 -> ...: a handful of passes.
        return ONE, "digit-sum loop (each pass leaves a far smaller number)"
    if _halves_collection(loop, test, scope):
        # n + n/2 + n/4 + ...: the passes together cost what the first one does.
        return ONE, "halving collection (a geometric series)"
    if kinds == {"add"}:
        steps = _stepped(loop)
        bits = _raises_two_to(test, steps, scope)
        if bits is not None:
            if bits == ONE:
                return ONE, "bounded loop (2^k passes a constant)"
            if _starts_at(steps, scope, _estimates_a_logarithm):
                # `k = int(math.log2(n)); while (1 << k) > n: k -= 1`: float error, a step.
                return ONE, "logarithm corrected by a step or two"
            return LOG, "doubling bound (2^k passes a size after log n steps)"
        if _counts_to_exponential(test, steps, scope):
            return EXP, "counts up to 2^n (every bit mask)"
    if _powers_of_its_counter(loop, cond_names):
        # `while True: d = (1 << k) - 1; if n % d == 0: break; k += 1`: 2^k passes a size
        # after log n steps of k.
        return LOG, "powers of two of a counter (log n steps)"
    if _counts_down_masks(cond_names, kinds, scope):
        return EXP, "enumerates bit masks"
    if "drain" in kinds and (_explores_masks(loop) or _marks_masks(loop, scope)):
        return EXP, "search over bit-mask states (up to 2^n of them)"
    if "drain" in kinds and _walks_arc_paths(loop, scope):
        return EXP, "walks every path of a directed graph (no marks, no memo)"
    if "drain" in kinds and _branches(loop):
        below = _pushes_below_a_bound(loop, scope)
        if below is not None:
            return below, BELOW_A_BOUND
        return EXP, "worklist that branches (every state pushes two more)"
    if _walks_to_root(loop) and not _parents_read(loop, scope):
        return ONE, "union-find walk (amortised nearly constant)"
    if (
        kinds <= {"other", "add"}
        and all(_reset_each_pass(loop, c) for c in _counted(loop) & cond_names)
        and _doubles_an_offset(loop, cond_names)
    ):
        # Prefix doubling (`sa.sort(key=lambda i: (r[i], r[i + k]))`, then `k *= 2`, until
        # the ranks are distinct): past the list's length the offset adds nothing new.
        return LOG, "prefix doubling (an offset into the list doubled each pass)"
    flag = test
    while isinstance(flag, ast.UnaryOp) and isinstance(flag.op, ast.Not):
        flag = flag.operand  # `while True: ...; if not swapped: break` runs while `swapped`
    if isinstance(flag, ast.Name) and any(
        isinstance(n.value, ast.Constant) and isinstance(n.value.value, bool)
        for n in assigns_to(loop.body, flag.id)
    ):
        return N, "repeat-until-stable loop"
    if isinstance(test, ast.Constant) and test.value:
        guarded = {
            n.id
            for b in walk_local(loop.body)
            if isinstance(b, ast.If) and any(isinstance(s, ast.Break) for s in b.body)
            for n in ast.walk(b.test)
            if isinstance(n, ast.Name)
        }
        levels = max((_rolled_over(loop, c, scope) for c in guarded), default=0)
        if levels:
            # `while True: j += 1; if j == m: j = 0; i += 1; if i == n: break`: flat nest.
            return (N * N if levels == 1 else N * N * N), "nested loops flattened into one"
        return N, "open loop"
    if (
        kinds == {"add"}
        and const_bound
        and not calls(test, {"len"})
        and not {n.id for n in ast.walk(test) if isinstance(n, ast.Name)}
        - _stepped(loop)
        - {n.id for n in ast.walk(test) if isinstance(n, ast.Name) and scope.is_const(n.id)}
        and not _walks_an_index_down(loop, test, cond_names, scope)
        and not _counts_down_a_size(loop, cond_names, scope)
    ):
        # `while i * i <= n` with `n` fixed (`sieve(1000)`): only the counter varies.
        return ONE, "bounded loop"
    if any(_squares_a_counter(b, _stepped(loop)) for b in ast.walk(test)) and ("add" in kinds):
        if _starts_at(_stepped(loop), scope, _estimates_a_root):
            # `r = int(x ** 0.5); while r * r > x: r -= 1`: rounding error, a step or two.
            return ONE, "square root corrected by a step or two"
        return SQRT, "square-root bound"
    if (
        kinds <= {"add"}
        and const_bound
        and not _test_has_size(test, scope)
        and not _walks_an_index_down(loop, test, cond_names, scope)
        and not _counts_down_a_size(loop, cond_names, scope)
    ):
        return ONE, "bounded loop"
    if kinds == {"add"}:
        steps = _stepped(loop)
        short = _short_length_bound(test, steps, scope)
        if short is not None:
            return short, "counts up to the length of a short string"
        if _indexes_fixed_each_pass(loop, test, steps, scope):
            return ONE, "its counter indexes a fixed list every pass"
        if _until_a_multiple(loop, test, scope):
            return ONE, "its counter reaches a multiple of a written modulus"
        if _while_every_count_divides(loop, test):
            return LOG, "its counter climbs through divisors in a row of a number"
        if _counts_down_a_logarithm(loop, cond_names, scope):
            return LOG, "counts down from a logarithm (the bits or digits of a number)"
    # The names the loop itself steps (`j += 1`); a test may also read names it never
    # changes (`while j < n and s[i] == s[j]`), which an outer loop may reset freely.
    stepped = {
        t.id
        for node in walk_local(loop.body)
        if isinstance(node, ast.AugAssign | ast.Assign)
        for tgt in (node.targets if isinstance(node, ast.Assign) else [node.target])
        for t in ast.walk(tgt)
        if isinstance(t, ast.Name) and isinstance(t.ctx, ast.Store)
    }
    # A collection the test reads and the body pops (`while st and h[st[-1]] >= cur:
    # st.pop()`) is what runs out, whatever else the test compares.
    drained = _drained(loop) & {n.id for n in ast.walk(test) if isinstance(n, ast.Name)}
    counters = drained or (cond_names & stepped) or cond_names
    if enclosing is not None:
        reset = _assigned_in(enclosing.body, exclude=loop)
        if isinstance(enclosing, ast.For):
            # `for lo, hi in ((c, c), (c, c + 1)):` sets the counters it steps afresh too,
            # and `z[i] += 1` under `for i` steps a fresh cell each pass (a naive Z-array).
            targets = {t.id for t in ast.walk(enclosing.target) if isinstance(t, ast.Name)}
            reset |= targets & stepped
            cells = _stepped_cells(loop, targets) & cond_names
            # A window that keeps how far a cell reached (`l, r = i, i + z[i]`, the Z-function
            # proper) makes the walks amortised: only a cell nothing remembers restarts.
            cells -= _remembered(enclosing.body, loop, cells)
            counters |= cells
            reset |= cells
            # So does a plain counter started from such a window (`k = min(d[l + r - i], r -
            # i + 1)`, then `l, r = i - k, i + k`: Manacher's, the Z-function's).
            reset -= _started_from_its_window(enclosing.body, loop, counters & reset, targets)
        if not (counters & reset):
            # The counter (or worklist) outlives each outer iteration: amortised over it.
            return ONE, "amortised inner loop"
        if _kept_pointer_bounds(loop, test, reset):
            return ONE, "amortised inner loop (a pointer kept across the outer loop)"
        if _kept_cell_pointer(enclosing, loop, test, reset):
            return ONE, "amortised inner loop (a pointer per item, kept across the outer loop)"
        if (
            _marks_as_it_goes(loop, reset)
            or _marks_what_outer_skips(loop, enclosing, reset)
            or _marks_path_after(loop, enclosing, reset)
            or _closes_a_cycle(loop, enclosing)
        ):
            return ONE, "amortised marking loop"
        if _steps_the_outer_cursor(enclosing, loop):
            return ONE, "amortised run (each pass steps the outer loop's own counter)"
        if _follows_failure_links(enclosing, loop, counters):
            return ONE, "failure-link walk (prefix function, amortised over the outer loop)"
        if _outer_jumps_past(enclosing, loop, counters) or _outer_skips_past(
            enclosing, loop, counters
        ):
            return ONE, "amortised run (the outer loop resumes where it stopped)"
        # The pointers are the counters the outer loop sets; a running sum the inner loop
        # adds to and the outer one takes from (`s -= a[i]`) bounds nothing on its own.
        pointers = counters & reset & stepped
        if kinds == {"add"} and pointers and _catches_up(enclosing, loop, pointers):
            return ONE, "amortised pointer (only ever moves forward)"
        if kinds == {"add"} and pointers and _catches_up(enclosing, loop, pointers, down=True):
            return ONE, "amortised pointer (only ever moves back)"
        if kinds == {"add"} and _one_index_catches_up(enclosing, loop, test, pointers):
            # `while j < n and cur + a[j] <= m: cur += a[j]; j += 1` with `if j < i: j = i`:
            # `j` bounds the loop alone, whatever the running sum beside it does.
            return ONE, "amortised pointer (only ever moves forward)"
        if kinds == {"add"} and pointers and _falls_to_a_rising_floor(enclosing, loop, pointers):
            return ONE, "amortised pointer (walks down to the outer index, lifted only to it)"
        if "drain" in kinds and _guards_visits(enclosing):
            # A fresh worklist per unvisited start: each item is still processed once overall.
            return ONE, "amortised traversal"
        if "drain" in kinds and pushes_what_it_takes_from_a_pool(loop, enclosing):
            # Each item pushed left the pool the outer loop drains: pushed once over all starts.
            return ONE, "amortised traversal (each item taken out of a shrinking pool)"
    if "drain" in kinds and _grid_cells(loop, scope):
        return N * N, "search over the cells of a grid (each cell once)"
    if "drain" in kinds and _drains_a_fixed_collection(loop, cond_names, scope):
        return ONE, "drains a collection of fixed size"
    if "drain" not in kinds and _fills_to_a_constant_length(loop, test, scope):
        return ONE, "fills a collection up to a written length"
    if "drain" in kinds and _pushes_residues(loop, scope):
        # `if dist[v] < 0: q.append(v)` for `v` in `((u * 3) % 10, (u + 7) % 10)`: ten states.
        return ONE, "worklist of residues of a written modulus (each pushed once)"
    if "drain" in kinds and _pushes_below_a_bound(loop, scope) == ONE:
        # `if 0 <= nx < 8 and 0 <= ny < 8: q.append((nx, ny))`: states of a written board.
        return ONE, "worklist of states under written bounds"
    if not kinds and (padded := pads_to_the_length_of(loop)) is not None:
        if scope.kind(padded[1]) == "digits":
            # `while len(a) < len(b): a.append(0)` with `b` a number's digits: log n passes.
            return LOG, "pads a list to the length of a number's digits"
        if scope.is_const(padded[1]) or padded[1] in scope.fixed:
            return ONE, "pads a list to the length of a fixed one"
    if "drain" in kinds or not kinds:
        return N, "worklist loop"
    if kinds == {"add"} and _indexes_digits(test, counters, scope):
        return LOG, "walk along the digits of a number"
    levels = (
        max((_rolled_over(loop, c, scope) for c in cond_names), default=0)
        if kinds == {"add"}
        else 0
    )
    if levels:
        # `j += 1; if j == m: j = 0; i += 1`: nested loops written as one; i steps once per
        # round of j, so the passes multiply as the loops' would.
        return (N * N if levels == 1 else N * N * N), "nested loops flattened into one"
    back = _steps_back(loop, cond_names) if kinds == {"add"} else None
    if back == "reset":
        # Back to the start after every swap: a swap per inversion (n^2 of them), each
        # followed by a walk of up to n steps to where it was.
        return N * N * N, "index reset to the start after each swap (n steps per inversion)"
    if back is not None:
        # Gnome sort: `i += 1` on one branch, `i -= 1` (or `i = 0`) on the other; each
        # step back undoes a step forward, up to n of them per item.
        return N * N, "index that steps back (up to n steps per step forward)"
    return N, "linear loop"


def _doubles_an_offset(loop: ast.While, tested: set[str]) -> bool:
    """The loop doubles a counter the test does not read, an offset added to an index.

    `k *= 2` (or `k <<= 1`, `k += k`) on every store, and `r[i + k]` or `c[(p[i] + k) % n]`
    read in the body, lambdas included: after log n passes the offset spans the whole list.
    """
    for name in _stepped(loop) - tested:
        stores = [
            n
            for n in walk_local(loop.body)
            if isinstance(n, ast.AugAssign | ast.Assign)
            and any(
                is_name(t, name) for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
            )
        ]
        written = [
            n
            for n in walk_local(loop.body)
            if isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Store)
        ]
        if not stores or len(written) != len(stores):
            continue
        if not all(_doubles_its_counter(store, name) for store in stores):
            continue
        if any(
            isinstance(sub, ast.Subscript)
            and any(
                isinstance(part, ast.BinOp)
                and isinstance(part.op, ast.Add)
                and (is_name(part.left, name) or is_name(part.right, name))
                for part in ast.walk(sub.slice)
            )
            for stmt in loop.body
            for sub in ast.walk(stmt)
        ):
            return True
    return False


def _counted(loop: ast.While) -> set[str]:
    """Names the loop steps from themselves (`r += 1`, `t = t + 1`), at any depth of its body."""
    out: set[str] = set()
    for n in walk_local(loop.body):
        if isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Name):
            out.add(n.target.id)
        elif isinstance(n, ast.Assign) and isinstance(n.value, ast.BinOp):
            out |= {t.id for t in n.targets if isinstance(t, ast.Name)} & names_in(n.value)
    return out


def _reset_each_pass(loop: ast.While, name: str) -> bool:
    """`r = 0` at the top of the loop's body: a count of this pass alone, not of the loop's."""
    return any(
        isinstance(stmt, ast.Assign)
        and any(is_name(t, name) for t in stmt.targets)
        and isinstance(stmt.value, ast.Constant)
        for stmt in loop.body
    )


def _doubles_its_counter(store: ast.AugAssign | ast.Assign, name: str) -> bool:
    """`k *= 2`, `k <<= 1`, `k += k`, `k = k * 2`, `k = k << 1`: the counter doubled."""
    if isinstance(store, ast.AugAssign):
        op, value = store.op, store.value
    elif isinstance(store.value, ast.BinOp) and is_name(store.value.left, name):
        op, value = store.value.op, store.value.right
    else:
        return False
    if isinstance(op, ast.Add):
        return is_name(value, name)
    factor = literal(value)
    return (isinstance(op, ast.Mult) and factor == 2) or (
        isinstance(op, ast.LShift) and factor == 1
    )


def _unclamped(value: ast.expr) -> ast.expr:
    """`i - 1` of `max(i - 1, 0)`: a step kept within a written limit is still that step."""
    if (
        isinstance(value, ast.Call)
        and callee_name(value) in {"max", "min"}
        and len(value.args) == 2
        and not value.keywords
    ):
        step, limit = value.args
        if isinstance(step, ast.Constant):
            step, limit = limit, step
        if isinstance(limit, ast.Constant) and isinstance(step, ast.BinOp):
            return step
    return value


def _pops_a_kept_collection(
    loop: ast.While, test: ast.expr, enclosing: ast.For | ast.While
) -> bool:
    """`while st and st[-1] == x: st.pop(); x *= 2` under a loop that keeps `st`.

    Every pass pops the collection the test needs non-empty and pushes nothing back: the
    pops of all passes together bound the loop, whatever else (a doubling) its test reads.
    """
    parts = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else []
    needed = {p.id for p in parts if isinstance(p, ast.Name)}
    popped = {
        name
        for stmt in loop.body
        if isinstance(stmt, ast.Expr | ast.Assign) and isinstance(stmt.value, ast.Call)
        for name in _drained_by(stmt.value)
    }
    kept = needed & popped - appended_to(loop.body) - _assigned_in(enclosing.body, exclude=loop)
    return bool(kept)


def _steps_back(loop: ast.While, tested: set[str]) -> str | None:
    """A tested index moved forward in one branch of an `if`, back (or to the start) in the other.

    By written steps only (`i += 1`, `i -= 1`, `i = max(i - 1, 0)`): a jump by the data
    (`i += d[i]`) is a walk that other tests bound (cells marked as it goes). Nor a loop that
    removes items as it steps back (`del a[i]; i -= 1`): each step back pays for a removal,
    n in all. "reset" when the branch going back swaps two items and restarts (`i = 0`);
    "back" for any other step back.
    """
    if any(
        isinstance(n, ast.Delete)
        or (isinstance(n, ast.Call) and callee_name(n) in {"pop", "remove"})
        for n in walk_local(loop.body)
    ):
        return None

    def moves(stmts: list[ast.stmt], name: str) -> set[str]:
        out: set[str] = set()
        for stmt in walk_local(stmts):
            if (
                isinstance(stmt, ast.AugAssign)
                and is_name(stmt.target, name)
                and isinstance(stmt.value, ast.Constant)
            ):
                out.add("up" if isinstance(stmt.op, ast.Add) else "down")
            elif isinstance(stmt, ast.Assign) and any(is_name(t, name) for t in stmt.targets):
                step = _unclamped(stmt.value)
                if isinstance(stmt.value, ast.Constant):
                    out |= {"down", "reset"}
                elif (
                    isinstance(step, ast.BinOp)
                    and is_name(step.left, name)
                    and isinstance(step.right, ast.Constant)
                    and isinstance(step.op, ast.Add | ast.Sub)
                ):
                    out.add("up" if isinstance(step.op, ast.Add) else "down")
        return out

    def kind(back: list[ast.stmt], name: str) -> str:
        swapped = any(isinstance(n, ast.stmt) and swaps(n) for n in walk_local(back))
        return "reset" if swapped and "reset" in moves(back, name) else "back"

    def toward(test: ast.expr, name: str) -> bool:
        # `if x1 < x2: x1 += 1 else: x1 -= 1`: a walk toward a target, one way throughout.
        return any(
            isinstance(c, ast.Compare)
            and any(is_name(side, name) for side in (c.left, *c.comparators))
            and not all(
                is_name(side, name) or isinstance(side, ast.Constant)
                for side in (c.left, *c.comparators)
            )
            for c in ast.walk(test)
        )

    for branch in (n for n in walk_local(loop.body) if isinstance(n, ast.If)):
        for name in tested:
            if toward(branch.test, name):
                continue
            one, other = moves(branch.body, name), moves(branch.orelse, name)
            if "up" in one and "down" in other:
                return kind(branch.orelse, name)
            if "down" in one and "up" in other:
                return kind(branch.body, name)
    return None


def _rolled_over(
    loop: ast.While, name: str, scope: Scope, seen: frozenset[str] = frozenset()
) -> int:
    """How many counters `name` waits a full round of, as in nested loops written flat.

    `k += 1; if k == n: k = 0; j += 1`: j steps only in a branch that tests k against a
    size and sets k back, and k steps on the other passes; k is one level below j. A
    counter stepped on every pass (in both branches, or outside any) waits on nothing.
    """
    steps = [
        n
        for n in walk_local(loop.body)
        if isinstance(n, ast.AugAssign)
        and is_name(n.target, name)
        and isinstance(n.op, ast.Add)
        and isinstance(n.value, ast.Constant)
    ]
    if not steps or any(s in loop.body for s in steps):
        return 0
    levels = 0
    for branch in (n for n in walk_local(loop.body) if isinstance(n, ast.If)):
        for arm in (branch.body, branch.orelse):
            inside = {id(n) for n in walk_local(arm)}
            if not any(id(s) in inside for s in steps) or not all(id(s) in inside for s in steps):
                continue
            for stmt in arm:
                if not (
                    isinstance(stmt, ast.Assign)
                    and len(stmt.targets) == 1
                    and isinstance(stmt.targets[0], ast.Name)
                ):
                    continue
                other = stmt.targets[0].id
                if (
                    other == name
                    or other in seen
                    or other in names_in(stmt.value)
                    or other not in names_in(branch.test)
                    or not _test_has_size(branch.test, scope)
                    or not any(
                        isinstance(n, ast.AugAssign)
                        and is_name(n.target, other)
                        and isinstance(n.op, ast.Add)
                        and id(n) not in inside
                        for n in walk_local(loop.body)
                    )
                ):
                    continue
                levels = max(levels, 1 + _rolled_over(loop, other, scope, seen | {name}))
    return levels


def _indexes_digits(test: ast.expr, counters: set[str], scope: Scope) -> bool:
    """`while d[j] != 0: j += 1` over `d`, a number's digits: at most as many passes."""
    return any(
        isinstance(n, ast.Subscript)
        and isinstance(n.value, ast.Name)
        and scope.kind(n.value.id) == "digits"
        and isinstance(_without_offset(n.slice, scope), ast.Name)
        and _without_offset(n.slice, scope).id in counters  # type: ignore[attr-defined]
        for n in ast.walk(test)
    )


def _grid_cells(loop: ast.While, scope: Scope) -> bool:
    """`x, y = q.popleft()` then `g[nx][ny]`: a worklist of grid cells, n * m of them.

    The item taken is a pair (or more) of coordinates, and the body reads a cell of a
    two-dimensional table at two coordinates. A table of rows of constant width (`d =
    [[-1, -1] for _ in range(n)]`, a vertex and a parity) has n cells, not n * m.
    """
    taken = any(
        isinstance(node, ast.Assign)
        and isinstance(node.targets[0], ast.Tuple)
        and len(node.targets[0].elts) >= 2
        and isinstance(node.value, ast.Call)
        and callee_name(node.value) in _DRAIN_METHODS
        for node in walk_local(loop.body)
    )
    # Neighbours pushed from a loop over directions, not one successor per item taken (a
    # k-way merge pushes `lists[i][j + 1]`: all lists together hold n items).
    explores = any(
        isinstance(node, ast.For)
        and any(
            isinstance(c, ast.Call) and callee_name(c) in _PUSHES
            for stmt in node.body
            for c in ast.walk(stmt)
        )
        for node in walk_local(loop.body)
    )
    return (
        taken
        and explores
        and (
            any(
                isinstance(node, ast.Subscript)
                and isinstance(node.value, ast.Subscript)
                and isinstance(node.value.value, ast.Name)
                and not scope.is_board(node.value.value.id)
                and not _few_rows(node.value.value.id, scope)
                and not isinstance(node.slice, ast.Slice | ast.Constant)
                and not isinstance(node.value.slice, ast.Slice | ast.Constant)
                for node in walk_local(loop.body)
            )
            or _pushes_cells_below_sizes(loop, scope)
        )
    )


def _pushes_cells_below_sizes(loop: ast.While, scope: Scope) -> bool:
    """`if 0 <= nx < n and 0 <= ny < n: q.append((nx, ny))`: cells of a grid no array holds.

    Every push onto the worklist is a tuple with two coordinates each kept below a size
    (not a written number) by the tests around it: up to n * m cells, as an array would have.
    """
    tested = {n.id for n in ast.walk(loop.test) if isinstance(n, ast.Name)}
    parents = parents_of(walk_local(loop.body))
    pushes = [
        node
        for node in walk_local(loop.body)
        if isinstance(node, ast.Call)
        and callee_name(node) in _PUSHES
        and isinstance(node.func, ast.Attribute)
        and names_in(node.func.value) & tested
        and node.args
    ]

    def sized(coordinate: ast.expr, tests: list[ast.expr]) -> bool:
        names = names_in(coordinate)
        return any(
            _value_names(small) & names
            and not names_in(big) & names
            and not scope.is_const_expr(big)
            for test in tests
            for small, big in required_bounds(test)
        )

    for node in pushes:
        cell = node.args[-1]
        tests = []
        up = parents.get(id(node))
        while up is not None:
            if isinstance(up, ast.If):
                tests.append(up.test)
            up = parents.get(id(up))
        if not (isinstance(cell, ast.Tuple) and sum(sized(e, tests) for e in cell.elts) >= 2):
            return False
    return bool(pushes)


def _few_rows(name: str, scope: Scope) -> bool:
    """`[[-1] * n for _ in range(2)]`, `[input(), input()]`: a table of a fixed few rows."""
    values = scope.assigned.get(name, [])
    return bool(values) and all(
        (isinstance(v, ast.List) and 0 < len(v.elts) <= 4)
        or (
            isinstance(v, ast.ListComp)
            and len(v.generators) == 1
            and scope.is_const_expr(v.generators[0].iter)
        )
        for v in values
    )


_DIGIT_FOLDS = frozenset({"sum", "prod"})


def _constant_step_counters(loop: ast.While, scope: Scope) -> dict[str, type[ast.operator]]:
    """Names the loop only ever steps by a written constant, one way: `ast.Add` or `ast.Sub`.

    Not a name also set afresh inside the loop, nor one stepped both up and down (or by
    anything else).
    """
    steps = _steps(loop)
    by_constant = {
        name: type(step.op)
        for name, step in steps
        if isinstance(step.op, ast.Add | ast.Sub) and scope.is_const_expr(step.value)
    }
    reset = {name for name, _ in _pairs_assigned(loop.body)}  # set again inside the loop
    mixed = {name for name, step in steps if type(step.op) is not by_constant.get(name)}
    return {name: op for name, op in by_constant.items() if name not in reset | mixed}


def _capped_by_a_count(test: ast.expr, loop: ast.While, scope: Scope) -> bool:
    """One condition the loop needs is `c < K`, `c` a counter it steps up from a constant.

    Or `d > 0`, `d` a counter it steps down from a constant (`d = 9`, `d -= 1`); or an exit
    of the body, `if c > 5: break`, that such a counter takes.
    """
    parts = (
        list(test.values) if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else []
    )
    if isinstance(test, ast.Compare) and _capped_by_min(test.comparators[-1], scope):
        parts.append(test)  # `while i < min(n, 9)` is `while i < n and i < 9`
    parts += _stays_while_not(loop)
    if not parts:
        return False
    counters = _constant_step_counters(loop, scope)

    def caps(part: ast.expr) -> bool:
        if not (
            isinstance(part, ast.Compare)
            and len(part.ops) == 1
            and isinstance(part.left, ast.Name)
            and part.left.id in counters
            and (
                (
                    scope.is_const_expr(part.comparators[0])
                    and not is_exponential(part.comparators[0], scope)
                )
                or _capped_by_min(part.comparators[0], scope)
            )
            and _starts_constant(part.left.id, scope)
        ):
            return False
        toward = ast.Lt | ast.LtE if counters[part.left.id] is ast.Add else ast.Gt | ast.GtE
        return isinstance(part.ops[0], toward)

    return any(caps(part) or _grows_a_list_to_a_written_length(part, loop, scope) for part in parts)


def _grows_a_list_to_a_written_length(part: ast.expr, loop: ast.While, scope: Scope) -> bool:
    """`len(ans) < 5` with every pass appending to `ans` and nothing taking out: five passes.

    The list may hold items before the loop: its length only grows, so it reaches the written
    number within that many passes whatever it started at.
    """
    name = _length_below_a_written_number(part, scope, ast.Lt | ast.LtE)
    if name is None:
        return False
    appends = any(
        isinstance(s, ast.Expr)
        and isinstance(s.value, ast.Call)
        and isinstance(s.value.func, ast.Attribute)
        and s.value.func.attr == "append"
        and is_name(s.value.func.value, name)
        for s in loop.body
    )
    if not appends or any(isinstance(s, ast.Continue) for s in ast.walk(loop)):
        return False
    for node in ast.walk(loop):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in {"pop", "remove", "clear", "popleft"}
            and is_name(node.func.value, name)
        ):
            return False
        if isinstance(node, ast.Name) and node.id == name and not isinstance(node.ctx, ast.Load):
            return False  # `ans = []` again, or `del ans`
        if isinstance(node, ast.Delete | ast.Assign | ast.AugAssign) and any(
            isinstance(t, ast.Subscript) and is_name(t.value, name)
            for t in (node.targets if isinstance(node, ast.Delete | ast.Assign) else [node.target])
        ):
            return False  # `del ans[-1]`, `ans[i:] = []`
    return True


def _window_base(node: ast.expr, scope: Scope) -> str | None:
    """`j + 2`, `j - 1`, `3 + j`: the part other than written offsets (`j`), as a key.

    None when nothing but constants is left.
    """
    while isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Sub):
        if scope.is_const_expr(node.right):
            node = node.left
        elif isinstance(node.op, ast.Add) and scope.is_const_expr(node.left):
            node = node.right
        else:
            break
    if scope.is_const_expr(node):
        return None
    return ast.dump(node)


def _capped_by_a_window_from_its_start(
    test: ast.expr, loop: ast.While, scope: Scope, enclosing: ast.For | ast.While | None
) -> bool:
    """`k = j + 1`, then `while k < n and k < j + 3: ...; k += 1`: a window of written width.

    One condition the loop needs keeps a counter it steps by a constant within a written
    distance of what it started from (`k < j + 3`, `k - j <= 5`, `k > j - 4` counting down),
    and nothing in the loop moves that start: a few steps, whatever the sizes.
    """
    if enclosing is None:
        return False
    parts = (
        list(test.values)
        if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And)
        else [test]
    )
    parts += _stays_while_not(loop)
    counters = _constant_step_counters(loop, scope)
    moved = bound_names(walk_local(loop.body), augmented=True)

    def start_base(name: str) -> str | None:
        starts = [
            node
            for node in assigns_to(enclosing.body, name)
            if node.lineno < loop.lineno and not any(n is node for n in walk_local(loop.body))
        ]
        if not starts:
            return None
        return _window_base(max(starts, key=lambda n: n.lineno).value, scope)

    def caps(part: ast.expr) -> bool:
        if not (isinstance(part, ast.Compare) and len(part.ops) == 1):
            return False
        left, op, right = part.left, part.ops[0], part.comparators[0]
        if isinstance(left, ast.Name) and left.id in counters:
            name, bound = left.id, right
        elif (
            isinstance(left, ast.BinOp)
            and isinstance(left.op, ast.Sub)
            and isinstance(left.left, ast.Name)
            and left.left.id in counters
            and counters[left.left.id] is ast.Add
            and scope.is_const_expr(right)
        ):
            name, bound = left.left.id, left.right  # `k - j <= 5` is `k <= j + 5`
        else:
            return False
        toward = ast.Lt | ast.LtE if counters[name] is ast.Add else ast.Gt | ast.GtE
        base = _window_base(bound, scope)
        return (
            isinstance(op, toward)
            and base is not None
            and base == start_base(name)
            and not (names_in(bound) & moved)
        )

    return any(caps(part) for part in parts)


def _capped_by_min(bound: ast.expr, scope: Scope) -> bool:
    """`min(n, 9)`: a bound no larger than a written number, whatever the size.

    The rule is `Scope.is_const_expr`'s, which also serves names assigned such a bound.
    """
    return (
        isinstance(bound, ast.Call) and callee_name(bound) == "min" and scope.is_const_expr(bound)
    )


#: The comparison that holds while `a <op> b` does not.
_NEGATED: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Gt: ast.LtE,
    ast.GtE: ast.Lt,
    ast.Lt: ast.GtE,
    ast.LtE: ast.Gt,
}


def _stays_while_not(loop: ast.While) -> list[ast.expr]:
    """`c <= 5` for each `if c > 5: break` at the top of the body: what must hold to go on."""
    out: list[ast.expr] = []
    for stmt in loop.body:
        cond = stmt.test if isinstance(stmt, ast.If) else None
        if (
            isinstance(stmt, ast.If)
            and not stmt.orelse
            and isinstance(stmt.body[-1], ast.Break)
            and isinstance(cond, ast.Compare)
            and len(cond.ops) == 1
            and type(cond.ops[0]) in _NEGATED
        ):
            op = _NEGATED[type(cond.ops[0])]()
            out.append(ast.Compare(left=cond.left, ops=[op], comparators=cond.comparators))
    return out


def _steps_by_outer_index(
    loop: ast.While, enclosing: ast.For | ast.While | None, scope: Scope
) -> bool:
    """Every step of the loop's counter adds the index of an enclosing `for` over a size.

    Or of an enclosing `while i <= n: ...; i += 1`, the same loop written by hand.
    """
    index = _outer_index(enclosing, scope)
    if index is None:
        return False
    tested = {n.id for n in ast.walk(loop.test) if isinstance(n, ast.Name)}
    steps = [step for name, step in _steps(loop) if name in tested]
    return bool(steps) and all(
        isinstance(step.op, ast.Add) and isinstance(step.value, ast.Name) and step.value.id == index
        for step in steps
    )


def _times_outer_index(
    loop: ast.While, enclosing: ast.For | ast.While | None, scope: Scope
) -> bool:
    """`while i * j <= n: j += 1` under `for i`: n/i passes, a harmonic series in all."""
    index = _outer_index(enclosing, scope)
    names = _product_against_a_size(loop.test, ast.Lt | ast.LtE, scope)
    if index is None or len(names) != 2 or index not in names:
        return False
    counter = names[1] if names[0] == index else names[0]
    return _only_counter_counts_up(loop, counter, index)


def _only_counter_counts_up(loop: ast.While, counter: str, index: str) -> bool:
    """The loop only steps `counter`, by one, and never steps the outer `index`."""
    steps = [(name, step) for name, step in _steps(loop) if name in {counter, index}]
    return bool(steps) and all(
        name == counter
        and isinstance(step.op, ast.Add)
        and isinstance(step.value, ast.Constant)
        and step.value.value == 1
        for name, step in steps
    )


def _counts_to_a_quotient(
    loop: ast.While, test: ast.expr, enclosing: ast.For | ast.While | None, scope: Scope
) -> bool:
    """`while j < n // i: j += 1` (or `m = n // i` first) under `for i`: n/i passes."""
    index = _outer_index(enclosing, scope)
    if not (
        index is not None
        and isinstance(test, ast.Compare)
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.Lt | ast.LtE)
        and isinstance(test.left, ast.Name)
        and _quotient_by(test.comparators[0], {index}, scope)
    ):
        return False
    counter = test.left.id
    return _only_counter_counts_up(loop, counter, index)


def _powers_of_outer_index(
    loop: ast.While, enclosing: ast.For | ast.While | None, scope: Scope
) -> bool:
    """Every step multiplies the tested counter by the index of an enclosing `for` over a range.

    Base i reaches n in log n / log i steps: over i up to a size that sums to a few times
    the size, as only the i below a root of n take more than a step or two.
    """
    index = _outer_index(enclosing, scope)
    if (
        index is None
        or not isinstance(enclosing, ast.For)
        or not isinstance(enclosing.iter, ast.Call)
        or callee_name(enclosing.iter) != "range"
        or not range_count(enclosing.iter, scope) > LOG
    ):
        return False
    tested = {n.id for n in ast.walk(loop.test) if isinstance(n, ast.Name)} - {index}
    steps = [
        node
        for node in walk_local(loop.body)
        if isinstance(node, ast.AugAssign | ast.Assign)
        and bound_names([node], augmented=True) & tested
    ]
    return bool(steps) and all(_times_index(step, index) for step in steps)


def _times_index(step: ast.AugAssign | ast.Assign, index: str) -> bool:
    """`j *= i` or `j = j * i`: the one name stored, multiplied by `index`."""
    if isinstance(step, ast.AugAssign):
        return isinstance(step.op, ast.Mult) and is_name(step.value, index)
    value = step.value
    return (
        len(step.targets) == 1
        and isinstance(step.targets[0], ast.Name)
        and isinstance(value, ast.BinOp)
        and isinstance(value.op, ast.Mult)
        and {ast.unparse(value.left), ast.unparse(value.right)} == {step.targets[0].id, index}
    )


def _outer_index(enclosing: ast.For | ast.While | None, scope: Scope) -> str | None:
    """The name an enclosing loop counts through a size with, when it has one."""
    if (
        isinstance(enclosing, ast.For)
        and isinstance(enclosing.target, ast.Name)
        and not scope.is_const_expr(enclosing.iter)
    ):
        return enclosing.target.id
    elif (
        isinstance(enclosing, ast.For)
        and isinstance(enclosing.target, ast.Tuple)
        and enclosing.target.elts
        and isinstance(enclosing.target.elts[0], ast.Name)
        and isinstance(enclosing.iter, ast.Call)
        and callee_name(enclosing.iter) == "items"
    ):
        # `for step, k in cnt.items()`: distinct keys, so the steps still sum harmonically.
        return enclosing.target.elts[0].id
    elif isinstance(enclosing, ast.While):
        counted = {n.id for n in ast.walk(enclosing.test) if isinstance(n, ast.Name)}
        # Stepped by one in the outer loop's own body, not inside the inner one.
        ones = [
            stmt.target.id
            for stmt in enclosing.body
            if isinstance(stmt, ast.AugAssign)
            and isinstance(stmt.target, ast.Name)
            and stmt.target.id in counted
            and isinstance(stmt.op, ast.Add)
            and isinstance(stmt.value, ast.Constant)
            and stmt.value.value == 1
        ]
        return ones[0] if len(ones) == 1 else None
    return None


def _steps(loop: ast.While) -> list[tuple[str, ast.AugAssign]]:
    """The loop's steps of a name (`j += 1`, `i -= 1`, `x >>= 1`), with that name."""
    return [
        (node.target.id, node)
        for node in walk_local(loop.body)
        if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name)
    ]


def _drained(loop: ast.While) -> set[str]:
    """Names of the collections the loop body pops from (`st.pop()`, `heappop(h)`)."""
    return {
        name
        for node in walk_local(loop.body)
        if isinstance(node, ast.Call)
        for name in _drained_by(node)
    }


def _drained_by(node: ast.Call) -> set[str]:
    """The collection a call pops from: `st` of `st.pop()` or `heappop(st)`, if it is one."""
    if callee_name(node) not in _DRAIN_METHODS:
        return set()
    receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
    if callee_name(node) == "heappop" and node.args:
        receiver = node.args[0]  # heappop(h), heapq.heappop(h)
    return {receiver.id} if isinstance(receiver, ast.Name) else set()


def _stepped_cells(loop: ast.While, indices: set[str]) -> set[str]:
    """Arrays whose cell at one of `indices` the loop steps (`z[i] += 1` for `i` in indices)."""
    return {
        node.target.value.id
        for node in walk_local(loop.body)
        if isinstance(node, ast.AugAssign)
        and isinstance(node.target, ast.Subscript)
        and isinstance(node.target.value, ast.Name)
        and isinstance(node.target.slice, ast.Name)
        and node.target.slice.id in indices
    }


def _remembered(body: list[ast.stmt], loop: ast.While, cells: set[str]) -> set[str]:
    """Of `cells`, the arrays whose cell a plain name is set from outside `loop`."""
    out: set[str] = set()
    for stmt in body:
        if stmt is loop:
            continue
        for node in ast.walk(stmt):
            if not isinstance(node, ast.Assign) or not any(
                isinstance(t, ast.Name | ast.Tuple) for t in node.targets
            ):
                continue
            out |= {
                n.value.id
                for n in ast.walk(node.value)
                if isinstance(n, ast.Subscript)
                and isinstance(n.value, ast.Name)
                and n.value.id in cells
            }
    return out


def _started_from_its_window(
    body: list[ast.stmt], loop: ast.While, names: set[str], index: set[str]
) -> set[str]:
    """Of `names`, those set before `loop` from a window that is set from them after it.

    `k = min(d[l + r - i], r - i + 1)`, the walk, then `l, r = i - k, i + k`: how far the
    walks reached is kept, and each walk starts where the window ends, measured from the
    outer loop's `index`.
    """
    stores = [
        node
        for stmt in body
        if stmt is not loop
        for node in ast.walk(stmt)
        if isinstance(node, ast.Assign)
    ]
    out: set[str] = set()
    for name in names:
        window = {
            t.id
            for node in stores
            if any(is_name(n, name) for n in ast.walk(node.value))
            for tgt in node.targets
            for t in ast.walk(tgt)
            if isinstance(t, ast.Name) and isinstance(t.ctx, ast.Store) and t.id != name
        }
        starts = [
            node.value
            for node in stores
            if any(is_name(t, name) for t in node.targets) and node.lineno < loop.lineno
        ]
        # `k = 0`, then `if i < r: k = min(r - i, z[i - l])`: a written start is no reset.
        # The window must be more than the outer index: `j = i`, then `i = j` is no window.
        windowed = [v for v in starts if (names_in(v) & window) - index and names_in(v) & index]
        if windowed and all(v in windowed or literal(v) is not NOT_LITERAL for v in starts):
            out.add(name)
    return out


def _trial_division(loop: ast.While, test: ast.expr) -> bool:
    """`while d * d <= x: while x % d == 0: x //= d; d += 1`: a divisor counted up to √x.

    The number is divided only in a nested loop, when a divisor is found; for a prime it
    never shrinks, and the divisor `d`, stepped by a constant in the loop's own body, runs
    up to its square root.
    """
    inner = {
        id(n)
        for node in walk_local(loop.body)
        if isinstance(node, ast.For | ast.While)
        for n in walk_local(node.body)
    }
    # `d * d`, not `d * cnt`: a digit count times a block that grows tenfold is no root.
    squared = {
        b.left.id
        for b in ast.walk(test)
        if isinstance(b, ast.BinOp)
        and isinstance(b.op, ast.Mult)
        and isinstance(b.left, ast.Name)
        and isinstance(b.right, ast.Name)
        and b.left.id == b.right.id
    }
    return any(
        id(node) not in inner
        and isinstance(node, ast.AugAssign)
        and isinstance(node.op, ast.Add)
        and isinstance(node.target, ast.Name)
        and node.target.id in squared
        and isinstance(node.value, ast.Constant)
        for node in walk_local(loop.body)
    )


def _divides_by_a_counter(loop: ast.While, tested: set[str]) -> bool:
    """`while n > 1: while n % p == 0: n //= p; p += 1`: n divided only by a found divisor.

    The number the test reads shrinks only where a test finds `p` divides it (a nested loop
    or one branch of an if), and `p` counts up by a constant elsewhere: for a prime n, p
    walks all the way up to n. (`while p * p <= n` stops at the root: `_trial_division`.)
    """
    guarded = {
        id(n)
        for stmt in loop.body
        if isinstance(stmt, ast.While | ast.For | ast.If)
        for n in ast.walk(stmt)
    }
    in_inner_whiles = {
        id(n) for w in walk_local(loop.body) if isinstance(w, ast.While) for n in ast.walk(w)
    }
    divisors: set[str] = set()
    for node in walk_local(loop.body):
        if (
            isinstance(node, ast.AugAssign)
            and isinstance(node.op, ast.FloorDiv | ast.Div)
            and isinstance(node.target, ast.Name)
            and node.target.id in tested
            and isinstance(node.value, ast.Name)
        ):
            if id(node) not in guarded:
                return False  # divided on every pass: a halving loop after all
            divisors.add(node.value.id)
    if not divisors:
        return False
    return any(
        isinstance(node, ast.AugAssign)
        and isinstance(node.op, ast.Add)
        and isinstance(node.target, ast.Name)
        and node.target.id in divisors
        and isinstance(node.value, ast.Constant)
        and id(node) not in in_inner_whiles
        for node in walk_local(loop.body)
    )


def _shrinks_a_kept_number(loop: ast.While, enclosing: ast.For | ast.While) -> bool:
    """The loop divides a number (`x //= p`) that the enclosing loop never sets afresh."""
    divided = {
        node.target.id
        for node in walk_local(loop.body)
        if isinstance(node, ast.AugAssign)
        and isinstance(node.op, ast.FloorDiv | ast.Div | ast.RShift)
        and isinstance(node.target, ast.Name)
    }
    tested = {n.id for n in ast.walk(loop.test) if isinstance(n, ast.Name)}
    fresh = _assigned_in(enclosing.body, exclude=loop)
    if isinstance(enclosing, ast.For):
        fresh |= {t.id for t in ast.walk(enclosing.target) if isinstance(t, ast.Name)}
    if not divided & tested:
        return False
    return not divided & fresh or _strips_a_factor_of_the_index(loop, enclosing, divided)


def _strips_a_factor_of_the_index(
    loop: ast.While, enclosing: ast.For | ast.While, divided: set[str]
) -> bool:
    """`for i in range(1, n + 1): x = i; while x % p == 0: x //= p`: a factor of the index.

    Only while p divides it: over consecutive numbers the counts of p in 1..n add up to
    fewer than n, so the inner loops take a step or so each on average.
    """
    if not (
        isinstance(enclosing, ast.For)
        and isinstance(enclosing.target, ast.Name)
        and range_bound(enclosing.iter) is not None
    ):
        return False
    index = enclosing.target.id
    copies = {index} | {
        t.id
        for stmt in enclosing.body
        if isinstance(stmt, ast.Assign) and is_name(stmt.value, index)
        for t in stmt.targets
        if isinstance(t, ast.Name)
    }
    test = loop.test
    divisible = (
        isinstance(test, ast.Compare)
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.Eq)
        and literal(test.comparators[0]) == 0
        and isinstance(test.left, ast.BinOp)
        and isinstance(test.left.op, ast.Mod)
        and isinstance(test.left.left, ast.Name)
    ) or (
        isinstance(test, ast.UnaryOp)
        and isinstance(test.op, ast.Not)
        and isinstance(test.operand, ast.BinOp)
        and isinstance(test.operand.op, ast.Mod)
    )
    return divisible and bool(divided & copies)


def _steps_down_to_a_read_divisor(loop: ast.While, tested: set[str], scope: Scope) -> bool:
    """The tested number is divided by a name the source does not fix, or taken one from.

    `if n % k == 0: n //= k` / `else: n -= 1`: a divisor of 2 would halve it every other
    step, but a k read from the input may exceed n, and then n counts down one at a time.
    """
    divides = takes_one = False
    for node in walk_local(loop.body):
        if not (
            isinstance(node, ast.AugAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id in tested
        ):
            continue
        if isinstance(node.op, ast.FloorDiv | ast.Div):
            if not (isinstance(node.value, ast.Name) and not scope.is_const(node.value.id)):
                return False
            divides = True
        elif isinstance(node.op, ast.Sub) and literal(node.value) == 1:
            takes_one = True
        else:
            return False
    return divides and takes_one


def _digital_root(loop: ast.While, test: ast.expr, name: str) -> bool:
    """`while n >= 10: s = 0; m = n; while m: s += m % 10; m //= 10; n = s`: to one digit.

    The guard says the loop stops at a single digit, and each pass stores back a total of
    digits taken (`% 10`) in the pass: the number collapses to its digit sum every pass.
    """
    test = _without_not(test)
    if not (
        isinstance(test, ast.Compare)
        and len(test.ops) == 1
        and is_name(test.left, name)
        and isinstance(test.comparators[0], ast.Constant)
        and (
            (isinstance(test.ops[0], ast.GtE) and test.comparators[0].value == 10)
            or (isinstance(test.ops[0], ast.Gt) and test.comparators[0].value == 9)
        )
    ):
        return False
    totals = {
        a.target.id
        for a in walk_local(loop.body)
        if isinstance(a, ast.AugAssign)
        and isinstance(a.target, ast.Name)
        and any(
            isinstance(m, ast.BinOp) and isinstance(m.op, ast.Mod) and _ten(m.right)
            for m in ast.walk(a.value)
        )
    }
    stores = assigns_to(loop.body, name)
    return bool(stores) and all(
        isinstance(st.value, ast.Name) and st.value.id in totals for st in stores
    )


_OPPOSITE: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Lt: ast.GtE,
    ast.LtE: ast.Gt,
    ast.Gt: ast.LtE,
    ast.GtE: ast.Lt,
}


def _without_not(test: ast.expr) -> ast.expr:
    """`not (n < 10)` as `n >= 10`: the stay test `while True: if n < 10: break` gives."""
    if not (
        isinstance(test, ast.UnaryOp)
        and isinstance(test.op, ast.Not)
        and isinstance(test.operand, ast.Compare)
        and len(test.operand.ops) == 1
        and type(test.operand.ops[0]) in _OPPOSITE
    ):
        return test
    inner = test.operand
    flipped = ast.Compare(
        left=inner.left, ops=[_OPPOSITE[type(inner.ops[0])]()], comparators=inner.comparators
    )
    return ast.copy_location(flipped, test)


def _sums_digits(loop: ast.While, name: str, scope: Scope) -> bool:
    """`while n > 9: n = sum(map(int, str(n)))`: the loop replaces `name` by a fold of its digits.

    Also `s = str(sum(...))` of a digit string, and a product built in an inner loop over
    `str(n)` then stored back (`n = p`).
    """
    stores = assigns_to(loop.body, name)
    if not stores:
        return False
    for store in stores:
        value = store.value
        while isinstance(value, ast.Call) and callee_name(value) in {"str", "int"} and value.args:
            value = value.args[0]
        if isinstance(value, ast.Call) and callee_name(value) in _DIGIT_FOLDS:
            if not _walks_digits_of(value, name):
                return False
        elif (
            isinstance(value, ast.Call)
            and isinstance(value.func, ast.Name)
            and scope.folds_digits(value.func.id)
        ):
            # `n = digsum(n)`, a helper that folds the digits of its argument.
            if not (len(value.args) == 1 and _walks_digits_of(value.args[0], name)):
                return False
        elif isinstance(value, ast.Name):
            if not any(
                isinstance(n, ast.For)
                and _walks_digits_of(n.iter, name)
                and any(
                    isinstance(a, ast.AugAssign)
                    and isinstance(a.target, ast.Name)
                    and a.target.id == value.id
                    for a in walk_local(n.body)
                )
                for n in walk_local(loop.body)
            ):
                return False
        else:
            return False
    return True


def _folds_by_recursion(fn: ast.FunctionDef, param: str, returns: list[ast.expr]) -> bool:
    """`return x % 10 + ds(x // 10)` (under any base case): a digit taken, the rest recursed."""
    return any(
        any(isinstance(n, ast.expr) and _modulo_ten(n, param) for n in ast.walk(value))
        and any(
            isinstance(c, ast.Call)
            and is_name(c.func, fn.name)
            and len(c.args) == 1
            and isinstance(c.args[0], ast.BinOp)
            and isinstance(c.args[0].op, ast.FloorDiv)
            and _named(c.args[0].left, param)
            and _ten(c.args[0].right)
            for c in ast.walk(value)
        )
        for value in returns
    )


def folds_digits(fn: ast.FunctionDef) -> bool:
    """`def digsum(x)` returning the sum (or product) of the digits of its one parameter.

    Either a fold over `str(x)`, or a loop that takes `x % 10` into a total and divides `x`
    by ten until it runs out.
    """
    if len(fn.args.args) != 1:
        return False
    param = fn.args.args[0].arg
    returns = [n.value for n in walk_local(fn.body) if isinstance(n, ast.Return) and n.value]
    if returns and _folds_by_recursion(fn, param, returns):
        return True
    if len(returns) != 1:
        return False
    value = returns[0]
    while isinstance(value, ast.Call) and callee_name(value) in {"str", "int"} and value.args:
        value = value.args[0]
    if isinstance(value, ast.Call) and callee_name(value) in _DIGIT_FOLDS:
        return _walks_digits_of(value, param)
    if not isinstance(value, ast.Name):
        return False
    for loop in walk_local(fn.body):
        if not isinstance(loop, ast.While):
            continue
        nodes = list(walk_local(loop.body))
        takes_digit = any(
            isinstance(n, ast.AugAssign)
            and isinstance(n.target, ast.Name)
            and n.target.id == value.id
            and _modulo_ten(n.value, param)
            for n in nodes
        )
        drops_digit = any(
            (
                isinstance(n, ast.AugAssign)
                and isinstance(n.op, ast.FloorDiv)
                and _named(n.target, param)
                and _ten(n.value)
            )
            or (
                isinstance(n, ast.Assign)
                and any(_named(t, param) for t in n.targets)
                and isinstance(n.value, ast.BinOp)
                and isinstance(n.value.op, ast.FloorDiv)
                and _named(n.value.left, param)
                and _ten(n.value.right)
            )
            for n in nodes
        )
        if takes_digit and drops_digit:
            return True
    return False


def _named(node: ast.expr, name: str) -> bool:
    return isinstance(node, ast.Name) and node.id == name


def _ten(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value == 10


def _modulo_ten(node: ast.expr, name: str) -> bool:
    """`x % 10`."""
    return (
        isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.Mod)
        and _named(node.left, name)
        and _ten(node.right)
    )


def _walks_digits_of(node: ast.expr, name: str) -> bool:
    """`str(n)`, `map(int, s)` or `(int(d) for d in s)` somewhere in `node`: digit by digit."""
    if isinstance(node, ast.Name) and node.id == name:
        return True  # `for d in s:` over the digit string itself
    for sub in ast.walk(node):
        inner: ast.expr | None = None
        if isinstance(sub, ast.Call) and callee_name(sub) == "str" and sub.args:
            inner = sub.args[0]
        elif isinstance(sub, ast.Call) and callee_name(sub) == "map" and len(sub.args) == 2:
            inner = sub.args[1]
        elif isinstance(sub, ast.comprehension):
            inner = sub.iter
        if isinstance(inner, ast.Name) and inner.id == name:
            return True
    return False


def _halves_collection(loop: ast.While, test: ast.expr, scope: Scope) -> bool:
    """`while len(a) > 1: a = [f(a[i], a[i + 1]) for i in range(0, len(a), 2)]`, `a = a[::2]`.

    The loop runs while a collection is long (or not empty) and each pass rebuilds it from
    every second item (or its first half), in the loop or through a helper (`a = halve(a)`):
    its length halves, so the work of all passes is a geometric series dominated by the first.
    """
    sized = {
        n.args[0].id
        for n in ast.walk(test)
        if isinstance(n, ast.Call)
        and callee_name(n) == "len"
        and n.args
        and isinstance(n.args[0], ast.Name)
    } | {n.id for n in _truth_tested(test)}
    if any(_keeps_half_of(loop, name) for name in sized):
        return True  # `del a[::2]`, `a = l` with `l = a[:h]`: the list, half as long
    for node in walk_local(loop.body):
        if not (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id in sized
        ):
            continue
        name = node.targets[0].id
        if (
            isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
            and scope.halves_a_list(node.value.func.id)
            and node.value.args
            and is_name(node.value.args[0], name)
        ):
            return True  # `a = halve(a)`
        if isinstance(node.value, ast.Name) and _built_from_every_second(loop, node.value.id, name):
            return True  # `nxt = []; for i in range(0, len(a) - 1, 2): nxt.append(...)`
        if isinstance(node.value, ast.Name) and any(
            isinstance(made, ast.ListComp)
            and any(_every_second_index(sub, name) for sub in ast.walk(made))
            for made in (
                stmt.value
                for stmt in walk_local(loop.body)
                if isinstance(stmt, ast.Assign)
                and len(stmt.targets) == 1
                and isinstance(stmt.targets[0], ast.Name)
                and stmt.targets[0].id == node.value.id
            )
        ):
            return True  # `nxt = [a[i] + a[i + 1] for i in range(0, len(a) - 1, 2)]; a = nxt`
        for sub in ast.walk(node.value):
            if isinstance(sub, ast.Subscript) and isinstance(sub.slice, ast.Slice):
                step = sub.slice.step
                if (
                    isinstance(sub.value, ast.Name)
                    and sub.value.id == name
                    and isinstance(step, ast.Constant)
                    and step.value == 2
                ):
                    return True
            if _every_second_index(sub, name):
                return True
    return False


def _truth_tested(test: ast.expr) -> list[ast.Name]:
    """`a` of `while a:`, `while a and x:`: names whose emptiness the test checks."""
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
        return [n for v in test.values for n in _truth_tested(v)]
    return [test] if isinstance(test, ast.Name) else []


def _keeps_half_of(loop: ast.While, name: str) -> bool:
    """Every pass keeps a half of the list: `del a[::2]`, `del a[h:]`, `a = a[:h]`, `a = l`.

    `h` is half of `len(a)`, and `l` a name the pass binds to such a half (`l, r = a[:h],
    a[h:]`). Each pass leaves a written fraction of the list, so all passes cost what the
    first does.

    Only statements run on every pass count (or an `if` cutting in both branches): a pass
    that cuts nothing would leave the list as long as it was. Nor may the pass add to it.
    """
    halves = {
        node.targets[0].id
        for node in walk_local(loop.body)
        if isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and _half_the_length(node.value, name)
    }

    def half_cut(cut: ast.expr) -> bool:
        if not (isinstance(cut, ast.Subscript) and is_name(cut.value, name)):
            return False
        piece = cut.slice
        if not isinstance(piece, ast.Slice):
            return False
        if piece.lower is None and piece.upper is None:
            # `del a[::3]` keeps two thirds: still a geometric series for a written step.
            step = literal(piece.step) if piece.step is not None else None
            return type(step) is int and step >= 2
        end = piece.lower if piece.upper is None else piece.upper if piece.lower is None else None
        return (
            piece.step is None
            and end is not None
            and (_half_the_length(end, name) or (isinstance(end, ast.Name) and end.id in halves))
        )

    pairs = _pairs_assigned(loop.body)
    halved = {n for n, v in pairs if half_cut(v)} - {n for n, v in pairs if not half_cut(v)}

    def a_half(value: ast.expr) -> bool:
        return half_cut(value) or (isinstance(value, ast.Name) and value.id in halved)

    def halving_cut(stmt: ast.stmt) -> bool:
        if isinstance(stmt, ast.If):
            # `if left_heavier: del a[h:] else: del a[:h]`: one half goes either way.
            return bool(stmt.orelse) and all(
                any(halving_cut(s) for s in branch) for branch in (stmt.body, stmt.orelse)
            )
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            return is_name(stmt.targets[0], name) and a_half(stmt.value)
        return isinstance(stmt, ast.Delete) and len(stmt.targets) == 1 and half_cut(stmt.targets[0])

    grown = any(
        (
            isinstance(n, ast.Call)
            and isinstance(n.func, ast.Attribute)
            and n.func.attr in GROWING_METHODS
            and is_name(n.func.value, name)
        )
        or (isinstance(n, ast.AugAssign) and is_name(n.target, name))
        or (
            isinstance(n, ast.Assign)
            and any(is_name(t, name) for t in n.targets)
            and not (len(n.targets) == 1 and a_half(n.value))
        )
        for n in walk_local(loop.body)
    )
    return not grown and any(halving_cut(stmt) for stmt in loop.body)


def _half_the_length(node: ast.expr, name: str) -> bool:
    """`len(a) // 2`, `len(a) >> 1`, `(len(a) + 1) // 2`: half the length of `name`."""
    if not (
        isinstance(node, ast.BinOp)
        and (
            (isinstance(node.op, ast.FloorDiv) and literal(node.right) == 2)
            or (isinstance(node.op, ast.RShift) and literal(node.right) == 1)
        )
    ):
        return False
    return any(
        isinstance(c, ast.Call) and callee_name(c) == "len" and c.args and is_name(c.args[0], name)
        for c in ast.walk(node.left)
    )


def halves_a_list(fn: ast.FunctionDef) -> bool:
    """Every return of `fn` is half of its first parameter, a list.

    `return [a[i] + a[i + 1] for i in range(0, len(a) - 1, 2)]`, `return v[::2]`, `return
    v[:m]` with `m = len(v) // 2`, or a name built from every second index of it. A loop
    that keeps `a = halve(a)` while `a` is long does a geometric series of work.
    """
    if not fn.args.args:
        return False
    param = fn.args.args[0].arg
    returns = [n.value for n in walk_local(fn.body) if isinstance(n, ast.Return)]
    body = ast.While(test=ast.Constant(True), body=fn.body, orelse=[])
    named = {
        t.id: node.value
        for node in walk_local(fn.body)
        if isinstance(node, ast.Assign)
        for t in node.targets
        if isinstance(t, ast.Name)
    }
    mids = _mid_names(fn.body)

    def half(value: ast.expr | None, depth: int = 0) -> bool:
        if value is None or depth > 2:
            return False
        if isinstance(value, ast.IfExp):
            return half(value.body, depth + 1) and half(value.orelse, depth + 1)
        if isinstance(value, ast.Name) and value.id != param:
            return _built_from_every_second(body, value.id, param) or half(
                named.get(value.id), depth + 1
            )
        if isinstance(value, ast.ListComp):
            return any(_every_second_index(sub, param) for sub in ast.walk(value))
        return _a_half_slice(value, param, mids)

    return bool(returns) and all(half(value) for value in returns)


def _a_half_slice(value: ast.expr, name: str, mids: set[str]) -> bool:
    """`a[::2]`, `a[len(a) // 2:]`, `a[:m]` with `m` a midpoint: a fixed share of `a`."""
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
    if cut.step is not None or (cut.lower is None) == (cut.upper is None):
        return False
    bound = cut.lower if cut.lower is not None else cut.upper
    return bound is not None and any(
        (
            isinstance(sub, ast.BinOp)
            and isinstance(sub.op, ast.FloorDiv | ast.RShift)
            and isinstance(by := literal(sub.right), int)
            and by >= (1 if isinstance(sub.op, ast.RShift) else 2)
        )
        or (isinstance(sub, ast.Name) and sub.id in mids)
        for sub in ast.walk(bound)
    )


def _every_second_index(node: ast.AST, name: str) -> bool:
    """`range(0, len(a), 2)`, `range(0, len(a) - 1, 2)`: every second index of `name`."""
    return (
        isinstance(node, ast.Call)
        and callee_name(node) == "range"
        and len(node.args) == 3
        and isinstance(node.args[2], ast.Constant)
        and node.args[2].value == 2
        and any(
            isinstance(c, ast.Call)
            and callee_name(c) == "len"
            and c.args
            and isinstance(c.args[0], ast.Name)
            and c.args[0].id == name
            for c in ast.walk(node.args[1])
        )
    )


def _built_from_every_second(loop: ast.While, built: str, name: str) -> bool:
    """The loop body fills `built` only in a loop over every second index of `name`."""
    fills = [
        inner
        for inner in walk_local(loop.body)
        if isinstance(inner, ast.For) and built in appended_to(inner.body)
    ]
    return bool(fills) and all(_every_second_index(inner.iter, name) for inner in fills)


def _drains_a_fixed_collection(loop: ast.While, cond_names: set[str], scope: Scope) -> bool:
    """`while q: ...; q.pop(0)` with `q = list(p)` of a few items, and nothing added to `q`."""
    tested = {n.id for n in ast.walk(loop.test) if isinstance(n, ast.Name)} | cond_names
    drained = _drained(loop) & tested
    if not drained or not drained <= scope.fixed:
        return False
    added = {
        node.func.value.id
        for node in walk_local(loop.body)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.attr in GROWING_METHODS
    }
    return not drained & added


def pads_to_the_length_of(loop: ast.While) -> tuple[str, str] | None:
    """`while len(a) < len(b): a.append(0)`: (`a`, `b`) when the loop only pads `a` up to `b`.

    Each pass adds one item to `a` and nothing else grows or shrinks, so the passes are at
    most the length of `b`.
    """
    test = loop.test
    if not (
        isinstance(test, ast.Compare)
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.Lt | ast.LtE | ast.NotEq)
    ):
        return None
    sides = [test.left, test.comparators[0]]
    names = [
        side.args[0].id
        if isinstance(side, ast.Call)
        and callee_name(side) == "len"
        and len(side.args) == 1
        and isinstance(side.args[0], ast.Name)
        else None
        for side in sides
    ]
    short, long = names
    if short is None or long is None or short == long:
        return None
    calls = [n for n in walk_local(loop.body) if isinstance(n, ast.Call)]
    grows = [
        c
        for c in calls
        if isinstance(c.func, ast.Attribute)
        and is_name(c.func.value, short)
        and callee_name(c) in {"append", "appendleft", "insert"}
    ]
    others = [
        c
        for c in calls
        if isinstance(c.func, ast.Attribute)
        and isinstance(c.func.value, ast.Name)
        and c.func.value.id in names
        and c not in grows
    ]
    if (
        not grows
        or others
        or any(isinstance(n, ast.For | ast.While) for n in walk_local(loop.body))
    ):
        return None
    return short, long


def _length_below_a_written_number(
    test: ast.expr, scope: Scope, ops: type | UnionType
) -> str | None:
    """`ls` of `len(ls) < 1000` (with one of `ops`), the bound written and not exponential."""
    if not (
        isinstance(test, ast.Compare)
        and len(test.ops) == 1
        and isinstance(test.ops[0], ops)
        and isinstance(test.left, ast.Call)
        and callee_name(test.left) == "len"
        and len(test.left.args) == 1
        and isinstance(test.left.args[0], ast.Name)
        and scope.is_const_expr(test.comparators[0])
        and not is_exponential(test.comparators[0], scope)
    ):
        return None
    return test.left.args[0].id


def _fills_to_a_constant_length(loop: ast.While, test: ast.expr, scope: Scope) -> bool:
    """`while len(ls) < 1000: ...; ls.append(i)`: a length cap that the body only grows to.

    Or `s += str(i)`: a string (or list) extended in place grows toward the cap as well.
    """
    name = _length_below_a_written_number(test, scope, ast.Lt | ast.LtE | ast.NotEq)
    if name is None:
        return False
    methods = {
        callee_name(node)
        for node in walk_local(loop.body)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and is_name(node.func.value, name)
    }
    extended = any(
        isinstance(node, ast.AugAssign)
        and isinstance(node.op, ast.Add)
        and is_name(node.target, name)
        for node in walk_local(loop.body)
    )
    reset = any(
        isinstance(node, ast.Assign) and any(is_name(t, name) for t in node.targets)
        for node in walk_local(loop.body)
    )
    if extended and not reset:
        return methods <= {"append", "add"}
    return bool(methods) and methods <= {"append", "add"}


def _exit_test(loop: ast.While) -> ast.expr:
    """The loop's real test: `while True: if c: break` runs while `not c`.

    Every `if c: break` at the top of the body is an exit; with none, the constant stays
    (an open loop).
    """
    test = loop.test
    if not (isinstance(test, ast.Constant) and test.value):
        return test
    exits = [
        stmt.test
        for stmt in loop.body
        if isinstance(stmt, ast.If)
        and not stmt.orelse
        and stmt.body
        and isinstance(stmt.body[-1], ast.Break)
    ]
    if not exits:
        return test
    stays: list[ast.expr] = [ast.UnaryOp(op=ast.Not(), operand=c) for c in exits]
    derived = stays[0] if len(stays) == 1 else ast.BoolOp(op=ast.And(), values=stays)
    return ast.copy_location(derived, test)


def _kept_pointer_bounds(loop: ast.While, test: ast.expr, reset: set[str]) -> bool:
    """`while i < n and load + a[i] <= cap: load += a[i]; i += 1` with only `load` reset.

    One condition of the `and` compares a pointer that every pass steps by one (and sets
    nowhere else) and that the outer loop never sets: however the others restart, all the
    passes together move that pointer across the range once.
    """
    if not (isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And)):
        return False
    unit_steps = [
        node.target.id
        for node in loop.body
        if isinstance(node, ast.AugAssign)
        and isinstance(node.target, ast.Name)
        and isinstance(node.op, ast.Add | ast.Sub)
        and literal(node.value) == 1
    ]
    stores = Counter(
        n.id
        for n in walk_local(loop.body)
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)
    )
    for name in unit_steps:
        if name in reset or stores[name] != 1:
            continue
        if any(
            isinstance(part, ast.Compare) and any(is_name(n, name) for n in ast.walk(part))
            for part in test.values
        ):
            return True
    return False


def _kept_cell_pointer(
    enclosing: ast.For | ast.While, loop: ast.While, test: ast.expr, reset: set[str]
) -> bool:
    """`while ptr[v] < len(adj[v]) and used[...]: ptr[v] += 1` with `ptr` never set back.

    A pointer per vertex (Hierholzer's, Dinic's) that only steps up: over all passes each
    one crosses its vertex's list once, the edges in all.
    """
    steps = [
        (node.target.value.id, node.target.slice.id)
        for node in loop.body
        if isinstance(node, ast.AugAssign)
        and isinstance(node.op, ast.Add)
        and literal(node.value) == 1
        and isinstance(node.target, ast.Subscript)
        and isinstance(node.target.value, ast.Name)
        and isinstance(node.target.slice, ast.Name)
    ]
    inner = _assigned_in(loop.body, exclude=enclosing)
    for ptr, key in steps:
        if ptr in reset or key in inner:
            continue
        set_back = any(
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Subscript) and is_name(t.value, ptr) for t in node.targets)
            for node in ast.walk(enclosing)
        )
        # Bounded by the item's own list (`len(adj[v])`): the bounds add up to the edges.
        compared = any(
            isinstance(part, ast.Compare)
            and any(
                isinstance(sub, ast.Subscript)
                and is_name(sub.value, ptr)
                and is_name(sub.slice, key)
                for sub in ast.walk(part.left)
            )
            and any(
                isinstance(c, ast.Call)
                and callee_name(c) == "len"
                and any(is_name(n, key) for n in ast.walk(c))
                for right in part.comparators
                for c in ast.walk(right)
            )
            for part in (test.values if isinstance(test, ast.BoolOp) else [test])
        )
        if compared and not set_back:
            return True
    return False


def _catches_up(
    enclosing: ast.For | ast.While, loop: ast.While, counters: set[str], *, down: bool = False
) -> bool:
    """`if j < i: j = i` or `j = max(j, i)` before `while j < n and ...: j += 1`.

    The outer loop only ever moves the pointer forward, to where the outer index has got
    to, and the inner loop only steps it up: all passes together move it across the range
    once. Every assignment to a counter in the outer body must be such a catch-up, and
    every step inside the inner loop an increase. With `down`, the mirror image: `p =
    min(p, i)` before `while p >= 0 and ...: p -= 1`.
    """
    step: type[ast.operator] = ast.Sub if down else ast.Add
    for node in walk_local(loop.body):
        if (
            isinstance(node, ast.AugAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id in counters
            and not isinstance(node.op, step)
        ):
            return False
    parents = parents_of(walk_local(enclosing.body))
    inside = {id(n) for n in ast.walk(loop)}
    found = False
    for node in walk_local(enclosing.body):
        if id(node) in inside:
            continue
        if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            if node.target.id in counters and not isinstance(node.op, step):
                return False
            continue
        if not isinstance(node, ast.Assign):
            continue
        names = {t.id for tgt in node.targets for t in ast.walk(tgt) if isinstance(t, ast.Name)}
        hit = names & counters
        if not hit:
            continue
        if len(node.targets) != 1 or not isinstance(node.targets[0], ast.Name):
            return False
        name = node.targets[0].id
        value = node.value
        if (
            isinstance(value, ast.Call)
            and callee_name(value) == ("min" if down else "max")
            and any(isinstance(a, ast.Name) and a.id == name for a in value.args)
        ):
            found = True
            continue
        guard = parents.get(id(node))
        if not (isinstance(guard, ast.If) and _behind(guard, node, name, value, down=down)):
            return False
        found = True
    return found


def _one_index_catches_up(
    enclosing: ast.For | ast.While, loop: ast.While, test: ast.expr, pointers: set[str]
) -> bool:
    """One of the pointers bounds the inner loop by itself and only ever moves forward.

    `while j < n and cur + a[j] <= m: cur += a[j]; j += 1` under `if j < i: j = i; cur =
    0`: every pass steps `j` up, `j < n` caps it, and the outer loop only lifts it, so all
    passes together are n steps however the running sum beside it (`cur -= a[i]`) moves.
    """
    conjuncts = (
        test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else [test]
    )
    for name in sorted(pointers):
        capped = any(
            isinstance(c, ast.Compare)
            and len(c.ops) == 1
            and isinstance(c.ops[0], ast.Lt | ast.LtE)
            and is_name(c.left, name)
            and not (names_in(c.comparators[0]) & pointers)
            for c in conjuncts
        )
        steps = any(
            isinstance(stmt, ast.AugAssign)
            and isinstance(stmt.op, ast.Add)
            and is_name(stmt.target, name)
            and isinstance(stmt.value, ast.Constant)
            and isinstance(stmt.value.value, int)
            and stmt.value.value >= 1
            for stmt in loop.body
        )
        if capped and steps and _catches_up(enclosing, loop, {name}):
            return True
    return False


def _counts_up(loop: ast.For) -> str | None:
    """`i` of `for i in range(n)` or `range(a, b)`: an index that rises by one each pass."""
    it = loop.iter
    rises = isinstance(it, ast.Call) and callee_name(it) == "range" and 1 <= len(it.args) <= 2
    return loop.target.id if rises and isinstance(loop.target, ast.Name) else None


def _stores_to(nodes: Iterable[ast.AST], names: set[str]) -> list[ast.Assign | ast.AugAssign]:
    """The assignments among `nodes` that store to one of `names`."""
    return [
        node
        for node in nodes
        if isinstance(node, ast.Assign | ast.AugAssign)
        and any(
            names_in(t) & names
            for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
        )
    ]


def _floors(test: ast.expr, index: str) -> set[str]:
    """Names the test keeps above `index`: `j` of `while j > i and ...` (or `i < j`)."""
    parts = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else [test]
    out: set[str] = set()
    for part in parts:
        if not (isinstance(part, ast.Compare) and len(part.ops) == 1):
            continue
        left, op, right = part.left, part.ops[0], part.comparators[0]
        if isinstance(op, ast.Lt | ast.LtE):
            left, right = right, left  # `i < j` is `j > i`
        elif not isinstance(op, ast.Gt | ast.GtE):
            continue
        if isinstance(left, ast.Name) and is_name(right, index):
            out.add(left.id)
    return out


def _falls_to_a_rising_floor(
    enclosing: ast.For | ast.While, loop: ast.While, counters: set[str]
) -> bool:
    """`while j > i and ...: j -= 1` then `if j <= i: j = i`, under `for i in range(n)`.

    The inner loop walks the pointer down no further than the outer index, and the outer
    body only lifts it back to that index (which rises by one a pass): the lifts add up to
    n, so the falls do too. Every step inside the inner loop must be a decrease, its test
    must stop at the index, and every store in the outer body must be such a lift.
    """
    index = _counts_up(enclosing) if isinstance(enclosing, ast.For) else None
    if index is None or not counters <= _floors(_exit_test(loop), index):
        return False
    falls = _stores_to(walk_local(loop.body), counters)
    if not falls or not all(
        isinstance(node, ast.AugAssign)
        and isinstance(node.op, ast.Sub)
        and isinstance(literal(node.value), int)
        for node in falls
    ):
        return False
    inside = {id(n) for n in ast.walk(loop)}
    outer = [n for n in walk_local(enclosing.body) if id(n) not in inside]
    parents = parents_of(outer)
    lifts = _stores_to(outer, counters)
    return bool(lifts) and all(_lifts_to(node, index, parents) for node in lifts)


def _lifts_to(node: ast.Assign | ast.AugAssign, index: str, parents: dict[int, ast.AST]) -> bool:
    """`if j <= i: j = i` or `j = max(j, i)`: the pointer raised to the index, never lowered."""
    if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
        return False
    target, value = node.targets[0], node.value
    if not isinstance(target, ast.Name):
        return False
    if isinstance(value, ast.Call) and callee_name(value) == "max" and len(value.args) == 2:
        return {ast.unparse(a) for a in value.args} == {target.id, index}
    guard = parents.get(id(node))
    return (
        is_name(value, index)
        and isinstance(guard, ast.If)
        and _behind(guard, node, target.id, value)
    )


def _behind(
    guard: ast.If, store: ast.stmt, name: str, value: ast.expr, *, down: bool = False
) -> bool:
    """Under `guard`, the pointer `name` lags what `store` sets it to: a move forward.

    `if j < i: j = i`, `if j <= i: j = i + 1`, and the else branch of `if j > i:` (where
    `j <= i`) setting `j = i + 1`. With `down`, a move back: `if p > i: p = i`.
    """
    test = guard.test
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1):
        return False
    left, right, op = test.left, test.comparators[0], test.ops[0]
    if isinstance(op, ast.Gt | ast.GtE):
        left, right = right, left  # `i > j` is `j < i`
        op = ast.Lt() if isinstance(op, ast.Gt) else ast.LtE()
    if not isinstance(op, ast.Lt | ast.LtE):
        return False
    in_else = any(store is s for s in guard.orelse)
    if in_else != down:
        left, right = right, left  # the else of `j > i` (`i < j`) is `i >= j`: j at most i
    if not (isinstance(left, ast.Name) and left.id == name):
        return False
    bound = ast.unparse(right)
    if ast.unparse(value) == bound:
        return True
    return (
        not down
        and isinstance(value, ast.BinOp)
        and isinstance(value.op, ast.Add)
        and ast.unparse(value.left) == bound
        and isinstance(value.right, ast.Constant)
        and value.right.value in (1, 2)
    )


def _follows_failure_links(
    enclosing: ast.For | ast.While, loop: ast.While, counters: set[str]
) -> bool:
    """`while j > 0 and s[i] != s[j]: j = pi[j - 1]` in a loop that fills `pi[i] = j`.

    The prefix function (KMP) and its kin: `j` only falls inside the while (to a smaller
    earlier entry of the table the outer loop is filling), and rises by at most one per
    outer pass, so all falls together are bounded by the rises: O(1) amortised per pass.
    """
    tables: set[str] = set()
    for node in walk_local(loop.body):
        if not isinstance(node, ast.Assign):
            continue
        for tgt in node.targets:
            if not (isinstance(tgt, ast.Name) and tgt.id in counters):
                continue
            value = node.value
            # The table may be the instance's (`k = self.pi[k - 1]`).
            if not (isinstance(value, ast.Subscript) and collection_key(value.value)):
                return False
            if tgt.id not in {n.id for n in ast.walk(value.slice) if isinstance(n, ast.Name)}:
                return False
            tables.add(collection_key(value.value))
    if not tables:
        return False
    if any(
        isinstance(node, ast.AugAssign)
        and isinstance(node.target, ast.Name)
        and node.target.id in counters
        for node in walk_local(loop.body)
    ):
        return False
    inside = {id(n) for n in ast.walk(loop)}
    for node in walk_local(enclosing.body):
        if id(node) in inside or not isinstance(node, ast.Assign):
            continue
        for tgt in node.targets:
            if (
                isinstance(tgt, ast.Subscript)
                and collection_key(tgt.value) in tables
                and isinstance(node.value, ast.Name)
                and node.value.id in counters
            ):
                return True
    return _searches_with_links(enclosing, inside, counters, tables)


def _filled(loop: ast.For | ast.While) -> set[str]:
    """Tables the loop body stores into: `pi[i] = k`."""
    return {
        collection_key(t.value)
        for node in walk_local(loop.body)
        if isinstance(node, ast.Assign)
        for t in node.targets
        if isinstance(t, ast.Subscript) and collection_key(t.value)
    }


def _searches_with_links(
    enclosing: ast.For | ast.While, inside: set[int], counters: set[str], tables: set[str]
) -> bool:
    """KMP's search, over a table filled before.

    Outside the while the counter only rises by one (`k += 1`) or falls through the table
    again (`k = lps[k - 1]` after a match): the falls are bounded by the rises.
    """
    changes = 0
    for node in walk_local(enclosing.body):
        if id(node) in inside:
            continue
        if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            if node.target.id not in counters:
                continue
            if not (
                isinstance(node.op, ast.Add)
                and isinstance(node.value, ast.Constant)
                and node.value.value == 1
            ):
                return False
            changes += 1
        elif isinstance(node, ast.Assign):
            for tgt in node.targets:
                if not (isinstance(tgt, ast.Name) and tgt.id in counters):
                    continue
                value = node.value
                if not (
                    isinstance(value, ast.Subscript)
                    and collection_key(value.value) in tables
                    # `k = lps[k - 1]` falls from where it is, `k = pi[i - 1]` resumes from
                    # the entry the loop filled last; `j = p[i]` of a table never filled
                    # here starts afresh (walking a permutation's cycle from each i).
                    and (
                        tgt.id in {n.id for n in ast.walk(value.slice) if isinstance(n, ast.Name)}
                        or collection_key(value.value) in _filled(enclosing)
                    )
                ):
                    return False
                changes += 1
        elif isinstance(node, ast.For | ast.While):
            return False  # another loop in the pass could raise the counter many times
    return changes > 0


def _steps_the_outer_cursor(enclosing: ast.For | ast.While, loop: ast.While) -> bool:
    """`while i < len(d): k = int(d[i]); i += 1; j = 0; while j < k: ...; i += 1; j += 1`.

    Every pass of the inner loop steps up the counter that caps the outer while loop, and
    nothing in the outer loop ever sets it back: all inner passes together are no more than
    the outer counter's range, whatever restarts the inner loop's own counter.
    """
    if not isinstance(enclosing, ast.While):
        return False
    test = _exit_test(enclosing)
    conjuncts = (
        test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else [test]
    )
    capped = {
        c.left.id
        for c in conjuncts
        if isinstance(c, ast.Compare)
        and len(c.ops) == 1
        and isinstance(c.ops[0], ast.Lt | ast.LtE)
        and isinstance(c.left, ast.Name)
    }
    stepped = {
        stmt.target.id
        for stmt in loop.body
        if isinstance(stmt, ast.AugAssign)
        and isinstance(stmt.op, ast.Add)
        and isinstance(stmt.target, ast.Name)
        and isinstance(stmt.value, ast.Constant)
        and isinstance(stmt.value.value, int)
        and stmt.value.value >= 1
    }
    for name in sorted(capped & stepped):
        if any(
            names_in(c.comparators[0]) & {name} for c in conjuncts if isinstance(c, ast.Compare)
        ):
            continue
        if _only_added_to(name, enclosing.body):
            return True
    return False


def _outer_jumps_past(enclosing: ast.For | ast.While, loop: ast.While, counters: set[str]) -> bool:
    """`while i < n: j = i; while j < n and ...: j += 1; ...; i = j`: runs of equal items.

    The outer counter jumps to where the inner one stopped, so the inner steps of all passes
    together cover the range once.
    """
    if isinstance(enclosing, ast.While):
        # `while True: if i >= n: break` counts `i` as `while i < n` does.
        outer = {n.id for n in ast.walk(_exit_test(enclosing)) if isinstance(n, ast.Name)}
    else:
        # `for _ in range(n): j = i; while ...: j += 1; i = j`: `i` is carried across the
        # passes as a while loop's counter would be; the `for` only caps how many there are.
        # The `for`'s own index is not: `for i in ...: ...; i = j` is undone by the next pass.
        own = {t.id for t in ast.walk(enclosing.target) if isinstance(t, ast.Name)}
        outer = {
            node.value.id
            for node in enclosing.body
            if node.lineno < loop.lineno
            and isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id in counters
            and isinstance(node.value, ast.Name)
        } - own
    inside = {id(n) for n in ast.walk(loop)}
    for node in walk_local(enclosing.body):
        if id(node) in inside or not isinstance(node, ast.Assign) or len(node.targets) != 1:
            continue
        tgt, value = node.targets[0], node.value
        if not (isinstance(tgt, ast.Name) and tgt.id in outer):
            continue
        if isinstance(value, ast.IfExp) and _resumes_at(value.orelse, counters):
            # i = j + 1 if j == i else j: on to where the inner loop stopped either way.
            value = value.body
        if (
            isinstance(value, ast.Call)
            and callee_name(value) == "max"
            and any(isinstance(a, ast.Name) and a.id in counters for a in value.args)
        ):
            # i = max(j, i + 1): resumes where the inner loop stopped, or one step on.
            value = next(a for a in value.args if isinstance(a, ast.Name) and a.id in counters)
        if (
            isinstance(value, ast.BinOp)
            and isinstance(value.op, ast.Add)
            and isinstance(value.right, ast.Constant)
        ):
            value = value.left
        if isinstance(value, ast.Name) and value.id in counters and node.lineno > loop.lineno:
            return True
    return False


def _outer_skips_past(enclosing: ast.For | ast.While, loop: ast.While, counters: set[str]) -> bool:
    """`for i in ...: if i < p: continue; j = i; while ...: j += 1; p = j`: a skip pointer.

    The inner walk starts at the outer index and the passes up to where it stopped are
    skipped, so the inner steps of all passes together cover the range once.
    """
    if not (isinstance(enclosing, ast.For) and isinstance(enclosing.target, ast.Name)):
        return False
    index = enclosing.target.id
    before = [stmt for stmt in enclosing.body if stmt.lineno < loop.lineno]
    skips = {
        mark
        for stmt in before
        if isinstance(stmt, ast.If) and stmt.body and isinstance(stmt.body[-1], ast.Continue)
        for mark in [_lagging_behind(stmt.test, index)]
        if mark is not None
    }
    starts = {
        stmt.targets[0].id
        for stmt in before
        if isinstance(stmt, ast.Assign)
        and len(stmt.targets) == 1
        and isinstance(stmt.targets[0], ast.Name)
        and _resumes_at(stmt.value, {index})
    }
    stores = [
        node
        for node in walk_local(enclosing.body)
        if isinstance(node, ast.Assign | ast.AugAssign)
        and any(
            is_name(n, mark)
            for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
            for n in ast.walk(t)
            for mark in skips
        )
    ]
    return bool(stores) and all(
        isinstance(node, ast.Assign)
        and node.lineno > loop.lineno
        and _at_least(node.value, counters & starts)
        for node in stores
    )


def _at_least(value: ast.expr, counters: set[str]) -> bool:
    """`j`, `j + 1` or `max(j, i + 1)` with `j` an inner counter: as far as it got, or on."""
    if isinstance(value, ast.Call) and callee_name(value) == "max":
        return any(_resumes_at(arg, counters) for arg in value.args)
    return _resumes_at(value, counters)


def _lagging_behind(test: ast.expr, index: str) -> str | None:
    """`p` of `i < p` (or `p > i`, `<=`): the mark the outer index has not reached yet."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1):
        return None
    left, op, right = test.left, test.ops[0], test.comparators[0]
    if isinstance(op, ast.Gt | ast.GtE):
        left, right = right, left
    elif not isinstance(op, ast.Lt | ast.LtE):
        return None
    if is_name(left, index) and isinstance(right, ast.Name):
        return right.id
    return None


def _resumes_at(value: ast.expr, counters: set[str]) -> bool:
    """`j` or `j + 1` with `j` an inner counter."""
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Add):
        if not isinstance(value.right, ast.Constant):
            return False
        value = value.left
    return isinstance(value, ast.Name) and value.id in counters


def cut_between_runs(cut: ast.Slice, enclosing: ast.For | ast.While) -> bool:
    """`s[i:j]` after `j = i; while ...: j += 1`, with the outer loop resuming at `i = j`.

    The runs the inner loop walks do not overlap, so the pieces cut from them together copy
    the text once.
    """
    if not (isinstance(cut.lower, ast.Name) and isinstance(cut.upper, ast.Name)):
        return False
    end = cut.upper.id
    return any(
        isinstance(inner, ast.While)
        and any(name == end for name, _ in _steps(inner))
        and _outer_jumps_past(enclosing, inner, {end})
        for inner in walk_local(enclosing.body)
    )


def _only_added_to(name: str, body: list[ast.stmt]) -> bool:
    """Nothing in `body` sets `name` afresh (`=`, `:=`) or changes it other than by `+=`."""
    return not any(
        (
            isinstance(node, ast.Assign | ast.AnnAssign | ast.NamedExpr)
            and any(
                is_name(t, name)
                for tgt in (node.targets if isinstance(node, ast.Assign) else [node.target])
                for t in ast.walk(tgt)
            )
        )
        or (
            isinstance(node, ast.AugAssign)
            and is_name(node.target, name)
            and not isinstance(node.op, ast.Add)
        )
        for node in walk_local(body)
    )


def cut_then_skipped(cut: ast.Slice, enclosing: ast.For | ast.While) -> bool:
    """`w = d[p:p + k]` then `p += k`: a cursor that moves past each piece it cuts.

    The cursor only ever steps forward by the width of the piece just cut, so the pieces
    do not overlap and together copy what they are cut from once.
    """
    if not (
        cut.step is None
        and isinstance(cut.lower, ast.Name)
        and isinstance(cut.upper, ast.BinOp)
        and isinstance(cut.upper.op, ast.Add)
        and is_name(cut.upper.left, cut.lower.id)
    ):
        return False
    cursor, width = cut.lower.id, ast.unparse(cut.upper.right)
    if cursor in names_in(cut.upper.right):
        return False
    if isinstance(enclosing, ast.For) and cursor in names_in(enclosing.target):
        return False  # `for i in range(n)` sets `i` afresh whatever the body adds to it
    if not _only_added_to(cursor, enclosing.body):
        return False  # the cursor is set afresh (or not only stepped up) somewhere in the loop
    for node in [enclosing, *walk_local(enclosing.body)]:
        for block in (getattr(node, "body", None), getattr(node, "orelse", None)):
            if not isinstance(block, list):
                continue
            for k, stmt in enumerate(block):
                if not isinstance(stmt, ast.stmt) or not any(n is cut for n in ast.walk(stmt)):
                    continue
                if isinstance(stmt, ast.For | ast.While | ast.If | ast.With | ast.Try):
                    continue  # the cut sits deeper than this block
                return any(
                    isinstance(later, ast.AugAssign)
                    and is_name(later.target, cursor)
                    and ast.unparse(later.value) == width
                    for later in block[k + 1 :]
                )
    return False


def counters_below_a_root(loop: ast.For | ast.While, passes: Cost, scope: Scope) -> set[str]:
    """Names that stay below a square root of the size while `loop` runs its root-many passes.

    `for i in range(1, isqrt(n) + 1)` counts `i` up from a constant; `while i * i <= n:
    ...; i += 1` steps up the counter whose square it tests: either way `i` never passes the
    root, so a loop up to `i` inside runs at most root-many times, not n.
    """
    if passes != SQRT:
        return set()
    if isinstance(loop, ast.While):
        return {
            name
            for name, op in _constant_step_counters(loop, scope).items()
            if op is ast.Add and any(_squares_a_counter(b, {name}) for b in ast.walk(loop.test))
        }
    it = loop.iter
    if not (
        isinstance(loop.target, ast.Name)
        and isinstance(it, ast.Call)
        and callee_name(it) == "range"
        and it.args
        and (len(it.args) == 1 or scope.is_const_expr(it.args[0]))
        and (len(it.args) < 3 or _positive_constant(it.args[2]))
    ):
        return set()
    if loop.target.id in bound_names(walk_local(loop.body), augmented=True):
        return set()
    return {loop.target.id}


def below_a_root(node: ast.expr, counters: set[str], scope: Scope) -> bool:
    """`i`, `i + 1`, `2 * i` of a counter in `counters` (`counters_below_a_root`)."""
    node = _without_offset(node, scope)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
        if scope.is_const_expr(node.left):
            node = node.right
        elif scope.is_const_expr(node.right):
            node = node.left
    return isinstance(node, ast.Name) and node.id in counters


def bounds_counted_up_to(loop: ast.While, scope: Scope) -> list[ast.expr]:
    """`k` of `while j < k` (or `j <= k`, `k > j`, one part of an `and`).

    The loop steps `j` up by a written constant, so it runs about `k` times at most.
    """
    test = loop.test
    parts = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else [test]
    up = {name for name, op in _constant_step_counters(loop, scope).items() if op is ast.Add}
    out: list[ast.expr] = []
    for part in parts:
        if not (isinstance(part, ast.Compare) and len(part.ops) == 1):
            continue
        left, op, right = part.left, part.ops[0], part.comparators[0]
        if isinstance(op, ast.Gt | ast.GtE):
            left, right = right, left
        elif not isinstance(op, ast.Lt | ast.LtE):
            continue
        if isinstance(left, ast.Name) and left.id in up:
            out.append(right)
    return out


def _positive_constant(node: ast.expr) -> bool:
    """`1`, `2`: a step that counts up."""
    return isinstance(node, ast.Constant) and isinstance(node.value, int) and node.value > 0


def _a_square_root(node: ast.expr, scope: Scope) -> bool:
    """`r` of `r = math.isqrt(n)`: a name only ever bound to a square root."""
    return (
        isinstance(node, ast.Name)
        and node.id not in scope.loop_vars
        and None not in scope.assigned.get(node.id, [])
        and _starts_at_a_square_root({node.id}, scope)
    )


def _starts_at_a_square_root(counters: set[str], scope: Scope) -> bool:
    """The one counter is only ever set to a square root (`r = math.isqrt(x)`) or stepped."""
    return _starts_at(counters, scope, _uses_sqrt)


def _starts_at(counters: set[str], scope: Scope, estimate: Callable[[ast.AST], bool]) -> bool:
    """The one counter is only ever set to what `estimate` recognises, or stepped."""
    if len(counters) != 1:
        return False
    values = scope.assigned.get(next(iter(counters)), [])
    starts = [v for v in values if v is not None]
    return bool(starts) and all(estimate(v) for v in starts)


def _stepped(loop: ast.While) -> set[str]:
    """Names the loop body assigns (`k += 1`, `mask = mask + 1`)."""
    out: set[str] = set()
    for node in walk_local(loop.body):
        if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            out.add(node.target.id)
        elif isinstance(node, ast.Assign):
            for tgt in node.targets:
                out |= {t.id for t in ast.walk(tgt) if isinstance(t, ast.Name)}
    return out


def _exponent(node: ast.expr) -> ast.expr | None:
    """The exponent of a power of two (or a multiple, `2 << k`), or of `b ** k` (`3 ** k`).

    A base of at least two reaches any size in at most log n steps of its exponent.
    """
    power = power_of_two(node)
    if power is not None:
        return power
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.LShift):
        # `2 << k`, `3 << k`: a positive multiple of 2^k, as fast to pass a size as `1 << k`.
        shifted = literal(node.left)
        return node.right if type(shifted) is int and shifted >= 1 else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow):
        base, exponent = node.left, node.right
    elif isinstance(node, ast.Call) and callee_name(node) == "pow" and len(node.args) == 2:
        base, exponent = node.args
    else:
        return None
    value = literal(base)
    if isinstance(base, ast.Name) or (type(value) is int and value >= 2):
        return exponent
    return None


def _multiplied(node: ast.expr) -> list[ast.expr]:
    """The factors of `9 * d * 10 ** d`: a power among them sets how fast the product grows."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
        return _multiplied(node.left) + _multiplied(node.right)
    return [node]


def _raises_two_to(test: ast.expr, steps: set[str], scope: Scope) -> Cost | None:
    """`while (1 << k) <= n: k += 1`: the counter is an exponent, so it stops after log n.

    LOG against a size, ONE against a constant (`while 2 ** k < 10 ** 9`), None when the
    test is not of that form.
    """
    for shift in ast.walk(test):
        # `while n >> k: k += 1`, `while (a >> k) or (b >> k)`: n shifted right past its bits.
        if (
            isinstance(shift, ast.BinOp)
            and isinstance(shift.op, ast.RShift)
            and isinstance(shift.right, ast.Name)
            and shift.right.id in steps
        ):
            return ONE if scope.is_const_expr(shift.left) else LOG
    divides = _divisible_by_a_power_of_counter(test, steps, scope)
    if divides is not None:
        return divides
    for cmp in ast.walk(test):
        if not isinstance(cmp, ast.Compare):
            continue
        sides = [cmp.left, *cmp.comparators]
        for side in sides:
            # `2 ** (k + 1) - 1 <= n`; `9 * d * 10 ** (d - 1) < k`: the power outgrows the rest.
            powers = [_exponent(f) for f in _multiplied(_without_offset(side, scope))]
            if not any(
                isinstance(p, ast.Name) and p.id in steps
                for p in (_without_offset(x, scope) for x in powers if x is not None)
            ):
                continue
            others = [x for x in sides if x is not side]
            return LOG if any(not scope.is_const_expr(o) for o in others) else ONE
    return None


def _divisible_by_a_power_of_counter(test: ast.expr, steps: set[str], scope: Scope) -> Cost | None:
    """`while n % (2 ** (k + 1)) == 0: k += 1`: only a power up to n divides it, log n steps.

    LOG when the number divided is not a constant, ONE when it is; None when the test takes
    no remainder by a power of the stepped counter.
    """
    for mod in ast.walk(test):
        if not (isinstance(mod, ast.BinOp) and isinstance(mod.op, ast.Mod)):
            continue
        powers = [_exponent(f) for f in _multiplied(_without_offset(mod.right, scope))]
        if any(
            isinstance(p, ast.Name) and p.id in steps
            for p in (_without_offset(x, scope) for x in powers if x is not None)
        ):
            return ONE if scope.is_const_expr(mod.left) else LOG
    return None


def _counts_to_exponential(test: ast.expr, steps: set[str], scope: Scope) -> bool:
    """`while mask < (1 << n): ...; mask += 1`: a counter stepped up to an exponential bound.

    The bound must not hold a name the loop steps: `while (1 << k) <= n: k += 1` counts bits.
    """
    for cmp in ast.walk(test):
        if not isinstance(cmp, ast.Compare):
            continue
        sides = [cmp.left, *cmp.comparators]
        if not any(isinstance(x, ast.Name) and x.id in steps for x in sides):
            continue
        for side in sides:
            names = {n.id for n in ast.walk(side) if isinstance(n, ast.Name)}
            if not names & steps and is_exponential(side, scope):
                return True
    return False


def _powers_of_its_counter(loop: ast.While, cond_names: set[str]) -> bool:
    """The test's value is a power of two (`1 << k`, `2 ** k`) of a counter stepped by one.

    The names the test reads are set in the loop from `1 << k` (or are it), and `k += 1` is
    the loop's only step: the power doubles each pass, so it passes any size in log n.
    """
    steps = _steps(loop)
    counters = {
        name
        for name, step in steps
        if isinstance(step.op, ast.Add) and isinstance(step.value, ast.Constant)
    }
    if len(steps) != 1 or not counters:
        return False
    values = [
        node.value
        for node in walk_local(loop.body)
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id in cond_names for t in node.targets)
    ]
    return bool(values) and all(
        any(
            isinstance(sub, ast.BinOp)
            and isinstance(sub.op, ast.LShift | ast.Pow)
            and isinstance(sub.left, ast.Constant)
            and sub.left.value in (1, 2)
            and names_in(sub.right) <= counters
            and names_in(sub.right)
            for sub in ast.walk(v)
        )
        for v in values
    )


def _counts_down_masks(cond_names: set[str], kinds: set[str], scope: Scope) -> bool:
    """`sub = full` ... `while sub: sub = (sub - 1) & full`: every submask of an n-bit mask."""
    if not kinds or not kinds <= {"add", "other"}:
        return False
    return any(
        v is not None
        and (is_exponential(v, scope) or (isinstance(v, ast.Name) and scope.is_exp_name(v.id)))
        for name in cond_names
        for v in scope.assigned.get(name, [])
    )


_PUSHES = frozenset(["append", "appendleft", "heappush", "add"])
#: The reason of a while loop that a counter stepped toward a written constant stops.
CAPPED_BY_A_COUNT = "bounded loop (a counter capped by a constant)"
BELOW_A_BOUND = "worklist of numbers below a bound (each pushed once)"
#: Calls that write into the collection they are called on (a visited set, a distance map).
_WRITES = _PUSHES | {"update", "extend", "insert", "setdefault", "discard", "remove", "pop"}


def _written(loop: ast.While) -> set[str]:
    """Collections the loop body writes into: `vis[v] = 1`, `seen.add(v)`, `d[v] += w`."""
    out: set[str] = set()
    for node in walk_local(loop.body):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AugAssign | ast.AnnAssign):
            targets = [node.target]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in _WRITES
        ):
            targets = [node.func.value]
        for tgt in targets:
            for sub in ast.walk(tgt):
                if isinstance(sub, ast.Subscript):
                    root: ast.expr = sub
                    while isinstance(root, ast.Subscript | ast.Attribute):
                        root = root.value
                    if isinstance(root, ast.Name):
                        out.add(root.id)
            if isinstance(tgt, ast.Name) and isinstance(node, ast.Call):
                out.add(tgt.id)
    return out


def _is_guard(test: ast.expr, written: set[str]) -> bool:
    """A test that looks a state up in a collection the loop fills: each state at most once.

    `if not vis[v]`, `if v not in seen`, `if d[v] > d[u] + w` guard a traversal; a test of
    the input (`if t[i] == '?'`, `if c in 'ab'`) does not, however it is spelt.
    """
    for n in ast.walk(test):
        if isinstance(n, ast.Attribute):
            return True  # self.seen[...], obj.visited: not followed, taken as a guard
        if isinstance(n, ast.Subscript):
            root: ast.expr = n
            while isinstance(root, ast.Subscript):
                root = root.value
            if not isinstance(root, ast.Name) or root.id in written:
                return True
        if isinstance(n, ast.Compare):
            for op, right in zip(n.ops, n.comparators, strict=True):
                if isinstance(op, ast.In | ast.NotIn) and not (
                    isinstance(right, ast.Constant | ast.Tuple | ast.List)
                    or (isinstance(right, ast.Name) and right.id not in written)
                ):
                    return True
    return False


def _literal_items(node: ast.expr) -> int:
    """How many items a literal tuple, list or string has (0 for anything else)."""
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return len(node.elts)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return len(node.value)
    return 0


def _branches(loop: ast.While) -> bool:
    """A worklist loop that pushes two or more new states per state taken, unguarded.

    `stack.append((i + 1, s + a[i])); stack.append((i + 1, s))`, or one push in a loop over
    a literal pair (`for d in (x, -x): stack.append((i + 1, s + d))`): the states form a
    binary tree, 2^n of them. A traversal pushes neighbours from a loop over them and guards
    against revisits (`if v not in seen`, `if not vis[v]`, `if d[v] > ...` on a collection the
    loop writes); that is linear.
    """
    written = _written(loop)
    pushes = _pushes_on_one_path(loop.body, written)
    if pushes is None:
        return False  # a visited/distance guard: each state at most once
    # Only pushes back onto the worklist the loop tests branch (`res.append` is an answer).
    tested = {n.id for n in ast.walk(loop.test) if isinstance(n, ast.Name)}
    if _splits_at_a_midpoint(loop, tested):
        return False
    # `x = q.popleft(); y = q.popleft()` before two pushes: the worklist never grows.
    pops = Counter(
        node.func.value.id
        for node in walk_local(loop.body)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in {"pop", "popleft"}
        and isinstance(node.func.value, ast.Name)
    ) + Counter(
        node.args[0].id  # `heappop(h)`, `heapq.heappop(h)`
        for node in walk_local(loop.body)
        if isinstance(node, ast.Call)
        and callee_name(node) == "heappop"
        and node.args
        and isinstance(node.args[0], ast.Name)
    )
    # Two queues trading cards (`x, y = A.popleft(), B.popleft()`, two pushed back): all the
    # worklists the test reads lose as many as any one of them gains.
    taken = sum(pops[name] for name in tested)
    return any(count >= 2 and count > taken for name, count in pushes.items() if name in tested)


def _walks_arc_paths(loop: ast.While, scope: Scope) -> bool:
    """`v = st.pop()`, then `for u in g[v]: st.append(u)` on arcs read for m edges, unguarded.

    With no marks a vertex of a DAG is pushed once for every path reaching it, as in the
    recursive walk (`Recursion.arc_paths`): up to 2^n pushes. A visited or in-degree test
    before the push (`if not vis[u]`, `if indeg[u] == 0`) keeps it linear.
    """
    tested = {n.id for n in ast.walk(loop.test) if isinstance(n, ast.Name)}
    worklists = _drained(loop) & tested
    taken = {
        tgt.id
        for node in walk_local(loop.body)
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Call)
        and _drained_by(node.value) & worklists
        for tgt in node.targets
        if isinstance(tgt, ast.Name)
    }
    written = _written(loop)
    if not taken or _pushes_on_one_path(loop.body, written) is None:
        return False
    return any(
        isinstance(node, ast.For)
        and isinstance(node.target, ast.Name)
        and isinstance(node.iter, ast.Subscript)
        and isinstance(node.iter.value, ast.Name)
        and isinstance(node.iter.slice, ast.Name)
        and node.iter.slice.id in taken
        and scope.is_arc_lists(node.iter.value.id)
        and _pushes_on_one_path(node.body, written) is not None
        and any(_pushes_item(stmt, worklists, node.target.id) for stmt in node.body)
        for node in walk_local(loop.body)
    )


def _pushes_item(stmt: ast.stmt, worklists: set[str], item: str) -> bool:
    """`st.append(u)` as a statement of its own: `item` pushed onto one of `worklists`."""
    return _calls_on_item(stmt, worklists, {"append", "appendleft"}, item)


def _calls_on_item(stmt: ast.stmt, owners: set[str], methods: set[str], item: str) -> bool:
    """`owner.method(item)` as a statement of its own, `owner` one of `owners`."""
    call = stmt.value if isinstance(stmt, ast.Expr) else None
    return (
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr in methods
        and isinstance(call.func.value, ast.Name)
        and call.func.value.id in owners
        and len(call.args) == 1
        and is_name(call.args[0], item)
    )


def _pushes_below_a_bound(loop: ast.While, scope: Scope) -> Cost | None:
    """`if 2 * u <= n: q.append(2 * u)`, `if v <= 10 ** 9: st.append(v * 10 + 4)`.

    Every push of a branching worklist sits under a test that keeps the state below a bound
    (a heap-indexed tree's children, numbers grown digit by digit): the states are distinct
    numbers under it, at most the bound of them, and far fewer than 2^n. A written bound
    makes it a constant; one read from the input, at most that size.
    """
    tested = {n.id for n in ast.walk(loop.test) if isinstance(n, ast.Name)}
    parents = parents_of(walk_local(loop.body))
    bounds: list[ast.expr] = []
    lengths = False  # `if len(x) < n: q.append(x + "4")`: strings up to n long, 2^n of them
    for node in walk_local(loop.body):
        if not (
            isinstance(node, ast.Call)
            and callee_name(node) in _PUSHES
            and isinstance(node.func, ast.Attribute)
            and names_in(node.func.value) & tested
            and node.args
        ):
            continue
        pushed = names_in(node.args[-1])
        up = parents.get(id(node))
        bound = None
        while up is not None and bound is None:
            if isinstance(up, ast.If):
                found = upper_bound(up.test, pushed)
                if found is not None:
                    small, bound = found
                    lengths |= isinstance(small, ast.Call) and callee_name(small) == "len"
            up = parents.get(id(up))
        if bound is None:
            found = _skipped_past_a_bound(node, loop, parents, pushed)
            if found is not None:
                small, bound = found
                lengths |= isinstance(small, ast.Call) and callee_name(small) == "len"
        if bound is None:
            return None
        bounds.append(bound)
    if not bounds:
        return None
    if all(scope.is_const_expr(b) for b in bounds):
        return ONE
    return EXP if lengths else N


def _pushes_residues(loop: ast.While, scope: Scope) -> bool:
    """Every push of the drained worklist holds a residue of a written modulus, tested first.

    `if v not in seen: q.append((v, d + 1))` with `v = (u * 10) % 11`: the states are the
    residues, each let through the test once, so the passes are at most the modulus.
    """
    drained = _drained(loop)
    parents = parents_of(walk_local(loop.body))
    pushes = 0
    for node in walk_local(loop.body):
        if not (isinstance(node, ast.Call) and callee_name(node) in _PUSHES and node.args):
            continue
        heap = callee_name(node) == "heappush"
        target = node.args[0] if heap else getattr(node.func, "value", None)
        if not (isinstance(target, ast.Name) and target.id in drained):
            continue
        item = node.args[-1]
        residues = [
            e
            for e in (item.elts if isinstance(item, ast.Tuple) else [item])
            if _a_residue(e, scope)
        ]
        tested = set()
        up = parents.get(id(node))
        while up is not None:
            if isinstance(up, ast.If):
                tested |= names_in(up.test)
            up = parents.get(id(up))
        if not any(names_in(e) & tested for e in residues):
            return False
        pushes += 1
    return pushes > 0


def _a_residue(node: ast.expr, scope: Scope) -> bool:
    """`(u * 3) % m` with `m` written, or a name only ever set to such residues."""
    if below_a_modulus(node, scope):
        return True
    if not isinstance(node, ast.Name):
        return False
    values = _values_of(node.id, scope)
    return bool(values) and all(
        v is not None
        and (
            below_a_modulus(v, scope)
            or (
                isinstance(v, ast.Tuple | ast.List)
                and all(below_a_modulus(e, scope) for e in v.elts)
            )
        )
        for v in values
    )


def _skipped_past_a_bound(
    push: ast.AST, loop: ast.While, parents: dict[int, ast.AST], pushed: set[str]
) -> tuple[ast.expr, ast.expr] | None:
    """(x, B) of `if x > B: continue` (or `if len(s) == B: ...; continue`) before the push.

    A state past the bound leaves the pass before it pushes anything, so every state that
    pushes is under the bound, as under `if x <= B: q.append(...)`.
    """
    child: ast.AST = push
    up = parents.get(id(push))
    while True:
        holder = loop if up is None else up
        for field in ("body", "orelse", "finalbody"):
            block = getattr(holder, field, None)
            if not isinstance(block, list) or not any(s is child for s in block):
                continue
            for stmt in block[: [id(s) for s in block].index(id(child))]:
                if (
                    isinstance(stmt, ast.If)
                    and not stmt.orelse
                    and isinstance(stmt.body[-1], ast.Continue | ast.Break | ast.Return)
                ):
                    found = _past_a_bound(stmt.test, pushed)
                    if found is not None:
                        return found
        if up is None:
            return None
        child, up = up, parents.get(id(up))


def _past_a_bound(test: ast.expr, names: set[str]) -> tuple[ast.expr, ast.expr] | None:
    """(x, B) of a test `x > B` (one part of an `or`), or `len(x) == B`: x has passed B."""
    parts = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or) else [test]
    for part in parts:
        if not (isinstance(part, ast.Compare) and len(part.ops) == 1):
            continue
        left, op, right = part.left, part.ops[0], part.comparators[0]
        if isinstance(op, ast.Lt | ast.LtE):
            left, right = right, left
        elif isinstance(op, ast.Eq):
            if isinstance(right, ast.Call) and callee_name(right) == "len":
                left, right = right, left
            if not (isinstance(left, ast.Call) and callee_name(left) == "len"):
                continue  # a number may step over B; a length grown by one meets it
        elif not isinstance(op, ast.Gt | ast.GtE):
            continue
        if _value_names(left) & names and not names_in(right) & names:
            return left, right
    return None


def upper_bound(test: ast.expr, names: set[str]) -> tuple[ast.expr, ast.expr] | None:
    """(x, B) of `x <= B` (or `B >= x`, or one part of an `and`) where `x` uses `names`.

    Only as values: `dist[v] < 0` bounds what is stored for v (a visited mark), not v.
    """
    for small, big in required_bounds(test):
        if _value_names(small) & names and not names_in(big) & names:
            return small, big
    return None


def _value_names(node: ast.expr) -> set[str]:
    """The names `node` computes with, leaving out those that only index a lookup."""
    keys = {
        id(n)
        for sub in ast.walk(node)
        if isinstance(sub, ast.Subscript)
        for n in ast.walk(sub.slice)
    }
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and id(n) not in keys}


def required_bounds(test: ast.expr) -> list[tuple[ast.expr, ast.expr]]:
    """(small, big) of each `small < big` (or `big >= small`) the test's `and` requires.

    A chain (`0 <= x < 8`) requires each of its links.
    """
    parts = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else [test]
    out = []
    for part in parts:
        if not isinstance(part, ast.Compare):
            continue
        sides = [part.left, *part.comparators]
        for left, op, right in zip(sides, part.ops, sides[1:], strict=False):
            if isinstance(op, ast.Gt | ast.GtE):
                out.append((right, left))
            elif isinstance(op, ast.Lt | ast.LtE):
                out.append((left, right))
    return out


def _splits_at_a_midpoint(loop: ast.While, worklists: set[str]) -> bool:
    """`mid = (l + r) // 2`, then `(l, mid - 1)` and `(mid + 1, r)` pushed: halves of a range.

    Each split point is taken once, so the worklist holds at most n ranges in all.
    """
    mids = _mid_names(loop.body)
    if not mids:
        return False
    pushed = [
        arg
        for node in walk_local(loop.body)
        if isinstance(node, ast.Call)
        and callee_name(node) in _PUSHES
        and (
            (isinstance(node.func, ast.Attribute) and names_in(node.func.value) & worklists)
            or (node.args and names_in(node.args[0]) & worklists)
        )
        for arg in node.args[-1:]
    ]
    return bool(pushed) and all(names_in(arg) & mids for arg in pushed)


def _pushes_on_one_path(nodes: Sequence[ast.AST], written: set[str]) -> dict[str, int] | None:
    """Pushes per worklist on the busiest path through `nodes`; None past a revisit guard.

    The two arms of an `if` are one path or the other (`if cur > x: dq.append(x) else:
    dq.append(cur)` pushes once), a loop over a literal pair runs its body twice.
    """
    out: dict[str, int] = {}

    def add(more: dict[str, int], times: int = 1) -> None:
        for name, count in more.items():
            out[name] = out.get(name, 0) + count * times

    for node in nodes:
        if isinstance(node, ast.For):
            fan = _literal_items(node.iter)
            if fan >= 2:
                inner = _pushes_on_one_path(list(node.body), written)
                if inner is None:
                    return None
                add(inner, fan)
            continue
        if isinstance(node, ast.While | ast.FunctionDef | ast.Lambda | ast.comprehension):
            continue
        if isinstance(node, ast.If | ast.IfExp | ast.While | ast.Assert) and _is_guard(
            node.test, written
        ):
            return None
        if isinstance(node, ast.If | ast.IfExp):
            test = _pushes_on_one_path([node.test], written)
            body = node.body if isinstance(node.body, list) else [node.body]
            orelse = node.orelse if isinstance(node.orelse, list) else [node.orelse]
            arms = [_pushes_on_one_path(list(body), written)]
            arms.append(_pushes_on_one_path(list(orelse), written))
            if test is None or arms[0] is None or arms[1] is None:
                return None
            add(test)
            add({k: max(arms[0].get(k, 0), arms[1].get(k, 0)) for k in {*arms[0], *arms[1]}})
            continue
        if isinstance(node, ast.Call) and callee_name(node) in _PUSHES:
            func = node.func
            target: ast.expr | None = func.value if isinstance(func, ast.Attribute) else None
            if target is None and node.args:
                target = node.args[0]  # heappush(heap, item)
            if isinstance(target, ast.Name):
                add({target.id: 1})
        inner = _pushes_on_one_path(list(ast.iter_child_nodes(node)), written)
        if inner is None:
            return None
        add(inner)
    return out


def _short_length_bound(test: ast.expr, steps: set[str], scope: Scope) -> Cost | None:
    """`while i < len(b) and a[i] == b[i]: i += 1` over a number's digits: that many passes.

    One of the conditions the loop needs (`and`) compares a counter it steps with `len(x)`
    of a collection shorter than the input (a fixed one, or the digits of a number); the
    other conditions can only stop it sooner.
    """
    bounds: list[Cost] = []
    for left, right in required_bounds(test):
        if not (isinstance(left, ast.Name) and left.id in steps):
            continue
        bound = length_bound(right, scope)  # len(b), len(b) - 1
        if bound is not None:
            bounds.append(bound)
    short = [b for b in bounds if b <= LOG]
    return min(short) if short else None


def _indexes_fixed_each_pass(
    loop: ast.While, test: ast.expr, steps: set[str], scope: Scope
) -> bool:
    """`while d > months[m]: d -= months[m]; m += 1`: `months[m]` past its end would raise.

    A counter the loop steps, used as the index into a fixed collection in the test or in a
    statement every pass runs, cannot outrun that collection.
    """
    every_pass: list[ast.AST] = [test, *(s for s in loop.body if not _branches_off(s))]
    return any(
        isinstance(n, ast.Subscript)
        and isinstance(n.value, ast.Name)
        and scope.is_const(n.value.id)
        and not _preallocated(n.value.id, scope)
        and isinstance(n.slice, ast.Name)
        and n.slice.id in steps
        for part in every_pass
        for n in ast.walk(part)
    )


def indexes_a_written_table(loop: ast.For, scope: Scope) -> bool:
    """`for i in range(m - 1): d += months[i]`: a table the source writes out bounds the loop.

    The range's index takes each value once, so reading a table of written items (a list
    literal, `[0] * 26`, a string) at the index, or a constant off it, in a statement that
    every pass runs, would raise past the table's end long before a large bound is reached.
    """
    if not (
        isinstance(loop.iter, ast.Call)
        and callee_name(loop.iter) == "range"
        and isinstance(loop.target, ast.Name)
    ):
        return False
    index = loop.target.id
    if any(
        isinstance(n, ast.Name) and n.id == index and isinstance(n.ctx, ast.Store)
        for stmt in loop.body
        for n in ast.walk(stmt)
    ):
        return False  # `i = ...` in the body: the index no longer takes each value once
    every_pass: list[ast.stmt] = []
    for stmt in loop.body:
        if any(isinstance(n, ast.Continue | ast.Break | ast.Return) for n in ast.walk(stmt)):
            break  # a pass may end here: what follows is not run every pass
        if not _branches_off(stmt):
            every_pass.append(stmt)
    return any(
        isinstance(n, ast.Subscript)
        and isinstance(n.ctx, ast.Load)
        and isinstance(n.value, ast.Name)
        and _written_table(n.value.id, scope)
        and _index_or_near(n.slice, index, scope)
        for stmt in every_pass
        for n in _always_run(stmt)
    )


def _always_run(node: ast.AST) -> Iterator[ast.AST]:
    """The parts of a statement that run whenever it does.

    Not a lambda's body, not the items of a comprehension, not what `and`, `or` or
    `x if c else y` may skip.
    """
    yield node
    if isinstance(node, ast.BoolOp):
        yield from _always_run(node.values[0])
        return
    if isinstance(node, ast.IfExp):
        yield from _always_run(node.test)
        return
    if isinstance(node, ast.Lambda | ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp):
        return
    for child in ast.iter_child_nodes(node):
        yield from _always_run(child)


def _written_table(name: str, scope: Scope) -> bool:
    """A fixed collection whose every value the source writes out (`[31, 28, ...]`, `[0] * 26`)."""
    values = _values_of(name, scope)
    return (
        scope.is_const(name)
        and bool(values)
        and all(v is not None and _written_out(v, scope) for v in values)
        and not _preallocated(name, scope)
    )


def _written_out(value: ast.expr, scope: Scope) -> bool:
    """Items and a length the source alone fixes: literals, and names of written numbers."""
    return scope.is_const_expr(value) and all(
        not isinstance(n, ast.Call)
        and (not isinstance(n, ast.Name) or _written_number(n, scope) > 0)
        for n in ast.walk(value)
    )


def _index_or_near(node: ast.expr, index: str, scope: Scope) -> bool:
    """`i`, `i - 1`, `i + 2`: the index itself, or a constant off it."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Sub):
        if scope.is_const_expr(node.right):
            return is_name(node.left, index)
        return (
            isinstance(node.op, ast.Add)
            and scope.is_const_expr(node.left)
            and is_name(node.right, index)
        )
    return is_name(node, index)


def _until_a_multiple(loop: ast.While, test: ast.expr, scope: Scope) -> bool:
    """`while (k * i) % 10 != 0 and ...: i += 1`: a multiple of ten within ten passes.

    The loop stays only while a counter it raises (or lowers) by one (or that counter
    times, or plus, values it never changes) leaves a remainder by a small written modulus;
    among any m consecutive counts one makes it a multiple of m, so it stops within m passes.
    """
    if any(isinstance(n, ast.Continue) for n in walk_local(loop.body)):
        return False  # a pass may skip the step
    stepped = _stepped(loop)
    steps = _steps(loop)
    # Raised (or lowered) by one in a statement of the body itself (every pass), and changed
    # nowhere else: m consecutive counts, up or down, hold a multiple of m.
    counters = {
        name
        for name, step in steps
        if any(step is stmt for stmt in loop.body)
        and isinstance(step.op, ast.Add | ast.Sub)
        and literal(step.value) == 1
        and [n for n, _ in steps].count(name) == 1
        and not assigns_to(loop.body, name)
    }
    if not counters:
        return False
    for stay in _conjuncts(test):
        remainder = _remainder_left(stay)
        if remainder is None:
            continue
        modulus = _written_number(remainder.right, scope)
        if 1 < modulus <= INPUT_SCALE and _moves_with(remainder.left, counters, stepped):
            return True
    return False


def _conjuncts(test: ast.expr) -> list[ast.expr]:
    """What must all hold for the loop to stay: `a and b` is a and b, `not (a or b)` too."""
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
        return [c for v in test.values for c in _conjuncts(v)]
    if (
        isinstance(test, ast.UnaryOp)
        and isinstance(test.op, ast.Not)
        and isinstance(test.operand, ast.BoolOp)
        and isinstance(test.operand.op, ast.Or)
    ):
        return [
            c for v in test.operand.values for c in _conjuncts(ast.UnaryOp(op=ast.Not(), operand=v))
        ]
    return [test]


def _while_every_count_divides(loop: ast.While, test: ast.expr) -> bool:
    """`while n % k == 0: k += 1` with n unchanged: the counts in a row that all divide n.

    Each of 2..k divides n, so their least common multiple (past 2^(k/2) or so) does too:
    k stays within a few times log n.
    """
    stepped = _stepped(loop)
    counters = {
        name
        for name, step in _steps(loop)
        if any(step is stmt for stmt in loop.body)
        and isinstance(step.op, ast.Add)
        and literal(step.value) == 1
    }
    for stay in _conjuncts(test):
        rem = tested_zero(stay)
        if (
            isinstance(rem, ast.BinOp)
            and isinstance(rem.op, ast.Mod)
            and isinstance(rem.right, ast.Name)
            and rem.right.id in counters
            and isinstance(rem.left, ast.Name)
            and rem.left.id not in stepped
        ):
            return True
    return False


def _remainder_left(stay: ast.expr) -> ast.BinOp | None:
    """`x % m` of `x % m != 0`, `not x % m == 0`, `x % m` (a remainder left is the stay)."""
    if isinstance(stay, ast.UnaryOp) and isinstance(stay.op, ast.Not):
        inner = stay.operand
        if not (
            isinstance(inner, ast.Compare)
            and len(inner.ops) == 1
            and isinstance(inner.ops[0], ast.Eq)
        ):
            return None
        stay = ast.Compare(left=inner.left, ops=[ast.NotEq()], comparators=inner.comparators)
    if isinstance(stay, ast.Compare):
        if not (
            len(stay.ops) == 1
            and isinstance(stay.ops[0], ast.NotEq)
            and literal(stay.comparators[0]) == 0
        ):
            return None
        stay = stay.left
    if isinstance(stay, ast.BinOp) and isinstance(stay.op, ast.Mod):
        return stay
    return None


def _moves_with(node: ast.expr, counters: set[str], stepped: set[str]) -> bool:
    """`i`, `k * i`, `i + a`: a counter, times or plus what the loop never changes."""
    if isinstance(node, ast.Name):
        return node.id in counters
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult | ast.Add | ast.Sub):
        for own, other in ((node.left, node.right), (node.right, node.left)):
            if isinstance(own, ast.Name) and own.id in counters and not names_in(other) & stepped:
                return True
    return False


def _preallocated(name: str, scope: Scope) -> bool:
    """`f = [0] * 200005`, `[0] * MAXN`: room for the largest input, not a table of its own.

    A loop indexing such an array is bounded by the input's size, not by the array's.
    """
    values = _values_of(name, scope)
    return bool(values) and all(
        isinstance(v, ast.BinOp)
        and isinstance(v.op, ast.Mult)
        and any(_written_number(side, scope) > INPUT_SCALE for side in (v.left, v.right))
        for v in values
    )


#: Written numbers above this stand for the input's bound (`[0] * 200005`, `hi = 10**18`),
#: not for a size of the program's own (`lo, hi = 0, 60`).
INPUT_SCALE = 10_000


def a_vast_range(node: ast.expr, scope: Scope) -> bool:
    """`range(10**18)`, or a name set to it: an answer's search space, as large as the input.

    Searched by bisection it takes log of its length steps, as `lo, hi = 0, 10**18` does.
    """
    values = _values_of(node.id, scope) if isinstance(node, ast.Name) else [node]
    return bool(values) and all(
        isinstance(v, ast.Call)
        and callee_name(v) == "range"
        and any(_written_number(a, scope) > INPUT_SCALE for a in v.args[:2])
        for v in values
    )


def _written_cap(node: ast.expr | None, scope: Scope) -> int | None:
    """The most `node` can be when the source writes it: `60`, `-1`, `min(n, 20)`; else None."""
    if node is None:
        return None
    if isinstance(node, ast.Call) and callee_name(node) == "min":
        caps = [c for a in node.args if (c := _written_cap(a, scope)) is not None]
        return min(caps) if caps else None
    value = _written_number(node, scope)
    return value if value or literal(node) == 0 else None


def _bisects_a_written_span(
    loop: ast.While, test: ast.expr, cond_names: set[str], mids: set[str], scope: Scope
) -> bool:
    """`lo, hi = 0, 60` (or `hi = min(n, 20)`), then an integer bisection: a few passes.

    Every name the test reads starts, before the loop, at a written number no larger than
    the input's scale; a midpoint taken by `//` or `>>` ends after log of that span.
    """
    inside = {id(n) for n in ast.walk(loop)}
    starts = [
        v
        for name in cond_names
        for v in _values_of(name, scope)
        if v is None or id(v) not in inside
    ]
    mid_values = [
        n.value
        for n in walk_local(loop.body)
        if isinstance(n, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id in mids for t in n.targets)
    ]
    return (
        bool(cond_names)
        and bool(starts)
        and all(
            (cap := _written_cap(v, scope)) is not None and abs(cap) <= INPUT_SCALE for v in starts
        )
        and not any(
            isinstance(n, ast.Constant) and isinstance(n.value, float) for n in ast.walk(test)
        )
        and not any(
            isinstance(n, ast.BinOp) and isinstance(n.op, ast.Div)
            for v in mid_values
            for n in ast.walk(v)
        )
    )


def _values_of(name: str, scope: Scope) -> list[ast.expr | None]:
    """What `name` is assigned in the nearest scope that assigns it (a global, in `main()`)."""
    at: Scope | None = scope
    while at is not None and name not in at.assigned:
        at = at.parent
    return at.assigned[name] if at is not None else []


def _written_number(node: ast.expr, scope: Scope, depth: int = 6) -> int:
    """The value of `200005`, `2 * 10 ** 5 + 5`, or a name set once to one; else 0."""
    value = literal(node)
    if type(value) is int:
        return value
    if depth and isinstance(node, ast.Name) and scope.is_const(node.id):
        sources = _values_of(node.id, scope)
        source = sources[0] if len(sources) == 1 else None
        return _written_number(source, scope, depth - 1) if source is not None else 0
    if depth and isinstance(node, ast.BinOp):
        left = _written_number(node.left, scope, depth - 1)
        right = _written_number(node.right, scope, depth - 1)
        if isinstance(node.op, ast.Add):
            # `n + 1` is no written number: a part the source does not write leaves it open.
            known = (left or literal(node.left) == 0) and (right or literal(node.right) == 0)
            return left + right if known else 0
        if isinstance(node.op, ast.Mult):
            return left * right
        if isinstance(node.op, ast.Pow) and 0 < right < 20:
            return int(left**right)
    return 0


def _branches_off(stmt: ast.stmt) -> bool:
    """A statement whose parts may not run every pass (a branch, a nested loop, a handler)."""
    return isinstance(stmt, ast.If | ast.For | ast.While | ast.Try | ast.With | ast.Match)


def _walks_an_index_down(loop: ast.While, test: ast.expr, counters: set[str], scope: Scope) -> bool:
    """`i = n - 1; while i >= 0: ... a[i] ...; i -= 1`: an index walking a list to its start.

    Compared only with a constant, the counter is still bounded by where it starts, and an
    index into a collection starts at its length. A bare countdown (`while k > 0: k -= 1`)
    indexes nothing and keeps the reading of a bounded loop, as does one from a constant.
    """
    down = {
        name
        for name, step in _steps(loop)
        if isinstance(step.op, ast.Sub) and name in counters and not _starts_constant(name, scope)
    }
    return any(
        isinstance(n, ast.Subscript)
        and not isinstance(n.slice, ast.Slice)
        and any(isinstance(x, ast.Name) and x.id in down for x in ast.walk(n.slice))
        for part in (test, *loop.body)
        for n in ast.walk(part)
    )


def _next_with_a_property(loop: ast.While, test: ast.expr, scope: Scope) -> bool:
    """`n = int(input())`, then `while not fair(n): n += 1`: a search up from the input.

    The only step is `+= 1` on a number that starts from the input, and the test only asks
    a function of it (`gcd(n, digsum(n)) == 1`, `digsum(a) % 4`), not how far it got.
    """
    steps = _steps(loop)
    if len(steps) != 1:
        return False
    name, step = steps[0]
    if not (
        isinstance(step.op, ast.Add)
        and isinstance(step.value, ast.Constant)
        and step.value.value == 1
    ):
        return False
    if assigns_to(loop.body, name) or _starts_constant(name, scope) or scope.is_const(name):
        return False
    local = {
        t.id
        for node in walk_local(loop.body)
        if isinstance(node, ast.Assign)
        for tgt in node.targets
        for t in ast.walk(tgt)
        if isinstance(t, ast.Name)
    }
    free = (
        {n.id for n in ast.walk(test) if isinstance(n, ast.Name) and not scope.is_const(n.id)}
        - local
        - {
            c.func.id
            for c in ast.walk(test)
            if isinstance(c, ast.Call) and isinstance(c.func, ast.Name)
        }
        - BUILTIN_NAMES  # `map(int, str(a))`: `int` is passed, not a size
    )
    if free != {name}:
        return False
    asked = {
        id(n)
        for c in ast.walk(test)
        if isinstance(c, ast.Call)
        for a in c.args
        for n in ast.walk(a)
    }
    return any(is_name(n, name) and id(n) in asked for n in ast.walk(test))


def _counts_down_a_size(loop: ast.While, counters: set[str], scope: Scope) -> bool:
    """`while n > 0: n -= 1` (or `n = n - 1`) with `n` read from the input: n passes."""
    down = {name for name, step in _steps(loop) if isinstance(step.op, ast.Sub)} | {
        t.id
        for node in walk_local(loop.body)
        if isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(t := node.targets[0], ast.Name)
        and isinstance(_constant_step(node.value, t.id), ast.Sub)
    }
    return any(
        name in counters and not _starts_constant(name, scope) and not scope.is_const(name)
        for name in down
    )


def _walks_permutations(loop: ast.While, scope: Scope) -> bool:
    """`while True:` stepping a list to its next permutation each pass, until the last.

    The step written inline, or a call of a function that makes it (`if not nxt(p): break`,
    `while nxt(p):`): n! passes.
    """
    endless = isinstance(loop.test, ast.Constant) and bool(loop.test.value)
    if endless and next_permutation_step(loop.body):
        return True
    searched = [*ast.walk(loop.test), *(walk_local(loop.body) if endless else [])]
    return any(
        isinstance(c, ast.Call)
        and isinstance(c.func, ast.Name)
        and scope.steps_a_permutation(c.func.id)
        for c in searched
    )


def _counts_down_a_logarithm(loop: ast.While, counters: set[str], scope: Scope) -> bool:
    """`d = n.bit_length()` (or `len(str(n))`), then `while d > 0: d -= 1`: log n passes."""
    steps = _steps(loop)
    down = {name for name, step in steps if isinstance(step.op, ast.Sub)}
    if not counters or not counters <= down:
        return False
    for name in counters:
        values = scope.assigned.get(name, [])
        # The loop's own steps (`d -= 1`) are recorded without a value; any other is unknown.
        own_steps = sum(1 for n, _ in steps if n == name)
        starts = [v for v in values if v is not None and _constant_step(v, name) is None]
        if values.count(None) != own_steps or not starts:
            return False
        if not all(
            logarithmic(v, scope) or digit_count(v, scope) or length_bound(v, scope) == LOG
            for v in starts
        ):
            return False
    return True


def _constant_step(value: ast.expr, name: str) -> ast.operator | None:
    """`Add` of `i + 1`, `Sub` of `i - 2`: the name moved by a written constant; else None."""
    if (
        isinstance(value, ast.BinOp)
        and isinstance(value.op, ast.Add | ast.Sub)
        and is_name(value.left, name)
        and isinstance(value.right, ast.Constant)
    ):
        return value.op
    return None


def _multiplied_between_written_bounds(
    loop: ast.While, test: ast.expr, cond_names: set[str], scope: Scope
) -> bool:
    """Every name the test reads starts at a written number, scaled by written numbers only.

    `p = 1; while p < 1000: p *= 3`: nothing read from the input reaches the test, so the
    passes are as many as the written numbers make, whatever n is. Not `while p < 10 ** 9`:
    a bound past the input's scale stands for the largest value read, as in a bisection.
    """
    if not cond_names or any(
        isinstance(n, ast.Call | ast.Subscript | ast.Attribute) for n in ast.walk(test)
    ):
        return False
    for cmp in ast.walk(test):
        if isinstance(cmp, ast.Compare):
            for side in (cmp.left, *cmp.comparators):
                if names_in(side) & cond_names:
                    continue
                cap = _written_cap(side, scope)
                if cap is None or abs(cap) > INPUT_SCALE:
                    return False

    def written_or_own(value: ast.expr, name: str) -> bool:
        return not any(
            isinstance(n, ast.Call | ast.Subscript | ast.Attribute) for n in ast.walk(value)
        ) and all(
            n.id == name or scope.is_const(n.id) for n in ast.walk(value) if isinstance(n, ast.Name)
        )

    for node in walk_local(loop.body):
        if (
            isinstance(node, ast.AugAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id in cond_names
        ):
            if not (isinstance(node.op, _HALVING_OPS) and scope.is_const_expr(node.value)):
                return False
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for tgt in targets:
                if not isinstance(tgt, ast.Name):
                    if any(isinstance(t, ast.Name) and t.id in cond_names for t in ast.walk(tgt)):
                        return False
                elif tgt.id in cond_names and not (
                    node.value is not None and written_or_own(node.value, tgt.id)
                ):
                    return False
    inside = {id(n) for n in ast.walk(loop)}

    def starts_written(name: str) -> bool:
        # `x *= 3` (None) and `x = x * 3` in the loop are steps, not starts.
        starts = [v for v in _values_of(name, scope) if v is not None and id(v) not in inside]
        return bool(starts) and all(scope.is_const_expr(v) for v in starts)

    return all(starts_written(name) for name in cond_names)


def _starts_constant(name: str, scope: Scope) -> bool:
    """Every plain assignment to `name` is a constant (its steps, `i -= 1`, aside)."""
    starts = [
        v
        for v in scope.assigned.get(name, [])
        if v is not None and _constant_step(v, name) is None  # `i = i - 1` is a step
    ]
    return bool(starts) and all(scope.is_const_expr(v) for v in starts)


def _test_has_size(test: ast.expr, scope: Scope) -> bool:
    # A single counter compared with constants is bounded; a second free name is a size.
    called = _builtins_called(test)
    free = [
        n
        for n in ast.walk(test)
        if isinstance(n, ast.Name) and not scope.is_const(n.id) and id(n) not in called
    ]
    return calls(test, {"len"}) or len(free) > 1


def _builtins_called(node: ast.AST) -> set[int]:
    """Ids of the names of built-ins called in `node` (`ord` of `ord('a')`): no sizes."""
    return {
        id(c.func)
        for c in ast.walk(node)
        if isinstance(c, ast.Call) and isinstance(c.func, ast.Name) and c.func.id in BUILTIN_NAMES
    }


def _assigned_in(body: list[ast.stmt], exclude: ast.stmt) -> set[str]:
    out: set[str] = set()
    stack: list[ast.AST] = [s for s in body if s is not exclude]
    while stack:
        node = stack.pop()
        if node is exclude:
            continue
        if isinstance(node, ast.Assign):
            for tgt in node.targets:
                out |= _bound_names(tgt)
        elif isinstance(node, ast.For):
            out |= {t.id for t in ast.walk(node.target) if isinstance(t, ast.Name)}
        for child in ast.iter_child_nodes(node):
            if child is not exclude and not isinstance(child, ast.FunctionDef):
                stack.append(child)
    return out


def _parents_read(loop: ast.While, scope: Scope) -> bool:
    """`p = list(map(int, input().split()))`: the parents walked are a tree the input gives.

    Union-find builds its own parents and merges them; a parent array read from the input is
    a rooted tree as deep as it has nodes, and nothing shortens the walk up it.
    """
    return any(
        isinstance(n, ast.Subscript)
        and isinstance(n.value, ast.Name)
        and read_in(n.value.id, scope)
        for n in ast.walk(loop.test)
    )


def walks_a_root_path(loop: ast.For, root: ast.AST | None, scope: Scope) -> bool:
    """`for v in path: p[v] = x` over the nodes a union-find walk up to its root collected.

    Path compression in two passes: the path is as long as the walk, amortised constant.
    """
    path = _whole_list(loop.iter)  # `path`, `reversed(path)`, `path[::-1]`
    if root is None or path is None:
        return False
    walks = [
        w
        for w in ast.walk(root)
        if isinstance(w, ast.While) and _walks_to_root(w) and not _parents_read(w, scope)
    ]
    inside = {id(n) for w in walks for n in walk_local(w.body)}
    grown = [
        n
        for n in ast.walk(root)
        if isinstance(n, ast.Call)
        and isinstance(n.func, ast.Attribute)
        and is_name(n.func.value, path)
        and n.func.attr in {"append", "extend", "add"}
    ]
    values = scope.assigned.get(path, [])
    return (
        bool(grown)
        and all(id(n) in inside for n in grown)
        and bool(values)
        and all(isinstance(v, ast.List) and not v.elts for v in values)
    )


def _chains_from_heads(root: ast.AST, nxt: str) -> bool:
    """`nxt[k] = head[u]` (or `nxt.append(head[u])`) beside `head[u] = k`: chained lists.

    Each new item links to the old head of its key's list and becomes the head: the lists
    of the keys are disjoint chains that together hold each item once (a chained edge list).
    """
    heads: set[str] = set()
    for node in ast.walk(root):
        value: ast.expr | None = None
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Subscript) and is_name(t.value, nxt) for t in node.targets
        ):
            value = node.value
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "append"
            and is_name(node.func.value, nxt)
            and len(node.args) == 1
        ):
            value = node.args[0]
        if isinstance(value, ast.Subscript) and isinstance(value.value, ast.Name):
            heads.add(value.value.id)
    heads.discard(nxt)  # `p[x] = p[p[x]]` shortens a path of one table, it chains nothing
    return any(
        isinstance(node, ast.Assign)
        and any(
            isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) and t.value.id in heads
            for t in node.targets
        )
        for node in ast.walk(root)
    )


def walks_a_chained_list(loop: ast.While, root: ast.AST | None) -> bool:
    """`e = head[u]`, `while e != -1: ...; e = nxt[e]`: one key's list of a chained table.

    The counter moves only along the links (`_chains_from_heads`), so the walk visits one
    key's items, as `for v in g[u]` does its adjacency list.
    """
    if root is None:
        return False
    tested = {n.id for n in ast.walk(loop.test) if isinstance(n, ast.Name)}
    if len(tested) != 1:
        return False
    (cursor,) = tested
    links: set[str] = set()
    for node in walk_local(loop.body):
        if isinstance(node, ast.AugAssign | ast.AnnAssign) and is_name(node.target, cursor):
            return False
        if not isinstance(node, ast.Assign):
            continue
        if any(
            cursor in {n.id for n in ast.walk(t) if isinstance(n, ast.Name)}
            and not isinstance(t, ast.Subscript)
            for t in node.targets
        ):
            value = node.value
            if not (
                len(node.targets) == 1
                and is_name(node.targets[0], cursor)
                and isinstance(value, ast.Subscript)
                and isinstance(value.value, ast.Name)
                and is_name(value.slice, cursor)
            ):
                return False  # the cursor moves some other way too
            links.add(value.value.id)
    return len(links) == 1 and _chains_from_heads(root, links.pop())


def jumps_over_unlinked(loop: ast.While, root: ast.AST | None) -> bool:
    """`while x <= r: ...; nxt[x] = x + 1; x = find(x + 1)`: skip pointers over done cells.

    The counter moves on only through a function that walks a table of pointers up to its
    root (union-find's `find`), and each pass relinks that table at the counter's cell: a
    cell is visited once and then skipped by every later walk, so all the walks together
    visit each cell once (painting ranges, next free slot).
    """
    if root is None:
        return False
    tested = {n.id for n in ast.walk(loop.test) if isinstance(n, ast.Name)}
    finders: dict[str, set[str]] = {}
    for fn in ast.walk(root):
        if not isinstance(fn, ast.FunctionDef):
            continue
        for w in walk_local(fn.body):
            if isinstance(w, ast.While) and _walks_to_root(w):
                finders.setdefault(fn.name, set()).update(
                    ast.unparse(s.value)
                    for s in ast.walk(w.test)
                    if isinstance(s, ast.Subscript) and isinstance(s.value, ast.Name)
                )
    moves: set[str] = set()
    for stmt in walk_local(loop.body):
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1):
            continue
        tgt, value = stmt.targets[0], stmt.value
        if isinstance(tgt, ast.Name) and tgt.id in tested:
            if not (
                isinstance(value, ast.Call)
                and isinstance(value.func, ast.Name)
                and value.func.id in finders
                and any(is_name(n, tgt.id) for a in value.args for n in ast.walk(a))
            ):
                return False  # the counter moves some other way too
            moves.add(tgt.id)
    relinked = {
        (ast.unparse(t.value), t.slice.id)
        for stmt in walk_local(loop.body)
        if isinstance(stmt, ast.Assign)
        for t in stmt.targets
        if isinstance(t, ast.Subscript) and isinstance(t.slice, ast.Name)
    }
    return any((table, x) in relinked for x in moves for f in finders.values() for table in f)


def narrows_around_a_partition(loop: ast.While, root: ast.AST | None, recursing: str = "") -> bool:
    """`p = partition(a, lo, hi)`, then `lo = p + 1` or `hi = p - 1`: quickselect's loop.

    Each pass splits the range at the point a helper returns after walking the range, and
    keeps one side: on average a fraction of it, so the walks add up to the first one. In
    the function `recursing` a pass may move one bound only, when it calls itself on the
    other side (`qs(a, lo, p - 1); lo = p + 1`): that side's work is the call's, not the loop's.
    """
    if root is None:
        return False
    helpers = {fn.name: fn for fn in ast.walk(root) if isinstance(fn, ast.FunctionDef)}
    for stmt in walk_local(loop.body):
        if not (
            isinstance(stmt, ast.Assign)
            and len(stmt.targets) == 1
            and isinstance(stmt.targets[0], ast.Name)
            and isinstance(stmt.value, ast.Call)
            and isinstance(stmt.value.func, ast.Name)
            and stmt.value.func.id in helpers
        ):
            continue
        split = stmt.targets[0].id
        fn = helpers[stmt.value.func.id]
        params = [a.arg for a in fn.args.args]
        bounds = {
            a.id: params[i]
            for i, a in enumerate(stmt.value.args)
            if isinstance(a, ast.Name) and i < len(params)
        }
        moved: dict[str, bool] = {}
        for node in walk_local(loop.body):
            if not isinstance(node, ast.Assign | ast.AugAssign):
                continue
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for tgt in targets:
                if isinstance(tgt, ast.Name) and tgt.id in bounds:
                    moved[tgt.id] = moved.get(tgt.id, True) and (
                        isinstance(node, ast.Assign) and split in names_in(node.value)
                    )
        # Both bounds move, or one when the pass recurses on the other side.
        one_side = len(moved) == 1 and bool(recursing) and _calls_by_name(loop, recursing)
        if not (len(moved) == 2 or one_side) or not all(moved.values()):
            continue
        walked = {bounds[b] for b in moved}
        if any(
            isinstance(w, ast.For)
            and isinstance(w.iter, ast.Call)
            and callee_name(w.iter) == "range"
            and walked & {n.id for a in w.iter.args for n in ast.walk(a) if isinstance(n, ast.Name)}
            for w in walk_local(fn.body)
        ):
            return True
    return False


def _walks_to_root(loop: ast.While) -> bool:
    """`while p[x] != x: x = p[x]`: following parent pointers to a union-find root.

    Also the second pass of path compression, `while p[x] != root: p[x], x = root, p[x]`.
    """
    test = loop.test
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
        # `while p[x] >= 0 and p[p[x]] >= 0:` (path halving): it stops no later than a
        # conjunct that alone walks to the root would.
        return any(
            _walks_to_root(ast.While(test=part, body=loop.body, orelse=[])) for part in test.values
        )
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1):
        return False
    sides = [test.left, test.comparators[0]]
    sub = next((x for x in sides if isinstance(x, ast.Subscript)), None)
    name = next((x for x in sides if isinstance(x, ast.Name)), None)
    if sub is None and all(isinstance(x, ast.Name) for x in sides):
        return _compresses_to(loop, sides)
    root_by_sign = name is None and any(isinstance(x, ast.Constant) for x in sides)
    if sub is None or not (name is not None or root_by_sign) or not isinstance(sub.slice, ast.Name):
        return False
    walker = sub.slice.id  # `x`, compared with itself or with the root found before
    if name is None:
        # `while p[r] >= 0: r = p[r]`: a root holds minus its size.
        name = ast.Name(id=walker, ctx=ast.Load())
    parents = ast.unparse(sub.value) + "["
    compresses = any(
        isinstance(t, ast.Subscript) and ast.unparse(t) == ast.unparse(sub)
        for stmt in walk_local(loop.body)
        if isinstance(stmt, ast.Assign)
        for target in stmt.targets
        for t in (target.elts if isinstance(target, ast.Tuple) else [target])
    )
    if name.id != walker and not compresses:
        return False  # `while p[x] != start: x = p[x]` walks a cycle, however long
    # `nx = p[x]; p[x] = root; x = nx`: the parent kept aside before the link is rewritten.
    kept = {
        t.id
        for stmt in walk_local(loop.body)
        if isinstance(stmt, ast.Assign) and ast.unparse(stmt.value).startswith(parents)
        for t in stmt.targets
        if isinstance(t, ast.Name) and t.id != walker
    }
    for stmt in walk_local(loop.body):
        if not isinstance(stmt, ast.Assign):
            continue
        for target in stmt.targets:
            pairs = (
                zip(target.elts, stmt.value.elts, strict=False)
                if isinstance(target, ast.Tuple) and isinstance(stmt.value, ast.Tuple)
                else [(target, stmt.value)]
            )
            if any(
                isinstance(t, ast.Name)
                and t.id == walker
                and (
                    ast.unparse(v).startswith(parents) or (isinstance(v, ast.Name) and v.id in kept)
                )
                for t, v in pairs
            ):
                return True
    return False


def _compresses_to(loop: ast.While, sides: list[ast.expr]) -> bool:
    """`while x != r: nx = p[x]; p[x] = r; x = nx`: path compression onto a root found before.

    Each pass points one node straight at the root; over all finds these are amortised.
    """
    names = [x.id for x in sides if isinstance(x, ast.Name)]
    for walker, root in (names, names[::-1]):
        # `p[x], x = r, p[x]`: relink and step in one assignment.
        for stmt in walk_local(loop.body):
            if not (
                isinstance(stmt, ast.Assign)
                and isinstance(stmt.targets[0], ast.Tuple)
                and isinstance(stmt.value, ast.Tuple)
            ):
                continue
            pairs = list(zip(stmt.targets[0].elts, stmt.value.elts, strict=False))
            relinks = any(
                isinstance(t, ast.Subscript) and is_name(t.slice, walker) and is_name(v, root)
                for t, v in pairs
            )
            steps_up = any(
                is_name(t, walker) and isinstance(v, ast.Subscript) and is_name(v.slice, walker)
                for t, v in pairs
            )
            if relinks and steps_up:
                return True
        kept = {
            t.id: stmt.value
            for stmt in walk_local(loop.body)
            if isinstance(stmt, ast.Assign)
            and isinstance(stmt.value, ast.Subscript)
            and isinstance(stmt.value.slice, ast.Name)
            and stmt.value.slice.id == walker
            for t in stmt.targets
            if isinstance(t, ast.Name)
        }
        relinked = {
            ast.unparse(t)
            for stmt in walk_local(loop.body)
            if isinstance(stmt, ast.Assign)
            and isinstance(stmt.value, ast.Name)
            and stmt.value.id == root
            for t in stmt.targets
        }
        steps = any(
            isinstance(stmt, ast.Assign)
            and isinstance(stmt.value, ast.Name)
            and stmt.value.id in kept
            and any(isinstance(t, ast.Name) and t.id == walker for t in stmt.targets)
            for stmt in walk_local(loop.body)
        )
        if steps and any(ast.unparse(v) in relinked for v in kept.values()):
            return True
    return False


def _bound_names(tgt: ast.expr) -> set[str]:
    """Names an assignment target rebinds (`a[i] = x` changes `a`'s contents, not `a`)."""
    if isinstance(tgt, ast.Name):
        return {tgt.id}
    if isinstance(tgt, ast.Tuple | ast.List):
        return {n for e in tgt.elts for n in _bound_names(e)}
    if isinstance(tgt, ast.Starred):
        return _bound_names(tgt.value)
    return set()


def _marks_as_it_goes(loop: ast.While, reset: set[str]) -> bool:
    """`while seen[x] == 0: seen[x] = 1; x = nxt[x]`: each element is marked once overall.

    The test compares a cell with a constant (or tests it bare), and the body sets such
    cells to constants: a cell once marked stops the loop, so all passes together are O(n).
    """
    tested: set[str] = set()
    for node in ast.walk(loop.test):
        if isinstance(node, ast.Compare) and isinstance(node.left, ast.Subscript):
            base = node.left.value
            if isinstance(base, ast.Name) and all(
                literal(c) is not NOT_LITERAL for c in node.comparators
            ):
                tested.add(base.id)
        elif (
            isinstance(node, ast.UnaryOp)
            and isinstance(node.operand, ast.Subscript)
            and isinstance(node.operand.value, ast.Name)
        ):
            tested.add(node.operand.value.id)
    marked = _marked_arrays(loop)
    # `while seen[x] == -1: seen[x] = i`: a cell leaves the sentinel for good, whatever it
    # is set to (so long as nothing in the loop sets it back to the sentinel).
    sentinels = {
        node.left.value.id: literal(node.comparators[0])
        for node in ast.walk(loop.test)
        if isinstance(node, ast.Compare)
        and len(node.ops) == 1
        and isinstance(node.ops[0], ast.Eq)
        and isinstance(node.left, ast.Subscript)
        and isinstance(node.left.value, ast.Name)
        and literal(node.comparators[0]) is not NOT_LITERAL
    }
    stores = [
        (t.value.id, literal(node.value))
        for node in walk_local(loop.body)
        if isinstance(node, ast.Assign)
        for t in node.targets
        if isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name)
    ]
    back = {name for name, value in stores if name in sentinels and value == sentinels[name]}
    marked |= {
        name
        for name, value in stores
        if name in sentinels and name not in back and value is NOT_LITERAL
    }
    # `while not color[v]: color[v] = i`: a cell set to something (nothing sets it back to
    # a false value) is no longer unset.
    unset = {
        node.operand.value.id
        for node in ast.walk(loop.test)
        if isinstance(node, ast.UnaryOp)
        and isinstance(node.op, ast.Not)
        and isinstance(node.operand, ast.Subscript)
        and isinstance(node.operand.value, ast.Name)
    }
    cleared = {name for name, value in stores if value is not NOT_LITERAL and not value}
    marked |= {name for name, value in stores if name in unset and value is NOT_LITERAL} - cleared
    return bool((tested & marked) - reset)


def _closes_a_cycle(loop: ast.While, enclosing: ast.For | ast.While) -> bool:
    """`for i ...: if ans[i]: continue; j = p[i]; while j != i: ...; j = p[j]`.

    A permutation's cycle walked from a start no earlier pass has marked, with the cells of
    the cycle marked in that array as it goes or after it: each cycle is walked once.
    """
    if not isinstance(enclosing, ast.For) or not isinstance(enclosing.target, ast.Name):
        return False
    start = enclosing.target.id
    test = loop.test
    if not (
        isinstance(test, ast.Compare)
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.NotEq)
        and isinstance(test.left, ast.Name)
        and isinstance(test.comparators[0], ast.Name)
    ):
        return False
    names = {test.left.id, test.comparators[0].id}
    if start not in names or len(names) != 2:
        return False
    walker = (names - {start}).pop()
    follows = any(
        isinstance(node, ast.Assign)
        and any(is_name(t, walker) for t in node.targets)
        and isinstance(node.value, ast.Subscript)
        and is_name(node.value.slice, walker)
        for node in walk_local(loop.body)
    )
    if not follows:
        return False
    guarded = {
        cell.value.id
        for node in walk_local(enclosing.body)
        if isinstance(node, ast.If) and node.lineno < loop.lineno
        for cell in ast.walk(node.test)
        if isinstance(cell, ast.Subscript)
        and isinstance(cell.value, ast.Name)
        and is_name(cell.slice, start)
    }
    return bool(guarded & _filled(enclosing))


def _marks_path_after(loop: ast.While, enclosing: ast.For | ast.While, reset: set[str]) -> bool:
    """`while ans[x] == 0: path.append(x); x = p[x]`, then `for y in path: ans[y] = k`.

    Following a permutation's cycle (or any pointer chain) until a marked cell, with the
    cells walked marked just after the loop: no later pass walks them again, so all passes
    together walk each cell once. The marks must leave the tested value (not reset it).
    """
    tested: dict[str, object] = {}
    for node in ast.walk(loop.test):
        if (
            isinstance(node, ast.Compare)
            and len(node.ops) == 1
            and isinstance(node.ops[0], ast.Eq)
            and isinstance(node.left, ast.Subscript)
            and isinstance(node.left.value, ast.Name)
            and literal(node.comparators[0]) is not NOT_LITERAL
        ):
            tested[node.left.value.id] = literal(node.comparators[0])
        elif (
            isinstance(node, ast.UnaryOp)
            and isinstance(node.op, ast.Not)
            and isinstance(node.operand, ast.Subscript)
            and isinstance(node.operand.value, ast.Name)
        ):
            tested[node.operand.value.id] = False
    paths = appended_to(loop.body)
    if not tested or not paths:
        return False
    end = loop.end_lineno or loop.lineno
    for stmt in walk_local(enclosing.body):
        if not (isinstance(stmt, ast.For) and isinstance(stmt.iter, ast.Name)):
            continue
        if stmt.lineno <= end:
            continue
        if stmt.iter.id not in paths or not isinstance(stmt.target, ast.Name):
            continue
        for node in walk_local(stmt.body):
            if not isinstance(node, ast.Assign):
                continue
            for t in node.targets:
                if (
                    isinstance(t, ast.Subscript)
                    and isinstance(t.value, ast.Name)
                    and t.value.id in tested
                    and t.value.id not in reset
                    and ast.unparse(t.slice) == stmt.target.id
                    and literal(node.value) != tested[t.value.id]
                ):
                    return True
    return False


def appended_to(body: list[ast.stmt]) -> set[str]:
    """Names `xs` with an `xs.append(...)` in `body` (its nested functions left out)."""
    return {
        n.func.value.id
        for n in walk_local(body)
        if isinstance(n, ast.Call)
        and callee_name(n) == "append"
        and isinstance(n.func, ast.Attribute)
        and isinstance(n.func.value, ast.Name)
    }


def _whole_list(node: ast.expr) -> str | None:
    """`path` of `path`, `reversed(path)`, `path[i:]`, `path[:k]`: a list or part of it."""
    while True:
        if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice):
            node = node.value
        elif isinstance(node, ast.Call) and callee_name(node) == "reversed" and node.args:
            node = node.args[0]
        else:
            break
    return node.id if isinstance(node, ast.Name) else None


def walks_marked_path(node: ast.For, enclosing: ast.For | ast.While) -> bool:
    """`for y in path: ans[y] = k` after a walk that marked `path` (`_marks_path_after`).

    The path lists the cells that walk visited, each cell in one pass only: together the
    passes over it cover the cells once.
    """
    walked = _whole_list(node.iter)
    if walked is None:
        return False
    # `tail = path[:pos[v]]` or `tail = path`: a part of the path under another name.
    given = [
        _whole_list(stmt.value)
        for stmt in walk_local(enclosing.body)
        if isinstance(stmt, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == walked for t in stmt.targets)
    ]
    sources = {walked}
    if given and None not in given:
        sources |= {g for g in given if g is not None}
    for loop in walk_local(enclosing.body):
        if not isinstance(loop, ast.While) or loop.lineno >= node.lineno:
            continue
        appends = appended_to(loop.body)
        reset = _assigned_in(enclosing.body, exclude=loop)
        if sources & appends and (
            _marks_path_after(loop, enclosing, reset) or _marks_as_it_goes(loop, reset)
        ):
            return True  # a permutation's cycle, marked cell by cell as it is walked
    return False


NOT_LITERAL = object()


def literal(node: ast.expr | None) -> object:
    """The value of `3`, `-1`, `'x'`, else `NOT_LITERAL`."""
    if isinstance(node, ast.Constant):
        return node.value
    if (
        isinstance(node, ast.UnaryOp)
        and isinstance(node.op, ast.USub)
        and isinstance(node.operand, ast.Constant)
        and isinstance(node.operand.value, int | float)
    ):
        return -node.operand.value
    return NOT_LITERAL


def _marked_arrays(loop: ast.While) -> set[str]:
    """Arrays whose cells the loop body marks.

    It sets them to constants (`u[x] = 2`), or sets a cell it has just tested (`if col[v] ==
    -1: col[v] = col[u] ^ 1`: a colour is a mark too).
    """
    marked = {
        root
        for node in walk_local(loop.body)
        if isinstance(node, ast.Assign) and literal(node.value) is not NOT_LITERAL
        for t in node.targets
        if (root := cell_key(t))
    }
    for branch in walk_local(loop.body):
        if not isinstance(branch, ast.If):
            continue
        tested = {ast.unparse(n) for n in ast.walk(branch.test) if isinstance(n, ast.Subscript)}
        marked |= {
            root
            for stmt in branch.body
            if isinstance(stmt, ast.Assign)
            for t in stmt.targets
            if isinstance(t, ast.Subscript)
            and ast.unparse(t) in tested
            and (root := cell_key(t))  # `col[a][b]` of a grid too, `self.col[v]` of a class
        }
    return marked


def _marks_what_outer_skips(
    loop: ast.While, enclosing: ast.For | ast.While, reset: set[str]
) -> bool:
    """`for i in ...: if u[i]: continue` then a walk that marks `u` as it goes.

    The outer loop starts a walk only from unmarked cells and the walk marks every cell it
    passes, so all the walks together pass each cell a bounded number of times.
    """
    skipped: set[str] = set()
    for stmt in enclosing.body:
        skips = isinstance(stmt, ast.If) and stmt.body and isinstance(stmt.body[-1], ast.Continue)
        # `if a[i][j] == '.': ... walk ...`: the walk starts only from an unmarked cell too.
        guards = isinstance(stmt, ast.If) and any(n is loop for n in walk_local(stmt.body))
        if isinstance(stmt, ast.If) and (skips or guards):
            skipped |= {
                key
                for n in ast.walk(stmt.test)
                if isinstance(n, ast.Subscript) and (key := collection_key(n.value))
            }
    return bool((skipped & _marked_arrays(loop)) - reset)


def grows_a_visited_worklist(node: ast.For, enclosing: ast.For | ast.While) -> bool:
    """`q = [i]`, then `for v in q: ... q.append(u)` under a visited guard, per start.

    The list walked grows while it is walked (a BFS written with `for`), it starts afresh
    for each start of the enclosing loop, and a visited set that outlives the starts guards
    the pushes: over all starts, each item is walked once.
    """
    return (
        isinstance(node.iter, ast.Name)
        and node.iter.id in appended_to(node.body)
        and node.iter.id in _assigned_in(enclosing.body, exclude=node)
        and _guards_visits(enclosing)
    )


def _pools(enclosing: ast.For | ast.While) -> set[str]:
    """Sets the enclosing `while rest:` tests and never refills (nothing assigned, added)."""
    if not isinstance(enclosing, ast.While):
        return set()
    tested = {n.id for n in ast.walk(enclosing.test) if isinstance(n, ast.Name)}
    grown = {
        node.func.value.id
        for node in ast.walk(enclosing)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in {"add", "update", "append", "extend", "insert"}
        and isinstance(node.func.value, ast.Name)
    }
    return tested - grown - _assigned_in(enclosing.body, exclude=enclosing)


def _removes(stmt: ast.stmt, pools: set[str], item: str) -> bool:
    """`rest.discard(v)` or `rest.remove(v)`: `item` taken out of one of `pools`."""
    return _calls_on_item(stmt, pools, {"discard", "remove"}, item)


def pushes_what_it_takes_from_a_pool(loop: ast.While, enclosing: ast.For | ast.While) -> bool:
    """`while rest: q = [rest.pop()]; while q: ... for v in nxt: rest.discard(v); q.append(v)`.

    A BFS over the vertices still unvisited (a complement graph's): every push onto the
    drained worklist sits in a loop that first takes the item out of a pool the enclosing
    loop drains and never refills, so all the starts together push at most the pool's size.
    """
    pools = _pools(enclosing)
    worklists = _drained(loop) & {n.id for n in ast.walk(loop.test) if isinstance(n, ast.Name)}
    if not pools or not worklists:
        return False
    pushes = [
        node
        for node in walk_local(loop.body)
        if isinstance(node, ast.Call)
        and callee_name(node) in _PUSHES
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id in worklists
    ]
    # `discard` of an item not in the pool takes nothing out: the items must be drawn from it.
    taken = [
        stmt.value
        for node in walk_local(loop.body)
        if isinstance(node, ast.For)
        and isinstance(node.target, ast.Name)
        and isinstance(node.iter, ast.Name)
        and _drawn_from(loop, node.iter.id, pools)
        and any(_removes(s, pools, node.target.id) for s in node.body)
        for stmt in node.body
        if isinstance(stmt, ast.Expr)
        and isinstance(stmt.value, ast.Call)
        and len(stmt.value.args) == 1
        and is_name(stmt.value.args[0], node.target.id)
    ]
    return bool(pushes) and all(any(p is t for t in taken) for p in pushes)


def scans_the_rest_of_a_pool(
    comp: ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp,
    loop: ast.For | ast.While,
    enclosing: ast.For | ast.While,
) -> bool:
    """`nxt = [v for v in rest if v not in adj[u]]` in such a BFS, each `v` then removed.

    A scan keeps only items it takes out of the pool for good, and skips only the vertex's
    own neighbours: over a BFS that takes each vertex once, n + 2m items in all.
    """
    if not (
        isinstance(loop, ast.While)
        and pushes_what_it_takes_from_a_pool(loop, enclosing)
        and len(comp.generators) == 1
        and isinstance(comp.generators[0].iter, ast.Name)
        and comp.generators[0].iter.id in _pools(enclosing)
        and isinstance(comp.generators[0].target, ast.Name)
    ):
        return False
    pool, item = comp.generators[0].iter.id, comp.generators[0].target.id
    skips_neighbours = any(
        isinstance(cond, ast.Compare)
        and is_name(cond.left, item)
        and len(cond.ops) == 1
        and isinstance(cond.ops[0], ast.NotIn)
        and isinstance(cond.comparators[0], ast.Subscript)
        for cond in comp.generators[0].ifs
    )
    kept = {
        tgt.id
        for node in walk_local(loop.body)
        if isinstance(node, ast.Assign) and node.value is comp
        for tgt in node.targets
        if isinstance(tgt, ast.Name)
    }
    return skips_neighbours and any(
        isinstance(node, ast.For)
        and isinstance(node.iter, ast.Name)
        and node.iter.id in kept
        and isinstance(node.target, ast.Name)
        and any(_removes(s, {pool}, node.target.id) for s in node.body)
        for node in walk_local(loop.body)
    )


def walks_what_leaves_a_pool(
    node: ast.For, loop: ast.For | ast.While, enclosing: ast.For | ast.While
) -> bool:
    """`for v in nxt: rest.discard(v)`, `nxt` drawn from the pool `rest`, in such a BFS.

    Every item walked leaves the pool for good, so all the walks together take its size.
    """
    if not (
        isinstance(loop, ast.While)
        and isinstance(node.iter, ast.Name)
        and isinstance(node.target, ast.Name)
        and pushes_what_it_takes_from_a_pool(loop, enclosing)
    ):
        return False
    pools = _pools(enclosing)
    return _drawn_from(loop, node.iter.id, pools) and any(
        _removes(s, pools, node.target.id) for s in node.body
    )


def _drawn_from(loop: ast.For | ast.While, name: str, pools: set[str]) -> bool:
    """`nxt = [v for v in rest if ...]` in the loop: `name` holds items of one of `pools`."""
    return any(
        isinstance(a, ast.Assign)
        and any(is_name(t, name) for t in a.targets)
        and isinstance(a.value, ast.ListComp | ast.SetComp | ast.GeneratorExp)
        and len(a.value.generators) == 1
        and any(is_name(a.value.generators[0].iter, p) for p in pools)
        for a in walk_local(loop.body)
    )


def _guards_visits(loop: ast.For | ast.While) -> bool:
    """A visited-set guards the traversals, and it is not cleared for every start."""
    keys = ("vis", "seen", "comp", "dist", "color", "used", "mark", "done")
    reset = _assigned_in(loop.body, exclude=loop)
    # Read in a test (`if not seen[v]`): `dist.append(d)` of per-start results guards nothing.
    for node in test_parts(ast.walk(loop)):
        if isinstance(node, ast.Name) and any(key in node.id.lower() for key in keys):
            return node.id not in reset
    # Any name will do that a test looks a vertex up in (`v not in d`, `if tin[v]:`) and the
    # loop then marks (`d[v] = 0`, `tin[v] = timer`, `d.add(v)`).
    tested = {n.id for part in test_parts(ast.walk(loop)) for n in _looked_up_in(part)}
    marked = {
        t.value.id
        for node in ast.walk(loop)
        if isinstance(node, ast.Assign)
        for t in node.targets
        if isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name)
    } | {
        c.func.value.id
        for c in ast.walk(loop)
        if isinstance(c, ast.Call)
        and callee_name(c) == "add"
        and isinstance(c.func, ast.Attribute)
        and isinstance(c.func.value, ast.Name)
    }
    return bool((tested & marked) - reset)


def _looked_up_in(node: ast.AST) -> list[ast.Name]:
    """`d` of `v in d`, `v not in d` or `d[v]` (a lookup, not a length or a whole compare)."""
    if isinstance(node, ast.Compare):
        return [
            c
            for op, c in zip(node.ops, node.comparators, strict=True)
            if isinstance(op, ast.In | ast.NotIn) and isinstance(c, ast.Name)
        ]
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        return [node.value]
    return []


def _calls_by_name(loop: ast.While, name: str) -> bool:
    """Whether a pass of `loop` calls `name` by its bare name or as `self.name`."""
    return any(
        isinstance(node, ast.Call)
        and (
            is_name(node.func, name)
            or (isinstance(node.func, ast.Attribute) and node.func.attr == name)
        )
        for node in walk_local(loop.body)
    )
