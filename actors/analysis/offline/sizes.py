"""Collections whose size does not grow with the input, even when their contents come from it.

`l = [k1, k2, k3]`, `letters = [chr(i + 97) for i in range(26)]`, `a, b, c = nums` (so `nums`
holds three values), or the one line of numbers a program reads when it reads nothing else
(Codeforces announces a list of varying length with a count first). Sorting, counting or
looping over such a collection costs a constant, whatever the values.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping, Sequence

from actors.analysis.offline.cost import LOG, ONE
from actors.analysis.offline.idioms import (
    a_written_cut_of,
    cut_back_in_the_pass,
    deletes_past_a_written_count,
    repeats_a_problem,
)
from actors.analysis.offline.loops import (
    BELOW_A_BOUND,
    CAPPED_BY_A_COUNT,
    constant_width,
    iter_count,
    lengths_only,
    literal,
    logarithmic,
    pads_to_the_length_of,
    span_width,
    tested_zero,
    while_count,
)
from actors.analysis.offline.names import (
    Scope,
    appended_item,
    below_a_modulus,
    build_scope,
    callee_name,
    calls,
    helper_body,
    is_name,
    is_text,
    names_in,
    one_line,
    parents_of,
    propagate_consts,
    value_kind,
    walk_local,
)
from actors.analysis.offline.vocabulary import GROWING_FUNCTIONS, GROWING_METHODS

# Calls that read the program's input (as in `idioms.READ_CALLS`).
_READ_CALLS = frozenset({"input", "readline", "read", "readlines"})

# Methods that add one item to the collection they are called on.
_ONE_ITEM_GROWERS = frozenset({"append", "appendleft", "add", "insert"})
# Calls whose result has (at most) the size of their first argument.
_SAME_SIZE = frozenset(
    {"sorted", "list", "tuple", "set", "frozenset", "reversed", "deque", "Counter"}
)


def refine_sizes(scope: Scope, body: list[ast.stmt], records: frozenset[str]) -> None:
    """Add the fixed-size collections of `body` to `scope.fixed` (and what follows to consts).

    Args:
        scope: The scope built for `body`.
        body: The statements of the function (or module).
        records: Names assigned the program's single line of input (a fixed record).
    """
    grown = _grown_names(body, scope)
    candidates = {
        name
        for name in scope.assigned
        if name not in scope.params and name not in scope.loop_vars and name not in grown
    }
    for name in sorted(candidates):
        only = scope.assigned[name]
        if len(only) == 1 and only[0] is not None and _powers_of_two(only[0]):
            # `[2**i for i in range(31)]`: one entry per bit of the values, log of their range.
            scope.kinds[name] = "digits"
            candidates.discard(name)
    _number_lines(scope, body)
    _find_digits(scope)
    short = _per_digit_lists(body, scope) | _divisor_lists(body, scope) | _bit_lists(body, scope)
    for name in short - set(scope.params):
        scope.kinds[name] = "digits"
    if short - set(scope.params):
        _find_digits(scope)  # `s = ''.join(r)` of a list `r` of one item per digit
    scope.doubling |= _doubling_lists(body)
    scope.adjacency |= _edge_lists(body)
    scope.log_counters |= _log_counters(body, scope)
    # `size = 1 << h` with `while (1 << h) < n: h += 1`: the power of two above n, not 2^n.
    scope.exp_names -= {
        name
        for name in scope.exp_names
        if all(
            v is not None and _powers_of_log_counters(v, scope)
            for v in scope.assigned.get(name, [None])
        )
    }
    filed, children = _filed_lists(body)
    scope.filed_lists |= filed
    scope.child_lists |= children
    scope.arc_lists |= _arc_lists(body) & filed - children - scope.adjacency
    evidence = (_unpacked_names(body) | records | _indexed_reads(body, scope)) & candidates
    scope.fixed |= _alphabets(body, scope) & candidates
    _fix_point(scope, candidates, evidence, set())
    # Loops over fixed collections (`for i in range(len(fib))`) have a fixed count too: what
    # they alone grow, one item at a time, stays fixed, even when it starts empty (`lis = []`).
    steps = _stepwise(body, scope)
    while True:
        regrown = _grown_names(body, scope, over_fixed=True)
        stepwise = steps - regrown
        more = {
            name
            for name in scope.assigned
            if (
                name not in scope.params
                and name not in scope.loop_vars
                and name not in regrown
                and name not in candidates
            )
            or name in stepwise
        }
        more = {
            name for name in more if name not in scope.params and scope.kinds.get(name) != "digits"
        }
        if not more - scope.fixed:
            break
        before = len(scope.fixed)
        candidates |= more
        _fix_point(scope, candidates, evidence, stepwise)
        if len(scope.fixed) == before:
            break
    for name in scope.fixed:
        for value in scope.assigned[name]:
            # Reading or building a fixed collection costs a constant too (`A = LI()`).
            if value is not None:
                scope.fixed_nodes.update(id(n) for n in ast.walk(value) if isinstance(n, ast.Call))
    scope.capped |= (
        _capped_lists(body, scope)
        | _residue_sets(body, scope)
        | _residue_keyed_tables(body, scope)
        | _trimmed_each_pass(body, scope)
    ) - set(scope.params)
    scope.fixed |= scope.capped
    scope.boards |= _boards(body, scope) | _narrow_tables(body, scope)
    if scope.fixed:
        propagate_consts(scope, body)


_GROWS = frozenset({"append", "appendleft", "insort", "insort_left", "insort_right", "insert"})
_SHRINKS = frozenset({"pop", "popleft", "heappop", "remove"})


def _capped_lists(body: list[ast.stmt], scope: Scope) -> set[str]:
    """Lists cut back to a written length on the pass that grows them: a few items at most.

    `insort(top, x)` then `if len(top) > 3: top.pop(0)`, or `top.append(x)` then `top =
    top[-3:]`: the three largest so far. Every other value the name takes is an empty
    literal or such a cut.
    """
    out: set[str] = set()
    for loop in ast.walk(ast.Module(body=body, type_ignores=[])):
        if not isinstance(loop, ast.For | ast.While):
            continue
        # The pass may grow and cut back in a branch (`else: L.append(x); if len(L) > 5:
        # L.pop(0)`): each branch's statements are checked in order as the body's are.
        for block in _branch_blocks_of_a_pass(loop):
            grown: set[str] = set()
            for stmt in block:
                for call in ast.walk(stmt):
                    if isinstance(call, ast.Call) and callee_name(call) in _GROWS:
                        holder = call.args[0] if callee_name(call).startswith("insort") else None
                        if holder is None and isinstance(call.func, ast.Attribute):
                            holder = call.func.value
                        if isinstance(holder, ast.Name):
                            grown.add(holder.id)
                # `w += ch`, `w = w + ch`: a string (or list) grown by one piece a pass
                joined = _sole_name_joined_a_piece(stmt, scope)
                if joined is not None:
                    grown.add(joined)
                for name in sorted(grown):
                    if _cuts_back(stmt, name, scope):
                        out.add(name)
                both = _grown_and_cut_at_once(stmt, scope)
                if both is not None:
                    out.add(both)
    return {name for name in out if _only_emptied_cut_or_joined(name, body, scope)}


def _only_emptied_cut_or_joined(name: str, body: list[ast.stmt], scope: Scope) -> bool:
    """Every value `name` takes is empty, a written cut of it, or it joined a short piece.

    The augmented statements (`w += ch`) record no value, so they are checked here.
    """
    values = scope.assigned.get(name, [])
    joins = [
        n
        for n in ast.walk(ast.Module(body=body, type_ignores=[]))
        if isinstance(n, ast.AugAssign) and is_name(n.target, name)
    ]
    if not all(_sole_name_joined_a_piece(n, scope) == name for n in joins):
        return False
    unrecorded = sum(v is None for v in values)
    return unrecorded == len(joins) and all(
        v is None or _empty_or_cut(v, name, scope) or _joined_a_piece(v, name, scope)
        for v in values
    )


def _sole_name_joined_a_piece(stmt: ast.AST, scope: Scope) -> str | None:
    """`w` of `w += ch` or `w = w + ch` with `ch` one character or a few written items."""
    if isinstance(stmt, ast.AugAssign):
        if (
            isinstance(stmt.target, ast.Name)
            and isinstance(stmt.op, ast.Add)
            and _a_short_piece(stmt.value, scope)
        ):
            return stmt.target.id
        return None
    if (
        isinstance(stmt, ast.Assign)
        and len(stmt.targets) == 1
        and isinstance(stmt.targets[0], ast.Name)
        and _joined_a_piece(stmt.value, stmt.targets[0].id, scope)
    ):
        return stmt.targets[0].id
    return None


def _joined_a_piece(value: ast.expr, name: str, scope: Scope) -> bool:
    """`w + ch` (or `ch + w`): `name` with one short piece joined to it."""
    return (
        isinstance(value, ast.BinOp)
        and isinstance(value.op, ast.Add)
        and any(
            is_name(mine, name) and _a_short_piece(extra, scope)
            for mine, extra in ((value.left, value.right), (value.right, value.left))
        )
    )


def _a_short_piece(node: ast.expr, scope: Scope) -> bool:
    """One item: a character (`ch`, `s[i]`, `"x"`) or a one-item list `[x]`.

    One, so that dropping one item when too long (`if len(w) > 5: w = w[1:]`) keeps it short.
    """
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and len(node.value) == 1
    if isinstance(node, ast.List | ast.Tuple):
        return len(node.elts) == 1 and not isinstance(node.elts[0], ast.Starred)
    return scope.holds_one_character(node)


def _trimmed_each_pass(body: list[ast.stmt], scope: Scope) -> set[str]:
    """Collections a loop grows from themselves and cuts back to a written size each pass.

    `best = best + [b + x for b in best]` then `best = best[:5]`; `s |= {...}` then `s =
    set(sorted(s)[:30])` (or under `if len(s) > 64:`): a few items between passes, twice as
    many within one. Every other value the name takes is a written literal (`[0]`, `{0}`)
    or made from itself inside such a loop.
    """
    out: set[str] = set()
    for loop in _walk(body):
        if not isinstance(loop, ast.For | ast.While):
            continue
        inside = [n for stmt in loop.body for n in ast.walk(stmt)]
        made = {
            id(n.value): n.targets[0].id
            for n in inside
            if isinstance(n, ast.Assign)
            and len(n.targets) == 1
            and isinstance(n.targets[0], ast.Name)
        }
        added = {
            n.target.id
            for n in inside
            if isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Name)
        }
        for name in set(made.values()) | added:
            if not cut_back_in_the_pass(loop.body, name):
                continue
            if all(
                (v is None and name in added)
                or _spelled_out(v)
                or (isinstance(v, ast.Set) and not any(isinstance(e, ast.Starred) for e in v.elts))
                or (v is not None and made.get(id(v)) == name and name in names_in(v))
                or (v is not None and a_written_cut_of(v, name))
                for v in scope.assigned.get(name, [])
            ):
                out.add(name)
    return out


def _branch_blocks_of_a_pass(loop: ast.For | ast.While) -> list[list[ast.stmt]]:
    """The loop's body and the branches of the `if`s in it (not those of inner loops)."""
    blocks = [loop.body]
    stack = list(loop.body)
    while stack:
        stmt = stack.pop()
        if isinstance(stmt, ast.If):
            for block in (stmt.body, stmt.orelse):
                if block:
                    blocks.append(block)
                    stack.extend(block)
    return blocks


def _residue_sets(body: list[ast.stmt], scope: Scope) -> set[str]:
    """Sets of remainders by a written modulus: at most that many items, however often grown.

    `cur = {(s + x) % 360 for s in cur} | {(s - x) % 360 for s in cur}` in a loop over the
    items, `seen.add(v % k)` or `can |= {(c + x) % 1000 for c in can}`: every value the name
    takes is such a set, a set of constants, or a union of them.
    """
    growths: dict[str, list[ast.AST]] = {}
    for node in _walk(body):
        for name in grows(node, scope):
            growths.setdefault(name, []).append(node)
    out: set[str] = set()
    for name, values in scope.assigned.items():
        written = [v for v in values if v is not None]
        if (
            name in scope.params
            or not written
            or not all(_residues(v, name, scope) for v in written)
            or values.count(None) > sum(isinstance(g, ast.AugAssign) for g in growths.get(name, []))
        ):
            continue
        moduli = [
            n
            for g in [*written, *growths.get(name, [])]
            for n in ast.walk(g)
            if isinstance(n, ast.SetComp) or (isinstance(n, ast.Call) and callee_name(n) == "add")
        ]
        if moduli and all(_adds_residues(g, name, scope) for g in growths.get(name, [])):
            out.add(name)
    return out


