"""Programs that time user code inside the sandbox, and the inputs they are fed.

Two shapes. A *function* harness appends a few lines to the user's code that build arguments
of growing size and time the call with `time.process_time` (CPU time, so the sandbox's CPU
quota does not distort it), printing one result line. A *stdin* program is run as it is, once
per size, with generated standard input; its CPU time is measured outside the sandbox.
"""

from __future__ import annotations

import ast
import copy
import random
import threading
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

from actors.analysis.offline.bitsets import parses_bits
from actors.analysis.offline.cost import EXP, N2, N3, Cost
from actors.analysis.offline.idioms import (
    appended_once_per_pass,
    count_reads,
    is_os_read,
    is_query_loop,
    is_stdin,
    is_test_case_loop,
    only_printed,
    reader_helpers,
    stdin_lines,
)
from actors.analysis.offline.names import (
    callee_name,
    calls,
    helper_body,
    range_bound,
    walk_local,
)
from actors.analysis.offline.vocabulary import (
    ADJACENCY_NAMES,
    HASH_NAMES,
    INT_NAMES,
    SEQ_NAMES,
)

MARKER = "CR-MEASURE"
ArgKind = Literal["size", "small", "list", "str", "matrix", "graph", "points", "set"]
_SIZE_INTS = frozenset(
    ["n", "m", "size", "num", "number", "limit", "count", "amount", "capacity", "total", "length"]
)
_STR_NAMES = frozenset(["s", "string", "text", "word", "a_str", "b_str", "pattern"])
_MATRIX_NAMES = frozenset(
    ["matrix", "grid", "dist", "board", "reach", "cells", "adj_matrix", "mat"]
)
_UNSUPPORTED = frozenset(
    [
        "predicate",
        "f",
        "fn",
        "func",
        "key",
        "cmp",
        "callback",
        "node",
        "root",
        "head",
        "tree",
        "callable",
    ]
)


def ladder(static: Cost) -> list[int]:
    """Input sizes to try, chosen from the static estimate so each run stays short."""
    if static >= EXP:
        return [4, 6, 8, 10, 12, 14, 16, 18, 20]
    if static >= N3:
        return [8, 16, 24, 32, 48, 64, 96, 128]
    if static >= N2:
        return [16, 32, 64, 128, 256, 512, 1024]
    return [64, 256, 1024, 4096, 16384, 65536]


def stdin_ladder(static: Cost) -> list[int]:
    """Sizes for a whole program fed generated input: larger than `ladder`'s where it is quadratic.

    Each run pays the interpreter's start-up (~50 ms of CPU in gVisor), so small sizes only
    time that. Where the static estimate is quadratic the ladder climbs to 4096: a truly
    quadratic program passes the per-run CPU cap long before (and the ladder stops there),
    so timings still flat at 2048 and beyond are evidence the estimate is too high. Below
    512 the steps are small: a quadratic program often passes the cap at 512, and a curve
    (and its chart) needs four sizes timed. A cubic estimate climbs on the same way: a truly
    cubic program passes the cap near 256, and one doing less work than its loops suggest
    (its inner loop rarely entered) gets points where that shows, instead of eight sizes up
    to 128 that all time start-up.
    """
    if static >= EXP or static < N2:
        return ladder(static)
    if static >= N3:
        return [16, 32, 64, 96, 128, 192, 256, 384, 512, 2048, 4096]
    return [128, 192, 256, 384, 512, 2048, 4096]


@dataclass(frozen=True, slots=True)
class Target:
    """A function to time and how to build each of its arguments."""

    name: str
    args: tuple[tuple[str, ArgKind], ...]


def _two_dimensional(fn: ast.FunctionDef, param: str) -> bool:
    return any(
        isinstance(node, ast.Subscript)
        and isinstance(node.value, ast.Subscript)
        and isinstance(node.value.value, ast.Name)
        and node.value.value.id == param
        for node in walk_local(fn.body)
    )


def _string_like(fn: ast.FunctionDef, param: str) -> bool:
    text_methods = {"isalpha", "lower", "upper", "isalnum", "split", "strip"}
    return any(
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == param
        and node.func.attr in text_methods
        for node in walk_local(fn.body)
    )


def choose_target(tree: ast.Module, kinds: dict[str, dict[str, str]]) -> Target | None:
    """The top-level function worth timing: called by no other function, all args buildable."""
    defs = [n for n in tree.body if isinstance(n, ast.FunctionDef)]
    called = {
        callee_name(c)
        for d in defs
        for c in ast.walk(d)
        if isinstance(c, ast.Call) and callee_name(c) != d.name
    }
    candidates: list[Target] = []
    for fn in defs:
        if fn.name in called or fn.name.startswith("_") or fn.name == "main":
            continue
        required = fn.args.args[: len(fn.args.args) - len(fn.args.defaults)]
        if not required:
            continue
        specs = _arg_specs(fn, [a.arg for a in required], kinds.get(fn.name, {}))
        if specs is not None:
            candidates.append(Target(fn.name, specs))
    return candidates[-1] if candidates else None


