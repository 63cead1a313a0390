"""Interview code that the policy used to refuse runs OK in real gVisor, policy on."""

from __future__ import annotations

import uuid

import pytest

from sandbox.events import RunRequest
from sandbox.pool import WarmPool
from sandbox.verdicts import Verdict
from tests.security.conftest import collect

pytestmark = pytest.mark.gvisor

PROGRAMS = {
    "time_sleep": (
        "import time\nstart = time.monotonic()\ntime.sleep(0.2)\n"
        "print('slept', time.monotonic() - start >= 0.19)",
        "slept True\n",
    ),
    "heapq_bisect_random_re_string": (
        "import heapq, bisect, random, re, string\n"
        "h = [5, 1, 4]\nheapq.heapify(h)\nprint(heapq.heappop(h), heapq.nsmallest(2, h))\n"
        "a = [1, 3, 5]\nbisect.insort(a, 4)\nprint(a, bisect.bisect_left(a, 4))\n"
        "random.seed(7)\nprint(sorted(random.sample(range(10), 3)) == sorted(set("
        "random.Random(7).sample(range(10), 3))))\n"
        "print(re.findall(r'[a-z]+', 'ab1cd'), string.ascii_uppercase[:3])",
        "1 [4, 5]\n[1, 3, 4, 5] 2\nTrue\n['ab', 'cd'] ABC\n",
    ),
    "classes_and_dunders": (
        "class NotFound(Exception):\n    def __init__(self, message):\n"
        "        super().__init__(message)\n"
        "class Point:\n    __slots__ = ('x', 'y')\n    def __init__(self, x, y):\n"
        "        self.x, self.y = x, y\n    def __repr__(self):\n"
        "        return f'{type(self).__name__}({self.x}, {self.y})'\n"
        "def area(w, h):\n    return w * h\n"
        "try:\n    raise NotFound('no such key')\nexcept NotFound as e:\n    print(e)\n"
        "print(Point(1, 2), area.__name__, 'dunder__in__text', '__init__')",
        "no such key\nPoint(1, 2) area dunder__in__text __init__\n",
    ),
    "datetime_io_statistics_sys": (
        "import datetime, io, statistics, sys\n"
        "print(datetime.date(2024, 2, 28) + datetime.timedelta(days=1))\n"
        "buf = io.StringIO()\nprint('in buffer', file=buf)\nsys.stdout.write(buf.getvalue())\n"
        "print(statistics.median([3, 1, 2]), sys.maxsize > 2**31)",
        "2024-02-29\nin buffer\n2 True\n",
    ),
}


@pytest.mark.parametrize("name", PROGRAMS)
async def test_everyday_program_runs_ok(name: str, sandbox_pool: WarmPool) -> None:
    code, expected = PROGRAMS[name]
    request = RunRequest(run_id=uuid.uuid4().hex, code=code)
    outcome = await collect(await sandbox_pool.submit(request))
    assert (outcome.verdict, outcome.stderr) == (Verdict.OK, ""), outcome
    assert outcome.stdout == expected


async def test_syntax_error_is_refused_with_kind_and_position(sandbox_pool: WarmPool) -> None:
    request = RunRequest(run_id=uuid.uuid4().hex, code="x = 1\nif x\n    print(x)\n")
    outcome = await collect(await sandbox_pool.submit(request))
    assert outcome.verdict == Verdict.SYNTAX_ERROR
    [diag] = outcome.result.diagnostics
    assert (diag.kind, diag.line, diag.column) == ("syntax", 2, 4)
