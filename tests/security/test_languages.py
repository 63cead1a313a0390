"""SECURITY.md's categories in JavaScript, TypeScript, C++, Java and Go, on real gVisor.

Each language gets one probe (many attacks whose refusal leaves the verdict `ok`, batched in
one run: `language_programs.py`) and one run per behaviour with a verdict of its own: fork or
thread bomb, memory bomb, output flood, sleeping deaf to signals. Every case also checks from
the host that the harm did not happen: the TCP and UDP listeners this module opens on every
host address saw nothing, the host process the program tried to kill lives, the host's secret
file is unchanged, and the canary secret in this process's environment (which runsc inherits)
never reaches the output. The test, not the program, decides what each attempt must give.

Categories and how each language meets them (JS and TS run the same attacks, TS through tsc):

* 13, 39 native code and odd syscalls. JS/TS: `process.binding('spawn_sync')`,
  `process.dlopen`. C++: the `syscall` instruction in inline asm, RWX shellcode, bpf,
  perf_event_open, open_by_handle_at, mount, reboot, ptrace, raw sockets, user namespaces
  (unshare, clone3). Java: JNI `System.load`, `sun.misc.Unsafe`, `jdk.internal.misc.Unsafe`.
  Go: `syscall.Syscall6`, `syscall.Mount`, raw sockets, `CLONE_NEWUSER` with uid maps.
* 16 spawning. `/bin/sh` through child_process, the raw binding, `posix_spawn`,
  `ProcessBuilder` (vfork: the tree has no jspawnhelper), `os/exec`.
* 17 fork or thread bomb. JS/TS spawn themselves, C++ `fork()`, Java threads, Go
  `ForkExec(/proc/self/exe)`.
* 18 memory bomb. Buffers off the V8 heap, malloc and touch, direct buffers then the heap,
  slices.
* 19, 20 disk fill. /work (a 64 MiB tmpfs) to ENOSPC; writing the read-only root.
* 21, 24, 25 holding the sandbox. Spinning bombs; sleeping with SIGTERM/SIGINT/SIGHUP
  ignored (Java cannot ignore them: no jdk.unsupported), killed from outside.
* 28 output flood. Endless lines on stdout.
* 33 signals to other processes. `kill(-1, SIGKILL)` and a live host pid.
* 34, 38 reconnaissance and escapes. /etc/shadow, the host's secret path (also through
  /proc/self/root and /proc/1/root/../..), /proc/1/environ, listing /proc/self/root/..,
  /proc (the program is alone), overwriting the compile step in the tree.
* 35 secrets in the environment. The program's environment is exactly the registry's.
* 36, 37 egress and the control plane. TCP to the host's listener on loopback and on the
  host's address, UDP to it, DNS.
* JIT and native-code tricks. Exec from noexec /work (JS, TS, Java) and /tmp (all);
  shared objects loaded from /work (JS, TS, Java); C++ and Go run native code by design.

Not applicable here: 1-8, 12 and 15 (Python's import policy and interpreter internals: the
other languages have no policy, gVisor is their only boundary), 14 (a runtime's own crash is
a runtime error like any other), 9-11, 41, 42 (source bytes, the snapshot, the validator, the
run API and the analysis prompt: the same application code for every language), 22, 23, 26,
27, 29-32, 40, 43 (output framing, one sandbox per run, the wall clock from outside: the host
side every language shares, covered in `test_categories.py` and `test_category_details.py`).

Findings: a shared object written to noexec /work still loads in JS, TS and Java (this gVisor
maps noexec files PROT_EXEC): xfail, gVisor stays the boundary. A new user namespace gave C++
and Go raw sockets until the sandboxes got a seccomp filter
(`sandbox.backends.oci.NO_NEW_USER_NAMESPACES`, every sandbox's, Python's included). A process
bomb may kill the sentry before the wall clock does (`BOMB_STOPPED`).

Driver: every program goes through `run_hostile` (one fixture): the product's warm pool,
`WarmPool.submit(RunRequest(language=...))`, one fresh sandbox per run, the product's verdicts.
"""

from __future__ import annotations

import asyncio
import fcntl
import os
import socket
import struct
import subprocess
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from sandbox.languages import get_language
from sandbox.pool import WarmPool
from sandbox.rootfs_languages import build_language_rootfs
from sandbox.settings import SandboxSettings
from sandbox.verdicts import Verdict
from tests.security import language_programs as programs
from tests.security.conftest import SECRET_ENV, SECRET_VALUE, no_processes_under, security_settings
from tests.security.language_driver import LanguageOutcome, run_through_pool

pytestmark = pytest.mark.gvisor

