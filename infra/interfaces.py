"""What the program needs from a cloud, independent of the cloud.

Two kinds of Protocol live here. The component Protocols (`Network`, `KubernetesCluster`,
...) say what the rest of the program may read from each built piece. `CloudProvider` says
how pieces are built: `infra/program.py` composes the whole deployment through it alone, and
`infra/__main__.py` picks the implementation named by the stack's `coderemote:provider`
(`infra/providers.py`): `AwsProvider` (`infra/aws/`) builds real resources, `InMemoryProvider`
(`infra/memory.py`) builds nothing and records every request, so the program's tests run
against both. Moving to another cloud means one more implementation, not a new composition.

Members are read-only properties so an implementation may store a narrower type (a `dict`
where a `Mapping` is promised). The `*Spec` dataclasses carry what a provider needs to build
a piece, in cloud-neutral terms.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import pulumi

from infra.settings import NodePoolSettings


class Network(Protocol):
    """A private network with room for a cluster and managed services."""

    @property
    def vpc_id(self) -> pulumi.Output[str]:
        """The network's id."""
        ...

    @property
    def cidr_block(self) -> str:
        """Its address range (NetworkPolicies in k8s/overlays name it too)."""
        ...

    @property
    def private_subnet_ids(self) -> Sequence[pulumi.Output[str]]:
        """Where nodes, pods and data services live; no route from the internet."""
        ...

    @property
    def public_subnet_ids(self) -> Sequence[pulumi.Output[str]]:
        """Only for internet-facing load balancers and NAT."""
        ...


class KubernetesCluster(Protocol):
    """A managed Kubernetes control plane with a general and a sandbox node pool."""

    @property
    def name(self) -> pulumi.Output[str]:
        """Cluster name (kubeconfig, release workflow)."""
        ...

    @property
    def endpoint(self) -> pulumi.Output[str]:
        """URL of the Kubernetes API."""
        ...

    @property
    def oidc_issuer_url(self) -> pulumi.Output[str]:
        """Issuer of service-account tokens, trusted by workload identities."""
        ...

    @property
    def oidc_provider_arn(self) -> pulumi.Output[str]:
        """The cloud's handle on that issuer."""
        ...

    @property
    def node_security_group_id(self) -> pulumi.Output[str]:
        """Security group of every node (and so of every pod): the source data services allow."""
        ...

    @property
    def deploy_runner_security_group_id(self) -> pulumi.Output[str]:
        """Group a self-hosted deploy runner inside the network joins to reach the private API."""
        ...

    @property
    def ingress_controller_role_arn(self) -> pulumi.Output[str]:
        """Cloud identity of the ingress (load balancer) controller's service account."""
        ...


class Cache(Protocol):
    """A private Redis-compatible cache reachable only from the cluster."""

    @property
    def endpoint(self) -> pulumi.Output[str]:
        """Host name of the primary."""
        ...

    @property
    def port(self) -> int:
        """TCP port (TLS)."""
        ...


class Identity(Protocol):
    """The user directory the web app signs in against."""

    @property
    def user_pool_id(self) -> pulumi.Output[str]:
        """User pool id (CODEREMOTE_COGNITO_USER_POOL_ID)."""
        ...

    @property
    def client_id(self) -> pulumi.Output[str]:
        """The web app's client id (CODEREMOTE_COGNITO_CLIENT_ID)."""
        ...

    @property
    def region(self) -> str:
        """Region of the pool (CODEREMOTE_COGNITO_REGION)."""
        ...


class ContainerRegistry(Protocol):
    """Image repositories, one per image the release builds."""

    @property
    def repository_urls(self) -> Mapping[str, pulumi.Output[str]]:
        """Repository URL per image name (`api`, `sandbox`)."""
        ...


class SecretStore(Protocol):
    """Named secrets whose values are set by operators, never by this program."""

    @property
    def secret_arns(self) -> Mapping[str, pulumi.Output[str]]:
        """Identifier of each secret, for access policies and lookups."""
        ...

    @property
    def kms_key_arn(self) -> pulumi.Output[str]:
        """The key that encrypts the secrets (readers need decrypt on it)."""
        ...

    def secret_value(self, name: str) -> pulumi.Output[str]:
        """The current value of one secret, marked secret, for resources that need it."""
        ...


class WorkloadIdentity(Protocol):
    """A cloud role that one Kubernetes service account assumes (IRSA on AWS)."""

    @property
    def role_arn(self) -> pulumi.Output[str]:
        """What the service account's annotation names."""
        ...


