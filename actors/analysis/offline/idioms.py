"""Recognisers for coding idioms whose cost is not what their loops suggest."""

from __future__ import annotations

import ast

from actors.analysis.offline.names import callee_name


def is_line_read(node: ast.expr) -> bool:
    """`input().split()`, `map(int, readline().split())`: one line of input."""
    calls = [callee_name(c) for c in ast.walk(node) if isinstance(c, ast.Call)]
    return ("input" in calls or "readline" in calls) and "read" not in calls


def grows_from_itself(body: list[ast.stmt]) -> bool:
    """`res += [s + [x] for s in res]`: each pass copies the whole collection, doubling it."""
    for stmt in body:
        target: str | None = None
        value: ast.expr | None = None
        if isinstance(stmt, ast.AugAssign) and isinstance(stmt.target, ast.Name):
            target, value = stmt.target.id, stmt.value
        elif isinstance(stmt, ast.Assign) and isinstance(stmt.targets[0], ast.Name):
            target, value = stmt.targets[0].id, stmt.value
        elif (
            isinstance(stmt, ast.Expr)
            and isinstance(stmt.value, ast.Call)
            and callee_name(stmt.value) == "extend"
            and isinstance(stmt.value.func, ast.Attribute)
            and isinstance(stmt.value.func.value, ast.Name)
            and stmt.value.args
        ):
            target, value = stmt.value.func.value.id, stmt.value.args[0]
        if target is None or value is None:
            continue
        for sub in ast.walk(value):
            if isinstance(sub, ast.ListComp | ast.GeneratorExp | ast.SetComp) and any(
                isinstance(g.iter, ast.Name) and g.iter.id == target for g in sub.generators
            ):
                return True
    return False


def _reads_input(node: ast.AST) -> bool:
    return any(
        isinstance(c, ast.Call) and callee_name(c) in {"input", "readline"} for c in ast.walk(node)
    )


def is_test_case_loop(head: ast.expr, body: list[ast.stmt]) -> bool:
    """The competitive-programming idiom: repeat a whole problem T times, T read from input.

    The loop's bound is a bare name (or `int(input())`), and its body reads a fresh problem
    size: an integer that later bounds a loop or a range, or a whole line of numbers. A loop
    that only reads one value per pass (`a.append(int(input()))`) is not one.
    """
    bound: ast.expr | None = None
    if isinstance(head, ast.Call) and callee_name(head) == "range" and len(head.args) == 1:
        bound = head.args[0]
    elif isinstance(head, ast.Name):
        bound = head
    elif isinstance(head, ast.Compare) and isinstance(head.left, ast.Name):
        bound = head.left
    if bound is None or not (isinstance(bound, ast.Name) or _reads_input(bound)):
        return False
    named_tests = isinstance(bound, ast.Name) and bound.id in _TEST_COUNT_NAMES
    if (named_tests or _reads_input(bound)) and (
        _only_calls(body) or any(_reads_input(stmt) for stmt in body)
    ):
        # `for _ in range(int(input())): solve()`, or a `t` loop reading each case's data.
        return True
    sizes: set[str] = set()
    line_read = False
    for stmt in body:
        if not isinstance(stmt, ast.Assign) or not _reads_input(stmt.value):
            continue
        calls = {callee_name(c) for c in ast.walk(stmt.value) if isinstance(c, ast.Call)}
        targets = {t.id for tgt in stmt.targets for t in ast.walk(tgt) if isinstance(t, ast.Name)}
        if "split" in calls and calls & {"list", "sorted", "set", "tuple"}:
            line_read = True
        elif "split" not in calls or isinstance(stmt.targets[0], ast.Tuple):
            sizes |= targets
        elif "split" in calls and isinstance(stmt.targets[0], ast.Name):
            line_read = True  # s = input().split() / a string of size n
        if "strip" in calls and isinstance(stmt.targets[0], ast.Name) and "int" not in calls:
            line_read = True  # s = input().strip(): a string problem
    if line_read:
        return True
    for node in (n for stmt in body for n in ast.walk(stmt)):
        if isinstance(node, ast.For | ast.While | ast.comprehension):
            head_names = {
                n.id
                for n in ast.walk(node.iter if not isinstance(node, ast.While) else node.test)
                if isinstance(n, ast.Name)
            }
            if head_names & sizes:
                return True
    return False


_TEST_COUNT_NAMES = frozenset({"t", "T", "tc", "tests", "test", "cases", "_t", "testcases"})


def _only_calls(body: list[ast.stmt]) -> bool:
    """A body that only calls something (`solve()`, `print(solve())`), at most two statements."""
    if not body or len(body) > 2:
        return False
    return all(isinstance(s, ast.Expr) and isinstance(s.value, ast.Call) for s in body)
