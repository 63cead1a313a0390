"""IAM roles for Kubernetes service accounts (IRSA): one role per workload identity."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import pulumi
import pulumi_aws as aws

from infra.interfaces import KubernetesCluster
from infra.naming import resource_name


@dataclass(frozen=True)
class AwsServiceAccountRoleArgs:
    """Inputs of `AwsServiceAccountRole`.

    Attributes:
        env: Environment name.
        role: Short kebab-case purpose, e.g. `api` (named `{env}-coderemote-{role}-irsa`).
        cluster: The cluster whose OIDC issuer signs the service-account tokens.
        namespace: Kubernetes namespace of the service account.
        service_account: Its name; only this exact account can assume the role.
        readable_secret_arns: Secrets Manager secrets the workload may read.
        kms_key_arns: Keys needed to decrypt those secrets.
    """

    env: str
    role: str
    cluster: KubernetesCluster
    namespace: str
    service_account: str
    readable_secret_arns: Sequence[pulumi.Output[str]] = field(default_factory=list)
    kms_key_arns: Sequence[pulumi.Output[str]] = field(default_factory=list)


def service_account_trust_policy(
    provider_arn: str, issuer_url: str, namespace: str, account: str
) -> str:
    """An IAM trust policy that only `{namespace}/{account}` tokens from the issuer satisfy."""
    issuer = issuer_url.removeprefix("https://")
    # Both conditions: `sub` pins the exact service account, `aud` the STS audience, so a token
    # minted for anything else in the cluster cannot assume this role.
    return json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"Federated": provider_arn},
                    "Action": "sts:AssumeRoleWithWebIdentity",
                    "Condition": {
                        "StringEquals": {
                            f"{issuer}:sub": f"system:serviceaccount:{namespace}:{account}",
                            f"{issuer}:aud": "sts.amazonaws.com",
                        }
                    },
                }
            ],
        }
    )


def _read_policy(secret_arns: list[str], key_arns: list[str]) -> str:
    statements: list[dict[str, Any]] = [
        {
            "Effect": "Allow",
            "Action": ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"],
            "Resource": secret_arns,
        }
    ]
    if key_arns:
        statements.append(
            {
                "Effect": "Allow",
                "Action": ["kms:Decrypt"],
                "Resource": key_arns,
                # Only when Secrets Manager asks on the workload's behalf.
                "Condition": {"StringLike": {"kms:ViaService": "secretsmanager.*.amazonaws.com"}},
            }
        )
    return json.dumps({"Version": "2012-10-17", "Statement": statements})


class AwsServiceAccountRole(pulumi.ComponentResource):
    """An IAM role only `{namespace}/{service_account}` can assume, reading only named secrets."""

    role_arn: pulumi.Output[str]

    def __init__(
        self,
        name: str,
        args: AwsServiceAccountRoleArgs,
        opts: pulumi.ResourceOptions | None = None,
    ) -> None:
        """Create the role and its inline read policy."""
        super().__init__("coderemote:aws:ServiceAccountRole", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)
        role_name = resource_name(args.env, f"{args.role}-irsa")
        trust = pulumi.Output.all(
            args.cluster.oidc_provider_arn, args.cluster.oidc_issuer_url
        ).apply(
            lambda v: service_account_trust_policy(v[0], v[1], args.namespace, args.service_account)
        )
        role = aws.iam.Role(
            role_name,
            name=role_name,
            assume_role_policy=trust,
            description=f"IRSA for {args.namespace}/{args.service_account}",
            opts=child,
        )
        if args.readable_secret_arns:
            secrets = pulumi.Output.all(*args.readable_secret_arns)
            keys = pulumi.Output.all(*args.kms_key_arns)
            aws.iam.RolePolicy(
                resource_name(args.env, f"{args.role}-irsa-secrets"),
                role=role.id,
                policy=pulumi.Output.all(secrets, keys).apply(
                    lambda v: _read_policy(list(v[0]), list(v[1]))
                ),
                opts=child,
            )
        self.role_arn = role.arn
        self.register_outputs({"roleArn": self.role_arn})