def _residue_keyed_tables(body: list[ast.stmt], scope: Scope) -> set[str]:
    """Dicts keyed only by remainders by a written modulus: at most that many keys.

    `nd = dict(dp)`, `nd[(s + x) % 5] = ...`, `dp = nd` in a loop over the items: every value
    of each name is `{}`, a dict of written keys, or a copy of another such table, and every
    store into one is under a key `k % m`.
    """
    growths: dict[str, list[ast.AST]] = {}
    for node in _walk(body):
        for name in grows(node, scope):
            growths.setdefault(name, []).append(node)

    def copied(value: ast.expr) -> str | None:
        if isinstance(value, ast.Name):
            return value.id
        if isinstance(value, ast.Call) and callee_name(value) == "dict" and len(value.args) == 1:
            return value.args[0].id if isinstance(value.args[0], ast.Name) else None
        if (
            isinstance(value, ast.Call)
            and callee_name(value) == "copy"
            and isinstance(value.func, ast.Attribute)
            and isinstance(value.func.value, ast.Name)
            and not value.args
        ):
            return value.func.value.id
        return None

    def fresh(value: ast.expr) -> bool:
        if isinstance(value, ast.Dict):
            return all(k is not None and scope.is_const_expr(k) for k in value.keys)
        return isinstance(value, ast.Call) and callee_name(value) == "dict" and not value.args

    def residue_store(node: ast.AST, name: str) -> bool:
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AugAssign)
            else []
        )
        return any(
            isinstance(t, ast.Subscript)
            and is_name(t.value, name)
            and (below_a_modulus(t.slice, scope) or residue_name(t.slice))
            for t in targets
        )

    def residue_name(key: ast.expr) -> bool:
        # `k = (s + x) % 5`, then `nd[k] = ...`: a key named for a remainder
        values = scope.assigned.get(key.id, []) if isinstance(key, ast.Name) else []
        return bool(values) and all(v is not None and below_a_modulus(v, scope) for v in values)

    tables = {
        name
        for name, values in scope.assigned.items()
        if name not in scope.params
        and values
        and all(v is not None and (fresh(v) or copied(v) is not None) for v in values)
        and all(residue_store(g, name) for g in growths.get(name, []))
    }
    changed = True
    while changed:
        changed = False
        for name in list(tables):
            sources = {copied(v) for v in scope.assigned[name] if v is not None} - {None}
            if not sources <= tables:
                tables.discard(name)
                changed = True
    return tables


def _residues(value: ast.expr, name: str, scope: Scope) -> bool:
    """`{0}`, `set()`, `{(s + x) % m for s in cur}`, `name`, or unions of these."""
    if is_name(value, name):
        return True
    if isinstance(value, ast.Set):
        return all(scope.is_const_expr(e) for e in value.elts)
    if isinstance(value, ast.Call) and callee_name(value) == "set":
        return not value.args
    if isinstance(value, ast.SetComp):
        return below_a_modulus(value.elt, scope)
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.BitOr | ast.BitAnd | ast.Sub):
        return _residues(value.left, name, scope) and (
            isinstance(value.op, ast.BitAnd | ast.Sub) or _residues(value.right, name, scope)
        )
    return False


def _adds_residues(node: ast.AST, name: str, scope: Scope) -> bool:
    """A growth of `name` that adds only remainders: `name = ...`, `name |= ...`, `add(v % m)`."""
    if isinstance(node, ast.Assign):
        return _residues(node.value, name, scope)
    if isinstance(node, ast.AugAssign):
        return isinstance(node.op, ast.BitOr | ast.BitAnd | ast.Sub) and (
            not isinstance(node.op, ast.BitOr) or _residues(node.value, name, scope)
        )
    return (
        isinstance(node, ast.Call)
        and callee_name(node) == "add"
        and len(node.args) == 1
        and below_a_modulus(node.args[0], scope)
    )


def _cuts_back(stmt: ast.stmt, name: str, scope: Scope) -> bool:
    """`if len(L) > 3: L.pop(0)` or `L = L[-3:]` (`L = sorted(L)[:3]`, `del L[3:]`).

    Also `if len(w) > k: w = w[1:]` with `k` a written number.
    """
    if isinstance(stmt, ast.If) and isinstance(stmt.test, ast.Compare):
        test = stmt.test
        size = test.left
        if (
            len(test.ops) == 1
            # `len(w) == 4`: grown one item a pass, it reaches the length before passing it
            and isinstance(test.ops[0], ast.Gt | ast.GtE | ast.Eq)
            and isinstance(size, ast.Call)
            and callee_name(size) == "len"
            and size.args
            and is_name(size.args[0], name)
            and scope.is_const_expr(test.comparators[0])
        ):
            return any(_cuts_back(s, name, scope) for s in stmt.body) or any(
                (
                    isinstance(c, ast.Call)
                    and callee_name(c) in _SHRINKS
                    and (
                        (isinstance(c.func, ast.Attribute) and is_name(c.func.value, name))
                        or (bool(c.args) and is_name(c.args[0], name))
                    )
                )
                or _deletes_an_item_of(c, name)
                for s in stmt.body
                for c in ast.walk(s)
            )
        return False
    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and is_name(stmt.targets[0], name):
        return _a_written_cut(stmt.value, name, scope)
    return deletes_past_a_written_count(stmt, name)


def _deletes_an_item_of(node: ast.AST, name: str) -> bool:
    """`del L[0]`, `del L[-1]`: one item of `L` deleted, as `L.pop(0)` does."""
    return (
        isinstance(node, ast.Delete)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Subscript)
        and is_name(node.targets[0].value, name)
        and not isinstance(node.targets[0].slice, ast.Slice)
        and type(literal(node.targets[0].slice)) is int
    )


def _a_written_cut(value: ast.expr, name: str, scope: Scope) -> bool:
    """`L[-3:]`, `L[:3]`, `sorted(L)[:3]`, `L[-k:]` with `k = 4`: a written number of items."""
    if not (isinstance(value, ast.Subscript) and isinstance(value.slice, ast.Slice)):
        return False
    cut, source = value.slice, value.value
    if isinstance(source, ast.Call) and callee_name(source) in {"sorted", "list"} and source.args:
        source = source.args[0]
    source = _with_a_few_added(source, name, scope)
    if not is_name(source, name) or cut.step is not None:
        return False
    ends = [cut.lower, cut.upper]
    return (cut.lower is None) != (cut.upper is None) and all(
        e is None
        or (isinstance(e, ast.Constant | ast.UnaryOp) and type(literal(e)) is int)
        or (not isinstance(e, ast.Constant) and scope.is_const_expr(e))
        for e in ends
    )


def _with_a_few_added(source: ast.expr, name: str, scope: Scope) -> ast.expr:
    """`L` of `L + [x]` (or `[x] + L`, `w + ch`): the list with a written number of items added."""
    if isinstance(source, ast.BinOp) and isinstance(source.op, ast.Add):
        for mine, extra in ((source.left, source.right), (source.right, source.left)):
            if is_name(mine, name) and (
                (
                    isinstance(extra, ast.List | ast.Tuple)
                    and not any(isinstance(e, ast.Starred) for e in extra.elts)
                )
                or _a_short_piece(extra, scope)
            ):
                return mine
    return source


def _grown_and_cut_at_once(stmt: ast.stmt, scope: Scope) -> str | None:
    """`top = sorted(top + [x])[-3:]`: the name grown by a few items and cut back in one go."""
    if not (
        isinstance(stmt, ast.Assign)
        and len(stmt.targets) == 1
        and isinstance(stmt.targets[0], ast.Name)
        and isinstance(stmt.value, ast.Subscript)
    ):
        return None
    name = stmt.targets[0].id
    source = stmt.value.value
    if isinstance(source, ast.Call) and callee_name(source) in {"sorted", "list"} and source.args:
        source = source.args[0]
    if source is _with_a_few_added(source, name, scope) or not _a_written_cut(
        stmt.value, name, scope
    ):
        return None
    return name


def _empty_or_cut(value: ast.expr, name: str, scope: Scope) -> bool:
    if isinstance(value, ast.List | ast.Tuple):
        return not value.elts
    if isinstance(value, ast.Constant):
        return value.value == ""  # `w = ""`: a string kept short the same way
    if isinstance(value, ast.Call) and callee_name(value) in {"deque", "list"}:
        return not value.args and not value.keywords  # `dq = deque()`: empty as `[]` is
    return _a_written_cut(value, name, scope)


def returns_per_digit_list(fn: ast.FunctionDef, scope: Scope) -> bool:
    """`def digits(v): ...; return out[::-1]` with `out` grown one item per digit of `v`."""
    found = _per_digit_lists(fn.body, scope)
    returns = [n.value for n in walk_local(fn.body) if isinstance(n, ast.Return)]
    params = {a.arg for a in fn.args.args}
    if not returns or all(_spelled_out(value) for value in returns):
        return False
    for value in returns:
        while (
            isinstance(value, ast.Call)
            and callee_name(value) in {"reversed", "list"}
            and len(value.args) == 1
        ) or (isinstance(value, ast.Subscript) and isinstance(value.slice, ast.Slice)):
            value = value.args[0] if isinstance(value, ast.Call) else value.value
        if _spelled_out(value):
            continue  # `if n == 0: return [0]`: a few items the source writes
        if _digits_of_a_parameter(value, params, scope):
            continue  # `return [int(c) for c in str(x)]`: one item per digit of `x`
        if not (isinstance(value, ast.Name) and value.id in found):
            return False
    return True


def _digits_of_a_parameter(value: ast.expr | None, params: set[str], scope: Scope) -> bool:
    """`[int(c) for c in str(x)]`, `list(map(int, str(x)))`, `sorted(bin(x)[2:])` of a parameter.

    Writing a parameter out with `str` or `bin` makes it a number (a string needs no such
    call): what is built item by item from its characters has one item per digit.
    """
    if isinstance(value, ast.Name) and len(held := scope.assigned.get(value.id, [])) == 1:
        value = held[0]  # `s = str(x)` then `return [int(c) for c in s]`
    if isinstance(value, ast.ListComp) and len(value.generators) == 1:
        value = value.generators[0].iter
    while (
        isinstance(value, ast.Call)
        and callee_name(value) in {"map", "sorted", "reversed", "list", "tuple"}
        and value.args
    ) or (isinstance(value, ast.Subscript) and isinstance(value.slice, ast.Slice)):
        value = value.args[-1] if isinstance(value, ast.Call) else value.value
    if isinstance(value, ast.Name) and len(held := scope.assigned.get(value.id, [])) == 1:
        value = held[0]
    while isinstance(value, ast.Subscript) and isinstance(value.slice, ast.Slice):
        value = value.value
    return (
        isinstance(value, ast.Call)
        and callee_name(value) in {"str", "bin"}
        and len(value.args) == 1
        and isinstance(value.args[0], ast.Name)
        and value.args[0].id in params
    )


def _spelled_out(value: ast.expr | None) -> bool:
    """`[0]`, `(1, 2)`: a list or tuple of the items written, none unpacked."""
    return isinstance(value, ast.List | ast.Tuple) and not any(
        isinstance(e, ast.Starred) for e in value.elts
    )


