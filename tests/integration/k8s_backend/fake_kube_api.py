"""A local server speaking the slice of the Kubernetes API the sandbox backend uses.

The real `kubernetes` client talks to it over HTTP: pod templates (read), pods (create, read,
delete, delete collection), the pod `attach` WebSocket (`v5.channel.k8s.io`, or v4 when the
client offers only that: the first byte of each message is the channel, 0 stdin, 1 stdout,
2 stderr, 3 status, and v5's 255 closes a channel), and the node proxy's kubelet Summary API
(`/api/v1/nodes/<node>/proxy/stats/summary`, allowed only with `nodes/proxy`). The node's
kubelet is a local HTTPS server of its own (`fake_kubelet.FakeKubelet`, the pods' `hostIP`
127.0.0.1 on `kubelet_port`) with a serving certificate from the fake cluster's CA (`ca_file`,
what a pod finds as its service account's `ca.crt`) and the bearer token the fake issued
(`token`); it serves the same stats cache.

It stands in for the API server *and* the kubelet, and its containers are real: a created
pod's command runs in a real gVisor sandbox (`runsc`, the same root filesystem as the local
backend, with `python3` mapped to its interpreter) inside a cgroup holding the pod's CPU
quota and memory limit, as a kubelet with the gvisor RuntimeClass would run it. So:

- the agent's real frames flow over the attach stream; output written before an attach goes
  to the pod's log only (as with a kubelet, an attach sees what comes after it);
- `OOMKilled` is the container's terminated reason when the cgroup's OOM killer struck;
- the Summary API (the kubelet's, and the node proxy's) serves the cgroup's counters
  (`cpuacct.usage`, usage minus inactive file as the working set) sampled every
  `housekeeping_s`, served from that cache with whole-second times, like the kubelet's
  cAdvisor (whose default interval is 10 s).

Not emulated: scheduling, image pulls (the image is ignored), RBAC beyond "only the sandbox
namespace" and the node subresources in `kubelet_grants`, NetworkPolicies, authentication to
the API server itself.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import json
import secrets
import shutil
import struct
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from sandbox.backends.runsc import RunscSandbox
from sandbox.limits import SandboxCgroup
from sandbox.rootfs import PYTHON_INSIDE, build_rootfs
from sandbox.settings import SandboxSettings
from tests.integration.k8s_backend.fake_kubelet import KUBELET_HOST, FakeKubelet, make_certs

WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
V4, V5 = "v4.channel.k8s.io", "v5.channel.k8s.io"
NODE = "fake-node-1"
_UNITS = {"Ki": 1 << 10, "Mi": 1 << 20, "Gi": 1 << 30, "k": 10**3, "M": 10**6, "G": 10**9}


def quantity(value: str | int | float) -> float:
    """A Kubernetes quantity ("256Mi", "100m", "2") as a number."""
    text = str(value)
    if text.endswith("m"):
        return float(text[:-1]) / 1000
    for suffix, factor in _UNITS.items():
        if text.endswith(suffix):
            return float(text[: -len(suffix)]) * factor
    return float(text)


def rfc3339(at: float) -> str:
    """`metav1.Time` as the API serialises it: whole seconds."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(at))


class PodContainer(RunscSandbox):
    """The container of one pod: the pod's command in gVisor, in a cgroup with its limits."""

    def __init__(
        self, settings: SandboxSettings, rootfs: Path, manifest: dict[str, Any], cpu_cores: float
    ) -> None:
        super().__init__(settings, rootfs, use_cgroups=True)
        container = manifest["spec"]["containers"][0]
        command = container["command"]
        self.pod_command = [PYTHON_INSIDE if command[0] == "python3" else command[0], *command[1:]]
        context = manifest["spec"].get("securityContext", {}) | container.get("securityContext", {})
        self.user = {
            "uid": context.get("runAsUser", 0),
            "gid": context.get("runAsGroup", 0),
            "additionalGids": [],
        }
        self.cpu_cores = cpu_cores

    def _prepare(self) -> None:
        super()._prepare()
        config = self.workdir / "bundle" / "config.json"
        spec = json.loads(config.read_text())
        process = spec["process"]
        process["args"] = self.pod_command
        process["env"] = []  # the template's `env: []`
        process["user"] = self.user  # runAsUser / runAsGroup
        process["capabilities"] = {  # capabilities: drop: ["ALL"]
            k: [] for k in ("bounding", "effective", "inheritable", "permitted", "ambient")
        }
        process.pop("rlimits", None)  # a pod spec has no rlimits
        config.write_text(json.dumps(spec))
        assert self.cgroup is not None
        self.cgroup.begin_run(self.cpu_cores)  # the CFS quota of `limits.cpu`


