"""Reading a kubelet's Summary API directly: TLS against the cluster CA, the bearer token,
`nodes/stats` and nothing more (`KubeletStats.fetch`, against `fake_kubelet.FakeKubelet`).

No pods here (no gVisor): the kubelet serves a fixed summary. Runs measured through the same
path are in `test_k8s_backend_runs.py` and `tests/integration/sandbox/test_backend_contract.py`.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
import urllib3
from kubernetes import client as k8s

from sandbox.backends.kubernetes import KubeletStats, KubernetesPoolConfig
from tests.integration.k8s_backend.fake_kubelet import (
    KUBELET_HOST,
    FakeKubelet,
    KubeletCerts,
    make_certs,
)

NODE = "fake-node-1"
SUMMARY = {
    "node": {"nodeName": NODE},
    "pods": [
        {
            "podRef": {"name": "sandbox-a", "namespace": "code-remote-sandbox"},
            "cpu": {"time": "2026-01-01T00:00:05Z", "usageCoreNanoSeconds": 7},
            "memory": {"time": "2026-01-01T00:00:05Z", "workingSetBytes": 9},
        }
    ],
}
TOKEN = "the-pool-token"

Kubelet = Callable[..., FakeKubelet]


@pytest.fixture
async def kubelet(tmp_path: Path) -> AsyncIterator[Kubelet]:
    """Starts fake kubelets (certificates from a fresh CA under `tmp_path`)."""
    started: list[FakeKubelet] = []

    async def start(**options: Any) -> FakeKubelet:
        signed = options.pop("signed_by_cluster_ca", True)
        certs = make_certs(tmp_path, signed_by_cluster_ca=signed)
        server = FakeKubelet(NODE, lambda: SUMMARY, TOKEN, certs, **options)
        await server.start()
        started.append(server)
        return server

    yield start  # type: ignore[misc]
    for server in started:
        await server.stop()


def stats(server: FakeKubelet, certs: KubeletCerts | None = None, **config: Any) -> KubeletStats:
    """The pool's poller, configured as in a pod: cluster CA, service-account token."""
    configuration = k8s.Configuration()
    configuration.host = "https://api.invalid"  # never asked: the kubelet is read directly
    configuration.ssl_ca_cert = str(certs.cluster_ca) if certs else None
    configuration.api_key = {"authorization": f"Bearer {config.pop('token', TOKEN)}"}
    pool_config = KubernetesPoolConfig(kubelet_port=server.port, **config)
    return KubeletStats(k8s.CoreV1Api(k8s.ApiClient(configuration)), configuration, pool_config)


async def fetch(poller: KubeletStats, host_ip: str | None) -> dict[str, Any]:
    """`fetch` blocks (the poller runs it in a thread): off the loop the kubelet serves on."""
    return await asyncio.to_thread(poller.fetch, NODE, host_ip)


def certs_of(tmp_path: Path) -> KubeletCerts:
    return KubeletCerts(
        cluster_ca=tmp_path / "cluster-ca.crt",
        issuer_ca=tmp_path / "kubelet-issuer.crt",
        cert=tmp_path / "kubelet.crt",
        key=tmp_path / "kubelet.key",
    )


async def test_summary_is_read_from_the_kubelet_verified_by_the_cluster_ca(
    kubelet: Kubelet, tmp_path: Path
) -> None:
    server = await kubelet()
    poller = stats(server, certs_of(tmp_path))
    assert await fetch(poller, KUBELET_HOST) == SUMMARY
    # Authorized as `get` on nodes/stats of this node: what the pool's ClusterRole grants.
    assert server.reviews == [("get", "nodes/stats", NODE, True)]
    assert server.stats_requests() == [200]


async def test_a_kubelet_certificate_the_cluster_ca_did_not_sign_is_refused(
    kubelet: Kubelet, tmp_path: Path
) -> None:
    server = await kubelet(signed_by_cluster_ca=False)
    certs = certs_of(tmp_path)
    with pytest.raises(urllib3.exceptions.MaxRetryError) as caught:
        await fetch(stats(server, certs), KUBELET_HOST)
    assert isinstance(caught.value.reason, urllib3.exceptions.SSLError)
    assert server.requests == []  # the token never left the pool
    # The kubelet's own CA, if given, verifies it; skipping verification is the last resort.
    assert await fetch(stats(server, certs, kubelet_ca_file=str(certs.issuer_ca)), KUBELET_HOST)
    insecure = stats(server, certs, kubelet_insecure_skip_tls_verify=True)
    with pytest.warns(urllib3.exceptions.InsecureRequestWarning):
        assert await fetch(insecure, KUBELET_HOST) == SUMMARY


async def test_the_kubelet_refuses_a_wrong_token_and_a_missing_grant(
    kubelet: Kubelet, tmp_path: Path
) -> None:
    certs = certs_of(tmp_path)
    server = await kubelet()
    with pytest.raises(k8s.ApiException) as caught:
        await fetch(stats(server, certs, token="someone-else"), KUBELET_HOST)
    assert caught.value.status == 401
    server.grants = frozenset({"proxy"})  # the broad grant does not name stats
    with pytest.raises(k8s.ApiException) as caught:
        await fetch(stats(server, certs), KUBELET_HOST)
    assert caught.value.status == 403
    assert server.reviews == [("get", "nodes/stats", NODE, False)]


async def test_no_host_ip_is_an_error_not_a_guess(kubelet: Kubelet, tmp_path: Path) -> None:
    server = await kubelet()
    with pytest.raises(Exception, match="no hostIP"):
        await fetch(stats(server, certs_of(tmp_path)), None)
    assert server.requests == []
