"""EKS: private control-plane access, a general node group and a tainted gVisor node group."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field

import pulumi
import pulumi_aws as aws

from infra.aws.workload_identity import service_account_trust_policy
from infra.conventions import (
    INGRESS_CONTROLLER_NAMESPACE,
    INGRESS_CONTROLLER_SERVICE_ACCOUNT,
    SANDBOX_NODE_LABEL_KEY,
    SANDBOX_NODE_LABEL_VALUE,
    SANDBOX_TAINT_KEY,
    SANDBOX_TAINT_VALUE,
)
from infra.interfaces import Network
from infra.naming import resource_name
from infra.settings import NodePoolSettings

# The EKS API spells Kubernetes' NoSchedule like this.
_NO_SCHEDULE = "NO_SCHEDULE"

# Cluster admin: the release applies cluster-scoped objects (namespaces, the RuntimeClass,
# the admission policy) as well as namespaced ones.
DEPLOY_ACCESS_POLICY = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy"

# NetworkPolicy enforcement by the VPC CNI's policy agent. Strict mode: a new pod's traffic is
# denied until its policies are in place (standard mode lets a new pod talk freely until
# then, so a fresh sandbox could reach the network for a moment before its deny-all applies).
VPC_CNI_CONFIGURATION = {
    "enableNetworkPolicy": "true",
    "env": {"NETWORK_POLICY_ENFORCING_MODE": "strict"},
}


@dataclass(frozen=True)
class AwsEksClusterArgs:
    """Inputs of `AwsEksCluster`.

    Attributes:
        env: Environment name.
        cluster_name: EKS cluster name (`{env}-coderemote-eks`).
        network: Where the cluster lives; nodes go in its private subnets only.
        kubernetes_version: Control-plane version, e.g. `1.33`.
        general_nodes: Size of the node group for the API, Ray and system pods.
        sandbox_nodes: Size of the gVisor node group for sandbox pods only.
        gvisor_user_data: Base64 launch-template user data that installs gVisor.
        deploy_role_arn: The release workflow's role; gets an access entry as cluster admin.
        public_access_cidrs: Ranges allowed to reach the Kubernetes API from the internet;
            empty keeps the endpoint private (reachable from inside the VPC only).
        protect: Turn on deletion protection (prod).
    """

    env: str
    cluster_name: str
    network: Network
    kubernetes_version: str
    general_nodes: NodePoolSettings
    sandbox_nodes: NodePoolSettings
    gvisor_user_data: str
    deploy_role_arn: pulumi.Input[str]
    public_access_cidrs: list[str] = field(default_factory=list)
    protect: bool = False


def _assume_role_policy(service: str) -> str:
    return json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"Service": service},
                    "Action": ["sts:AssumeRole", "sts:TagSession"],
                }
            ],
        }
    )


def _issuer(identities: Sequence[aws.eks.outputs.ClusterIdentity]) -> str:
    """The OIDC issuer URL EKS reports once the cluster exists."""
    oidcs = identities[0].oidcs or []
    if not oidcs or not oidcs[0].issuer:
        raise ValueError("EKS reported no OIDC issuer for the cluster")
    return str(oidcs[0].issuer)


class AwsEksCluster(pulumi.ComponentResource):
    """The Kubernetes cluster and its two managed node groups."""

    name: pulumi.Output[str]
    endpoint: pulumi.Output[str]
    oidc_issuer_url: pulumi.Output[str]
    oidc_provider_arn: pulumi.Output[str]
    node_security_group_id: pulumi.Output[str]
    deploy_runner_security_group_id: pulumi.Output[str]
    ingress_controller_role_arn: pulumi.Output[str]

    def __init__(
        self, name: str, args: AwsEksClusterArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None:
        """Create the control plane, OIDC provider, add-ons and node groups."""
        super().__init__("coderemote:aws:EksCluster", name, None, opts)
        env = args.env
        child = pulumi.ResourceOptions(parent=self)

        cluster_role = aws.iam.Role(
            resource_name(env, "eks-cluster-role"),
            name=resource_name(env, "eks-cluster-role"),
            assume_role_policy=_assume_role_policy("eks.amazonaws.com"),
            opts=child,
        )
        self._attach(env, "eks-cluster-role", cluster_role, ["AmazonEKSClusterPolicy"], child)
        # Envelope encryption of Kubernetes Secrets in etcd with a key we control.
        secrets_key = aws.kms.Key(
            resource_name(env, "eks-secrets-key"),
            description=f"Encrypts Kubernetes Secrets of {args.cluster_name}",
            enable_key_rotation=True,
            deletion_window_in_days=30,
            opts=child,
        )
        public = bool(args.public_access_cidrs)
        cluster = aws.eks.Cluster(
            args.cluster_name,
            name=args.cluster_name,
            version=args.kubernetes_version,
            role_arn=cluster_role.arn,
            vpc_config={
                "subnet_ids": args.network.private_subnet_ids,
                "endpoint_private_access": True,
                "endpoint_public_access": public,
                "public_access_cidrs": args.public_access_cidrs if public else None,
            },
            encryption_config={
                "provider": {"key_arn": secrets_key.arn},
                "resources": ["secrets"],
            },
            # Access entries (not the aws-auth ConfigMap) decide who administers the cluster,
            # and only the explicit ones below: an implicit entry for the creator would collide
            # with the deploy role's when the release workflow is what creates the cluster.
            access_config={
                "authentication_mode": "API",
                "bootstrap_cluster_creator_admin_permissions": False,
            },
            enabled_cluster_log_types=["api", "audit", "authenticator"],
            deletion_protection=args.protect,
            tags={"Name": args.cluster_name},
            opts=child,
        )
        self.name = cluster.name
        self.endpoint = cluster.endpoint
        self.oidc_issuer_url = cluster.identities.apply(_issuer)
        self.node_security_group_id = cluster.vpc_config.apply(
            lambda vpc: str(vpc.cluster_security_group_id)
        )
        oidc = aws.iam.OpenIdConnectProvider(
            resource_name(env, "eks-oidc"),
            url=self.oidc_issuer_url,
            client_id_lists=["sts.amazonaws.com"],
            opts=child,
        )
        self.oidc_provider_arn = oidc.arn

        # NetworkPolicies (k8s/components/network-policies) are enforced by the VPC CNI's
        # policy agent, which is off unless asked for. EKS installs vpc-cni itself when the
        # cluster is created, so creating the add-on must take over those fields (OVERWRITE)
        # or the first `pulumi up` fails on a conflict.
        aws.eks.Addon(
            resource_name(env, "eks-vpc-cni"),
            cluster_name=cluster.name,
            addon_name="vpc-cni",
            configuration_values=json.dumps(VPC_CNI_CONFIGURATION),
            resolve_conflicts_on_create="OVERWRITE",
            resolve_conflicts_on_update="OVERWRITE",
            opts=child,
        )

        # The release workflow's kubectl: without an access entry only the cluster's creator
        # is admin, and a deploy role that did not create the cluster is refused.
        entry = aws.eks.AccessEntry(
            resource_name(env, "eks-deploy-access"),
            cluster_name=cluster.name,
            principal_arn=args.deploy_role_arn,
            type="STANDARD",
            opts=child,
        )
        aws.eks.AccessPolicyAssociation(
            resource_name(env, "eks-deploy-admin"),
            cluster_name=cluster.name,
            principal_arn=entry.principal_arn,
            policy_arn=DEPLOY_ACCESS_POLICY,
            access_scope={"type": "cluster"},
            opts=child,
        )

        # The API endpoint is private: a self-hosted runner inside the VPC joins this group,
        # and the cluster's group accepts HTTPS from it (by group, never by address).
        runner_sg_name = resource_name(env, "deploy-runner-sg")
        runner_sg = aws.ec2.SecurityGroup(
            runner_sg_name,
            name=runner_sg_name,
            vpc_id=args.network.vpc_id,
            description="Deploy runner: may reach the Kubernetes API (HTTPS)",
            ingress=[],
            egress=[
                {
                    "protocol": "tcp",
                    "from_port": 443,
                    "to_port": 443,
                    "cidr_blocks": ["0.0.0.0/0"],
                    "description": "HTTPS: Kubernetes API, AWS APIs, GitHub",
                }
            ],
            tags={"Name": runner_sg_name},
            opts=child,
        )
        aws.vpc.SecurityGroupIngressRule(
            resource_name(env, "eks-api-from-runner"),
            security_group_id=self.node_security_group_id,
            referenced_security_group_id=runner_sg.id,
            ip_protocol="tcp",
            from_port=443,
            to_port=443,
            description="Kubernetes API from the deploy runner",
            opts=child,
        )
        self.deploy_runner_security_group_id = runner_sg.id

        # The AWS Load Balancer Controller (installed by scripts/cluster_addons.sh) turns the
        # Ingress into an ALB under this role; its permissions policy is the controller
        # release's own, attached by the same script.
        ingress_role_name = resource_name(env, "ingress-controller-irsa")
        ingress_role = aws.iam.Role(
            ingress_role_name,
            name=ingress_role_name,
            assume_role_policy=pulumi.Output.all(
                self.oidc_provider_arn, self.oidc_issuer_url
            ).apply(
                lambda v: service_account_trust_policy(
                    v[0], v[1], INGRESS_CONTROLLER_NAMESPACE, INGRESS_CONTROLLER_SERVICE_ACCOUNT
                )
            ),
            description="IRSA for kube-system/aws-load-balancer-controller",
            opts=child,
        )
        self.ingress_controller_role_arn = ingress_role.arn

        node_role = aws.iam.Role(
            resource_name(env, "eks-node-role"),
            name=resource_name(env, "eks-node-role"),
            assume_role_policy=_assume_role_policy("ec2.amazonaws.com"),
            opts=child,
        )
        self._attach(
            env,
            "eks-node-role",
            node_role,
            [
                "AmazonEKSWorkerNodePolicy",
                "AmazonEKS_CNI_Policy",
                "AmazonEC2ContainerRegistryPullOnly",
            ],
            child,
        )
        general_lt = self._launch_template(env, "general", args.general_nodes, None, child)
        sandbox_lt = self._launch_template(
            env, "sandbox", args.sandbox_nodes, args.gvisor_user_data, child
        )
        self._node_group(
            env, "general", cluster, node_role, args, args.general_nodes, general_lt,
            labels={SANDBOX_NODE_LABEL_KEY: "general"}, taints=[], opts=child,
        )  # fmt: skip
        self._node_group(
            env, "sandbox", cluster, node_role, args, args.sandbox_nodes, sandbox_lt,
            labels={SANDBOX_NODE_LABEL_KEY: SANDBOX_NODE_LABEL_VALUE},
            # Only pods that tolerate this (the gVisor RuntimeClass adds the toleration) may
            # run on the sandbox nodes: nothing else shares a kernel with untrusted code.
            taints=[aws.eks.NodeGroupTaintArgs(
                key=SANDBOX_TAINT_KEY, value=SANDBOX_TAINT_VALUE, effect=_NO_SCHEDULE)],
            opts=child,
        )  # fmt: skip
        self.register_outputs({"name": self.name, "endpoint": self.endpoint})

    @staticmethod
    def _attach(
        env: str,
        role_part: str,
        role: aws.iam.Role,
        policies: list[str],
        opts: pulumi.ResourceOptions,
    ) -> None:
        for policy in policies:
            slug = policy.lower().replace("_", "-").removeprefix("amazon")
            aws.iam.RolePolicyAttachment(
                resource_name(env, f"{role_part}-{slug}"),
                role=role.name,
                policy_arn=f"arn:aws:iam::aws:policy/{policy}",
                opts=opts,
            )

    @staticmethod
    def _launch_template(
        env: str,
        pool: str,
        size: NodePoolSettings,
        user_data: str | None,
        opts: pulumi.ResourceOptions,
    ) -> aws.ec2.LaunchTemplate:
        name = resource_name(env, f"{pool}-nodes-lt")
        return aws.ec2.LaunchTemplate(
            name,
            name=name,
            # IMDSv2 only, and a hop limit of 1: a pod (one network hop further than the node)
            # cannot fetch the node role's credentials (../shared/SECURITY.md #37).
            metadata_options={
                "http_endpoint": "enabled",
                "http_tokens": "required",
                "http_put_response_hop_limit": 1,
                "instance_metadata_tags": "disabled",
            },
            block_device_mappings=[
                {
                    "device_name": "/dev/xvda",
                    "ebs": {
                        "volume_size": size.disk_gib,
                        "volume_type": "gp3",
                        "encrypted": "true",
                        "delete_on_termination": "true",
                    },
                }
            ],
            user_data=user_data,
            tag_specifications=[{"resource_type": "instance", "tags": {"Name": name}}],
            update_default_version=True,
            opts=opts,
        )

    @staticmethod
    def _node_group(
        env: str,
        pool: str,
        cluster: aws.eks.Cluster,
        role: aws.iam.Role,
        args: AwsEksClusterArgs,
        size: NodePoolSettings,
        template: aws.ec2.LaunchTemplate,
        labels: dict[str, str],
        taints: list[aws.eks.NodeGroupTaintArgs],
        opts: pulumi.ResourceOptions,
    ) -> aws.eks.NodeGroup:
        name = resource_name(env, f"{pool}-nodes")
        return aws.eks.NodeGroup(
            name,
            node_group_name=name,
            cluster_name=cluster.name,
            node_role_arn=role.arn,
            subnet_ids=args.network.private_subnet_ids,
            ami_type="AL2023_x86_64_STANDARD",
            instance_types=size.instance_types,
            scaling_config={
                "min_size": size.min_size,
                "desired_size": size.desired_size,
                "max_size": size.max_size,
            },
            update_config={"max_unavailable": 1},
            launch_template={"id": template.id, "version": template.latest_version.apply(str)},
            labels=labels,
            taints=taints,
            tags={"Name": name},
            opts=pulumi.ResourceOptions.merge(
                opts, pulumi.ResourceOptions(ignore_changes=["scalingConfig.desiredSize"])
            ),
        )
