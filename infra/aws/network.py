"""VPC with public subnets (load balancers, NAT only) and private subnets (everything else)."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

import pulumi
import pulumi_aws as aws

from infra.naming import resource_name


@dataclass(frozen=True)
class AwsNetworkArgs:
    """Inputs of `AwsNetwork`.

    Attributes:
        env: Environment name, used in resource names.
        cidr_block: The VPC range; /16 recommended (EKS gives every pod a VPC address).
        az_count: Availability zones to span (2 or 3).
        cluster_name: EKS cluster name, for the subnet tags the load balancer controller reads.
    """

    env: str
    cidr_block: str
    az_count: int
    cluster_name: str


class AwsNetwork(pulumi.ComponentResource):
    """A VPC whose workloads have no public addresses; egress goes through one NAT gateway."""

    vpc_id: pulumi.Output[str]
    cidr_block: str
    private_subnet_ids: list[pulumi.Output[str]]
    public_subnet_ids: list[pulumi.Output[str]]

    def __init__(
        self, name: str, args: AwsNetworkArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None:
        """Create the VPC, subnets, gateways and route tables."""
        super().__init__("coderemote:aws:Network", name, None, opts)
        env = args.env
        child = pulumi.ResourceOptions(parent=self)
        self.cidr_block = args.cidr_block

        vpc_name = resource_name(env, "vpc")
        vpc = aws.ec2.Vpc(
            vpc_name,
            cidr_block=args.cidr_block,
            enable_dns_hostnames=True,
            enable_dns_support=True,
            tags={"Name": vpc_name},
            opts=child,
        )
        self.vpc_id = vpc.id
        zones = aws.get_availability_zones_output(state="available")

        # Large private subnets (pods take VPC addresses), small public ones (ALB, NAT).
        network = ipaddress.IPv4Network(args.cidr_block)
        private_ranges = list(network.subnets(new_prefix=network.prefixlen + 2))
        public_ranges = list(private_ranges[3].subnets(new_prefix=network.prefixlen + 6))

        igw_name = resource_name(env, "igw")
        igw = aws.ec2.InternetGateway(igw_name, vpc_id=vpc.id, tags={"Name": igw_name}, opts=child)
        public_rt_name = resource_name(env, "public-rt")
        public_rt = aws.ec2.RouteTable(
            public_rt_name,
            vpc_id=vpc.id,
            routes=[{"cidr_block": "0.0.0.0/0", "gateway_id": igw.id}],
            tags={"Name": public_rt_name},
            opts=child,
        )

        self.public_subnet_ids = []
        self.private_subnet_ids = []
        private_subnets: list[aws.ec2.Subnet] = []
        for i in range(args.az_count):
            zone = zones.names[i]
            public_name = resource_name(env, f"public-{i}")
            public = aws.ec2.Subnet(
                public_name,
                vpc_id=vpc.id,
                cidr_block=str(public_ranges[i]),
                availability_zone=zone,
                # Nothing launched here gets a public IP by default; the ALB and NAT bring theirs.
                map_public_ip_on_launch=False,
                tags={
                    "Name": public_name,
                    "kubernetes.io/role/elb": "1",
                    f"kubernetes.io/cluster/{args.cluster_name}": "shared",
                },
                opts=child,
            )
            aws.ec2.RouteTableAssociation(
                resource_name(env, f"public-{i}-rta"),
                subnet_id=public.id,
                route_table_id=public_rt.id,
                opts=child,
            )
            self.public_subnet_ids.append(public.id)

            private_name = resource_name(env, f"private-{i}")
            private = aws.ec2.Subnet(
                private_name,
                vpc_id=vpc.id,
                cidr_block=str(private_ranges[i]),
                availability_zone=zone,
                map_public_ip_on_launch=False,
                tags={
                    "Name": private_name,
                    "kubernetes.io/role/internal-elb": "1",
                    f"kubernetes.io/cluster/{args.cluster_name}": "shared",
                },
                opts=child,
            )
            private_subnets.append(private)
            self.private_subnet_ids.append(private.id)

        # One NAT gateway: outbound HTTPS (ECR, Gemini, Cognito JWKS) for private subnets.
        # Per-AZ NAT costs more than the traffic we have; the trade-off is documented.
        eip_name = resource_name(env, "nat-eip")
        eip = aws.ec2.Eip(eip_name, domain="vpc", tags={"Name": eip_name}, opts=child)
        nat_name = resource_name(env, "nat")
        nat = aws.ec2.NatGateway(
            nat_name,
            allocation_id=eip.id,
            subnet_id=self.public_subnet_ids[0],
            tags={"Name": nat_name},
            opts=pulumi.ResourceOptions(parent=self, depends_on=[igw]),
        )
        private_rt_name = resource_name(env, "private-rt")
        private_rt = aws.ec2.RouteTable(
            private_rt_name,
            vpc_id=vpc.id,
            routes=[{"cidr_block": "0.0.0.0/0", "nat_gateway_id": nat.id}],
            tags={"Name": private_rt_name},
            opts=child,
        )
        for i, subnet in enumerate(private_subnets):
            aws.ec2.RouteTableAssociation(
                resource_name(env, f"private-{i}-rta"),
                subnet_id=subnet.id,
                route_table_id=private_rt.id,
                opts=child,
            )
        self.register_outputs({"vpcId": self.vpc_id, "privateSubnetIds": self.private_subnet_ids})
