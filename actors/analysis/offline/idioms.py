"""Recognisers for coding idioms whose cost is not what their loops suggest."""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator

from actors.analysis.offline.names import (
    appended_item,
    bound_names,
    callee_name,
    calls,
    helper_body,
    is_name,
    leaves_the_loop,
    names_in,
    parents_of,
    power_of_two,
    range_bound,
    walk_local,
)
from actors.analysis.offline.vocabulary import BUILTIN_NAMES, GROWING_FUNCTIONS

READ_CALLS = frozenset({"input", "readline"})


def is_line_read(node: ast.expr, readers: frozenset[str] = frozenset()) -> bool:
    """`input().split()`, `map(int, readline().split())`, `LI()`: one line of input.

    `readers` names the program's own helpers that read one line (`def LI(): return ...`).
    """
    calls = [callee_name(c) for c in ast.walk(node) if isinstance(c, ast.Call)]
    # `sys.stdin.read()` is the whole input; a helper of the program's named `read` is not.
    whole = "read" in calls and "read" not in readers
    return any(c in READ_CALLS or c in readers for c in calls) and not whole


def _is_stdin(node: ast.AST) -> bool:
    """`sys.stdin`, or `stdin` imported from sys (not an `open(0)` call: `is_stdin` takes those)."""
    return isinstance(node, ast.Name | ast.Attribute) and is_stdin(node)


def reader_helpers(tree: ast.Module) -> frozenset[str]:
    """Helpers that read input without a loop: `def LI(): ...`, `I = lambda: int(input())`."""
    out: set[str] = set()
    for name, body in filter(None, map(helper_body, ast.walk(tree))):
        loops = any(isinstance(n, ast.For | ast.While) for n in ast.walk(body))
        reads = any(
            (isinstance(n, ast.Call) and callee_name(n) in READ_CALLS) or _is_stdin(n)
            for n in ast.walk(body)
        )
        whole = any(
            isinstance(n, ast.Call)
            and isinstance(n.func, ast.Attribute)
            and callee_name(n) in _WHOLE_INPUT
            for n in ast.walk(body)
        )
        if reads and not loops and not (whole and name == "read"):
            out.add(name)
    # `inp = sys.stdin.readline` (or `.buffer.readline`, `input`): another name for a reader.
    out |= {
        t.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Attribute | ast.Name)
        and (
            (isinstance(node.value, ast.Name) and node.value.id in READ_CALLS)
            or (
                isinstance(node.value, ast.Attribute)
                and node.value.attr == "readline"
                and any(_is_stdin(n) for n in ast.walk(node.value))
            )
        )
        for t in node.targets
        if isinstance(t, ast.Name) and t.id not in READ_CALLS
    }
    # `data = sys.stdin.buffer.read().split()`: the input's tokens, read one by one by index.
    out |= {
        t.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and _whole_input_tokens(node.value)
        for t in node.targets
        if isinstance(t, ast.Name)
    }
    # A helper that only wraps another reader reads one line too (`mints` over `minp`,
    # `ip = lambda: int(sp())`).
    changed = True
    while changed:
        changed = False
        for name, body in filter(None, map(helper_body, ast.walk(tree))):
            if (
                name not in out
                and not any(isinstance(n, ast.For | ast.While) for n in ast.walk(body))
                and any(
                    (isinstance(n, ast.Call) and callee_name(n) in out)
                    # `def ni(): global p; p += 1; return int(buf[p - 1])`: the next token
                    or (
                        isinstance(n, ast.Subscript)
                        and isinstance(n.value, ast.Name)
                        and n.value.id in out
                        and not isinstance(n.slice, ast.Slice)
                    )
                    for n in ast.walk(body)
                )
            ):
                out.add(name)
                changed = True
    return frozenset(out)


def _whole_input_tokens(value: ast.expr) -> bool:
    """`sys.stdin.read().split()`, `sys.stdin.buffer.read().split()`, `open(0).read().split()`.

    Or the input's lines: `sys.stdin.readlines()`, `sys.stdin.read().splitlines()`; each
    maybe converted on the way (`list(map(int, open(0).read().split()))`).
    """
    while True:
        if isinstance(value, ast.Call) and callee_name(value) in {"list", "tuple"} and value.args:
            value = value.args[0]
        elif isinstance(value, ast.Call) and callee_name(value) == "map" and len(value.args) == 2:
            value = value.args[1]
        elif isinstance(value, ast.ListComp) and len(value.generators) == 1:
            value = value.generators[0].iter
        else:
            break
    if (
        isinstance(value, ast.Call)
        and callee_name(value) == "readlines"
        and isinstance(value.func, ast.Attribute)
        and is_stdin(value.func.value)
    ):
        return True
    if not (
        isinstance(value, ast.Call)
        and callee_name(value) in {"split", "splitlines"}
        and not value.args
    ):
        return False
    return reads_whole_input(value.func.value if isinstance(value.func, ast.Attribute) else None)


def reads_whole_input(node: ast.expr | None) -> bool:
    """`sys.stdin.read()`, `sys.stdin.buffer.read()`, `open(0).read()`: the whole input."""
    return (
        isinstance(node, ast.Call)
        and callee_name(node) == "read"
        and isinstance(node.func, ast.Attribute)
        and is_stdin(node.func.value)
    )


def grows_from_itself(
    body: list[ast.stmt], is_collection: Callable[[str], bool] = lambda _: False
) -> bool:
    """`res += [s + [x] for s in res]`: each pass copies the whole collection, doubling it.

    Also `res = res + [...for s in res]`, `s = s | {y + x for y in s}`, `res = [s + c for s
    in res for c in "01"]` (a second generator multiplies it), two copies of it joined
    (`res = [s + "0" for s in res] + [s + "1" for s in res]`) and a list rebuilt with two
    items per old one (`new = []`, `for s in res: new.append(s + "0"); new.append(s + "1")`,
    `res = new`). A comprehension over the collection alone (`a = [x * 2 for x in a]`) keeps
    its size: that is one pass over it, not growth. A string or list joined to itself
    (`s = s + s`, `s = s + [i] + s`) doubles too; `is_collection` tells those from numbers.
    """
    for stmt in _under_ifs(body):
        if (
            isinstance(stmt, ast.Assign)
            and len(stmt.targets) == 1
            and isinstance(stmt.targets[0], ast.Name)
            and is_collection(stmt.targets[0].id)
            and _joined_to_itself(stmt.value, stmt.targets[0].id)
            and not cut_back_in_the_pass(body, stmt.targets[0].id)
        ):
            return True
        target: str | None = None
        value: ast.expr | None = None
        grows = False
        if isinstance(stmt, ast.AugAssign) and isinstance(stmt.target, ast.Name):
            target, value, grows = stmt.target.id, stmt.value, True
        elif isinstance(stmt, ast.Assign) and isinstance(stmt.targets[0], ast.Name):
            target, value = stmt.targets[0].id, stmt.value
            if a_written_cut_of(value, target):
                continue  # `s = sorted(s + [v + x for v in s])[:10]`: ten items at most
            joined = _unwrapped(value)  # `s = sorted(s + [...])`: the join, reordered
            grows = isinstance(joined, ast.BinOp) and any(
                isinstance(side, ast.Name) and side.id == target
                for side in (joined.left, joined.right)
            )
        elif (
            isinstance(stmt, ast.Expr)
            and isinstance(stmt.value, ast.Call)
            and callee_name(stmt.value) == "extend"
            and isinstance(stmt.value.func, ast.Attribute)
            and isinstance(stmt.value.func.value, ast.Name)
            and stmt.value.args
        ):
            target, value, grows = stmt.value.func.value.id, stmt.value.args[0], True
        if target is None or value is None:
            continue
        # `new = [s + [x] for s in subs]` then `subs = subs + new`: the copy made beforehand.
        made = [
            stmt.value
            for stmt in body
            if isinstance(stmt, ast.Assign)
            and len(stmt.targets) == 1
            and isinstance(stmt.targets[0], ast.Name)
            and stmt.targets[0].id != target
            and stmt.targets[0].id in names_in(value)
            and isinstance(stmt.value, ast.ListComp | ast.GeneratorExp | ast.SetComp)
        ]
        copies = [
            sub
            for part in [value, *made]
            for sub in ast.walk(part)
            if isinstance(sub, ast.ListComp | ast.GeneratorExp | ast.SetComp)
            and any(_whole_of(g.iter, target) for g in sub.generators)
        ]
        if copies and _kept_within_a_range(body, target, value):
            continue  # `s |= {(y + x) % m for y in s}`: a set of at most m values, not 2^n
        if copies and cut_back_in_the_pass(body, target):
            continue  # `best = best + [...]`, then `best = best[:5]`: five items kept
        if any(grows or len(sub.generators) > 1 for sub in copies):
            return True
        whole = [c for c in copies if not any(g.ifs for g in c.generators)]
        if (
            len(whole) >= 2
            and isinstance(value, ast.BinOp)
            and isinstance(value.op, ast.Add | ast.BitOr)
        ):
            # `res = [s + "0" for s in res] + [s + "1" for s in res]`; a partition
            # (`[x for x in a if x % 2] + [x for x in a if x % 2 == 0]`) keeps the size.
            return True
    return _rebuilt_twice_over(body)


