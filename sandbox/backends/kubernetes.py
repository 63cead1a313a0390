"""Kubernetes sandbox backend: one-shot gVisor pods, the job delivered over `attach`.

Each warm pod runs the launcher (`k8s_launcher.py`) and blocks reading its stdin. A run takes a
Running pod, attaches to it through the API server (so the pod needs no network at all), writes
the framed job, streams stdout/stderr back, reads the exit status from the pod's terminated
state (never from the output), and deletes the pod. A fresh pod replaces it in the background.

The `kubernetes` client is synchronous; its calls run in worker threads. Every attach gets its
own `ApiClient`, because `kubernetes.stream.stream` swaps the client's transport while it runs.

Not run against a live cluster here: it is tested against a local server that speaks the
Kubernetes API (pods, and the attach WebSocket with the `v4.channel.k8s.io` framing).
"""

from __future__ import annotations

import asyncio
import codecs
import contextlib
import secrets
import threading
import time
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from kubernetes import client as k8s
from kubernetes import config as k8s_config
from kubernetes.stream import stream as k8s_stream

from sandbox.backends.k8s_pod_template import (
    POD_TEMPLATE_NAME,
    POOL_LABEL,
    load_template,
    pod_from_pod_template,
    pod_manifest,
)
from sandbox.errors import PoolBusyError, SandboxUnavailableError
from sandbox.events import (
    Diagnostic,
    RunEvent,
    RunFinished,
    RunOutput,
    RunRequest,
    RunResult,
    RunStarted,
    Stream,
)
from sandbox.verdicts import Verdict, refusal_verdict

Validator = Callable[[str], Sequence[Diagnostic]]
"""Checks code before it runs; an empty result means it may run."""

_LAUNCHER_REFUSED = 125


@dataclass(frozen=True, slots=True)
class KubernetesPoolConfig:
    """Knobs of the Kubernetes pool.

    Attributes:
        namespace: Namespace of the sandbox pods (the deny-all NetworkPolicy lives there).
        warm: Pods kept Running and waiting for a job.
        max_queue: Runs allowed to wait for a pod before `PoolBusyError`.
        run_timeout_s: Wall-clock limit of one run, enforced from outside by deleting the pod.
        start_timeout_s: How long a new pod may take to become Running.
        output_limit_bytes: Output cap; beyond it the pod is deleted (verdict `output_limit`).
        poll_interval_s: Pod status polling interval.
        pool_name: Value of the pool label, to find (and clean up) this pool's pods.
    """

    namespace: str = "code-remote-sandbox"
    warm: int = 2
    max_queue: int = 16
    run_timeout_s: float = 30.0
    start_timeout_s: float = 120.0
    output_limit_bytes: int = 64 * 1024
    poll_interval_s: float = 0.25
    pool_name: str = "default"


def configuration_from_environment() -> k8s.Configuration:
    """In-cluster service-account config if present, else the local kubeconfig."""
    configuration = k8s.Configuration()
    try:
        k8s_config.load_incluster_config(client_configuration=configuration)  # type: ignore[no-untyped-call]
    except k8s_config.ConfigException:
        k8s_config.load_kube_config(client_configuration=configuration)  # type: ignore[no-untyped-call]
    return configuration


def job_header(code: str) -> bytes:
    """The launcher's job frame for `code`."""
    raw = code.encode("utf-8")
    return b"CR1 %d\n" % len(raw) + raw


def stdin_frame(text: str) -> bytes:
    """A launcher stdin data frame."""
    raw = text.encode("utf-8")
    return b"D %d\n" % len(raw) + raw


EOF_FRAME = b"E\n"


