"""The timing harness runs as plain Python and prints points the parser accepts."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap

import pytest

from actors.analysis.offline.harness import (
    MARKER,
    choose_target,
    function_harness,
    input_grows,
    stdin_for,
)
from actors.analysis.offline.measure import _parse_points
from actors.analysis.offline.static import StaticAnalyzer


def _target(code: str):
    report = StaticAnalyzer().analyze(code)
    kinds = {f.name: dict(f.param_kinds) for f in report.functions}
    return choose_target(ast.parse(code), kinds)


def test_target_is_the_root_function_with_buildable_args() -> None:
    code = textwrap.dedent(
        """
        def helper(x):
            return x * 2

        def solve(nums, k):
            return sorted(helper(v) for v in nums)[:k]
        """
    )
    target = _target(code)
    assert target is not None
    assert target.name == "solve"
    assert target.args == (("nums", "list"), ("k", "small"))


def test_callables_are_not_measured() -> None:
    assert _target("def apply(f, xs):\n    return [f(x) for x in xs]\n") is None


def test_harness_prints_growing_points() -> None:
    code = "def total(nums):\n    s = 0\n    for x in nums:\n        s += x\n    return s\n"
    target = _target(code)
    assert target is not None
    harness = function_harness(code, target, [64, 256, 1024, 4096], budget_s=2.0)
    proc = subprocess.run(
        [sys.executable, "-I", "-c", harness], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert MARKER in proc.stdout
    points = _parse_points(proc.stdout)
    assert [p.n for p in points] == [64, 256, 1024, 4096]
    assert points[-1].seconds > points[0].seconds


def test_harness_stops_when_the_function_raises() -> None:
    code = "def boom(n):\n    if n > 100:\n        raise ValueError(n)\n    return n\n"
    target = _target(code)
    assert target is not None
    harness = function_harness(code, target, [64, 256, 1024, 4096], budget_s=1.0)
    proc = subprocess.run(
        [sys.executable, "-I", "-c", harness], capture_output=True, text=True, timeout=60
    )
    assert [p.n for p in _parse_points(proc.stdout)] == [64]


def test_parser_rejects_garbage() -> None:
    assert _parse_points("hello\n") == []
    assert _parse_points(f"{MARKER} __import__('os')\n") == []
    text = f"{MARKER} 1 -2.0\n{MARKER} x 1.0\n{MARKER} 8 0.5\n{MARKER} 9 nan\nnoise {MARKER} 3 1\n"
    assert [(p.n, p.seconds) for p in _parse_points(text)] == [(8, 0.5)]


def test_stdin_shaped_after_the_reads() -> None:
    code = textwrap.dedent(
        """
        n, k = map(int, input().split())
        a = list(map(int, input().split()))
        for _ in range(n):
            x, y = map(int, input().split())
        """
    )
    lines = stdin_for(ast.parse(code), 5).splitlines()
    assert lines[0] == "5 2"  # later sizes are half of n (k = n would leave one window)
    assert len(lines[1].split()) == 5
    assert len(lines) == 2 + 5 and all(len(line.split()) == 2 for line in lines[2:])


def test_test_case_loops_get_one_case_of_size_n() -> None:
    code = textwrap.dedent(
        """
        t = int(input())
        for _ in range(t):
            n = int(input())
            a = list(map(int, input().split()))
            print(sum(a))
        """
    )
    lines = stdin_for(ast.parse(code), 7).splitlines()
    # One case whose size is n, not n cases (that would time t * n, not the program's n).
    assert lines[0] == "1" and lines[1] == "7" and len(lines[2].split()) == 7 and len(lines) == 3


def test_test_cases_answered_in_a_comprehension_get_one_case_too() -> None:
    code = textwrap.dedent(
        """
        def solve():
            n = int(input())
            a = list(map(int, input().split()))
            return max(a) - min(a) + n

        t = int(input())
        print('\\n'.join(str(solve()) for _ in range(t)))
        """
    )
    lines = stdin_for(ast.parse(code), 8).splitlines()
    # t = 8 would promise eight cases and give one: the program would stop at end of input.
    assert lines[0] == "1" and lines[1] == "8" and len(lines[2].split()) == 8 and len(lines) == 3


def test_reads_through_helpers_are_shaped_too() -> None:
    code = "def LI(): return list(map(int, input().split()))\nn, = LI()\na = LI()\nprint(max(a))\n"
    lines = stdin_for(ast.parse(code), 6).splitlines()
    assert lines[0] == "6" and len(lines[1].split()) == 6


def test_input_that_cannot_grow_is_not_timed() -> None:
    fixed = ast.parse("a, b = map(int, input().split())\nprint(a + b)\n")
    sized = ast.parse("n = int(input())\na = list(map(int, input().split()))\nprint(max(a))\n")
    assert not input_grows(fixed, [64, 1024])
    assert input_grows(sized, [64, 1024])


def test_no_target_when_no_argument_grows_with_n() -> None:
    # The harness builds a set of eight short words whatever n is: nothing to chart.
    code = textwrap.dedent(
        """
        def known(words, k=3):
            return sum(len(w) for w in words if len(w) == k)
        """
    )
    assert _target(code) is None


def test_a_line_kept_as_text_is_a_string_of_length_n_over_the_letters_compared() -> None:
    code = textwrap.dedent(
        """
        n = int(input())
        s = input().strip()
        print(sum(1 for c in s if c == 'R' or c == 'G'))
        """
    )
    lines = stdin_for(ast.parse(code), 9).splitlines()
    assert lines[0] == "9"
    assert len(lines[1]) == 9 and set(lines[1]) <= {"G", "R"}


def test_lines_read_in_a_loop_vary_and_hold_the_one_letter_looked_for() -> None:
    # CodeComplex's "f"/"s" statements program: only lines equal to "f" make work, so the
    # input must hold some, and not one random line repeated n times.
    code = textwrap.dedent(
        """
        n = int(input())
        f = 1
        for _ in range(n):
            c = input()
            if c == "f":
                f += 1
        print(f)
        """
    )
    lines = stdin_for(ast.parse(code), 64).splitlines()
    assert lines[0] == "64"
    assert len(lines) == 65 and set(lines[1:]) == {"a", "f"}


def test_a_line_later_converted_to_int_stays_a_number() -> None:
    lines = stdin_for(ast.parse("x = input()\nn = int(x)\nprint(n)\n"), 9).splitlines()
    assert lines == ["9"]


def test_reader_lambdas_are_definitions_not_reads() -> None:
    code = textwrap.dedent(
        """
        import sys
        RI = lambda: [int(x) for x in sys.stdin.readline().split()]
        n, k = RI()
        print(n + k)
        """
    )
    assert stdin_for(ast.parse(code), 5).splitlines() == ["5 2"]


def test_pairs_read_per_pass_are_the_edges_of_a_tree() -> None:
    code = textwrap.dedent(
        """
        n = int(input())
        g = [[] for _ in range(n + 1)]
        for _ in range(n - 1):
            u, v = map(int, input().split())
            g[u].append(v)
        order = list(map(int, input().split()))
        """
    )
    lines = stdin_for(ast.parse(code), 9).splitlines()
    edges = [tuple(map(int, line.split())) for line in lines[1:-1]]
    # n - 1 distinct lines, each joining a new vertex to an earlier one: a tree on 1..n.
    assert len(edges) == 8 and len(set(edges)) == 8
    assert sorted(v for _, v in edges) == list(range(2, 10))
    assert all(1 <= u < v for u, v in edges)
    # The line of n numbers is a permutation of 1..n: distinct, and valid 1-based positions.
    assert sorted(map(int, lines[-1].split())) == list(range(1, 10))


def test_lines_parsed_as_binary_numbers_are_bit_strings_of_length_n() -> None:
    matrix = ast.parse(
        "n, m = map(int, input().split())\nrows = [int(input(), 2) for _ in range(n)]\n"
    )
    lines = stdin_for(matrix, 16).splitlines()
    assert lines[0] == "16 8"
    assert len(lines[1:]) == 16
    assert all(len(row) == 16 and set(row) <= {"0", "1"} for row in lines[1:])
    assert len(set(lines[1:])) > 1
    one = stdin_for(ast.parse("x = int(input(), 2)\nprint(x.bit_count())\n"), 32).splitlines()
    assert len(one) == 1 and len(one[0]) == 32 and set(one[0]) <= {"0", "1"}


def test_a_line_of_text_grows_with_its_characters() -> None:
    text = ast.parse("s = input()\nprint(s.count('a'))\n")
    bits = ast.parse("x = int(input(), 2)\nprint(bin(x).count('1'))\n")
    number = ast.parse("n = int(input())\nprint(n * (n + 1) // 2)\n")
    assert input_grows(text, [64, 1024])
    assert input_grows(bits, [64, 1024])
    assert not input_grows(number, [64, 1024])


def test_windows_of_a_second_size_still_grow_with_n() -> None:
    code = (
        "n, k = map(int, input().split())\ns = input()\n"
        "print(sum(s[i:i + k].count('a') for i in range(n - k + 1)))\n"
    )
    first = stdin_for(ast.parse(code), 64).splitlines()[0]
    n, k = map(int, first.split())
    assert n == 64 and 1 < k < n


_FAST_IO = """
import os, sys
from io import BytesIO, IOBase