def _per_digit_lists(body: list[ast.stmt], scope: Scope) -> set[str]:
    """`while n: out.append(n % 3); n //= 3`: lists holding one item per digit of a number.

    A list grown one item per pass of a halving loop, and nowhere else, has as many items as
    the loop has passes (log n); walking it later costs that, not n. Inside another loop the
    list must start afresh on each of its passes (`out = []` in the same body).
    """
    parents = parents_of(walk_local(body))
    found: set[str] = set()
    inside: set[int] = set()
    for loop in walk_local(body):
        if isinstance(loop, ast.For):
            # `for i in range(len(s) - 1, -1, -1)` over a number's digits: log n passes too.
            if iter_count(loop.iter, scope) != LOG or loop.orelse:
                continue
        elif not isinstance(loop, ast.While) or while_count(loop, scope, None)[0] != LOG:
            continue
        if any(isinstance(n, ast.For | ast.While) for n in walk_local(loop.body)):
            continue
        grown = {
            node.func.value.id
            for node in walk_local(loop.body)
            if isinstance(node, ast.Call)
            and callee_name(node) in _ONE_ITEM_GROWERS
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and len(node.args) == 1 + (callee_name(node) == "insert")
        } | {name for node in walk_local(loop.body) if (name := _adds_a_character(node))}
        if (reset := _assigned_by_the_outer_loop(loop, parents)) is not None:
            grown &= reset
        found |= grown
        inside.update(id(n) for n in walk_local(loop.body))
    # `while len(a) < len(b): a.append(0)` between two such lists pads the shorter one to the
    # other's length: still one item per digit.
    for pad in walk_local(body):
        if not isinstance(pad, ast.While):
            continue
        padded = pads_to_the_length_of(pad)
        if padded is not None and set(padded) <= found:
            inside.update(id(n) for n in walk_local(pad.body))
    # Grown anywhere else (another loop, `out += more`, `out = out + [x]`): not per digit.
    # One item appended outside any loop (`if carry: out.append(1)`) is one digit more, and
    # `out = out[::-1]` the same digits again.
    looped = _inside_loops(body)
    elsewhere = {
        name
        for node in walk_local(body)
        if id(node) not in inside and not _one_item_once(node, looped)
        for name in grows(node, scope)
        if not _rearranged(node, name)
    }
    return found - elsewhere


def _divisor_lists(body: list[ast.stmt], scope: Scope) -> set[str]:
    """Lists of the divisors or prime factors of one number: a handful of items, not n.

    `if n % i == 0: ds.append(i)` in a loop, or `[d for d in range(...) if n % d == 0]`,
    where `n` is a single number (not a cell of an array) and nothing else grows the list.
    A number up to 10^18 has at most 103,680 divisors and 60 prime factors; walking them,
    or the subsets of its prime factors, is charged like the digits of the number.
    """
    found: set[str] = set()
    for node in walk_local(body):
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.ListComp)
            and len(node.value.generators) == 1
            and any(_divides_a_number(c, scope) for c in node.value.generators[0].ifs)
        ):
            found.add(node.targets[0].id)
        elif isinstance(node, ast.If) and _divides_a_number(node.test, scope) and not node.orelse:
            found |= {
                c.func.value.id
                for stmt in node.body
                for c in walk_local([stmt])
                if isinstance(c, ast.Call)
                and callee_name(c) in {"append", "add"}
                and isinstance(c.func, ast.Attribute)
                and isinstance(c.func.value, ast.Name)
                and len(c.args) == 1
            }
    guarded = {
        id(c)
        for node in walk_local(body)
        if isinstance(node, ast.If) and _divides_a_number(node.test, scope)
        for c in walk_local(node.body)
    }
    looped = _inside_loops(body)
    # Grown elsewhere, but not by the last factor left (`if x > 1: ps.append(x)`) or by the
    # paired divisors (`ds += [n // d for d in ds]`, twice as many at most).
    elsewhere = {
        name
        for node in walk_local(body)
        if id(node) not in guarded
        and not (isinstance(node, ast.Assign) and isinstance(node.value, ast.ListComp))
        and not _one_item_once(node, looped)
        for name in grows(node, scope)
        if not _pairs_itself(node, name)
    }
    return found - elsewhere


def _bit_lists(body: list[ast.stmt], scope: Scope) -> set[str]:
    """`b = [x >> i & 1 for i in range(x.bit_length())]`: one item per bit of a number.

    Only a name bound once, to a comprehension over a logarithmic range, and never grown.
    """
    found = {
        node.targets[0].id
        for node in walk_local(body)
        if isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and isinstance(node.value, ast.ListComp)
        and len(node.value.generators) == 1
        and isinstance(head := node.value.generators[0].iter, ast.Call)
        and callee_name(head) == "range"
        and head.args
        and logarithmic(head.args[-1] if len(head.args) < 3 else head.args[1], scope)
    }
    return {
        name
        for name in found
        if len(scope.assigned.get(name, [])) == 1
        and not any(name in grows(node, scope) for node in walk_local(body))
    }


def _pairs_itself(node: ast.AST, name: str) -> bool:
    """`ds += [n // d for d in ds]`: the list joined by one item for each it holds."""
    return (
        isinstance(node, ast.AugAssign)
        and isinstance(node.op, ast.Add)
        and is_name(node.target, name)
        and isinstance(node.value, ast.ListComp)
        and len(node.value.generators) == 1
        and is_name(node.value.generators[0].iter, name)
    )


def _divides_a_number(test: ast.expr, scope: Scope) -> bool:
    """`n % i == 0` (or `not n % i`) for a name `n` that holds one number."""
    mod = tested_zero(test)
    return (
        isinstance(mod, ast.BinOp)
        and isinstance(mod.op, ast.Mod)
        and isinstance(mod.left, ast.Name)
        and isinstance(mod.right, ast.Name)
        and mod.left.id not in scope.loop_vars  # `for x in a: if x % k == 0`: many items
        and scope.kind(mod.left.id) not in {"seq", "str"}
    )


def _adds_a_character(node: ast.AST) -> str | None:
    """`s += str(n % 2)`, `s = str(d) + s`, `b = [d] + b`: `s` one piece longer; else None."""
    target: ast.expr
    if isinstance(node, ast.AugAssign) and isinstance(node.op, ast.Add):
        target, pieces = node.target, [node.value]
    elif (
        isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.value, ast.BinOp)
        and isinstance(node.value.op, ast.Add)
    ):
        target, pieces = node.targets[0], [node.value.left, node.value.right]
        name = target.id if isinstance(target, ast.Name) else ""
        if not any(isinstance(p, ast.Name) and p.id == name for p in pieces):
            return None
        pieces = [p for p in pieces if not (isinstance(p, ast.Name) and p.id == name)]
    else:
        return None
    if not isinstance(target, ast.Name) or len(pieces) != 1:
        return None
    piece = pieces[0]
    short = (
        (isinstance(piece, ast.Constant) and isinstance(piece.value, str))
        or (isinstance(piece, ast.Call) and callee_name(piece) in {"str", "chr"})
        # `b = [n % 2] + b`: a one-item list
        or (isinstance(piece, ast.List) and len(piece.elts) == 1)
    )
    return target.id if short else None


def _inside_loops(body: list[ast.stmt]) -> set[int]:
    """Ids of the nodes in the body of some loop of `body` (not in nested functions)."""
    return {
        id(n)
        for loop in walk_local(body)
        if isinstance(loop, ast.For | ast.While)
        for n in walk_local(loop.body)
    }


def _one_item_once(node: ast.AST, looped: set[int]) -> bool:
    """`out.append(1)` outside every loop: a single item added."""
    return (
        id(node) not in looped
        and isinstance(node, ast.Call)
        and callee_name(node) in _ONE_ITEM_GROWERS
        and len(node.args) == 1 + (callee_name(node) == "insert")
    )


def _rearranged(node: ast.AST, name: str) -> bool:
    """`r = r[::-1]`, `r = sorted(r)`: `r` set to its own items again, no more of them."""
    if not (
        isinstance(node, ast.Assign) and len(node.targets) == 1 and is_name(node.targets[0], name)
    ):
        return False
    value = node.value
    while True:
        if isinstance(value, ast.Subscript) and isinstance(value.slice, ast.Slice):
            value = value.value
        elif (
            isinstance(value, ast.Call)
            and callee_name(value) in _SAME_SIZE
            and len(value.args) == 1
            and not value.keywords
        ):
            value = value.args[0]
        else:
            return is_name(value, name)


def _narrow_tables(body: list[ast.stmt], scope: Scope) -> set[str]:
    """Tables of n rows of a constant width: `dp = [[0] * 26 for _ in range(n + 1)]`.

    A row of one (`max(dp[i])`, `for x in dp[i]`) holds that constant many items. Rows
    grown later (`dp[i].append(x)`) are not of fixed width.
    """
    grown = {
        node.func.value.value.id
        for node in _walk(body)
        if isinstance(node, ast.Call)
        and callee_name(node) in GROWING_METHODS
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Subscript)
        and isinstance(node.func.value.value, ast.Name)
    }
    out: set[str] = set()
    for name, values in scope.assigned.items():
        if name in grown or not values:
            continue
        if all(isinstance(v, ast.ListComp) and _constant_row(v.elt, scope) for v in values):
            out.add(name)
    return out


def _constant_row(row: ast.expr, scope: Scope) -> bool:
    """`[0] * 26`, `[0 for _ in range(5)]`, `[-1] * (K + 1)` with K a constant."""
    if isinstance(row, ast.BinOp) and isinstance(row.op, ast.Mult):
        return isinstance(row.left, ast.List) and scope.is_const_expr(row.right)
    if isinstance(row, ast.ListComp) and len(row.generators) == 1:
        head = row.generators[0].iter
        return (
            isinstance(head, ast.Call)
            and callee_name(head) == "range"
            and all(scope.is_const_expr(a) for a in head.args)
        )
    return isinstance(row, ast.List) and 0 < len(row.elts) <= 8


def _boards(body: list[ast.stmt], scope: Scope) -> set[str]:
    """Fixed collections of three or more lines read as text rows (`scope.boards`).

    `g = [input() for _ in range(3)]`, or `g.append(input())` in `for _ in range(8)`. Two
    lines are more often two strings of the input's length than a board.
    """
    out: set[str] = set()
    for node in _walk(body):
        rows, name = None, None
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.ListComp)
            and len(node.value.generators) == 1
            and _text_line(node.value.elt)
        ):
            name, rows = node.targets[0].id, node.value.generators[0].iter
        elif isinstance(node, ast.For):
            for stmt in node.body:
                if (
                    isinstance(stmt, ast.Expr)
                    and isinstance(call := stmt.value, ast.Call)
                    and callee_name(call) == "append"
                    and len(call.args) == 1
                    and _text_line(call.args[0])
                    and isinstance(call.func, ast.Attribute)
                    and isinstance(call.func.value, ast.Name)
                ):
                    name, rows = call.func.value.id, node.iter
                    break
        if name is None or rows is None or name not in scope.fixed:
            continue
        bound = rows.args[-1] if isinstance(rows, ast.Call) and rows.args else None
        if (
            isinstance(rows, ast.Call)
            and callee_name(rows) == "range"
            and len(rows.args) == 1
            and isinstance(bound, ast.Constant)
            and isinstance(bound.value, int)
            and bound.value >= 3
        ):
            out.add(name)
    return out


def _text_line(node: ast.expr) -> bool:
    """`input()`, `input().strip()`, `list(input())`: one line kept as text."""
    if isinstance(node, ast.Call) and callee_name(node) == "list" and len(node.args) == 1:
        node = node.args[0]
    while (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in {"strip", "rstrip", "lstrip"}
    ):
        node = node.func.value
    return isinstance(node, ast.Call) and callee_name(node) in {"input", "readline"}


def _fix_point(scope: Scope, candidates: set[str], evidence: set[str], stepwise: set[str]) -> None:
    """Add to `scope.fixed` the candidates whose every value is a fixed collection.

    Names in `stepwise` only ever grow one item at a time in loops of fixed count, so they
    may also start empty (`[]`, `{}`, `set()`).
    """

    def all_fixed(name: str) -> bool:
        values = [v for v in scope.assigned[name] if v is not None]
        return bool(values) and all(
            _fixed_value(v, scope) or (name in stepwise and _empty(v)) for v in values
        )

    changed = True
    while changed:
        changed = False
        for name in sorted(candidates - scope.fixed):
            if None in scope.assigned[name] and name not in stepwise:
                continue  # an augmented assignment or walrus: unknown growth
            # Assume the name fixed while checking its own values (`a = sorted(a)`).
            scope.fixed.add(name)
            if name in evidence or all_fixed(name):
                changed = True
            else:
                scope.fixed.discard(name)
    # Names that copy one another (`nd = dp[:]`, then `dp = nd`: a rolling row of a few
    # cells) are fixed together: assume all of them fixed and drop any with another value.
    group = {name for name in candidates - scope.fixed if None not in scope.assigned[name]}
    scope.fixed |= group
    changed = True
    while changed:
        changed = False
        for name in sorted(group):
            if not all_fixed(name):
                group.discard(name)
                scope.fixed.discard(name)
                changed = True