def _arg_specs(
    fn: ast.FunctionDef, params: list[str], kinds: dict[str, str]
) -> tuple[tuple[str, ArgKind], ...] | None:
    out: list[tuple[str, ArgKind]] = []
    for p in params:
        kind = kinds.get(p, "unknown")
        low = p.lower()
        if low in _UNSUPPORTED:
            return None
        if low in ADJACENCY_NAMES:
            out.append((p, "graph"))
        elif low in _MATRIX_NAMES or (kind in {"seq", "unknown"} and _two_dimensional(fn, p)):
            out.append((p, "matrix"))
        elif low == "points":
            out.append((p, "points"))
        elif low in HASH_NAMES or kind == "hash" or low in {"words", "dictionary", "vocab"}:
            out.append((p, "set"))
        elif kind == "str" or low in _STR_NAMES or _string_like(fn, p):
            out.append((p, "str"))
        elif kind == "seq" or (kind == "unknown" and low in SEQ_NAMES):
            out.append((p, "list"))
        elif kind in {"int", "digits"} or low in INT_NAMES or kind == "unknown":
            out.append((p, "size" if low in _SIZE_INTS else "small"))
        else:
            return None
    if not any(k != "small" for _, k in out):
        # Only integer parameters and none named like a size: all of them are the size.
        out = [(p, "size") for p, _ in out]
    if not any(k in _GROWING for _, k in out):
        # Nothing the harness builds grows with n (a set of a few words, small ints): timing
        # it would chart noise against a size that was never varied.
        return None
    return tuple(out)


#: Argument kinds the harness builds larger as n grows (a `set` and a `small` int do not).
_GROWING: frozenset[str] = frozenset({"size", "list", "str", "matrix", "graph", "points"})


_TAIL = """

def _cr_args(_cr_n, _cr_rng):
    _cr_out = []
    for _cr_kind in {kinds!r}:
        if _cr_kind == "size":
            _cr_out.append(_cr_n)
        elif _cr_kind == "small":
            _cr_out.append(_cr_rng.randint(1, 3))
        elif _cr_kind == "list":
            _cr_out.append([_cr_rng.randint(1, max(2, _cr_n)) for _ in range(_cr_n)])
        elif _cr_kind == "str":
            _cr_out.append("".join(_cr_rng.choice("ab") for _ in range(_cr_n)))
        elif _cr_kind == "matrix":
            _cr_out.append([[_cr_rng.randint(0, 9) for _ in range(_cr_n)] for _ in range(_cr_n)])
        elif _cr_kind == "points":
            _cr_out.append([(_cr_rng.random(), _cr_rng.random()) for _ in range(_cr_n)])
        elif _cr_kind == "set":
            _cr_out.append(set("".join(_cr_rng.choice("ab") for _ in range(3)) for _ in range(8)))
        else:
            _cr_out.append({{_cr_i: [(_cr_i + 1) % _cr_n, _cr_rng.randrange(_cr_n)]
                            for _cr_i in range(_cr_n)}})
    return _cr_out


def _cr_measure():
    import copy as _cr_copy
    import random as _cr_random
    import time as _cr_time
    _cr_cpu = _cr_time.process_time
    _cr_wall = _cr_time.perf_counter
    _cr_start = _cr_cpu()
    _cr_rng = _cr_random.Random(7)
    for _cr_n in {sizes!r}:
        _cr_base = _cr_args(_cr_n, _cr_rng)
        _cr_best = None
        for _cr_rep in range(7):
            _cr_call = _cr_copy.deepcopy(_cr_base)
            _cr_w0 = _cr_wall()
            try:
                {target}(*_cr_call)
            except Exception:
                return
            _cr_w = _cr_wall() - _cr_w0
            _cr_best = _cr_w if _cr_best is None else min(_cr_best, _cr_w)
            if _cr_cpu() - _cr_start > {budget!r}:
                break
        # Only calls short enough to fit between CPU-quota stalls give true times (no clock
        # inside the sandbox escapes the stall), so the ladder stops past that length.
        if _cr_best > 2 * {longest!r}:
            return
        print({marker!r}, _cr_n, repr(_cr_best), flush=True)
        if _cr_best > {longest!r} or _cr_cpu() - _cr_start > {budget!r}:
            return


_cr_measure()
"""


def function_harness(code: str, target: Target, sizes: list[int], budget_s: float) -> str:
    """The user's code followed by a timing tail for `target` (one result line on stdout).

    Each size keeps the fastest of up to seven calls (fresh argument copies each time); the
    ladder stops after the first size whose call takes over 4 ms, or when the tail has used
    `budget_s` of CPU time (argument building included).
    """
    return (
        code.rstrip()
        + "\n"
        + _TAIL.format(
            kinds=tuple(k for _, k in target.args),
            sizes=sizes,
            target=target.name,
            budget=round(budget_s, 3),
            longest=0.004,
            marker=MARKER,
        )
    )


def stdin_for(tree: ast.Module, n: int, seed: int = 7) -> str:
    """Generated standard input of size `n`, shaped after how the program reads it.

    The first line holds as many values as the first read unpacks (all equal to n); a
    top-level list read gets n numbers; reads inside loops get one line per iteration.
    Safe to call from several threads (one generates at a time).
    """
    with _GENERATING:
        try:
            return _generate(tree, n, seed)
        finally:
            # Keyed by node ids: none may outlive the tree they were taken from.
            _READS.clear()
            _SHAPES.clear()
            _PARTS.clear()
            _PROCEDURES.clear()  # nor keep the tree alive
            _LINE_LOOPS.clear()
            _COUNTED.clear()


