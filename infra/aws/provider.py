"""`AwsProvider`: the `CloudProvider` that builds each piece as AWS resources."""

from __future__ import annotations

from collections.abc import Sequence

import pulumi_aws as aws

from infra.aws.cache import AwsRedisCache, AwsRedisCacheArgs
from infra.aws.certificate import AwsCertificate, AwsCertificateArgs
from infra.aws.cluster import AwsEksCluster, AwsEksClusterArgs
from infra.aws.gvisor_user_data import sandbox_user_data
from infra.aws.identity import AwsCognitoIdentity, AwsCognitoIdentityArgs
from infra.aws.network import AwsNetwork, AwsNetworkArgs
from infra.aws.registry import AwsContainerRegistry, AwsContainerRegistryArgs
from infra.aws.secrets import AwsSecrets, AwsSecretsArgs
from infra.aws.workload_identity import AwsServiceAccountRole, AwsServiceAccountRoleArgs
from infra.interfaces import (
    Cache,
    CacheSpec,
    Certificate,
    ClusterSpec,
    ContainerRegistry,
    Identity,
    KubernetesCluster,
    Network,
    SecretStore,
    WorkloadIdentity,
    WorkloadIdentitySpec,
)
from infra.naming import resource_name


class AwsProvider:
    """Builds on AWS: VPC, EKS, ElastiCache, Cognito, ECR, Secrets Manager, IAM, ACM."""

    def secret_store(self, env: str, names: Sequence[str]) -> SecretStore:
        """KMS key and empty Secrets Manager secrets."""
        return AwsSecrets(
            resource_name(env, "secrets"), AwsSecretsArgs(env=env, names=tuple(names))
        )

    def network(self, env: str, cidr_block: str, az_count: int, cluster_name: str) -> Network:
        """VPC with private and public subnets and one NAT gateway."""
        return AwsNetwork(
            resource_name(env, "network"),
            AwsNetworkArgs(
                env=env, cidr_block=cidr_block, az_count=az_count, cluster_name=cluster_name
            ),
        )

    def kubernetes_cluster(self, spec: ClusterSpec) -> KubernetesCluster:
        """EKS with a general and a gVisor node group; the deploy role is made admin."""
        account = aws.get_caller_identity_output().account_id
        deploy_role_arn = account.apply(lambda a: f"arn:aws:iam::{a}:role/{spec.deploy_role_name}")
        return AwsEksCluster(
            resource_name(spec.env, "cluster"),
            AwsEksClusterArgs(
                env=spec.env,
                cluster_name=spec.cluster_name,
                network=spec.network,
                kubernetes_version=spec.kubernetes_version,
                general_nodes=spec.general_nodes,
                sandbox_nodes=spec.sandbox_nodes,
                gvisor_user_data=sandbox_user_data(spec.gvisor_release, spec.containerd_major),
                deploy_role_arn=deploy_role_arn,
                public_access_cidrs=spec.public_access_cidrs,
                protect=spec.protect,
            ),
        )

    def cache(self, spec: CacheSpec) -> Cache:
        """ElastiCache Redis reachable from the cluster's nodes only."""
        return AwsRedisCache(
            resource_name(spec.env, "cache"),
            AwsRedisCacheArgs(
                env=spec.env,
                network=spec.network,
                client_security_group_ids=[spec.cluster.node_security_group_id],
                auth_token=spec.secrets.secret_value(spec.auth_token_secret),
                auth_token_version=spec.auth_token_version,
                node_type=spec.node_type,
                replicas=spec.replicas,
                snapshot_retention_days=spec.snapshot_retention_days,
            ),
        )

    def identity(self, env: str, region: str, protect: bool) -> Identity:
        """Cognito user pool and public web client."""
        return AwsCognitoIdentity(
            resource_name(env, "identity"),
            AwsCognitoIdentityArgs(env=env, region=region, protect=protect),
        )

    def container_registry(self, env: str, images: Sequence[str]) -> ContainerRegistry:
        """ECR repositories with immutable tags."""
        return AwsContainerRegistry(
            resource_name(env, "registry"), AwsContainerRegistryArgs(env=env, images=tuple(images))
        )

    def workload_identity(self, spec: WorkloadIdentitySpec) -> WorkloadIdentity:
        """An IRSA role pinned to one service account, reading only the named secrets."""
        return AwsServiceAccountRole(
            resource_name(spec.env, f"{spec.role}-identity"),
            AwsServiceAccountRoleArgs(
                env=spec.env,
                role=spec.role,
                cluster=spec.cluster,
                namespace=spec.namespace,
                service_account=spec.service_account,
                readable_secret_arns=[spec.secrets.secret_arns[n] for n in spec.readable_secrets],
                kms_key_arns=[spec.secrets.kms_key_arn] if spec.readable_secrets else [],
            ),
        )

    def certificate(self, env: str, domain: str, zone: str) -> Certificate:
        """An ACM certificate validated in the Route 53 zone."""
        return AwsCertificate(
            resource_name(env, "certificate"), AwsCertificateArgs(env=env, domain=domain, zone=zone)
        )
