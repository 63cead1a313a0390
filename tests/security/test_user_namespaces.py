"""A Python program (the import policy off, as a way round it would be) cannot make a user
namespace of its own: inside one it would hold every capability, and raw sockets and mounts
would open. The sandbox's seccomp filter (`sandbox.backends.oci.NO_NEW_USER_NAMESPACES`)
refuses unshare, setns and clone(CLONE_NEWUSER); a plain fork still works."""

from __future__ import annotations

from sandbox.verdicts import Verdict
from tests.security.conftest import RunCode

PROGRAM = r"""
import ctypes, os, socket
libc = ctypes.CDLL(None, use_errno=True)
CLONE_NEWUSER, CLONE_NEWNET, SIGCHLD = 0x10000000, 0x40000000, 17
found = []
for flags in (CLONE_NEWUSER, CLONE_NEWUSER | CLONE_NEWNET):
    if libc.unshare(flags) == 0:
        found.append(f"unshare {flags:#x}")
libc.syscall.restype = ctypes.c_long
child = libc.syscall(56, CLONE_NEWUSER | SIGCHLD, 0, 0, 0, 0)  # clone(2)
if child == 0:
    os._exit(0)
if child > 0:
    os.waitpid(child, 0)
    found.append("clone(CLONE_NEWUSER)")
fd = os.open("/proc/self/ns/user", os.O_RDONLY)
if libc.setns(fd, 0) == 0:
    found.append("setns")
for family, kind in ((socket.AF_PACKET, socket.SOCK_RAW), (socket.AF_INET, socket.SOCK_RAW)):
    try:
        socket.socket(family, kind, 0).close()
        found.append(f"raw socket {family}")
    except OSError:
        pass
pid = os.fork()
if pid == 0:
    os._exit(7)
forked = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 7
print("FOUND", found, "FORK", forked)
"""


async def test_no_user_namespace_and_no_raw_socket_without_the_policy(run_code: RunCode) -> None:
    outcome = await run_code(PROGRAM, policy=False)
    assert outcome.verdict is Verdict.OK, (outcome.stdout, outcome.stderr)
    assert "FOUND [] FORK True" in outcome.stdout, (outcome.stdout, outcome.stderr)