def _kept_within_a_range(body: list[ast.stmt], target: str, value: ast.expr) -> bool:
    """A set whose new values stay below a modulus or inside a compared bound.

    `s |= {(y + x) % m for y in s}`, `s |= {y + x for y in s if y + x <= t}`, or a later
    `s = {v for v in s if abs(v) <= 100}` in the same pass: a set holds each value once, so
    it never outgrows the range, however many passes add to it.
    """

    def bounded(comp: ast.SetComp) -> bool:
        elt = comp.elt
        if isinstance(elt, ast.BinOp) and isinstance(elt.op, ast.Mod):
            return True
        return any(
            isinstance(cond, ast.Compare)
            and all(isinstance(op, ast.Lt | ast.LtE | ast.Gt | ast.GtE) for op in cond.ops)
            for g in comp.generators
            for cond in g.ifs
        )

    sets = [s for s in ast.walk(value) if isinstance(s, ast.SetComp)]
    if sets and all(bounded(s) for s in sets):
        return True
    return any(
        isinstance(stmt, ast.Assign)
        and is_name(stmt.targets[0], target)
        and isinstance(stmt.value, ast.SetComp)
        and any(is_name(g.iter, target) for g in stmt.value.generators)
        and bounded(stmt.value)
        for stmt in body
    )


def _unwrapped(value: ast.expr) -> ast.expr:
    """`x` of `sorted(x)`, `set(list(x))`: the same items in another order or container."""
    while (
        isinstance(value, ast.Call)
        and callee_name(value) in {"sorted", "set", "list", "tuple", "frozenset"}
        and len(value.args) == 1
    ):
        value = value.args[0]
    return value


def _written_int(node: ast.expr | None) -> int | None:
    """`30`, `-3`: the integer the source writes, else None."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        inner = _written_int(node.operand)
        return None if inner is None else -inner
    return node.value if isinstance(node, ast.Constant) and type(node.value) is int else None


def _keeps_a_written_count(cut: ast.Slice) -> bool:
    """`[:30]` or `[-5:]`: a written number of items, whatever the length.

    `[:-3]` and `[3:]` drop a written number instead: all but a few items stay.
    """
    if cut.step is not None or (cut.lower is None) == (cut.upper is None):
        return False
    if cut.upper is not None:
        end = _written_int(cut.upper)
        return end is not None and end >= 0
    start = _written_int(cut.lower)
    return start is not None and start < 0


def a_written_cut_of(value: ast.expr, name: str) -> bool:
    """`sorted(s)[:30]`, `set(list(s)[:64])`, `nlargest(4, s + [...])`: a few of `s`'s items."""
    value = _unwrapped(value)
    if isinstance(value, ast.Call) and callee_name(value) in {"nlargest", "nsmallest"}:
        return (
            len(value.args) == 2
            and _written_int(value.args[0]) is not None
            and (name in names_in(value.args[1]))
        )
    if not (isinstance(value, ast.Subscript) and isinstance(value.slice, ast.Slice)):
        return False
    return _keeps_a_written_count(value.slice) and name in names_in(value.value)


def cut_back_in_the_pass(body: list[ast.stmt], name: str) -> bool:
    """A statement of the pass cuts `name` back to a written number of items.

    `s = s[:5]`, `s = set(sorted(s)[:30])`, `del s[8:]`, also under an `if len(s) > 64:`:
    however the pass grew it, it leaves with a few items.
    """
    for stmt in _under_ifs(body):
        if isinstance(stmt, ast.Assign) and is_name(stmt.targets[0], name):
            if a_written_cut_of(stmt.value, name):
                return True
        elif deletes_past_a_written_count(stmt, name):
            return True
    return False


def deletes_past_a_written_count(stmt: ast.stmt, name: str) -> bool:
    """`del s[8:]`: whatever `s` held, a written number of items stay."""
    if not (isinstance(stmt, ast.Delete) and len(stmt.targets) == 1):
        return False
    cut = stmt.targets[0]
    return (
        isinstance(cut, ast.Subscript)
        and is_name(cut.value, name)
        and isinstance(cut.slice, ast.Slice)
        and cut.slice.upper is None
        and (start := _written_int(cut.slice.lower)) is not None
        and start >= 0
    )


def _under_ifs(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """The statements of `body`, and of the branches of its ifs (not of nested loops)."""
    for stmt in body:
        yield stmt
        if isinstance(stmt, ast.If):
            yield from _under_ifs(stmt.body)
            yield from _under_ifs(stmt.orelse)


def _joined_to_itself(value: ast.expr, name: str) -> bool:
    """`s + s`, `s + [i] + s`: a concatenation that holds `name` twice."""
    if not (isinstance(value, ast.BinOp) and isinstance(value.op, ast.Add)):
        return False
    parts: list[ast.expr] = []
    todo: list[ast.expr] = [value]
    while todo:
        part = todo.pop()
        if isinstance(part, ast.BinOp) and isinstance(part.op, ast.Add):
            todo += [part.left, part.right]
        else:
            parts.append(part)
    return sum(_whole_of(p, name) for p in parts) >= 2


def _whole_of(node: ast.expr, name: str) -> bool:
    """`s`, `s[::-1]`, `s[:]`, `reversed(s)`, `list(s)`, `[x for x in reversed(g)]`: all of it."""
    if isinstance(node, ast.Name):
        return node.id == name
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice):
        cut = node.slice
        return cut.lower is None and cut.upper is None and _whole_of(node.value, name)
    if isinstance(node, ast.Call) and len(node.args) == 1 and not node.keywords:
        return callee_name(node) in {"reversed", "list", "tuple", "sorted"} and _whole_of(
            node.args[0], name
        )
    if isinstance(node, ast.ListComp) and len(node.generators) == 1:
        gen = node.generators[0]
        return not gen.ifs and _whole_of(gen.iter, name)
    return False