@dataclass
class FakePod:
    manifest: dict[str, Any]
    phase: str = "Pending"
    container: PodContainer | None = None
    exit_code: int | None = None
    reason: str = ""
    attached: bool = False
    session: asyncio.Queue[tuple[int, bytes] | None] | None = None
    log: bytearray = field(default_factory=bytearray)
    sample: dict[str, Any] | None = None
    exited: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def name(self) -> str:
        return str(self.manifest["metadata"]["name"])

    def output(self, channel: int, data: bytes) -> None:
        self.log += data
        if self.session is not None:
            self.session.put_nowait((channel, data))

    def body(self) -> dict[str, Any]:
        pod = json.loads(json.dumps(self.manifest))
        pod["spec"]["nodeName"] = NODE
        state: dict[str, Any]
        if self.exit_code is not None:
            state = {
                "terminated": {
                    "exitCode": self.exit_code,
                    "reason": self.reason,
                    "finishedAt": rfc3339(time.time()),
                }
            }
        elif self.phase == "Running":
            state = {"running": {"startedAt": rfc3339(time.time())}}
        else:
            state = {"waiting": {"reason": "ContainerCreating"}}
        pod["status"] = {
            "phase": self.phase,
            "hostIP": KUBELET_HOST,
            "hostIPs": [{"ip": KUBELET_HOST}],
            "containerStatuses": [
                {
                    "name": "sandbox",
                    "ready": self.phase == "Running",
                    "restartCount": 0,
                    "image": pod["spec"]["containers"][0]["image"],
                    "imageID": "",
                    "state": state,
                }
            ],
        }
        return pod


