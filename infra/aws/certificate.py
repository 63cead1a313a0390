"""ACM certificate for the public host name, validated through its Route 53 hosted zone."""

from __future__ import annotations

from dataclasses import dataclass

import pulumi
import pulumi_aws as aws

from infra.naming import resource_name


@dataclass(frozen=True)
class AwsCertificateArgs:
    """Inputs of `AwsCertificate`.

    Attributes:
        env: Environment name.
        domain: The app's host name (the Ingress host).
        zone: Name of the public hosted zone that holds `domain` (it must already exist:
            registering a domain or delegating a zone is outside this program).
    """

    env: str
    domain: str
    zone: str


class AwsCertificate(pulumi.ComponentResource):
    """A DNS-validated certificate; `pulumi up` waits until ACM has issued it."""

    arn: pulumi.Output[str]
    zone_id: pulumi.Output[str]

    def __init__(
        self, name: str, args: AwsCertificateArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None:
        """Create the certificate, its validation records and the wait for issuance."""
        super().__init__("coderemote:aws:Certificate", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)
        zone = aws.route53.get_zone_output(name=args.zone, private_zone=False)
        cert_name = resource_name(args.env, "cert")
        cert = aws.acm.Certificate(
            cert_name,
            domain_name=args.domain,
            validation_method="DNS",
            key_algorithm="EC_prime256v1",
            tags={"Name": cert_name},
            # A renamed domain gets its new certificate before the old one goes away.
            opts=pulumi.ResourceOptions(parent=self, delete_before_replace=False),
        )
        # One name only (no SANs), so exactly one validation record.
        option = cert.domain_validation_options[0]
        record = aws.route53.Record(
            resource_name(args.env, "cert-validation"),
            zone_id=zone.zone_id,
            name=option.resource_record_name,
            type=option.resource_record_type,
            records=[option.resource_record_value],
            ttl=300,
            allow_overwrite=True,
            opts=child,
        )
        validation = aws.acm.CertificateValidation(
            resource_name(args.env, "cert-issued"),
            certificate_arn=cert.arn,
            validation_record_fqdns=[record.fqdn],
            opts=child,
        )
        self.arn = validation.certificate_arn
        self.zone_id = zone.zone_id
        self.register_outputs({"arn": self.arn, "zoneId": self.zone_id})
