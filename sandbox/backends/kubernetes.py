"""Kubernetes backend of the warm pool: each sandbox is a one-shot gVisor pod.

`KubernetesSandboxPool` is `sandbox.pool.WarmPool` with `KubernetesSandbox` as its factory, so
a run on a pod goes through the same runner as a local one (`sandbox.runner.SandboxRun`):
the same agent frames, verdicts, `input_wanted`, sanitising, output cap, wall clock and CPU
watch. This module only starts a pod, hands the runner the pod's stdio, kills the pod and
measures it:

- start: create the pod from the template, poll it until Running, attach to it through the
  API server (`pods/attach`, WebSocket, `v5.channel.k8s.io`), send the gate byte (see
  `k8s_pod_template`), then the base class waits for the agent's ready frame as locally;
- stdio: the attach stream's channels 0/1/2 as the agent's fd 0/1/2 (`PodProcess`); EOF on
  stdin is v5's close of channel 0 (v4 cannot half-close, so v5 is required);
- exit status: the container's `state.terminated` in the pod status (exit code, 128 + n for
  signal n; `reason: OOMKilled` gives `memory_limit`), never the output;
- kill: delete the pod with grace period 0 (and drop the stream at once);
- measure: the kubelet's Summary API, read from the kubelet itself
  (`https://<pod's hostIP>:10250/stats/summary`, RBAC `get` on `nodes/stats`; see
  `KubeletStats`), pod-level `cpu.usageCoreNanoSeconds` and `memory.workingSetBytes` of the
  pod's cgroup: outside gVisor, as locally. See `PodMeter` for how samples become a run's
  CPU time and peak memory, and when they are None.

The `kubernetes` client is synchronous; its calls run in worker threads. Every attach gets its
own `ApiClient`, because `kubernetes.stream.stream` swaps the client's transport while it runs.
Tested against a local server speaking the Kubernetes API whose pods are real gVisor sandboxes
and a local HTTPS kubelet (`tests/integration/k8s_backend/fake_kube_api.py`), never against a
live cluster.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import math
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, cast

from kubernetes import client as k8s
from kubernetes import config as k8s_config
from kubernetes.stream import stream as k8s_stream
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from sandbox.backends.base import Sandbox
from sandbox.backends.k8s_manifest import CpuStats, MemoryStats, Pod, PodReference, Summary
from sandbox.backends.k8s_pod_template import (
    GATE_BYTE,
    POD_TEMPLATE_NAME,
    POOL_LABEL,
    load_template,
    pod_from_pod_template,
    pod_manifest,
)
from sandbox.errors import SandboxUnavailableError
from sandbox.limits import Measurement
from sandbox.pool import WarmPool
from sandbox.settings import SandboxSettings, SettingsOverrides, with_overrides

log = logging.getLogger(__name__)

V5_PROTOCOL = "v5.channel.k8s.io"
FIX_HINT = (
    "Fix: check the kubeconfig or the pool service account's RBAC (k8s/base/sandbox/rbac.yaml), "
    "the gvisor RuntimeClass on the sandbox nodes, that the sandbox image can be pulled, and "
    "that the API server speaks v5.channel.k8s.io (Kubernetes 1.30 or later)."
)
_STDOUT, _STDERR = 1, 2
# A pod the pool deleted has no status left to read: it counts as killed by SIGKILL.
_KILLED = -9
# A node whose stats were refused (no permission, node gone) is asked again this much later.
_STATS_RETRY_S = 10.0


class KubernetesPoolConfig(BaseSettings):
    """Knobs of the Kubernetes backend (limits and pool sizes are `SandboxSettings`).

    Read from the environment with the prefix `CODEREMOTE_SANDBOX_` (the Ray workers get the
    `coderemote-config` ConfigMap, which sets `CODEREMOTE_SANDBOX_NAMESPACE` and
    `CODEREMOTE_SANDBOX_POD_TEMPLATE`); explicit values (`from_overrides`) win.

    Attributes:
        namespace: Namespace of the sandbox pods (the deny-all NetworkPolicy lives there).
        pod_template: Name of the PodTemplate read at start (the pool's Role may read only
            that one object: `k8s/base/sandbox/rbac.yaml`).
        pool_name: Value of the pool label, to find (and clean up) this pool's pods.
        start_timeout_s: How long a new pod may take to be scheduled, pulled and Running.
        poll_interval_s: Pod status polling interval.
        stats_interval_s: Summary API polling interval while this pool has pods on a node.
        stats_settle_s: How long a finished run waits for a kubelet sample taken after its
            end; without one its CPU time is unknown (None).
        stats_source: Where the Summary API is read: "kubelet" (directly,
            `https://<pod's hostIP>:<kubelet_port>/stats/summary`, needing only `get` on
            `nodes/stats`) or "proxy" (through the API server's node proxy, needing `get` on
            `nodes/proxy`, which grants the whole kubelet API: not granted in `k8s/`).
        kubelet_port: The kubelets' HTTPS port.
        kubelet_ca_file: CA bundle the kubelets' serving certificates are checked against.
            None: the cluster CA the API client trusts (in a pod, the service account's
            `ca.crt`), which signs them when kubelet serving-certificate bootstrap is on.
        kubelet_insecure_skip_tls_verify: Do not verify the kubelets' certificates (last
            resort for self-signed kubelet certificates: the bearer token is then sent to
            whoever answers on the node's address).
    """

    model_config = SettingsConfigDict(
        env_prefix="CODEREMOTE_SANDBOX_", env_file=".env", extra="ignore", frozen=True
    )

    namespace: str = "code-remote-sandbox"
    pod_template: str = POD_TEMPLATE_NAME
    pool_name: str = "default"
    start_timeout_s: float = Field(default=120.0, gt=0)
    poll_interval_s: float = Field(default=0.25, gt=0)
    stats_interval_s: float = Field(default=0.5, gt=0)
    stats_settle_s: float = Field(default=2.0, ge=0)
    stats_source: Literal["kubelet", "proxy"] = "kubelet"
    kubelet_port: int = Field(default=10250, ge=1, le=65535)
    kubelet_ca_file: str | None = None
    kubelet_insecure_skip_tls_verify: bool = False


def configuration_from_environment() -> k8s.Configuration:
    """In-cluster service-account config if present, else the local kubeconfig."""
    configuration = k8s.Configuration()
    try:
        k8s_config.load_incluster_config(client_configuration=configuration)  # type: ignore[no-untyped-call]
    except k8s_config.ConfigException:
        k8s_config.load_kube_config(client_configuration=configuration)  # type: ignore[no-untyped-call]
    return configuration


# -- measurements ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StatsSample:
    """The pod-level figures of one kubelet sample.

    Attributes:
        taken_at: When the kubelet took it (node clock, whole seconds in the API).
        cpu_ns: Cumulative CPU time of the pod's cgroup.
        working_set_bytes: Memory the pod's cgroup holds that cannot be reclaimed.
    """

    taken_at: float
    cpu_ns: int | None
    working_set_bytes: int | None


def pod_samples(summary: Summary, namespace: str) -> dict[str, StatsSample]:
    """Pod name -> its pod-level sample, from a Summary API answer."""
    found: dict[str, StatsSample] = {}
    for pod in summary.get("pods") or []:
        ref = pod.get("podRef") or PodReference()
        name = ref.get("name")
        if ref.get("namespace") != namespace or name is None:
            continue
        cpu, memory = pod.get("cpu") or CpuStats(), pod.get("memory") or MemoryStats()
        stamp = cpu.get("time") or memory.get("time")
        if stamp is None:
            continue
        found[name] = StatsSample(
            taken_at=datetime.fromisoformat(stamp).timestamp(),  # RFC 3339, whole seconds
            cpu_ns=cpu.get("usageCoreNanoSeconds"),
            working_set_bytes=memory.get("workingSetBytes"),
        )
    return found


class PodMeter:
    """Turns kubelet samples of one pod into a run's CPU time and peak memory.

    The kubelet answers from its cache (cAdvisor samples every few seconds, 10 s by default),
    and the pod's cgroup outlives its container until the pod is deleted, so:

    - CPU time is the pod's cumulative CPU in the first sample taken after the agent exited,
      minus that in the last sample taken after the agent was ready and before the run began
      (a warm agent is idle, so that sample is exact). Either one missing: None (unknown).
    - Peak memory is the largest working set among samples taken while the run was live (a
      lower bound between samples; the memory limit itself is the cgroup's, and going over
      it is `OOMKilled`). No such sample: None.

    The wait for a sample after the exit is skipped when, by the interval the samples show,
    none is due within the bound (`settle`).

    Sample times are the node's clock in whole seconds, compared with this host's clock, so a
    sample counts as "after" only when its second began after the moment (clocks are assumed
    synchronised, as NTP keeps cluster nodes).
    """

    def __init__(self) -> None:
        self.samples: list[StatsSample] = []
        self.ready_at: float | None = None
        self.began_at: float | None = None
        self.ended_at: float | None = None
        self._baseline: StatsSample | None = None
        self._changed = asyncio.Event()

    def add(self, sample: StatsSample) -> None:
        """Record a sample (repeats of the cached one are ignored)."""
        if self.samples and self.samples[-1] == sample:
            return
        self.samples.append(sample)
        self._changed.set()

    @property
    def baseline_known(self) -> bool:
        """Whether a sample taken after the agent was ready has arrived."""
        return self.ready_at is not None and any(s.taken_at >= self.ready_at for s in self.samples)

    def begin(self) -> None:
        """The run begins now: fix the baseline."""
        self.began_at = time.time()
        if self.ready_at is not None:
            after_ready = [s for s in self.samples if s.taken_at >= self.ready_at]
            self._baseline = after_ready[-1] if after_ready else None

    @property
    def has_baseline(self) -> bool:
        """Whether the run's CPU baseline is known (set by `begin`)."""
        return self._baseline is not None

    def _final(self) -> StatsSample | None:
        if self.ended_at is None:
            return self.samples[-1] if self.samples else None
        return next((s for s in self.samples if s.taken_at >= self.ended_at), None)

    def sample_interval(self) -> float | None:
        """The kubelet's sampling interval as this pod's samples show it (None: not seen yet)."""
        times = sorted({s.taken_at for s in self.samples})
        gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
        return min(gaps) if gaps else None

    def next_sample_due(self) -> float | None:
        """When the kubelet should take its first sample after `ended_at` (None: unknown)."""
        interval = self.sample_interval()
        if interval is None or self.ended_at is None:
            return None
        last = max(s.taken_at for s in self.samples)
        return last + max(math.ceil((self.ended_at - last) / interval), 1) * interval

    async def settle(self, timeout_s: float, fetch_lag_s: float = 0.0) -> None:
        """Wait (at most `timeout_s`) for a sample taken after `ended_at`.

        No wait at all when the kubelet's next sample is not due within the bound (with a
        default 10 s kubelet, most runs): a run's verdict is not held back in vain.
        """
        due = self.next_sample_due()
        if (
            self._final() is None
            and due is not None
            and due + fetch_lag_s - time.time() > timeout_s
        ):
            return
        deadline = time.monotonic() + timeout_s
        while self._final() is None and (left := deadline - time.monotonic()) > 0:
            self._changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), left)

    def cpu_ms(self) -> float | None:
        """CPU time of the run so far (or in total, once ended); None if unknown."""
        final = self._final()
        base = self._baseline
        if final is None or base is None or final.cpu_ns is None or base.cpu_ns is None:
            return None
        return max(final.cpu_ns - base.cpu_ns, 0) / 1e6

    def peak_memory_bytes(self) -> int | None:
        """Largest working set sampled during the run; None if no sample fell in it."""
        if self.began_at is None:
            return None
        start = math.floor(self.began_at)
        end = math.inf if self.ended_at is None else self.ended_at
        during = [
            s.working_set_bytes
            for s in self.samples
            if start <= s.taken_at <= end and s.working_set_bytes is not None
        ]
        return max(during) if during else None