def _rebuilt_twice_over(body: list[ast.stmt]) -> bool:
    """`for s in res: new.append(s + "0"); new.append(s + "1")` then `res = new`.

    Also a table rebuilt with two keys per old key (`nd[2 * k] = ...; nd[2 * k + 1] = ...`,
    then `dp = nd`), one new item per old one added back (`sums.extend(new)`), and a list
    that appends to itself once per item it held (`for j in range(len(sub)): sub.append(..)`).
    """
    rebinds = {
        (stmt.targets[0].id, stmt.value.id)
        for stmt in body
        if isinstance(stmt, ast.Assign)
        and len(stmt.targets) == 1
        and isinstance(stmt.targets[0], ast.Name)
        and isinstance(stmt.value, ast.Name)
    }
    extends = {
        (stmt.value.func.value.id, stmt.value.args[0].id)
        for stmt in body
        if isinstance(stmt, ast.Expr)
        and isinstance(stmt.value, ast.Call)
        and callee_name(stmt.value) == "extend"
        and isinstance(stmt.value.func, ast.Attribute)
        and isinstance(stmt.value.func.value, ast.Name)
        and len(stmt.value.args) == 1
        and isinstance(stmt.value.args[0], ast.Name)
    } | {
        (stmt.target.id, stmt.value.id)
        for stmt in body
        if isinstance(stmt, ast.AugAssign)
        and isinstance(stmt.op, ast.Add)
        and isinstance(stmt.target, ast.Name)
        and isinstance(stmt.value, ast.Name)
    }
    lengths = {
        stmt.targets[0].id: _length_of(stmt.value)
        for stmt in body
        if isinstance(stmt, ast.Assign)
        and len(stmt.targets) == 1
        and isinstance(stmt.targets[0], ast.Name)
        and _length_of(stmt.value) is not None
    }
    for stmt in body:
        if not isinstance(stmt, ast.For):
            continue
        old = _iterated(stmt.iter, lengths)
        if old is None:
            continue
        pushes: dict[str, int] = {}
        appended: set[str] = set()
        keyed: dict[str, list[tuple[ast.expr, int]]] = {}
        for node in ast.walk(stmt):
            new = None
            if (item := appended_item(node)) is not None:
                new = item[0]
                appended.add(new)
            elif (store := _keyed_store(node)) is not None:
                keyed.setdefault(store[0], []).append((store[1], _fan(stmt, node)))
            if new is not None:
                pushes[new] = pushes.get(new, 0) + _fan(stmt, node)
        for new, keys in keyed.items():
            pushes[new] = pushes.get(new, 0) + _new_keys(keys, stmt)
        if any(
            (count >= 2 and (old, new) in rebinds)
            or (count >= 1 and (old, new) in extends)
            # Appending to the list it counts over (`a[i] = ...` only updates it); a loop
            # straight over a list it appends to is a queue (`for v in q: q.append(u)`).
            or (new == old and new in appended and not isinstance(stmt.iter, ast.Name))
            for new, count in pushes.items()
        ):
            return True
    return False


def _keyed_store(node: ast.AST) -> tuple[str, ast.expr] | None:
    """(`nd`, `key`) of `nd[key] = ...` or `nd.add(key)`: a store into a table or set."""
    if (
        isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Subscript)
        and isinstance(node.targets[0].value, ast.Name)
    ):
        return node.targets[0].value.id, node.targets[0].slice
    if (
        isinstance(node, ast.Call)
        and callee_name(node) == "add"
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and len(node.args) == 1
    ):
        return node.func.value.id, node.args[0]
    return None


def _new_keys(keys: list[tuple[ast.expr, int]], loop: ast.For) -> int:
    """How many distinct new keys the stores (`key`, times per pass) make per old entry.

    `nd[2 * k]`, `nd[m | 1 << i]`: a spread key collides with no other. Beside one, a key
    moved from the old one (`nd[s + x]` with `nd[s * 31 + 7]`) is new too; keys only moved
    (`b + 1` and `b - 1` of a balance, `s` and `s + x` of subset sums) meet again, and the
    table stays as wide as their range.
    """
    spread = [fan for key, fan in keys if _spreads_keys(key, loop)]
    if not spread:
        return 0
    own = names_in(loop.target)
    moved = [
        fan
        for key, fan in keys
        if not _spreads_keys(key, loop) and not isinstance(key, ast.Name) and own & names_in(key)
    ]
    return sum(spread) + sum(moved)


def _spreads_keys(key: ast.expr, loop: ast.For, depth: int = 3) -> bool:
    """A key made by multiplying, shifting or setting bits of another: it does not collide.

    A name stands for what the loop assigns it (`k1 = key * 2`, then `nd[k1] = ...`).
    """
    if isinstance(key, ast.Name):
        if not depth:
            return False
        values = [
            n.value
            for n in ast.walk(loop)
            if isinstance(n, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == key.id for t in n.targets)
        ]
        return bool(values) and all(_spreads_keys(v, loop, depth - 1) for v in values)
    return any(
        isinstance(sub, ast.BinOp)
        and isinstance(sub.op, ast.Mult | ast.LShift | ast.BitOr | ast.BitXor)
        for sub in ast.walk(key)
    )


def _length_of(node: ast.expr) -> str | None:
    """`xs` of `len(xs)`."""
    if (
        isinstance(node, ast.Call)
        and callee_name(node) == "len"
        and len(node.args) == 1
        and isinstance(node.args[0], ast.Name)
    ):
        return node.args[0].id
    return None


def _iterated(head: ast.expr, lengths: dict[str, str | None]) -> str | None:
    """The collection a loop goes over once per item: `xs`, `d.items()`, `range(len(xs))`."""
    if isinstance(head, ast.Name):
        return head.id
    if (
        isinstance(head, ast.Call)
        and isinstance(head.func, ast.Attribute)
        and head.func.attr in {"items", "keys", "values"}
        and isinstance(head.func.value, ast.Name)
    ):
        return head.func.value.id
    if isinstance(head, ast.Call) and callee_name(head) == "range" and len(head.args) == 1:
        arg = head.args[0]
        if isinstance(arg, ast.Name):
            return lengths.get(arg.id)
        return _length_of(arg)
    return None


def _fan(loop: ast.For, call: ast.AST) -> int:
    """How many times `call` runs per pass of `loop`: 2 inside `for c in "01":`, else 1."""
    for node in ast.walk(loop):
        if (
            node is not loop
            and isinstance(node, ast.For)
            and any(sub is call for sub in ast.walk(node))
        ):
            it = node.iter
            if isinstance(it, ast.Tuple | ast.List):
                return len(it.elts)
            if isinstance(it, ast.Constant) and isinstance(it.value, str):
                return len(it.value)
            return 1
    return 1


