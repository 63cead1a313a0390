"""User code cannot forge the frames the agent sends the host (issue 12, point 4), real gVisor.

The program runs in a process of its own under another uid than the agent (sandbox/agent.py).
Each program here tries every way it has to reach the host channel and then behaves normally;
the host's run events must show only what `print` and `input()` could have produced:

* no input prompt while the program's stdin holds unread bytes (a forged `I` on the host
  channel would be one), and exactly one once it really waits for input;
* every marker on the stream it was written to (`TO-STDOUT` only on stdout, `TO-STDERR` only
  on stderr), and no byte written to a raw descriptor or through /proc ever parsed as stdout
  (only the host channel would parse the forged `O` frames as stdout);
* output after the attempts still on its own stream, intact.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import pytest

from sandbox.events import RunFinished, RunInputWanted, RunOutput, RunRequest, RunResult
from sandbox.pool import WarmPool
from sandbox.verdicts import Verdict

pytestmark = pytest.mark.gvisor

# A frame in the host's format (tag, 4-byte length, payload) and the frames a forger wants
# the host to parse: accepted, input wanted, output on stdout under the given marker.
FRAMES = r"""
def frame(tag, data):
    return tag + len(data).to_bytes(4, 'big') + data
def forged(marker):
    return frame(b'A', b'') + frame(b'I', b'') + frame(b'O', marker) + frame(b'E', marker)
"""

# Only what passes the policy: the program's own streams, rebinding and patching.
WITH_POLICY = (
    "import sys\n"
    + FRAMES
    + r"""
sys.stdout.buffer.write(forged(b'TO-STDOUT-buffer'))
sys.stderr.buffer.write(forged(b'TO-STDERR-buffer'))
sys.stdout.write(forged(b'TO-STDOUT-text').decode('latin-1'))
print(forged(b'TO-STDERR-print').decode('latin-1'), file=sys.stderr)
raw = sys.stdin.buffer.raw
print([a for a in dir(raw) + dir(sys.stdout.buffer) if 'send' in a or 'frame' in a])
sys.stdout.flush()
"""
)

# Past the policy: raw descriptors, /proc, signals, ptrace, the agent's memory, gc.
WITHOUT_POLICY = (
    WITH_POLICY
    + r"""
import ctypes, gc, json, os, select, signal, struct
select.select([0], [], [], 5)  # the pending stdin is in the pipe: no prompt may show now
report = {}
for fd in range(256):
    try:
        os.write(fd, forged(b'RAW-FD-%d' % fd))
    except OSError:
        pass
opened = []
pids = {'self', '1', str(os.getppid())} | {p for p in os.listdir('/proc') if p.isdigit()}
for pid in pids:
    for base in ('/proc/%s/fd' % pid, '/proc/%s/task/%s/fd' % (pid, pid)):
        try:
            names = os.listdir(base)
        except OSError:
            continue
        for name in names:
            path = base + '/' + name
            if pid in ('self', str(os.getpid())) and name == '0':
                continue  # reopening its own stdin for writing only feeds itself
            try:
                fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:
                continue
            try:
                os.write(fd, forged(b'RAW-PROC-' + path.encode()))
            except OSError:
                pass
            os.close(fd)
            opened.append(path)
me = str(os.getpid())
report['opened_outside_own_process'] = [
    p for p in opened if not p.startswith(('/proc/self/', '/proc/%s/' % me))
]
for sig in (signal.SIGSTOP, signal.SIGKILL):
    try:
        os.kill(1, sig)
        report['signalled_agent'] = True
    except PermissionError:
        pass
libc = ctypes.CDLL(None, use_errno=True)
report['ptrace_attach'] = libc.ptrace(16, 1, 0, 0)  # PTRACE_ATTACH
try:
    open('/proc/1/mem', 'rb')
    report['agent_memory'] = 'opened'
except OSError as e:
    report['agent_memory'] = e.errno
def status(pid):
    pairs = [line.split(':', 1) for line in open('/proc/%s/status' % pid)]
    return {k: v.split()[0] for k, v in pairs if k in ('Uid', 'CapEff', 'CapPrm')}
report['program'] = status('self')
report['agent'] = status('1')
senders = [f for f in gc.get_objects() if type(f).__name__ == 'function'
           and f.__code__.co_filename.endswith('agent.py') and f.__name__ == 'send']
for send in senders:
    for tag in (b'I', b'A', b'R'):
        send(tag, b'')
    send(b'A', b'RAW-GC')
report['senders'] = len(senders)
for _ in range(20):
    os.write(3, b'I')  # the program's own channel: stdin is not empty, so no prompt
os.write(3, b'R')
os.write(3, forged(b'RAW-CHANNEL'))
print('REPORT', json.dumps(report))
# The agent checks an `I` when it reads it: wait until it has read every message sent so far
# (the channel's send queue is empty) before the epilogue empties stdin.
import fcntl, termios, time
for _ in range(1000):
    if struct.unpack('i', fcntl.ioctl(3, termios.TIOCOUTQ, b'xxxx'))[0] == 0:
        break
    time.sleep(0.01)
