"""A `redis-server` that `coderemote serve` starts, supervises and stops itself.

`--store embedded` keeps everything (documents, room metadata, runs, limits, the access bus)
in this private Redis, so the one storage code path the Redis tests cover is also the one
`make run` uses: no second, SQLite-shaped implementation to drift from it. The Redis
persists to an append-only file in the data folder and listens only on a unix socket there
(no TCP port, socket mode 0700), so nothing else on the machine can reach it.

Layout of the data folder::

    coderemote.lock   held (flock) by the live server; holds its pid
    redis.sock        the socket; the URL is unix://<folder>/redis.sock
    redis/            redis-server's own folder: appendonlydir/, redis.pid, redis.log
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import logging
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path

__all__ = ["DEFAULT_DATA_DIR", "EmbeddedRedis", "EmbeddedRedisError"]

logger = logging.getLogger(__name__)

DEFAULT_DATA_DIR = ".data"
SETPRIV = shutil.which("setpriv", path="/usr/bin:/bin")
_PR_SET_PDEATHSIG = 1
# sun_path is 108 bytes on Linux, including the terminating NUL.
_MAX_SOCKET_PATH = 107


class EmbeddedRedisError(Exception):
    """The embedded Redis cannot start; the message says why and what to do."""


def _die_with_parent() -> None:
    """In the child before exec (only when setpriv is missing): SIGKILL with the server."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def _alive(pid: int) -> bool:
    """Whether `pid` runs (a zombie, dead but not yet reaped, does not count)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


class EmbeddedRedis:
    """Runs one `redis-server` on a data folder for the life of this process.

    Use it as a context manager (`with EmbeddedRedis(path) as url:`) or call `start` and
    `stop`. `start` must be called from a thread that lives as long as the Redis should:
    the kernel's parent-death signal follows the thread that spawned the child.
    """

    def __init__(
        self,
        data_dir: Path | str,
        *,
        executable: str | None = None,
        ready_timeout: float = 120.0,
    ) -> None:
        """Describe the Redis; nothing starts until `start`.

        Args:
            data_dir: The data folder (created when missing, mode 0700).
            executable: `redis-server` to run; default: the one on PATH.
            ready_timeout: Seconds to wait for PING to answer; loading a large append-only
                file takes a while, so it is generous.
        """
        self.data_dir = Path(data_dir).absolute()
        self.socket_path = self.data_dir / "redis.sock"
        self._redis_dir = self.data_dir / "redis"
        self._executable = executable if executable is not None else shutil.which("redis-server")
        self._ready_timeout = ready_timeout
        self._lock_fd: int | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._spawn_lock = threading.Lock()
        self._stopping = threading.Event()
        self._watcher: threading.Thread | None = None

    @property
    def url(self) -> str:
        """`unix://<data folder>/redis.sock`, for `redis.Redis.from_url`."""
        return f"unix://{self.socket_path}"

    def __enter__(self) -> str:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def start(self) -> str:
        """Take the data folder, start redis-server and wait until it answers PING.

        Returns:
            The URL to give the Redis stores.

        Raises:
            EmbeddedRedisError: redis-server is missing, the folder is not writable or is in
                use by another live server, or Redis did not come up.
        """
        if self._executable is None or not os.access(self._executable, os.X_OK):
            raise EmbeddedRedisError(
                "redis-server is not installed (the embedded store runs it): run "
                "`make bootstrap`, or `apt-get install redis-server`"
            )
        if len(os.fsencode(self.socket_path)) > _MAX_SOCKET_PATH:
            raise EmbeddedRedisError(
                f"the data folder path {self.data_dir} is too long for a unix socket "
                f"({_MAX_SOCKET_PATH} bytes at most for {self.socket_path}): choose a shorter "
                "--data-dir"
            )
        self._prepare_folder()
        self._take_lock()
        try:
            self._wait_for_previous_redis()
            started = time.monotonic()
            with self._spawn_lock:
                self._process = self._spawn()
            self._wait_ready(self._process)
            logger.info(
                "embedded Redis ready",
                extra={"data_dir": str(self.data_dir), "seconds": time.monotonic() - started},
            )
        except BaseException:
            self._kill_process()
            self._release_lock()
            raise
        self._stopping.clear()
        self._watcher = threading.Thread(target=self._supervise, name="embedded-redis", daemon=True)
        self._watcher.start()
        return self.url

    def stop(self, timeout: float = 30.0) -> None:
        """Shut Redis down (SIGTERM: it flushes the append-only file) and free the folder."""
        self._stopping.set()
        with self._spawn_lock:
            process = self._process
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                logger.warning("embedded redis-server did not stop in time; killing it")
                self._kill_process()
        if self._watcher is not None:
            self._watcher.join(timeout)
            self._watcher = None
        self._process = None
        self._release_lock()

    # -- start-up steps ------------------------------------------------------------------

    def _prepare_folder(self) -> None:
        try:
            # mkdir(parents=True) would give the data folder itself the umask's mode.
            self.data_dir.parent.mkdir(parents=True, exist_ok=True)
            self.data_dir.mkdir(mode=0o700, exist_ok=True)
            self._redis_dir.mkdir(mode=0o700, exist_ok=True)
        except OSError as exc:
            raise EmbeddedRedisError(
                f"cannot create the data folder {self.data_dir}: {exc.strerror}"
            ) from None
        probe = self._redis_dir / f".write-probe-{os.getpid()}"
        try:
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise EmbeddedRedisError(
                f"the data folder {self.data_dir} is not writable: {exc.strerror}"
            ) from None

    def _take_lock(self) -> None:
        path = self.data_dir / "coderemote.lock"
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        except OSError as exc:
            raise EmbeddedRedisError(
                f"the data folder {self.data_dir} is not writable: {exc.strerror}"
            ) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            holder = os.read(fd, 32).decode(errors="replace").strip() or "unknown"
            os.close(fd)
            if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN):
                raise EmbeddedRedisError(f"cannot lock {path}: {exc.strerror}") from None
            raise EmbeddedRedisError(
                f"another Code Remote server (pid {holder}) is using the data folder "
                f"{self.data_dir}: stop it, or give this one another --data-dir"
            ) from None
        # The kernel drops the lock when this process dies, however it dies, so a lock
        # file left by a killed server never blocks the next start.
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._lock_fd = fd

    def _release_lock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    def _wait_for_previous_redis(self) -> None:
        """A SIGKILLed server's Redis gets SIGKILL too, but a moment later: let it go first."""
        pid_file = self._redis_dir / "redis.pid"
        try:
            pid = int(pid_file.read_text().strip())
        except (OSError, ValueError):
            pid = 0
        if pid > 0 and self._is_our_redis(pid):
            deadline = time.monotonic() + 5
            while _alive(pid) and time.monotonic() < deadline:
                time.sleep(0.02)
            if _alive(pid):
                raise EmbeddedRedisError(
                    f"a redis-server (pid {pid}) left by an earlier server still uses "
                    f"{self.data_dir}: stop it (kill {pid}) and start again"
                )
        pid_file.unlink(missing_ok=True)
        # The server that owned it is gone (we hold the lock): a socket left behind is stale.
        self.socket_path.unlink(missing_ok=True)

    def _is_our_redis(self, pid: int) -> bool:
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            return False
        return b"redis-server" in cmdline and os.fsencode(self.socket_path) in cmdline

    def _command(self) -> list[str]:
        assert self._executable is not None
        # No config file: every setting that matters is here, so the folder is all state.
        # Redis write()s each command to the append-only file before it answers it, so a
        # killed process (server or Redis) loses nothing: the kernel has it. fsync once a
        # second bounds what a power cut can take. No RDB snapshots (`save ""`): Redis 7
        # already rewrites the AOF with an RDB preamble; snapshots would only add forks and
        # a second file to recover from.
        options = {
            "port": "0",
            "unixsocket": str(self.socket_path),
            "unixsocketperm": "700",
            "dir": str(self._redis_dir),
            "pidfile": str(self._redis_dir / "redis.pid"),
            "daemonize": "no",
            "appendonly": "yes",
            "appendfsync": "everysec",
            "save": "",
            "loglevel": "warning",
        }
        return [self._executable, *(arg for k, v in options.items() for arg in (f"--{k}", v))]

    def _spawn(self) -> subprocess.Popen[bytes]:
        command = self._command()
        preexec = None
        if SETPRIV is not None:
            # setpriv sets PR_SET_PDEATHSIG and execs redis-server: Redis dies with this
            # process even on SIGKILL, and Python can vfork instead of running preexec code.
            command = [SETPRIV, "--pdeathsig", "KILL", "--", *command]
        else:
            preexec = _die_with_parent
        with (self._redis_dir / "redis.log").open("ab") as log:
            return subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                # Own session: Ctrl-C reaches the server only, which then stops Redis last,
                # after the stores have written what they still hold.
                start_new_session=True,
                preexec_fn=preexec,
            )

    def _wait_ready(self, process: subprocess.Popen[bytes]) -> None:
        deadline = time.monotonic() + self._ready_timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise EmbeddedRedisError(
                    f"redis-server exited with code {process.returncode} at start{self._log_tail()}"
                )
            if self._ping():
                return
            time.sleep(0.02)
        raise EmbeddedRedisError(
            f"redis-server did not answer within {self._ready_timeout:.0f} s{self._log_tail()}"
        )

    def _ping(self) -> bool:
        """PING over the socket; False while it is not there yet or still loading the AOF."""
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
                conn.settimeout(1.0)
                conn.connect(str(self.socket_path))
                conn.sendall(b"PING\r\n")
                return conn.recv(64).startswith(b"+PONG")
        except OSError:
            return False

    def _log_tail(self) -> str:
        try:
            tail = (self._redis_dir / "redis.log").read_text(errors="replace")[-1500:]
        except OSError:
            return ""
        return f"; its log ({self._redis_dir / 'redis.log'}) ends with:\n{tail}" if tail else ""

    # -- supervision ---------------------------------------------------------------------

    def _supervise(self) -> None:
        """Start Redis again if it exits while the server runs (the stores reconnect)."""
        delay = 0.5
        while True:
            process = self._process
            if process is None:
                return
            code = process.wait()
            if self._stopping.wait(delay):
                return
            logger.error(
                "embedded redis-server exited; starting it again",
                extra={"exit_code": code, "data_dir": str(self.data_dir)},
            )
            with self._spawn_lock:
                if self._stopping.is_set():
                    return
                self.socket_path.unlink(missing_ok=True)
                self._process = self._spawn()
            try:
                self._wait_ready(self._process)
                delay = 0.5
            except EmbeddedRedisError as exc:
                if self._stopping.is_set():
                    return
                logger.error("embedded redis-server did not come back: %s", exc)
                delay = min(delay * 2, 10.0)

    def _kill_process(self) -> None:
        process = self._process
        if process is not None and process.poll() is None:
            process.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(5)