class Certificate(Protocol):
    """A TLS certificate for the public host name, validated through the DNS zone."""

    @property
    def arn(self) -> pulumi.Output[str]:
        """What the load balancer's HTTPS listener names (the Ingress annotation)."""
        ...

    @property
    def zone_id(self) -> pulumi.Output[str]:
        """The DNS zone that holds the host name (the release points it at the load balancer)."""
        ...


@dataclass(frozen=True)
class ClusterSpec:
    """What a provider needs to build the Kubernetes cluster.

    Attributes:
        env: Environment name.
        cluster_name: Cluster name (`{env}-coderemote-eks`).
        network: Where the cluster lives; nodes go in its private subnets only.
        kubernetes_version: Control-plane version, e.g. `1.33`.
        general_nodes: Pool for the API, Ray and system pods.
        sandbox_nodes: Tainted gVisor pool for sandbox pods only.
        gvisor_release: Pinned gVisor release the sandbox nodes install at boot.
        containerd_major: containerd major version of the node image (1 or 2).
        deploy_role_name: Identity of the release workflow, made cluster admin.
        public_access_cidrs: Ranges allowed to reach the API from the internet (empty: none).
        protect: Turn on deletion protection.
    """

    env: str
    cluster_name: str
    network: Network
    kubernetes_version: str
    general_nodes: NodePoolSettings
    sandbox_nodes: NodePoolSettings
    gvisor_release: str
    containerd_major: int
    deploy_role_name: str
    public_access_cidrs: list[str] = field(default_factory=list)
    protect: bool = False


@dataclass(frozen=True)
class CacheSpec:
    """What a provider needs to build the Redis cache.

    Attributes:
        env: Environment name.
        network: The cache lives in its private subnets only.
        cluster: The only client allowed (its nodes' group).
        secrets: Where the AUTH token is read from.
        auth_token_secret: Name of that secret in `secrets`.
        auth_token_version: Bump to rotate the token.
        node_type: Instance class.
        replicas: Read replicas (one or more turns on failover).
        snapshot_retention_days: Daily snapshots kept (0: none).
    """

    env: str
    network: Network
    cluster: KubernetesCluster
    secrets: SecretStore
    auth_token_secret: str
    auth_token_version: int
    node_type: str
    replicas: int = 0
    snapshot_retention_days: int = 0


@dataclass(frozen=True)
class WorkloadIdentitySpec:
    """A cloud identity for exactly one Kubernetes service account.

    Attributes:
        env: Environment name.
        role: Short kebab-case purpose (`api`, `pool`).
        cluster: The cluster whose token issuer is trusted.
        namespace: Namespace of the service account.
        service_account: Its name; nothing else may assume the identity.
        secrets: The store whose secrets it may read.
        readable_secrets: Names (in `secrets`) it may read; nothing else.
    """

    env: str
    role: str
    cluster: KubernetesCluster
    namespace: str
    service_account: str
    secrets: SecretStore
    readable_secrets: Sequence[str] = ()


class CloudProvider(Protocol):
    """Builds each piece of the deployment on one cloud (or, for tests, in memory)."""

    def secret_store(self, env: str, names: Sequence[str]) -> SecretStore:
        """Empty named secrets (values are set by operators) and their encryption key."""
        ...

    def network(self, env: str, cidr_block: str, az_count: int, cluster_name: str) -> Network:
        """The private network, spanning `az_count` zones."""
        ...

    def kubernetes_cluster(self, spec: ClusterSpec) -> KubernetesCluster:
        """The cluster, its two node pools, network policy enforcement and deploy access."""
        ...

    def cache(self, spec: CacheSpec) -> Cache:
        """Private Redis with TLS and AUTH, reachable from the cluster only."""
        ...

    def identity(self, env: str, region: str, protect: bool) -> Identity:
        """The user directory and the web app's public client."""
        ...

    def container_registry(self, env: str, images: Sequence[str]) -> ContainerRegistry:
        """One immutable-tag repository per image."""
        ...

    def workload_identity(self, spec: WorkloadIdentitySpec) -> WorkloadIdentity:
        """A cloud identity pinned to one service account."""
        ...

    def certificate(self, env: str, domain: str, zone: str) -> Certificate:
        """A TLS certificate for `domain`, validated in the DNS zone `zone`."""
        ...