def _generate(tree: ast.Module, n: int, seed: int) -> str:
    global _READERS, _SPLITTERS, _ALPHABET, _CONVERTED, _CONSTANTS, _PROCEDURES, _DIGIT_NAMES
    global _GRIDS, _REFERENCED, _STDIN_LINES, _TEXT_READERS
    _CONSTANTS = _int_constants(tree)
    _READERS = reader_helpers(tree)
    per_character = _per_character(tree)
    _ALPHABET = _letters_compared(tree, per_character)
    _PROCEDURES = _called_procedures(tree)
    _CONVERTED = frozenset(
        a.id
        for c in ast.walk(tree)
        if isinstance(c, ast.Call) and callee_name(c) in _NUMERIC
        for a in c.args
        if isinstance(a, ast.Name)
    )
    _SPLITTERS = frozenset(
        name
        for name, body in filter(None, map(helper_body, ast.walk(tree)))
        if name in _READERS and calls(body, {"split"})
    )
    _DIGIT_NAMES = frozenset(
        iterable.id for iterable in per_character if isinstance(iterable, ast.Name)
    )
    _GRIDS = _grids(tree)
    _TEXT_READERS = frozenset(
        name
        for name, body in filter(None, map(helper_body, ast.walk(tree)))
        if name in _READERS and not calls(body, _NUMERIC | _READERS - {name})
    )
    _STDIN_LINES = {
        t.id: node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and stdin_lines(node.value)
        for t in node.targets
        if isinstance(t, ast.Name)
    }
    _REFERENCED = frozenset(
        n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
    )
    tests = _test_counts(tree)
    rng = random.Random(seed)
    lines: list[str] = []
    if reads_whole_input(tree):
        # `t = int(data[0])` then a loop over t cases: one case of size n.
        head = ["1"] if tests else []
        values = [*head, str(n), str(n)] + [str(rng.randrange(n)) for _ in range(4 * n)]
        return " ".join(values) + "\n"
    for stmt in tree.body:
        if _assigns_one_of(stmt, tests):
            lines.append("1")  # one test case (or query batch) of size n, not n of them
            continue
        lines.extend(_lines_for(stmt, n, rng, in_loop=False, tests=tests))
        if len(lines) > 4 * n + 16:
            break
    if not lines:
        lines = [str(n), " ".join(str(rng.randint(1, n)) for _ in range(n))]
    return "\n".join(lines) + "\n"


def reads_whole_input(tree: ast.Module) -> bool:
    """The program reads all of stdin at once as values (`sys.stdin.read().split()`).

    Such a program splits the text into values wherever the lines break, so it is fed one
    line of them. It does not count when it splits the text into lines
    (`.read().splitlines()`: its lines are shaped like `input()`'s), nor do the `read` of a
    fast-input class (the common `FastIO` template buffers `os.read(fd, ...)` for its
    `readline`), `io.BytesIO(os.read(0, ...)).readline` and a helper the program happens to
    name `read`: they all read line by line.
    """
    skipped = {
        id(inner)
        for cls in ast.walk(tree)
        if isinstance(cls, ast.ClassDef)
        for inner in ast.walk(cls)
    }
    skipped |= {
        id(node.value.func)
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and node.attr == "splitlines"
        and isinstance(node.value, ast.Call)
    }
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or id(node) in skipped:
            continue
        if node.attr == "read" and is_stdin(node.value):
            return True
        if node.attr != "readline" and is_os_read(node.value):
            return True  # `os.read(0, size).split()`
    return False


class _AsInput(ast.NodeTransformer):
    """Replaces every read of one name (a line of stdin) with a call of `input()`."""

    def __init__(self, name: str) -> None:
        self._name = name

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id == self._name and isinstance(node.ctx, ast.Load):
            call = ast.Call(func=ast.Name(id="input", ctx=ast.Load()), args=[], keywords=[])
            return ast.copy_location(call, node)
        return node


def _line_loop(loop: ast.For) -> ast.For | None:
    """A loop over stdin's lines, rewritten to read `input()` where it uses the line.

    `for line in sys.stdin:`, `open(0)`, `readlines()`, or a name bound to one of those
    (`lines = sys.stdin.readlines()`, `for i, line in enumerate(lines[1:])`). None for any
    other loop.
    """
    cached = _LINE_LOOPS.get(id(loop))
    if cached is not None or id(loop) in _LINE_LOOPS:
        return cached
    source = loop.iter
    target = loop.target
    if isinstance(source, ast.Call) and callee_name(source) == "enumerate" and source.args:
        source = source.args[0]  # `for i, line in enumerate(lines)`
        if isinstance(target, ast.Tuple) and len(target.elts) == 2:
            target = target.elts[1]
    if isinstance(source, ast.Subscript) and isinstance(source.slice, ast.Slice):
        source = source.value  # `lines[1:]`
    if isinstance(source, ast.Name) and source.id in _STDIN_LINES:
        source = _STDIN_LINES[source.id]
    rewritten: ast.For | None = None
    if isinstance(target, ast.Name) and stdin_lines(source):
        body = [_AsInput(target.id).visit(copy.deepcopy(s)) for s in loop.body]
        rewritten = ast.For(target=loop.target, iter=loop.iter, body=body, orelse=[])
    _LINE_LOOPS[id(loop)] = rewritten
    return rewritten


def input_grows(tree: ast.Module, sizes: list[int]) -> bool:
    """Whether the generated input holds more values as n grows (else timing shows nothing).

    Numbers are counted, not their digits: `64 64` and `65536 65536` are the same two numbers.
    Text is counted by its characters: `s = input()` grows with n however few words it has.
    """
    small = _input_size(stdin_for(tree, sizes[0]))
    large = _input_size(stdin_for(tree, sizes[-1]))
    return large >= 2 * small


def _input_size(text: str) -> int:
    """Values in `text`: 1 per number that fits a machine word, else 1 per character.

    Codeforces numbers fit 64 bits (19 digits); a longer run of digits (a bit string, a
    big number given as text) is a string whose length is the input's size.
    """
    return sum(
        1 if token.lstrip("-").isdigit() and len(token) <= _WORD_DIGITS else len(token)
        for token in text.split()
    )


_WORD_DIGITS = 19


