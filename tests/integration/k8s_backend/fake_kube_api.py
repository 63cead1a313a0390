"""A local server speaking the slice of the Kubernetes API the sandbox backend uses.

The real `kubernetes` client talks to it over HTTP: namespaces (read), pods (create, read,
delete, delete collection) and the pod `attach` WebSocket with the `v4.channel.k8s.io`
framing (first byte of each message is the channel: 0 stdin, 1 stdout, 2 stderr, 3 error).

It stands in for the API server *and* the kubelet: a created pod's container command really
runs as a local process (with `python3` mapped to this interpreter and the pod's `/tmp`
emptyDir mapped to a fresh directory), so the launcher and the user's program actually run.
No isolation is emulated; these tests cover the request sequence and the wire protocol.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import json
import os
import shutil
import signal
import struct
import sys
import tempfile
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


@dataclass
class FakePod:
    manifest: dict[str, Any]
    workdir: str
    phase: str = "Pending"
    process: asyncio.subprocess.Process | None = None
    exit_code: int | None = None
    reason: str = ""
    attached: bool = False
    exited: asyncio.Event = field(default_factory=asyncio.Event)

    def body(self) -> dict[str, Any]:
        pod = json.loads(json.dumps(self.manifest))
        state: dict[str, Any]
        if self.exit_code is not None:
            state = {"terminated": {"exitCode": self.exit_code, "reason": self.reason}}
        elif self.phase == "Running":
            state = {"running": {"startedAt": "2026-01-01T00:00:00Z"}}
        else:
            state = {"waiting": {"reason": "ContainerCreating"}}
        pod["status"] = {
            "phase": self.phase,
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
    """The fake API server; `log` records `(method, path)` of every request in order."""

    def __init__(
        self,
        start_delay_s: float = 0.05,
        namespaces: frozenset[str] = frozenset({"code-remote-sandbox"}),
        pod_templates: dict[str, dict[str, Any]] | None = None,
    ) -> None:
        self.start_delay_s = start_delay_s
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

    async def start(self) -> None:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self.server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        assert self.server is not None
        self.server.close()
        for pod in list(self.pods.values()):
            await self._kill(pod)
        for task in list(self.tasks):
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        for writer in list(self.writers):
            writer.close()
        # Connection handlers end by themselves once their sockets close; cancelling them
        # instead makes asyncio's stream callback log an error.
        await asyncio.wait(self.connections, timeout=5) if self.connections else None
        await self.server.wait_closed()

    def requests_for(self, pod: str) -> list[tuple[str, str]]:
        """The log entries that name one pod (its create is matched by body, see `_create`)."""
        return [(m, p) for m, p in self.log if pod in p]

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
                if headers.get("upgrade", "").lower() == "websocket":
                    self.log.append((method, url.path))
                    await self._attach(url.path, headers, reader, writer)
                    return
                status, payload = await self._route(method, url.path, parse_qs(url.query), body)
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
                return 201, await self._create(ns, manifest)
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
                await self._delete(ns, parts[5])
                return 200, pod.body()
        return 405, _status(405, "MethodNotAllowed")

    # -- the kubelet's half ----------------------------------------------------------------
    async def _create(self, ns: str, manifest: dict[str, Any]) -> dict[str, Any]:
        pod = FakePod(manifest, tempfile.mkdtemp(prefix="fake-pod-"))
        self.pods[(ns, manifest["metadata"]["name"])] = pod
        self.created[manifest["metadata"]["name"]] = manifest
        task = asyncio.get_running_loop().create_task(self._run_container(pod))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return pod.body()

    async def _run_container(self, pod: FakePod) -> None:
        await asyncio.sleep(self.start_delay_s)
        command = list(pod.manifest["spec"]["containers"][0]["command"])
        assert command[0] == "python3" and command[-2] == "-c"
        # Emulate the emptyDir volume mounted at /tmp.
        command[-1] = command[-1].replace('WORKDIR = "/tmp"', f"WORKDIR = {pod.workdir!r}")
        pod.process = await asyncio.create_subprocess_exec(
            sys.executable,
            *command[1:],
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            start_new_session=True,  # a container: deleting the pod kills every process in it
        )
        pod.phase = "Running"
        code = await pod.process.wait()
        pod.exit_code = 128 - code if code < 0 else code
        pod.reason = "Completed" if code == 0 else "Error"
        pod.phase = "Succeeded" if code == 0 else "Failed"
        pod.exited.set()

    async def _kill(self, pod: FakePod) -> None:
        if pod.process is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pod.process.pid, signal.SIGKILL)
            await pod.process.wait()
        shutil.rmtree(pod.workdir, ignore_errors=True)

    async def _delete(self, ns: str, name: str) -> None:
        pod = self.pods.pop((ns, name), None)
        if pod is not None:
            await self._kill(pod)

    async def _attach(
        self,
        path: str,
        headers: dict[str, str],
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
    ) -> None:
        parts = path.strip("/").split("/")
        pod = self.pods.get((parts[3], parts[5]))
        offered = [p.strip() for p in headers.get("sec-websocket-protocol", "").split(",")]
        if pod is None or pod.process is None or pod.attached or "v4.channel.k8s.io" not in offered:
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
            "Sec-WebSocket-Protocol: v4.channel.k8s.io\r\n\r\n".encode()
        )
        await writer.drain()
        proc = pod.process
        assert proc.stdin and proc.stdout and proc.stderr
        lock = asyncio.Lock()

        async def send(payload: bytes, opcode: int = 2) -> None:
            async with lock:
                writer.write(_frame(opcode, payload))
                await writer.drain()

        async def pump(stream: asyncio.StreamReader, channel: int) -> None:
            while chunk := await stream.read(4096):
                await send(bytes([channel]) + chunk)

        async def stdin_loop() -> None:
            try:
                while True:
                    opcode, payload = await _read_frame(reader)
                    if opcode == 8:
                        break
                    if opcode in (1, 2) and payload[:1] == b"\x00" and proc.stdin:
                        proc.stdin.write(payload[1:])
                        await proc.stdin.drain()
            except (ConnectionError, asyncio.IncompleteReadError):
                pass
            finally:
                # stdinOnce: the container's stdin closes when the attach session ends.
                if proc.stdin:
                    proc.stdin.close()

        inbound = asyncio.get_running_loop().create_task(stdin_loop())
        try:
            await asyncio.gather(pump(proc.stdout, 1), pump(proc.stderr, 2))
            await pod.exited.wait()
            status = {"metadata": {}, "status": "Success"}
            if pod.exit_code:
                status = {
                    "metadata": {},
                    "status": "Failure",
                    "reason": "NonZeroExitCode",
                    "details": {"causes": [{"reason": "ExitCode", "message": str(pod.exit_code)}]},
                }
            await send(b"\x03" + json.dumps(status).encode())
            await send(struct.pack(">H", 1000), opcode=8)
        except ConnectionError:
            pass
        finally:
            inbound.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await inbound


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
