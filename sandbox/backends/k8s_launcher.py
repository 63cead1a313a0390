"""The first process of a Kubernetes sandbox pod: reads one job from stdin, runs it, exits.

This file's source text is placed in the pod's command (`python3 -I -S -c <this file>`), so a
stock Python image is enough and nothing needs to be baked in. It uses only the standard
library and must stay importable by itself.

Wire format on the attach stream's stdin (channel 0), all framed so that interactive input and
its end can travel over one stream without the v5 half-close:

    b"CR1 <code_bytes>\\n" <code bytes>
    then any number of b"D <n>\\n" <n bytes>   (program stdin)
    and finally b"E\\n"                         (EOF on the program's stdin)

The program's stdout and stderr are the container's own (attach channels 1 and 2), never
parsed. The exit status is read by the host from the pod status: this process exits with the
program's code, or 128 + signal number when a signal killed it.
"""

from __future__ import annotations

import contextlib
import os
import resource
import sys
import threading

# The pod mounts an in-memory emptyDir here; the root filesystem is read-only.
WORKDIR = "/tmp"
CODE_PATH = WORKDIR + "/main.py"
MAX_CODE_BYTES = 64 * 1024
MAX_FRAME_BYTES = 1 << 20


class _Reader:
    """Buffered reads from a file descriptor (stdin of the container)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.buf = b""

    def _fill(self) -> bool:
        chunk = os.read(self.fd, 65536)
        if not chunk:
            return False
        self.buf += chunk
        return True

    def line(self, limit: int = 64) -> bytes:
        while b"\n" not in self.buf:
            if len(self.buf) > limit or not self._fill():
                raise EOFError
        head, _, self.buf = self.buf.partition(b"\n")
        return head

    def exact(self, n: int) -> bytes:
        while len(self.buf) < n:
            if not self._fill():
                raise EOFError
        out, self.buf = self.buf[:n], self.buf[n:]
        return out


def _pump(reader: _Reader, sink: int) -> None:
    """Copy framed stdin to the program until `E` or the stream ends."""
    try:
        while True:
            head = reader.line()
            if head == b"E":
                break
            kind, _, size = head.partition(b" ")
            n = int(size)
            if kind != b"D" or not 0 <= n <= MAX_FRAME_BYTES:
                break
            data = reader.exact(n)
            try:
                os.write(sink, data)
            except BrokenPipeError:
                break
    except (EOFError, ValueError, OSError):
        pass
    finally:
        with contextlib.suppress(OSError):
            os.close(sink)


def _limit_child() -> None:
    # The cgroup (pod limits) is the real bound; these make the common failures quick and clear.
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_FSIZE, (8 << 20, 8 << 20))
    resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))


def main() -> int:
    """Run the one job and return the exit status the pod should report."""
    reader = _Reader(0)
    try:
        magic, _, size = reader.line().partition(b" ")
        n = int(size)
        if magic != b"CR1" or not 0 <= n <= MAX_CODE_BYTES:
            return 125
        code = reader.exact(n)
    except (EOFError, ValueError):
        return 125
    with open(CODE_PATH, "wb") as f:
        f.write(code)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.dup2(read_end, 0)
        os.close(read_end)
        os.close(write_end)
        _limit_child()
        env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": WORKDIR}
        os.chdir(WORKDIR)
        os.execve(sys.executable, [sys.executable, "-I", "-S", "-u", CODE_PATH], env)
    os.close(read_end)
    threading.Thread(target=_pump, args=(reader, write_end), daemon=True).start()
    _, status = os.waitpid(pid, 0)
    code_or_signal = os.waitstatus_to_exitcode(status)
    return 128 - code_or_signal if code_or_signal < 0 else code_or_signal


if __name__ == "__main__":
    sys.stdout.flush()
    os._exit(main())
