"""A local HTTPS kubelet: the Summary API behind the kubelet's own authentication and authorization.

It stands in for a node's kubelet port (10250) as EKS's nodeadm configures it: TLS with a serving
certificate the cluster CA signed (`serverTLSBootstrap: true`) naming the node's IP, anonymous
requests refused (401), bearer tokens authenticated (here: compared with the one token the
fake cluster issued, where a kubelet asks the API server with a TokenReview), and Webhook
authorization with the request mapped to node subresources as upstream does
(`GetRequestAttributes` in kubernetes/pkg/kubelet/server/auth.go): GET is `get`, paths under
`/stats/` are `nodes/stats`, `/metrics/` `nodes/metrics`, `/logs/` `nodes/log`, anything else
`nodes/proxy`. `grants` holds the node subresources the pool's identity may `get` (what its
ClusterRole grants); the rest is answered 403, as a SubjectAccessReview would decide.

Only `GET /stats/summary` is served (from the fake cluster's stats cache); `reviews` records
every authorization decision as `(verb, resource, name, allowed)`.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import ipaddress
import json
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

KUBELET_HOST = "127.0.0.1"


@dataclass(frozen=True)
class KubeletCerts:
    """Files of a throwaway PKI: the cluster CA and the kubelet's serving certificate.

    Attributes:
        cluster_ca: The cluster CA (what a pod finds as its service account's `ca.crt`).
        issuer_ca: The CA that signed the kubelet's certificate (the cluster CA, or the
            kubelet's own when it signs itself).
        cert: The kubelet's serving certificate (SAN: IP 127.0.0.1).
        key: Its private key.
    """

    cluster_ca: Path
    issuer_ca: Path
    cert: Path
    key: Path


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _ca(common_name: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(_name(common_name))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def make_certs(directory: Path, *, signed_by_cluster_ca: bool = True) -> KubeletCerts:
    """Write a cluster CA and a kubelet serving certificate for 127.0.0.1 into `directory`.

    Args:
        directory: Where the PEM files go.
        signed_by_cluster_ca: False: the kubelet signs its own certificate with a CA of its
            own (a kubelet without serving-certificate bootstrap), which the cluster CA does
            not vouch for.
    """
    cluster_key, cluster_cert = _ca("kubernetes")
    issuer_key, issuer_cert = (
        (cluster_key, cluster_cert) if signed_by_cluster_ca else _ca("fake-node-1-ca@1700000000")
    )
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("system:node:fake-node-1"))
        .issuer_name(issuer_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("fake-node-1"), x509.IPAddress(ipaddress.ip_address(KUBELET_HOST))]
            ),
            critical=False,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()), False
        )
        .sign(issuer_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    files = KubeletCerts(
        cluster_ca=directory / "cluster-ca.crt",
        issuer_ca=directory / "kubelet-issuer.crt",
        cert=directory / "kubelet.crt",
        key=directory / "kubelet.key",
    )
    files.cluster_ca.write_bytes(cluster_cert.public_bytes(pem))
    files.issuer_ca.write_bytes(issuer_cert.public_bytes(pem))
    files.cert.write_bytes(cert.public_bytes(pem))
    files.key.write_bytes(
        key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return files


def node_subresource(path: str) -> str:
    """The `nodes` subresource the kubelet authorizes a request path as (upstream mapping)."""
    for prefix, subresource in (("/stats", "stats"), ("/metrics", "metrics"), ("/logs", "log")):
        if path == prefix or path.startswith(prefix + "/"):
            return subresource
    return "proxy"


_VERBS = {"GET": "get", "POST": "create", "PUT": "update", "PATCH": "patch", "DELETE": "delete"}


class FakeKubelet:
    """The kubelet of one fake node (see the module docstring).

    Args:
        node: The node's name (the `name` of its authorization requests).
        summary: Returns the Summary API answer (the fake cluster's stats cache).
        token: The one bearer token that authenticates (the pool's service account's).
        certs: The serving certificate to present.
        grants: Node subresources the token's identity may `get` (mutable: a test may
            revoke them while the pool runs).
    """

    def __init__(
        self,
        node: str,
        summary: Callable[[], dict[str, Any]],
        token: str,
        certs: KubeletCerts,
        grants: frozenset[str] = frozenset({"stats"}),
    ) -> None:
        self.node = node
        self.summary = summary
        self.token = token
        self.grants = grants
        self.reviews: list[tuple[str, str, str, bool]] = []
        self.requests: list[tuple[str, str, int]] = []
        self._context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self._context.load_cert_chain(certs.cert, certs.key)
        self._server: asyncio.Server | None = None
        self._connections: set[asyncio.Task[Any]] = set()
        self._writers: set[asyncio.StreamWriter] = set()
        self.port = 0

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, KUBELET_HOST, 0, ssl=self._context)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._server is None:
            return
        self._server.close()
        for writer in list(self._writers):
            writer.transport.abort()  # no TLS close_notify exchange with an idle client
        if self._connections:
            await asyncio.wait(self._connections, timeout=5)
        await self._server.wait_closed()

    def stats_requests(self) -> list[int]:
        """Status codes of the `/stats/summary` requests, in order."""
        return [status for _, path, status in self.requests if path == "/stats/summary"]

    def _answer(self, method: str, path: str, headers: dict[str, str]) -> tuple[int, Any]:
        scheme, _, credential = headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or credential != self.token:
            return 401, "Unauthorized"  # anonymous-auth=false, or a token the cluster denies
        verb, subresource = _VERBS.get(method, method.lower()), node_subresource(path)
        allowed = verb == "get" and subresource in self.grants
        self.reviews.append((verb, f"nodes/{subresource}", self.node, allowed))
        if not allowed:
            return 403, (
                f"Forbidden (user=system:serviceaccount:code-remote:sandbox-pool, verb={verb}, "
                f"resource=nodes, subresource({subresource}))"
            )
        if method == "GET" and path == "/stats/summary":
            return 200, self.summary()
        return 404, "404 page not found"

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections.add(task)
        self._writers.add(writer)
        try:
            while line := await reader.readline():
                method, target, _ = line.decode().split(" ", 2)
                headers: dict[str, str] = {}
                while (h := await reader.readline()) not in (b"\r\n", b""):
                    k, _, v = h.decode().partition(":")
                    headers[k.strip().lower()] = v.strip()
                await reader.readexactly(int(headers.get("content-length", "0")))
                path = target.split("?", 1)[0]
                status, payload = self._answer(method, path, headers)
                self.requests.append((method, path, status))
                if isinstance(payload, str):
                    data, kind = payload.encode(), "text/plain"
                else:
                    data, kind = json.dumps(payload).encode(), "application/json"
                writer.write(
                    f"HTTP/1.1 {status} X\r\nContent-Type: {kind}\r\n"
                    f"Content-Length: {len(data)}\r\n\r\n".encode()
                    + data
                )
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError, ssl.SSLError):
            pass
        finally:
            self._connections.discard(task)
            self._writers.discard(writer)
            with contextlib.suppress(Exception):
                writer.close()
