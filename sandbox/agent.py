"""The agent: runs inside the sandbox as `python3 -I -S agent.py`, executes exactly one job.

It must not import anything outside the standard library (it is copied alone into the root
filesystem). It is two processes, and user code only ever runs in the second:

* **the agent** (the sandbox's first process) owns the channel to the host and never runs user
  code. It relays the job and stdin to the program's process and its output back as frames.
* **the program's process**, forked from the agent while the sandbox warms up. It keeps only
  four file descriptors, drops to another uid, imports the warm modules and waits for the code.

Protocol with the host, over the agent's stdio pipes:

* host -> agent, fd 0: two 4-byte big-endian lengths (the job's and the run's first stdin's),
  the JSON job `{"code": str}`, that first stdin, then more raw stdin bytes until EOF. The
  first stdin comes with the job so the program never starts before it is in its pipe.
* agent -> host, fd 1: frames `tag (1 byte) | length (4 bytes, big-endian) | payload`:
  `R` warm and waiting, `A` job accepted, `O` stdout bytes, `E` stderr bytes, `I` the program
  waits for input and none is buffered.
* fd 2 stays raw: whatever the interpreters write there themselves (fatal errors) is stderr.

Inside the sandbox, the program's process has exactly these file descriptors:

* fd 0: a pipe the agent fills with the same length-prefixed job, then the stdin bytes (EOF
  once the host closes stdin). The job is read to its last byte and no further, so unread
  stdin stays in the pipe, where the agent can see it;
* fd 1 and fd 2: the agent's fd 2 (raw stderr to the host);
* fd 3: its end of a `SOCK_SEQPACKET` socket pair, one message per frame: a tag byte and the
  payload (`R` warm, `O`, `E`, `I` about to block reading fd 0). Messages keep their
  boundaries, so no byte the program writes there can shift how a later message is read.

Why whatever the program writes or patches cannot forge the frames the agent sends the host:

* The host channel (the agent's fd 1) exists only in the agent: the program's process closes
  every other descriptor right after the fork, before anything else runs there.
* With `--separate-uids` (the runsc backend starts the agent so: root in gVisor's user
  namespace, `CAP_SETUID` and `CAP_SETGID` only), the program's process drops to
  `PROGRAM_UID` and the agent to `AGENT_UID` before the sandbox reports warm, so no
  capability is left anywhere. gVisor then refuses the program `/proc/1/fd/*` (reopening the
  agent's fds), `/proc/1/mem`, ptrace and signals to the agent. With one uid for both it
  allows the reopen even after `PR_SET_DUMPABLE 0` (measured with runsc 2022-12-19, ptrace
  platform), so the flag makes the agent refuse to start without root. Without the flag
  (relaxed mode, which is no boundary) both processes keep the uid they were started with.
* The agent checks every message: `O` and `E` become output on that stream (the program's own
  choice, as writing fd 1 or fd 2 is), anything else is shown as stderr text. `I` is forwarded
  only while the program's stdin pipe is empty and open, and at most once per delivery of
  stdin. A forged `I` (a program past the policy can write fd 3) therefore does exactly what
  calling `input()` does: the host shows an input box while stdin is empty. That is the only
  use the host makes of it.
* With the policy on, the program cannot name fd 3 at all: its `sys.stdout`, `sys.stderr` and
  `sys.stdin` are plain streams built in closures (only `__closure__`, `__globals__` and
  frames lead to the sender, which the policy refuses).

Exit status: the agent exits with the program's code (`EXIT_MEMORY_ERROR` for an uncaught
MemoryError), or 128 + n when signal n killed it. Signals, times and memory are measured from
outside the sandbox. Nothing here is the security boundary (gVisor is).
"""

import _socket
import builtins
import contextlib
import fcntl
import gc
import io
import json
import linecache
import os
import select
import signal
import struct
import sys
import threading
import traceback
import types
from collections.abc import Callable
from typing import NoReturn

# Warm imports: the whitelisted modules load in the program's process before the job arrives,
# so a run only pays for executing the user's code.
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

FILENAME = "main.py"
EXIT_MEMORY_ERROR = 122
EXIT_AGENT_FAILED = 70
MAX_FRAME = 65536
PROGRAM_UID = 65534  # "nobody": the program's process
AGENT_UID = 65533  # the agent once warm: a uid no file and no other process has
CHANNEL_FD = 3  # the program's end of the message channel, in its process
# Given by the runsc backend, which starts the agent as root: put the program's process and
# the agent under different uids, and refuse to run if that cannot be done.
SEPARATE_UIDS = "--separate-uids"
ALLOWED_ENV = ("PYTHONUNBUFFERED", "PYTHONIOENCODING", "PYTHONDONTWRITEBYTECODE")
_FIONREAD = 0x541B  # Linux: unread bytes in a pipe (asked on the write end)
_HEADER = struct.Struct(">cI")
_LENGTH = struct.Struct(">I")
_JOB_HEADER = struct.Struct(">II")  # the job's length, then the run's first stdin's length
_STDIN_HIGH_WATER = 1 << 16  # stop reading the host's stdin while this much waits
_DRAIN_LIMIT = 1 << 16  # messages forwarded after the program's exit, at most