def kubelet_configuration(
    api: k8s.Configuration, config: KubernetesPoolConfig
) -> k8s.Configuration:
    """How to reach the kubelets directly: TLS as `config` says, the API client's identity.

    The bearer token is not copied here: `KubeletStats` asks the API configuration for it on
    every request, so a rotated service-account token is picked up as for API calls.
    """
    kubelet = k8s.Configuration()
    kubelet.ssl_ca_cert = config.kubelet_ca_file or api.ssl_ca_cert
    kubelet.verify_ssl = not config.kubelet_insecure_skip_tls_verify
    kubelet.cert_file, kubelet.key_file = api.cert_file, api.key_file  # a kubeconfig's
    kubelet.retries = 0  # a refused or silent kubelet is asked again at the next poll
    return kubelet


class KubeletStats:
    """Polls each node's Summary API while pods of the pool live on it, shared by them all.

    By default the kubelet is read directly (`GET https://<hostIP>:10250/stats/summary`) with
    the pool's own bearer token. The kubelet authenticates it with a TokenReview and, in
    Webhook authorization mode (EKS's nodeadm sets both, and `anonymous: false`), asks the API
    server whether it may `get` the node's `stats` subresource: every path under `/stats/` is
    authorized as `nodes/stats`, everything not mapped (exec, attach, run, pods) as
    `nodes/proxy` (https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/,
    "Kubelet authorization"; the mapping is `GetRequestAttributes` in
    kubernetes/pkg/kubelet/server/auth.go). So the pool needs `get` on `nodes/stats` only
    (`k8s/base/sandbox/rbac.yaml`) and a NetworkPolicy egress to port 10250 of the nodes,
    not `nodes/proxy`, which through the API server's node proxy reaches the whole kubelet
    API, exec into any pod on the node included.

    TLS is verified against the cluster CA the API client trusts: EKS nodes run the kubelet
    with `serverTLSBootstrap: true` (awslabs/amazon-eks-ami, nodeadm/internal/kubelet/
    config.go), so their serving certificates are issued by the cluster's signer for
    `kubernetes.io/kubelet-serving`, with the node's IP addresses as names; a cluster whose
    kubelets sign their own certificates needs `kubelet_ca_file`, or, as a last resort,
    `kubelet_insecure_skip_tls_verify`.

    A refused (401/403), unreachable or unverifiable kubelet leaves the measurements unknown
    (None, never 0); the node is asked again only every `_STATS_RETRY_S`.
    """

    def __init__(
        self, core: k8s.CoreV1Api, configuration: k8s.Configuration, config: KubernetesPoolConfig
    ) -> None:
        self._core = core
        self._configuration = configuration
        self._config = config
        self._kubelets = (
            k8s.ApiClient(kubelet_configuration(configuration, config))
            if config.stats_source == "kubelet"
            else None
        )
        self._meters: dict[str, dict[str, PodMeter]] = {}
        self._hosts: dict[str, str | None] = {}
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._warned: set[str] = set()

    def watch(self, node: str, host_ip: str | None, pod: str, meter: PodMeter) -> None:
        """Feed `meter` with `pod`'s samples from `node` (at `host_ip`) until `forget`."""
        self._meters.setdefault(node, {})[pod] = meter
        self._hosts[node] = host_ip or self._hosts.get(node)
        if node not in self._tasks:
            self._tasks[node] = asyncio.get_running_loop().create_task(self._poll(node))

    def forget(self, node: str, pod: str) -> None:
        """Stop feeding a pod's meter; a node without pods is no longer polled."""
        meters = self._meters.get(node, {})
        meters.pop(pod, None)
        if not meters and node in self._tasks:
            self._meters.pop(node, None)
            self._tasks.pop(node).cancel()

    async def close(self) -> None:
        """Stop every poll."""
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._tasks.clear()
        self._meters.clear()
        if self._kubelets is not None:
            self._kubelets.close()  # type: ignore[no-untyped-call]

    def kubelet_url(self, node: str, host_ip: str | None) -> str:
        """The base URL of `node`'s kubelet at `host_ip` (its pods' `hostIP`)."""
        if not host_ip:
            raise SandboxUnavailableError(f"no hostIP known for node {node}")
        host = f"[{host_ip}]" if ":" in host_ip else host_ip
        return f"https://{host}:{self._config.kubelet_port}"

    def fetch(self, node: str, host_ip: str | None) -> Summary:
        """One Summary API answer of `node` (blocking); raises if refused or unreachable."""
        headers = {"Accept": "application/json"}
        api: Any  # the client's stubs leave its REST response untyped
        if self._kubelets is not None:
            api, host = self._kubelets, self.kubelet_url(node, host_ip)
            token = self._configuration.get_api_key_with_prefix("authorization")
            if token:
                headers["Authorization"] = token
            method, url, headers, _, _ = api.param_serialize(
                "GET", "/stats/summary", header_params=headers, _host=host
            )
        else:
            # `connect_get_node_proxy_with_path` would escape the path's slash and turn the
            # JSON body into a repr, so the request is made as the API reference writes it.
            api = self._core.api_client
            method, url, headers, _, _ = api.param_serialize(
                "GET",
                "/api/v1/nodes/{name}/proxy/stats/summary",
                path_params={"name": node},
                header_params=headers,
                auth_settings=["BearerToken"],
            )
        response = api.call_api(method, url, header_params=headers, _request_timeout=5)
        response.read()
        if response.status != 200:
            raise k8s.ApiException(status=response.status, reason=response.reason)
        summary = json.loads(response.data)
        if not isinstance(summary, dict):
            raise ValueError(f"node {node}'s kubelet answered a summary that is not an object")
        return cast(Summary, summary)

    def _unavailable(self, node: str, exc: Exception) -> None:
        if node in self._warned:
            return
        self._warned.add(node)
        if self._kubelets is not None:
            needs = (
                "get on nodes/stats for the pool's service account and a NetworkPolicy egress "
                f"to port {self._config.kubelet_port} of the nodes (k8s/base/sandbox/rbac.yaml, "
                "ray-kubelet-stats), and a kubelet certificate the cluster CA signed"
            )
        else:
            needs = "get on nodes/proxy for the pool's service account"
        log.warning(
            "kubelet stats of node %s unavailable (%s): CPU time and peak memory of its runs "
            "stay unknown; this needs %s",
            node,
            exc,
            needs,
        )

    async def _poll(self, node: str) -> None:
        while True:
            try:
                summary = await asyncio.to_thread(self.fetch, node, self._hosts.get(node))
            except Exception as exc:  # refused, unreachable, node gone: measurements unknown
                self._unavailable(node, exc)
                await asyncio.sleep(max(self._config.stats_interval_s, _STATS_RETRY_S))
                continue
            samples = pod_samples(summary, self._config.namespace)
            for pod, meter in list(self._meters.get(node, {}).items()):
                if pod in samples:
                    meter.add(samples[pod])
            await asyncio.sleep(self._config.stats_interval_s)