class FastIO(IOBase):
    def __init__(self, file):
        self._fd = file.fileno()
        self.buffer = BytesIO()

    def read(self):
        b = os.read(self._fd, max(os.fstat(self._fd).st_size, 8192))
        self.buffer.write(b)
        return self.buffer.read()

    def readline(self):
        b = os.read(self._fd, max(os.fstat(self._fd).st_size, 8192))
        self.buffer.write(b)
        return self.buffer.readline()

class IOWrapper(IOBase):
    def __init__(self, file):
        self.buffer = FastIO(file)
        self.read = lambda: self.buffer.read().decode("ascii")

sys.stdin = IOWrapper(sys.stdin)
input = lambda: sys.stdin.readline().rstrip("\\r\\n")
"""


def test_reading_all_of_stdin_as_values_gets_one_line_of_them() -> None:
    code = "import sys\ndata = sys.stdin.read().split()\nn = int(data[0])\nprint(data[1:n + 1])\n"
    (line,) = stdin_for(ast.parse(code), 8).splitlines()
    assert line.split()[0] == "8" and len(line.split()) > 8


def test_line_readers_that_mention_read_get_lines() -> None:
    # A fast-input class's own `read`, a BytesIO over os.read(0) read by lines, a helper named
    # `read` and `.read().splitlines()` all read line by line: `n`, then a line of n values.
    tail = "n = int(input())\na = list(map(int, input().split()))\nprint(sum(a))\n"
    programs = [
        _FAST_IO + tail,
        "import io, os\ninput = io.BytesIO(os.read(0, os.fstat(0).st_size)).readline\n" + tail,
        "def read():\n    return list(map(int, input().split()))\nn = int(input())\n"
        "a = read()\nprint(sum(a))\n",
        "import sys\nlines = sys.stdin.read().splitlines()\nn = int(lines[0])\n"
        "print(sum(map(int, lines[1].split())))\n",
    ]
    for code in programs:
        lines = stdin_for(ast.parse(code), 8).splitlines()
        assert lines[0] == "8", code
        assert len(lines[1].split()) == 8, code


def test_items_read_as_one_number_each_get_a_number_per_line() -> None:
    code = "n = int(input())\na = [int(input()) for _ in range(n)]\nprint(max(a))\n"
    pairs = "n = int(input())\ne = [tuple(map(int, input().split())) for _ in range(n)]\n"
    lines = stdin_for(ast.parse(code), 6).splitlines()
    assert lines[0] == "6" and len(lines) == 7
    assert all(line.isdigit() for line in lines[1:])
    assert all(len(line.split()) == 2 for line in stdin_for(ast.parse(pairs), 6).splitlines()[1:])


def test_a_loop_of_one_pass_reads_its_body_once_as_a_whole_case() -> None:
    code = "t = 1\nfor _ in range(t):\n    s = input()\n    print(s.count('a'))\n"
    (line,) = stdin_for(ast.parse(code), 9).splitlines()
    assert len(line) == 9


def test_a_tuple_of_reads_gets_a_line_for_each() -> None:
    # `n, a, m = int(input()), list(...), int(input())` reads three lines, not one of three.
    code = textwrap.dedent(
        """
        n, a, m = int(input()), list(map(int, input().split())), int(input())
        for _ in range(m):
            l, r = map(int, input().split())
            print(sum(a[l - 1 : r]))
        """
    )
    stdin = stdin_for(ast.parse(code), 8)
    lines = stdin.splitlines()
    assert lines[0] == "8" and len(lines[1].split()) == 8 and lines[2] == "8", lines
    assert len(lines) == 3 + 8 and all(len(line.split()) == 2 for line in lines[3:])
    run = subprocess.run(
        [sys.executable, "-c", code], input=stdin, capture_output=True, text=True, timeout=30
    )
    assert run.returncode == 0, run.stderr


def test_generation_from_many_threads_matches_one_at_a_time() -> None:
    # The analysis runs generation off the event loop, several analyses at once.
    from concurrent.futures import ThreadPoolExecutor

    programs = [
        ast.parse("n = int(input())\nfor _ in range(n):\n    s = input()\n    print(s)\n"),
        ast.parse("n, k = map(int, input().split())\na = list(map(int, input().split()))\n"),
        ast.parse("t = int(input())\nfor _ in range(t):\n    x = int(input(), 2)\n"),
    ]
    jobs = [(tree, n) for n in (50, 300, 2000) for tree in programs] * 4
    alone = [stdin_for(tree, n) for tree, n in jobs]
    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(pool.map(lambda job: stdin_for(*job), jobs))
    assert together == alone


def _runs_on_its_input(code: str, n: int = 12) -> str:
    """The generated input at size n, after checking the program runs on it without error."""
    stdin = stdin_for(ast.parse(code), n)
    run = subprocess.run(
        [sys.executable, "-c", code], input=stdin, capture_output=True, text=True, timeout=30
    )
    assert run.returncode == 0, (stdin, run.stderr)
    return stdin


_ONE_CASE = """
    n = int(input())
    a = list(map(int, input().split()))
    assert len(a) == n, "the case's size and its list disagree"
    print(sum(a))