LANGUAGES = ["javascript", "typescript", "cpp", "java", "go"]
NATIVE = {"cpp", "go"}
NODE = {"javascript", "typescript"}
# What every probe must be refused, in every language.
REFUSED = (
    "read_shadow",
    "read_host_secret",
    "proc_root_secret",
    "proc_root_shadow",
    "write_rootfs",
    "spawn_shell",
    "exec_from_tmp",
    "connect_loopback",
    "connect_host",
    "udp_host",
    "dns",
    "kill_host_pid",
)
REFUSED_BY_LANGUAGE = {
    "javascript": ("spawn_binding",),
    "typescript": ("spawn_binding",),
    "cpp": (
        "asm_setuid0",
        "sys_bpf",
        "sys_perf_event_open",
        "sys_open_by_handle_at",
        "sys_mount",
        "sys_reboot",
        "sys_ptrace_init",
        "raw_socket_packet",
        "raw_socket_inet",
    ),
    "go": (
        "sys_bpf",
        "sys_perf_event_open",
        "sys_mount",
        "sys_ptrace_init",
        "sys_setuid0",
        "raw_socket_packet",
        "raw_socket_inet",
    ),
    "java": ("unsafe", "internal_unsafe"),
}
# Mount points of a language sandbox besides its tree's own top-level entries.
MOUNTS = {"proc", "dev", "tmp", "work", "sys"}
SIOCGIFADDR = 0x8915
WALL_S = 2.0  # of the cases that must be stopped by the wall clock


@dataclass(frozen=True)
class Host:
    """What the host offers for the program to attack, and how to tell whether it was hit."""

    ip: str
    tcp: socket.socket
    udp: socket.socket
    victim: subprocess.Popen[bytes]
    secret: Path

    @property
    def values(self) -> dict[str, str]:
        """The probes' placeholders."""
        return {
            "HOST_IP": self.ip,
            "PORT": str(self.tcp.getsockname()[1]),
            "UDP_PORT": str(self.udp.getsockname()[1]),
            "SECRET_PATH": str(self.secret),
            "HOST_PID": str(self.victim.pid),
        }

    def assert_untouched(self) -> None:
        """No connection, no datagram, the victim alive, the secret file as it was."""
        with pytest.raises(BlockingIOError):
            self.tcp.accept()
        with pytest.raises(BlockingIOError):
            self.udp.recvfrom(64)
        assert self.victim.poll() is None, "a sandboxed program killed a host process"
        assert self.secret.read_text() == SECRET_VALUE


def _host_ip() -> str:
    """The host's first IPv4 address besides loopback (where a listener on 0.0.0.0 answers)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        for _, name in socket.if_nameindex():
            if name == "lo":
                continue
            request = struct.pack("256s", name.encode()[:15])
            try:
                answer = fcntl.ioctl(sock.fileno(), SIOCGIFADDR, request)
            except OSError:
                continue  # an interface without an IPv4 address
            return socket.inet_ntoa(answer[20:24])
    pytest.fail("the host has no IPv4 address besides loopback to offer a listener on")


@pytest.fixture(scope="module")
def host(host_secret: Path) -> Iterator[Host]:
    """Listeners on every host address, a live host process, the planted secret."""
    tcp = socket.create_server(("0.0.0.0", 0))
    tcp.setblocking(False)
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    udp.bind(("0.0.0.0", 0))
    udp.setblocking(False)
    victim = subprocess.Popen(["sleep", "600"])
    try:
        yield Host(_host_ip(), tcp, udp, victim, host_secret)
    finally:
        victim.kill()
        victim.wait()
        tcp.close()
        udp.close()


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory, host_secret: Path) -> SandboxSettings:
    """Security settings (the canary is planted first: runsc inherits this environment)."""
    assert os.environ[SECRET_ENV] == SECRET_VALUE
    # The product's 30 s ceiling, not the suite's 10 s: `run_limits` caps every run's wall by
    # it, and Go's memory bomb asks for 30 s (PROGRAMS) to reach its limit on a loaded machine.
    return security_settings(tmp_path_factory.mktemp("language-security"), wall_timeout_s=30.0)


RunHostile = Callable[..., Awaitable[LanguageOutcome]]


@pytest.fixture(scope="module")
async def run_hostile(settings: SandboxSettings) -> AsyncIterator[RunHostile]:
    """The one way these tests run a program: the product's warm pool, every language warm."""
    pool = WarmPool.from_settings(settings)
    await pool.start()
    for language_id in LANGUAGES:  # trees and first sandboxes while the runs are scheduled
        await pool.prewarm(language_id)

    async def _run(
        language_id: str, source: str, *, wall_s: float | None = None
    ) -> LanguageOutcome:
        return await run_through_pool(pool, language_id, source, wall_s=wall_s)

    yield _run
    await pool.close()
    assert await no_processes_under(settings.state_dir), "a sandbox outlived the pool"


