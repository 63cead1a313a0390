"""AWS implementations of the infra interfaces, one `ComponentResource` per concern."""

from infra.aws.cache import AwsRedisCache, AwsRedisCacheArgs
from infra.aws.cluster import AwsEksCluster, AwsEksClusterArgs
from infra.aws.gvisor_user_data import sandbox_user_data
from infra.aws.identity import AwsCognitoIdentity, AwsCognitoIdentityArgs
from infra.aws.network import AwsNetwork, AwsNetworkArgs
from infra.aws.registry import AwsContainerRegistry, AwsContainerRegistryArgs
from infra.aws.secrets import APP_SECRETS, AwsSecrets, AwsSecretsArgs
from infra.aws.workload_identity import AwsServiceAccountRole, AwsServiceAccountRoleArgs

__all__ = [
    "APP_SECRETS",
    "AwsCognitoIdentity",
    "AwsCognitoIdentityArgs",
    "AwsContainerRegistry",
    "AwsContainerRegistryArgs",
    "AwsEksCluster",
    "AwsEksClusterArgs",
    "AwsNetwork",
    "AwsNetworkArgs",
    "AwsRedisCache",
    "AwsRedisCacheArgs",
    "AwsSecrets",
    "AwsSecretsArgs",
    "AwsServiceAccountRole",
    "AwsServiceAccountRoleArgs",
    "sandbox_user_data",
]