"""
)

# Afterwards, ordinary behaviour: output on its streams, then input the way input() asks.
EPILOGUE = r"""
first = input()
print('LATE-OUT', first)
print('LATE-ERR', file=sys.stderr)
print('got', input('more? '))
"""


@dataclass
class Transcript:
    """A run's events in the order the host emitted them."""

    events: list[RunOutput | RunInputWanted] = field(default_factory=list)
    result: RunResult | None = None

    def text(self, stream: str) -> str:
        return "".join(
            e.data for e in self.events if isinstance(e, RunOutput) and e.stream == stream
        )

    @property
    def prompts(self) -> int:
        return sum(isinstance(e, RunInputWanted) for e in self.events)


async def converse(
    pool: WarmPool, code: str, *, policy: bool, stdin: str, answer: str
) -> Transcript:
    """Run interactively, answering every input prompt with `answer`."""
    request = RunRequest(
        run_id=uuid.uuid4().hex, code=code, stdin=stdin, interactive=True, enforce_policy=policy
    )
    handle = await pool.submit(request, wall_timeout_s=10)
    transcript = Transcript()
    async for event in handle.events():
        if isinstance(event, RunFinished):
            transcript.result = event.result
        elif isinstance(event, (RunOutput, RunInputWanted)):
            transcript.events.append(event)
            if isinstance(event, RunInputWanted):
                await handle.send_input(answer)
    return transcript


def assert_only_ordinary_events(run: Transcript) -> None:
    assert run.result is not None and run.result.verdict == Verdict.OK, run
    stdout, stderr = run.text("stdout"), run.text("stderr")
    # Exactly one prompt, after "more? ": none while the pending line was unread.
    assert run.prompts == 1, run.events
    prompt_at = next(i for i, e in enumerate(run.events) if isinstance(e, RunInputWanted))
    before = Transcript(run.events[:prompt_at]).text("stdout")
    assert before.endswith("LATE-OUT pending\nmore? "), before
    assert stdout.endswith("more? got bye\n"), stdout
    assert "LATE-ERR\n" in stderr and "LATE-OUT" not in stderr
    # Each marker on the stream it was written to, never on the other.
    assert "TO-STDOUT-buffer" in stdout and "TO-STDOUT-text" in stdout
    assert "TO-STDERR-buffer" in stderr and "TO-STDERR-print" in stderr
    assert "TO-STDERR" not in stdout and "TO-STDOUT" not in stderr
    # No forged frame reached the host channel: that is the only place `O` frames of raw
    # writes would be parsed as stdout.
    assert "RAW-" not in stdout, stdout


async def test_program_with_policy_cannot_forge_frames(pool: WarmPool) -> None:
    run = await converse(
        pool, WITH_POLICY + EPILOGUE, policy=True, stdin="pending\n", answer="bye\n"
    )
    assert_only_ordinary_events(run)
    assert "[]\n" in run.text("stdout")  # nothing named send or frame on its streams


async def test_program_past_the_policy_cannot_forge_frames(
    pool: WarmPool, assert_contained: Callable[[], Awaitable[None]]
) -> None:
    run = await converse(
        pool, WITHOUT_POLICY + EPILOGUE, policy=False, stdin="pending\n", answer="bye\n"
    )
    assert_only_ordinary_events(run)
    line = next(x for x in run.text("stdout").splitlines() if x.startswith("REPORT "))
    report = json.loads(line.removeprefix("REPORT "))
    # The agent's descriptors, memory and process are out of reach: another uid, no capability.
    assert report["opened_outside_own_process"] == [], report
    assert "signalled_agent" not in report and report["ptrace_attach"] == -1, report
    assert report["agent_memory"] == 13, report  # EACCES
    no_caps = {"CapPrm": "0" * 16, "CapEff": "0" * 16}
    assert report["program"] == {"Uid": "65534", **no_caps}, report
    assert report["agent"] == {"Uid": "65533", **no_caps}, report
    # The program's own senders exist (gc finds them) and wrote: as text on stderr.
    assert report["senders"] >= 1 and "RAW-GC" in run.text("stderr"), report
    assert "RAW-CHANNEL" in run.text("stderr") and "RAW-FD-1" in run.text("stderr")
    await assert_contained()


async def test_forged_prompts_are_at_most_what_input_gives(pool: WarmPool) -> None:
    # Stdin empty: a forged `I` shows an input box, as input() would; a flood shows one.
    code = "import os\nfor _ in range(50):\n    os.write(3, b'I')\nprint('got', input('x? '))"
    run = await converse(pool, code, policy=False, stdin="", answer="bob\n")
    assert run.result is not None and run.result.verdict == Verdict.OK, run
    assert run.text("stdout") == "x? got bob\n"
    assert 1 <= run.prompts <= 2, run.events