# Each test's program: test function -> (sources by language or None for the probe, wall).
PROGRAMS: dict[str, tuple[dict[str, str] | None, float | None]] = {
    "test_probe_is_contained": (None, None),
    "test_no_native_code_from_noexec_work": (None, None),
    "test_user_namespace_gives_no_raw_socket": (None, None),
    "test_fork_or_thread_bomb": (programs.FORK_BOMB, WALL_S),
    # Go's bomb needs ~0.5 s of CPU at 0.1 core: 5 s of wall at best, more on a loaded machine.
    "test_memory_bomb": (programs.MEMORY_BOMB, 30.0),
    "test_output_flood": (programs.OUTPUT_FLOOD, None),
    "test_sleeping_deaf_to_signals": (programs.SLEEPER, WALL_S),
}
# Sandboxes running at once: most cases wait on a wall clock or a 0.1-0.5 core quota, so
# overlapping them keeps the module near a minute on two cores.
PARALLEL = 3
Runs = dict[tuple[str, str], "asyncio.Task[LanguageOutcome]"]


@pytest.fixture(scope="module")
async def runs(
    request: pytest.FixtureRequest, run_hostile: RunHostile, host: Host
) -> AsyncIterator[Runs]:
    """Every selected test's program, started at once (one fresh sandbox each), by key.

    The key is (program, language): the probe's run serves the three tests that read it.
    """
    gate = asyncio.Semaphore(PARALLEL)

    async def _one(language_id: str, source: str, wall_s: float | None) -> LanguageOutcome:
        async with gate:
            return await run_hostile(language_id, source, wall_s=wall_s)

    tasks: Runs = {}
    for item in request.session.items:
        if not isinstance(item, pytest.Function) or item.module is not request.module:
            continue
        name = item.originalname
        callspec = getattr(item, "callspec", None)
        if name not in PROGRAMS or callspec is None:
            continue
        sources, wall_s = PROGRAMS[name]
        language_id = callspec.params["language_id"]
        key = ("probe" if sources is None else name, language_id)
        if key not in tasks:
            source = (
                programs.probe(language_id, host.values)
                if sources is None
                else sources[language_id]
            )
            tasks[key] = asyncio.create_task(_one(language_id, source, wall_s))
    yield tasks
    for task in tasks.values():
        task.cancel()
    await asyncio.gather(*tasks.values(), return_exceptions=True)


Checks = dict[str, tuple[bool, str]]


async def probe_checks(runs: Runs, language_id: str) -> Checks:
    """The probe's report: {check: (the operation succeeded, detail)}."""
    outcome = await runs[("probe", language_id)]
    assert outcome.verdict == Verdict.OK, outcome
    assert SECRET_VALUE not in outcome.output and SECRET_ENV not in outcome.output
    checks: Checks = {}
    for line in outcome.stdout.splitlines():
        name, status, detail = line.split("\t", 2)
        checks[name] = (status == "ok", detail)
    return checks


def _env(text: str) -> dict[str, str]:
    return dict(item.split("=", 1) for item in text.split(";") if item)


@pytest.mark.parametrize("language_id", LANGUAGES)
async def test_probe_is_contained(
    language_id: str, runs: Runs, host: Host, settings: SandboxSettings
) -> None:
    language = get_language(language_id)
    checks = await probe_checks(runs, language_id)
    for name in REFUSED + REFUSED_BY_LANGUAGE[language_id]:
        assert name in checks, f"{name} never reported: {checks}"
        assert not checks[name][0], f"{language_id}: {name} succeeded: {checks[name][1]}"
    # The whole environment is the registry's, in the program and in what /proc shows of it.
    assert _env(checks["env"][1]) == language.env
    assert checks["proc1_environ"][0] and _env(checks["proc1_environ"][1]) == language.env
    # /proc/self/root/.. is the sandbox's own root: the tree's entries and the mounts.
    tree = build_language_rootfs(language, settings.cache_dir).path
    assert set(checks["proc_root_list"][1].split(",")) <= {p.name for p in tree.iterdir()} | MOUNTS
    assert checks["processes"] == (True, "1"), "the program is alone in its sandbox"
    # /work runs native code only for the languages that compile to it.
    assert checks["exec_from_work"][0] == language.work_exec, checks["exec_from_work"]
    filled, _, why = checks["disk_fill"][1].partition(" ")
    assert checks["disk_fill"][0] and int(filled) <= 64, checks["disk_fill"]
    assert why, "the write that failed says why"
    if language_id == "cpp":
        # Machine code written at run time runs: it is the program's own native code, inside.
        assert checks["jit_shellcode"] == (True, "1")
    host.assert_untouched()


