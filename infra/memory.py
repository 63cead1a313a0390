"""`InMemoryProvider`: a `CloudProvider` that builds nothing and records every request.

Selected with `coderemote:provider: memory`. It proves the seam: `infra/program.py` runs
unchanged on it, and the tests check the composition (who may read which secret, which group
the cache admits, what the cluster is told) from its ledger as they check the AWS resources.
Every value it hands back is derived from the request, so a composition that wires the wrong
piece into another shows up in the ledger.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import pulumi

from infra.interfaces import (
    CacheSpec,
    ClusterSpec,
    KubernetesCluster,
    Network,
    SecretStore,
    WorkloadIdentitySpec,
)
from infra.naming import resource_name

REDIS_PORT = 6379


@dataclass
class Built:
    """One request the program made: what kind of piece, its name and its inputs."""

    kind: str
    name: str
    inputs: dict[str, Any]


LEDGER: list[Built] = []
"""Every request of every `InMemoryProvider` in this process, in order."""


def _out(value: str) -> pulumi.Output[str]:
    return pulumi.Output.from_input(value)


def handle(kind: str, name: str) -> str:
    """A stable made-up identifier (`mem-<kind>-<hash>`) for a piece."""
    digest = hashlib.sha256(f"{kind}/{name}".encode()).hexdigest()[:10]
    return f"mem-{kind}-{digest}"


@dataclass
class MemorySecrets:
    """Secrets that exist only as names; their values are never known."""

    env: str
    secret_arns: dict[str, pulumi.Output[str]] = field(default_factory=dict)
    kms_key_arn: pulumi.Output[str] = field(default_factory=lambda: _out(""))

    def secret_value(self, name: str) -> pulumi.Output[str]:
        """A secret reference to the value (never a value: nothing stores one)."""
        return pulumi.Output.secret(f"memory-secret-of:{self.secret_arns[name]}")


@dataclass
class MemoryNetwork:
    """A network that is only a range and subnet handles."""

    vpc_id: pulumi.Output[str]
    cidr_block: str
    private_subnet_ids: list[pulumi.Output[str]]
    public_subnet_ids: list[pulumi.Output[str]]


@dataclass
class MemoryCluster:
    """A cluster that is only handles."""

    name: pulumi.Output[str]
    endpoint: pulumi.Output[str]
    oidc_issuer_url: pulumi.Output[str]
    oidc_provider_arn: pulumi.Output[str]
    node_security_group_id: pulumi.Output[str]
    deploy_runner_security_group_id: pulumi.Output[str]
    ingress_controller_role_arn: pulumi.Output[str]


@dataclass
class MemoryCache:
    """A cache endpoint."""

    endpoint: pulumi.Output[str]
    port: int


@dataclass
class MemoryIdentity:
    """A user directory's ids."""

    user_pool_id: pulumi.Output[str]
    client_id: pulumi.Output[str]
    region: str


@dataclass
class MemoryRegistry:
    """Repository URLs."""

    repository_urls: dict[str, pulumi.Output[str]]


@dataclass
class MemoryWorkloadIdentity:
    """An identity handle."""

    role_arn: pulumi.Output[str]


@dataclass
class MemoryCertificate:
    """A certificate handle and its zone."""

    arn: pulumi.Output[str]
    zone_id: pulumi.Output[str]


