"""The OCI runtime spec a gVisor sandbox starts from, as TypedDicts, and its seccomp filter.

`runsc` reads the bundle's `config.json` (the OCI runtime specification's format): these
types name the fields this project writes, so a misspelt key is a type error rather than a
setting runsc silently ignores.
"""

from __future__ import annotations

from typing import Literal, TypedDict


class User(TypedDict):
    """The uid and gids of the sandbox's first process."""

    uid: int
    gid: int
    additionalGids: list[int]


class Capabilities(TypedDict):
    """The process's capability sets (names like `CAP_SETUID`)."""

    bounding: list[str]
    effective: list[str]
    inheritable: list[str]
    permitted: list[str]
    ambient: list[str]


class Rlimit(TypedDict):
    """One POSIX rlimit (`type` like `RLIMIT_AS`)."""

    type: str
    soft: int
    hard: int


class Process(TypedDict):
    """The sandbox's first process."""

    terminal: bool
    user: User
    args: list[str]
    env: list[str]
    cwd: str
    noNewPrivileges: bool
    capabilities: Capabilities
    rlimits: list[Rlimit]


class Root(TypedDict):
    """The root filesystem (a host directory) and whether it is read-only."""

    path: str
    readonly: bool


class _MountRequired(TypedDict):
    destination: str
    type: str
    source: str


class Mount(_MountRequired, total=False):
    """A mount inside the sandbox."""

    options: list[str]


class Namespace(TypedDict):
    """A namespace the sandbox gets its own of."""

    type: str


SeccompAction = Literal["SCMP_ACT_ALLOW", "SCMP_ACT_ERRNO", "SCMP_ACT_KILL"]


class SeccompArg(TypedDict):
    """A condition on one syscall argument."""

    index: int
    value: int
    valueTwo: int
    op: Literal["SCMP_CMP_MASKED_EQ", "SCMP_CMP_EQ", "SCMP_CMP_NE"]


class _SyscallRuleRequired(TypedDict):
    names: list[str]
    action: SeccompAction


class SyscallRule(_SyscallRuleRequired, total=False):
    """The action for some syscalls (only when every `args` condition holds)."""

    args: list[SeccompArg]


class Seccomp(TypedDict):
    """A seccomp filter (gVisor applies it inside the sandbox with `runsc --oci-seccomp`)."""

    defaultAction: SeccompAction
    architectures: list[str]
    syscalls: list[SyscallRule]


class _LinuxRequired(TypedDict):
    namespaces: list[Namespace]
    maskedPaths: list[str]
    readonlyPaths: list[str]
    seccomp: Seccomp


class Linux(_LinuxRequired, total=False):
    """Linux-specific settings: namespaces, hidden paths, the cgroup and the filter."""

    cgroupsPath: str


class Spec(TypedDict):
    """A bundle's `config.json`."""

    ociVersion: str
    process: Process
    root: Root
    hostname: str
    mounts: list[Mount]
    linux: Linux


def capability_sets(granted: tuple[str, ...] = ()) -> Capabilities:
    """A process's capability sets: `granted` bounding, effective and permitted, none else."""
    return {
        "bounding": list(granted),
        "effective": list(granted),
        "inheritable": [],
        "permitted": list(granted),
        "ambient": [],
    }


CLONE_NEWUSER = 0x10000000
# Applied to every sandbox, Python's and each language's. A new user namespace would hand the
# program every capability inside it (CAP_NET_RAW for raw sockets, CAP_SYS_ADMIN for mounts in
# a new mount namespace), which the spec's capability sets are there to withhold; nothing a
# program, an interpreter or a compiler needs creates one. clone3 needs no rule while this
# gVisor does not implement it (ENOSYS; tests/security/test_languages.py checks it stays so).
NO_NEW_USER_NAMESPACES: Seccomp = {
    "defaultAction": "SCMP_ACT_ALLOW",
    "architectures": ["SCMP_ARCH_X86_64"],
    "syscalls": [
        {"names": ["unshare", "setns"], "action": "SCMP_ACT_ERRNO"},
        {
            "names": ["clone"],
            "action": "SCMP_ACT_ERRNO",
            "args": [
                {
                    "index": 0,
                    "value": CLONE_NEWUSER,
                    "valueTwo": CLONE_NEWUSER,
                    "op": "SCMP_CMP_MASKED_EQ",
                }
            ],
        },
    ],
}