NOEXEC_MMAP = pytest.mark.xfail(
    strict=True,
    reason="HOLE (defence in depth): this gVisor (runsc 20221219) maps a file of a noexec mount"
    " PROT_EXEC, so a shared object written to /work loads (process.dlopen, JNI System.load)"
    " and its native code runs; noexec only stops execve. Node's --no-addons would not close"
    " it (the program can spawn a fresh node). gVisor stays the boundary.",
)


@pytest.mark.parametrize(
    "language_id",
    [pytest.param(lang, marks=NOEXEC_MMAP) for lang in ("javascript", "typescript", "java")],
)
async def test_no_native_code_from_noexec_work(language_id: str, runs: Runs) -> None:
    checks = await probe_checks(runs, language_id)
    assert not checks["native_from_work"][0], checks["native_from_work"]


@pytest.mark.parametrize("language_id", sorted(NATIVE))
async def test_user_namespace_gives_no_raw_socket(language_id: str, runs: Runs) -> None:
    # The spec's seccomp filter refuses new user namespaces (unshare, clone): without it both
    # opened a raw socket here, which the empty capability sets refuse otherwise.
    checks = await probe_checks(runs, language_id)
    assert not checks["userns_raw_socket"][0], checks["userns_raw_socket"]
    if language_id == "cpp":
        assert not checks["userns_clone3"][0], checks["userns_clone3"]


# A bomb's sandbox always ends, but not always by the wall clock: under the ptrace platform
# every sandbox process costs the sentry host tasks (a stub process, stub threads, a locked OS
# thread), so before RLIMIT_NPROC (32) stops the program the pids cgroup's headroom
# (sandbox.limits.RUNTIME_THREADS) may refuse the sentry a thread; it then dies ("fatal error:
# newosproc", exit 2: judged runtime_error) or is killed (sandbox_error). Reported in issue 16.
BOMB_STOPPED = {Verdict.TIMEOUT, Verdict.MEMORY_LIMIT, Verdict.RUNTIME_ERROR, Verdict.SANDBOX_ERROR}


@pytest.mark.parametrize("language_id", LANGUAGES)
async def test_fork_or_thread_bomb(language_id: str, runs: Runs, host: Host) -> None:
    outcome = await runs[("test_fork_or_thread_bomb", language_id)]
    assert outcome.verdict in BOMB_STOPPED, outcome
    assert outcome.verdict != Verdict.RUNTIME_ERROR or outcome.result.exit_code == 2, outcome
    assert outcome.workdir is not None
    assert await no_processes_under(outcome.workdir), "a bombed sandbox outlived its run"
    host.assert_untouched()


@pytest.mark.parametrize("language_id", LANGUAGES)
async def test_memory_bomb(language_id: str, runs: Runs) -> None:
    outcome = await runs[("test_memory_bomb", language_id)]
    assert outcome.verdict == Verdict.MEMORY_LIMIT, outcome
    peak = outcome.result.peak_memory_bytes
    limit = get_language(language_id).limits.run.memory_bytes
    # The cgroup's high-water mark may pass the limit by a page or so (charge granularity).
    assert peak is None or peak <= limit + 256 * 1024, (peak, limit)


@pytest.mark.parametrize("language_id", LANGUAGES)
async def test_output_flood(language_id: str, runs: Runs, settings: SandboxSettings) -> None:
    outcome = await runs[("test_output_flood", language_id)]
    assert outcome.verdict == Verdict.OUTPUT_LIMIT, outcome
    assert outcome.result.output_truncated
    assert outcome.result.output_bytes == settings.output_limit_bytes
    assert len(outcome.output.encode()) <= settings.output_limit_bytes + 200
    limit = settings.output_limit_bytes
    assert outcome.stdout.endswith(f"[output truncated: the limit of {limit} bytes was reached]\n")


@pytest.mark.parametrize("language_id", LANGUAGES)
async def test_sleeping_deaf_to_signals(language_id: str, runs: Runs) -> None:
    outcome = await runs[("test_sleeping_deaf_to_signals", language_id)]
    assert outcome.verdict == Verdict.TIMEOUT, outcome
    assert outcome.result.signal == 9  # SIGKILL of the whole sandbox from outside


async def test_no_sandbox_outlives_its_run(runs: Runs) -> None:
    outcomes = await asyncio.gather(*runs.values())
    assert all(outcome.workdir is not None for outcome in outcomes)
    for outcome in outcomes:
        assert outcome.workdir is not None
        assert await no_processes_under(outcome.workdir), f"{outcome.workdir} outlived its run"


def test_every_language_has_every_case() -> None:
    for table in (
        programs.FORK_BOMB,
        programs.MEMORY_BOMB,
        programs.OUTPUT_FLOOD,
        programs.SLEEPER,
    ):
        assert set(table) == set(LANGUAGES)
    assert set(REFUSED_BY_LANGUAGE) == set(LANGUAGES)
