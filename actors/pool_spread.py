"""Many sandbox pools seen as one: a pool actor per sandbox node, runs spread by load.

Why one pool per node rather than shards Ray places: a pool is a node's sandboxes (its runsc,
its cgroups, its warm sandboxes), so a pool per node never has two actors fighting over one
host's CPU, and the set of pools is simply the set of live nodes that declare `sandbox_node`.
A node added by the autoscaler gets its pool at the next discovery; a node that dies takes its
pool with it, and the node that replaces it (a new node id) gets a new pool at once, without
waiting for Ray to notice the old node's death and move a shard (tens of seconds). Pools are
named actors (`<prefix>-<node id>` in the server's namespace), so every server process finds
and shares the same ones; none has to be a registry.

Each server keeps a `SpreadSandboxPool`:

- discovery (every `refresh_s`): live Ray nodes with the resource; a pool actor is made
  (get-if-exists) and started for each new one, and dropped when its node is gone;
- health: each pool's `start()` (idempotent, returns its figures) with a short timeout; a pool
  that does not answer, or whose run ended because its actor went away, takes no new runs
  until it answers again;
- spreading: a run goes to the answering pool with the fewest outstanding runs (this server's
  own, counted as they start and end, plus other servers' from the pool's last figures), more
  warm sandboxes first on a tie;
- failover: a run that no pool accepted (its actor was gone or restarting) is offered to the
  next pool at once, so it is never run twice; a run a pool accepted ends with that pool
  (`sandbox_error` if its node dies), because a program is not idempotent;
- demand: when runs wait for a sandbox in every answering pool, the autoscaler is asked for
  one sandbox node more (`actors.placement.ask_for_sandbox_nodes`); the new node's pool joins
  at the next discovery, and the request is withdrawn once it has.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

from actors.placement import ask_for_sandbox_nodes, sandbox_node_ids
from actors.sandbox_client import RaySandboxPool
from actors.sandbox_pool import ACTOR_DIED_MESSAGE
from sandbox.errors import PoolBusyError, SandboxUnavailableError, UnknownLanguageError
from sandbox.events import RunEvent, RunFinished, RunRequest
from sandbox.interfaces import RunHandle
from sandbox.languages.registry import get_language
from sandbox.runner import FinishedRun
from sandbox.verdicts import Verdict

log = logging.getLogger(__name__)

# Figures that are not counts: the spread reports the worst pool's, not a sum.
_WORST_OF = ("last_start_latency_ms", "mean_start_latency_ms")


@dataclass
class PoolMember:
    """One node's pool as this server sees it."""

    node_id: str
    client: RaySandboxPool
    up: bool = False
    outstanding: int = 0  # this server's runs on it, from accepted to finished
    others: int = 0  # other callers' live runs at the last probe
    stats: dict[str, float] = field(default_factory=dict)
    probing: asyncio.Task[None] | None = None
    error: str | None = None

    def load(self) -> tuple[int, float]:
        """Sort key: fewest outstanding runs, then most warm sandboxes."""
        return (self.outstanding + self.others, -self.stats.get("warm", 0.0))