def verdict_from_termination(exit_code: int | None, reason: str | None) -> RunResult:
    """Map a container's terminated state to a verdict (exit code, signal, message)."""
    if reason == "OOMKilled":
        return RunResult(Verdict.MEMORY_LIMIT, exit_code, None, message="memory limit reached")
    if exit_code is None:
        return RunResult(Verdict.SANDBOX_ERROR, message="the pod ended without an exit status")
    if exit_code == 0:
        return RunResult(Verdict.OK, 0)
    if exit_code == _LAUNCHER_REFUSED:
        return RunResult(Verdict.SANDBOX_ERROR, message="the sandbox refused the job")
    if exit_code > 128:
        sig = exit_code - 128
        return RunResult(Verdict.RUNTIME_ERROR, None, sig, message=f"killed by signal {sig}")
    return RunResult(Verdict.RUNTIME_ERROR, exit_code, message=f"exited with status {exit_code}")


def _close_websocket(ws: Any) -> None:
    # websocket-client skips closing the socket when the server closed first; shut it anyway.
    ws.close(timeout=1)
    if ws.sock is not None:
        ws.sock.shutdown()


class KubernetesSandboxPool:
    """A warm pool of one-shot sandbox pods (implements `sandbox.interfaces.SandboxPool`)."""

    def __init__(
        self,
        configuration: k8s.Configuration,
        config: KubernetesPoolConfig | None = None,
        *,
        template: dict[str, Any] | None = None,
        validator: Validator | None = None,
    ) -> None:
        """Create the pool; nothing is contacted until `start`.

        Args:
            configuration: How to reach the API server (`configuration_from_environment()`).
            config: Pool knobs.
            template: Pod manifest to use as-is. Default: the `coderemote-sandbox`
                PodTemplate read from the cluster at `start`, else the `k8s/base` file.
            validator: Policy check run before a pod is taken (None: no check).
        """
        self._configuration = configuration
        self.config = config or KubernetesPoolConfig()
        self._template = template
        self._validator = validator
        self._core = k8s.CoreV1Api(k8s.ApiClient(configuration))
        self._ready: asyncio.Queue[str] = asyncio.Queue()
        self._spawning: set[asyncio.Task[None]] = set()
        self._runs: set[KubernetesRunHandle] = set()
        self._waiting = 0
        self._closed = False
        self.last_start_latency_ms = 0.0

    # -- pool contract -------------------------------------------------------------------
    async def start(self) -> None:
        """Read the pod template, create the warm pods, wait until the first one is Running."""
        # Reading the PodTemplate doubles as the reachability and permission check (RBAC
        # grants `get` on it, and nothing broader than the pods this pool makes).
        from_cluster = await self._read_template()
        if self._template is None:
            self._template = from_cluster or load_template()
        for _ in range(self.config.warm):
            self._spawn()
        deadline = time.monotonic() + self.config.start_timeout_s
        while self._ready.empty():
            if time.monotonic() > deadline:
                raise SandboxUnavailableError(
                    "no sandbox pod became Running in time; check the gvisor RuntimeClass "
                    "and that the sandbox image can be pulled"
                )
            await asyncio.sleep(self.config.poll_interval_s)

    async def submit(self, request: RunRequest) -> KubernetesRunHandle:
        """Validate, then queue the run for the next warm pod."""
        if self._closed:
            raise SandboxUnavailableError("the pool is closed")
        diagnostics = tuple(self._validator(request.code)) if self._validator else ()
        if request.enforce_policy and diagnostics:
            return KubernetesRunHandle.rejected(request, diagnostics)
        if self._ready.empty() and self._waiting >= self.config.max_queue:
            raise PoolBusyError("every sandbox is busy and the queue is full; try again shortly")
        handle = KubernetesRunHandle(self, request)
        self._runs.add(handle)
        handle.begin()
        return handle

    async def close(self) -> None:
        """Stop runs, and delete every pod of this pool."""
        self._closed = True
        for handle in list(self._runs):
            await handle.cancel()
        for task in list(self._spawning):
            task.cancel()
        await asyncio.gather(*self._spawning, return_exceptions=True)
        with contextlib.suppress(Exception):
            await asyncio.to_thread(
                self._core.delete_collection_namespaced_pod,
                self.config.namespace,
                label_selector=self._selector,
                grace_period_seconds=0,
            )
        self._core.api_client.close()

    async def _read_template(self) -> dict[str, Any] | None:
        try:
            found = await asyncio.to_thread(
                self._core.read_namespaced_pod_template, POD_TEMPLATE_NAME, self.config.namespace
            )
        except k8s.ApiException as exc:
            if exc.status == 404:
                return None
            raise self._unavailable(exc) from exc
        except Exception as exc:
            raise self._unavailable(exc) from exc
        raw = self._core.api_client.sanitize_for_serialization(found)
        return pod_from_pod_template({"kind": "PodTemplate", **raw})

    def _unavailable(self, exc: Exception) -> SandboxUnavailableError:
        return SandboxUnavailableError(
            f"cannot use namespace {self.config.namespace!r} on the Kubernetes API ({exc}); "
            "check the kubeconfig or the pool service account's RBAC (k8s/base/sandbox/rbac.yaml)"
        )

    @property
    def _selector(self) -> str:
        return f"{POOL_LABEL}={self.config.pool_name}"

    def stats(self) -> dict[str, float]:
        """Warm, busy and queued counts, and the last pod start latency in ms."""
        return {
            "warm": float(self._ready.qsize()),
            "busy": float(sum(1 for h in self._runs if h.pod is not None)),
            "queued": float(self._waiting),
            "start_latency_ms": self.last_start_latency_ms,
        }

    # -- pods ------------------------------------------------------------------------------
    def _spawn(self) -> None:
        if self._closed:
            return
        task = asyncio.get_running_loop().create_task(self._make_pod())
        self._spawning.add(task)
        task.add_done_callback(self._spawning.discard)

    async def _make_pod(self) -> None:
        name = f"sandbox-{secrets.token_hex(6)}"
        assert self._template is not None
        manifest = pod_manifest(self._template, name, self.config.pool_name)
        started = time.monotonic()
        try:
            # The client serialises a plain manifest dict as-is; its stubs only name V1Pod.
            create: Callable[[str, dict[str, Any]], object] = self._core.create_namespaced_pod  # type: ignore[assignment]
            await asyncio.to_thread(create, self.config.namespace, manifest)
            while time.monotonic() - started < self.config.start_timeout_s:
                pod = await asyncio.to_thread(
                    self._core.read_namespaced_pod, name, self.config.namespace
                )
                phase = pod.status.phase if pod.status else None
                if phase == "Running":
                    self.last_start_latency_ms = (time.monotonic() - started) * 1000
                    self._ready.put_nowait(name)
                    return
                if phase in ("Failed", "Succeeded"):
                    break
                await asyncio.sleep(self.config.poll_interval_s)
        except asyncio.CancelledError:
            await self.delete_pod(name)
            raise
        except Exception:
            pass
        # A pod that never became usable is removed and replaced after a pause.
        await self.delete_pod(name)
        await asyncio.sleep(1.0)
        self._spawn()

    async def acquire(self) -> str:
        """Wait for a Running pod and take it out of the pool."""
        self._waiting += 1
        try:
            name = await self._ready.get()
        finally:
            self._waiting -= 1
        self._spawn()
        return name

    async def delete_pod(self, name: str) -> None:
        """Delete a pod immediately (grace period 0); a pod already gone is fine."""
        with contextlib.suppress(Exception):
            await asyncio.to_thread(
                self._core.delete_namespaced_pod,
                name,
                self.config.namespace,
                grace_period_seconds=0,
            )

    async def terminated_state(self, name: str, wait_s: float = 10.0) -> tuple[int | None, str]:
        """Exit code and reason of the pod's container once it has terminated."""
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline:
            pod = await asyncio.to_thread(
                self._core.read_namespaced_pod, name, self.config.namespace
            )
            for status in (pod.status.container_statuses or []) if pod.status else []:
                terminated = status.state.terminated if status.state else None
                if terminated is not None:
                    return terminated.exit_code, terminated.reason or ""
            await asyncio.sleep(self.config.poll_interval_s / 2)
        return None, "no terminated state"

    def attach(self, name: str) -> Any:
        """Open the attach WebSocket (blocking; call from a thread)."""
        # The WebSocket does not use this client's HTTP pool; close it so no socket lingers.
        with k8s.ApiClient(self._configuration) as api_client:
            core = k8s.CoreV1Api(api_client)
            return k8s_stream(
                core.connect_get_namespaced_pod_attach,
                name,
                self.config.namespace,
                container="sandbox",
                stdin=True,
                stdout=True,
                stderr=True,
                tty=False,
                binary=True,
                _preload_content=False,
            )

    def forget(self, handle: KubernetesRunHandle) -> None:
        """Drop a finished run from the busy set."""
        self._runs.discard(handle)


