"""What the rest of the program needs from each cloud concern, independent of the cloud.

`__main__.py` holds every component through these Protocols (mypy checks the AWS classes
against them), so moving to another cloud means writing new implementations next to
`infra/aws/`, not rewriting the composition. Members are read-only properties so an
implementation may store a narrower type (a `dict` where a `Mapping` is promised).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

import pulumi


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