class SpreadSandboxPool:
    """Every sandbox node's pool actor behind one `SandboxPool` (a `PoolClient`).

    Args:
        make_actor: The pool actor for a node id (get-if-exists, pinned to that node).
        list_nodes: Ids of the live sandbox nodes (blocking; run in a thread).
        ask_for_nodes: Asks the autoscaler for at least this many sandbox nodes (blocking).

    Attributes:
        refresh_s: How often nodes are listed and pools probed.
        probe_timeout_s: How long a pool may take to answer a probe before it takes no runs.
        submit_wait_s: How long one pool may take to accept a run before the next is tried.
        wait_for_pool_s: How long a run waits for some pool to answer when none does.
        language_idle_s: How long a prewarmed language counts as in use: a pool that comes up
            within it (a new node, a restarted actor, one that was still starting) is asked to
            warm it too. The pools' own `SANDBOX_LANGUAGE_IDLE_S` default.
    """

    refresh_s = 1.0
    probe_timeout_s = 3.0
    submit_wait_s = 3.0
    wait_for_pool_s = 30.0
    language_idle_s = 600.0

    def __init__(
        self,
        make_actor: Callable[[str], Any],
        *,
        list_nodes: Callable[[], list[str]] = sandbox_node_ids,
        ask_for_nodes: Callable[[int], None] = ask_for_sandbox_nodes,
    ) -> None:
        self._make_actor = make_actor
        self._list_nodes = list_nodes
        self._ask_for_nodes = ask_for_nodes
        self.asked_for = 0  # sandbox nodes last asked of the autoscaler (0: none)
        self.members: dict[str, PoolMember] = {}
        self._prewarmed: dict[str, float] = {}  # language -> monotonic time of its last prewarm
        self._background: set[asyncio.Task[None]] = set()
        self._changed = asyncio.Event()
        self._loop: asyncio.Task[None] | None = None
        self._closed = False

    # Lifecycle -------------------------------------------------------------------------------

    async def start(self) -> None:
        """Discover the pools and start them; return once one is full (the rest go on).

        Watching (discovery and probes) then goes on in the background.

        Raises:
            SandboxUnavailableError: No node declares `sandbox_node`, or every pool failed to
                start (the first pool's own reason, e.g. runsc missing).
        """
        await self.refresh()
        if not self.members:
            raise SandboxUnavailableError(
                "no Ray node declares the sandbox_node resource: start workers with "
                "ray start --resources='{\"sandbox_node\": 1}'"
            )
        if self._loop is None:
            self._loop = asyncio.create_task(self._watch(), name="sandbox-pool-discovery")
        # Each pool's own start, without the probes' time limit: a first start builds the
        # root filesystem and takes tens of seconds on a busy host.
        starts = {asyncio.ensure_future(m.client.start()): m for m in list(self.members.values())}
        for task in starts:  # retrieved here: those still starting when one is done go on
            task.add_done_callback(lambda t: t.cancelled() or t.exception())
        pending = set(starts)
        error: BaseException | None = None
        while pending:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                if task.exception() is None:
                    self._came_up(starts[task])
                    return  # the others fill in the background; probes will see them
                error = error or task.exception()
        assert error is not None
        raise error

    async def close(self) -> None:
        """Stop watching and close this server's channels (the actors are shared)."""
        self._closed = True
        if self._loop is not None:
            self._loop.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._loop
        for task in list(self._background):
            task.cancel()
        for member in self.members.values():
            await self._drop(member)
        self.members.clear()

    async def _watch(self) -> None:
        while not self._closed:
            await asyncio.sleep(self.refresh_s)
            try:
                await self.refresh()
            except Exception as exc:  # the GCS may be briefly unreachable: keep watching
                log.warning("sandbox pool discovery failed: %s", exc)

    async def refresh(self) -> None:
        """List the sandbox nodes, add and drop pools to match, and probe each pool."""
        node_ids = await asyncio.to_thread(self._list_nodes)
        for node_id in node_ids:
            if node_id not in self.members:
                actor = await asyncio.to_thread(self._make_actor, node_id)
                client = RaySandboxPool(actor, restart_wait_s=self.submit_wait_s)
                self.members[node_id] = PoolMember(node_id, client)
                log.info("sandbox pool on node %s joined", node_id[:12])
        for node_id in [n for n in self.members if n not in node_ids]:
            log.warning("sandbox node %s is gone: its pool takes no more runs", node_id[:12])
            await self._drop(self.members.pop(node_id))
            self._changed.set()
        for member in self.members.values():
            if member.probing is None or member.probing.done():
                member.probing = asyncio.create_task(self._probe(member))
        await self._ask_for_demand()

    async def _ask_for_demand(self) -> None:
        """One node more while runs wait in every answering pool; withdrawn once it came."""
        up = [m for m in self.members.values() if m.up]
        if not up:
            return  # nothing answers: a node problem, not demand
        waiting = all(m.stats.get("queue_depth", 0) > 0 for m in up)
        want = len(up) + 1 if waiting else self.asked_for
        if not waiting and self.asked_for and len(up) >= self.asked_for:
            want = 0
        if want != self.asked_for:
            log.info("asking the autoscaler for %d sandbox nodes (%d answering)", want, len(up))
            try:
                await asyncio.to_thread(self._ask_for_nodes, want)
            except Exception as exc:  # scaling is a hint: runs go on without it
                log.warning("could not ask for sandbox nodes: %s", exc)
                return
            self.asked_for = want

    async def _probe(self, member: PoolMember) -> None:
        """`start()` the pool (idempotent: fills a new or restarted actor) and keep its figures."""
        mine = member.outstanding
        try:
            stats = await asyncio.wait_for(member.client.actor.start.remote(), self.probe_timeout_s)
        except Exception as exc:
            if member.up:
                log.warning("sandbox pool on node %s stopped answering", member.node_id[:12])
            member.up = False
            member.error = f"{type(exc).__name__}: {exc}".splitlines()[0][:200]
            return
        member.stats = dict(stats)
        member.others = max(0, int(stats.get("live_runs", 0)) - mine)
        member.error = None
        if not member.up:
            self._came_up(member)
            self._changed.set()

    def _came_up(self, member: PoolMember) -> None:
        """Mark `member` up and have it warm the languages prewarmed while it was not."""
        member.up = True
        now = time.monotonic()
        for language, at in list(self._prewarmed.items()):
            if now - at > self.language_idle_s:
                del self._prewarmed[language]
                continue
            task = asyncio.create_task(self._prewarm_on(member, language))
            self._background.add(task)
            task.add_done_callback(self._background.discard)

    async def _prewarm_on(self, member: PoolMember, language: str) -> None:
        try:
            await member.client.prewarm(language)
        except Exception as exc:  # a warm sandbox is an optimisation: the run still works
            log.warning("prewarm of %s on node %s: %s", language, member.node_id[:12], exc)

    async def _drop(self, member: PoolMember) -> None:
        member.up = False
        if member.probing is not None:
            member.probing.cancel()
        with contextlib.suppress(Exception):
            await member.client.close()

    async def _wait_for_member(self) -> None:
        deadline = time.monotonic() + self.wait_for_pool_s
        while not any(m.up for m in self.members.values()):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                reasons = "; ".join(
                    f"{m.node_id[:12]}: {m.error}" for m in self.members.values() if m.error
                )
                raise SandboxUnavailableError(
                    "no sandbox pool answered" + (f" ({reasons})" if reasons else "")
                )
            self._changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), min(remaining, self.refresh_s))

    # Runs ------------------------------------------------------------------------------------

    def _pick(self, tried: set[str]) -> PoolMember | None:
        candidates = [m for m in self.members.values() if m.up and m.node_id not in tried]
        if not candidates:
            return None
        best = min(m.load() for m in candidates)
        return random.choice([m for m in candidates if m.load() == best])

    async def submit(self, request: RunRequest) -> RunHandle:
        """Hand the run to the least loaded pool; the next one if that pool is gone or busy.

        Raises:
            PoolBusyError: Every answering pool's queue is full.
            SandboxUnavailableError: No pool answered within `wait_for_pool_s`.
        """
        tried: set[str] = set()
        busy: PoolBusyError | None = None
        while True:
            member = self._pick(tried)
            if member is None:
                if busy is not None:
                    raise busy
                await self._wait_for_member()
                tried.clear()
                continue
            tried.add(member.node_id)
            member.outstanding += 1
            try:
                handle = await asyncio.wait_for(
                    member.client.submit(request), 2 * self.submit_wait_s
                )
            except PoolBusyError as exc:
                member.outstanding -= 1
                busy = exc
                continue
            except SandboxUnavailableError as exc:
                member.outstanding -= 1
                self._suspect(member, str(exc))
                continue
            except TimeoutError:
                # Its actor neither took nor refused the run: make sure it never starts there.
                member.outstanding -= 1
                self._suspect(member, "it did not answer a run in time")
                with contextlib.suppress(Exception):
                    member.client.actor.cancel.remote(request.run_id)
                continue
            if not isinstance(handle, FinishedRun):
                return SpreadRunHandle(handle, member, self)
            member.outstanding -= 1
            if handle.accepted:
                # Refused by the policy: returned as it is, so the caller can tell a refusal
                # (`RunService` looks for a `FinishedRun`) and nothing stays counted here.
                return handle
            # No one took the run (the actor was gone or restarting): the next pool may.
            self._suspect(member, "its actor did not accept a run")

    async def prewarm(self, language: str) -> None:
        """Warm a sandbox of `language` in every answering pool (any of them may get its run).

        Raises:
            UnknownLanguageError: No such language in the registry.
        """
        try:
            entry = get_language(language)
        except KeyError:
            raise UnknownLanguageError(f"unknown language {language[:40]!r}") from None
        if entry.runner != "python3":  # Python is always warm
            # Remembered for pools that are not up yet (still starting, or a node to come).
            self._prewarmed[entry.id] = time.monotonic()
        up = [m for m in self.members.values() if m.up]
        results = await asyncio.gather(
            *(m.client.prewarm(language) for m in up), return_exceptions=True
        )
        for member, result in zip(up, results, strict=True):
            if isinstance(result, UnknownLanguageError):
                raise result
            if isinstance(result, BaseException):
                log.warning("prewarm of %s on node %s: %s", language, member.node_id[:12], result)

    def _suspect(self, member: PoolMember, why: str) -> None:
        """Take no new runs on `member` until a probe says it answers again."""
        if member.up:
            log.warning("sandbox pool on node %s: %s", member.node_id[:12], why)
        member.up = False
        member.error = why

    async def stats(self) -> dict[str, float]:
        """Figures of the answering pools together.

        Counts are summed, latencies are the slowest pool's; `pools` (known) and `pools_up`
        (answering) are added.
        """
        total: dict[str, float] = {}
        up = [m for m in self.members.values() if m.up]
        for member in up:
            for key, value in member.stats.items():
                if key in _WORST_OF:
                    total[key] = max(total.get(key, 0.0), value)
                else:
                    total[key] = total.get(key, 0.0) + value
        total["pools"] = float(len(self.members))
        total["pools_up"] = float(len(up))
        return total

    def node_stats(self) -> dict[str, dict[str, float]]:
        """Each known pool's last figures, by node id (with `up` as 0 or 1)."""
        return {
            m.node_id: {**m.stats, "up": float(m.up), "outstanding": float(m.outstanding)}
            for m in self.members.values()
        }


class SpreadRunHandle:
    """A run on one of the pools (implements `RunHandle`); `node_id` says which node."""

    def __init__(self, inner: RunHandle, member: PoolMember, spread: SpreadSandboxPool) -> None:
        """Wrap `inner`, accepted by `member`'s pool."""
        self._inner = inner
        self._member = member
        self._spread = spread
        self.node_id = member.node_id
        self._counted = True

    async def events(self) -> AsyncIterator[RunEvent]:
        """The pool's events; a run lost with its actor marks that pool as not answering."""
        try:
            async for event in self._inner.events():
                if (
                    isinstance(event, RunFinished)
                    and event.result.verdict is Verdict.SANDBOX_ERROR
                    and event.result.message.startswith(ACTOR_DIED_MESSAGE)
                ):
                    self._spread._suspect(self._member, "a run lost its actor")
                yield event
        finally:
            if self._counted:
                self._counted = False
                self._member.outstanding -= 1

    async def send_input(self, text: str) -> None:
        """Typed input."""
        await self._inner.send_input(text)

    async def close_input(self) -> None:
        """EOF on stdin."""
        await self._inner.close_input()

    async def cancel(self) -> None:
        """Stop the run."""
        await self._inner.cancel()
