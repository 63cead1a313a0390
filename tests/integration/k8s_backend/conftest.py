"""Fixtures: the fake Kubernetes API server (with real gVisor pods) and pools pointed at it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
from kubernetes import client as k8s

from sandbox.backends.k8s_pod_template import default_template
from sandbox.backends.kubernetes import (
    KubernetesPoolConfig,
    KubernetesSandbox,
    KubernetesSandboxPool,
)
from sandbox.settings import SandboxSettings
from tests.integration.k8s_backend.fake_kube_api import FakeKubeApi
from tests.security.conftest import security_settings

# Fast polls: the fake answers at once, and its kubelet samples every 0.2 s.
FAST = {"poll_interval_s": 0.02, "stats_interval_s": 0.1, "stats_settle_s": 3.0}


def kube_settings(tmp: Path, **overrides: Any) -> SandboxSettings:
    """Sandbox settings for pools on the fake API (the documented limits, short wall clock)."""
    return security_settings(tmp, **overrides)


def kube_configuration(api: FakeKubeApi) -> k8s.Configuration:
    """What `load_incluster_config` gives a pod of the fake cluster: its API server, the
    cluster CA as `ca.crt`, the service account's bearer token."""
    configuration = k8s.Configuration()
    configuration.host = api.host
    configuration.ssl_ca_cert = api.ca_file
    configuration.api_key = {"authorization": f"Bearer {api.token}"}
    return configuration


def kube_pool(
    api: FakeKubeApi, settings: SandboxSettings, **overrides: Any
) -> KubernetesSandboxPool:
    """A pool (not started) on `api`; `overrides` may name config or settings fields."""
    configuration = kube_configuration(api)
    configuration.host = overrides.pop("host", api.host)
    template = overrides.pop("template", default_template())
    names = set(KubernetesPoolConfig.model_fields)
    given = {k: v for k, v in overrides.items() if k in names}
    config = KubernetesPoolConfig(**(FAST | {"kubelet_port": api.kubelet_port} | given))
    settings = settings.model_copy(update={k: v for k, v in overrides.items() if k not in names})
    return KubernetesSandboxPool(configuration, config, settings=settings, template=template)


async def await_baselines(pool: KubernetesSandboxPool, timeout_s: float = 30.0) -> bool:
    """Wait until every warm pod has a kubelet sample taken after its agent was ready.

    A run's CPU time is known only from such a baseline (`PodMeter`), so a test that expects
    figures waits for it first. False if it did not come (the kubelet was never read).
    """

    def known() -> bool:
        warm = list(pool._warm)
        return bool(warm) and all(
            isinstance(s, KubernetesSandbox) and s.meter.baseline_known for s in warm
        )

    for _ in range(int(timeout_s / 0.05)):  # samples arrive from a poll task: look again
        if known():
            return True
        await asyncio.sleep(0.05)
    return known()


@pytest.fixture(scope="session")
def k8s_settings(tmp_path_factory: pytest.TempPathFactory) -> SandboxSettings:
    return kube_settings(tmp_path_factory.mktemp("k8s"), pool_size=1)


@pytest.fixture
async def kube_api(k8s_settings: SandboxSettings) -> AsyncIterator[FakeKubeApi]:
    api = FakeKubeApi(k8s_settings)
    await api.start()
    try:
        yield api
    finally:
        await api.stop()


PoolFactory = Callable[..., KubernetesSandboxPool]


@pytest.fixture
async def make_pool(
    kube_api: FakeKubeApi, k8s_settings: SandboxSettings
) -> AsyncIterator[PoolFactory]:
    pools: list[KubernetesSandboxPool] = []

    def factory(**overrides: Any) -> KubernetesSandboxPool:
        pool = kube_pool(kube_api, k8s_settings, **overrides)
        pools.append(pool)
        return pool

    yield factory
    for pool in pools:
        await pool.close()
