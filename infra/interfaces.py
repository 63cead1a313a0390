"""What the rest of the program needs from each cloud concern, independent of the cloud.

`__main__.py` wires concerns together only through these Protocols, so moving to another cloud
means writing new implementations next to `infra/aws/`, not rewriting the composition.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

import pulumi


class Network(Protocol):
    """A private network with room for a cluster and managed services."""

    vpc_id: pulumi.Output[str]
    cidr_block: str
    private_subnet_ids: list[pulumi.Output[str]]
    """Where nodes, pods and data services live; no route from the internet."""
    public_subnet_ids: list[pulumi.Output[str]]
    """Only for internet-facing load balancers and NAT."""


class KubernetesCluster(Protocol):
    """A managed Kubernetes control plane with a general and a sandbox node pool."""

    name: pulumi.Output[str]
    endpoint: pulumi.Output[str]
    oidc_issuer_url: pulumi.Output[str]
    """Issuer of service-account tokens, trusted by workload identities."""
    oidc_provider_arn: pulumi.Output[str]
    node_security_group_id: pulumi.Output[str]
    """Security group of every node (and so of every pod): the source data services allow."""


class Cache(Protocol):
    """A private Redis-compatible cache reachable only from the cluster."""

    endpoint: pulumi.Output[str]
    port: int


class Identity(Protocol):
    """The user directory the web app signs in against."""

    user_pool_id: pulumi.Output[str]
    client_id: pulumi.Output[str]
    region: str


class ContainerRegistry(Protocol):
    """Image repositories, one per image the release builds."""

    repository_urls: Mapping[str, pulumi.Output[str]]


class SecretStore(Protocol):
    """Named secrets whose values are set by operators, never by this program."""

    secret_arns: Mapping[str, pulumi.Output[str]]

    def secret_value(self, name: str) -> pulumi.Output[str]:
        """The current value of one secret, marked secret, for resources that need it."""
        ...


class WorkloadIdentity(Protocol):
    """A cloud role that one Kubernetes service account assumes (IRSA on AWS)."""

    role_arn: pulumi.Output[str]