#: One generation at a time: the tables below describe the program being generated for.
_GENERATING = threading.Lock()
_READERS: frozenset[str] = frozenset()
_SPLITTERS: frozenset[str] = frozenset()
#: `_reads` of each node seen, by id: a loop's body is shaped once per pass, n passes.
_READS: dict[int, list[ast.Call]] = {}
#: `_assigned_reads` of each statement seen, by id (kept alive: their ids key `_SHAPES`).
_PARTS: dict[int, list[ast.Assign]] = {}
#: `_counted_items` of each statement seen, by id (kept alive, as `_PARTS`).
_COUNTED: dict[int, ast.stmt | None] = {}
#: `_line_shape` of each statement seen, by id and whether it is read inside a loop.
_SHAPES: dict[tuple[int, bool], tuple[str, int]] = {}
#: Names bound once, to an integer constant (`t = 1`): the passes of `range(t)`.
_CONSTANTS: dict[str, int] = {}
#: Top-level functions of no arguments that read and are called as a statement (`solve()`):
#: their reads come where they are called, as many times as that is.
_PROCEDURES: dict[str, ast.FunctionDef] = {}
#: Procedures being expanded (one that calls itself is expanded once).
_EXPANDING: set[str] = set()
_ALPHABET: str = "ab"
#: Names passed to int()/float()/map() somewhere: a line read into one of them is a number.
_CONVERTED: frozenset[str] = frozenset()
#: Names of lines made numbers a character at a time (`map(int, s)`): strings of digits.
_DIGIT_NAMES: frozenset[str] = frozenset()
#: Collections of rows indexed by row and column (`g[i][j]`): each line read into one is a
#: row as long as the grid is wide, not a word or a pair.
_GRIDS: frozenset[str] = frozenset()
#: Names the program uses somewhere: a `solve` it defines but never uses reads nothing.
_REFERENCED: frozenset[str] = frozenset()
#: Reader helpers that return the line as text, converting nothing (`minp()`).
_TEXT_READERS: frozenset[str] = frozenset()
#: `lines = sys.stdin.readlines()`: what each such name holds.
_STDIN_LINES: dict[str, ast.expr] = {}
#: `_line_loop` of each loop seen, by id (the rewritten loops kept alive with them).
_LINE_LOOPS: dict[int, ast.For | None] = {}
#: Calls that turn a read line into numbers (a line read without them is text).
_NUMERIC = frozenset({"int", "float", "map", "split", "Decimal", "Fraction"})


def _int_constants(tree: ast.Module) -> dict[str, int]:
    """Names bound exactly once in the program, and that to an integer (`t = 1`)."""
    # `t -= 1` counts a `while t:` loop down; it is not another value for t.
    countdowns = {
        id(node.target)
        for node in ast.walk(tree)
        if isinstance(node, ast.AugAssign) and isinstance(node.op, ast.Sub)
    }
    bindings = Counter(
        node.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Name)
        and isinstance(node.ctx, ast.Store)
        and id(node) not in countdowns
    )
    return {
        target.id: node.value.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and len(node.targets) == 1
        for target in node.targets
        if isinstance(target, ast.Name)
        and bindings[target.id] == 1
        and isinstance(node.value, ast.Constant)
        and type(node.value.value) is int
    }


def _reads(node: ast.AST) -> list[ast.Call]:
    """Read calls in `node`, not counting those inside a lambda (a helper's definition)."""
    cached = _READS.get(id(node))
    if cached is None:
        cached = _READS[id(node)] = _find_reads(node)
    return cached


def _find_reads(node: ast.AST) -> list[ast.Call]:
    lambdas = {
        id(inner)
        for lam in ast.walk(node)
        if isinstance(lam, ast.Lambda)
        for inner in ast.walk(lam)
    }
    return [
        c
        for c in ast.walk(node)
        if isinstance(c, ast.Call)
        and id(c) not in lambdas
        and (callee_name(c) in {"input", "readline"} or callee_name(c) in _READERS)
    ]


def _letters_compared(tree: ast.Module, per_character: list[ast.expr]) -> str:
    """One-character strings the code compares with (`s[i] == 'R'`): the text's alphabet.

    Random text over the letters a program looks for reaches its branches; "ab" otherwise.
    A program that looks for one letter (`c == 'f'`) gets it mixed with another, so about
    half the text is the letter it acts on. Letters looked up in a short literal count too:
    `c in "aeiou"`, `{'(': 1, ')': -1}[c]`. `per_character` is `_per_character(tree)`.
    """
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            found.update(_one_letter(c) for c in [node.left, *node.comparators])
            found.update(
                _shown(letter)
                for op, c in zip(node.ops, node.comparators, strict=True)
                if isinstance(op, ast.In | ast.NotIn)
                and isinstance(c, ast.Constant)
                and isinstance(c.value, str)
                and 1 < len(c.value) <= 8
                for letter in c.value
            )
        elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Dict):
            found.update(_one_letter(key) for key in node.value.keys if key is not None)
    letters = sorted(found - {""})
    if len(letters) == 1:
        letter = letters[0]
        if letter.isdigit():
            return letter + ("1" if letter == "0" else "0")
        return letter + ("b" if letter == "a" else "a")
    if letters:
        return "".join(letters[:8])
    return "0123456789" if _converts_characters(tree, per_character) else "ab"