# -- the pod as the runner's process -----------------------------------------------------------


class PodStdin:
    """The attach stream's channel 0 as the agent's stdin (`base.StdinPipe`)."""

    def __init__(self, ws: Any) -> None:
        self._ws = ws
        self._buffer = bytearray()
        self.closed = False

    def write(self, data: bytes) -> None:
        """Queue bytes for the next `drain`."""
        self._buffer += data

    async def drain(self) -> None:
        """Send what is queued (in a thread: a full socket must not block the loop)."""
        if self._buffer and not self.closed:
            data, self._buffer = bytes(self._buffer), bytearray()
            await asyncio.to_thread(self._ws.write_channel, 0, data)

    def close(self) -> None:
        """EOF on the agent's stdin: v5's close of channel 0."""
        if not self.closed:
            self.closed = True
            with contextlib.suppress(Exception):
                self._ws.close_channel(0)


class PodProcess:
    """The agent in a pod, shaped like `asyncio.subprocess.Process` (`base.SandboxProcess`).

    A thread reads the attach WebSocket and feeds stdout and stderr; `wait()` returns once
    the stream ended and the pod status says how the container terminated.
    """

    def __init__(self, sandbox: KubernetesSandbox, ws: Any) -> None:
        self._sandbox = sandbox
        self._ws = ws
        self._loop = asyncio.get_running_loop()
        self.stdin = PodStdin(ws)
        self.stdout = asyncio.StreamReader()
        self.stderr = asyncio.StreamReader()
        self.returncode: int | None = None
        self.stream_closed = asyncio.Event()
        self.closed_at: float | None = None
        self._stop = threading.Event()
        self._exit: asyncio.Task[int] | None = None
        threading.Thread(target=self._read, daemon=True, name=f"attach-{sandbox.pod}").start()

    def _deliver(self, channel: int, data: bytes) -> None:
        (self.stdout if channel == _STDOUT else self.stderr).feed_data(data)

    def _ended(self) -> None:
        self.closed_at = time.time()
        self.stdout.feed_eof()
        self.stderr.feed_eof()
        self.stream_closed.set()

    def _read(self) -> None:
        ws = self._ws
        try:
            while ws.is_open() and not self._stop.is_set():
                ws.update(timeout=0.05)
                for channel in (_STDOUT, _STDERR):
                    data = ws.read_channel(channel)
                    if data:
                        self._loop.call_soon_threadsafe(self._deliver, channel, data)
        except Exception:  # the socket broke or was closed: the pod status says what happened
            pass
        finally:
            with contextlib.suppress(RuntimeError):  # the loop is gone (interpreter exit)
                self._loop.call_soon_threadsafe(self._ended)

    def drop_stream(self) -> None:
        """Stop reading and close the WebSocket (kill: output after it is not wanted)."""
        self._stop.set()
        ws = self._ws

        def close() -> None:
            with contextlib.suppress(Exception):
                ws.close(timeout=1)
            if getattr(ws, "sock", None) is not None:
                with contextlib.suppress(Exception):
                    ws.sock.shutdown()

        threading.Thread(target=close, daemon=True).start()

    async def wait(self) -> int:
        """The container's exit status, once its stream ended (shared by every caller)."""
        if self._exit is None:
            self._exit = self._loop.create_task(self._exit_status())
        return await asyncio.shield(self._exit)

    async def _exit_status(self) -> int:
        await self.stream_closed.wait()
        self.returncode = await self._sandbox.terminated_status()
        return self.returncode