def _reads_input(node: ast.AST, readers: frozenset[str] = frozenset()) -> bool:
    """A call that reads a line, or a token taken from the whole input (`data[ptr]`)."""
    return calls(node, READ_CALLS | readers) or any(
        isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name) and n.value.id in readers
        for n in ast.walk(node)
    )


def count_reads(tree: ast.Module, readers: frozenset[str] = frozenset()) -> frozenset[str]:
    """Names read alone from a line of their own (`q = int(input())`, `t, = LI()`).

    A count given on its own line announces that many records or queries to follow.
    """
    out: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Assign) or len(node.targets) != 1:
            continue
        tgt = node.targets[0]
        if isinstance(tgt, ast.Tuple | ast.List) and len(tgt.elts) == 1:
            tgt = tgt.elts[0]
        if not isinstance(tgt, ast.Name) or not _reads_input(node.value, readers):
            continue
        if _has_split(node.value) and not isinstance(node.targets[0], ast.Tuple | ast.List):
            continue
        out.add(tgt.id)
    return frozenset(out)


def _reads_record(stmt: ast.stmt, readers: frozenset[str]) -> bool:
    """`l, r = map(int, input().split())`: a query's few parameters read from one line."""
    return (
        isinstance(stmt, ast.Assign)
        and isinstance(stmt.targets[0], ast.Tuple | ast.List)
        and 2 <= len(stmt.targets[0].elts) <= 6
        and _reads_input(stmt.value, readers)
    )


def _answers(body: list[ast.stmt]) -> bool:
    """The pass answers something (`print`, `ans.append`): a query is answered on its own."""
    return any(
        isinstance(n, ast.Call) and callee_name(n) in _ANSWERS
        for stmt in body
        for n in ast.walk(stmt)
    )


def _answers_only_on_leaving(body: list[ast.stmt]) -> bool:
    """Every answer is printed on the way out (`if a != b: print(...); exit()`).

    A search for one record that settles the whole problem, not queries answered each.
    """
    leaving: set[int] = set()
    for node in (n for stmt in body for n in ast.walk(stmt)):
        if isinstance(node, ast.If):
            for branch in (node.body, node.orelse):
                if branch and leaves_the_loop(branch[-1]):
                    leaving |= {id(n) for s in branch for n in ast.walk(s)}
    answers = [
        n
        for stmt in body
        for n in ast.walk(stmt)
        if isinstance(n, ast.Call) and callee_name(n) in {"print", "write"}
    ]
    return bool(answers) and all(id(n) in leaving for n in answers)


def _reads_a_number(stmt: ast.stmt, body: list[ast.stmt], readers: frozenset[str]) -> bool:
    """`n = int(input())`, then `print(...)` in the same pass: a query that is one number.

    Nothing is handed on to the next pass (`s += x`, `if x > b: b = x`, `cnt[x] = 1`): a
    pass that builds on the last is one problem's records, each printed as it goes.
    """
    nodes = [n for other in body for n in ast.walk(other)]
    if _carried(body) or any(
        isinstance(n, ast.AugAssign)
        or (isinstance(n, ast.Subscript) and isinstance(n.ctx, ast.Store))
        for n in nodes
    ):
        return False
    return (
        _answers(body)
        and isinstance(stmt, ast.Assign)
        and isinstance(stmt.targets[0], ast.Name)
        and isinstance(stmt.value, ast.Call)
        and callee_name(stmt.value) == "int"
        and _reads_input(stmt.value, readers)
    )


def is_query_loop(
    head: ast.expr, body: list[ast.stmt], counts: frozenset[str], readers: frozenset[str]
) -> bool:
    """`q = int(input())` then `for _ in range(q): l, r = ...`: independent queries.

    Their count is a second input dimension beside the problem's size, as test cases are:
    each answered on its own, the cost of one is the program's.
    """
    bound = range_bound(head)
    if bound is None:
        return False
    alone = (isinstance(bound, ast.Name) and bound.id in counts) or _reads_input(bound, readers)
    return (
        alone
        and _answers(body)
        and not _answers_only_on_leaving(body)
        and any(
            _reads_record(stmt, readers) or _reads_a_number(stmt, body, readers) for stmt in body
        )
        and not _files_records(body)
        and not folds_records(body)
        and not _keeps_a_collection(body)
    )


def reads_records_only(body: list[ast.stmt], readers: frozenset[str]) -> bool:
    """Every read in the pass unpacks a record (`p, q = map(int, input().split())`).

    A test case reads its own size or data line; a pass that only takes the fields of one
    record, kept or folded, is one item of a single problem.
    """
    reads = [
        node
        for stmt in body
        for node in ast.walk(stmt)
        if isinstance(node, ast.Assign) and _reads_input(node.value, readers)
    ]
    return bool(reads) and all(
        len(node.targets) == 1 and isinstance(node.targets[0], ast.Tuple) for node in reads
    )


def folds_records(body: list[ast.stmt]) -> bool:
    """The loop folds what it reads into a running total and answers nothing on its own.

    `for _ in range(n): a, b = ...; total += b` then `print(total)` after the loop: the
    records are one problem's data (summed, counted, compared), not queries each answered.
    """
    if _answers(body):
        return False
    nodes = [n for stmt in body for n in ast.walk(stmt)]
    local = bound_names(nodes)
    return (
        any(
            isinstance(n, ast.AugAssign)
            and (
                (isinstance(n.target, ast.Name) and n.target.id not in local)
                # `tot[j] += r[j]`: added into a table kept from before the loop
                or (
                    isinstance(n.target, ast.Subscript)
                    and isinstance(n.target.value, ast.Name)
                    and n.target.value.id not in local
                )
            )
            for n in nodes
        )
        or any(_refolds(n) for n in nodes)
        or bool(_carried(body))
    )


def _carried(body: list[ast.stmt]) -> set[str]:
    """Names a pass reads before it sets them: state handed from one pass to the next.

    `dp = nd` at the end of a pass whose start reads `dp[k]`: each pass builds on the last,
    as the records of one problem do and independent test cases do not.
    """
    first: dict[str, bool] = {}  # name -> whether its first use in a pass reads it
    for stmt in body:
        names = sorted(
            (n for n in ast.walk(stmt) if isinstance(n, ast.Name)),
            key=lambda n: (n.lineno, n.col_offset),
        )
        if isinstance(stmt, ast.Assign):
            # The value is read before the targets are set (`dp = nd`, `x = x + 1`).
            names.sort(key=lambda n: isinstance(n.ctx, ast.Store))
        for n in names:
            first.setdefault(n.id, isinstance(n.ctx, ast.Load))
    stored = {
        n.id
        for stmt in body
        for n in ast.walk(stmt)
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)
    }
    # A table kept from before the loop that a pass fills from its own cells (`dp[j] =
    # min(dp[j], dp[j - 1]) + row[j]`, a rolling row): each pass builds on the last too.
    cells = {
        t.value.id
        for stmt in body
        for n in ast.walk(stmt)
        if isinstance(n, ast.Assign)
        for t in n.targets
        if isinstance(t, ast.Subscript)
        and isinstance(t.value, ast.Name)
        and any(
            isinstance(r, ast.Subscript)
            and isinstance(r.value, ast.Name)
            and r.value.id == t.value.id
            for r in ast.walk(n.value)
        )
    }
    return ({name for name, read in first.items() if read} & stored) | (cells - stored)