def _empty(value: ast.expr) -> bool:
    """`[]`, `{}`, `()`, `set()`, `dict()`, `list()`, `''`: an empty collection."""
    if isinstance(value, ast.Constant):
        return value.value in ("", b"")
    if isinstance(value, ast.List | ast.Tuple | ast.Set):
        return not value.elts
    if isinstance(value, ast.Dict):
        return not value.keys
    if isinstance(value, ast.Call) and callee_name(value) == "defaultdict":
        return len(value.args) <= 1 and not value.keywords  # `defaultdict(int)`: a factory
    return (
        isinstance(value, ast.Call)
        and callee_name(value) in {"set", "dict", "list", "Counter"}
        and not value.args
        and not value.keywords
    )


def _stepwise(body: list[ast.stmt], scope: Scope) -> set[str]:
    """Names that grow only by one item per step (`append(x)`, `add(x)`, `d["key"] = v`).

    Together with "not grown in a loop of open count", such a name holds a fixed number of
    items. `extend`, `+=` or `update` anywhere may add a whole collection: those names are out.
    """
    ok: set[str] = set()
    bad: set[str] = set()
    # Variables of loops over constants (`for d in range(1, 4)`): constants inside them.
    loop_consts = {
        t.id
        for node in _walk(body)
        if isinstance(node, ast.For) and scope.is_const_expr(node.iter)
        for t in ast.walk(node.target)
        if isinstance(t, ast.Name)
    }
    for node in _walk(body):
        if isinstance(node, ast.Assign | ast.AugAssign):
            # `d["key"] = v`, `cnt[s[j]] += 1`: at most the keys written, or an alphabet.
            ok |= {
                t.value.id
                for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
                if isinstance(t, ast.Subscript)
                and isinstance(t.value, ast.Name)
                and (isinstance(t.slice, ast.Constant) or _char_key(t.slice, scope, t.value.id))
            }
        grown = grows(node, scope)
        if not grown:
            continue
        if (
            (
                isinstance(node, ast.Call)
                and callee_name(node) in _ONE_ITEM_GROWERS
                and not any(isinstance(a, ast.Starred) for a in node.args)
            )
            or (
                isinstance(node, ast.Assign)
                and all(isinstance(t, ast.Subscript) for t in node.targets)
                # `m[:] = l[:]` splices in a whole list; `t[i:i + 1] = [x]`, one item
                and (
                    not any(
                        isinstance(t, ast.Subscript) and isinstance(t.slice, ast.Slice)
                        for t in node.targets
                    )
                    or _fixed_batch(node.value, scope, loop_consts)
                )
            )
            or (
                isinstance(node, ast.AugAssign)
                and isinstance(node.op, ast.Add)
                and _fixed_batch(node.value, scope, loop_consts)
            )
        ):
            ok |= grown
        else:
            bad |= grown
    return ok - bad


#: Calls whose items are as many as their constant arguments say.
_COMBINATORICS = frozenset(
    {"product", "permutations", "combinations", "combinations_with_replacement", "range"}
)


def _fixed_batch(value: ast.expr, scope: Scope, loop_consts: set[str]) -> bool:
    """What `+=` adds is a fixed number of items: `[x]`, `(a, b)`, `product("47", repeat=d)`.

    `d` may be the variable of a loop over constants (`loop_consts`).
    """
    if isinstance(value, ast.List | ast.Tuple):
        return not any(isinstance(e, ast.Starred) for e in value.elts)
    if isinstance(value, ast.Call) and callee_name(value) in _COMBINATORICS:
        parts = [*value.args, *(k.value for k in value.keywords)]
        return all(
            scope.is_const_expr(a) or (isinstance(a, ast.Name) and a.id in loop_consts)
            for a in parts
        )
    return scope.is_const_expr(value) or _a_number_written(value, scope)


def _a_number_written(value: ast.expr, scope: Scope) -> bool:
    """`str(x)`, `chr(x)` of a number: a machine word's digits or one character, a few items."""
    return (
        isinstance(value, ast.Call)
        and callee_name(value) in {"str", "chr"}
        and len(value.args) == 1
        and value_kind(value.args[0], scope.kinds) == "int"
    )


def fixed_result(fn: ast.FunctionDef, scope: Scope) -> bool:
    """Whether `fn` (its `scope` refined) returns only what the source fixes.

    A constant (`return 10**9 + 7`) or a collection of fixed size (`return [2, 3, 5]`, a
    table `arr` built in loops over constants): its callers' walks over it are constant.
    """
    returns = [n for n in walk_local(fn.body) if isinstance(n, ast.Return)]
    return bool(returns) and all(
        r.value is not None and (scope.is_const_expr(r.value) or _fixed_value(r.value, scope))
        for r in returns
    )


def fixed_arguments(
    tree: ast.Module,
    name: str,
    params: list[str],
    caller: Scope,
    readers: frozenset[str] = frozenset(),
    home_scopes: Mapping[int, Scope] | None = None,
    own_methods: frozenset[int] = frozenset(),
) -> set[str]:
    """Parameters of `name` that every call in the program fills with a fixed-size collection.

    `sol(a, b)` where `a = [(x1, y1), (x2, y2)]`: inside `sol`, walking `a` is constant too.
    Only plain calls by name count, and only arguments that are fixed names of `caller` (the
    scope the function is defined in) or fixed literals. A program that reads no input is a
    function shown with a sample call (`bubble([3, 1, 2])`): its parameters stay the size.
    `home_scopes` (by the id of a function's node) gives the scope of the function a call sits
    in, once known: a name fixed there is fixed as an argument too. `own_methods` (ids of the
    methods of the class `name`) are where a construction may be sized by the instance itself.
    """
    if not calls(tree, _READ_CALLS):
        return set()
    sites = _plain_call_sites(tree, name)
    if not sites:
        return set()
    in_loop = _in_loops(tree, readers)
    records = _record_lines(caller, in_loop)
    homes = _enclosing_functions(tree)
    out: set[str] = set()
    for pos, param in enumerate(params):
        args = [c.args[pos] for c in sites if pos < len(c.args)]
        if len(args) == len(sites) and all(
            (isinstance(a, ast.Name) and (a.id in caller.fixed or a.id in records))
            or (
                isinstance(a, ast.Name)
                and id(a) not in homes
                and _fixed_or_own_result(a.id, name, caller)
            )
            or (
                isinstance(a, ast.Name)
                and id(a) in homes
                and _fixed_in(homes[id(a)], a.id, name, tree, caller)
            )
            or (
                isinstance(a, ast.Name)
                and id(a) in homes
                and home_scopes is not None
                and id(homes[id(a)]) in home_scopes
                and _fixed_at_home(a.id, name, home_scopes[id(homes[id(a)])])
            )
            or (
                id(a) in homes
                and id(homes[id(a)]) in own_methods
                and _sized_by_the_instance(a, homes[id(a)], name, caller)
            )
            or (not isinstance(a, ast.Name) and _fixed_value(a, caller))
            or (id(a) in in_loop and one_line(a))
            for a in args
        ):
            out.add(param)
    return out


def hash_arguments(
    tree: ast.Module, fn: ast.FunctionDef | ast.AsyncFunctionDef, params: list[str], caller: Scope
) -> set[str]:
    """Parameters of `fn` that every call fills with a set or dict.

    `def check(arr, v): return v in arr` called only as `check(seen, x)` with `seen = set()`:
    inside, `v in arr` is a hash lookup, whatever the parameter's name suggests. Names are
    looked up in `caller`, the scope `fn` is defined in; a call from inside another function
    counts only when it is `fn` passing the parameter on (`dfs(v, seen)` in `dfs`).
    """
    sites = _plain_call_sites(tree, fn.name)
    if not sites:
        return set()
    homes = _enclosing_functions(tree)
    up = parents_of(ast.walk(tree)).get(id(fn))
    outer = up if isinstance(up, ast.FunctionDef) else homes.get(id(up))
    return {
        param
        for pos, param in enumerate(params)
        if all(
            pos < len(c.args)
            and _a_hash_argument(c.args[pos], param, fn, homes.get(id(c.args[pos])), outer, caller)
            for c in sites
        )
    }


def _a_hash_argument(
    arg: ast.expr,
    param: str,
    fn: ast.AST,
    home: ast.FunctionDef | None,
    outer: ast.FunctionDef | None,
    caller: Scope,
) -> bool:
    """A set or dict the caller holds (or makes), or the parameter itself passed on."""
    if home is not outer:
        return home is fn and is_name(arg, param)
    if isinstance(arg, ast.Name):
        return caller.known_kind(arg.id) == "hash"
    return value_kind(arg, caller.kinds) == "hash"


def _enclosing_functions(tree: ast.Module) -> dict[int, ast.FunctionDef]:
    """The innermost function around each node inside one, by the node's id."""
    out: dict[int, ast.FunctionDef] = {}
    for fn in ast.walk(tree):
        if isinstance(fn, ast.FunctionDef):
            for n in walk_local(fn.body):
                out[id(n)] = fn
    return out


def _fixed_in(fn: ast.FunctionDef, arg: str, name: str, tree: ast.Module, caller: Scope) -> bool:
    """`arg` of `fn` only ever a fixed literal or a result of `name` fed back to it.

    `def matpow(M, e): R = [[1, 0], [0, 1]]; ...; R = mul(R, M); M = mul(M, M)`, with
    `matpow` given a fixed literal for `M` wherever it is called.
    """
    values = [
        node.value
        for node in walk_local(fn.body)
        if isinstance(node, ast.Assign)
        for tgt in node.targets
        if is_name(tgt, arg)
    ]
    if any(
        isinstance(node, ast.AugAssign | ast.For) and is_name(node.target, arg)
        for node in walk_local(fn.body)
    ):
        return False
    starts = [v for v in values if not _result_of(v, name)]
    if not _fixed_or_fed_back(values, name, caller):
        return False
    params = [a.arg for a in fn.args.args]
    if arg in params:
        pos = params.index(arg)
        sites = _plain_call_sites(tree, fn.name)
        return bool(sites) and all(
            pos < len(c.args)
            and not isinstance(c.args[pos], ast.Name)
            and _fixed_value(c.args[pos], caller)
            for c in sites
        )
    return bool(starts)


def _sized_by_the_instance(
    arg: ast.expr, method: ast.FunctionDef, name: str, caller: Scope
) -> bool:
    """`Matrix(res)` in a method of `Matrix`, `res` built over `range(self.n)`.

    A class that builds new instances only in counts its instances hold (`n = self.n`,
    `len(other.a)`) keeps the size its other constructions give: a written 2x2 matrix stays
    2x2 through every product, so walks over it are constant.
    """
    params = [a for a in method.args.args if a.arg not in {"self", "cls"}]
    scope = build_scope(params, method.body, caller)
    scope.consts |= {
        var
        for var, values in scope.assigned.items()
        if values and all(v is not None and _an_instance_count(v) for v in values)
    }
    propagate_consts(scope, method.body)
    if isinstance(arg, ast.Name):
        values = scope.assigned.get(arg.id, [])
        return (
            arg.id not in scope.params and bool(values) and _fixed_or_fed_back(values, name, scope)
        )
    return _fixed_value(arg, scope)


def _an_instance_count(value: ast.expr) -> bool:
    """`self.n`, `len(other.a)`: a count an instance holds."""
    if isinstance(value, ast.Call) and callee_name(value) == "len" and len(value.args) == 1:
        value = value.args[0]
    return isinstance(value, ast.Attribute) and isinstance(value.value, ast.Name)


def _fixed_at_home(arg: str, name: str, home: Scope) -> bool:
    """`arg` fixed in `home`, the scope of the function passing it, or fed back to `name`.

    `def mat_pow(M, p): R = [[int(i == j) for j in range(len(M))] ...]; R = mul(R, M)` with
    `M` fixed in `mat_pow`: `mul` is given fixed matrices and keeps their size. A parameter
    counts only when `home` holds it fixed (its every caller passes a fixed collection).
    """
    if arg in home.fixed:
        return True
    if arg in home.params:
        return False
    values = home.assigned.get(arg, [])
    return any(not _result_of(v, name) for v in values) and _fixed_or_fed_back(values, name, home)


def _fixed_or_own_result(arg: str, name: str, caller: Scope) -> bool:
    """`A = [[1, 1], [1, 0]]`, then only `A = mul(A, A)`: a fixed literal fed back to `name`.

    Matrix powers by squaring: the function keeps the size of what it is given.
    """
    values = caller.assigned.get(arg, [])
    own = [v for v in values if _result_of(v, name)]
    return bool(own) and len(own) < len(values) and _fixed_or_fed_back(values, name, caller)


