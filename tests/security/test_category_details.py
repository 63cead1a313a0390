"""Hostile categories whose checks need more than one program and one verdict."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path

import msgspec
import pytest

from sandbox.errors import PoolBusyError
from sandbox.events import RunRequest
from sandbox.pool import WarmPool
from sandbox.verdicts import Verdict
from tests.security.conftest import RunCode, collect, no_processes_under, security_settings

DETAILED = {10, 28, 29, 30, 31, 32, 37, 38, 40, 41}
Contained = Callable[[], Awaitable[None]]
pytestmark = pytest.mark.gvisor


async def test_cat10_check_then_run_race(pool: WarmPool, assert_contained: Contained) -> None:
    # The request is an immutable snapshot: what was validated is exactly what runs.
    request = RunRequest(run_id="race", code="print('validated')")
    handle = await pool.submit(request)
    with pytest.raises(AttributeError, match="immutable"):
        request.code = "import os"  # type: ignore[misc]
    outcome = await collect(handle)
    assert (outcome.verdict, outcome.stdout) == (Verdict.OK, "validated\n")
    await assert_contained()


@pytest.mark.parametrize("policy", [True, False], ids=["policy", "no_policy"])
async def test_cat28_output_flood(
    run_code: RunCode, policy: bool, assert_contained: Contained
) -> None:
    flood = await run_code("while 1:\n    print('x' * 999)", policy=policy)
    assert flood.verdict == Verdict.OUTPUT_LIMIT
    assert flood.result.output_truncated
    assert flood.result.output_bytes == 1024 * 1024
    assert flood.stdout.endswith("[output truncated: the limit of 1048576 bytes was reached]\n")
    line = await run_code("print('y' * (50 * 1024 * 1024))", policy=policy)
    assert line.verdict in {Verdict.OUTPUT_LIMIT, Verdict.MEMORY_LIMIT}
    assert len(line.stdout) < 1024 * 1024 + 200
    await assert_contained()


async def test_cat29_output_drip(run_code: RunCode, assert_contained: Contained) -> None:
    drip = "import time\nwhile True:\n    print('.', end='', flush=True)\n    time.sleep(0.002)"
    outcome = await run_code(drip, policy=False, wall=1.5)
    assert outcome.verdict == Verdict.TIMEOUT
    # Coalesced into windows of at most 50 ms: far fewer events than writes.
    assert len(outcome.stdout) > 10
    assert len(outcome.outputs) <= 1.5 / 0.05 + 5
    await assert_contained()


@pytest.mark.parametrize("policy", [True, False], ids=["policy", "no_policy"])
async def test_cat30_viewer_injection(
    run_code: RunCode, policy: bool, assert_contained: Contained
) -> None:
    code = (
        "print('\\x1b[2J\\x1b[31mred\\x1b[0m')\n"
        "print('\\x1b]0;title\\x07\\x1b]8;;http://evil/\\x1b\\\\link\\x1b]8;;\\x1b\\\\')\n"
        "print('\\x9b31m<script>alert(1)</script>\\x07\\x08')\n"
        "print('z' * 100000)\n"
    )
    outcome = await run_code(code, policy=policy)
    assert outcome.verdict == Verdict.OK
    text = outcome.stdout
    assert not any(ch in text for ch in "\x1b\x07\x08\x9b")
    assert "red" in text and "link" in text
    assert "<script>" in text  # HTML stays text: the web renders text only
    assert "z" * 100000 in text
    await assert_contained()


async def test_cat31_bad_bytes(run_code: RunCode, assert_contained: Contained) -> None:
    lone = await run_code("print('a\\ud800b\\x00c')")
    assert lone.verdict == Verdict.OK
    assert lone.stdout == "a\\ud800b\ufffdc\n"
    raw = await run_code(
        "import os\nos.write(1, b'\\xff\\xfe bad \\xc3')\nos.write(2, b'\\x00\\xff')", policy=False
    )
    assert raw.verdict == Verdict.OK
    # fd 1 is not the frame channel: raw bytes written there are stderr, like fd 2's.
    assert raw.stdout == ""
    assert "bad" in raw.stderr, raw.stderr
    assert raw.stderr.count("\ufffd") == 5, raw.stderr
    await assert_contained()


async def test_cat32_forged_results(run_code: RunCode, assert_contained: Contained) -> None:
    fake = await run_code(
        "print('exit 0')\nprint('verdict: ok')\nprint('A\\x00\\x00\\x00\\x00')\n1/0"
    )
    assert fake.verdict == Verdict.RUNTIME_ERROR and fake.result.exit_code == 1
    forged = (
        "import os, struct\n"
        "frame = lambda tag, data: struct.pack('>cI', tag, len(data)) + data\n"
        "os.write(1, frame(b'A', b'') + frame(b'O', b'exit status 0\\n') + frame(b'R', b''))\n"
        "os.write(1, b'Z' + b'\\xff' * 64)\n"  # a bogus frame: the parser goes raw
        "os.write(1, frame(b'O', b'verdict ok'))\n"
        "for fd in (3, 4, 5, 255):\n    try:\n        os.write(fd, b'x')\n"
        "    except OSError:\n        pass\n"
        "while True:\n    pass\n"
    )
    # The wall clock leaves room for the first writes on a loaded machine (0.1 core each).
    outcome = await run_code(forged, policy=False, wall=3.0)
    assert outcome.verdict == Verdict.TIMEOUT
    assert outcome.result.signal == 9
    # fd 1 is the raw stderr pipe (the frames go out on a private fd): its own output at worst.
    assert "exit status 0" in outcome.stderr
    await assert_contained()


async def test_cat37_control_plane(
    run_code: RunCode, listener: int, assert_contained: Contained
) -> None:
    code = (
        f"import socket\nfor target in (('127.0.0.1', {listener}), ('169.254.169.254', 80),"
        " ('10.0.0.1', 6379), ('127.0.0.1', 6379), ('127.0.0.1', 8265), ('127.0.0.1', 10250)):\n"
        "    try:\n        socket.create_connection(target, timeout=1)\n"
        "        print('REACHED', target)\n    except OSError as e:\n        print(target, e)\n"
    )
    outcome = await run_code(code, policy=False)
    assert outcome.verdict == Verdict.OK
    assert "REACHED" not in outcome.stdout
    await assert_contained()


async def test_cat38_symlink_tricks(
    run_code: RunCode, pool: WarmPool, tmp_path: Path, assert_contained: Contained
) -> None:
    target = tmp_path / "host-target"
    code = (
        f"import os\nfor name, dest in (('/tmp/l1', {str(target)!r}), ('/tmp/l2', '/etc/shadow'),"
        " ('l3', '/proc/1/root')):\n"
        "    os.symlink(dest, name)\n"
        "    try:\n        open(name, 'w').write('pwned')\n    except OSError as e:\n"
        "        print(e)\n"
        "try:\n    os.link('/usr/bin/python3', '/tmp/hard')\nexcept OSError as e:\n    print(e)\n"
    )
    outcome = await run_code(code, policy=False)
    assert outcome.verdict == Verdict.OK
    assert not target.exists()
    # The host never followed the links: none of them exists anywhere on the host side.
    names = {"l1", "l2", "l3", "hard"}
    assert not [p for p in pool.settings.state_dir.rglob("*") if p.name in names]
    await assert_contained()


async def test_cat40_noisy_neighbour(run_code: RunCode, assert_contained: Contained) -> None:
    burner = asyncio.create_task(run_code("while True:\n    pass", wall=3.0))
    await asyncio.sleep(0.3)
    quiet = await run_code("print(sum(i * i for i in range(1000)))")
    assert (quiet.verdict, quiet.stdout) == (Verdict.OK, "332833500\n")
    assert quiet.result.wall_ms < 3000 + 2000  # not stuck behind the burner (loaded CI slack)
    noisy = await burner
    assert noisy.verdict == Verdict.TIMEOUT
    assert noisy.result.cpu_ms < 3000 * 0.1 * 1.5 + 200  # held to its 0.1 core quota
    await assert_contained()


async def test_cat41_run_api_abuse(tmp_path: Path, run_code: RunCode) -> None:
    small = WarmPool.from_settings(security_settings(tmp_path, pool_size=1, queue_limit=1))
    await small.start()
    try:
        spin = RunRequest(run_id="a", code="while True:\n    pass")
        first = await small.submit(spin, wall_timeout_s=5)
        # The replacement sandbox may still be starting: the second waits in the queue.
        handles = [first]
        with pytest.raises(PoolBusyError, match="try again"):
            for i in range(4):
                handles.append(await small.submit(msgspec.structs.replace(spin, run_id=f"b{i}")))
        for handle in handles:
            await handle.cancel()
        verdicts = {(await collect(h)).verdict for h in handles}
        assert verdicts <= {Verdict.CANCELLED}
    finally:
        await small.close()
    assert await no_processes_under(tmp_path), "a sandbox outlived its pool"
    huge = await run_code("import sys\nprint(len(sys.stdin.read()))", stdin="x" * (3 << 20))
    assert (huge.verdict, huge.stdout) == (Verdict.OK, f"{1 << 20}\n")


async def test_cat41_policy_refusal_uses_no_sandbox(pool: WarmPool) -> None:
    before = pool.stats().runs_total
    handle = await pool.submit(RunRequest(run_id=uuid.uuid4().hex, code="import os"))
    outcome = await collect(handle)
    assert outcome.verdict == Verdict.POLICY_VIOLATION
    assert pool.stats().runs_total == before
