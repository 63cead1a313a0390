"""A server's sandbox side in a process of its own, driven over stdin/stdout (JSON lines).

The test process may already hold the session's local Ray (one Ray per process), so the
server-side client that joins the multi-node cluster runs here: the same `open_sandbox_pool`
a `coderemote serve` calls with `CODEREMOTE_RAY_ADDRESS` set.

Commands (one JSON object a line), answered as they complete:
- `{"op": "open", "overrides": {...}}` -> `{"op": "opened", "nodes": [...]}` (or `"error"`);
- `{"op": "run", "id": ..., "code": ...}` -> `{"id", "node_id"}` once a pool accepted it,
  `{"id", "output": ...}` for its first output, then `{"id", "verdict", "message"}`;
- `{"op": "stats"}` -> `{"op": "stats", "nodes": {node_id: figures}}`;
- `{"op": "pids"}` -> `{"op": "pids", "nodes": {node_id: pool actor's pid}}`;
- `{"op": "cancel", "id": ...}` stops a run.

Usage: CODEREMOTE_RAY_ADDRESS=<address> python -m tests.integration.ray_multinode.driver
"""

from __future__ import annotations

import asyncio
import contextlib
import faulthandler
import json
import os
import signal
import sys
import time
from typing import Any

from actors.pool_spread import SpreadSandboxPool
from actors.sandbox_client import open_sandbox_pool
from actors.settings import ActorSettings
from sandbox.events import RunFinished, RunOutput, RunRequest
from sandbox.interfaces import RunHandle

NAMESPACE = "coderemote-multinode"


# Answers go out on the original stdout alone. Ray writes what it relays from the cluster to
# this process's stdout, from threads of its own: when a worker was killed, the raylet's
# "(raylet) The node with node id: ... has been marked dead ..." lines landed on the answer
# pipe, the test's reader failed on them and every later answer was lost (the driver looked
# hung). So fd 1 is pointed at stderr, and answers keep a copy of the original.
_ANSWERS = os.fdopen(os.dup(1), "w", buffering=1)
os.dup2(2, 1)


def say(message: dict[str, Any]) -> None:
    _ANSWERS.write(json.dumps(message) + "\n")
    _ANSWERS.flush()


async def run(pool: SpreadSandboxPool, run_id: str, code: str, live: dict[str, RunHandle]) -> None:
    began = time.monotonic()
    try:
        handle = await pool.submit(RunRequest(run_id=run_id, code=code))
    except Exception as exc:
        say({"id": run_id, "verdict": "refused", "message": f"{type(exc).__name__}: {exc}"})
        return
    live[run_id] = handle
    say({"id": run_id, "node_id": getattr(handle, "node_id", None)})
    seen_output = False
    async for event in handle.events():
        if isinstance(event, RunOutput) and not seen_output:
            seen_output = True
            say({"id": run_id, "output": event.data})
        if isinstance(event, RunFinished):
            result = event.result
            say(
                {
                    "id": run_id,
                    "verdict": str(result.verdict.value),
                    "message": result.message,
                    "elapsed_s": time.monotonic() - began,
                }
            )
    live.pop(run_id, None)


async def main() -> None:
    # `kill -USR1 <pid>` prints every thread's stack (a driver that stopped answering).
    faulthandler.register(signal.SIGUSR1, all_threads=True)
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    pool: SpreadSandboxPool | None = None
    live: dict[str, RunHandle] = {}
    tasks: set[asyncio.Task[None]] = set()
    while line := await reader.readline():
        command = json.loads(line)
        op = command["op"]
        if op == "open":
            settings = ActorSettings(ray_namespace=NAMESPACE)  # CODEREMOTE_RAY_ADDRESS
            assert settings.ray_address, "CODEREMOTE_RAY_ADDRESS is not set"
            try:
                opened = await open_sandbox_pool(settings, command.get("overrides"))
            except Exception as exc:
                say({"op": "error", "message": f"{type(exc).__name__}: {exc}"})
                continue
            assert isinstance(opened, SpreadSandboxPool)
            pool = opened
            say({"op": "opened", "nodes": sorted(pool.members)})
        elif op == "run":
            assert pool is not None
            task = asyncio.create_task(run(pool, command["id"], command["code"], live))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
        elif op == "cancel":
            handle = live.get(command["id"])
            if handle is not None:
                await handle.cancel()
        elif op == "stats":
            assert pool is not None
            say({"op": "stats", "nodes": pool.node_stats()})
        elif op == "pids":  # each pool actor's process id, by node (which worker is which)
            assert pool is not None
            pids = {}
            for node_id, member in list(pool.members.items()):
                with contextlib.suppress(Exception):
                    info = await asyncio.wait_for(member.client.actor.process_info.remote(), 10)
                    pids[node_id] = info["pid"]
            say({"op": "pids", "nodes": pids})
    if pool is not None:
        await pool.close()


if __name__ == "__main__":
    asyncio.run(main())
