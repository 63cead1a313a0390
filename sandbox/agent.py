"""The agent: runs inside the sandbox as `python3 -I -S agent.py`, executes exactly one job.

It must not import anything outside the standard library (it is copied alone into the root
filesystem). Protocol, all over the stdio pipes:

* host -> agent, fd 0: a 4-byte big-endian length, a JSON job `{"code": str}`, then the
  program's raw stdin bytes until EOF.
* agent -> host, fd 1: frames `tag (1 byte) | length (4 bytes, big-endian) | payload`:
  `R` warm and waiting, `A` job accepted, `O` stdout bytes, `E` stderr bytes, `I` the program
  waits for input and none is buffered.
* fd 2 stays raw: whatever the interpreter itself writes there (fatal errors) is stderr.

The program can write to fd 1 itself and so forge frames: the host therefore takes nothing
from this channel but the program's own output and input prompts. Exit status, signals,
times and memory are measured from outside the sandbox. Nothing here is a security guard;
the agent only makes the warm start fast and the output tidy.
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

# Warm imports: the whitelisted modules load before the job arrives, so a run only pays for
# executing the user's code.
WARM_MODULES = [
    "bisect",
    "collections",
    "copy",
    "dataclasses",
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
    "typing",
]
for _name in WARM_MODULES:
    __import__(_name)

FILENAME = "main.py"
EXIT_MEMORY_ERROR = 122
MAX_FRAME = 65536
_HEADER = struct.Struct(">cI")


class FrameWriter:
    """Writes tagged frames to fd 1; one lock so frames from threads never interleave."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._lock = threading.Lock()

    def send(self, tag: bytes, payload: bytes = b"") -> None:
        with self._lock:
            view = memoryview(payload)
            first = True
            while first or view:
                first = False
                part = view[:MAX_FRAME]
                view = view[MAX_FRAME:]
                data = _HEADER.pack(tag, len(part)) + bytes(part)
                while data:
                    data = data[os.write(self._fd, data) :]


class FrameSink(io.RawIOBase):
    """A raw binary stream whose writes become frames of one tag."""

    def __init__(self, frames: FrameWriter, tag: bytes) -> None:
        super().__init__()
        self._frames = frames
        self._tag = tag

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:  # type: ignore[no-untyped-def]
        payload = bytes(data)
        if payload:
            self._frames.send(self._tag, payload)
        return len(payload)


class PromptingStdin(io.RawIOBase):
    """fd 0 as the program's stdin; says `I` before it would block with nothing buffered."""

    def __init__(self, fd: int, frames: FrameWriter, pending: bytes = b"") -> None:
        super().__init__()
        self._fd = fd
        self._frames = frames
        self._pending = pending  # stdin bytes that arrived together with the job

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        if self._pending:
            size = min(len(buffer), len(self._pending))
            buffer[:size] = self._pending[:size]
            self._pending = self._pending[size:]
            return size
        ready, _, _ = select.select([self._fd], [], [], 0)
        if not ready:
            out = sys.stdout
            if out is not None:
                out.flush()
            self._frames.send(b"I")
        data = os.read(self._fd, len(buffer))
        buffer[: len(data)] = data
        return len(data)


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


def text_stream(raw: io.RawIOBase, *, readable: bool) -> io.TextIOWrapper:
    if readable:
        return io.TextIOWrapper(io.BufferedReader(raw), encoding="utf-8", errors="replace")
    # Unbuffered, as PYTHONUNBUFFERED promises: every write is a frame at once.
    return io.TextIOWrapper(
        raw,  # type: ignore[arg-type]
        encoding="utf-8",
        errors="backslashreplace",
        write_through=True,
    )


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
    frames = FrameWriter(1)
    frames.send(b"R")
    try:
        body, pending = read_job(0)
        source = json.loads(body)["code"]
    except (EOFError, ValueError, KeyError, TypeError):
        # No valid job: leave without the `A` frame; the host reports a sandbox error.
        os._exit(70)
    sys.stdout = text_stream(FrameSink(frames, b"O"), readable=False)
    sys.stderr = text_stream(FrameSink(frames, b"E"), readable=False)
    sys.stdin = text_stream(PromptingStdin(0, frames, pending), readable=True)
    frames.send(b"A")
    status = run(source)
    raise SystemExit(status)


if __name__ == "__main__":
    main()
