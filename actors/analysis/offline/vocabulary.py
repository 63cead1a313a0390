"""Names and built-ins the analyser recognises, with what each implies for cost.

Python declares no types, so conventional names are one piece of evidence (used only when
the code itself says nothing), and the cost of well-known built-ins is looked up here.
"""

from __future__ import annotations

import builtins

#: Python's own names (`int` of `map(int, ...)`): functions passed or called, not data or sizes.
BUILTIN_NAMES = frozenset(dir(builtins))

# Conventional names of integers (sizes, counters, bounds).
INT_NAMES = frozenset(
    [
        "n",
        "m",
        "k",
        "q",
        "t",
        "x",
        "y",
        "num",
        "number",
        "target",
        "size",
        "count",
        "limit",
        "total",
        "amount",
        "val",
        "value",
        "i",
        "j",
        "lo",
        "hi",
        "low",
        "high",
        "start",
        "end",
        "left",
        "right",
        "idx",
        "index",
        "depth",
        "level",
        "steps",
        "exp",
        "power",
        "base",
        "mod",
        "b",
        "e",
        "p",
        "r",
        "c",
        "d",
        "width",
        "height",
        "rows",
        "cols",
        "capacity",
        "budget",
        "w",
    ]
)

# Conventional names of sequences (lists, strings, grids).
SEQ_NAMES = frozenset(
    [
        "arr",
        "array",
        "a",
        "nums",
        "numbers",
        "lst",
        "list_",
        "items",
        "xs",
        "ys",
        "data",
        "values",
        "seq",
        "sequence",
        "s",
        "string",
        "text",
        "word",
        "words",
        "grid",
        "matrix",
        "board",
        "points",
        "intervals",
        "coins",
        "prices",
        "weights",
        "tree",
        "root",
        "node",
        "head",
        "elements",
        "vals",
        "heights",
        "digits",
        "queue",
        "stack",
        "path",
        "chars",
        "letters",
        "line",
        "lines",
        "strs",
        "pairs",
        "candidates",
        "piles",
        "tasks",
        "jobs",
        "scores",
        "costs",
        "ratings",
    ]
)

# Conventional names of hash tables and sets.
HASH_NAMES = frozenset(
    [
        "seen",
        "visited",
        "memo",
        "cache",
        "lookup",
        "table",
        "index_of",
        "pos",
        "positions",
        "counts",
        "freq",
        "mapping",
        "d",
        "dp_map",
        "graph_set",
        "used",
        "done",
        "banned",
        "allowed",
        "vocab",
        "dictionary",
    ]
)

# Adjacency structures: iterating `graph[u]` over a traversal visits each edge once.
ADJACENCY_NAMES = frozenset(
    [
        "graph",
        "adj",
        "g",
        "tree",
        "children",
        "neighbors",
        "neighbours",
        "edges",
        "adjacency",
        "adj_list",
        "out_edges",
        "in_edges",
        "kids",
        "sons",
    ]
)

# Constructors of hash-based containers (membership is O(1)).
HASH_CTORS = frozenset(
    [
        "set",
        "dict",
        "defaultdict",
        "Counter",
        "OrderedDict",
        "frozenset",
    ]
)

# Constructors of sequences (membership is O(n)).
SEQ_CTORS = frozenset(
    [
        "list",
        "sorted",
        "tuple",
        "deque",
        "reversed",
        "bytearray",
    ]
)

# Methods that change their receiver in place.
MUTATORS = frozenset(
    [
        "append",
        "appendleft",
        "extend",
        "insert",
        "pop",
        "popleft",
        "add",
        "update",
        "remove",
        "discard",
        "clear",
        "sort",
        "reverse",
        "heappush",
        "heappop",
        "heapify",
        "setdefault",
    ]
)

# String methods that copy their receiver with its letters' case (or letters) changed. Mostly
# called on a single character (`c.upper()` for each `c` of a word), where they cost nothing
# more; `translate` maps every letter through a table, as a change of case does.
CASE_METHODS = frozenset(
    ["lower", "upper", "swapcase", "capitalize", "title", "casefold", "translate"]
)

# Functions of the `re` module that scan the text they are given (its last positional
# argument of those listed: `re.sub(pattern, repl, text)`, `re.findall(pattern, text)`).
REGEX_SCANS: dict[str, int] = {
    "sub": 2,
    "subn": 2,
    "findall": 1,
    "finditer": 1,
    "search": 1,
    "match": 1,
    "fullmatch": 1,
    "split": 1,
}

# Methods whose cost grows with the receiver's size (list and str methods).
LINEAR_METHODS = frozenset(
    [
        "index",
        "count",
        "remove",
        "insert",
        "reverse",
        "copy",
        "extend",
        "split",
        "replace",
        "find",
        "rfind",
        "join",
        "splitlines",
        "deepcopy",
        "update",
        "union",
        "intersection",
        "difference",
        "symmetric_difference",
        "issubset",
        "issuperset",
        "tolist",
        *CASE_METHODS,
    ]
)

# Heap and bisection operations: O(log n) each.
LOG_FUNCS = frozenset(
    [
        "heappush",
        "heappop",
        "heappushpop",
        "heapreplace",
        "bisect",
        "bisect_left",
        "bisect_right",
    ]
)

# `math` products of a run of factors, with the argument that counts the factors:
# `factorial(n)` multiplies n numbers, `comb(n, k)` and `perm(n, k)` k of them.
PRODUCT_FUNCS = {"factorial": 0, "comb": 1, "perm": 1}

# Built-ins that walk their whole argument once.
CONSUMERS = frozenset(
    [
        "sum",
        "min",
        "max",
        "any",
        "all",
        "list",
        "tuple",
        "set",
        "frozenset",
        "dict",
        "fromkeys",  # `dict.fromkeys(a)`: one key per item
        "Counter",
        "deque",
        "heapify",
        "join",
        "enumerate_list",
        "OrderedDict",
        "defaultdict",
        "bytearray",
        "nlargest",
        "nsmallest",
        "accumulate",
    ]
)

# Functions that add an item to the collection they are given first (`heappush(h, x)`).
GROWING_FUNCTIONS = frozenset({"heappush", "heappushpop", "insort", "insort_left", "insort_right"})
# Methods that grow the collection they are called on.
GROWING_METHODS = frozenset(
    {"append", "appendleft", "extend", "insert", "add", "update", "setdefault"}
)

#: Calls of the `random` module that draw an index or an item (`random.randint(l, r)`,
#: `choice(a)`): a random pivot. Not `random.random()`, a tie-break more often.
RANDOM_DRAWS = frozenset({"randint", "randrange", "choice", "shuffle"})