def _result_of(value: ast.expr | None, name: str) -> bool:
    """`name(...)`: what the function returns."""
    return isinstance(value, ast.Call) and callee_name(value) == name


def _fixed_or_fed_back(values: Sequence[ast.expr | None], name: str, caller: Scope) -> bool:
    """Every value a fixed literal or a result of `name`, which keeps the size it is given."""
    return all(_result_of(v, name) or (v is not None and _fixed_value(v, caller)) for v in values)


def _plain_call_sites(tree: ast.Module, name: str) -> list[ast.Call]:
    """Every `name(...)` call, or none when one passes keywords or unpacks (`*args`)."""
    sites = [
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == name
    ]
    if any(c.keywords or any(isinstance(a, ast.Starred) for a in c.args) for c in sites):
        return []
    return sites


def constant_arguments(tree: ast.Module, name: str, params: list[str]) -> set[str]:
    """Parameters of `name` that every call fills with a number written in the source.

    `sieve(1000)`: inside, `n` is that constant, so loops up to it are fixed work. Calls
    of the function by itself with other values (a recursion) keep it a size.
    """
    sites = _plain_call_sites(tree, name)
    if not sites:
        return set()
    consts = _module_ints(tree)
    return {
        param
        for pos, param in enumerate(params)
        if all(pos < len(c.args) and _a_written_int(c.args[pos], consts) for c in sites)
    }


def _a_written_int(node: ast.expr, consts: frozenset[str] = frozenset()) -> bool:
    """`1000`, or arithmetic on written numbers and constants of the source (`MOD - 2`)."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, int) and not isinstance(node.value, bool)
    if isinstance(node, ast.Name):
        return node.id in consts
    if isinstance(node, ast.UnaryOp):
        return _a_written_int(node.operand, consts)
    return (
        isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.Add | ast.Sub | ast.Mult | ast.Pow | ast.FloorDiv | ast.Mod)
        and _a_written_int(node.left, consts)
        and _a_written_int(node.right, consts)
    )


def _module_ints(tree: ast.Module) -> frozenset[str]:
    """Names the module binds once, to a number written in the source (`MOD = 10**9 + 7`)."""
    bound: dict[str, int] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            bound[node.id] = bound.get(node.id, 0) + 1
    out: set[str] = set()
    for stmt in tree.body:  # in order: `MOD = 10**9 + 7` then `PHI = MOD - 1`
        if (
            isinstance(stmt, ast.Assign)
            and len(stmt.targets) == 1
            and isinstance(stmt.targets[0], ast.Name)
            and bound.get(stmt.targets[0].id) == 1
            and _a_written_int(stmt.value, frozenset(out))
        ):
            out.add(stmt.targets[0].id)
    return frozenset(out)


def _in_loops(tree: ast.Module, readers: frozenset[str]) -> set[int]:
    """Ids of the nodes inside some `for` or `while` loop's body or head.

    Not a test-case loop's: the line each case reads there is that case's whole input.
    """
    in_loop: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.For | ast.While) and not repeats_a_problem(node, readers):
            in_loop |= {id(n) for n in ast.walk(node) if n is not node}
    return in_loop


def _record_lines(caller: Scope, in_loop: set[int]) -> set[str]:
    """Names that only ever hold one line read inside a loop (`for ...: s = input()`).

    Each is one record among many (n lines, each a short expression or name): a helper
    called with it parses one record, in time that does not grow with n.
    """
    return {
        name
        for name, values in caller.assigned.items()
        if values and all(v is not None and id(v) in in_loop and one_line(v) for v in values)
    }


def _fixed_value(value: ast.expr, scope: Scope) -> bool:
    """Whether `value` is a collection of a size fixed by the source text."""
    if isinstance(value, ast.Constant) and isinstance(value.value, str | bytes):
        return True  # `solve("abcab")`: a string written out
    if isinstance(value, ast.List | ast.Tuple | ast.Set):
        return bool(value.elts) and not any(isinstance(e, ast.Starred) for e in value.elts)
    if isinstance(value, ast.Dict):
        return bool(value.keys) and all(k is not None for k in value.keys)
    if isinstance(value, ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp):
        return _generators_of_written_counts(value.generators, scope)
    if (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Attribute)
        and value.func.attr in {"keys", "values", "items", "copy"}
        and not value.args
    ):
        return _fixed_value(value.func.value, scope)  # `d.keys()` of a fixed dict
    if isinstance(value, ast.Name):
        return value.id in scope.fixed or _arranges_a_constant(value.id, scope)
    if isinstance(value, ast.Call) and scope.is_const_expr(value):
        return True  # `good = lucky_numbers()`, a function whose result the source fixes
    if (
        isinstance(value, ast.Call)
        and callee_name(value) in {"set", "frozenset", "Counter"}
        and len(value.args) == 1
        and is_text(value.args[0], scope)
    ):
        return True  # the distinct characters of a string: at most its alphabet
    if isinstance(value, ast.Call) and callee_name(value) in _SAME_SIZE and value.args:
        return _fixed_value(value.args[0], scope)
    if isinstance(value, ast.Subscript) and isinstance(value.slice, ast.Slice):
        cut = value.slice
        width = span_width(cut.lower, cut.upper)
        if constant_width(cut) or (width is not None and scope.is_const_expr(width)):
            return True  # `s[i:i + 10]`, `a[:3]`: a window of written width
        return _fixed_value(value.value, scope)
    if _numbers_formatted(value):
        return True  # `"%02d:%02d" % (h, m)`: a few numbers written out, a short string
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Add):
        return _fixed_value(value.left, scope) and _fixed_value(value.right, scope)
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Mult):
        return (_fixed_value(value.left, scope) and scope.is_const_expr(value.right)) or (
            _fixed_value(value.right, scope) and scope.is_const_expr(value.left)
        )
    return False


def _arranges_a_constant(name: str, scope: Scope) -> bool:
    """`p` of `for p in permutations(range(5))`: each item a tuple of a few written values."""
    values = scope.assigned.get(name, [])
    return (
        name in scope.loop_vars
        and bool(values)
        and all(
            isinstance(v, ast.Call)
            and callee_name(v) in {"permutations", "combinations", "product"}
            and all(scope.is_const_expr(a) for a in v.args)
            and all(scope.is_const_expr(k.value) for k in v.keywords)
            for v in values
        )
    )


def picks_a_written_number(name: str, scope: Scope) -> bool:
    """`c` of `for c in combinations(a, 2)` or `product(a, b)`: a tuple of a written width.

    However long `a` is, each item picks as many of it as the call says: a pair, a triple.
    """
    values = scope.assigned.get(name, [])
    if not (name in scope.loop_vars and values):
        return False
    for v in values:
        if not isinstance(v, ast.Call) or any(isinstance(a, ast.Starred) for a in v.args):
            return False
        kind = callee_name(v)
        width = {k.arg: k.value for k in v.keywords}
        if kind in {"combinations", "combinations_with_replacement", "permutations"}:
            picked = v.args[1] if len(v.args) == 2 else width.get("r")
            if picked is None or not scope.is_const_expr(picked):
                return False
        elif kind == "product":
            repeat = width.get("repeat")
            if repeat is not None and not scope.is_const_expr(repeat):
                return False
        else:
            return False
    return True


#: printf-style conversions of one number (`%d`, `%02d`, `%.3f`); `%s` may be any text.
_NUMBER_CONVERSION = re.compile(r"%[-+ #0]*\d*(?:\.\d+)?([a-zA-Z%])")


def _numbers_formatted(value: ast.expr) -> bool:
    """`"%02d%02d" % (h, m)` or `f"{h:02d}:{m:02d}"`: numbers written with fixed formats."""
    if (
        isinstance(value, ast.BinOp)
        and isinstance(value.op, ast.Mod)
        and isinstance(value.left, ast.Constant)
        and isinstance(value.left.value, str)
    ):
        kinds = _NUMBER_CONVERSION.findall(value.left.value)
        return bool(kinds) and all(k in "diouxXeEfFgG%" for k in kinds)
    if isinstance(value, ast.JoinedStr):
        parts = [v for v in value.values if isinstance(v, ast.FormattedValue)]
        return bool(parts) and all(_number_spec(v.format_spec) for v in parts)
    return False


def _number_spec(spec: ast.expr | None) -> bool:
    """A format spec that writes a number (`02d`, `.3f`, `x`), spelled out in the source."""
    if not isinstance(spec, ast.JoinedStr):
        return False
    parts = [v.value for v in spec.values if isinstance(v, ast.Constant)]
    if len(parts) != len(spec.values) or not all(isinstance(p, str) for p in parts):
        return False
    text = "".join(str(p) for p in parts)
    return text[-1:] in set("dxXofeEgG")


def _find_digits(scope: Scope) -> None:
    """Names that only ever hold `str(n)` of an integer or slices of such: its digits."""
    changed = True
    while changed:
        changed = False
        for name, values in scope.assigned.items():
            if name in scope.fixed or name in scope.params or not values or None in values:
                continue
            if all(_digits_value(v, scope, name) for v in values) and any(
                _digits_value(v, scope, "") for v in values
            ):
                changed = changed or scope.kinds.get(name) != "digits"
                scope.kinds[name] = "digits"
                if name not in scope.word_digits and all(
                    _word_digits(v, scope, name) for v in values
                ):
                    changed = True
                    # The digits of an integer read from the input: a few characters to cut
                    # and join (`s[:-2] + s[-1]`), but log n of them to walk one by one.
                    scope.word_digits.add(name)


def _number_lines(scope: Scope, body: list[ast.stmt]) -> None:
    """Lines read from the input that the program also parses whole as one integer.

    `r = input()` then `int(r)`: the line is a number, so its characters are the digits of a
    value that fits a machine word (Codeforces values stay below 2^63). Slicing it or walking
    its characters costs a constant. `int(r, 2)` (a base) does not count: a bit string can be
    long. The name may also be rebuilt from the number (`s = str(abs(int(s)))`).
    """
    parsed: set[str] = set()
    for node in _walk(body):
        if not isinstance(node, ast.Call) or node.keywords:
            continue
        if callee_name(node) == "int" and len(node.args) == 1:
            parsed |= {node.args[0].id} if isinstance(node.args[0], ast.Name) else set()
        elif (
            callee_name(node) == "map"
            and len(node.args) == 2
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id == "int"
            and isinstance(node.args[1], ast.Tuple | ast.List)
        ):
            # `map(int, (s, s[:-1]))`: each listed name is parsed whole.
            parsed |= {e.id for e in node.args[1].elts if isinstance(e, ast.Name)}
    parsed |= _parsed_in_pieces(body)
    for name in sorted(parsed):
        held = scope.assigned.get(name, [])
        values = [v for v in held if v is not None]
        if name in scope.params or name in scope.loop_vars or not held or len(values) < len(held):
            continue
        if not any(one_line(v) for v in values):
            continue
        if all(one_line(v) or _of_own_number(v, name) for v in values):
            scope.kinds[name] = "digits"
            scope.fixed.add(name)


def _parsed_in_pieces(body: list[ast.stmt]) -> set[str]:
    """Names only ever read as `int(s[:2])`, `int(s[3:])`: a line of numbers in a fixed format.

    A time `HH:MM` or a date cut into numbers: every piece is a number that fits a word.
    """
    parents = parents_of(_walk(body))
    pieces: dict[str, bool] = {}
    for node in _walk(body):
        if not (isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load)):
            continue
        cut = parents.get(id(node))
        call = parents.get(id(cut)) if cut is not None else None
        piece = (
            isinstance(cut, ast.Subscript)
            and cut.value is node
            and isinstance(call, ast.Call)
            and callee_name(call) == "int"
            and len(call.args) == 1
            and call.args[0] is cut
        )
        pieces[node.id] = pieces.get(node.id, True) and piece
    return {name for name, only in pieces.items() if only}


def _of_own_number(value: ast.expr, name: str) -> bool:
    """`int(s)`, `abs(s)`, `str(abs(int(s)))`, `-s`: the number `name` holds, in any form."""
    while True:
        if isinstance(value, ast.UnaryOp):
            value = value.operand
        elif (
            isinstance(value, ast.Call)
            and callee_name(value) in {"int", "abs", "str"}
            and len(value.args) == 1
            and not value.keywords
        ):
            value = value.args[0]
        else:
            return isinstance(value, ast.Name) and value.id == name


#: Built-ins that write an integer out in some base: its digits.
_DIGIT_WRITERS = frozenset({"str", "bin", "hex", "oct"})
#: Built-ins that keep a string's characters, in some order: as many as it has.
_CHAR_KEEPERS = frozenset({"list", "sorted", "reversed", "tuple"})


def int_written_out(value: ast.expr | None, scope: Scope) -> str | None:
    """The integer name `n` behind `str(n)`, `bin(n)[2:]`, `hex(n)`; None for anything else."""
    while isinstance(value, ast.Subscript):
        value = value.value
    if not (
        isinstance(value, ast.Call)
        and callee_name(value) in _DIGIT_WRITERS
        and len(value.args) == 1
        and not value.keywords
    ):
        return None
    number = value.args[0]
    while (
        isinstance(number, ast.BinOp)
        and isinstance(number.op, ast.Add | ast.Sub)
        and isinstance(number.right, ast.Constant)
    ):
        number = number.left  # `bin(n + 1)`: as many digits, give or take one
    if isinstance(number, ast.Name) and scope.kind(number.id) == "int":
        return number.id
    return None


def _unwrap_chars(value: ast.expr | None) -> ast.expr | None:
    """`s` for `list(s)`, `sorted(s)`: the same characters in a sequence.

    Also one item per character: `map(int, s)`, `[int(c) for c in s]`, and those reversed.
    """
    while True:
        if (
            isinstance(value, ast.Call)
            and callee_name(value) in _CHAR_KEEPERS
            and len(value.args) == 1
            and not value.keywords
        ):
            value = value.args[0]
        elif isinstance(value, ast.Call) and callee_name(value) == "map" and len(value.args) == 2:
            value = value.args[1]
        elif _joined_by_a_written_separator(value):
            # `''.join(r[::-1])` of a list of digits `str(x % 2)`: a character per item.
            assert isinstance(value, ast.Call)
            value = value.args[0]
        elif (
            isinstance(value, ast.ListComp)
            and len(value.generators) == 1
            and not value.generators[0].ifs
        ):
            value = value.generators[0].iter
        elif (
            isinstance(value, ast.Subscript)
            and isinstance(value.slice, ast.Slice)
            and value.slice.lower is None
            and value.slice.upper is None
        ):
            value = value.value  # `[::-1]`
        else:
            return value


def _joined_by_a_written_separator(value: ast.expr | None) -> bool:
    """`''.join(x)`, `' '.join(x)`: a separator the source writes, one argument."""
    return (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Attribute)
        and value.func.attr == "join"
        and isinstance(value.func.value, ast.Constant)
        and isinstance(value.func.value.value, str)
        and len(value.args) == 1
        and not value.keywords
    )


def _is_str_of_int(value: ast.expr | None, scope: Scope) -> bool:
    return int_written_out(value, scope) is not None


def digits_of_a_read_number(value: ast.expr, scope: Scope) -> bool:
    """`bin(n)[2:]` or `str(n)` of an integer only read from the input: a word's digits.

    Codeforces values fit a machine word, so cutting their digit string (`s[:-2] + s[-1]`)
    is a few steps; walking it digit by digit is still log n of them (`_find_digits`).
    """
    while isinstance(value, ast.Subscript):
        value = value.value
    if isinstance(value, ast.Name):
        return scope.kind(value.id) == "digits" and scope.is_word_digits(value.id)
    number = int_written_out(value, scope)
    return number is not None and _only_read(number, scope)


def _only_read(name: str, scope: Scope, seen: frozenset[str] = frozenset()) -> bool:
    """Every value `name` is given is parsed from the input (`n = int(input())`).

    Or counts through a range of such values (`for x in range(1, n + 1)`): no larger than
    a number of the input, so a machine word too.
    """
    origins = scope.assigned.get(name, [])
    seen = seen | {name}
    return bool(origins) and all(
        o is not None and (_reads(o) or _counts_below_a_read(o, scope, seen)) for o in origins
    )


def _counts_below_a_read(value: ast.expr, scope: Scope, seen: frozenset[str]) -> bool:
    """`range(1, n + 1)` (a loop counter's values) with each end a read number give or take."""
    return (
        isinstance(value, ast.Call)
        and callee_name(value) == "range"
        and bool(value.args)
        and all(_a_read_size(a, scope, seen) for a in value.args)
    )


def _a_read_size(node: ast.expr, scope: Scope, seen: frozenset[str]) -> bool:
    """`n + 1`, `len(a)`, `min(n, 100)`, `5`: sums of numbers read or written, a machine word."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Sub):
        return _a_read_size(node.left, scope, seen) and _a_read_size(node.right, scope, seen)
    if isinstance(node, ast.Call) and callee_name(node) in {"min", "max"}:
        return bool(node.args) and all(_a_read_size(a, scope, seen) for a in node.args)
    if isinstance(node, ast.Call) and callee_name(node) == "len":
        return True
    if isinstance(node, ast.Name):
        return scope.is_const(node.id) or (node.id not in seen and _only_read(node.id, scope, seen))
    return isinstance(node, ast.Constant) and isinstance(node.value, int)


def _word_digits(value: ast.expr | None, scope: Scope, name: str) -> bool:
    """Like `_digits_value`, with every integer behind it read from the input."""
    value = _unwrap_chars(value)
    number = int_written_out(value, scope)
    if number is not None:
        return _only_read(number, scope)
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Add):
        return _word_digits(value.left, scope, name) and _word_digits(value.right, scope, name)
    while isinstance(value, ast.Subscript):
        value = value.value
    return isinstance(value, ast.Name) and (
        value.id == name or value.id in scope.fixed or value.id in scope.word_digits
    )


def _reads(value: ast.expr) -> bool:
    """`int(input())`: a value parsed from a line of input."""
    calls = [callee_name(c) for c in ast.walk(value) if isinstance(c, ast.Call)]
    return "int" in calls and any(c in {"input", "readline"} for c in calls)


def _digits_value(value: ast.expr | None, scope: Scope, name: str) -> bool:
    """`str(n)`, `a[1:]`, `a[0] + b[2:]` over digit strings (`name` counts as one)."""
    value = _unwrap_chars(value)
    if _is_str_of_int(value, scope):
        return True
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Add):
        return _digits_value(value.left, scope, name) and _digits_value(value.right, scope, name)
    if _padding(value, scope, name) or _digit_rewritten(value, scope, name):
        return True
    if (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Name)
        and scope.returns_digits(value.func.id)
    ):
        return True  # `d = digits(n)`: a helper's list of the digits of a number
    if not isinstance(value, ast.Subscript | ast.Name):
        return False
    while isinstance(value, ast.Subscript):
        value = value.value
    return isinstance(value, ast.Name) and (value.id == name or scope.kind(value.id) == "digits")


def _digit_rewritten(value: ast.expr | None, scope: Scope, name: str) -> bool:
    """`str(int(s[i]) - 1)` of a digit string `s`: one of its digits, written out again."""
    if not (isinstance(value, ast.Call) and callee_name(value) == "str" and len(value.args) == 1):
        return False
    number = value.args[0]
    while (
        isinstance(number, ast.BinOp)
        and isinstance(number.op, ast.Add | ast.Sub)
        and isinstance(number.right, ast.Constant)
    ):
        number = number.left
    if not (isinstance(number, ast.Call) and callee_name(number) == "int" and number.args):
        return False
    digit = number.args[0]
    return (
        isinstance(digit, ast.Subscript)
        and not isinstance(digit.slice, ast.Slice)
        and _digits_value(digit.value, scope, name)
    )


def _padding(value: ast.expr | None, scope: Scope, name: str) -> bool:
    """`'0' * (len(b) - len(a))`: zeros that pad one digit string to another's length."""
    if not (isinstance(value, ast.BinOp) and isinstance(value.op, ast.Mult)):
        return False
    text, count = value.left, value.right
    if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
        text, count = count, text
    if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
        return False
    measured = lengths_only(count, scope)
    return measured is not None and all(_digits_value(m, scope, name) for m in measured)


def _edge_lists(body: list[ast.stmt]) -> set[str]:
    """`g[u].append(v)` beside `g[v].append(u)` (or `g[u] += [v]`): adjacency built from edges.

    Also `g[u] += v,` and `g[u].extend([v])` (`g[u] += [v]` arrives as the append it stands
    for); a weighted edge's item `(v, w)` is matched by its first field. Walking `g[x]` inside a
    traversal visits each edge a bounded number of times overall.
    """
    pairs: dict[str, set[tuple[str, str]]] = {}
    for node in _walk(body):
        holder: ast.expr | None = None
        item: ast.expr | None = None
        if (
            isinstance(node, ast.AugAssign)
            and isinstance(node.op, ast.Add)
            and isinstance(node.value, ast.Tuple)
            and len(node.value.elts) == 1
        ):
            holder, item = node.target, node.value.elts[0]  # `g[u] += v,`
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and len(node.args) == 1
        ):
            holder, arg = node.func.value, node.args[0]
            if callee_name(node) in {"append", "add"}:
                item = arg
            elif (
                callee_name(node) == "extend"
                and isinstance(arg, ast.List | ast.Tuple)
                and len(arg.elts) == 1
            ):
                item = arg.elts[0]
        if holder is None or item is None or isinstance(item, ast.Starred):
            continue
        key: ast.expr | None = None
        if isinstance(holder, ast.Subscript):
            key, holder = holder.slice, holder.value
        elif isinstance(holder, ast.Call) and callee_name(holder) == "setdefault" and holder.args:
            key = holder.args[0]
            holder = holder.func.value if isinstance(holder.func, ast.Attribute) else holder
        if key is None or not isinstance(holder, ast.Name):
            continue
        if isinstance(item, ast.Tuple) and item.elts:
            item = item.elts[0]  # `(v, w)`: the far end and the edge's weight
        pairs.setdefault(holder.id, set()).add((ast.unparse(key), ast.unparse(item)))
    return {name for name, edges in pairs.items() if any((b, a) in edges for a, b in edges)}


