"""Provider-neutral views of a mocked run, so one test checks the composition on every provider.

Each view reads what the program asked a provider to build: from the AWS resources' inputs
for `aws` runs, from the in-memory provider's ledger for `memory` runs.
"""

from __future__ import annotations

import json

from infra.memory import handle
from tests.unit.infra.pulumi_mocks import StackRun


def _secret_names(run: StackRun) -> dict[str, str]:
    """Secret identifier -> secret name, from the exported `secretArns`."""
    return {arn: name for name, arn in run.outputs["secretArns"].items()}


def grants(run: StackRun) -> dict[str, set[str]]:
    """Service account -> the secrets its workload identity may read."""
    names = _secret_names(run)
    result: dict[str, set[str]] = {}
    if run.provider == "memory":
        for built in run.of_type("memory:workload-identity"):
            result[built.inputs["service_account"]] = {names[a] for a in built.inputs["readable"]}
        return result
    for role in run.of_type("aws:iam/role:Role"):
        if not role.name.endswith("-irsa") or "ingress-controller" in role.name:
            continue
        trust = json.loads(role.inputs["assumeRolePolicy"])
        conditions = trust["Statement"][0]["Condition"]["StringEquals"]
        subject = next(v for k, v in conditions.items() if k.endswith(":sub"))
        account = subject.rsplit(":", 1)[1]
        policy = run.named(f"{role.name}-secrets")
        document = json.loads(policy.inputs["policy"])
        result[account] = {
            names[arn]
            for statement in document["Statement"]
            if "secretsmanager:GetSecretValue" in statement["Action"]
            for arn in statement["Resource"]
        }
    return result


def cache_clients(run: StackRun) -> list[str]:
    """Network groups the cache admits."""
    if run.provider == "memory":
        (cache,) = run.of_type("memory:cache")
        return list(cache.inputs["client_groups"])
    group = next(
        g for g in run.of_type("aws:ec2/securityGroup:SecurityGroup") if g.name.endswith("redis-sg")
    )
    return [s for rule in group.inputs["ingress"] for s in rule["securityGroups"]]


def cluster_node_group(run: StackRun) -> str:
    """The cluster's node (and pod) network group."""
    if run.provider == "memory":
        (cluster,) = run.of_type("memory:cluster")
        return handle("nodes", cluster.name)
    (cluster,) = run.of_type("aws:eks/cluster:Cluster")
    return str(cluster.state["vpcConfig"]["clusterSecurityGroupId"])


def cache_token_secret(run: StackRun) -> str:
    """Name of the secret the cache's AUTH token is read from."""
    names = _secret_names(run)
    if run.provider == "memory":
        (cache,) = run.of_type("memory:cache")
        return names[cache.inputs["auth_token_secret"]]
    (read,) = [c for c in run.calls if c[0].endswith("getSecretVersion")]
    return names[read[1]["secretId"]]


def deploy_admin(run: StackRun) -> str:
    """Name of the role the cluster makes admin for the release workflow."""
    if run.provider == "memory":
        (cluster,) = run.of_type("memory:cluster")
        return str(cluster.inputs["deploy_role_name"])
    (entry,) = run.of_type("aws:eks/accessEntry:AccessEntry")
    (association,) = run.of_type("aws:eks/accessPolicyAssociation:AccessPolicyAssociation")
    assert association.inputs["principalArn"] == entry.inputs["principalArn"]
    assert association.inputs["policyArn"].endswith("/AmazonEKSClusterAdminPolicy")
    assert association.inputs["accessScope"] == {"type": "cluster"}
    return str(entry.inputs["principalArn"]).rsplit("role/", 1)[1]


def sandbox_runtime(run: StackRun) -> tuple[str, int]:
    """(gVisor release, containerd major) the sandbox nodes are built for."""
    if run.provider == "memory":
        (cluster,) = run.of_type("memory:cluster")
        return cluster.inputs["gvisor_release"], cluster.inputs["containerd_major"]
    from tests.unit.infra.user_data import parse_sandbox_user_data

    data = parse_sandbox_user_data(run)
    return data.release, data.containerd_major


def certificate_for(run: StackRun) -> tuple[str, str]:
    """(host name, DNS zone) of the certificate."""
    if run.provider == "memory":
        (cert,) = run.of_type("memory:certificate")
        return cert.inputs["domain"], cert.inputs["zone"]
    (cert,) = run.of_type("aws:acm/certificate:Certificate")
    (zone,) = [c[1] for c in run.calls if c[0] == "aws:route53/getZone:getZone"]
    return cert.inputs["domainName"], zone["name"]
