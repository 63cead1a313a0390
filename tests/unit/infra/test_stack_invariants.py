"""Invariants of the Pulumi program, checked on every stack's mocked run (see conftest.py)."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
import yaml
from pulumi.runtime import config as runtime_config
from pulumi.runtime import settings as runtime_settings

from infra import conventions as cv
from infra.aws.gvisor_user_data import install_script
from infra.naming import resource_name
from infra.settings import load_settings
from tests.unit.infra.pulumi_mocks import (
    INFRA,
    REPO,
    SECRET_SENTINEL,
    ProgramFailedError,
    StackRun,
    run_program,
    stack_config,
)

SECRET_SIG = "4dabf18193072939515e22adb298388d"  # Pulumi's marker of a secret value on the wire


def _walk(value: Any) -> list[Any]:
    """Every scalar inside nested dicts and lists."""
    if isinstance(value, dict):
        return [x for v in value.values() for x in _walk(v)]
    if isinstance(value, list):
        return [x for v in value for x in _walk(v)]
    return [value]


def test_every_resource_follows_the_naming_scheme(stack: StackRun) -> None:
    pattern = re.compile(rf"^{stack.env}-{cv.SERVICE}-[a-z0-9]+(-[a-z0-9]+)*$")
    for r in stack.resources:
        assert pattern.match(r.name), f"{r.type} logical name {r.name!r}"
        for key in ("name", "replicationGroupId", "nodeGroupName"):
            physical = r.inputs.get(key)
            if physical is None or r.type == "aws:route53/record:Record":
                continue  # a DNS record's name is a host name, given by ACM
            if r.type == "aws:kms/alias:Alias":
                assert physical == f"alias/{resource_name(stack.env, 'secrets')}"
            else:
                assert pattern.match(physical), f"{r.type} {key}={physical!r}"
        tag_name = (r.inputs.get("tags") or {}).get("Name")
        if tag_name is not None:
            assert pattern.match(tag_name), f"{r.type} tag Name={tag_name!r}"
    assert len(stack.outputs["eksClusterName"]) <= 100
    assert all(len(r.inputs.get("replicationGroupId", "")) <= 40 for r in stack.resources)


def test_naming_refuses_names_outside_the_scheme() -> None:
    assert resource_name("prod", "redis") == "prod-coderemote-redis"
    with pytest.raises(ValueError, match="environment"):
        resource_name("production", "redis")
    with pytest.raises(ValueError, match="kebab-case"):
        resource_name("dev", "Redis_Cache")


def test_nothing_that_should_be_private_is_public(stack: StackRun) -> None:
    private_ids = {
        f"{r.name}-id" for r in stack.of_type("aws:ec2/subnet:Subnet") if "-private-" in r.name
    }
    assert len(private_ids) >= 2
    for subnet in stack.of_type("aws:ec2/subnet:Subnet"):
        assert subnet.inputs["mapPublicIpOnLaunch"] is False, subnet.name
    (cluster,) = stack.of_type("aws:eks/cluster:Cluster")
    vpc = cluster.inputs["vpcConfig"]
    assert vpc["endpointPrivateAccess"] is True
    assert set(vpc["subnetIds"]) <= private_ids
    if vpc["endpointPublicAccess"]:
        assert "0.0.0.0/0" not in vpc.get("publicAccessCidrs", ["0.0.0.0/0"])
    for group in stack.of_type("aws:eks/nodeGroup:NodeGroup"):
        assert set(group.inputs["subnetIds"]) <= private_ids, group.name
        assert "remoteAccess" not in group.inputs, "SSH to nodes"
    (subnet_group,) = stack.of_type("aws:elasticache/subnetGroup:SubnetGroup")
    assert set(subnet_group.inputs["subnetIds"]) <= private_ids
    for sg in stack.of_type("aws:ec2/securityGroup:SecurityGroup"):
        for rule in sg.inputs.get("ingress", []):
            assert not rule.get("cidrBlocks") and not rule.get("ipv6CidrBlocks"), sg.name
            assert rule.get("securityGroups"), f"{sg.name}: ingress not limited to a group"
    redis_sg = stack.named(resource_name(stack.env, "redis-sg"))
    assert redis_sg.inputs["ingress"][0]["securityGroups"] == [
        cluster.state["vpcConfig"]["clusterSecurityGroupId"]
    ]
    assert not stack.of_type("aws:ecr/repositoryPolicy:RepositoryPolicy")
    assert not stack.of_type("aws:ec2/instance:Instance")
    (client,) = stack.of_type("aws:cognito/userPoolClient:UserPoolClient")
    assert client.inputs["generateSecret"] is False
    assert "ALLOW_USER_PASSWORD_AUTH" not in client.inputs["explicitAuthFlows"]


def test_encryption_is_on_everywhere(stack: StackRun) -> None:
    (redis,) = stack.of_type("aws:elasticache/replicationGroup:ReplicationGroup")
    assert redis.inputs["atRestEncryptionEnabled"] is True
    assert redis.inputs["transitEncryptionEnabled"] is True
    assert redis.inputs["transitEncryptionMode"] == "required"
    assert redis.inputs["kmsKeyId"].startswith("arn:")
    (cluster,) = stack.of_type("aws:eks/cluster:Cluster")
    assert cluster.inputs["encryptionConfig"]["resources"] == ["secrets"]
    assert cluster.inputs["encryptionConfig"]["provider"]["keyArn"].startswith("arn:")
    for secret in stack.of_type("aws:secretsmanager/secret:Secret"):
        assert secret.inputs["kmsKeyId"].startswith("arn:"), secret.name
    for repo in stack.of_type("aws:ecr/repository:Repository"):
        assert repo.inputs["encryptionConfigurations"] == [{"encryptionType": "KMS"}]
        assert repo.inputs["imageScanningConfiguration"] == {"scanOnPush": True}
        assert repo.inputs["imageTagMutability"] == "IMMUTABLE"
    for template in stack.of_type("aws:ec2/launchTemplate:LaunchTemplate"):
        for disk in template.inputs["blockDeviceMappings"]:
            assert disk["ebs"]["encrypted"] == "true", template.name
    for key in stack.of_type("aws:kms/key:Key"):
        assert key.inputs["enableKeyRotation"] is True, key.name


def test_sandbox_nodes_are_tainted_and_labelled(stack: StackRun) -> None:
    groups = {g.name: g for g in stack.of_type("aws:eks/nodeGroup:NodeGroup")}
    sandbox = groups[resource_name(stack.env, "sandbox-nodes")]
    general = groups[resource_name(stack.env, "general-nodes")]
    assert sandbox.inputs["taints"] == [
        {"key": cv.SANDBOX_TAINT_KEY, "value": cv.SANDBOX_TAINT_VALUE, "effect": "NO_SCHEDULE"}
    ]
    assert sandbox.inputs["labels"] == {cv.SANDBOX_NODE_LABEL_KEY: cv.SANDBOX_NODE_LABEL_VALUE}
    assert not general.inputs.get("taints")
    assert general.inputs["labels"][cv.SANDBOX_NODE_LABEL_KEY] != cv.SANDBOX_NODE_LABEL_VALUE
    # The manifests schedule sandboxes with the same key/value (k8s/components/gvisor).
    runtime_class = yaml.safe_load((REPO / "k8s/components/gvisor/runtimeclass.yaml").read_text())
    assert runtime_class["scheduling"]["nodeSelector"] == sandbox.inputs["labels"]
    toleration = runtime_class["scheduling"]["tolerations"][0]
    taint = sandbox.inputs["taints"][0]
    assert (toleration["key"], toleration["value"]) == (taint["key"], taint["value"])


def test_every_node_requires_imdsv2_with_hop_limit_one(stack: StackRun) -> None:
    templates = {f"{t.name}-id": t for t in stack.of_type("aws:ec2/launchTemplate:LaunchTemplate")}
    groups = stack.of_type("aws:eks/nodeGroup:NodeGroup")
    assert len(groups) == 2
    for group in groups:
        # A group without our template would get EKS's default one (hop limit 2).
        template = templates[group.inputs["launchTemplate"]["id"]]
        options = template.inputs["metadataOptions"]
        assert options["httpTokens"] == "required", template.name
        assert options["httpPutResponseHopLimit"] == 1, template.name


def test_gvisor_release_must_be_pinned() -> None:
    with pytest.raises(ValueError, match="release"):
        install_script("latest")


def test_secrets_are_only_secrets_manager_references(stack: StackRun) -> None:
    assert not stack.of_type("aws:secretsmanager/secretVersion:SecretVersion")
    names = {s.inputs["name"] for s in stack.of_type("aws:secretsmanager/secret:Secret")}
    assert names == {
        resource_name(stack.env, n)
        for n in ("gemini-api-key", "redis-auth-token", "ray-auth-token", "invite-secret")
    }
    # The Redis token is read from Secrets Manager and handed over as a write-only, secret
    # input of the replication group, and appears nowhere else.
    (redis,) = stack.of_type("aws:elasticache/replicationGroup:ReplicationGroup")
    assert "authToken" not in redis.inputs
    token = redis.inputs["authTokenWo"]
    assert token.get(SECRET_SIG) and token["value"] == SECRET_SENTINEL
    reads = [c for c in stack.calls if c[0].endswith("getSecretVersion")]
    assert [c[1]["secretId"] for c in reads] == [
        next(
            s.state["arn"]
            for s in stack.of_type("aws:secretsmanager/secret:Secret")
            if s.inputs["name"].endswith("redis-auth-token")
        )
    ]
    for r in stack.resources:
        if r is redis:
            continue
        assert SECRET_SENTINEL not in json.dumps(r.inputs, default=str), r.name
    assert SECRET_SENTINEL not in json.dumps(stack.outputs, default=str)


def test_stack_config_holds_no_secret_values() -> None:
    for path in INFRA.glob("Pulumi*.yaml"):
        text = path.read_text()
        assert "secure:" not in text, path.name
        for key in yaml.safe_load(text).get("config") or {}:
            # Only knobs about secrets (a rotation counter) may mention them, never a value.
            if re.search(r"(token|password|secret|apikey|api-key)", key, re.I):
                assert key.endswith("Version"), key


def test_workload_identities_are_pinned_to_one_service_account(stack: StackRun) -> None:
    roles = {r.name: r for r in stack.of_type("aws:iam/role:Role")}
    secret_arns = stack.outputs["secretArns"]
    expected = {
        "api": (cv.API_SERVICE_ACCOUNT, set(secret_arns.values())),
        "pool": (cv.POOL_SERVICE_ACCOUNT, {secret_arns["gemini-api-key"]}),
    }
    for role_part, (account, readable) in expected.items():
        role = roles[resource_name(stack.env, f"{role_part}-irsa")]
        trust = json.loads(role.inputs["assumeRolePolicy"])
        (statement,) = trust["Statement"]
        assert statement["Action"] == "sts:AssumeRoleWithWebIdentity"
        conditions = statement["Condition"]["StringEquals"]
        subject = next(v for k, v in conditions.items() if k.endswith(":sub"))
        audience = next(v for k, v in conditions.items() if k.endswith(":aud"))
        assert subject == f"system:serviceaccount:{cv.APP_NAMESPACE}:{account}"
        assert audience == "sts.amazonaws.com"
        policy = stack.named(resource_name(stack.env, f"{role_part}-irsa-secrets"))
        document = json.loads(policy.inputs["policy"])
        granted = {
            arn
            for s in document["Statement"]
            if "secretsmanager:GetSecretValue" in s["Action"]
            for arn in s["Resource"]
        }
        assert granted == readable
        assert "*" not in _walk(document["Statement"])


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("coderemote:eksPublicAccessCidrs", '["0.0.0.0/0"]', "everyone"),
        ("coderemote:vpcCidr", "10.0.0.0/24", "vpcCidr"),
        ("coderemote:azCount", "1", "azCount"),
        ("coderemote:containerdMajor", "3", "containerdMajor"),
        ("coderemote:hostedZone", "other.example.org", "hostedZone"),
        ("coderemote:provider", "gcp", "provider"),
    ],
)
def test_settings_refuse_unsafe_config(key: str, value: str, message: str) -> None:
    runtime_settings.reset_options(project="coderemote", stack="dev")
    runtime_config.set_all_config({**stack_config("dev"), key: value})
    with pytest.raises(ValueError, match=message):
        load_settings()


def test_a_broken_stack_config_fails_the_program() -> None:
    config = stack_config("staging")
    del config["coderemote:gvisorRelease"]
    with pytest.raises(ProgramFailedError, match="ConfigMissingError") as failure:
        run_program("staging", config)
    assert "coderemote:gvisorRelease" in str(failure.value)


def test_documented_bootstrap_targets_name_real_resources(stacks: dict[str, StackRun]) -> None:
    """docs/deploy.md creates the secrets first with `pulumi up --target <urn>`: those URNs
    must be the program's, or the first deployment stops at step 5."""
    doc = (REPO / "docs" / "deploy.md").read_text()
    prefix = re.search(r'S="(urn:pulumi:[^"]+)"', doc)
    assert prefix is not None
    targets = re.findall(r'--target "\$S([^"]*)"', doc)
    assert len(targets) == 7
    run = stacks["dev"]
    for target in targets:
        urn = (prefix.group(1) + target.replace("\\$", "$")).replace("$ENV", "dev")
        assert urn in run.urns, urn
    secret_urns = {u for u in run.urns if "aws:secretsmanager/secret:Secret::" in u}
    documented = {(prefix.group(1) + t.replace("\\$", "$")).replace("$ENV", "dev") for t in targets}
    assert secret_urns <= documented, "a secret the docs forget to create first"
