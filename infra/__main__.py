"""The Pulumi program: composes one component per concern and exports what the release needs.

Each component is held through its cloud-neutral interface (`infra/interfaces.py`), so mypy
checks that the AWS implementations fulfil them and nothing below depends on AWS specifics.

Run from this directory (`pulumi up -s dev`); every decision lives in the components under
`infra/aws/` and every per-environment value in `Pulumi.<stack>.yaml`.
"""

from __future__ import annotations

import pulumi

from infra.aws import (
    AwsCognitoIdentity,
    AwsCognitoIdentityArgs,
    AwsContainerRegistry,
    AwsContainerRegistryArgs,
    AwsEksCluster,
    AwsEksClusterArgs,
    AwsNetwork,
    AwsNetworkArgs,
    AwsRedisCache,
    AwsRedisCacheArgs,
    AwsSecrets,
    AwsSecretsArgs,
    AwsServiceAccountRole,
    AwsServiceAccountRoleArgs,
    sandbox_user_data,
)
from infra.conventions import API_SERVICE_ACCOUNT, APP_NAMESPACE, POOL_SERVICE_ACCOUNT
from infra.interfaces import (
    Cache,
    ContainerRegistry,
    Identity,
    KubernetesCluster,
    Network,
    SecretStore,
    WorkloadIdentity,
)
from infra.naming import resource_name
from infra.settings import load_settings

settings = load_settings()
env = settings.env
cluster_name = resource_name(env, "eks")

secrets: SecretStore = AwsSecrets(resource_name(env, "secrets"), AwsSecretsArgs(env=env))
network: Network = AwsNetwork(
    resource_name(env, "network"),
    AwsNetworkArgs(
        env=env,
        cidr_block=settings.vpc_cidr,
        az_count=settings.az_count,
        cluster_name=cluster_name,
    ),
)
cluster: KubernetesCluster = AwsEksCluster(
    resource_name(env, "cluster"),
    AwsEksClusterArgs(
        env=env,
        cluster_name=cluster_name,
        network=network,
        kubernetes_version=settings.kubernetes_version,
        general_nodes=settings.general_nodes,
        sandbox_nodes=settings.sandbox_nodes,
        gvisor_user_data=sandbox_user_data(settings.gvisor_release),
        public_access_cidrs=settings.eks_public_access_cidrs,
        protect=settings.protect,
    ),
)
cache: Cache = AwsRedisCache(
    resource_name(env, "cache"),
    AwsRedisCacheArgs(
        env=env,
        network=network,
        client_security_group_ids=[cluster.node_security_group_id],
        auth_token=secrets.secret_value("redis-auth-token"),
        auth_token_version=settings.redis_auth_token_version,
        node_type=settings.redis_node_type,
        replicas=settings.redis_replicas,
        snapshot_retention_days=7 if settings.protect else 0,
    ),
)
identity: Identity = AwsCognitoIdentity(
    resource_name(env, "identity"),
    AwsCognitoIdentityArgs(env=env, region=settings.region, protect=settings.protect),
)
registry: ContainerRegistry = AwsContainerRegistry(
    resource_name(env, "registry"), AwsContainerRegistryArgs(env=env)
)
api_role: WorkloadIdentity = AwsServiceAccountRole(
    resource_name(env, "api-identity"),
    AwsServiceAccountRoleArgs(
        env=env,
        role="api",
        cluster=cluster,
        namespace=APP_NAMESPACE,
        service_account=API_SERVICE_ACCOUNT,
        readable_secret_arns=[
            secrets.secret_arns["gemini-api-key"],
            secrets.secret_arns["redis-auth-token"],
            secrets.secret_arns["ray-auth-token"],
            secrets.secret_arns["invite-secret"],
        ],
        kms_key_arns=[secrets.kms_key_arn],
    ),
)
pool_role: WorkloadIdentity = AwsServiceAccountRole(
    resource_name(env, "pool-identity"),
    AwsServiceAccountRoleArgs(
        env=env,
        role="pool",
        cluster=cluster,
        namespace=APP_NAMESPACE,
        service_account=POOL_SERVICE_ACCOUNT,
        readable_secret_arns=[secrets.secret_arns["gemini-api-key"]],
        kms_key_arns=[secrets.kms_key_arn],
    ),
)

pulumi.export("apiEndpoint", f"https://{settings.domain}")
pulumi.export("ecrRepositoryUrl", registry.repository_urls["api"])
pulumi.export("ecrSandboxRepositoryUrl", registry.repository_urls["sandbox"])
pulumi.export("eksClusterName", cluster.name)
pulumi.export("redisEndpoint", cache.endpoint)
pulumi.export("cognitoUserPoolId", identity.user_pool_id)
pulumi.export("cognitoClientId", identity.client_id)
pulumi.export("cognitoRegion", identity.region)
pulumi.export("apiRoleArn", api_role.role_arn)
pulumi.export("poolRoleArn", pool_role.role_arn)
pulumi.export("secretArns", secrets.secret_arns)
