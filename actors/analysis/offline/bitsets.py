"""Big integers built from bit strings of the input: `a = [int(input(), 2) for _ in range(n)]`.

Python's integers have no fixed width: a line of m bits parsed with `int(line, 2)` is an
m-bit number, and every `&`, `|`, `^`, `~` or shift on it walks all m bits. Competitive
programmers use this as a bitset, so `for x in a: t |= s & x` costs n * m, not n.
"""

from __future__ import annotations

import ast

from actors.analysis.offline.idioms import is_line_read
from actors.analysis.offline.names import callee_name

__all__ = ["BITWISE_OPS", "bitset_names", "parses_bits", "touches"]

BITWISE_OPS = (ast.BitAnd, ast.BitOr, ast.BitXor, ast.LShift, ast.RShift)


def parses_bits(node: ast.expr, readers: frozenset[str]) -> bool:
    """`int(input(), 2)`, `int(line, 2)` with the line read from the input."""
    return (
        isinstance(node, ast.Call)
        and callee_name(node) == "int"
        and len(node.args) == 2
        and isinstance(node.args[1], ast.Constant)
        and node.args[1].value == 2
        and is_line_read(node.args[0], readers)
    )


def touches(node: ast.AST, names: frozenset[str] | set[str]) -> bool:
    """Whether `node` reads one of `names` (no walk when there are none, as in most programs)."""
    return bool(names) and any(isinstance(n, ast.Name) and n.id in names for n in ast.walk(node))


def _bitwise_of(value: ast.expr, names: set[str]) -> bool:
    """A bitwise expression over a bitset (`s & x`, `~t`), or the bitset itself."""
    if isinstance(value, ast.Name):
        return value.id in names
    return any(
        (
            (isinstance(n, ast.BinOp) and isinstance(n.op, BITWISE_OPS))
            or (isinstance(n, ast.UnaryOp) and isinstance(n.op, ast.Invert))
        )
        and touches(n, names)
        for n in ast.walk(value)
    )


def bitset_names(tree: ast.Module, readers: frozenset[str]) -> frozenset[str]:
    """Names (program-wide) holding bitsets parsed from the input, or lists of them."""
    names: set[str] = set()
    lists: set[str] = set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
            continue
        target, value = node.targets[0], node.value
        if not isinstance(target, ast.Name):
            continue
        if parses_bits(value, readers):
            names.add(target.id)
        elif isinstance(value, ast.ListComp | ast.GeneratorExp) and parses_bits(value.elt, readers):
            lists.add(target.id)
    if not names and not lists:
        return frozenset()
    changed = True
    while changed:
        before = len(names)
        for node in ast.walk(tree):
            if isinstance(node, ast.For | ast.comprehension) and isinstance(node.target, ast.Name):
                if isinstance(node.iter, ast.Name) and node.iter.id in lists:
                    names.add(node.target.id)
            elif isinstance(node, ast.Assign | ast.AugAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                bitwise = (
                    isinstance(node, ast.AugAssign)
                    and isinstance(node.op, BITWISE_OPS)
                    and touches(node.value, names)
                ) or _bitwise_of(node.value, names)
                if bitwise:
                    names |= {t.id for t in targets if isinstance(t, ast.Name)}
        changed = len(names) != before
    return frozenset(names)
