"""Per-stack settings read from `infra/Pulumi.<stack>.yaml` (namespace `coderemote:`).

Only sizes, ranges and versions live in stack config. Secret values never do: they are put in
Secrets Manager by an operator (docs/deploy.md) and read from there.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

import pulumi

from infra.conventions import ENVIRONMENTS

PROVIDERS = ("aws", "memory")
"""Values of `coderemote:provider`: the cloud the program builds on (`memory` builds nothing;
it records what the program asked for, for tests)."""


@dataclass(frozen=True)
class NodePoolSettings:
    """Size of one EKS managed node group."""

    instance_types: list[str]
    min_size: int
    desired_size: int
    max_size: int
    disk_gib: int = 40


@dataclass(frozen=True)
class StackSettings:
    """Everything that differs between `dev`, `staging` and `prod`."""

    env: str
    region: str
    vpc_cidr: str
    az_count: int
    kubernetes_version: str
    eks_public_access_cidrs: list[str]
    general_nodes: NodePoolSettings
    sandbox_nodes: NodePoolSettings
    gvisor_release: str
    redis_node_type: str
    redis_replicas: int
    redis_auth_token_version: int
    domain: str
    hosted_zone: str
    protect: bool
    provider: str = "aws"
    containerd_major: int = 2
    deploy_role_name: str = ""


def _pool(config: pulumi.Config, key: str) -> NodePoolSettings:
    raw = config.require_object(key)
    if not isinstance(raw, dict):
        raise ValueError(f"coderemote:{key} must be an object")
    pool = NodePoolSettings(
        instance_types=[str(t) for t in raw["instanceTypes"]],
        min_size=int(raw["minSize"]),
        desired_size=int(raw["desiredSize"]),
        max_size=int(raw["maxSize"]),
        disk_gib=int(raw.get("diskGiB", 40)),
    )
    if not 0 <= pool.min_size <= pool.desired_size <= pool.max_size:
        raise ValueError(f"coderemote:{key} needs minSize <= desiredSize <= maxSize")
    return pool


def load_settings() -> StackSettings:
    """Read and validate the current stack's settings; fails naming the bad key."""
    env = pulumi.get_stack()
    if env not in ENVIRONMENTS:
        raise ValueError(f"stack {env!r} is not one of {ENVIRONMENTS}")
    config = pulumi.Config("coderemote")
    vpc_cidr = config.require("vpcCidr")
    if ipaddress.ip_network(vpc_cidr).prefixlen > 20:
        raise ValueError("coderemote:vpcCidr must be /20 or larger (subnets are carved from it)")
    public_cidrs = [str(c) for c in (config.get_object("eksPublicAccessCidrs") or [])]
    for cidr in public_cidrs:
        if ipaddress.ip_network(cidr).prefixlen == 0:
            raise ValueError("coderemote:eksPublicAccessCidrs must not open the API to everyone")
    az_count = config.get_int("azCount") or 2
    if not 2 <= az_count <= 3:
        raise ValueError("coderemote:azCount must be 2 or 3 (EKS needs subnets in two AZs)")
    provider = config.get("provider") or "aws"
    if provider not in PROVIDERS:
        raise ValueError(f"coderemote:provider must be one of {PROVIDERS}, got {provider!r}")
    containerd_major = config.get_int("containerdMajor") or 2
    if containerd_major not in (1, 2):
        raise ValueError("coderemote:containerdMajor must be 1 or 2")
    domain = config.require("domain")
    hosted_zone = config.require("hostedZone")
    if domain != hosted_zone and not domain.endswith("." + hosted_zone):
        raise ValueError("coderemote:domain must be inside coderemote:hostedZone")
    return StackSettings(
        env=env,
        region=pulumi.Config("aws").require("region"),
        vpc_cidr=vpc_cidr,
        az_count=az_count,
        kubernetes_version=config.require("kubernetesVersion"),
        eks_public_access_cidrs=public_cidrs,
        general_nodes=_pool(config, "generalNodes"),
        sandbox_nodes=_pool(config, "sandboxNodes"),
        gvisor_release=config.require("gvisorRelease"),
        redis_node_type=config.require("redisNodeType"),
        redis_replicas=config.get_int("redisReplicas") or 0,
        redis_auth_token_version=config.get_int("redisAuthTokenVersion") or 1,
        domain=domain,
        hosted_zone=hosted_zone,
        protect=config.get_bool("protect") or False,
        provider=provider,
        containerd_major=containerd_major,
        deploy_role_name=config.require("deployRoleName"),
    )
