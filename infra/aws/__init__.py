"""AWS implementations of the infra interfaces and `AwsProvider`, which builds them.

One `ComponentResource` per concern; `infra/program.py` reaches them only through the provider.
"""

from infra.aws.cache import AwsRedisCache, AwsRedisCacheArgs
from infra.aws.certificate import AwsCertificate, AwsCertificateArgs
from infra.aws.cluster import AwsEksCluster, AwsEksClusterArgs
from infra.aws.gvisor_user_data import sandbox_user_data
from infra.aws.identity import AwsCognitoIdentity, AwsCognitoIdentityArgs
from infra.aws.network import AwsNetwork, AwsNetworkArgs
from infra.aws.provider import AwsProvider
from infra.aws.registry import AwsContainerRegistry, AwsContainerRegistryArgs
from infra.aws.secrets import AwsSecrets, AwsSecretsArgs
from infra.aws.workload_identity import AwsServiceAccountRole, AwsServiceAccountRoleArgs

__all__ = [
    "AwsCertificate",
    "AwsCertificateArgs",
    "AwsCognitoIdentity",
    "AwsCognitoIdentityArgs",
    "AwsContainerRegistry",
    "AwsContainerRegistryArgs",
    "AwsEksCluster",
    "AwsEksClusterArgs",
    "AwsNetwork",
    "AwsNetworkArgs",
    "AwsProvider",
    "AwsRedisCache",
    "AwsRedisCacheArgs",
    "AwsSecrets",
    "AwsSecretsArgs",
    "AwsServiceAccountRole",
    "AwsServiceAccountRoleArgs",
    "sandbox_user_data",
]