def _log_counters(body: list[ast.stmt], scope: Scope) -> set[str]:
    """Names that count the bits of a size: `1 << j` stays at most that size.

    `for j in range(1, LOG)` with `LOG = n.bit_length()`, or `j` stepped by one in `while
    (1 << j) <= n` (the levels of a sparse table or of binary lifting).
    """
    out: set[str] = set()
    for node in _walk(body):
        if isinstance(node, ast.While) and isinstance(node.test, ast.Compare):
            left = node.test.left
            powered = (
                left.right
                if isinstance(left, ast.BinOp) and isinstance(left.op, ast.LShift | ast.Pow)
                else None
            )
            stepped = {
                n.target.id
                for n in ast.walk(node)
                if isinstance(n, ast.AugAssign)
                and isinstance(n.op, ast.Add)
                and isinstance(n.target, ast.Name)
                and isinstance(n.value, ast.Constant)
            }
            if (
                isinstance(powered, ast.BinOp)
                and isinstance(powered.op, ast.Add | ast.Sub)
                and isinstance(powered.right, ast.Constant)
            ):
                powered = powered.left  # `while (1 << (L - 1)) <= b`
            if isinstance(powered, ast.Name) and powered.id in stepped:
                out.add(powered.id)
            elif isinstance(left, ast.Name) and _doubles(node, left.id):
                # `while sz < n: sz *= 2; lg += 1`: lg counts the doublings.
                out |= stepped - {left.id}
        if isinstance(node, ast.While) and (subject := _halved_subject(node)) is not None:
            # `while v > 1: v //= 2; d += 1`: d counts the halvings, the bits of v.
            out |= {
                n.target.id
                for n in node.body
                if isinstance(n, ast.AugAssign)
                and isinstance(n.op, ast.Add)
                and isinstance(n.target, ast.Name)
                and n.target.id != subject
                and literal(n.value) == 1
            }
    out |= _pass_counters(body, scope)
    for node in _walk(body):
        if (
            isinstance(node, ast.For)
            and isinstance(node.target, ast.Name)
            and isinstance(node.iter, ast.Call)
            and callee_name(node.iter) == "range"
            and node.iter.args
        ):
            stop = node.iter.args[1 if len(node.iter.args) > 1 else 0]
            # `for k in range(1, LOG)`, LOG found by `while (1 << LOG) <= n: LOG += 1`.
            if logarithmic(stop, scope) or (isinstance(stop, ast.Name) and stop.id in out):
                out.add(node.target.id)
    return out


