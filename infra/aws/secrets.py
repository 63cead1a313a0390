"""Secrets Manager entries for the app's secrets; values are set by operators, never here."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import pulumi
import pulumi_aws as aws

from infra.conventions import APP_SECRETS
from infra.naming import resource_name


@dataclass(frozen=True)
class AwsSecretsArgs:
    """Inputs of `AwsSecrets`.

    Attributes:
        env: Environment name.
        names: Secrets to create (kebab-case).
        recovery_window_days: How long a deleted secret can be restored (0 deletes at once).
    """

    env: str
    names: tuple[str, ...] = APP_SECRETS
    recovery_window_days: int = 7
    tags: Mapping[str, str] = field(default_factory=dict)


class AwsSecrets(pulumi.ComponentResource):
    """A customer-managed KMS key and one empty Secrets Manager secret per name.

    No `SecretVersion` is created: putting a value in a Pulumi program would put it in the
    program's state and history. Operators set values with `aws secretsmanager
    put-secret-value`; resources that need a value read it at deploy time (`secret_value`).
    """

    secret_arns: dict[str, pulumi.Output[str]]
    kms_key_arn: pulumi.Output[str]

    def __init__(
        self, name: str, args: AwsSecretsArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None:
        """Create the key and the (empty) secrets."""
        super().__init__("coderemote:aws:Secrets", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)
        key = aws.kms.Key(
            resource_name(args.env, "secrets-key"),
            description=f"Encrypts {args.env} Code Remote secrets",
            enable_key_rotation=True,
            deletion_window_in_days=30,
            opts=child,
        )
        aws.kms.Alias(
            resource_name(args.env, "secrets-key-alias"),
            name=f"alias/{resource_name(args.env, 'secrets')}",
            target_key_id=key.key_id,
            opts=child,
        )
        self.kms_key_arn = key.arn
        self.secret_arns = {}
        for secret_name in args.names:
            full = resource_name(args.env, secret_name)
            secret = aws.secretsmanager.Secret(
                full,
                name=full,
                description=f"Code Remote {args.env}: {secret_name} (value set by an operator)",
                kms_key_id=key.arn,
                recovery_window_in_days=args.recovery_window_days,
                tags=dict(args.tags),
                opts=child,
            )
            self.secret_arns[secret_name] = secret.arn
        self.register_outputs({"secretArns": self.secret_arns})

    def secret_value(self, name: str) -> pulumi.Output[str]:
        """The current value of secret `name`, read at deploy time and marked secret.

        Raises:
            KeyError: `name` is not one of this store's secrets.
        """
        arn = self.secret_arns[name]
        version = aws.secretsmanager.get_secret_version_output(secret_id=arn)
        return pulumi.Output.secret(version.secret_string)