Send = Callable[[bytes, bytes], None]


def read_job(fd: int) -> tuple[bytes, bytes]:
    """The job and the stdin that came with it (at least the run's first stdin, whole).

    In as few reads as possible: each read is a round trip through the sandbox's kernel, so
    this is on the warm-start critical path.
    """
    data = b""
    header = _JOB_HEADER.size
    while len(data) < header or len(data) < header + sum(_JOB_HEADER.unpack_from(data)):
        chunk = os.read(fd, 65536)
        if not chunk:
            raise EOFError("job truncated")
        data += chunk
    size, _ = _JOB_HEADER.unpack_from(data)
    return data[header : header + size], data[header + size :]


def read_exactly(fd: int, size: int) -> bytes:
    """`size` bytes from `fd`, and not one more (EOFError if it ends first)."""
    data = b""
    while len(data) < size:
        chunk = os.read(fd, size - len(data))
        if not chunk:
            raise EOFError("job truncated")
        data += chunk
    return data


def drop_privileges(uid: int) -> None:
    """Become `uid` (group too, no supplementary groups); needs root's CAP_SETUID/CAP_SETGID.

    Leaving uid 0 for good clears every capability, so nothing can switch back.
    """
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)


# The program's process --------------------------------------------------------------------


def message_sender(fd: int) -> Send:
    """`send(tag, payload)` writing one message per frame to the channel socket `fd`.

    `os.write` and the lock are captured now: the program can rebind `os.write`, patch
    `sys.modules` or replace `sys.stdout`, none of that reaches this closure, and no attribute
    of an object the program can name leads to it (only `__closure__`, which the policy
    refuses). It writes only to this process's own channel, which the agent checks.
    """
    write = os.write
    lock = threading.Lock()

    def send(tag: bytes, payload: bytes = b"") -> None:
        with lock:
            for start in range(0, max(len(payload), 1), MAX_FRAME):  # an empty payload too
                write(fd, tag + payload[start : start + MAX_FRAME])

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


