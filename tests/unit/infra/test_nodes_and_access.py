"""What a first `pulumi up` on AWS needs to work: gVisor registered with containerd through
nodeadm, NetworkPolicy in strict mode, kubectl access for the release, the certificate."""

from __future__ import annotations

import json
import tomllib

import pytest
import yaml

from infra import conventions as cv
from infra.aws.gvisor_user_data import runsc_containerd_config, sandbox_user_data
from infra.naming import resource_name
from tests.unit.infra.pulumi_mocks import ACCOUNT, HOSTED_ZONE_ID, REPO, StackRun
from tests.unit.infra.user_data import CRI_V2, CRI_V3, parse_sandbox_user_data, parse_user_data


def _runtime_class_handler() -> str:
    doc = yaml.safe_load((REPO / "k8s/components/gvisor/runtimeclass.yaml").read_text())
    return str(doc["handler"])


def test_runsc_is_registered_through_a_nodeadm_node_config(stack: StackRun) -> None:
    data = parse_sandbox_user_data(stack)
    # nodeadm merges every application/node.eks.aws part; the shell part runs before
    # nodeadm-run starts containerd.
    assert data.content_types == ["application/node.eks.aws", "text/x-shellscript"]
    assert data.node_config["apiVersion"] == "node.eks.aws/v1alpha1"
    assert data.node_config["kind"] == "NodeConfig"
    assert set(data.node_config["spec"]) == {"containerd"}, "EKS supplies the cluster part"
    runtime = data.runtime(_runtime_class_handler())
    assert runtime["runtime_type"] == "io.containerd.runsc.v1"
    assert runtime["options"]["ConfigPath"] == data.runsc_config["path"]
    # containerd 2 (the stacks' containerdMajor) reads the 2.x plugin id only.
    assert set(data.containerd["plugins"]) == {CRI_V3}
    # The old bug: a drop-in under config.d that nodeadm's config never imports.
    assert "config.d" not in data.script
    assert "sha512sum --check runsc.sha512 containerd-shim-runsc-v1.sha512" in data.script
    general = stack.named(resource_name(stack.env, "general-nodes-lt"))
    assert not general.inputs.get("userData"), "general nodes must not get gVisor"


def test_runsc_gives_sandboxes_no_network(stack: StackRun) -> None:
    config = parse_sandbox_user_data(stack).runsc_config["runsc_config"]
    assert config == {"platform": "systrap", "network": "none"}


@pytest.mark.parametrize(("major", "plugin", "other"), [(1, CRI_V2, CRI_V3), (2, CRI_V3, CRI_V2)])
def test_containerd_section_matches_the_containerd_version(
    major: int, plugin: str, other: str
) -> None:
    parsed = tomllib.loads(runsc_containerd_config(major))
    runtimes = parsed["plugins"][plugin]["containerd"]["runtimes"]
    assert runtimes[cv.GVISOR_HANDLER]["runtime_type"] == "io.containerd.runsc.v1"
    # nodeadm refuses 2.x plugin ids on containerd 1.7 and picks its template by them.
    assert other not in parsed["plugins"]
    data = parse_user_data(sandbox_user_data("20261012.0", major))
    assert data.containerd_major == major
    with pytest.raises(ValueError, match="containerd"):
        runsc_containerd_config(3)


def test_vpc_cni_enforces_network_policy_strictly_from_creation(stack: StackRun) -> None:
    (addon,) = stack.of_type("aws:eks/addon:Addon")
    assert addon.inputs["addonName"] == "vpc-cni"
    # EKS installs vpc-cni with the cluster: creating the add-on must take its fields over.
    assert addon.inputs["resolveConflictsOnCreate"] == "OVERWRITE"
    values = json.loads(addon.inputs["configurationValues"])
    assert values["enableNetworkPolicy"] == "true"
    assert values["env"]["NETWORK_POLICY_ENFORCING_MODE"] == "strict"


def test_the_deploy_role_gets_an_access_entry(stack: StackRun) -> None:
    (cluster,) = stack.of_type("aws:eks/cluster:Cluster")
    assert cluster.inputs["accessConfig"]["authenticationMode"] == "API"
    # EKS would add its own entry for the creator: when the release workflow (the deploy
    # role) creates the cluster, the explicit entry below would then be refused as a duplicate.
    assert cluster.inputs["accessConfig"]["bootstrapClusterCreatorAdminPermissions"] is False
    (entry,) = stack.of_type("aws:eks/accessEntry:AccessEntry")
    assert entry.inputs["clusterName"] == cluster.inputs["name"]
    assert entry.inputs["principalArn"] == f"arn:aws:iam::{ACCOUNT}:role/coderemote-deploy"
    assert entry.inputs["type"] == "STANDARD"


def test_a_runner_in_the_vpc_can_reach_the_private_api(stack: StackRun) -> None:
    (cluster,) = stack.of_type("aws:eks/cluster:Cluster")
    runner = stack.named(resource_name(stack.env, "deploy-runner-sg"))
    assert not runner.inputs.get("ingress")
    (rule,) = stack.of_type("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule")
    assert rule.inputs["securityGroupId"] == cluster.state["vpcConfig"]["clusterSecurityGroupId"]
    assert rule.inputs["referencedSecurityGroupId"] == f"{runner.name}-id"
    assert (rule.inputs["fromPort"], rule.inputs["toPort"]) == (443, 443)
    assert "cidrIpv4" not in rule.inputs
    assert stack.outputs["deployRunnerSecurityGroupId"] == f"{runner.name}-id"


def test_the_ingress_controller_role_is_pinned_to_its_service_account(stack: StackRun) -> None:
    role = stack.named(resource_name(stack.env, "ingress-controller-irsa"))
    conditions = json.loads(role.inputs["assumeRolePolicy"])["Statement"][0]["Condition"]
    subject = next(v for k, v in conditions["StringEquals"].items() if k.endswith(":sub"))
    assert subject == (
        f"system:serviceaccount:{cv.INGRESS_CONTROLLER_NAMESPACE}:"
        f"{cv.INGRESS_CONTROLLER_SERVICE_ACCOUNT}"
    )
    assert stack.outputs["ingressControllerRoleArn"] == role.state["arn"]


def test_the_certificate_is_dns_validated_before_it_is_exported(stack: StackRun) -> None:
    (cert,) = stack.of_type("aws:acm/certificate:Certificate")
    assert cert.inputs["validationMethod"] == "DNS"
    assert not cert.inputs.get("subjectAlternativeNames")
    (record,) = stack.of_type("aws:route53/record:Record")
    option = cert.state["domainValidationOptions"][0]
    assert record.inputs["zoneId"] == HOSTED_ZONE_ID
    assert (record.inputs["name"], record.inputs["type"]) == (
        option["resourceRecordName"],
        option["resourceRecordType"],
    )
    (validation,) = stack.of_type("aws:acm/certificateValidation:CertificateValidation")
    assert validation.inputs["validationRecordFqdns"] == [record.state["fqdn"]]
    # The exported ARN comes from the validation, so it exists only once ACM issued it.
    assert stack.outputs["certificateArn"] == validation.state["arn"] == cert.state["arn"]
    assert stack.outputs["hostedZoneId"] == HOSTED_ZONE_ID