# -- one pod -----------------------------------------------------------------------------------


class KubernetesSandbox(Sandbox):
    """One one-shot pod running the agent (see the module docstring)."""

    def __init__(self, pool: KubernetesSandboxPool) -> None:
        super().__init__()
        self.pool = pool
        self.pod = f"sandbox-{secrets.token_hex(6)}"
        self.node: str | None = None
        self.host_ip: str | None = None
        self.meter = PodMeter()
        self.oom_killed = False
        self.created = False
        self._deleting: asyncio.Task[None] | None = None

    @property
    def _pod_process(self) -> PodProcess | None:
        return self.process if isinstance(self.process, PodProcess) else None

    async def _spawn(self) -> PodProcess:
        try:
            return await asyncio.wait_for(
                self._create_and_attach(), self.pool.config.start_timeout_s
            )
        except Exception as exc:
            await self.destroy()
            if isinstance(exc, SandboxUnavailableError):
                raise
            raise SandboxUnavailableError(f"pod {self.pod} did not start: {exc!r}") from exc

    async def _create_and_attach(self) -> PodProcess:
        pool, config = self.pool, self.pool.config
        assert pool.template is not None
        manifest = pod_manifest(pool.template, self.pod, config.pool_name, pool.settings)
        # The client serialises a plain manifest dict as-is; its stubs only name V1Pod.
        create: Callable[[str, Pod], object] = pool.core.create_namespaced_pod  # type: ignore[assignment]
        self.created = True  # from here on, destroying means deleting the pod
        await asyncio.to_thread(create, config.namespace, manifest)
        while True:
            pod = await asyncio.to_thread(pool.core.read_namespaced_pod, self.pod, config.namespace)
            phase = pod.status.phase if pod.status else None
            if phase == "Running":
                self.node = pod.spec.node_name if pod.spec else None
                self.host_ip = pod.status.host_ip if pod.status else None
                break
            if phase in ("Failed", "Succeeded"):
                raise SandboxUnavailableError(f"pod {self.pod} ended before it was used ({phase})")
            await asyncio.sleep(config.poll_interval_s)
        ws = await asyncio.to_thread(pool.attach, self.pod)
        if getattr(ws, "subprotocol", None) != V5_PROTOCOL:
            with contextlib.suppress(Exception):
                ws.close()
            raise SandboxUnavailableError(
                f"the API server attached with {ws.subprotocol!r}, not {V5_PROTOCOL}: without "
                "it stdin cannot be closed (Kubernetes 1.30 or later is needed)"
            )
        process = PodProcess(self, ws)
        if self.node is not None:
            pool.kubelet_stats.watch(self.node, self.host_ip, self.pod, self.meter)
        await asyncio.to_thread(ws.write_channel, 0, GATE_BYTE)
        return process

    async def start(self, start_timeout_s: float) -> None:
        """Start the pod and wait for the agent's ready frame (see `Sandbox.start`)."""
        await super().start(start_timeout_s)
        self.meter.ready_at = time.time()

    @property
    def alive(self) -> bool:
        """Whether the pod's agent still waits (its attach stream is open)."""
        process = self._pod_process
        return (
            process is not None
            and not self.destroyed
            and process.returncode is None
            and not process.stream_closed.is_set()
        )

    def begin_run(self) -> None:
        """Fix the CPU baseline (the pod's CPU quota and memory limit hold from its start)."""
        self.meter.begin()

    def measure(self) -> Measurement:
        """CPU time and peak memory from the kubelet's samples (None when unknown)."""
        return Measurement(
            cpu_ms=self.meter.cpu_ms(),
            peak_memory_bytes=self.meter.peak_memory_bytes(),
            oom_killed=self.oom_killed,
        )

    async def settle_measurements(self) -> None:
        """Wait (boundedly) for a kubelet sample taken after the agent exited."""
        process = self._pod_process
        self.meter.ended_at = (process.closed_at if process else None) or time.time()
        # A deleted pod has no samples left to wait for, and without a baseline the CPU
        # time stays unknown whatever comes.
        if self._deleting is None and self.node is not None and self.meter.has_baseline:
            config = self.pool.config
            await self.meter.settle(config.stats_settle_s, config.stats_interval_s)

    async def terminated_status(self) -> int:
        """The container's exit status from the pod status (`_KILLED` once it is deleted)."""
        config = self.pool.config
        deadline = time.monotonic() + max(10.0, 4 * config.poll_interval_s)
        while time.monotonic() < deadline:
            try:
                pod = await asyncio.to_thread(
                    self.pool.core.read_namespaced_pod, self.pod, config.namespace
                )
            except Exception as exc:
                if isinstance(exc, k8s.ApiException) and exc.status == 404:
                    return _KILLED
                # A hiccup of the API, or unreachable for a moment: ask again until the deadline.
                await asyncio.sleep(config.poll_interval_s)
                continue
            for status in (pod.status.container_statuses or []) if pod.status else []:
                terminated = status.state.terminated if status.state else None
                if terminated is not None:
                    self.oom_killed = terminated.reason == "OOMKilled"
                    return int(terminated.exit_code)
            await asyncio.sleep(config.poll_interval_s / 2)
        return _KILLED

    def kill(self) -> None:
        """Delete the pod (grace period 0) and drop its stream; never a signal inside."""
        if self._deleting is None and self.created:
            self._deleting = asyncio.get_running_loop().create_task(self.pool.delete_pod(self.pod))
        process = self._pod_process
        if process is not None:
            process.drop_stream()

    async def _cleanup(self) -> None:
        if self.node is not None:
            self.pool.kubelet_stats.forget(self.node, self.pod)
        if self._deleting is not None:
            await self._deleting