class KubernetesRunHandle:
    """A run on one pod (implements `sandbox.interfaces.RunHandle`)."""

    def __init__(self, pool: KubernetesSandboxPool | None, request: RunRequest) -> None:
        """Prepare the run; `begin` starts it."""
        self._pool = pool
        self.request = request
        self.pod: str | None = None
        self._events: asyncio.Queue[RunEvent] = asyncio.Queue()
        self._kill = asyncio.Event()
        self._kill_reason = Verdict.CANCELLED
        self._kill_message = ""
        self._ws: Any = None
        self._write_lock = asyncio.Lock()
        self._pending_input: list[bytes] = []
        self._seq = 0
        self._output_bytes = 0
        self._truncated = False
        self._task: asyncio.Task[None] | None = None

    @classmethod
    def rejected(
        cls, request: RunRequest, diagnostics: Sequence[Diagnostic]
    ) -> KubernetesRunHandle:
        """A handle whose only event is a `policy_violation` (or `syntax_error`) finish."""
        handle = cls(None, request)
        result = RunResult(
            refusal_verdict(d.kind for d in diagnostics),
            message=diagnostics[0].message,
            diagnostics=tuple(diagnostics),
        )
        handle._events.put_nowait(RunFinished.of(request.run_id, result))
        return handle

    def begin(self) -> None:
        """Start driving the run in the background."""
        self._task = asyncio.get_running_loop().create_task(self._drive())

    async def events(self) -> AsyncIterator[RunEvent]:
        """Events in order, ending with exactly one `RunFinished`."""
        while True:
            event = await self._events.get()
            yield event
            if isinstance(event, RunFinished):
                return

    async def send_input(self, text: str) -> None:
        """Append text to the program's stdin."""
        await self._write(stdin_frame(text))

    async def close_input(self) -> None:
        """EOF on the program's stdin."""
        await self._write(EOF_FRAME)

    async def cancel(self) -> None:
        """Delete the pod; the run finishes with verdict `cancelled`."""
        self._stop(Verdict.CANCELLED, "cancelled")

    # -- internals -------------------------------------------------------------------------
    def _stop(self, verdict: Verdict, message: str) -> None:
        if not self._kill.is_set():
            self._kill_reason, self._kill_message = verdict, message
            self._kill.set()

    async def _write(self, frame: bytes) -> None:
        async with self._write_lock:
            if self._ws is None:
                self._pending_input.append(frame)
                return
            with contextlib.suppress(Exception):
                await asyncio.to_thread(self._ws.write_channel, 0, frame)

    def _emit_output(self, stream: Stream, text: str) -> None:
        if not text or self._truncated:
            return
        raw = text.encode("utf-8")
        assert self._pool is not None
        room = self._pool.config.output_limit_bytes - self._output_bytes
        if len(raw) > room:
            text = raw[: max(room, 0)].decode("utf-8", "ignore")
            self._truncated = True
            self._stop(Verdict.OUTPUT_LIMIT, "output limit reached; the run was stopped")
        self._output_bytes += len(text.encode("utf-8"))
        if text:
            self._events.put_nowait(RunOutput(self.request.run_id, stream, text, self._seq))
            self._seq += 1

    def _read_loop(self, ws: Any, loop: asyncio.AbstractEventLoop, done: asyncio.Event) -> None:
        decoders: dict[int, tuple[Stream, codecs.IncrementalDecoder]] = {
            1: ("stdout", codecs.getincrementaldecoder("utf-8")("replace")),
            2: ("stderr", codecs.getincrementaldecoder("utf-8")("replace")),
        }
        try:
            while ws.is_open() and not self._kill.is_set():
                ws.update(timeout=0.05)
                for channel, (stream, decoder) in decoders.items():
                    data = ws.read_channel(channel)
                    if data:
                        loop.call_soon_threadsafe(self._emit_output, stream, decoder.decode(data))
            for channel, (stream, decoder) in decoders.items():
                tail = decoder.decode(ws.read_channel(channel) or b"", final=True)
                loop.call_soon_threadsafe(self._emit_output, stream, tail)
        except Exception:  # the socket broke: the pod status decides what happened
            pass
        finally:
            loop.call_soon_threadsafe(done.set)

    async def _drive(self) -> None:
        pool = self._pool
        assert pool is not None
        run_id = self.request.run_id
        started = time.monotonic()
        result: RunResult
        try:
            acquire = asyncio.ensure_future(pool.acquire())
            killed = asyncio.ensure_future(self._kill.wait())
            await asyncio.wait({acquire, killed}, return_when=asyncio.FIRST_COMPLETED)
            killed.cancel()
            if not acquire.done():
                acquire.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await acquire
                if acquire.cancelled():
                    self._finish(RunResult(self._kill_reason, message=self._kill_message))
                    return
            self.pod = acquire.result()
            self._events.put_nowait(RunStarted(run_id))
            started = time.monotonic()
            result = await self._run_on_pod(pool, self.pod, started)
        except Exception as exc:
            result = RunResult(Verdict.SANDBOX_ERROR, message=f"sandbox error: {exc}")
        if self.pod is not None:
            await pool.delete_pod(self.pod)
        wall_ms = (time.monotonic() - started) * 1000
        self._finish(
            RunResult(
                verdict=result.verdict,
                exit_code=result.exit_code,
                signal=result.signal,
                wall_ms=wall_ms,
                output_bytes=self._output_bytes,
                output_truncated=self._truncated,
                message=result.message,
            )
        )

    async def _run_on_pod(self, pool: KubernetesSandboxPool, pod: str, started: float) -> RunResult:
        try:
            ws = await asyncio.to_thread(pool.attach, pod)
        except Exception as exc:
            return RunResult(
                Verdict.SANDBOX_ERROR, message=f"could not attach to the sandbox: {exc}"
            )
        loop = asyncio.get_running_loop()
        done = asyncio.Event()
        try:
            first = job_header(self.request.code)
            if self.request.stdin:
                first += stdin_frame(self.request.stdin)
            if not self.request.interactive:
                first += EOF_FRAME
            async with self._write_lock:
                await asyncio.to_thread(ws.write_channel, 0, first + b"".join(self._pending_input))
                self._pending_input.clear()
                self._ws = ws
            reader = threading.Thread(target=self._read_loop, args=(ws, loop, done), daemon=True)
            reader.start()
            remaining = pool.config.run_timeout_s - (time.monotonic() - started)
            waiters = {asyncio.ensure_future(done.wait()), asyncio.ensure_future(self._kill.wait())}
            finished, pending = await asyncio.wait(
                waiters, timeout=max(remaining, 0), return_when=asyncio.FIRST_COMPLETED
            )
            for waiter in pending:
                waiter.cancel()
            if not finished:
                self._stop(
                    Verdict.TIMEOUT, f"time limit of {pool.config.run_timeout_s:g} s reached"
                )
            if self._kill.is_set():
                await pool.delete_pod(pod)
                return RunResult(self._kill_reason, message=self._kill_message)
            exit_code, reason = await pool.terminated_state(pod)
            return verdict_from_termination(exit_code, reason)
        finally:
            self._kill.set()  # stops the reader thread if it is still going
            with contextlib.suppress(Exception):
                await asyncio.to_thread(_close_websocket, ws)

    def _finish(self, result: RunResult) -> None:
        self._events.put_nowait(RunFinished.of(self.request.run_id, result))
        if self._pool is not None:
            self._pool.forget(self)