def _refolds(node: ast.AST) -> bool:
    """`cur = cur - int(a) + int(b)`: a running value rebuilt from itself and a record."""
    return (
        isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and isinstance(node.value, ast.BinOp)
        and any(
            isinstance(x, ast.Name) and x.id == node.targets[0].id for x in ast.walk(node.value)
        )
    )


#: Calls that answer a query where it is read: printed, written, or kept for printing.
_ANSWERS = frozenset({"print", "write", "append", "stdout"})


def _files_records(body: list[ast.stmt]) -> bool:
    """The loop stores what it reads under a key (`d[x] = y`, `cnt[x] += 1`, `g[u].append(v)`).

    Records filed away like that are the data of one problem (a list of pairs, the edges of
    a graph), not queries each answered on its own.
    """
    for node in (n for stmt in body for n in ast.walk(stmt)):
        if isinstance(node, ast.Assign | ast.AugAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Subscript) for t in targets):
                return True
        if (
            isinstance(node, ast.Call)
            and callee_name(node) in {"add", "append"}
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Subscript)
        ):
            return True
    return False


def repeats_a_problem(loop: ast.AST, readers: frozenset[str] = frozenset()) -> bool:
    """A `for` or `while` loop that is a test-case loop (`is_test_case_loop` of its head)."""
    if isinstance(loop, ast.For):
        return is_test_case_loop(loop.iter, loop.body, readers)
    return isinstance(loop, ast.While) and is_test_case_loop(loop.test, loop.body, readers)


def is_test_case_loop(
    head: ast.expr, body: list[ast.stmt], readers: frozenset[str] = frozenset()
) -> bool:
    """The competitive-programming idiom: repeat a whole problem T times, T read from input.

    The loop's bound is a bare name (or `int(input())`), and its body reads a fresh problem
    size: an integer that later bounds a loop or a range, or a whole line of numbers. A loop
    that only reads one value per pass (`a.append(int(input()))`) is not one.
    """
    bound = range_bound(head)
    if isinstance(head, ast.Name):
        bound = head
    elif isinstance(head, ast.Compare) and isinstance(head.left, ast.Name):
        bound = head.left
    if bound is None or not (isinstance(bound, ast.Name) or _reads_input(bound, readers)):
        return False
    named_tests = isinstance(bound, ast.Name) and bound.id in TEST_COUNT_NAMES
    if (named_tests or _reads_input(bound, readers)) and (
        _only_calls(body) or any(_reads_input(stmt, readers) for stmt in body)
    ):
        # `for _ in range(int(input())): solve()`, or a `t` loop reading each case's data.
        return True
    if solves_what_it_reads(body, readers):
        return True  # `out.append(solve(int(input())))`: each pass a problem of its own
    if (
        isinstance(bound, ast.Name)
        and bound.id in _QUERY_COUNT_NAMES
        and _answers(body)
        and any(_reads_input(stmt, readers) for stmt in body)
        and _self_contained(body)
    ):
        return True  # `for _ in range(q): c = Counter(input()); print(...)`: nothing shared
    if _keeps_a_collection(body):
        return False  # n commands on one queue: each pass works on what the others left
    if _carried(body) & {
        t.id
        for stmt in body
        for n in ast.walk(stmt)
        if isinstance(n, ast.Assign)
        for t in n.targets
        if isinstance(t, ast.Name)
    }:
        # `dp = nd` after a pass read `dp`: each pass builds on the last (a read position
        # moved on, `ptr += m`, is not such state).
        return False
    if isinstance(bound, ast.Name) and any(
        isinstance(n, ast.Name) and n.id == bound.id for stmt in body for n in ast.walk(stmt)
    ):
        # `for i in range(n): row = input().split(); [... for j in range(n)]`: the count is
        # also the size of each pass (a matrix's rows), not a number of separate cases.
        return False
    sizes: set[str] = set()
    line_read = False
    for stmt in body:
        if not isinstance(stmt, ast.Assign) or not _reads_input(stmt.value, readers):
            continue
        calls = {callee_name(c) for c in ast.walk(stmt.value) if isinstance(c, ast.Call)}
        targets = {t.id for tgt in stmt.targets for t in ast.walk(tgt) if isinstance(t, ast.Name)}
        unpacked = isinstance(stmt.targets[0], ast.Tuple | ast.List)
        if "split" in calls and calls & {"list", "sorted", "set", "tuple"} and not unpacked:
            line_read = True  # `a = sorted(map(int, ...))`; `w, h = sorted(...)` is a record
        elif "split" not in calls or isinstance(stmt.targets[0], ast.Tuple):
            sizes |= targets
        elif "split" in calls and isinstance(stmt.targets[0], ast.Name):
            line_read = True  # s = input().split() / a string of size n
        if "strip" in calls and isinstance(stmt.targets[0], ast.Name) and "int" not in calls:
            line_read = True  # s = input().strip(): a string problem
        elif sizes - targets and calls <= READ_CALLS | readers and not unpacked:
            line_read = True  # `n = int(input())`, then `s = input()`: a problem's own data
    if line_read:
        # `v = input().split()` then `sx += int(v[0])`, nothing answered per pass: the
        # records of one problem folded into a total, not test cases.
        return not folds_records(body)
    local = bound_names(n for stmt in body for n in ast.walk(stmt))
    for node in (n for stmt in body for n in ast.walk(stmt)):
        if isinstance(node, ast.For | ast.While | ast.comprehension):
            head_names = {
                n.id
                for n in ast.walk(node.iter if not isinstance(node, ast.While) else node.test)
                if isinstance(n, ast.Name)
            }
            if head_names & sizes and not _scans_outer_data(node, local):
                return True
    return False


#: Names of a count of independent questions, each answered alone (test cases or queries).
_QUERY_COUNT_NAMES = frozenset({"q", "Q", "queries"})


def _self_contained(body: list[ast.stmt]) -> bool:
    """The pass uses no value from before it: every name it reads it binds itself first.

    Names only called (`print`, `Counter`, a helper), builtins passed as functions
    (`map(int, ...)`) and module names (`sys.stdin`) are not data. A query that reads shared
    data (`a[l:r]`) is not self-contained.
    """
    local = bound_names(n for stmt in body for n in ast.walk(stmt)) - _carried(body)
    called = {
        id(n.func)
        for stmt in body
        for n in ast.walk(stmt)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
    }
    bases = {
        id(n.value)
        for stmt in body
        for n in ast.walk(stmt)
        if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)
    }
    return all(
        n.id in local
        or id(n) in called
        or n.id in BUILTIN_NAMES
        or (id(n) in bases and n.id in {"sys", "math"})
        for stmt in body
        for n in ast.walk(stmt)
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
    )


def _counts_itself_down(stmt: ast.stmt, bound: str) -> bool:
    """`q -= 1` in `while q:`: the loop's own count stepping down, not a use of its value."""
    return (
        isinstance(stmt, ast.AugAssign)
        and isinstance(stmt.op, ast.Sub)
        and isinstance(stmt.target, ast.Name)
        and stmt.target.id == bound
        and isinstance(stmt.value, ast.Constant)
        and stmt.value.value == 1
    )