def _one_letter(node: ast.expr) -> str:
    """The character of a one-character string literal that shows in text, else ""."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) == 1:
        return _shown(node.value)
    return ""


def _shown(letter: str) -> str:
    """`letter` when it shows in text (printable, not a space), else ""."""
    return letter if letter.isprintable() and not letter.isspace() else ""


def _converts_characters(tree: ast.Module, per_character: list[ast.expr]) -> bool:
    """The program turns single characters or a whole line it keeps as text into numbers.

    `int(s[i])`, `[int(c) for c in input()]`, `map(int, s)`: its text is a string of digits.
    A line split into words is not text here (`map(int, input().split())`).
    """
    if any(
        not _splits_or_ranges(each) and not isinstance(each, ast.ListComp | ast.GeneratorExp)
        for each in per_character
    ):
        return True
    return any(
        isinstance(call, ast.Call)
        and callee_name(call) == "int"
        and len(call.args) == 1
        and isinstance(arg := call.args[0], ast.Subscript)
        and not isinstance(arg.slice, ast.Slice)
        for call in ast.walk(tree)
    )


def _splits_or_ranges(node: ast.expr) -> bool:
    """`x.split()`, `range(...)` or a reader helper's call: values, not one text's characters."""
    return any(
        isinstance(c, ast.Call)
        and (callee_name(c) in {"split", "range"} or callee_name(c) in _READERS)
        for c in ast.walk(node)
    )


def _grids(tree: ast.Module) -> frozenset[str]:
    """Names indexed by row then column: `g[i][j]`, or `row[j]` of `for row in g`.

    A program that walks each line's characters (`for c in row`) may be reading words, whose
    length the statement keeps short; those stay words.
    """
    out: set[str] = set()
    rows: dict[str, str] = {}  # `for row in g`: row -> g
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.For | ast.comprehension)
            and isinstance(node.target, ast.Name)
            and isinstance(node.iter, ast.Name)
        ):
            rows[node.target.id] = node.iter.id
    for node in ast.walk(tree):
        # A column that varies (`g[i][j]`); `name[0]` of a list of words is no grid.
        if isinstance(node, ast.Subscript) and not isinstance(node.slice, ast.Slice | ast.Constant):
            base = node.value
            if (
                isinstance(base, ast.Subscript)
                and not isinstance(base.slice, ast.Slice)
                and isinstance(base.value, ast.Name)
            ):
                out.add(base.value.id)
            elif isinstance(base, ast.Name) and base.id in rows:
                out.add(rows[base.id])
    return frozenset(out)


def _fills_grid(stmt: ast.stmt) -> bool:
    """The statement reads rows into a grid: `g = [input() for ...]`, `g.append(input())`."""
    if not _GRIDS:
        return False
    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
        target = stmt.targets[0]
        if isinstance(target, ast.Subscript):
            target = target.value  # `g[i] = input()`
        return (
            isinstance(target, ast.Name)
            and target.id in _GRIDS
            and (not isinstance(stmt.targets[0], ast.Name) or _reads_per_item(stmt))
        )
    if isinstance(stmt, ast.Expr) and isinstance(call := stmt.value, ast.Call):
        return (
            callee_name(call) == "append"
            and isinstance(call.func, ast.Attribute)
            and isinstance(call.func.value, ast.Name)
            and call.func.value.id in _GRIDS
        )
    return False


def _reads_text(stmt: ast.stmt) -> bool:
    """The statement reads a line and keeps it as text (no int(), map() or split())."""
    if _reader_converts(stmt):
        return False
    if isinstance(stmt, ast.Assign) and any(
        isinstance(t, ast.Name) and t.id in _CONVERTED for t in stmt.targets
    ):
        return False
    return not calls(stmt, _NUMERIC | _SPLITTERS)


def _reads_digits(stmt: ast.stmt) -> bool:
    """The line read is a string of digits, each made a number (`map(int, input())`).

    So are `[int(c) for c in input()]` and `s = input()` where the program later does
    `map(int, s)`; `map(int, input().split())` is a line of numbers instead.
    """
    if calls(stmt, {"split", *_SPLITTERS}):
        return False
    if (
        isinstance(stmt, ast.Assign)
        and isinstance(target := stmt.targets[0], ast.Name)
        and target.id in _DIGIT_NAMES
        and _reads(stmt.value)
    ):
        return True
    return any(_reads(iterable) for iterable in _per_character(stmt))


def _per_character(node: ast.AST) -> list[ast.expr]:
    """What `node` makes numbers of one character at a time.

    X of `map(int, X)` and of `[int(c) for c in X]`.
    """
    out: list[ast.expr] = []
    for sub in ast.walk(node):
        if (
            isinstance(sub, ast.Call)
            and callee_name(sub) == "map"
            and len(sub.args) == 2
            and isinstance(sub.args[0], ast.Name)
            and sub.args[0].id == "int"
        ):
            out.append(sub.args[1])
        if isinstance(sub, ast.ListComp | ast.GeneratorExp) and len(sub.generators) == 1:
            gen = sub.generators[0]
            elt = sub.elt
            if (
                isinstance(gen.target, ast.Name)
                and isinstance(elt, ast.Call)
                and callee_name(elt) == "int"
                and len(elt.args) == 1
                and isinstance(elt.args[0], ast.Name)
                and elt.args[0].id == gen.target.id
            ):
                out.append(gen.iter)
    return out


def _reader_converts(stmt: ast.stmt) -> bool:
    """A helper reader that converts (`RI()` whose body calls int) reads numbers.

    One that returns the line as it is (`def minp(): return sys.stdin.readline().strip()`)
    reads text.
    """
    return any(
        callee_name(c) in _READERS
        and callee_name(c) not in {"input", "readline"}
        and callee_name(c) not in _TEXT_READERS
        for c in _reads(stmt)
    ) and not any(callee_name(c) in {"input", "readline"} for c in _reads(stmt))


def _text(n: int, rng: random.Random) -> str:
    return "".join(rng.choice(_ALPHABET) for _ in range(n))


def _test_counts(tree: ast.Module) -> frozenset[str]:
    """Names read alone that bound a test-case loop (`t = int(input())`, `for _ in range(t)`)."""
    readers = reader_helpers(tree)
    counts = count_reads(tree, readers)
    out: set[str] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.For)
            and isinstance(bound := range_bound(node.iter), ast.Name)
            and bound.id in counts
            and (
                is_test_case_loop(node.iter, node.body, readers)
                or (
                    is_query_loop(node.iter, node.body, counts, readers)
                    and _answers_only(tree, node)
                )
            )
        ):
            out.add(bound.id)
        if (
            isinstance(node, ast.ListComp | ast.GeneratorExp)
            and len(node.generators) == 1
            and isinstance(bound := range_bound(node.generators[0].iter), ast.Name)
            and bound.id in counts
            and is_test_case_loop(node.generators[0].iter, [ast.Expr(value=node.elt)], readers)
        ):
            out.add(bound.id)  # `print(*(solve() for _ in range(t)))`
        if isinstance(node, ast.While):
            out.update(
                name
                for name in _while_names(node)
                if name in counts
                and is_test_case_loop(ast.Name(id=name, ctx=ast.Load()), node.body, readers)
            )
    return frozenset(out)


def _answers_only(tree: ast.Module, loop: ast.For) -> bool:
    """What the loop keeps a record of per pass is only printed afterwards (answers).

    `L.append([x - w, x + w])` then `L.sort()`: the records are one problem's data, and
    their count is its size, not a number of queries.
    """
    kept = appended_once_per_pass(loop)
    return kept <= only_printed(tree, loop)


def _while_names(loop: ast.While) -> list[str]:
    """The names a `while` loop tests: `t` of `while t:` and `while t > 0:`, `i, t` of `i <= t`."""
    test = loop.test
    heads = [test.left, *test.comparators] if isinstance(test, ast.Compare) else [test]
    return [head.id for head in heads if isinstance(head, ast.Name)]


def _called_procedures(tree: ast.Module) -> dict[str, ast.FunctionDef]:
    """Functions of no arguments that read input and that the program calls as a statement.

    `def solve(): ...` then `for _ in range(int(input())): solve()`: the input is read in the
    order of the calls, so a procedure's lines are generated where it is called, not defined.
    """
    plain = {
        stmt.name: stmt
        for stmt in tree.body
        if isinstance(stmt, ast.FunctionDef) and not stmt.args.args and not stmt.args.vararg
    }
    defined = {name: fn for name, fn in plain.items() if _find_reads(fn)}
    # `def main(): solve()` reads through the procedure it calls.
    while more := {
        name: fn
        for name, fn in plain.items()
        if name not in defined
        and any(_procedure_calls(s, defined) for s in ast.walk(fn) if isinstance(s, ast.Expr))
    }:
        defined |= more
    called = {
        name
        for stmt in ast.walk(tree)
        if isinstance(stmt, ast.Expr)
        for name in _procedure_calls(stmt, defined)
    }
    return {name: fn for name, fn in defined.items() if name in called}


def _procedure_calls(stmt: ast.Expr, procedures: Collection[str]) -> list[str]:
    """Names of procedures called with no arguments in a statement (`solve()`, `print(f())`)."""
    return [
        name
        for call in ast.walk(stmt.value)
        if isinstance(call, ast.Call)
        and not call.args
        and isinstance(call.func, ast.Name)
        and (name := call.func.id) in procedures
    ]


def _assigns_one_of(stmt: ast.stmt, names: frozenset[str]) -> bool:
    if not isinstance(stmt, ast.Assign) or len(stmt.targets) != 1:
        return False
    tgt = stmt.targets[0]
    if isinstance(tgt, ast.Tuple | ast.List) and len(tgt.elts) == 1:
        tgt = tgt.elts[0]
    return isinstance(tgt, ast.Name) and tgt.id in names and bool(_reads(stmt.value))


def _lines_for(
    stmt: ast.stmt,
    n: int,
    rng: random.Random,
    in_loop: bool,
    tests: frozenset[str] = frozenset(),
) -> list[str]:
    if isinstance(stmt, ast.FunctionDef | ast.ClassDef | ast.Import | ast.ImportFrom):
        if (
            isinstance(stmt, ast.FunctionDef)
            and stmt.name in {"main", "solve"}
            and stmt.name not in _PROCEDURES
            and stmt.name in _REFERENCED
        ):
            # Never called as a statement (a thread's target, say): read where it stands.
            return _body_lines(stmt.body, n, rng, in_loop, tests)
        return []
    if isinstance(stmt, ast.Expr) and (called := _procedure_calls(stmt, _PROCEDURES)):
        out: list[str] = []
        for name in called:
            if name not in _EXPANDING:
                _EXPANDING.add(name)
                try:
                    out.extend(_body_lines(_PROCEDURES[name].body, n, rng, in_loop, tests))
                finally:
                    _EXPANDING.discard(name)
        return out
    if isinstance(stmt, ast.For) and (as_reads := _line_loop(stmt)) is not None:
        # `for line in sys.stdin:` reads a line per pass, shaped as the body parses it.
        lines: list[str] = []
        while len(lines) < n:
            before = len(lines)
            lines.extend(_one_pass(as_reads, n, rng, tests))
            if len(lines) == before:
                break
        return lines[: 4 * n]
    if isinstance(stmt, ast.For | ast.While):
        bound = range_bound(stmt.iter) if isinstance(stmt, ast.For) else None
        if (isinstance(bound, ast.Name) and bound.id in tests) or (
            isinstance(stmt, ast.While) and not tests.isdisjoint(_while_names(stmt))
        ):
            # One test case, read as a whole problem would be.
            return [ln for s in stmt.body for ln in _lines_for(s, n, rng, False, tests)]
        if bound is not None and _reads(bound) and not in_loop:
            # `for _ in range(int(input())):` around a whole case: one case of size n.
            inner = [ln for s in stmt.body for ln in _lines_for(s, n, rng, False, tests)]
            return ["1", *inner]
        passes = _passes(stmt, n)
        if passes == 1:
            # `for _ in range(t)` with `t = 1`: its body is read once, as if it stood alone.
            return [ln for s in stmt.body for ln in _lines_for(s, n, rng, in_loop, tests)]
        body = _one_pass(stmt, n, rng, tests)
        if len(body) == 1 and _is_pair(body[0]):
            # A pair per pass is an edge `p k`, p < k: n - 1 of them make a random tree and
            # more a connected graph, as most statements promise; one pair repeated would not.
            edges = [f"{rng.randint(1, k + 1)} {k + 2}" for k in range(min(passes, n - 1))]
            extra = [f"{rng.randint(1, n)} {rng.randint(1, n)}" for _ in range(passes - len(edges))]
            return (edges + extra)[: 4 * n]
        # Each pass gets its own values (one random letter repeated n times is not text).
        lines = list(body)
        for _ in range(passes - 1):
            if len(lines) >= 4 * n or not body:
                break
            lines.extend(_one_pass(stmt, n, rng, tests))
        return lines[: 4 * n]
    if isinstance(stmt, ast.If | ast.Try | ast.With):
        return [line for s in stmt.body for line in _lines_for(s, n, rng, in_loop, tests)]
    if (items := _counted_items(stmt)) is not None:
        # `[... input() ... for _ in range(int(input()))]`: the count's line comes first.
        return [str(n), *_lines_for(items, n, rng, in_loop, tests)]
    parts = _assigned_reads(stmt)
    if parts:
        return [line for s in parts for line in _lines_for(s, n, rng, in_loop, tests)]
    return _render(_line_shape(stmt, in_loop), n, rng)


def _body_lines(
    body: list[ast.stmt], n: int, rng: random.Random, in_loop: bool, tests: frozenset[str]
) -> list[str]:
    """The lines a function's body reads, a test count among them read as one case."""
    out: list[str] = []
    for s in body:
        if _assigns_one_of(s, tests):
            out.append("1")
            continue
        out.extend(_lines_for(s, n, rng, in_loop, tests))
    return out