def input_stream(fd: int, send: Send) -> io.TextIOWrapper:
    """Fd 0 as the program's stdin; `I` goes out before a read that would block."""
    read = os.read

    class Input(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
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


def sys_facade() -> types.ModuleType:
    """The `sys` that `import sys` gives the program: only what algorithm code needs."""
    facade = types.ModuleType("sys", "A curated view of sys.")
    for name in ("stdin", "stdout", "stderr", "maxsize", "exit"):
        setattr(facade, name, getattr(sys, name))
    facade.setrecursionlimit = sys.setrecursionlimit  # type: ignore[attr-defined]
    facade.getrecursionlimit = sys.getrecursionlimit  # type: ignore[attr-defined]
    return facade


def user_builtins(facade: types.ModuleType) -> dict:  # type: ignore[type-arg]
    """The program's builtins: `import sys` gives `facade`, every other import is as usual."""
    real_import = builtins.__import__

    def _import(name, globals=None, locals=None, fromlist=(), level=0):  # type: ignore[no-untyped-def]
        if name == "sys" and level == 0:
            return facade
        return real_import(name, globals, locals, fromlist, level)

    table = dict(builtins.__dict__)
    table["__import__"] = _import
    # `-S` leaves out the `exit()` and `quit()` that `site` adds, and ordinary programs call.
    table["exit"] = table["quit"] = _exit
    return table


def _exit(code: object = None) -> None:
    """`exit()` / `quit()` as `site` defines them: end the program with this status."""
    raise SystemExit(code)


def trimmed_traceback(exc: BaseException) -> None:
    """Print `exc` as Python would, with only the frames of the user's code."""
    tb = exc.__traceback__
    # Drop the agent's frames: the user only sees frames of their own code.
    while tb is not None and tb.tb_frame.f_code.co_filename != FILENAME:
        tb = tb.tb_next
    if isinstance(exc, SyntaxError):
        tb = None
    traceback.print_exception(type(exc), exc, tb, file=sys.stderr)


def exit_code_of(exc: SystemExit) -> int:
    """The status `sys.exit(...)` asked for (a message is printed and means 1), as Python."""
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    print(code, file=sys.stderr)
    return 1


def run(source: str) -> int:
    """Execute the user's code as `__main__` of `main.py`; the program's exit status."""
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


def keep_only(fds: dict[int, int]) -> None:
    """Make each key a copy of its value, then close every other descriptor of this process."""
    for target, source in fds.items():
        os.dup2(source, target)
    try:
        names = os.listdir("/proc/self/fd")
    except OSError:  # no /proc: close the whole range instead
        os.closerange(max(fds) + 1, os.sysconf("SC_OPEN_MAX"))
        return
    for name in names:
        fd = int(name)
        if fd not in fds:
            # One of them is the listing's own descriptor, already closed again.
            with contextlib.suppress(OSError):
                os.close(fd)


def program_process(stdin: int, channel: int, *, separate: bool) -> NoReturn:
    """The forked child: give up the agent's descriptors (and uid), warm up, run the job."""
    # First of all: nothing of the agent's host channel survives in this process.
    keep_only({0: stdin, 1: 2, 2: 2, CHANNEL_FD: channel})
    if separate:
        drop_privileges(PROGRAM_UID)
    for name in WARM_MODULES:
        __import__(name)
    send = message_sender(CHANNEL_FD)
    send(b"R", b"")
    # Exactly the job: stdin stays in the pipe, where the agent can tell whether it is empty.
    # (The agent validated the job before passing it on.)
    size = _LENGTH.unpack(read_exactly(0, 4))[0]
    source = json.loads(read_exactly(0, size))["code"]
    sys.stdout = output_stream(send, b"O")
    sys.stderr = output_stream(send, b"E")
    sys.stdin = input_stream(0, send)
    del send  # from here on only the three streams' closures hold it
    code = run(source)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    # No interpreter teardown: nothing of the program's needs it (atexit and threading are
    # not allowed modules), and freeing every object costs the sandbox CPU for nothing.
    os._exit(code)


# The agent ------------------------------------------------------------------------------


def frame_sender(fd: int) -> Send:
    """`send(tag, payload)` writing host frames to `fd` (blocking), split at `MAX_FRAME`."""
    write = os.write
    pack = _HEADER.pack

    def send(tag: bytes, payload: bytes = b"") -> None:
        for start in range(0, max(len(payload), 1), MAX_FRAME):  # an empty payload too
            part = payload[start : start + MAX_FRAME]
            data = pack(tag, len(part)) + part
            while data:
                data = data[write(fd, data) :]

    return send


def unread_bytes(fd: int) -> int:
    """Bytes written to the pipe `fd` (either end) that nobody has read yet."""
    count: int = struct.unpack("i", fcntl.ioctl(fd, _FIONREAD, b"\0\0\0\0"))[0]
    return count


class Relay:
    """The agent's side of one run: stdin to the program, checked messages to the host.

    Args:
        pid: The program's process.
        stdin: Write end of the program's fd-0 pipe.
        channel: The agent's end of the message channel.
        send: Writes frames to the host.
    """

    def __init__(self, pid: int, stdin: int, channel: int, send: Send) -> None:
        self.pid = pid
        self.stdin: int | None = stdin
        self.channel: int | None = channel
        self.send = send
        self.to_program = bytearray()  # stdin bytes not yet in the pipe
        self.host_open = True
        self.prompted = False  # an `I` went out since stdin bytes were last delivered
        wake_read, wake_write = os.pipe()
        os.set_blocking(wake_write, False)
        self.wake = wake_read
        signal.signal(signal.SIGCHLD, lambda *_: None)
        signal.set_wakeup_fd(wake_write)

    def wait_until_warm(self) -> bool:
        """Whether the program's process reported `R` (it died otherwise)."""
        assert self.channel is not None and self.stdin is not None
        warm = os.read(self.channel, 16) == b"R"
        # Non-blocking from here on, set now: each call is a round trip through the sandbox's
        # kernel, which the job should not wait for.
        os.set_blocking(self.stdin, False)
        os.set_blocking(self.channel, False)
        return warm

    def start(self, job: bytes, pending: bytes) -> None:
        """Hand the job (and stdin that came with it) to the program's process."""
        self.to_program += _LENGTH.pack(len(job)) + job + pending
        self._write_stdin()

    def run(self) -> int:
        """Relay until the program's process has exited; its exit status for the host."""
        while True:
            readable = [self.wake]
            if self.channel is not None:
                readable.append(self.channel)
            if self.host_open and len(self.to_program) < _STDIN_HIGH_WATER:
                readable.append(0)
            writable = [self.stdin] if self.stdin is not None and self.to_program else []
            ready, can_write, _ = select.select(readable, writable, [])
            if self.channel in ready:
                self._relay_messages()
            if 0 in ready:
                self._read_host_stdin()
            if can_write or (not self.host_open and not self.to_program):
                self._write_stdin()
            if self.wake in ready:
                os.read(self.wake, 512)
                status = self._reap()
                if status is not None:
                    # Whatever the program wrote before it exited is in the channel already.
                    self._drain()
                    return status

    def _reap(self) -> int | None:
        """The program's exit status (128 + n for signal n) once it has exited."""
        # SIGCHLD also comes from orphans the agent inherited as the sandbox's first process.
        pid, status = os.waitpid(self.pid, os.WNOHANG)
        if pid != self.pid:
            return None
        code = os.waitstatus_to_exitcode(status)
        return code if code >= 0 else 128 - code

    def _read_host_stdin(self) -> None:
        data = os.read(0, 65536)
        if data:
            self.to_program += data
        else:
            self.host_open = False

    def _write_stdin(self) -> None:
        if self.stdin is None:
            return
        try:
            while self.to_program:
                written = os.write(self.stdin, self.to_program[:65536])
                del self.to_program[:written]
                self.prompted = False  # a read that was waiting can go on now
        except BlockingIOError:
            return
        except BrokenPipeError:  # the program closed its stdin
            self.to_program.clear()
            self.host_open = False
        if not self.host_open and not self.to_program:
            os.close(self.stdin)
            self.stdin = None

    def _stdin_empty(self) -> bool:
        if self.stdin is None or self.to_program:
            return False
        return unread_bytes(self.stdin) == 0

    def _drain(self) -> None:
        """Forward everything left in the channel once the program has exited.

        A `print` is several messages, so a fast program can leave hundreds behind it (one
        cut at 64 lost the end of a 30-line output under load). A writer that outlives the
        program (a process it forked) is cut off after `_DRAIN_LIMIT` messages.
        """
        left = _DRAIN_LIMIT
        while self.channel is not None and left > 0:
            read = self._relay_messages(limit=min(256, left))
            if read == 0:
                return
            left -= read

    def _relay_messages(self, limit: int = 16) -> int:
        """Forward the messages waiting in the channel (up to `limit`); how many were read.

        Consecutive chunks of one stream are merged into one frame.
        """
        if self.channel is None:
            return 0
        tag, chunks = b"", list[bytes]()
        read = 0
        for _ in range(limit):
            try:
                message = os.read(self.channel, MAX_FRAME + 1)
            except BlockingIOError:
                break
            if not message:
                os.close(self.channel)  # every writer is gone
                self.channel = None
                break
            read += 1
            kind, payload = message[:1], message[1:]
            if kind not in (b"O", b"E", b"I") or (kind == b"I" and payload):
                kind, payload = b"E", message  # not a frame: text on stderr, like fd 1 and 2
            if kind != tag and chunks:
                self.send(tag, b"".join(chunks))
                chunks = []
            if kind == b"I":
                if not self.prompted and self._stdin_empty():
                    self.prompted = True
                    self.send(b"I", b"")
                tag = b""
            elif payload:
                tag = kind
                chunks.append(payload)
        if chunks:
            self.send(tag, b"".join(chunks))
        return read


def agent_main() -> NoReturn:
    """Fork the program's process, report warm, take one job, relay it until the end."""
    # runsc adds HOME=/ to the spec's environment; the program sees exactly ALLOWED_ENV.
    for key in list(os.environ):
        if key not in ALLOWED_ENV:
            del os.environ[key]
    separate = SEPARATE_UIDS in sys.argv[1:]
    if separate and os.geteuid() != 0:
        os.write(2, b"agent: --separate-uids needs to start as root (uid 0 in the sandbox)\n")
        os._exit(EXIT_AGENT_FAILED)
    # The fork shares the agent's heap copy-on-write: a collection in either process would
    # write to every object's header and copy every page, so the agent's objects are frozen.
    gc.freeze()
    stdin_read, stdin_write = os.pipe()
    mine, theirs = _socket.socketpair(_socket.AF_UNIX, _socket.SOCK_SEQPACKET)
    channel, program_channel = mine.detach(), theirs.detach()
    pid = os.fork()
    if pid == 0:
        try:
            program_process(stdin_read, program_channel, separate=separate)
        except SystemExit:
            raise
        except BaseException:
            traceback.print_exc()
            os._exit(EXIT_AGENT_FAILED)
    os.close(stdin_read)
    os.close(program_channel)
    if separate:
        drop_privileges(AGENT_UID)
    send = frame_sender(1)
    relay = Relay(pid, stdin_write, channel, send)
    if not relay.wait_until_warm():
        os._exit(EXIT_AGENT_FAILED)  # the program's process died warming up (stderr says why)
    send(b"R", b"")
    try:
        job, pending = read_job(0)
        if not isinstance(json.loads(job)["code"], str):
            raise TypeError("code is not a string")
    except (EOFError, ValueError, KeyError, TypeError):
        # No valid job: leave without the `A` frame; the host reports a sandbox error.
        os._exit(EXIT_AGENT_FAILED)
    # `A` before the job moves on: nothing the program writes can come before it.
    send(b"A", b"")
    relay.start(job, pending)
    os._exit(relay.run())


if __name__ == "__main__":
    agent_main()