class InMemoryProvider:
    """Records each request in `LEDGER` and answers with handles derived from it."""

    def _record(self, kind: str, name: str, **inputs: Any) -> None:
        LEDGER.append(Built(kind, name, inputs))

    def secret_store(self, env: str, names: Sequence[str]) -> SecretStore:
        """Named secrets."""
        name = resource_name(env, "secrets")
        self._record("secrets", name, names=list(names))
        return MemorySecrets(
            env=env,
            secret_arns={n: _out(handle("secret", resource_name(env, n))) for n in names},
            kms_key_arn=_out(handle("key", name)),
        )

    def network(self, env: str, cidr_block: str, az_count: int, cluster_name: str) -> Network:
        """A range and `az_count` private and public subnet handles."""
        name = resource_name(env, "network")
        self._record(
            "network", name, cidr_block=cidr_block, az_count=az_count, cluster_name=cluster_name
        )
        return MemoryNetwork(
            vpc_id=_out(handle("network", name)),
            cidr_block=cidr_block,
            private_subnet_ids=[_out(handle("private", f"{name}/{i}")) for i in range(az_count)],
            public_subnet_ids=[_out(handle("public", f"{name}/{i}")) for i in range(az_count)],
        )

    def kubernetes_cluster(self, spec: ClusterSpec) -> KubernetesCluster:
        """Cluster handles; the request keeps what the nodes and access were asked to be."""
        name = resource_name(spec.env, "cluster")
        self._record(
            "cluster",
            name,
            cluster_name=spec.cluster_name,
            network=spec.network.vpc_id,
            subnets=list(spec.network.private_subnet_ids),
            kubernetes_version=spec.kubernetes_version,
            general_nodes=vars(spec.general_nodes),
            sandbox_nodes=vars(spec.sandbox_nodes),
            gvisor_release=spec.gvisor_release,
            containerd_major=spec.containerd_major,
            deploy_role_name=spec.deploy_role_name,
            public_access_cidrs=list(spec.public_access_cidrs),
            protect=spec.protect,
        )
        return MemoryCluster(
            name=_out(spec.cluster_name),
            endpoint=_out(f"https://{spec.cluster_name}.memory.invalid"),
            oidc_issuer_url=_out(f"https://oidc.memory.invalid/{spec.cluster_name}"),
            oidc_provider_arn=_out(handle("oidc", name)),
            node_security_group_id=_out(handle("nodes", name)),
            deploy_runner_security_group_id=_out(handle("runner", name)),
            ingress_controller_role_arn=_out(handle("ingress-role", name)),
        )

    def cache(self, spec: CacheSpec) -> MemoryCache:
        """A cache endpoint; the request keeps which group it admits and its token's source."""
        name = resource_name(spec.env, "cache")
        self._record(
            "cache",
            name,
            network=spec.network.vpc_id,
            subnets=list(spec.network.private_subnet_ids),
            client_groups=[spec.cluster.node_security_group_id],
            auth_token_secret=spec.secrets.secret_arns[spec.auth_token_secret],
            auth_token_version=spec.auth_token_version,
            node_type=spec.node_type,
            replicas=spec.replicas,
            snapshot_retention_days=spec.snapshot_retention_days,
        )
        return MemoryCache(
            endpoint=_out(f"{resource_name(spec.env, 'redis')}.memory.invalid"), port=REDIS_PORT
        )

    def identity(self, env: str, region: str, protect: bool) -> MemoryIdentity:
        """User directory ids."""
        name = resource_name(env, "identity")
        self._record("identity", name, region=region, protect=protect)
        return MemoryIdentity(
            user_pool_id=_out(handle("users", name)),
            client_id=_out(resource_name(env, "web-client")),
            region=region,
        )

    def container_registry(self, env: str, images: Sequence[str]) -> MemoryRegistry:
        """One repository URL per image."""
        name = resource_name(env, "registry")
        self._record("registry", name, images=list(images))
        return MemoryRegistry(
            repository_urls={
                image: _out(f"registry.memory.invalid/{resource_name(env, image)}")
                for image in images
            }
        )

    def workload_identity(self, spec: WorkloadIdentitySpec) -> MemoryWorkloadIdentity:
        """An identity handle; the request keeps its service account and readable secrets."""
        name = resource_name(spec.env, f"{spec.role}-identity")
        self._record(
            "workload-identity",
            name,
            issuer=spec.cluster.oidc_issuer_url,
            namespace=spec.namespace,
            service_account=spec.service_account,
            readable=[spec.secrets.secret_arns[n] for n in spec.readable_secrets],
        )
        return MemoryWorkloadIdentity(role_arn=_out(handle("role", name)))

    def certificate(self, env: str, domain: str, zone: str) -> MemoryCertificate:
        """A certificate handle for `domain` in `zone`."""
        name = resource_name(env, "certificate")
        self._record("certificate", name, domain=domain, zone=zone)
        return MemoryCertificate(arn=_out(handle("cert", name)), zone_id=_out(handle("zone", zone)))