class _SizeN(ast.NodeTransformer):
    """Replaces one node (kept, not copied, by the deep copy) with the name `n`."""

    def __init__(self, node: ast.AST) -> None:
        self._node = node

    def visit(self, node: ast.AST) -> ast.AST:
        if node is self._node:
            return ast.copy_location(ast.Name(id="n", ctx=ast.Load()), node)
        out: ast.AST = super().visit(node)
        return out


def _counted_items(stmt: ast.stmt) -> ast.stmt | None:
    """`a = [f(input()) for _ in range(int(input()))]` as the same with `range(n)`; else None.

    The comprehension reads its count before its items. None unless the statement is such
    an assignment (or expression) and its items read too.
    """
    if id(stmt) in _COUNTED:
        return _COUNTED[id(stmt)]
    rewritten: ast.stmt | None = None
    if isinstance(stmt, ast.Assign | ast.Expr):
        for comp in ast.walk(stmt.value):
            if not isinstance(comp, ast.ListComp | ast.GeneratorExp | ast.SetComp):
                continue
            bound = range_bound(comp.generators[0].iter)
            if bound is None or not _reads(bound) or not _reads(comp.elt):
                continue
            copied = _SizeN(bound).visit(copy.deepcopy(stmt, {id(bound): bound}))
            rewritten = copied if isinstance(copied, ast.stmt) else None
            break
    _COUNTED[id(stmt)] = rewritten
    return rewritten


