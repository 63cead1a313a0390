"""ElastiCache Redis: private, TLS in transit, KMS at rest, AUTH token from Secrets Manager."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pulumi
import pulumi_aws as aws

from infra.interfaces import Network
from infra.naming import resource_name

REDIS_PORT = 6379


@dataclass(frozen=True)
class AwsRedisCacheArgs:
    """Inputs of `AwsRedisCache`.

    Attributes:
        env: Environment name.
        network: The cache goes in its private subnets only.
        client_security_group_ids: The only sources allowed to connect (the cluster's nodes).
        auth_token: The Redis AUTH token, read from Secrets Manager (never from config).
        auth_token_version: Bump to rotate: the token is write-only and never stored in state.
        node_type: Instance class, e.g. `cache.t4g.small`.
        replicas: Read replicas; with one or more, failover across AZs is turned on.
        snapshot_retention_days: Daily snapshots kept (0 turns them off).
    """

    env: str
    network: Network
    client_security_group_ids: Sequence[pulumi.Output[str]]
    auth_token: pulumi.Output[str]
    auth_token_version: int
    node_type: str
    replicas: int = 0
    snapshot_retention_days: int = 0


class AwsRedisCache(pulumi.ComponentResource):
    """A Redis replication group that only the cluster can reach, with TLS and AUTH required."""

    endpoint: pulumi.Output[str]
    port: int

    def __init__(
        self, name: str, args: AwsRedisCacheArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None:
        """Create the subnet group, security group, KMS key and replication group."""
        super().__init__("coderemote:aws:RedisCache", name, None, opts)
        env = args.env
        child = pulumi.ResourceOptions(parent=self)
        self.port = REDIS_PORT

        subnets = aws.elasticache.SubnetGroup(
            resource_name(env, "redis-subnets"),
            name=resource_name(env, "redis-subnets"),
            subnet_ids=args.network.private_subnet_ids,
            opts=child,
        )
        sg_name = resource_name(env, "redis-sg")
        security_group = aws.ec2.SecurityGroup(
            sg_name,
            name=sg_name,
            vpc_id=args.network.vpc_id,
            description="Redis: reachable from the EKS nodes only",
            # No CIDR rules at all: sources are named by security group, never by address.
            ingress=[
                {
                    "protocol": "tcp",
                    "from_port": REDIS_PORT,
                    "to_port": REDIS_PORT,
                    "security_groups": list(args.client_security_group_ids),
                    "description": "Redis from the cluster",
                }
            ],
            egress=[],
            tags={"Name": sg_name},
            opts=child,
        )
        key = aws.kms.Key(
            resource_name(env, "redis-key"),
            description=f"Encrypts {env} Code Remote Redis data at rest",
            enable_key_rotation=True,
            deletion_window_in_days=30,
            opts=child,
        )
        group_id = resource_name(env, "redis")
        group = aws.elasticache.ReplicationGroup(
            group_id,
            replication_group_id=group_id,
            description=f"Code Remote {env} rooms and rate limits",
            engine="redis",
            engine_version="7.1",
            node_type=args.node_type,
            port=REDIS_PORT,
            num_cache_clusters=1 + args.replicas,
            automatic_failover_enabled=args.replicas > 0,
            multi_az_enabled=args.replicas > 0,
            subnet_group_name=subnets.name,
            security_group_ids=[security_group.id],
            at_rest_encryption_enabled=True,
            kms_key_id=key.arn,
            transit_encryption_enabled=True,
            transit_encryption_mode="required",
            # Write-only: sent to AWS, never written to the Pulumi state or its history.
            auth_token_wo=args.auth_token,
            auth_token_wo_version=args.auth_token_version,
            auth_token_update_strategy="ROTATE",
            snapshot_retention_limit=args.snapshot_retention_days,
            auto_minor_version_upgrade=True,
            apply_immediately=False,
            tags={"Name": group_id},
            opts=child,
        )
        self.endpoint = group.primary_endpoint_address
        self.register_outputs({"endpoint": self.endpoint})