def _pass_counters(body: list[ast.stmt], scope: Scope) -> set[str]:
    """`while n: n //= 10; c += 1`: counters stepped by one per pass of a logarithmic loop.

    Whatever the base (`//= 10`, `p *= 3` up to n), the counter ends at most at the loop's
    passes, log n. It is stepped nowhere else, set only to written numbers, and inside
    another loop set afresh on each of that loop's passes.
    """
    parents = parents_of(walk_local(body))
    steps: dict[str, list[int]] = {}
    for node in walk_local(body):
        if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            steps.setdefault(node.target.id, []).append(id(node))
    # Set here only to written numbers (`c = 0`) besides the steps.
    written = {
        name
        for name, values in scope.assigned.items()
        if all(v is None or isinstance(v, ast.Constant) for v in values)
    }
    out: set[str] = set()
    for loop in walk_local(body):
        if not isinstance(loop, ast.While) or while_count(loop, scope, None)[0] != LOG:
            continue
        tested = {n.id for n in ast.walk(loop.test) if isinstance(n, ast.Name)}
        nested = {
            id(n)
            for inner in walk_local(loop.body)
            if isinstance(inner, ast.For | ast.While)
            for n in walk_local([inner])
        }
        counted = {
            n.target.id
            for n in walk_local(loop.body)
            if isinstance(n, ast.AugAssign)
            and isinstance(n.op, ast.Add)
            and isinstance(n.target, ast.Name)
            and n.target.id not in tested
            and literal(n.value) == 1
            and id(n) not in nested
            and steps[n.target.id] == [id(n)]
            and n.target.id in written
        }
        if (reset := _assigned_by_the_outer_loop(loop, parents)) is not None:
            counted &= reset
        out |= counted
    return out


def _assigned_by_the_outer_loop(
    loop: ast.For | ast.While, parents: dict[int, ast.AST]
) -> set[str] | None:
    """Names plainly assigned in the loop around `loop` (set afresh each outer pass).

    None when `loop` is outermost: nothing resets what it counts.
    """
    outer = parents.get(id(loop))
    while outer is not None and not isinstance(outer, ast.For | ast.While):
        outer = parents.get(id(outer))
    if outer is None:
        return None
    return {
        t.id
        for n in walk_local(outer.body)
        if isinstance(n, ast.Assign)
        for t in n.targets
        if isinstance(t, ast.Name)
    }


def _halved_subject(loop: ast.While) -> str | None:
    """`v` of `while v > 1: v //= 2` (or `while v: v >>= 1`); else None.

    The one name the test reads, halved by a top-level statement of the body.
    """
    read = {n.id for n in ast.walk(loop.test) if isinstance(n, ast.Name)}
    if len(read) != 1:
        return None
    name = next(iter(read))
    halved = any(
        isinstance(n, ast.AugAssign)
        and is_name(n.target, name)
        and (
            (isinstance(n.op, ast.FloorDiv) and literal(n.value) == 2)
            or (isinstance(n.op, ast.RShift) and literal(n.value) == 1)
        )
        for n in loop.body
    )
    return name if halved else None


def _doubles(loop: ast.While, name: str) -> bool:
    """`name *= 2` or `name <<= 1` in the loop's body."""
    return any(
        isinstance(n, ast.AugAssign)
        and is_name(n.target, name)
        and (
            (isinstance(n.op, ast.Mult) and literal(n.value) == 2)
            or (isinstance(n.op, ast.LShift) and literal(n.value) == 1)
        )
        for n in walk_local(loop.body)
    )


def _powers_of_log_counters(value: ast.expr, scope: Scope) -> bool:
    """`1 << h` (or `2 ** h`, `(1 << h) - 1`) where `h` counts the bits of a size."""
    powers = [
        sub
        for sub in ast.walk(value)
        if isinstance(sub, ast.BinOp)
        and isinstance(sub.op, ast.LShift | ast.Pow)
        and not scope.is_const_expr(sub.right)
    ]
    return bool(powers) and all(
        isinstance(p.right, ast.Name) and p.right.id in scope.log_counters for p in powers
    )


def _filed_lists(body: list[ast.stmt]) -> tuple[set[str], set[str]]:
    """Lists filed under keys one item per append in a single loop; and the trees among them.

    `for _ in range(m): x, y = ...; out[x].append(y)` (directed edges): every append to the
    lists stands in a single loop, never in a loop inside a loop, so all the lists together
    hold as many items as that loop has passes, and walking each list once costs that much.
    When every append files the variable of its loop (`for i in range(2, n + 1):
    ch[p[i]].append(i)`, a tree's children built from its parents), each item is in one list
    only: a recursion down them visits each item once. Returns (filed, children).
    """
    filed: set[str] = set()
    children: set[str] = set()
    not_filed: set[str] = set()
    not_children: set[str] = set()
    loops = (ast.For, ast.While, ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)

    def visit(node: ast.AST, outer: list[ast.AST]) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef):
            return
        if (
            isinstance(node, ast.Call)
            and callee_name(node) == "append"
            and len(node.args) == 1
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Subscript)
            and isinstance(node.func.value.value, ast.Name)
        ):
            name = node.func.value.value.id
            (filed if len(outer) <= 1 else not_filed).add(name)
            (children if _files_its_loop_item(node, outer) else not_children).add(name)
        # `for j in (i - a[i], i + a[i]):` files two items per pass: no deeper a loop; nor
        # is a test-case loop, around a whole problem whose lists are built afresh.
        spelled_out = isinstance(node, ast.For) and isinstance(node.iter, ast.Tuple | ast.List)
        cases = not outer and repeats_a_problem(node)
        inner = [*outer, node] if isinstance(node, loops) and not (spelled_out or cases) else outer
        for child in ast.iter_child_nodes(node):
            visit(child, inner)

    for stmt in body:
        visit(stmt, [])
    filed -= not_filed
    return filed, children & filed - not_children


def _arc_lists(body: list[ast.stmt]) -> set[str]:
    """Lists appended to only in `for _ in range(m)` loops whose count is a bare name.

    `for _ in range(m): adj[u].append(v)`: one arc per line for m lines, m read apart from
    the vertex count; a tree's edges come as `range(n - 1)` and are left out.
    """
    arcs: set[str] = set()
    others: set[str] = set()
    for node in _walk(body):
        if not isinstance(node, ast.For | ast.While):
            continue
        by_count = (
            isinstance(node, ast.For)
            and isinstance(node.iter, ast.Call)
            and callee_name(node.iter) == "range"
            and len(node.iter.args) == 1
            and isinstance(node.iter.args[0], ast.Name)
        )
        for sub in (n for stmt in node.body for n in ast.walk(stmt)):
            if (
                isinstance(sub, ast.Call)
                and callee_name(sub) == "append"
                and isinstance(sub.func, ast.Attribute)
                and isinstance(sub.func.value, ast.Subscript)
                and isinstance(sub.func.value.value, ast.Name)
            ):
                (arcs if by_count else others).add(sub.func.value.value.id)
    return arcs - others


def _files_its_loop_item(append: ast.Call, outer: list[ast.AST]) -> bool:
    """`ch[p[i]].append(i)` in `for i in ...`: the item is the loop's own, under another key."""
    loop = outer[0] if len(outer) == 1 else None
    item = append.args[0]
    # `ch[x].append(i + 2)` for `i, x in enumerate(p)`: numbered from 2, still one per pass.
    while (
        isinstance(item, ast.BinOp)
        and isinstance(item.op, ast.Add | ast.Sub)
        and isinstance(item.right, ast.Constant)
    ):
        item = item.left
    if not isinstance(loop, ast.For) or not isinstance(item, ast.Name):
        return False
    own = {t.id for t in ast.walk(loop.target) if isinstance(t, ast.Name)}
    holder = append.func.value if isinstance(append.func, ast.Attribute) else None
    key = holder.slice if isinstance(holder, ast.Subscript) else None
    return item.id in own and not (isinstance(key, ast.Name) and key.id == item.id)


def _doubling_lists(body: list[ast.stmt]) -> set[str]:
    """`po.append(po[-1] * 2)`: a list of powers of two, whose entries are exponential."""
    out: set[str] = set()
    for node in _walk(body):
        appended = appended_item(node)
        if appended is None:
            continue
        name, arg = appended
        if (
            isinstance(arg, ast.BinOp)
            and isinstance(arg.op, ast.Mult | ast.LShift)
            and isinstance(arg.right, ast.Constant)
            and arg.right.value in (1, 2)
            and (isinstance(arg.op, ast.LShift) or arg.right.value == 2)
            and isinstance(arg.left, ast.Subscript)
            and isinstance(arg.left.value, ast.Name)
            and arg.left.value.id == name
        ):
            out.add(name)
    return out


def _powers_of_two(value: ast.expr) -> bool:
    """`[2 ** i for i in range(31)]`, `[1 << b for b in range(60)]`: a table of bit values."""
    if not isinstance(value, ast.ListComp | ast.SetComp) or len(value.generators) != 1:
        return False
    gen = value.generators[0]
    elt = value.elt
    if not (isinstance(gen.target, ast.Name) and isinstance(elt, ast.BinOp)):
        return False
    return (
        isinstance(elt.op, ast.Pow | ast.LShift)
        and isinstance(elt.left, ast.Constant)
        and elt.left.value in (1, 2)
        and isinstance(elt.right, ast.Name)
        and elt.right.id == gen.target.id
    )


def _unpacked_names(body: list[ast.stmt]) -> set[str]:
    """`a, b, c = nums`: `nums` holds exactly as many values as there are names."""
    return {
        node.value.id
        for node in _walk(body)
        if isinstance(node, ast.Assign)
        and isinstance(node.targets[0], ast.Tuple | ast.List)
        and len(node.targets[0].elts) <= 8
        and not any(isinstance(e, ast.Starred) for e in node.targets[0].elts)
        and isinstance(node.value, ast.Name)
    }


def _indexed_reads(body: list[ast.stmt], scope: Scope) -> set[str]:
    """A line read outside any loop and only ever used at constant positions (`one[0]`).

    `one = list(map(int, input().split()))`, then `one[i]` for `i in range(0, 8, 2)` and
    nothing else: the line holds a fixed number of values (eight coordinates), so reading
    and using it costs a constant.
    """
    helpers = _line_readers(body)
    parents = parents_of(_walk(body))
    in_loop: set[int] = set()
    for node in _walk(body):
        if isinstance(node, ast.For | ast.While | ast.comprehension):
            in_loop |= {id(n) for n in ast.walk(node)}
    # `n = int(input())` on a line of its own announces how many values the next line holds.
    announced = [
        node.lineno
        for node in _walk(body)
        if isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and id(node) not in in_loop
        and isinstance(node.value, ast.Call)
        and callee_name(node.value) == "int"
        and calls(node.value, _READ_CALLS | helpers)
    ]
    # `input()` or `_ = input()` on its own: the count skipped, the next line as long as it said.
    announced += [
        node.lineno
        for node in _walk(body)
        if id(node) not in in_loop
        and (
            isinstance(node, ast.Expr)
            or (isinstance(node, ast.Assign) and all(is_name(t, "_") for t in node.targets))
        )
        and isinstance(node.value, ast.Call)
        and callee_name(node.value) in _READ_CALLS | helpers
    ]
    out: set[str] = set()
    for name, values in scope.assigned.items():
        if len(values) != 1 or values[0] is None or id(values[0]) in in_loop:
            continue
        value = values[0]
        if not calls(value, _READ_CALLS | helpers):
            continue
        if any(line < value.lineno for line in announced):
            continue
        if any(
            isinstance(c, ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp)
            and calls(c.elt if not isinstance(c, ast.DictComp) else c.value, _READ_CALLS | helpers)
            for c in ast.walk(value)
        ):
            continue  # `sorted(int(input()) for _ in range(n))`: a line per item, n of them
        uses = [
            n
            for n in _walk(body)
            if isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load)
        ]
        if uses and all(_constant_position(parents.get(id(u)), u, scope) for u in uses):
            out.add(name)
    return out


def _constant_position(parent: ast.AST | None, use: ast.Name, scope: Scope) -> bool:
    """`use[2]`, `use[i:i + 2]` with `i` a constant: one fixed place of the collection."""
    if not isinstance(parent, ast.Subscript) or parent.value is not use:
        return False
    index = parent.slice
    if isinstance(index, ast.Slice):
        if index.upper is None:
            return False  # `use[1:]`: everything after a point, as long as the line
        parts = [p for p in (index.lower, index.upper, index.step) if p is not None]
        return all(scope.is_const_expr(p) for p in parts)
    return scope.is_const_expr(index)


