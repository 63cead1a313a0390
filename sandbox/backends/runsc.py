"""The gVisor backend: each sandbox is `runsc run` of an OCI bundle this module writes."""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import json
import shutil
import signal
from pathlib import Path

from sandbox.agent import SEPARATE_UIDS
from sandbox.backends.base import Sandbox, spawn_piped
from sandbox.backends.oci import NO_NEW_USER_NAMESPACES, Linux, Spec, capability_sets
from sandbox.limits import Measurement, SandboxCgroup
from sandbox.rootfs import AGENT_PATH_INSIDE, PYTHON_INSIDE
from sandbox.settings import SandboxSettings

# The whole environment of the program: nothing of the server's ever crosses.
SANDBOX_ENV = ("PYTHONUNBUFFERED=1", "PYTHONIOENCODING=utf-8", "PYTHONDONTWRITEBYTECODE=1")
AGENT_ARGV = (PYTHON_INSIDE, "-I", "-S", AGENT_PATH_INSIDE, SEPARATE_UIDS)
# The agent starts as root inside the sandbox (gVisor's own user namespace, never the host's)
# holding only these two capabilities, which it uses once: the program's process drops to
# another uid than the agent's, so it cannot reopen the agent's descriptors through /proc.
# Both give the capabilities up before the sandbox reports warm (see sandbox/agent.py).
AGENT_START_UID = 0
AGENT_CAPABILITIES = ("CAP_SETUID", "CAP_SETGID")
PR_SET_PDEATHSIG = 1


def oci_spec(settings: SandboxSettings, rootfs: Path, cgroups_path: str | None) -> Spec:
    """The OCI runtime spec of one sandbox (read-only root, tmpfs /tmp, no privileges)."""
    linux: Linux = {
        "namespaces": [{"type": t} for t in ("pid", "network", "ipc", "uts", "mount")],
        "maskedPaths": ["/proc/kcore", "/proc/keys", "/proc/timer_list", "/sys/firmware"],
        "readonlyPaths": ["/proc/sys", "/proc/sysrq-trigger"],
        "seccomp": NO_NEW_USER_NAMESPACES,
    }
    if cgroups_path is not None:
        linux["cgroupsPath"] = cgroups_path
    tmpfs = f"size={settings.tmpfs_bytes}"
    return {
        "ociVersion": "1.0.2",
        "process": {
            "terminal": False,
            "user": {"uid": AGENT_START_UID, "gid": AGENT_START_UID, "additionalGids": []},
            "args": list(AGENT_ARGV),
            "env": list(SANDBOX_ENV),
            "cwd": "/tmp",
            "noNewPrivileges": True,
            "capabilities": capability_sets(AGENT_CAPABILITIES),
            "rlimits": [
                {"type": kind, "soft": soft, "hard": hard}
                for kind, soft, hard in settings.rlimits()
            ],
        },
        "root": {"path": str(rootfs), "readonly": True},
        "hostname": "sandbox",
        "mounts": [
            {"destination": "/proc", "type": "proc", "source": "proc"},
            {
                "destination": "/dev",
                "type": "tmpfs",
                "source": "tmpfs",
                "options": ["nosuid", "noexec", "mode=755", "size=64k"],
            },
            {
                "destination": "/tmp",
                "type": "tmpfs",
                "source": "tmpfs",
                "options": ["nosuid", "nodev", "noexec", "mode=1777", tmpfs],
            },
        ],
        "linux": linux,
    }


# util-linux's setpriv sets the parent-death signal and execs runsc. Without a `preexec_fn`
# Python starts the child with vfork instead of copying this (large) process with fork, which
# blocked the event loop for 10+ ms per sandbox on a slow host, stalling every live run.
SETPRIV = shutil.which("setpriv", path="/usr/bin:/bin")


def die_with_parent() -> None:
    """In the child before exec: SIGKILL runsc if the server dies.

    runsc's sandbox is `--attached`, so it follows, and a crashed server never leaves a
    program running.
    """
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