def _assigned_reads(stmt: ast.stmt) -> list[ast.Assign]:
    """`n, a = int(input()), list(map(...))` as one assignment per name: each reads a line.

    Empty unless the statement assigns a tuple of values of which more than one reads.
    """
    parts = _PARTS.get(id(stmt))
    if parts is None:
        parts = []
        if (
            isinstance(stmt, ast.Assign)
            and isinstance(target := stmt.targets[0], ast.Tuple)
            and isinstance(stmt.value, ast.Tuple)
            and len(target.elts) == len(stmt.value.elts)
            and sum(bool(_reads(v)) for v in stmt.value.elts) > 1
        ):
            parts = [
                ast.Assign(targets=[t], value=v, lineno=stmt.lineno)
                for t, v in zip(target.elts, stmt.value.elts, strict=True)
            ]
        _PARTS[id(stmt)] = parts
    return parts


def _line_shape(stmt: ast.stmt, in_loop: bool) -> tuple[str, int]:
    """What a statement reads, as (kind, count); worked out once per statement and place.

    A loop's body is shaped on every pass (n of them), so this walks its syntax tree once.
    """
    key = (id(stmt), in_loop)
    shape = _SHAPES.get(key)
    if shape is None:
        shape = _SHAPES[key] = _find_line_shape(stmt, in_loop)
    return shape


def _find_line_shape(stmt: ast.stmt, in_loop: bool) -> tuple[str, int]:
    reads = _reads(stmt)
    if not reads:
        return ("none", 0)
    unpacked = (
        stmt.targets[0]
        if isinstance(stmt, ast.Assign) and isinstance(stmt.targets[0], ast.Tuple | ast.List)
        else None
    )
    width = 1 if unpacked is None else len(unpacked.elts)
    splits = calls(stmt, {"split", *_SPLITTERS})
    comp_loop = any(isinstance(c, ast.ListComp | ast.GeneratorExp) for c in ast.walk(stmt))
    if _parses_bits(stmt):
        # `int(input(), 2)`: a line of n bits (n of them when read per item: a bit matrix).
        return ("bits", int(comp_loop and _reads_per_item(stmt)))
    if _reads_digits(stmt):
        return ("digits", 0)
    if _fills_grid(stmt):
        text = not splits and not _reader_converts(stmt) and not calls(stmt, _NUMERIC)
        return ("grid_text" if text else "grid_numbers", int(comp_loop and _reads_per_item(stmt)))
    if comp_loop and len(reads) == 1 and _reads_per_item(stmt):
        # `[int(input()) for _ in range(n)]`: a number per line, not a pair.
        whole = not splits and _parses_a_number(stmt)
        return ("item_numbers", 0) if whole else ("item_pairs", 0)
    text = width == 1 and _reads_text(stmt)
    if _reads_a_range(stmt):
        return ("range", int(in_loop))
    if in_loop:
        return ("pass_text", 0) if text else ("pass_values", max(width, 2 if splits else 1))
    if text:
        return ("text", 0)
    if splits and width == 1 and unpacked is None:
        return ("permutation", 0)
    return ("sizes", width)


