"""Fixtures: the fake Kubernetes API server and a pool pointed at it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from kubernetes import client as k8s

from sandbox.backends.k8s_pod_template import default_template
from sandbox.backends.kubernetes import KubernetesPoolConfig, KubernetesSandboxPool
from tests.integration.k8s_backend.fake_kube_api import FakeKubeApi


@pytest.fixture
async def kube_api() -> AsyncIterator[FakeKubeApi]:
    api = FakeKubeApi()
    await api.start()
    try:
        yield api
    finally:
        await api.stop()


PoolFactory = Callable[..., KubernetesSandboxPool]


@pytest.fixture
async def make_pool(kube_api: FakeKubeApi) -> AsyncIterator[PoolFactory]:
    pools: list[KubernetesSandboxPool] = []

    def factory(**overrides: Any) -> KubernetesSandboxPool:
        configuration = k8s.Configuration()
        configuration.host = overrides.pop("host", kube_api.host)
        template = overrides.pop("template", default_template())
        settings = {"warm": 1, "poll_interval_s": 0.02, "start_timeout_s": 10.0} | overrides
        pool = KubernetesSandboxPool(
            configuration, KubernetesPoolConfig(**settings), template=template
        )
        pools.append(pool)
        return pool

    yield factory
    for pool in pools:
        await pool.close()
