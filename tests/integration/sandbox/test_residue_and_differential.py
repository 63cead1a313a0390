"""Nothing survives from one run to the next; benign programs match plain CPython."""

from __future__ import annotations

import asyncio
import uuid

import pytest

from sandbox.events import RunRequest
from sandbox.pool import WarmPool
from sandbox.rootfs import host_python
from sandbox.verdicts import Verdict
from tests.security.conftest import collect

pytestmark = pytest.mark.gvisor


async def run(pool: WarmPool, code: str, stdin: str = "", policy: bool = True) -> tuple[str, str]:
    handle = await pool.submit(
        RunRequest(run_id=uuid.uuid4().hex, code=code, stdin=stdin, enforce_policy=policy)
    )
    outcome = await collect(handle)
    assert outcome.verdict == Verdict.OK, outcome
    return outcome.stdout, outcome.stderr


async def test_cross_run_residue(sandbox_pool: WarmPool) -> None:
    writer = (
        "import os\nopen('/tmp/residue', 'w').write('x')\nopen('here', 'w').write('x')\n"
        "os.environ['LEFT'] = '1'\nprint(sorted(os.listdir('/tmp')))"
    )
    out, _ = await run(sandbox_pool, writer, policy=False)
    assert "residue" in out
    reader = (
        "import os\nprint(os.path.exists('/tmp/residue'), os.path.exists('here'),"
        " 'LEFT' in os.environ, os.listdir('/tmp'))"
    )
    out, _ = await run(sandbox_pool, reader, policy=False)
    assert out == "False False False []\n"


PROGRAMS = [
    ("print(sum(range(100)))", ""),
    ("import heapq\nh = [5, 1, 4]\nheapq.heapify(h)\nprint([heapq.heappop(h) for _ in h * 1])", ""),
    ("from collections import Counter\nprint(Counter('abracadabra').most_common(3))", ""),
    ("import json\nprint(json.dumps({'b': [1, 2.5, None], 'a': 'é'}, sort_keys=True))", ""),
    ("import sys\nfor line in sys.stdin:\n    print(line.strip()[::-1])", "abc\nxyz\n"),
    (
        "from fractions import Fraction\nfrom decimal import Decimal\n"
        "print(Fraction(1, 3) + Fraction(1, 6), Decimal('1.1') + Decimal('2.2'))",
        "",
    ),
    ("import random\nrandom.seed(42)\nprint(random.randint(1, 10**9), random.random())", ""),
    (
        "import re, itertools, functools, math\n"
        "print(re.findall(r'\\d+', 'a1b22c333'), list(itertools.permutations('ab')),"
        " functools.reduce(math.lcm, range(1, 11)))",
        "",
    ),
    (
        "from dataclasses import dataclass\n@dataclass\nclass P:\n    x: int\n    y: int = 0\n"
        "print(P(1), sorted([P(2), P(1)], key=lambda p: p.x))",
        "",
    ),
    ("def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint(fib(15))", ""),
    ("print('unicode: ü ß 漢字 😀', end='!\\n')", ""),
]


@pytest.mark.parametrize(("code", "stdin"), PROGRAMS)
async def test_differential_against_plain_cpython(
    sandbox_pool: WarmPool, code: str, stdin: str
) -> None:
    plain = await asyncio.create_subprocess_exec(
        str(host_python()),
        "-I",
        "-S",
        "-c",
        code,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={"PYTHONIOENCODING": "utf-8"},
    )
    expected_out, expected_err = await plain.communicate(stdin.encode())
    assert plain.returncode == 0
    out, err = await run(sandbox_pool, code, stdin)
    assert (out, err) == (expected_out.decode(), expected_err.decode())