def counted_down(loop: ast.While) -> tuple[ast.expr, list[ast.stmt]] | None:
    """`while q: ...; q -= 1` as the `range(q)` head and body of the `for` loop it is.

    Only when `q` is tested alone (`q`, `q > 0`, `q != 0`, `q >= 1`), stepped down by one in
    the loop's own body and not otherwise used there.
    """
    test = loop.test
    if isinstance(test, ast.Compare) and len(test.ops) == 1:
        limit = test.comparators[0]
        stops = {ast.Gt: 0, ast.NotEq: 0, ast.GtE: 1}
        if not (isinstance(limit, ast.Constant) and stops.get(type(test.ops[0])) == limit.value):
            return None
        test = test.left
    if not isinstance(test, ast.Name) or loop.orelse:
        return None
    body = [stmt for stmt in loop.body if not _counts_itself_down(stmt, test.id)]
    if len(body) != len(loop.body) - 1 or any(test.id in names_in(stmt) for stmt in body):
        return None
    head = ast.Call(func=ast.Name(id="range", ctx=ast.Load()), args=[test], keywords=[])
    return ast.copy_location(head, loop.test), body


def _scans_outer_data(loop: ast.AST, local: set[str]) -> bool:
    """`for i in range(l - 1, r): s += a[i]`: a range read per pass indexing data read before.

    Or a while loop stepping pointers read per pass over such data.

    That is a query into one problem's array (`n, q`, then `l, r` per query), not a test
    case, which reads its own data.
    """
    if (
        isinstance(loop, ast.For)
        and isinstance(loop.iter, ast.Subscript)
        and isinstance(loop.iter.slice, ast.Slice)
        and (loop.iter.slice.lower is None) != (loop.iter.slice.upper is None)
        and isinstance(loop.iter.value, ast.Name)
        and loop.iter.value.id not in local
    ):
        return True  # `for v in a[k:]`: the data read before, from a point read now to its end
    if isinstance(loop, ast.While):
        # `while l < r and s[l] == s[r]: l += 1; r -= 1`: pointers read per pass walk `s`;
        # `while par[a]: a = par[a]`: a climb through a table read before.
        indices = {
            n.target.id
            for n in ast.walk(loop)
            if isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Name)
        } | {
            t.id
            for n in ast.walk(loop)
            if isinstance(n, ast.Assign)
            and isinstance(n.value, ast.Subscript)
            and isinstance(n.value.value, ast.Name)
            and n.value.value.id not in local
            for t in n.targets
            if isinstance(t, ast.Name)
        }
        parts: list[ast.AST] = [loop.test, *loop.body]
    elif isinstance(loop, ast.For) and isinstance(loop.target, ast.Name):
        indices, parts = {loop.target.id}, list(loop.body)
    else:
        return False
    return any(
        isinstance(n, ast.Subscript)
        and isinstance(n.value, ast.Name)
        and n.value.id not in local
        and isinstance(n.slice, ast.Name)
        and n.slice.id in indices
        for part in parts
        for n in ast.walk(part)
    )


def _keeps_a_collection(body: list[ast.stmt]) -> bool:
    """The passes share a collection: one adds to it and it is also read in the loop.

    `q.append(x)` beside `q.popleft()` or `len(q)`: the operations of one problem on one
    structure, not independent cases. A list that answers are only appended to (`ans.append`,
    printed after the loop) is not read in the loop.
    """
    nodes = [n for stmt in body for n in ast.walk(stmt)]
    local = bound_names(nodes)
    receivers = [
        n.func.value
        for n in nodes
        if isinstance(n, ast.Call)
        and callee_name(n) in {"append", "appendleft", "add", "extend", "insert"}
        and isinstance(n.func, ast.Attribute)
    ]
    receivers += [
        n.args[0]
        for n in nodes
        if isinstance(n, ast.Call) and callee_name(n) in GROWING_FUNCTIONS and n.args
    ]
    # `cnt[s] += 1` or `seen[s] = i`, kept from pass to pass and read again (`if cnt[s]`).
    stores = [
        t.value
        for n in nodes
        if isinstance(n, ast.Assign | ast.AugAssign)
        for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
        if isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name)
    ]
    receivers += stores
    grown = {r.id for r in receivers if isinstance(r, ast.Name) and r.id not in local}
    growing = {id(r) for r in receivers}
    return any(isinstance(n, ast.Name) and n.id in grown and id(n) not in growing for n in nodes)


TEST_COUNT_NAMES = frozenset({"t", "T", "tc", "tests", "test", "cases", "_t", "testcases"})


_PLUMBING = frozenset(
    {"print", "str", "int", "float", "list", "map", "tuple", "append", "write", "join"}
    | {"split", "strip", "rstrip", "len", "sum", "max", "min", "sorted", "set", "abs"}
)


def _plumbing(call: ast.Call, readers: frozenset[str]) -> bool:
    """Reading, converting, printing: `int(...)`, `input()`, `print(...)`, `LI()`."""
    return callee_name(call) in _PLUMBING | READ_CALLS | readers


def calls_a_solver(node: ast.AST, readers: frozenset[str], tree: ast.AST | None) -> bool:
    """`solve()`, `f(int(input()))`: a call of something other than reading and printing.

    A helper of the program's own that does more than return what it reads (`def solve():
    n = I(); a = ...; return max(a) - min(a)`) is a solver, though it reads its input too.
    """
    solvers = {
        f.name
        for f in (ast.walk(tree) if tree is not None else ())
        if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef) and len(f.body) > 1
    }
    return any(
        isinstance(c, ast.Call) and (callee_name(c) in solvers or not _plumbing(c, readers))
        for c in ast.walk(node)
    )


def solves_what_it_reads(body: list[ast.stmt], readers: frozenset[str]) -> bool:
    """A short body handing what it reads straight to a function of the program's own.

    `out.append(str(solve(int(input()))))`, `print(f(*map(int, input().split())))`: the
    number read is the size of the problem the function solves, a new one each pass.
    """
    if not body or len(body) > 2 or not all(isinstance(s, ast.Expr) for s in body):
        return False
    return any(
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)  # a function, not a method (`avg.add(x)`)
        and not _plumbing(node, readers)
        and any(_reads_input(a, readers) for a in node.args)
        for stmt in body
        for node in ast.walk(stmt)
    )


def _only_calls(body: list[ast.stmt]) -> bool:
    """A body that only calls something (`solve()`, `print(solve())`), at most two statements."""
    if not body or len(body) > 2:
        return False
    return all(isinstance(s, ast.Expr) and isinstance(s.value, ast.Call) for s in body)


_WHOLE_INPUT = frozenset({"read", "readlines"})


def _picked_by_place(tree: ast.Module, name: str) -> bool:
    """`s[0]`, `s[2]`: the list's fields are taken by written positions."""
    return any(
        isinstance(n, ast.Subscript)
        and is_name(n.value, name)
        and isinstance(n.slice, ast.Constant)
        for n in ast.walk(tree)
    )


