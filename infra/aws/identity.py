"""Cognito user pool and the web app's public client (SRP sign-in, no client secret)."""

from __future__ import annotations

from dataclasses import dataclass

import pulumi
import pulumi_aws as aws

from infra.naming import resource_name


@dataclass(frozen=True)
class AwsCognitoIdentityArgs:
    """Inputs of `AwsCognitoIdentity`.

    Attributes:
        env: Environment name.
        region: AWS region (the app builds the issuer URL from it).
        protect: Refuse deletion of the user pool (prod).
    """

    env: str
    region: str
    protect: bool = False


class AwsCognitoIdentity(pulumi.ComponentResource):
    """A user pool with e-mail sign-in and a public app client for the browser."""

    user_pool_id: pulumi.Output[str]
    client_id: pulumi.Output[str]
    region: str

    def __init__(
        self,
        name: str,
        args: AwsCognitoIdentityArgs,
        opts: pulumi.ResourceOptions | None = None,
    ) -> None:
        """Create the user pool and app client."""
        super().__init__("coderemote:aws:CognitoIdentity", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)
        self.region = args.region
        pool_name = resource_name(args.env, "users")
        pool = aws.cognito.UserPool(
            pool_name,
            name=pool_name,
            username_attributes=["email"],
            auto_verified_attributes=["email"],
            password_policy={
                "minimum_length": 12,
                "require_lowercase": True,
                "require_uppercase": True,
                "require_numbers": True,
                "require_symbols": False,
                "temporary_password_validity_days": 3,
            },
            mfa_configuration="OPTIONAL",
            software_token_mfa_configuration={"enabled": True},
            account_recovery_setting={
                "recovery_mechanisms": [{"name": "verified_email", "priority": 1}]
            },
            deletion_protection="ACTIVE" if args.protect else "INACTIVE",
            opts=child,
        )
        client = aws.cognito.UserPoolClient(
            resource_name(args.env, "web-client"),
            name=resource_name(args.env, "web-client"),
            user_pool_id=pool.id,
            # A browser cannot keep a secret, so the client has none and uses SRP.
            generate_secret=False,
            explicit_auth_flows=["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
            # "User does not exist" and "wrong password" look the same to a caller.
            prevent_user_existence_errors="ENABLED",
            enable_token_revocation=True,
            access_token_validity=1,
            id_token_validity=1,
            refresh_token_validity=30,
            token_validity_units={
                "access_token": "hours",
                "id_token": "hours",
                "refresh_token": "days",
            },
            opts=child,
        )
        self.user_pool_id = pool.id
        self.client_id = client.id
        self.register_outputs({"userPoolId": self.user_pool_id, "clientId": self.client_id})
