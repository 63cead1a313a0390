"""The Kubernetes backend against a local server speaking the Kubernetes API.

The real `kubernetes` client makes every request; the fake's pods are real gVisor sandboxes.
What both backends share (verdicts, input, limits, sanitising, measurements) is held by
`tests/integration/sandbox/test_backend_contract.py`; this file covers what only the
Kubernetes backend does: the request sequence, the pod status, the kubelet's stats (read from
the kubelet directly with `nodes/stats`; through the API server's node proxy only when asked).
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator

import pytest
import yaml

from sandbox.backends.k8s_pod_template import POD_TEMPLATE_NAME, TEMPLATE_PATH
from sandbox.backends.kubernetes import KubernetesSandboxPool
from sandbox.errors import SandboxUnavailableError
from sandbox.events import RunRequest
from sandbox.pool import WarmPool
from sandbox.settings import SandboxSettings
from sandbox.verdicts import Verdict
from tests.integration.k8s_backend.conftest import (
    PoolFactory,
    await_baselines,
    kube_pool,
    kube_settings,
)
from tests.integration.k8s_backend.fake_kube_api import NODE, V4, FakeKubeApi
from tests.security.conftest import Outcome, collect

pytestmark = pytest.mark.gvisor
NS = "code-remote-sandbox"


async def run(pool: WarmPool, code: str, stdin: str = "") -> Outcome:
    request = RunRequest(run_id=uuid.uuid4().hex, code=code, stdin=stdin)
    return await asyncio.wait_for(collect(await pool.submit(request)), 60)


def created_pods(api: FakeKubeApi) -> list[str]:
    return [p.split("#")[1] for m, p in api.log if m == "POST"]


@pytest.fixture(scope="module")
async def cluster(
    tmp_path_factory: pytest.TempPathFactory,
) -> AsyncIterator[tuple[FakeKubeApi, KubernetesSandboxPool]]:
    """One fake cluster whose PodTemplate names its own image, and a started pool on it."""
    settings = kube_settings(tmp_path_factory.mktemp("cluster"), pool_size=1)
    doc = yaml.safe_load(TEMPLATE_PATH.read_text())
    doc["template"]["spec"]["containers"][0]["image"] = "registry.example/sandbox:1.2.3"
    api = FakeKubeApi(settings, pod_templates={POD_TEMPLATE_NAME: doc})
    await api.start()
    pool = kube_pool(api, settings, template=None)
    try:
        await pool.start()
        yield api, pool
    finally:
        await pool.close()
        await api.stop()


async def test_run_follows_the_request_sequence(
    cluster: tuple[FakeKubeApi, KubernetesSandboxPool],
) -> None:
    kube_api, pool = cluster
    outcome = await run(pool, "import sys\nprint('hello', sys.stdin.read().upper())", "world")
    assert (outcome.verdict, outcome.stdout) == (Verdict.OK, "hello WORLD\n")

    # The self-test's pod, then the warm pod this run took.
    pod = created_pods(kube_api)[1]
    base = f"/api/v1/namespaces/{NS}/pods/{pod}"
    sequence = kube_api.requests_for(pod)
    assert sequence[0] == ("POST", f"/api/v1/namespaces/{NS}/pods#{pod}")
    kinds = [(m, p.removeprefix(base)) for m, p in sequence[1:]]
    attach = kinds.index(("GET", "/attach"))
    assert attach > 0 and set(kinds[:attach]) == {("GET", "")}, kinds  # polled until Running
    assert set(kinds[attach + 1 : -1]) == {("GET", "")}  # the terminated status, read
    assert kinds[-1] == ("DELETE", "")
    assert (NS, pod) not in kube_api.pods
    assert kube_api.terminated[pod] == (0, "Completed")
    # Stats come from the kubelet itself, authorized as `get` on nodes/stats, never through
    # the API server's node proxy (nodes/proxy is not granted).
    assert not [p for _, p in kube_api.log if p.startswith("/api/v1/nodes/")]
    assert 200 in kube_api.kubelet.stats_requests()
    assert set(kube_api.kubelet.reviews) == {("get", "nodes/stats", NODE, True)}
    assert len(created_pods(kube_api)) >= 3  # the pool replaced the used pod


async def test_pods_come_from_the_clusters_pod_template(
    cluster: tuple[FakeKubeApi, KubernetesSandboxPool],
) -> None:
    kube_api, _ = cluster
    assert ("GET", f"/api/v1/namespaces/{NS}/podtemplates/{POD_TEMPLATE_NAME}") in kube_api.log
    template = kube_api.pod_templates[POD_TEMPLATE_NAME]["template"]
    for name in created_pods(kube_api):
        spec = kube_api.created[name]["spec"]
        assert spec["containers"][0]["image"] == "registry.example/sandbox:1.2.3"
        assert spec["nodeSelector"] == template["spec"]["nodeSelector"]
        limits = {"cpu": "100m", "memory": "256Mi"}  # the settings', requests = limits
        assert spec["containers"][0]["resources"] == {"requests": limits, "limits": limits}


async def test_oom_killed_pod_is_memory_limit(
    cluster: tuple[FakeKubeApi, KubernetesSandboxPool],
) -> None:
    kube_api, pool = cluster
    outcome = await run(pool, "x = []\nwhile True:\n    x.append(bytearray(16 << 20))")
    assert outcome.verdict == Verdict.MEMORY_LIMIT
    assert "OOMKilled" in {reason for _, reason in kube_api.terminated.values()}


async def test_measurements_are_unknown_when_the_kubelet_refuses(
    k8s_settings: SandboxSettings,
) -> None:
    api = FakeKubeApi(k8s_settings, kubelet_grants=frozenset())  # no nodes/stats
    await api.start()
    pool = kube_pool(api, k8s_settings)
    began = time.monotonic()
    try:
        await pool.start()
        outcome = await run(pool, "print(sum(range(10 ** 5)))")
    finally:
        await pool.close()
        await api.stop()
    elapsed = time.monotonic() - began
    assert (outcome.verdict, outcome.stdout) == (Verdict.OK, "4999950000\n")
    assert (outcome.result.cpu_ms, outcome.result.peak_memory_bytes) == (None, None)
    refused = api.kubelet.stats_requests()
    assert refused and set(refused) == {403}
    # Asked once when a pod appears on the node, then only every 10 s: not at the 0.1 s
    # poll interval (which would be dozens of requests by now).
    assert len(refused) <= len(created_pods(api)) + elapsed / 10 + 1, (refused, elapsed)


async def test_the_node_proxy_remains_a_fallback(k8s_settings: SandboxSettings) -> None:
    api = FakeKubeApi(k8s_settings, kubelet_grants=frozenset({"proxy"}))
    await api.start()
    pool = kube_pool(api, k8s_settings, stats_source="proxy")
    try:
        await pool.start()
        assert await await_baselines(pool)
        outcome = await run(pool, "print(sum(i * i for i in range(300_000)))")
    finally:
        await pool.close()
        await api.stop()
    assert outcome.verdict == Verdict.OK
    assert outcome.result.cpu_ms is not None and outcome.result.cpu_ms > 0
    assert ("GET", f"/api/v1/nodes/{NODE}/proxy/stats/summary") in api.log
    assert api.kubelet.requests == []  # the kubelet port was never used


async def test_api_server_without_v5_streams_is_refused(k8s_settings: SandboxSettings) -> None:
    api = FakeKubeApi(k8s_settings, protocols=(V4,))
    await api.start()
    pool = kube_pool(api, k8s_settings)
    try:
        with pytest.raises(SandboxUnavailableError, match=r"v5\.channel\.k8s\.io"):
            await pool.start()
    finally:
        await pool.close()
        await api.stop()
    assert api.pods == {}  # the refused pod was deleted


async def test_forbidden_or_unreachable_api_is_a_clear_error(make_pool: PoolFactory) -> None:
    for overrides in ({"namespace": "elsewhere"}, {"host": "http://127.0.0.1:9"}):
        pool = make_pool(**overrides)
        with pytest.raises(SandboxUnavailableError, match="RBAC"):
            await pool.start()
