"""Fast-I/O templates are swapped for the standard streams so the program can be timed.

Each rewritten program must pass the sandbox policy and print what the original prints on the
same input (both run here as plain subprocesses: these are our own test programs).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from actors.analysis.offline.plain_io import plain_io
from sandbox.policy import validate

#: The FastIO/IOWrapper template many Codeforces solutions start with.
FAST_IO = """import os
import sys
from io import BytesIO, IOBase

BUFSIZE = 8192


class FastIO(IOBase):
    newlines = 0

    def __init__(self, file):
        self._fd = file.fileno()
        self.buffer = BytesIO()
        self.writable = "x" in file.mode or "r" not in file.mode
        self.write = self.buffer.write if self.writable else None

    def read(self):
        while True:
            b = os.read(self._fd, max(os.fstat(self._fd).st_size, BUFSIZE))
            if not b:
                break
            ptr = self.buffer.tell()
            self.buffer.seek(0, 2), self.buffer.write(b), self.buffer.seek(ptr)
        self.newlines = 0
        return self.buffer.read()

    def readline(self):
        while self.newlines == 0:
            b = os.read(self._fd, max(os.fstat(self._fd).st_size, BUFSIZE))
            self.newlines = b.count(b"\\n") + (not b)
            ptr = self.buffer.tell()
            self.buffer.seek(0, 2), self.buffer.write(b), self.buffer.seek(ptr)
        self.newlines -= 1
        return self.buffer.readline()

    def flush(self):
        if self.writable:
            os.write(self._fd, self.buffer.getvalue())
            self.buffer.truncate(0), self.buffer.seek(0)


class IOWrapper(IOBase):
    def __init__(self, file):
        self.buffer = FastIO(file)
        self.flush = self.buffer.flush
        self.writable = self.buffer.writable
        self.write = lambda s: self.buffer.write(s.encode("ascii"))
        self.read = lambda: self.buffer.read().decode("ascii")
        self.readline = lambda: self.buffer.readline().decode("ascii")


sys.stdin, sys.stdout = IOWrapper(sys.stdin), IOWrapper(sys.stdout)
input = lambda: sys.stdin.readline().rstrip("\\r\\n")

n = int(input())
a = sorted(map(int, input().split()))
print(*a)
"""

#: One line: the whole of stdin read through file descriptor 0.
BYTES_IO = """import io, os
input = io.BytesIO(os.read(0, os.fstat(0).st_size)).readline
n = int(input())
a = list(map(int, input().split()))
print(sum(a) * n)
"""

#: A local input file when there is one, and output written straight to fd 1.
LOCAL_FILE = """import sys, os
if os.path.exists("input.txt"):
    sys.stdin = open("input.txt", "r")
else:
    input = sys.stdin.readline
n = int(input())
os.write(1, str(n * 2).encode() + b"\\n")
"""

#: The import the template left behind, used for nothing.
UNUSED_OS = "import os\nn = int(input())\nprint(n + 1)\n"

TEMPLATES = [FAST_IO, BYTES_IO, LOCAL_FILE, UNUSED_OS]
STDIN = "5\n3 1 4 1 5\n"


def _run(code: str, tmp_path: Path) -> str:
    given = tmp_path / "stdin.txt"  # a file: `os.fstat(0).st_size` is 0 on a pipe
    given.write_text(STDIN)
    with given.open() as stdin:
        done = subprocess.run(
            [sys.executable, "-c", code], stdin=stdin, capture_output=True, text=True, timeout=30
        )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("code", TEMPLATES, ids=["fastio", "bytesio", "local-file", "unused"])
def test_the_plain_program_passes_the_policy_and_prints_the_same(code: str, tmp_path: Path) -> None:
    assert validate(code)  # the original is refused (os)
    plain = plain_io(code)
    assert plain is not None
    assert validate(plain) == []
    assert "os" not in plain.replace("pos", "")
    assert _run(plain, tmp_path) == _run(code, tmp_path)


def test_the_algorithm_is_left_as_written() -> None:
    plain = plain_io(FAST_IO)
    assert plain is not None
    assert "a = sorted(map(int, input().split()))" in plain
    assert "class" not in plain and "IOBase" not in plain


def test_other_uses_of_os_stay_and_are_still_refused() -> None:
    code = BYTES_IO + "print(os.getcwd())\n"
    plain = plain_io(code)
    assert plain is not None and "import os" in plain and "BytesIO" not in plain
    assert any("os" in d.message for d in validate(plain))


def test_a_program_without_a_template_is_not_rewritten() -> None:
    assert plain_io("n = int(input())\nprint(n)\n") is None
    assert plain_io("def broken(:\n") is None