def _a_case_line(tree: ast.Module, sites: list[ast.Call]) -> ast.Call | None:
    """The one line each test case reads, when the program reads only a count and that line.

    `for _ in range(int(input())): s = list(map(int, input().split())); ... s[0]`: with no
    size read per case and fields taken by position, the line is a fixed record of the
    case's parameters, as a lone line is.
    """
    if len(sites) != 2:
        return None
    count, line = sites
    named = {
        t.id
        for n in tree.body
        if isinstance(n, ast.Assign) and any(c is count for c in ast.walk(n.value))
        for t in n.targets
        if isinstance(t, ast.Name)
    }
    for loop in tree.body:
        if not isinstance(loop, ast.For):
            continue
        bound = range_bound(loop.iter)
        counts = bound is count or (
            isinstance(bound, ast.Call)
            and callee_name(bound) == "int"
            and any(a is count for a in bound.args)
        )
        if not (counts or (isinstance(bound, ast.Name) and bound.id in named)):
            continue
        if not any(n is line for stmt in loop.body for n in ast.walk(stmt)):
            return None
        nested = any(
            isinstance(n, ast.For | ast.While | ast.comprehension)
            and any(m is line for m in ast.walk(n))
            for stmt in loop.body
            for n in ast.walk(stmt)
        )
        return None if nested else line
    return None


def record_read(
    tree: ast.Module, readers: frozenset[str] = frozenset()
) -> tuple[str, ast.Call] | None:
    """(name, read call) of a program's only line of input when that line is a list of numbers.

    Codeforces gives a list of varying length after its count; a program that reads a single
    line and nothing else (`a = list(map(int, input().split()))`, `k = LI()`) has a fixed
    record of parameters, however it stores them.
    """
    helper_bodies: set[int] = set()
    list_readers: set[str] = set()
    procedures = _reading_procedures(tree, readers)
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name in procedures:
            continue  # `def main(): a = list(map(int, input().split())); ...`: its reads count
        if isinstance(node, ast.FunctionDef) and node.name in readers:
            helper_bodies |= {id(n) for n in ast.walk(node)}
            returns = [n.value for n in ast.walk(node) if isinstance(n, ast.Return) and n.value]
            if returns and all(_is_line_list(r) for r in returns):
                list_readers.add(node.name)
        elif (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and (node.targets[0].id in readers or node.targets[0].id in READ_CALLS)
        ):
            # `LI = lambda: ...` or `input = sys.stdin.readline`: defines how lines are read.
            helper_bodies |= {id(n) for n in ast.walk(node)}
            if isinstance(node.value, ast.Lambda) and _is_line_list(node.value.body):
                list_readers.add(node.targets[0].id)
    sites: list[ast.Call] = []
    for node in ast.walk(tree):
        if id(node) in helper_bodies or not isinstance(node, ast.Call):
            continue
        name = callee_name(node)
        if name in _WHOLE_INPUT:
            return None
        if (name in READ_CALLS or name in readers) and name not in procedures:
            sites.append(node)
    site = sites[0] if len(sites) == 1 else _a_case_line(tree, sites)
    if site is None:
        return None
    if site is sites[0] and any(_runs_again_per_pass(node, site) for node in ast.walk(tree)):
        return None
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and any(n is site for n in ast.walk(node.value))
        ):
            calls = {callee_name(c) for c in ast.walk(node.value) if isinstance(c, ast.Call)}
            name = node.targets[0].id
            if _splits_a_formula(node.value):
                return None  # `input().split('+')`: the terms of a sum written out, n of them
            if (
                ("split" in calls or calls & list_readers)
                and not _subsets_of(tree, name)
                and not _walked(tree, name)
                and (site is sites[0] or _picked_by_place(tree, name))
            ):
                return name, site
    return None


def _reading_procedures(tree: ast.Module, readers: frozenset[str]) -> frozenset[str]:
    """Reader helpers that give nothing back (`def main(): ...` called once as a statement).

    They are the program itself moved into a function, not a way to read a line: the reads
    inside them are the program's reads.
    """
    defs = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name in readers]
    return frozenset(
        d.name
        for d in defs
        if not d.args.args
        and not any(isinstance(r, ast.Return) and r.value is not None for r in ast.walk(d))
        and [n.id for n in ast.walk(tree) if isinstance(n, ast.Name)].count(d.name) == 1
        and any(
            isinstance(s, ast.Expr)
            and isinstance(s.value, ast.Call)
            and callee_name(s.value) == d.name
            for s in ast.walk(tree)
        )
    )


def _runs_again_per_pass(node: ast.AST, site: ast.Call) -> bool:
    """`site` runs on every pass of the loop `node`, not once before it starts.

    The iterable of a `for` (or of a comprehension's first generator) is evaluated once:
    `[int(x) for x in input().split()]` reads one line.
    """
    parts: list[ast.AST]
    if isinstance(node, ast.For | ast.AsyncFor):
        parts = [node.target, *node.body, *node.orelse]
    elif isinstance(node, ast.While):
        parts = [node]
    elif isinstance(node, ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp):
        first, *rest = node.generators
        parts = [first.target, *first.ifs, *rest]
        parts += [node.key, node.value] if isinstance(node, ast.DictComp) else [node.elt]
    else:
        return False
    return any(n is site for part in parts for n in ast.walk(part))


def _splits_a_formula(value: ast.expr) -> bool:
    """`input().split('+')` of a line kept as strings: one string of terms, not numbers."""
    names = {callee_name(c) for c in ast.walk(value) if isinstance(c, ast.Call)}
    return "int" not in names and any(
        isinstance(c, ast.Call)
        and callee_name(c) == "split"
        and c.args
        and isinstance(c.args[0], ast.Constant)
        and isinstance(c.args[0].value, str)
        and c.args[0].value.strip() != ""
        for c in ast.walk(value)
    )


#: Calls a loop walks through to the items of their argument (`enumerate(a)`, `zip(a, b)`).
_WALKING_WRAPPERS = frozenset({"enumerate", "reversed", "sorted", "zip"})


def _sliced_root(node: ast.expr) -> str | None:
    """`a` of `a` or `a[1:]`: the name a possibly sliced argument walks."""
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def _walked(tree: ast.Module, name: str) -> bool:
    """`for x in a`, `for i in range(len(a))`: a loop over the line, item by item.

    Walking a line item by item treats it as a list of any length, not a record of a few
    parameters (which are sorted, counted or taken by position).
    """
    # `k = len(a)` then `range(k)`: the length kept under a name of its own.
    lengths = {
        node.targets[0].id
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and _length_of(node.value) == name
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.For | ast.comprehension):
            head = node.iter
            if (
                isinstance(head, ast.Call)
                and callee_name(head) in _WALKING_WRAPPERS
                and any(_sliced_root(arg) == name for arg in head.args)
            ):
                # `for i, x in enumerate(a)`, `for x, y in zip(a, a[1:])`: the line walked item
                # by item all the same.
                return True
            bound = range_bound(head)
            if is_name(head, name) or (
                bound is not None and (_length_of(bound) == name or is_name(bound, *lengths))
            ):
                return True
        elif isinstance(node, ast.While) and (
            _walks_up_to_a_length(node, name, lengths, tree)
            # `while a: s += a.pop()`: the line emptied item by item.
            or (
                name in names_in(node.test)
                and any(
                    isinstance(c, ast.Call)
                    and callee_name(c) == "pop"
                    and isinstance(c.func, ast.Attribute)
                    and is_name(c.func.value, name)
                    for c in walk_local(node.body)
                )
            )
        ):
            return True
    return False