def _render(shape: tuple[str, int], n: int, rng: random.Random) -> list[str]:
    """The lines of one statement's read at size n."""
    kind, count = shape
    if kind == "none":
        return []
    if kind == "bits":
        rows = n if count else 1
        return ["".join(rng.choice("01") for _ in range(n)) for _ in range(rows)]
    if kind in ("grid_text", "grid_numbers"):
        # n rows of n cells (one row when read a row per pass): as wide as any size it has.
        rows = n if count else 1
        if kind == "grid_text":
            return [_text(n, rng) for _ in range(rows)]
        return [" ".join(str(rng.randint(1, n)) for _ in range(n)) for _ in range(rows)]
    if kind == "item_numbers":
        return [str(rng.randint(1, n)) for _ in range(n)]
    if kind == "item_pairs":
        # In order: a list of pairs is as often of ranges `l r` as of anything else.
        pairs = (sorted((rng.randint(1, n), rng.randint(1, n))) for _ in range(n))
        return [f"{low} {high}" for low, high in pairs]
    if kind == "range":
        # `l, r`: l <= r, as statements promise; alone it spans everything (`1 n`).
        if not count:
            return [f"1 {n}"]
        low, high = sorted((rng.randint(1, n), rng.randint(1, n)))
        return [f"{low} {high}"]
    if kind == "digits":
        digits = _ALPHABET if _ALPHABET.isdigit() else "0123456789"
        return ["".join(rng.choice(digits) for _ in range(n))]
    if kind == "pass_text":
        return [_text(1, rng)]
    if kind == "pass_values":
        return [" ".join(str(rng.randint(1, n)) for _ in range(count))]
    if kind == "text":
        return [_text(n, rng)]  # a string of length n (`s = input()`)
    if kind == "permutation":
        # A permutation of 1..n: distinct values that are also valid 1-based positions, the
        # promise most array statements make (a program indexing by value then runs).
        values = list(range(1, n + 1))
        rng.shuffle(values)
        return [" ".join(map(str, values))]
    # `n, k = ...`: the later sizes are half of n, so `range(n - k + 1)` windows of width k
    # still grow with n (k = n leaves one window).
    return [" ".join([str(n), *(str(max(1, n // 2)) for _ in range(count - 1))])]


def _one_pass(
    loop: ast.For | ast.While, n: int, rng: random.Random, tests: frozenset[str]
) -> list[str]:
    """The lines one pass of a loop reads."""
    return [ln for s in loop.body for ln in _lines_for(s, n, rng, in_loop=True, tests=tests)]


def _is_pair(line: str) -> bool:
    parts = line.split()
    return len(parts) == 2 and all(p.isdigit() for p in parts)


def _passes(loop: ast.For | ast.While, n: int) -> int:
    """How many passes to feed: `n`, `c` for `range(c)`, `n - c` for `range(m - c)`."""
    if isinstance(loop, ast.While):
        # `t = 1` then `while t: t -= 1; ...`: as many passes as the constant says.
        counts = [_CONSTANTS[name] for name in _while_names(loop) if name in _CONSTANTS]
        return max(0, min(n, counts[0])) if counts else n
    arg = range_bound(loop.iter)
    if arg is not None:
        if isinstance(arg, ast.Constant) and isinstance(arg.value, int):
            return max(0, min(n, arg.value))
        if isinstance(arg, ast.Name) and arg.id in _CONSTANTS:
            return max(0, min(n, _CONSTANTS[arg.id]))
        if (
            isinstance(arg, ast.BinOp)
            and isinstance(arg.op, ast.Sub)
            and isinstance(arg.left, ast.Name)
            and isinstance(arg.right, ast.Constant)
            and isinstance(arg.right.value, int)
        ):
            return max(1, n - arg.right.value)
    return n


def _parses_bits(stmt: ast.stmt) -> bool:
    """The statement parses a line it reads as a binary number (`int(input(), 2)`)."""
    return any(isinstance(c, ast.expr) and parses_bits(c, _READERS) for c in ast.walk(stmt))


def _parses_a_number(stmt: ast.stmt) -> bool:
    """A line read is parsed as one number (`int(input())`); with no split, each item is one."""
    return any(
        isinstance(c, ast.Call)
        and callee_name(c) in {"int", "float"}
        and len(c.args) == 1
        and bool(_reads(c.args[0]))
        for c in ast.walk(stmt)
    )


#: Pairs of names that bound a range (`l, r = map(int, input().split())`), lower-cased.
_RANGE_NAMES = frozenset(
    [("l", "r"), ("left", "right"), ("lo", "hi"), ("low", "high"), ("start", "end")]
)


def _reads_a_range(stmt: ast.stmt) -> bool:
    """The statement reads the two ends of a range into names that say so (`l, r`)."""
    if not isinstance(stmt, ast.Assign) or not isinstance(
        tgt := stmt.targets[0], ast.Tuple | ast.List
    ):
        return False
    names = tuple(e.id.lower() for e in tgt.elts if isinstance(e, ast.Name))
    return len(tgt.elts) == 2 and names in _RANGE_NAMES


def _reads_per_item(stmt: ast.stmt) -> bool:
    return any(
        isinstance(comp, ast.ListComp | ast.GeneratorExp) and _reads(comp.elt)
        for comp in ast.walk(stmt)
    )