# -- the pool ----------------------------------------------------------------------------------


class KubernetesSandboxPool(WarmPool):
    """The warm pool with one-shot pods as sandboxes (`sandbox.interfaces.SandboxPool`).

    Args:
        configuration: How to reach the API server (`configuration_from_environment()`).
        config: Kubernetes knobs.
        settings: Limits and pool sizes, the same settings as a local pool's.
        template: Pod manifest to use as-is. Default: the `coderemote-sandbox` PodTemplate
            read from the cluster at `start`, else the `k8s/base` file.
    """

    def __init__(
        self,
        configuration: k8s.Configuration,
        config: KubernetesPoolConfig | None = None,
        *,
        settings: SandboxSettings | None = None,
        template: Pod | None = None,
    ) -> None:
        self.configuration = configuration
        self.config = config or KubernetesPoolConfig()
        self.template = template
        self.core = k8s.CoreV1Api(k8s.ApiClient(configuration))
        self.kubelet_stats = KubeletStats(self.core, configuration, self.config)
        super().__init__(
            settings or SandboxSettings(),
            lambda: KubernetesSandbox(self),
            backend="kubernetes",
            fix_hint=FIX_HINT,
        )

    @classmethod
    def from_overrides(cls, overrides: SettingsOverrides) -> KubernetesSandboxPool:
        """A pool from one dict of `KubernetesPoolConfig` and `SandboxSettings` fields."""
        names = set(KubernetesPoolConfig.model_fields)
        config = with_overrides(
            KubernetesPoolConfig, {k: v for k, v in overrides.items() if k in names}
        )
        settings = with_overrides(
            SandboxSettings, {k: v for k, v in overrides.items() if k not in names}
        )
        return cls(configuration_from_environment(), config, settings=settings)

    async def start(self) -> None:
        """Read the pod template (checking access), self-test one pod, fill the pool.

        The PodTemplate is read from the cluster (also the reachability and RBAC check);
        without one, the `k8s/base` file (or the template built in code) is used.
        """
        try:
            found = await asyncio.to_thread(
                self.core.read_namespaced_pod_template,
                self.config.pod_template,
                self.config.namespace,
            )
        except Exception as exc:
            if not (isinstance(exc, k8s.ApiException) and exc.status == 404):
                raise SandboxUnavailableError(
                    f"cannot use namespace {self.config.namespace!r} on the Kubernetes API "
                    f"({exc}); check the kubeconfig or the pool service account's RBAC "
                    "(k8s/base/sandbox/rbac.yaml)"
                ) from exc
            found = None
        if self.template is None:
            if found is None:
                self.template = load_template()
            else:
                raw = self.core.api_client.sanitize_for_serialization(found)
                self.template = pod_from_pod_template({"kind": "PodTemplate", **raw})
        await super().start()

    def attach(self, pod: str) -> Any:
        """Open the attach WebSocket to `pod` (blocking; call from a thread)."""
        with k8s.ApiClient(self.configuration) as api_client:
            core = k8s.CoreV1Api(api_client)
            return k8s_stream(
                core.connect_get_namespaced_pod_attach,
                pod,
                self.config.namespace,
                container="sandbox",
                stdin=True,
                stdout=True,
                stderr=True,
                tty=False,
                binary=True,
                _preload_content=False,
            )

    async def delete_pod(self, pod: str) -> None:
        """Delete a pod now (grace period 0); a pod already gone is fine."""
        with contextlib.suppress(Exception):
            await asyncio.to_thread(
                self.core.delete_namespaced_pod, pod, self.config.namespace, grace_period_seconds=0
            )

    async def close(self) -> None:
        """Destroy every pod, stop polling stats, then delete any of this pool's pods left."""
        await super().close()
        await self.kubelet_stats.close()
        with contextlib.suppress(Exception):
            await asyncio.to_thread(
                self.core.delete_collection_namespaced_pod,
                self.config.namespace,
                label_selector=f"{POOL_LABEL}={self.config.pool_name}",
                grace_period_seconds=0,
            )
        self.core.api_client.close()
