"""The program composes through a `CloudProvider` chosen by stack config: each test here runs
against the AWS provider and the in-memory one (`any_run`), reading both through views.py."""

from __future__ import annotations

import ast

import pytest

from infra import conventions as cv
from tests.unit.infra import views
from tests.unit.infra.conftest import provider_config
from tests.unit.infra.pulumi_mocks import INFRA, ProgramFailedError, StackRun, run_program

EXPORTS = {
    "apiEndpoint",
    "domain",
    "region",
    "ecrRepositoryUrl",
    "ecrSandboxRepositoryUrl",
    "eksClusterName",
    "vpcId",
    "privateSubnetIds",
    "redisEndpoint",
    "redisPort",
    "cognitoUserPoolId",
    "cognitoClientId",
    "cognitoRegion",
    "apiRoleArn",
    "poolRoleArn",
    "ingressControllerRoleArn",
    "deployRunnerSecurityGroupId",
    "certificateArn",
    "hostedZoneId",
    "secretArns",
}


def test_both_providers_export_what_the_release_reads(any_run: StackRun) -> None:
    env, out = any_run.env, any_run.outputs
    config = provider_config(env, any_run.provider)
    assert set(out) == EXPORTS
    assert out["apiEndpoint"] == f"https://{config['coderemote:domain']}"
    assert out["eksClusterName"] == f"{env}-coderemote-eks"
    assert out["ecrRepositoryUrl"].endswith(f"/{env}-coderemote-api")
    assert out["ecrSandboxRepositoryUrl"].endswith(f"/{env}-coderemote-sandbox")
    assert out["redisPort"] == 6379
    assert len(out["privateSubnetIds"]) == int(config["coderemote:azCount"])
    assert set(out["secretArns"]) == set(cv.APP_SECRETS)
    assert len(set(out["secretArns"].values())) == len(cv.APP_SECRETS)
    assert out["apiRoleArn"] != out["poolRoleArn"]
    for key in EXPORTS - {"redisPort", "privateSubnetIds", "secretArns"}:
        assert isinstance(out[key], str) and out[key], key


def test_each_workload_reads_only_its_secrets(any_run: StackRun) -> None:
    assert views.grants(any_run) == {
        cv.API_SERVICE_ACCOUNT: set(cv.APP_SECRETS),
        cv.POOL_SERVICE_ACCOUNT: {"gemini-api-key"},
    }


def test_the_cache_admits_the_cluster_and_reads_its_token_from_the_store(
    any_run: StackRun,
) -> None:
    assert views.cache_clients(any_run) == [views.cluster_node_group(any_run)]
    assert views.cache_token_secret(any_run) == "redis-auth-token"


def test_the_release_role_administers_the_cluster(any_run: StackRun) -> None:
    config = provider_config(any_run.env, any_run.provider)
    assert views.deploy_admin(any_run) == config["coderemote:deployRoleName"]


def test_sandbox_nodes_get_the_pinned_gvisor_for_their_containerd(any_run: StackRun) -> None:
    config = provider_config(any_run.env, any_run.provider)
    assert views.sandbox_runtime(any_run) == (
        config["coderemote:gvisorRelease"],
        int(config["coderemote:containerdMajor"]),
    )


def test_the_certificate_covers_the_domain_in_its_zone(any_run: StackRun) -> None:
    config = provider_config(any_run.env, any_run.provider)
    assert views.certificate_for(any_run) == (
        config["coderemote:domain"],
        config["coderemote:hostedZone"],
    )


def test_the_memory_provider_builds_nothing(runs: dict[tuple[str, str], StackRun]) -> None:
    for (provider, _), run in runs.items():
        kinds = {r.type.split(":", 1)[0] for r in run.resources}
        assert kinds == ({"memory"} if provider == "memory" else {"aws", "coderemote"})
        if provider == "memory":
            assert not run.calls, "the in-memory provider called a cloud API"


def test_the_composition_names_no_cloud() -> None:
    """`__main__.py` and `program.py` reach a cloud only through `infra.providers`."""
    for name in ("__main__.py", "program.py"):
        tree = ast.parse((INFRA / name).read_text())
        imported = {
            node.module
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module
        } | {a.name for node in ast.walk(tree) if isinstance(node, ast.Import) for a in node.names}
        assert not {
            m for m in imported if m.startswith(("infra.aws", "infra.memory", "pulumi_"))
        }, (
            name,
            imported,
        )


def test_an_unknown_provider_fails_the_program() -> None:
    config = {**provider_config("dev", "aws"), "coderemote:provider": "gcp"}
    with pytest.raises(ProgramFailedError, match="coderemote:provider"):
        run_program("dev", config)
