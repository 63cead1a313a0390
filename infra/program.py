"""The deployment, composed through a `CloudProvider`: one piece per concern, and the exports.

Nothing here names a cloud. `infra/__main__.py` hands in the provider the stack asks for, so
the same composition builds real AWS resources or, under test, in-memory records.
"""

from __future__ import annotations

from typing import Any

from infra.conventions import (
    API_SERVICE_ACCOUNT,
    APP_NAMESPACE,
    APP_SECRETS,
    IMAGES,
    POOL_SERVICE_ACCOUNT,
)
from infra.interfaces import CacheSpec, CloudProvider, ClusterSpec, WorkloadIdentitySpec
from infra.naming import resource_name
from infra.settings import StackSettings

API_READS: tuple[str, ...] = APP_SECRETS
"""The API reads every app secret (Redis and Ray tokens, invite signing, Gemini)."""

POOL_READS: tuple[str, ...] = ("gemini-api-key",)
"""The Ray workers (sandbox pool, analysis) read only the Gemini key."""


def build(provider: CloudProvider, settings: StackSettings) -> dict[str, Any]:
    """Build every piece through `provider` and return what the stack exports.

    Args:
        provider: The cloud (or the in-memory stand-in) to build on.
        settings: The stack's validated settings.

    Returns:
        Export name -> value (outputs or plain values), as `pulumi.export` takes them.
    """
    env = settings.env
    cluster_name = resource_name(env, "eks")
    secrets = provider.secret_store(env, APP_SECRETS)
    network = provider.network(env, settings.vpc_cidr, settings.az_count, cluster_name)
    cluster = provider.kubernetes_cluster(
        ClusterSpec(
            env=env,
            cluster_name=cluster_name,
            network=network,
            kubernetes_version=settings.kubernetes_version,
            general_nodes=settings.general_nodes,
            sandbox_nodes=settings.sandbox_nodes,
            gvisor_release=settings.gvisor_release,
            containerd_major=settings.containerd_major,
            deploy_role_name=settings.deploy_role_name,
            public_access_cidrs=settings.eks_public_access_cidrs,
            protect=settings.protect,
        )
    )
    cache = provider.cache(
        CacheSpec(
            env=env,
            network=network,
            cluster=cluster,
            secrets=secrets,
            auth_token_secret="redis-auth-token",
            auth_token_version=settings.redis_auth_token_version,
            node_type=settings.redis_node_type,
            replicas=settings.redis_replicas,
            snapshot_retention_days=7 if settings.protect else 0,
        )
    )
    identity = provider.identity(env, settings.region, settings.protect)
    registry = provider.container_registry(env, IMAGES)
    api_role = provider.workload_identity(
        WorkloadIdentitySpec(
            env=env,
            role="api",
            cluster=cluster,
            namespace=APP_NAMESPACE,
            service_account=API_SERVICE_ACCOUNT,
            secrets=secrets,
            readable_secrets=API_READS,
        )
    )
    pool_role = provider.workload_identity(
        WorkloadIdentitySpec(
            env=env,
            role="pool",
            cluster=cluster,
            namespace=APP_NAMESPACE,
            service_account=POOL_SERVICE_ACCOUNT,
            secrets=secrets,
            readable_secrets=POOL_READS,
        )
    )
    certificate = provider.certificate(env, settings.domain, settings.hosted_zone)

    return {
        "apiEndpoint": f"https://{settings.domain}",
        "domain": settings.domain,
        "region": settings.region,
        "ecrRepositoryUrl": registry.repository_urls["api"],
        "ecrSandboxRepositoryUrl": registry.repository_urls["sandbox"],
        "eksClusterName": cluster.name,
        "vpcId": network.vpc_id,
        "privateSubnetIds": list(network.private_subnet_ids),
        "redisEndpoint": cache.endpoint,
        "redisPort": cache.port,
        "cognitoUserPoolId": identity.user_pool_id,
        "cognitoClientId": identity.client_id,
        "cognitoRegion": identity.region,
        "apiRoleArn": api_role.role_arn,
        "poolRoleArn": pool_role.role_arn,
        "ingressControllerRoleArn": cluster.ingress_controller_role_arn,
        "deployRunnerSecurityGroupId": cluster.deploy_runner_security_group_id,
        "certificateArn": certificate.arn,
        "hostedZoneId": certificate.zone_id,
        "secretArns": dict(secrets.secret_arns),
    }