"""


@pytest.mark.parametrize(
    "driver",
    [
        "for _ in range(int(input())):\n    solve()\n",
        "t = int(input())\nfor _ in range(t):\n    solve()\n",
        "t = int(input())\nwhile t:\n    t -= 1\n    solve()\n",
        "t = int(input())\nwhile t > 0:\n    solve()\n    t -= 1\n",
        "T = int(input())\ni = 1\nwhile i <= T:\n    solve()\n    i += 1\n",
        "def main():\n    solve()\n\nif __name__ == '__main__':\n    main()\n",
        "t = 1\nwhile t:\n    t -= 1\n    solve()\n",
    ],
    ids=["for-input", "for-t", "while-t", "while-t-gt-0", "while-i-le-t", "main", "t-is-1"],
)
def test_a_procedure_reads_where_it_is_called(driver: str) -> None:
    # `def solve(): ...` read in order of the calls: one case of size n after the count.
    code = "def solve():" + textwrap.indent(textwrap.dedent(_ONE_CASE), "    ") + "\n" + driver
    stdin = _runs_on_its_input(code)
    lines = stdin.splitlines()
    assert lines[-2:] == ["12", lines[-1]] and len(lines[-1].split()) == 12, lines


def test_the_test_count_of_a_while_loop_is_one_case() -> None:
    code = textwrap.dedent(
        """
        t = int(input())
        while t:
            t -= 1
            n = int(input())
            a = list(map(int, input().split()))
            assert len(a) == n
        """
    )
    assert _runs_on_its_input(code).splitlines()[:2] == ["1", "12"]


@pytest.mark.parametrize(
    ("target", "low", "high"),
    [("l, r", "l", "r"), ("left, right", "left", "right"), ("[lo, hi]", "lo", "hi")],
)
def test_a_range_is_read_in_order(target: str, low: str, high: str) -> None:
    # `l, r` queries promise l <= r; `li[r - l][0]` fails on `12 6` (a row too short).
    code = textwrap.dedent(
        f"""
        n = int(input())
        a = list(map(int, input().split()))
        li = [a[: n - i] for i in range(n)]
        for _ in range(int(input())):
            {target} = map(int, input().split())
            print(li[{high} - {low}][0])
        q = int(input())
        for _ in range(q):
            {target} = map(int, input().split())
            assert {low} <= {high}
        """
    )
    _runs_on_its_input(code)


@pytest.mark.parametrize(
    "read",
    [
        "d = list(map(int, input()))",
        "d = [int(c) for c in input()]",
        "s = input()\nd = list(map(int, s))",
        "d = list(map(int, list(input())))",
    ],
)
def test_a_line_made_numbers_digit_by_digit_is_digits(read: str) -> None:
    code = read + "\nassert len(d) == 12 and all(0 <= x <= 9 for x in d)\nprint(sum(d))\n"
    assert _runs_on_its_input(code).strip().isdigit()


def test_a_text_compared_with_one_digit_is_made_of_digits() -> None:
    # `s[i] == '0'`: a string of 0s and 1s, not of 0s and a letter.
    code = "n = int(input())\ns = input()\nprint(sum(int(s[i]) for i in range(n) if s[i] != '0'))\n"
    assert set(_runs_on_its_input(code).splitlines()[1]) == {"0", "1"}


@pytest.mark.parametrize(
    ("lookup", "alphabet"),
    [
        ("c in 'aeiou'", set("aeiou")),
        ("c not in '()'", set("()")),
        ("{'(': 1, ')': -1}[c] > 0", set("()")),
    ],
)
def test_letters_looked_up_in_a_literal_make_the_text(lookup: str, alphabet: set[str]) -> None:
    # Text over the letters the program looks for reaches its branches; "ab" would not.
    code = f"s = input()\nprint(sum(1 for c in s if {lookup}))\n"
    assert set(_runs_on_its_input(code).strip()) == alphabet


@pytest.mark.parametrize(
    "reads",
    [
        "g = [input() for _ in range(n)]",
        "g = []\nfor _ in range(n):\n    g.append(input())",
        "g = []\nfor _ in range(n):\n    g.append(list(input()))",
        "g = [input().strip() for _ in range(n)]",
        "g = [list(map(int, input().split())) for _ in range(n)]",
        "g = []\nfor _ in range(n):\n    g.append(list(map(int, input().split())))",
    ],
    ids=["text-comp", "text-append", "chars-append", "strip-comp", "numbers-comp", "numbers"],
)
def test_rows_read_into_a_grid_are_as_wide_as_the_grid(reads: str) -> None:
    # `g[i][j]` for j up to m: rows of one letter (or a pair of numbers) fail at j = 2.
    code = f"n, m = map(int, input().split())\n{reads}\n"
    code += "print(sum(1 for i in range(n) for j in range(m) if str(g[i][j]) in '.1'))\n"
    stdin = _runs_on_its_input(code)
    assert len(stdin.splitlines()) == 13


def test_a_row_of_a_grid_indexed_in_its_own_loop_is_as_wide_too() -> None:
    code = textwrap.dedent(
        """
        n, m = map(int, input().split())
        g = [input() for _ in range(n)]
        print(sum(row[j] == '*' for row in g for j in range(m)))
        """
    )
    assert len(_runs_on_its_input(code).splitlines()) == 13


def test_words_looked_at_by_their_first_letter_stay_short() -> None:
    # `s[0]` of a list of names: no grid, so no n-by-n input to read.
    code = textwrap.dedent(
        """
        n = int(input())
        names = [input() for _ in range(n)]
        print(sum(1 for s in names if s[0] == 'a'))
        """
    )
    assert len(_runs_on_its_input(code)) < 12 * 12


def test_reader_lambdas_that_wrap_reader_lambdas_read_too() -> None:
    code = textwrap.dedent(
        """
        import sys
        sp = lambda: sys.stdin.readline().rstrip()
        ip = lambda: int(sp())
        lp = lambda: list(map(int, sys.stdin.readline().split()))
        N = ip()
        L = []
        for _ in range(N):
            x, w = lp()
            L.append([x - w, x + w])
        L.sort()
        print(len(L))
        """
    )
    assert _runs_on_its_input(code).splitlines()[0] == "12"


def test_a_solve_that_is_never_called_reads_nothing() -> None:
    code = textwrap.dedent(
        """
        def solve():
            a, b, c = map(int, input().split())
            print(a + b + c)

        def main():
            n = int(input())
            s = input()
            print(len(set(s[:n])))

        if __name__ == "__main__":
            main()
        """
    )
    assert _runs_on_its_input(code).splitlines()[0] == "12"


@pytest.mark.parametrize(
    "loop",
    [
        "for line in sys.stdin:\n    u, v = map(int, line.split())\n    tot += u + v",
        "for line in open(0):\n    u, v = map(int, line.split())\n    tot += u + v",
        "lines = sys.stdin.readlines()\nfor i, line in enumerate(lines):\n"
        "    u, v = map(int, line.split())\n    tot += u * i + v",
        "for line in sys.stdin.read().splitlines():\n    tot += int(line)",
    ],
    ids=["stdin", "open-0", "readlines-enumerate", "splitlines"],
)
def test_a_loop_over_the_lines_of_stdin_gets_n_lines_shaped_by_its_body(loop: str) -> None:
    # A loop over stdin reads no `input()`: without this it got no lines and did not grow.
    code = "import sys\nn, m = map(int, sys.stdin.readline().split())\ntot = 0\n"
    code += loop + "\nprint(tot)\n"
    lines = _runs_on_its_input(code).splitlines()
    assert len(lines) == 13, lines
    assert input_grows(ast.parse(code), [64, 4096])


@pytest.mark.parametrize(
    "reads",
    [
        "a = [int(input()) for _ in range(int(input()))]\nprint(sum(a))",
        "a = [list(map(int, input().split())) for i in range(int(input()))]\n"
        "print(sum(x for r in a for x in r))",
        "print(sum(int(input()) for _ in range(int(input()))))",
    ],
    ids=["numbers", "rows", "generator"],
)
def test_a_comprehension_that_reads_its_own_count_gets_the_count_first(reads: str) -> None:
    stdin = _runs_on_its_input(reads + "\n")
    lines = stdin.splitlines()
    assert lines[0] == "12" and len(lines) == 13, lines


def test_a_reader_helper_that_converts_nothing_reads_text() -> None:
    # `minp()` returns the line itself: `list(minp())` is its characters, not one number.
    code = textwrap.dedent(
        """
        import sys
        def minp():
            return sys.stdin.readline().strip()
        def mints():
            return map(int, minp().split())
        n, q = mints()
        a = list(minp())
        c = [0] * (n + 1)
        for i in range(n):
            c[i + 1] = c[i] + int(a[i])
        print(c[n])
        """
    )
    assert len(_runs_on_its_input(code).splitlines()[1]) == 12


def test_tokens_of_the_whole_input_read_by_index_get_one_case_of_size_n() -> None:
    # `t = int(data[ptr])` then a loop over t cases, each reading n and n values by index.
    code = """import sys
data = sys.stdin.buffer.read().split()
ptr = 0
t = int(data[ptr]); ptr += 1
for _ in range(t):
    n = int(data[ptr]); ptr += 1
    a = list(map(int, data[ptr:ptr + n])); ptr += n
    assert len(a) == n
    print(max(a))
"""
    stdin = _runs_on_its_input(code, 40)
    assert stdin.split()[:2] == ["1", "40"]
