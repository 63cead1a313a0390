"""The agent's relay forwards everything the program wrote, with real processes and sockets."""

from __future__ import annotations

import os
import signal
import socket
import time
from collections.abc import Iterator

import pytest

from sandbox.agent import Relay


@pytest.fixture
def restore_signals() -> Iterator[None]:
    handler = signal.getsignal(signal.SIGCHLD)
    yield
    signal.set_wakeup_fd(-1)
    signal.signal(signal.SIGCHLD, handler)


def test_every_message_written_before_the_exit_is_forwarded(restore_signals: None) -> None:
    # A fast program's 150 writes (a print is several) are all waiting when its exit is
    # seen; the relay used to forward 64 of them then and drop the rest.
    mine, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    go_read, go_write = os.pipe()
    stdin_read, stdin_write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the program: wait for the relay to be set up, write, exit
        os.read(go_read, 1)
        for i in range(150):
            os.write(theirs.fileno(), b"O" + f"{i}\n".encode())
        os._exit(0)
    theirs.close()
    os.close(stdin_read)
    sent: list[tuple[bytes, bytes]] = []
    relay = Relay(pid, stdin_write, mine.detach(), lambda tag, data=b"": sent.append((tag, data)))
    assert relay.channel is not None
    os.set_blocking(relay.channel, False)
    relay.host_open = False  # no stdin from the host
    os.write(go_write, b"x")
    time.sleep(0.5)  # the program has written everything and exited before relaying starts
    assert relay.run() == 0
    stdout = b"".join(data for tag, data in sent if tag == b"O")
    assert stdout == b"".join(f"{i}\n".encode() for i in range(150))
    os.close(go_read)
    os.close(go_write)