class RunscSandbox(Sandbox):
    """A gVisor sandbox started with `runsc run` from a bundle in a host-only directory.

    Args:
        settings: Limits and paths.
        rootfs: The read-only root filesystem (see `sandbox.rootfs.build_rootfs`).
        use_cgroups: Whether this host lets us apply cgroup limits (see `cgroups_available`).
    """

    def __init__(self, settings: SandboxSettings, rootfs: Path, *, use_cgroups: bool) -> None:
        super().__init__()
        self.settings = settings
        self.rootfs = rootfs
        # Bundle and runsc state live in a directory the sandbox never sees (not mounted).
        self.workdir = settings.state_dir / self.id
        self.cgroup = SandboxCgroup(settings.cgroup_parent, self.id) if use_cgroups else None

    def command(self) -> list[str]:
        """The runsc command line (gVisor applies the spec's seccomp filter inside the sandbox)."""
        return [
            self.settings.runsc_path,
            "--root",
            str(self.workdir / "state"),
            "--network=none",
            "--oci-seccomp",
            f"--platform={self.settings.platform}",
            *([] if self.cgroup is not None else ["--ignore-cgroups"]),
            "run",
            "--bundle",
            str(self.workdir / "bundle"),
            self.id,
        ]

    def _prepare(self) -> None:
        """Bundle, state directory and cgroups: blocking file work, done off the event loop."""
        bundle = self.workdir / "bundle"
        bundle.mkdir(parents=True, mode=0o700)
        (self.workdir / "state").mkdir(mode=0o700)
        cgroups_path = None
        if self.cgroup is not None:
            self.cgroup.create(*self._cgroup_limits())
            cgroups_path = self.cgroup.oci_path
        (bundle / "config.json").write_text(json.dumps(self._spec(cgroups_path)))

    def _cgroup_limits(self) -> tuple[int, int]:
        """The cgroup's memory limit in bytes and its pids limit (a subclass may widen them)."""
        return self.settings.memory_bytes, self.settings.pids

    def _spec(self, cgroups_path: str | None) -> Spec:
        """The OCI spec of this sandbox (a subclass may build another one)."""
        return oci_spec(self.settings, self.rootfs, cgroups_path)

    async def _spawn(self) -> asyncio.subprocess.Process:
        # A replacement sandbox is prepared while other runs stream their output.
        await asyncio.to_thread(self._prepare)
        if SETPRIV is not None:
            argv = [SETPRIV, "--pdeathsig", "KILL", "--", *self.command()]
            preexec_fn = None
        else:
            argv, preexec_fn = self.command(), die_with_parent
        env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin"}
        return await spawn_piped(argv, env=env, cwd=self.workdir, preexec_fn=preexec_fn)

    async def start(self, start_timeout_s: float) -> None:
        """Start unthrottled, then throttle the warm sandbox while it waits for a run."""
        await super().start(start_timeout_s)
        if self.cgroup is not None:
            self.cgroup.throttle(self.settings.cpu_cores)

    def begin_run(self) -> None:
        """Zero the counters (warm-up is not billed); throttled since it became warm."""
        if self.cgroup is not None:
            self.cgroup.begin_run(self.settings.cpu_cores)

    def measure(self) -> Measurement:
        """Counters of the sandbox's cgroups; zero when cgroups are unavailable."""
        return self.cgroup.measure() if self.cgroup is not None else Measurement()

    def kill(self) -> None:
        """SIGKILL runsc's process group and every host process of the sandbox's cgroups."""
        super().kill()
        if self.cgroup is not None:
            self.cgroup.kill_all()

    async def _cleanup(self) -> None:
        if self.cgroup is not None:
            await asyncio.to_thread(self.cgroup.remove)
        state = self.workdir / "state"
        if any(state.glob("*")):
            # runsc was killed before it could clean up its own state: let it do so now.
            proc = await asyncio.create_subprocess_exec(
                self.settings.runsc_path,
                "--root",
                str(state),
                "delete",
                "--force",
                self.id,
                stdout=asyncio.subprocess.DEVNULL,
                stderr=asyncio.subprocess.DEVNULL,
            )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(proc.wait(), 10)
        await asyncio.to_thread(shutil.rmtree, self.workdir, True)
