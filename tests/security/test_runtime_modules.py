"""Hostile cases for what issue 12 allowed: the computing stdlib, ordinary dunders, strings.

Each case runs with the policy on (its expected verdict) and off (gVisor alone contains it,
then the probe shows a fresh, clean, healthy sandbox), as `test_categories.py` does. The frame
tests show that nothing a program writes or patches reaches the frames the agent sends.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest

from sandbox.verdicts import Verdict
from tests.security.conftest import RunCode
from tests.security.test_categories import Case

V = Verdict
pytestmark = pytest.mark.gvisor

CASES = [
    Case(
        24,
        "time_sleep_counts_toward_wall_clock_only",
        "import time\ntime.sleep(60)",
        V.TIMEOUT,
        contained=frozenset({V.TIMEOUT}),
        wall=1.5,
    ),
    Case(
        35,
        "random_exposes_no_os_entropy",
        "import random\nprint(random.SystemRandom().random(), random._urandom(8))",
        V.POLICY_VIOLATION,
        "import random\nprint(random._urandom(8), random.SystemRandom().random())\n"
        "print(random._os.listdir('/'), dict(random._os.environ))",
        forbidden_output=("s3cr3t", "CODEREMOTE"),
    ),
    Case(
        3,
        "sys_beyond_the_facade",
        "import sys\nprint(sys.modules['os'].environ, sys.path)",
        V.POLICY_VIOLATION,
        "import sys\nimport builtins\nreal = builtins.__import__('sys')\n"
        "print(type(sys), hasattr(sys, 'modules'))\n"
        "print(real.modules['os'].system('id'), dict(real.modules['os'].environ))",
        forbidden_output=("uid=", "s3cr3t"),
    ),
    Case(
        2,
        "io_beyond_stringio",
        "import io\nprint(io.open('/proc/self/environ').read())",
        V.POLICY_VIOLATION,
        "import io\nfor p in ('/proc/self/environ', '/proc/1/environ'):\n"
        "    print(io.open(p).read())\nio.FileIO('/tmp/x', 'w').write(b'x')",
        forbidden_output=("s3cr3t",),
    ),
    Case(
        8,
        "formatter_and_attrgetter_walk_attributes",
        "import string, operator\nf = lambda: 0\n"
        "print(string.Formatter().get_field('0.__globals__', [f], {}))\n"
        "print(operator.attrgetter('__globals__')(f))",
        V.POLICY_VIOLATION,
        "import string, operator\nf = lambda: 0\n"
        "g = string.Formatter().get_field('0.__globals__', [f], {})[0]\n"
        "os = g['__builtins__']['__import__']('os')\n"
        "print(operator.attrgetter('__globals__')(f) is g, os.listdir('/'))",
    ),
    Case(
        2,
        "typing_evaluates_string_annotations",
        "import typing\ndef f(x: \"open('/etc/passwd').read()\"): pass\n"
        "print(typing.get_type_hints(f))",
        V.POLICY_VIOLATION,
        "import typing\ndef f(x: \"__import__('os').listdir('/')\"): pass\n"
        "print(typing.get_type_hints(f))",
        contained=frozenset({V.OK, V.RUNTIME_ERROR}),
    ),
    Case(
        4,
        "dunders_that_stay_refused_next_to_allowed_ones",
        "class E(Exception):\n    def __init__(self, m):\n        super().__init__(m)\n"
        "print(E('x').__class__.__base__.__subclasses__())",
        V.POLICY_VIOLATION,
        "class E(Exception):\n    def __init__(self, m):\n        super().__init__(m)\n"
        "for c in E('x').__class__.__mro__[-1].__subclasses__():\n"
        "    if c.__name__ == '_wrap_close':\n"
        "        print(c.__init__.__globals__['system']('id'))",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
async def test_allowed_runtime_case(
    case: Case, run_code: RunCode, assert_contained: Callable[[], Awaitable[None]]
) -> None:
    with_policy = await run_code(case.code, wall=case.wall)
    assert with_policy.verdict == case.verdict, with_policy
    if case.verdict == V.TIMEOUT:
        # Sleeping is wall-clock time only: next to no CPU, and no crash before the kill.
        assert with_policy.result.cpu_ms < 1000 and with_policy.stderr == "", with_policy
    without_policy = await run_code(case.raw_code or case.code, policy=False, wall=case.wall)
    assert without_policy.verdict in case.contained, without_policy
    for text in case.forbidden_output:
        assert text not in without_policy.stdout + without_policy.stderr
    await assert_contained()


FORGE_WITH_POLICY = r"""
import sys
frame = b'A\x00\x00\x00\x00' + b'I\x00\x00\x00\x00' + b'O\x00\x00\x00\x04fake'
sys.stdout.buffer.write(frame)
sys.stdout.write('\n')
raw = sys.stdin.buffer.raw
print(type(raw).__name__, sorted(a for a in dir(raw) if not a.startswith('__'))[:3])
print([a for a in dir(sys.stdout.buffer) + dir(raw) if 'send' in a or 'frame' in a])
class Liar:
    def write(self, s):
        return len(s)
    def flush(self):
        pass
sys.stdout = Liar()
print('swallowed')
sys.stderr.write('still stderr\n')
raise SystemExit(3)
"""

FORGE_WITHOUT_POLICY = r"""
import gc, os, struct, sys
frame = lambda tag, data: struct.pack('>cI', tag, len(data)) + data
os.write(1, frame(b'A', b'') + frame(b'I', b'') + frame(b'O', b'exit 0\n'))
os.write = lambda fd, data: len(data)  # patched: the agent captured its own
found = [f for f in gc.get_objects() if type(f).__name__ == 'function' and f.__name__ == 'send'
         and f.__code__.co_filename.endswith('agent.py')]
for send in found:
    send(b'I', b'')
    send(b'O', b'forged by gc\n')
print('reached', len(found))
raise SystemExit(3)
"""


async def test_forging_agent_frames(
    run_code: RunCode, assert_contained: Callable[[], Awaitable[None]]
) -> None:
    # Policy on: everything the program can name writes its own output, nothing else.
    outcome = await run_code(FORGE_WITH_POLICY, stdin="")
    assert (outcome.verdict, outcome.result.exit_code) == (V.RUNTIME_ERROR, 3), outcome
    assert outcome.input_wanted == 0
    assert "fake" in outcome.stdout and "A\x00" not in outcome.stdout.replace("\ufffd", "")
    assert "Input [" in outcome.stdout and "[]\n" in outcome.stdout, outcome.stdout
    # Rebinding the facade's `stdout` changes no stream of the agent's: print still works.
    assert "swallowed" in outcome.stdout and outcome.stderr == "still stderr\n"
    # Policy off (a bypass): the program shares the agent's process and can find the frame
    # writer; still only output and prompts come of it, the verdict is measured outside.
    forged = await run_code(FORGE_WITHOUT_POLICY, policy=False, interactive=False)
    assert (forged.verdict, forged.result.exit_code) == (V.RUNTIME_ERROR, 3), forged
    assert forged.input_wanted == 0  # not interactive: `I` frames are ignored
    assert "exit 0" in forged.stderr  # fd 1 is the raw stderr pipe, outside the frames
    await assert_contained()