def _line_readers(body: list[ast.stmt]) -> set[str]:
    """Module helpers that read input (`ints = lambda: ...input()...`, `def LI(): ...`)."""
    return {
        target
        for target, inner in filter(None, map(helper_body, body))
        if calls(inner, _READ_CALLS)
    }


#: While loops whose passes a written constant caps (not an amortised or geometric count).
_BOUNDED = frozenset({(ONE, "bounded loop"), (ONE, BELOW_A_BOUND), (ONE, CAPPED_BY_A_COUNT)})


def _grown_names(body: list[ast.stmt], scope: Scope, over_fixed: bool = False) -> set[str]:
    """Names whose collection may grow with the input: grown inside a loop not of fixed count.

    Growing means a growing method (`append`), `+=`, a rebinding that uses the old value
    (`a = a + [x]`), or a store under a new key of a dict or set. A collection made afresh in
    each pass of a loop (`digits = []` per test case) grows only by the loops inside it.
    """
    out: set[str] = set()
    # The loops around the node: whether each runs an unbounded number of times, and the
    # names its body makes afresh (`x = []`, `x = set()`) on every pass.
    Stack = tuple[tuple[bool, frozenset[str]], ...]

    def fixed_count(loop: ast.For | ast.comprehension) -> bool:
        if scope.is_const_expr(loop.iter) or (over_fixed and _over_fixed(loop.iter, scope)):
            return True
        # `range(max(1, n - 100), n)`: a window of constant width; `product('47', repeat=k)`
        # with `k` of a loop over constants: a few strings
        return (
            isinstance(loop.iter, ast.Call)
            and callee_name(loop.iter) in _COMBINATORICS
            and iter_count(loop.iter, scope) == ONE
        )

    def visit(node: ast.AST, stack: Stack) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda):
            return
        if isinstance(node, ast.For):
            visit(node.iter, stack)
            inner = (*stack, (not fixed_count(node), _made_afresh(node.body)))
            for stmt in [*node.body, *node.orelse]:
                visit(stmt, inner)
            return
        if isinstance(node, ast.While):
            # `while x1 != x2: ... x1 += 1` between two squares of a board: a bounded loop
            # adds a bounded number of items.
            bounded = while_count(node, scope, None) in _BOUNDED
            inner = (*stack, (not bounded, _made_afresh(node.body)))
            for part in [node.test, *node.body, *node.orelse]:
                visit(part, inner)
            return
        if isinstance(node, ast.comprehension):
            stack = (*stack, (not fixed_count(node), frozenset()))
        for name in grows(node, scope):
            made = [i for i, (_, fresh) in enumerate(stack) if name in fresh]
            around = stack[made[-1] + 1 :] if made else stack
            if any(unbounded for unbounded, _ in around):
                out.add(name)
        for child in ast.iter_child_nodes(node):
            visit(child, stack)

    distinct = _distinct_characters(body, scope)
    for top in body:
        visit(top, ())
    return out - distinct


def _distinct_characters(body: list[ast.stmt], scope: Scope) -> set[str]:
    """`if c not in seen: seen.append(c)` (or `seen += c`) with `c` a character: an alphabet.

    Only when every growth of the list is such a guarded append.
    """
    guarded: dict[str, int] = {}
    for node in _walk(body):
        if not (
            isinstance(node, ast.If)
            and isinstance(node.test, ast.Compare)
            and len(node.test.ops) == 1
            and isinstance(node.test.ops[0], ast.NotIn)
            and isinstance(node.test.comparators[0], ast.Name)
        ):
            continue
        name = node.test.comparators[0].id
        item = node.test.left
        for stmt in node.body:
            added = _item_added(stmt, name)
            if (
                added is not None
                and ast.unparse(added) == ast.unparse(item)
                and _char_key(item, scope, name)
            ):
                guarded[name] = guarded.get(name, 0) + 1
    return {
        name
        for name, count in guarded.items()
        if count == sum(name in grows(n, scope) for n in _walk(body))
    }


def _alphabets(body: list[ast.stmt], scope: Scope) -> set[str]:
    """Collections of distinct characters started empty: `used = ''`, then only `used += c`.

    The growth `_distinct_characters` bounds by the alphabet; any other value it is given
    (`used = list(s)`) must be fixed or empty too.
    """
    out: set[str] = set()
    for name in _distinct_characters(body, scope):
        starts = [
            v for v in scope.assigned.get(name, []) if v is not None and name not in names_in(v)
        ]
        written = [v for v in starts if isinstance(v, ast.Constant) and isinstance(v.value, str)]
        if starts and all(v in written or _empty(v) or _fixed_value(v, scope) for v in starts):
            out.add(name)  # `used = ''`: a written string, as `used = []` is an empty list
    return out


def _item_added(stmt: ast.stmt, name: str) -> ast.expr | None:
    """The one item `stmt` adds to `name`: `name.append(x)`, `name += x`, `name = name + [x]`."""
    value: ast.expr | None = None
    if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
        call = stmt.value
        if (
            callee_name(call) == "append"
            and isinstance(call.func, ast.Attribute)
            and is_name(call.func.value, name)
            and len(call.args) == 1
        ):
            return call.args[0]
    elif isinstance(stmt, ast.AugAssign) and is_name(stmt.target, name):
        value = stmt.value if isinstance(stmt.op, ast.Add) else None
    elif (
        isinstance(stmt, ast.Assign)
        and len(stmt.targets) == 1
        and is_name(stmt.targets[0], name)
        and isinstance(stmt.value, ast.BinOp)
        and isinstance(stmt.value.op, ast.Add)
        and is_name(stmt.value.left, name)
    ):
        value = stmt.value.right
    if isinstance(value, ast.List) and len(value.elts) == 1:
        return value.elts[0]  # `seen += [c]`: one item, as `seen.append(c)` adds
    return value  # `used += c`: a string grown by one character


def _made_afresh(body: list[ast.stmt]) -> frozenset[str]:
    """Names a loop body binds to a new collection of constant size (`digits = []`)."""
    return frozenset(
        stmt.targets[0].id
        for stmt in body
        if isinstance(stmt, ast.Assign)
        and len(stmt.targets) == 1
        and isinstance(stmt.targets[0], ast.Name)
        and _a_new_small_collection(stmt.value)
    )


def _a_new_small_collection(value: ast.expr) -> bool:
    """`[]`, `[0, 0]`, `{}`, `set()`, `deque()`, `''`: a new collection of at most a few items."""
    if isinstance(value, ast.Constant) and isinstance(value.value, str):
        return len(value.value) <= 8
    if isinstance(value, ast.Dict):
        return len(value.keys) <= 8
    if isinstance(value, ast.List | ast.Set | ast.Tuple):
        return len(value.elts) <= 8 and not any(isinstance(e, ast.Starred) for e in value.elts)
    return (
        isinstance(value, ast.Call)
        and callee_name(value) in {"set", "dict", "list", "deque", "Counter"}
        and not value.args
    )


def _generators_of_written_counts(generators: list[ast.comprehension], scope: Scope) -> bool:
    """Each generator walks a fixed count: `for k in range(1, 10) for p in product("47", repeat=k)`.

    A later generator may take its count from an earlier one's variable (`repeat=k`): over
    written values, that count is written too.
    """
    written: set[str] = set()
    for g in generators:
        if not (
            scope.is_const_expr(g.iter)
            or _over_fixed(g.iter, scope)
            or (
                isinstance(g.iter, ast.Call)
                and callee_name(g.iter) in _COMBINATORICS
                and _fixed_batch(g.iter, scope, written)
            )
        ):
            return False
        written |= names_in(g.target)
    return True


def _over_fixed(node: ast.expr, scope: Scope) -> bool:
    """`fib`, `range(len(fib))`, `s[:3]`: a walk whose count a fixed collection sets."""
    if isinstance(node, ast.Name):
        return node.id in scope.fixed
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice):
        return constant_width(node.slice)  # `s[:3]`: three items, whatever `s` holds
    if isinstance(node, ast.Call) and callee_name(node) in {"len", "enumerate", "reversed"}:
        return len(node.args) == 1 and _over_fixed(node.args[0], scope)
    if isinstance(node, ast.Call) and callee_name(node) == "range":
        return all(scope.is_const_expr(a) or _over_fixed(a, scope) for a in node.args)
    if isinstance(node, ast.BinOp):
        return all(scope.is_const_expr(p) or _over_fixed(p, scope) for p in (node.left, node.right))
    return False


def grows(node: ast.AST, scope: Scope) -> set[str]:
    """Names `node` adds items to.

    `a.append(x)`, `a += b`, `a = a + [x]`, `d[k] = v`, `heappush(h, x)`, `insort(a, x)`.
    """
    if isinstance(node, ast.Call) and callee_name(node) in GROWING_METHODS:
        func = node.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            return {func.value.id}
    if (
        isinstance(node, ast.Call)
        and callee_name(node) in GROWING_FUNCTIONS
        and node.args
        and isinstance(node.args[0], ast.Name)
    ):
        return {node.args[0].id}
    if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
        return {node.target.id}
    if isinstance(node, ast.Assign):
        out: set[str] = set()
        used = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
        for tgt in node.targets:
            if isinstance(tgt, ast.Name) and tgt.id in used:
                out.add(tgt.id)
            elif (
                isinstance(tgt, ast.Subscript)
                and isinstance(tgt.value, ast.Name)
                and _spliced_in(tgt, used)
            ):
                out.add(tgt.value.id)
            elif (
                isinstance(tgt, ast.Subscript)
                and isinstance(tgt.value, ast.Name)
                and scope.known_kind(tgt.value.id) != "seq"
                and not isinstance(tgt.slice, ast.Constant)
                and not _char_key(tgt.slice, scope, tgt.value.id)
            ):
                # A store at a literal key (`d["red"] = v`) adds at most the keys the source
                # spells out, one keyed by a character at most the alphabet; any other key
                # may be new.
                out.add(tgt.value.id)  # a dict may gain a key; a list keeps its size
        return out
    return set()


def _spliced_in(tgt: ast.Subscript, used: set[str]) -> bool:
    """`t[i:i + 1] = [x]`: new items spliced over a slice, which may lie past the list's end.

    Only items from elsewhere: `a[l:r] = a[l:r][::-1]` rearranges the list's own items.
    """
    return isinstance(tgt.slice, ast.Slice) and ast.unparse(tgt.value) not in used


def _char_key(key: ast.expr, scope: Scope, table: str) -> bool:
    """`c` of `for c in s` with `s` a string: one character, so at most an alphabet of keys.

    The name may also walk `table`'s own keys elsewhere (`for c in freq`): those are the
    characters stored before.
    """
    if _a_character_of_a_string(key, scope):
        return True
    if not (isinstance(key, ast.Name) and key.id in scope.loop_vars):
        return False
    sources = scope.assigned.get(key.id, [])
    return bool(sources) and all(
        v is not None
        and (
            (
                isinstance(v, ast.Name)
                and (scope.known_kind(v.id) in {"str", "digits"} or v.id == table)
            )
            or _string_cut(v, scope)
            # `for c in str(n)`: a digit (or a bit of `bin(n)`), ten keys at most.
            or (isinstance(v, ast.Call) and callee_name(v) in {"str", "bin"} and len(v.args) == 1)
            or (isinstance(v, ast.Call) and callee_name(v) == "input" and not v.args)
        )
        for v in sources
    )


def _a_character_of_a_string(node: ast.expr, scope: Scope) -> bool:
    """`s[j]` of a string `s`: one character."""
    return (
        isinstance(node, ast.Subscript)
        and not isinstance(node.slice, ast.Slice)
        and isinstance(node.value, ast.Name)
        and scope.known_kind(node.value.id) == "str"
    )


def _string_cut(node: ast.expr, scope: Scope) -> bool:
    """`s[i:]` of a string `s`: a piece of it, whose items are characters."""
    return (
        isinstance(node, ast.Subscript)
        and isinstance(node.slice, ast.Slice)
        and isinstance(node.value, ast.Name)
        and scope.known_kind(node.value.id) == "str"
    )


def _walk(body: list[ast.stmt]) -> list[ast.AST]:
    return [n for stmt in body for n in ast.walk(stmt)]