def _walks_up_to_a_length(loop: ast.While, name: str, lengths: set[str], tree: ast.Module) -> bool:
    """`while i < len(a): ...; i += 1`, or `i = len(a) - 2; while i >= 0: i -= 1`."""
    tested = names_in(loop.test)
    stepped = {
        n.target.id
        for n in walk_local(loop.body)
        if isinstance(n, ast.AugAssign)
        and isinstance(n.target, ast.Name)
        and isinstance(n.op, ast.Add | ast.Sub)
        and isinstance(n.value, ast.Constant)
    }
    if not tested & stepped:
        return False
    if (
        any(isinstance(c, ast.expr) and _length_of(c) == name for c in ast.walk(loop.test))
        or tested & lengths
    ):
        return True
    # A counter started at the line's length (less a constant) and stepped down from it.
    return any(
        isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and node.targets[0].id in tested & stepped
        and any(isinstance(c, ast.expr) and _length_of(c) == name for c in ast.walk(node.value))
        for node in ast.walk(tree)
    )


def _subsets_of(tree: ast.Module, name: str) -> bool:
    """`1 << len(a)`, `2 ** len(a)`: the program enumerates the subsets of `a`.

    A line whose subsets are walked is the input itself, not a fixed record of parameters.
    """
    return any(
        isinstance(node, ast.BinOp)
        and isinstance(size := power_of_two(node), ast.Call)
        and callee_name(size) == "len"
        and len(size.args) == 1
        and isinstance(size.args[0], ast.Name)
        and size.args[0].id == name
        for node in ast.walk(tree)
    )


def _is_line_list(value: ast.expr) -> bool:
    """`list(map(int, input().split()))`, `[int(x) for x in ...split()]`: a line as a list."""
    if isinstance(value, ast.ListComp):
        return any(_has_split(g.iter) for g in value.generators)
    return (
        isinstance(value, ast.Call)
        and callee_name(value) in {"list", "map", "tuple", "sorted", "split"}
        and _has_split(value)
    )


def _has_split(node: ast.AST) -> bool:
    return calls(node, {"split"})


def appended_once_per_pass(loop: ast.For | ast.While) -> set[str]:
    """Names appended to in the loop's own body, never inside a nested loop or comprehension."""
    appended: set[str] = set()
    nested: set[str] = set()
    stack: list[tuple[ast.AST, bool]] = [(s, False) for s in loop.body]
    while stack:
        node, inner = stack.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda):
            continue
        if (
            isinstance(node, ast.Call)
            and callee_name(node) in {"append", "extend", "insert", "add"}
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
        ):
            grows = callee_name(node) != "extend"
            (nested if inner or not grows else appended).add(node.func.value.id)
        if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            nested.add(node.target.id)
        deeper = inner or (
            isinstance(node, ast.For | ast.While | ast.comprehension)
            # `for h in range(2): ans.append(...)`: a written number of appends per pass
            and not (isinstance(node, ast.For) and _written_count(node.iter))
        )
        stack.extend((c, deeper) for c in ast.iter_child_nodes(node))
    return appended - nested


def _written_count(items: ast.expr) -> bool:
    """`range(2)`, `range(1, 10)`, `(0, 1)`, `'ab'`: a number of items the source writes out."""
    if isinstance(items, ast.List | ast.Tuple | ast.Set):
        return not any(isinstance(e, ast.Starred) for e in items.elts)
    if isinstance(items, ast.Constant):
        return isinstance(items.value, str)
    return (
        isinstance(items, ast.Call)
        and callee_name(items) == "range"
        and bool(items.args)
        and all(isinstance(a, ast.Constant) and type(a.value) is int for a in items.args)
    )


def only_printed(root: ast.AST | None, loop: ast.For | ast.While) -> set[str]:
    """Names that, outside `loop`, are only printed (`print(*ans)`, `" ".join(map(str, ans))`)."""
    if root is None:
        return set()
    inside = {id(n) for n in ast.walk(loop)}
    parents = parents_of(ast.walk(root))
    printed: set[str] = set()
    other: set[str] = set()
    for node in ast.walk(root):
        if (
            not isinstance(node, ast.Name)
            or id(node) in inside
            or not isinstance(node.ctx, ast.Load)
        ):
            continue
        up = parents.get(id(node))
        # Climb through wrappers that only format the answers (`"\n".join(...) + "\n"`).
        while (
            isinstance(up, ast.Starred)
            or (isinstance(up, ast.Call) and callee_name(up) in {"map", "str", "join", "list"})
            or (
                isinstance(up, ast.BinOp)
                and isinstance(up.op, ast.Add)
                and any(
                    isinstance(side, ast.Constant) and isinstance(side.value, str)
                    for side in (up.left, up.right)
                )
            )
        ):
            up = parents.get(id(up))
        if isinstance(up, ast.Call) and callee_name(up) in {"print", "write"}:
            printed.add(node.id)
        else:
            other.add(node.id)
    return printed - other


def stdin_lines(node: ast.expr) -> bool:
    """`sys.stdin`, `open(0)`, or their `readlines()` / `read().splitlines()`: stdin's lines.

    Also a list of them (`list(open(0))`, golfed `[*open(0)]`).
    """
    if isinstance(node, ast.Call) and callee_name(node) == "list" and len(node.args) == 1:
        return stdin_lines(node.args[0])
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and not node.args:
        inner = node.func.value
        if node.func.attr == "readlines":
            return is_stdin(inner)
        if node.func.attr == "splitlines":
            return (
                isinstance(inner, ast.Call)
                and isinstance(inner.func, ast.Attribute)
                and inner.func.attr == "read"
                and is_stdin(inner.func.value)
            )
    return is_stdin(node)


def input_lines(node: ast.expr | None, assigned: dict[str, list[ast.expr | None]]) -> bool:
    """The input's lines or words as strings, read whole.

    `sys.stdin`, `readlines()`, `read().split()`, a slice of one, or a name bound only to
    one (`assigned`: what each name is bound to). Not `[input() for _ in range(n)]`: n such
    lines are as often the rows of a square board.
    """
    for _ in range(4):  # `s = all_in[1:]` with `all_in = stdin.read().splitlines()`
        if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice):
            node = node.value
        elif isinstance(node, ast.Name) and len(assigned.get(node.id, [])) == 1:
            node = assigned[node.id][0]
        else:
            break
    if node is None or isinstance(node, ast.Name):
        return False
    return stdin_lines(node) or _whole_input_tokens(node)


def is_stdin(node: ast.expr) -> bool:
    """`sys.stdin`, `stdin`, `sys.stdin.buffer`, `open(0)`, `io.BytesIO(os.read(0, ...))`."""
    if isinstance(node, ast.Name):
        return node.id == "stdin"
    if isinstance(node, ast.Attribute):
        return node.attr == "stdin" or (node.attr == "buffer" and is_stdin(node.value))
    if isinstance(node, ast.Call) and node.args:
        first = node.args[0]
        if callee_name(node) == "open":
            return isinstance(first, ast.Constant) and first.value == 0
        return callee_name(node) == "BytesIO" and is_os_read(first)
    return False


def is_os_read(node: ast.expr) -> bool:
    """`os.read(0, size)`: the raw read of descriptor 0."""
    return (
        isinstance(node, ast.Call)
        and callee_name(node) == "read"
        and bool(node.args)
        and isinstance(node.args[0], ast.Constant)
        and node.args[0].value == 0
    )


def wraps_a_stream(node: ast.ClassDef) -> bool:
    """A class that wraps standard input or output (`class FastIO(IOBase)`)."""
    return any("IOBase" in ast.unparse(b) for b in node.bases)