class FakeKubeApi:
    """The fake API server and kubelet; `log` records `(method, path)` of requests in order.

    Args:
        settings: Where sandboxes keep their state and cgroups (`state_dir`, `cgroup_parent`,
            `cache_dir` for the root filesystem); their limits come from each pod's spec.
        start_delay_s: Time from create to the container starting.
        housekeeping_s: How often the kubelet's stats cache is refreshed.
        kubelet_grants: Node subresources the pool's identity may `get` (RBAC): the kubelet
            answers `/stats/summary` only with "stats", the node proxy only with "proxy".
            `k8s/` grants "stats" alone.
        kubelet_signed_by_cluster_ca: False: the kubelet's serving certificate is signed by
            a CA of its own, which the cluster CA does not vouch for.
        protocols: Attach subprotocols this server speaks, preferred first (an API server
            older than 1.30 speaks only v4).
    """

    def __init__(
        self,
        settings: SandboxSettings,
        *,
        start_delay_s: float = 0.05,
        housekeeping_s: float = 0.2,
        kubelet_grants: frozenset[str] = frozenset({"stats"}),
        kubelet_signed_by_cluster_ca: bool = True,
        protocols: tuple[str, ...] = (V5, V4),
        namespaces: frozenset[str] = frozenset({"code-remote-sandbox"}),
        pod_templates: dict[str, dict[str, Any]] | None = None,
    ) -> None:
        self.settings = settings
        self.rootfs = build_rootfs(settings.cache_dir, settings.python)
        settings.state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.start_delay_s = start_delay_s
        self.housekeeping_s = housekeeping_s
        self.token = secrets.token_urlsafe(24)
        self._pki = Path(tempfile.mkdtemp(prefix="fake-kube-pki-"))
        self.certs = make_certs(self._pki, signed_by_cluster_ca=kubelet_signed_by_cluster_ca)
        self.kubelet = FakeKubelet(
            NODE, self._summary, self.token, self.certs, grants=kubelet_grants
        )
        self.protocols = protocols
        self.terminated: dict[str, tuple[int, str]] = {}
        self.namespaces = namespaces
        self.pod_templates = pod_templates or {}
        self.pods: dict[tuple[str, str], FakePod] = {}
        self.log: list[tuple[str, str]] = []
        self.created: dict[str, dict[str, Any]] = {}
        self.server: asyncio.Server | None = None
        self.port = 0
        self.tasks: set[asyncio.Task[None]] = set()
        self.writers: set[asyncio.StreamWriter] = set()
        self.connections: set[asyncio.Task[Any]] = set()

    @property
    def host(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ca_file(self) -> str:
        """The cluster CA bundle (a pod's service-account `ca.crt`)."""
        return str(self.certs.cluster_ca)

    @property
    def kubelet_port(self) -> int:
        return self.kubelet.port

    async def start(self) -> None:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self.server.sockets[0].getsockname()[1]
        await self.kubelet.start()
        self._spawn(self._housekeeping())

    async def stop(self) -> None:
        assert self.server is not None
        self.server.close()
        for key in list(self.pods):
            await self._delete(*key)
        for task in list(self.tasks):
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        for writer in list(self.writers):
            writer.close()
        # Connection handlers end by themselves once their sockets close; cancelling them
        # instead makes asyncio's stream callback log an error.
        await asyncio.wait(self.connections, timeout=5) if self.connections else None
        await self.server.wait_closed()
        await self.kubelet.stop()
        shutil.rmtree(self._pki, ignore_errors=True)

    def requests_for(self, pod: str) -> list[tuple[str, str]]:
        """The log entries that name one pod (its create is matched by body, see `_route`)."""
        return [(m, p) for m, p in self.log if pod in p]

    def _spawn(self, coro: Any) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    # -- HTTP ------------------------------------------------------------------------------
    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.writers.add(writer)
        task = asyncio.current_task()
        assert task is not None
        self.connections.add(task)
        try:
            while True:
                line = await reader.readline()
                if not line:
                    return
                method, target, _ = line.decode().split(" ", 2)
                headers: dict[str, str] = {}
                while (h := await reader.readline()) not in (b"\r\n", b""):
                    k, _, v = h.decode().partition(":")
                    headers[k.strip().lower()] = v.strip()
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                url = urlsplit(target)
                path = unquote(url.path)
                if headers.get("upgrade", "").lower() == "websocket":
                    self.log.append((method, path))
                    await self._attach(path, headers, reader, writer)
                    return
                status, payload = await self._route(method, path, parse_qs(url.query), body)
                data = json.dumps(payload).encode()
                writer.write(
                    f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n"
                    f"Content-Length: {len(data)}\r\n\r\n".encode()
                    + data
                )
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            self.connections.discard(task)
            self.writers.discard(writer)
            with contextlib.suppress(Exception):
                writer.close()

    async def _route(
        self, method: str, path: str, query: dict[str, list[str]], body: bytes
    ) -> tuple[int, dict[str, Any]]:
        parts = path.strip("/").split("/")
        if parts[:3] == ["api", "v1", "nodes"] and parts[4:] == ["proxy", "stats", "summary"]:
            self.log.append((method, path))
            if "proxy" not in self.kubelet.grants:  # RBAC: get on nodes/proxy
                return 403, _status(403, "Forbidden")
            if parts[3] != NODE:
                return 404, _status(404, "NotFound")
            return 200, self._summary()
        # /api/v1/namespaces/{ns}[/pods[/{name}]]
        if parts[:3] != ["api", "v1", "namespaces"] or len(parts) < 4:
            return 404, _status(404, "NotFound")
        ns = parts[3]
        if ns not in self.namespaces:
            # Like RBAC with a Role confined to the sandbox namespace.
            self.log.append((method, path))
            return 403, _status(403, "Forbidden")
        if len(parts) == 6 and parts[4] == "podtemplates" and method == "GET":
            self.log.append((method, path))
            if parts[5] in self.pod_templates:
                return 200, self.pod_templates[parts[5]]
            return 404, _status(404, "NotFound")
        if len(parts) == 5 and parts[4] == "pods":
            if method == "POST":
                manifest = json.loads(body)
                self.log.append((method, f"{path}#{manifest['metadata']['name']}"))
                return 201, self._create(ns, manifest)
            if method == "DELETE":
                self.log.append((method, path))
                selector = query.get("labelSelector", [""])[0]
                key, _, value = selector.partition("=")
                for (pns, name), pod in list(self.pods.items()):
                    if pns == ns and pod.manifest["metadata"]["labels"].get(key) == value:
                        await self._delete(ns, name)
                return 200, {"apiVersion": "v1", "kind": "PodList", "items": []}
        if len(parts) == 6 and parts[4] == "pods":
            self.log.append((method, path))
            pod = self.pods.get((ns, parts[5]))
            if pod is None:
                return 404, _status(404, "NotFound")
            if method == "GET":
                return 200, pod.body()
            if method == "DELETE":
                body_before = pod.body()
                await self._delete(ns, parts[5])
                return 200, body_before
        return 405, _status(405, "MethodNotAllowed")

    # -- the kubelet's half ----------------------------------------------------------------
    def _create(self, ns: str, manifest: dict[str, Any]) -> dict[str, Any]:
        pod = FakePod(manifest)
        self.pods[(ns, pod.name)] = pod
        self.created[pod.name] = manifest
        self._spawn(self._run_container(pod))
        return pod.body()

    async def _run_container(self, pod: FakePod) -> None:
        await asyncio.sleep(self.start_delay_s)
        spec = pod.manifest["spec"]
        container_spec = spec["containers"][0]
        limits = container_spec.get("resources", {}).get("limits", {})
        tmp = next((v for v in spec.get("volumes", []) if v["name"] == "tmp"), {})
        size = tmp.get("emptyDir", {}).get("sizeLimit", self.settings.tmpfs_bytes)
        settings = self.settings.model_copy(
            update={
                "memory_bytes": int(quantity(limits.get("memory", self.settings.memory_bytes))),
                "tmpfs_bytes": int(quantity(size)),
            }
        )
        cpu = quantity(limits.get("cpu", self.settings.cpu_cores))
        container = PodContainer(settings, self.rootfs, pod.manifest, cpu)
        pod.container = container
        process = container.process = await container._spawn()
        pod.phase = "Running"
        assert process.stdout is not None and process.stderr is not None

        async def drain(stream: asyncio.StreamReader, channel: int) -> None:
            while chunk := await stream.read(65536):
                pod.output(channel, chunk)

        await asyncio.gather(drain(process.stdout, 1), drain(process.stderr, 2))
        code = await process.wait()
        assert container.cgroup is not None
        oom = container.cgroup.measure().oom_killed
        pod.exit_code = 137 if oom else (128 - code if code < 0 else code)
        pod.reason = "OOMKilled" if oom else ("Completed" if code == 0 else "Error")
        pod.phase = "Succeeded" if pod.exit_code == 0 else "Failed"
        self.terminated[pod.name] = (pod.exit_code, pod.reason)
        pod.exited.set()
        if pod.session is not None:
            pod.session.put_nowait(None)

    async def _delete(self, ns: str, name: str) -> None:
        pod = self.pods.pop((ns, name), None)
        if pod is not None and pod.container is not None:
            await pod.container.destroy()
        if pod is not None and pod.session is not None:
            pod.session.put_nowait(None)

    async def _housekeeping(self) -> None:
        """cAdvisor's part: sample every pod's cgroup, keep the last sample per pod."""
        while True:
            now = time.time()
            for pod in list(self.pods.values()):
                cgroup = pod.container.cgroup if pod.container is not None else None
                if cgroup is not None:
                    pod.sample = _sample(cgroup, now) or pod.sample
            await asyncio.sleep(self.housekeeping_s)

    def _summary(self) -> dict[str, Any]:
        pods = []
        for (ns, name), pod in self.pods.items():
            if pod.sample is None:
                continue
            entry = {
                "podRef": {"name": name, "namespace": ns, "uid": name},
                "startTime": pod.sample["cpu"]["time"],
                "containers": [],
                **pod.sample,
            }
            if pod.phase == "Running":
                entry["containers"] = [{"name": "sandbox", **pod.sample}]
            pods.append(entry)
        return {"node": {"nodeName": NODE}, "pods": pods}

    # -- attach ----------------------------------------------------------------------------
    async def _attach(
        self,
        path: str,
        headers: dict[str, str],
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
    ) -> None:
        parts = path.strip("/").split("/")
        pod = self.pods.get((parts[3], parts[5])) if len(parts) > 5 else None
        offered = [p.strip() for p in headers.get("sec-websocket-protocol", "").split(",")]
        protocol = next((p for p in self.protocols if p in offered), None)
        container = pod.container if pod is not None else None
        if (
            pod is None
            or container is None
            or container.process is None
            or pod.attached
            or protocol is None
        ):
            writer.write(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
            await writer.drain()
            return
        pod.attached = True
        accept = base64.b64encode(
            hashlib.sha1((headers["sec-websocket-key"] + WS_GUID).encode()).digest()
        ).decode()
        writer.write(
            "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Accept: {accept}\r\n"
            f"Sec-WebSocket-Protocol: {protocol}\r\n\r\n".encode()
        )
        await writer.drain()
        stdin = container.process.stdin
        assert stdin is not None
        session: asyncio.Queue[tuple[int, bytes] | None] = asyncio.Queue()
        pod.session = session

        async def inbound() -> None:
            try:
                while True:
                    opcode, payload = await _read_frame(reader)
                    if opcode == 8:
                        break
                    if opcode not in (1, 2) or not payload:
                        continue
                    if payload[0] == 0 and not stdin.is_closing():
                        stdin.write(payload[1:])
                        await stdin.drain()
                    elif protocol == V5 and payload[:2] == b"\xff\x00":
                        stdin.close()
            except (ConnectionError, asyncio.IncompleteReadError):
                pass
            finally:
                # stdinOnce: the container's stdin closes when the attach session ends.
                stdin.close()

        incoming = asyncio.get_running_loop().create_task(inbound())
        try:
            while (item := await session.get()) is not None:
                writer.write(_frame(2, bytes([item[0]]) + item[1]))
                await writer.drain()
            status: dict[str, Any] = {"metadata": {}, "status": "Success"}
            if pod.exit_code:
                status = {
                    "metadata": {},
                    "status": "Failure",
                    "reason": "NonZeroExitCode",
                    "details": {"causes": [{"reason": "ExitCode", "message": str(pod.exit_code)}]},
                }
            writer.write(_frame(2, b"\x03" + json.dumps(status).encode()))
            writer.write(_frame(8, struct.pack(">H", 1000)))
            await writer.drain()
        except ConnectionError:
            pass
        finally:
            pod.session = None
            incoming.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await incoming


def _sample(cgroup: SandboxCgroup, now: float) -> dict[str, Any] | None:
    """A Summary API cpu/memory pair from the cgroup's counters (None once it is gone)."""
    try:
        cpu_ns = int((cgroup.paths["cpuacct"] / "cpuacct.usage").read_text())
        usage = int((cgroup.paths["memory"] / "memory.usage_in_bytes").read_text())
        stat = dict(
            line.split()
            for line in (cgroup.paths["memory"] / "memory.stat").read_text().splitlines()
        )
    except (OSError, ValueError):
        return None
    inactive = int(stat.get("total_inactive_file", 0))
    stamp = rfc3339(now)
    return {
        "cpu": {"time": stamp, "usageCoreNanoSeconds": cpu_ns},
        "memory": {
            "time": stamp,
            "usageBytes": usage,
            "workingSetBytes": max(usage - inactive, 0),
            "rssBytes": int(stat.get("total_rss", 0)),
        },
    }


def _status(code: int, reason: str) -> dict[str, Any]:
    return {
        "kind": "Status",
        "apiVersion": "v1",
        "status": "Failure",
        "reason": reason,
        "code": code,
    }


def _frame(opcode: int, payload: bytes) -> bytes:
    head = bytes([0x80 | opcode])
    n = len(payload)
    if n < 126:
        head += bytes([n])
    elif n < 65536:
        head += bytes([126]) + struct.pack(">H", n)
    else:
        head += bytes([127]) + struct.pack(">Q", n)
    return head + payload


async def _read_frame(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    b0, b1 = await reader.readexactly(2)
    n = b1 & 0x7F
    if n == 126:
        (n,) = struct.unpack(">H", await reader.readexactly(2))
    elif n == 127:
        (n,) = struct.unpack(">Q", await reader.readexactly(8))
    mask = await reader.readexactly(4) if b1 & 0x80 else b"\0\0\0\0"
    data = await reader.readexactly(n)
    return b0 & 0x0F, bytes(c ^ mask[i % 4] for i, c in enumerate(data))
