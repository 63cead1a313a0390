"""The agent: runs inside the sandbox as `python3 -I -S agent.py`, executes exactly one job.

It must not import anything outside the standard library (it is copied alone into the root
filesystem). Protocol, all over the stdio pipes:

* host -> agent, fd 0: a 4-byte big-endian length, a JSON job `{"code": str}`, then the
  program's raw stdin bytes until EOF.
* agent -> host, fd 1: frames `tag (1 byte) | length (4 bytes, big-endian) | payload`:
  `R` warm and waiting, `A` job accepted, `O` stdout bytes, `E` stderr bytes, `I` the program
  waits for input and none is buffered.
* fd 2 stays raw: whatever the interpreter itself writes there (fatal errors) is stderr.

Frames are written to a private duplicate of fd 1 by a closure that captured `os.write` and
its lock before any user code ran; fd 1 is then pointed at the raw stderr pipe. The program's
`sys.stdout`, `sys.stderr` and `sys.stdin` are plain streams built in closures: no attribute
of anything the program can name leads to the frame writer (only `__closure__`, `__globals__`
and frames do, which the policy refuses). So whatever a program that passed the policy writes,
rebinds or patches (`print`, `sys.stdout`, `sys.stdin.buffer.raw`, `os.write` via a module it
cannot import, ...) it emits only `O`/`E` frames of its own output, and `I` only when a read
would really block. A program past the policy (policy off, or a bypass) shares this process
and can find the fd; the host therefore takes nothing from this channel but output and input
prompts. Exit status, signals, times and memory are measured from outside the sandbox.
Nothing here is the security boundary (gVisor is).
"""

import builtins
import io
import json
import linecache
import os
import select
import struct
import sys
import threading
import traceback
import types
from collections.abc import Callable

# Warm imports: the whitelisted modules load before the job arrives, so a run only pays for
# executing the user's code.
WARM_MODULES = [
    "array",
    "bisect",
    "collections",
    "copy",
    "dataclasses",
    "datetime",
    "decimal",
    "enum",
    "fractions",
    "functools",
    "heapq",
    "itertools",
    "math",
    "operator",
    "random",
    "re",
    "statistics",
    "string",
    "textwrap",
    "time",
    "typing",
]
for _name in WARM_MODULES:
    __import__(_name)

FILENAME = "main.py"
EXIT_MEMORY_ERROR = 122
MAX_FRAME = 65536
_HEADER = struct.Struct(">cI")


Send = Callable[[bytes, bytes], None]


def frame_sender(fd: int) -> Send:
    """`send(tag, payload)` writing frames to `fd`, with `os.write` and a lock captured now.

    The program can rebind `os.write`, patch `sys.modules` or replace `sys.stdout`: none of
    that reaches this closure, and no attribute of an object the program can name leads to it
    (only `__closure__`, which the policy refuses).
    """
    write = os.write
    pack = _HEADER.pack
    lock = threading.Lock()

    def send(tag: bytes, payload: bytes = b"") -> None:
        with lock:
            view = memoryview(payload)
            first = True
            while first or view:
                first = False
                part = view[:MAX_FRAME]
                view = view[MAX_FRAME:]
                data = pack(tag, len(part)) + bytes(part)
                while data:
                    data = data[write(fd, data) :]

    return send


def output_stream(send: Send, tag: bytes) -> io.TextIOWrapper:
    """A text stream whose writes become frames of one tag; it holds no reference to `send`."""

    class Output(io.RawIOBase):
        def writable(self) -> bool:
            return True

        def write(self, data) -> int:  # type: ignore[no-untyped-def]
            payload = bytes(data)
            if payload:
                send(tag, payload)
            return len(payload)

    # Unbuffered, as PYTHONUNBUFFERED promises: every write is a frame at once.
    return io.TextIOWrapper(
        Output(),  # type: ignore[arg-type]
        encoding="utf-8",
        errors="backslashreplace",
        write_through=True,
    )


def input_stream(fd: int, send: Send, pending: bytes) -> io.TextIOWrapper:
    """fd 0 as the program's stdin; `I` goes out before a read that would block.

    `pending` holds the stdin bytes that arrived together with the job.
    """
    read = os.read
    buffered = [pending]

    class Input(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
            if buffered[0]:
                size = min(len(buffer), len(buffered[0]))
                buffer[:size] = buffered[0][:size]
                buffered[0] = buffered[0][size:]
                return size
            ready, _, _ = select.select([fd], [], [], 0)
            if not ready:
                out = sys.stdout
                if out is not None:
                    out.flush()
                send(b"I", b"")
            data = read(fd, len(buffer))
            buffer[: len(data)] = data
            return len(data)

    return io.TextIOWrapper(io.BufferedReader(Input()), encoding="utf-8", errors="replace")


def read_job(fd: int) -> tuple[bytes, bytes]:
    """The job and whatever stdin came with it, in as few reads as possible (each read is a
    round trip through the sandbox's kernel, so this is on the warm-start critical path)."""
    data = b""
    while len(data) < 4 or len(data) < 4 + struct.unpack(">I", data[:4])[0]:
        chunk = os.read(fd, 65536)
        if not chunk:
            raise EOFError("job truncated")
        data += chunk
    size = struct.unpack(">I", data[:4])[0]
    return data[4 : 4 + size], data[4 + size :]


def sys_facade() -> types.ModuleType:
    """The `sys` that `import sys` gives the program: only what algorithm code needs."""
    facade = types.ModuleType("sys", "A curated view of sys.")
    for name in ("stdin", "stdout", "stderr", "maxsize", "exit"):
        setattr(facade, name, getattr(sys, name))
    facade.setrecursionlimit = sys.setrecursionlimit  # type: ignore[attr-defined]
    facade.getrecursionlimit = sys.getrecursionlimit  # type: ignore[attr-defined]
    return facade


def user_builtins(facade: types.ModuleType) -> dict:  # type: ignore[type-arg]
    real_import = builtins.__import__

    def _import(name, globals=None, locals=None, fromlist=(), level=0):  # type: ignore[no-untyped-def]
        if name == "sys" and level == 0:
            return facade
        return real_import(name, globals, locals, fromlist, level)

    table = dict(builtins.__dict__)
    table["__import__"] = _import
    return table


def trimmed_traceback(exc: BaseException) -> None:
    tb = exc.__traceback__
    # Drop the agent's frames: the user only sees frames of their own code.
    while tb is not None and tb.tb_frame.f_code.co_filename != FILENAME:
        tb = tb.tb_next
    if isinstance(exc, SyntaxError):
        tb = None
    traceback.print_exception(type(exc), exc, tb, file=sys.stderr)


def exit_code_of(exc: SystemExit) -> int:
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    print(code, file=sys.stderr)
    return 1


def run(source: str) -> int:
    linecache.cache[FILENAME] = (len(source), None, source.splitlines(True), FILENAME)
    main = types.ModuleType("__main__")
    main.__dict__["__builtins__"] = user_builtins(sys_facade())
    main.__dict__["__file__"] = FILENAME
    sys.modules["__main__"] = main
    try:
        code = compile(source, FILENAME, "exec", dont_inherit=True)
        exec(code, main.__dict__)
    except SystemExit as exc:
        return exit_code_of(exc)
    except MemoryError as exc:
        trimmed_traceback(exc)
        return EXIT_MEMORY_ERROR
    except BaseException as exc:
        trimmed_traceback(exc)
        return 1
    return 0


ALLOWED_ENV = ("PYTHONUNBUFFERED", "PYTHONIOENCODING", "PYTHONDONTWRITEBYTECODE")


def main() -> None:
    # runsc adds HOME=/ to the spec's environment; the program sees exactly ALLOWED_ENV.
    for key in list(os.environ):
        if key not in ALLOWED_ENV:
            del os.environ[key]
    # The frames go out on a private copy of fd 1; fd 1 itself becomes the raw stderr pipe, so
    # a program writing to fd 1 (or 2) directly lands in stderr, outside the framed channel.
    send = frame_sender(os.dup(1))
    os.dup2(2, 1)
    send(b"R", b"")
    try:
        body, pending = read_job(0)
        source = json.loads(body)["code"]
    except (EOFError, ValueError, KeyError, TypeError):
        # No valid job: leave without the `A` frame; the host reports a sandbox error.
        os._exit(70)
    sys.stdout = output_stream(send, b"O")
    sys.stderr = output_stream(send, b"E")
    sys.stdin = input_stream(0, send, pending)
    send(b"A", b"")
    del send  # from here on only the three streams' closures hold it

    status = run(source)
    raise SystemExit(status)


if __name__ == "__main__":
    main()
