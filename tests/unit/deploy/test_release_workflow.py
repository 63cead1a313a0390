"""The release workflow, checked with actionlint (and shellcheck on its scripts where the
machine has it) and by reading its job graph: tests and `pulumi preview` before `pulumi up`,
images built once and promoted by digest, no push over an existing tag, kubectl through the
deploy role's access entry from inside the VPC."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.unit.deploy.conftest import REPO

WORKFLOWS = REPO / ".github" / "workflows"
SCRIPTS = REPO / "scripts"
RELEASE_SCRIPTS = ("release_images.sh", "cluster_addons.sh", "point_dns.sh")


def _actionlint() -> str:
    found = Path(sys.executable).parent / "actionlint"
    if not found.is_file():
        pytest.fail("actionlint is not installed: run `make bootstrap` (dev dependency)")
    return str(found)


def _workflow(name: str) -> dict[str, Any]:
    doc = yaml.safe_load((WORKFLOWS / name).read_text())
    doc["on"] = doc.pop(True, doc.get("on"))
    return dict(doc)


def _runs(job: dict[str, Any]) -> list[str]:
    return [step.get("run", "") for step in job.get("steps", [])]


def test_workflows_pass_actionlint() -> None:
    proc = subprocess.run(
        [_actionlint(), "-no-color", *sorted(str(p) for p in WORKFLOWS.glob("*.yml"))],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_actionlint_catches_a_broken_workflow(tmp_path: Path) -> None:
    broken = (
        (WORKFLOWS / "deploy.yml").read_text().replace("needs: infra\n", "needs: infrastructure\n")
    )
    path = tmp_path / "deploy.yml"
    path.write_text(broken)
    proc = subprocess.run(
        [_actionlint(), "-no-color", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode != 0 and "infrastructure" in proc.stdout


def test_release_scripts_pass_shellcheck() -> None:
    shellcheck = shutil.which("shellcheck")
    if shellcheck is None:
        pytest.fail("shellcheck is not installed: run `make bootstrap`")
    for name in (*RELEASE_SCRIPTS, "bootstrap.sh"):
        proc = subprocess.run(
            [shellcheck, str(SCRIPTS / name)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert proc.returncode == 0, proc.stdout


def test_nothing_is_released_before_the_tests_and_a_preview() -> None:
    jobs = _workflow("deploy.yml")["jobs"]
    assert jobs["test"]["uses"] == "./.github/workflows/ci.yml"
    assert "workflow_call" in _workflow("ci.yml")["on"]
    assert jobs["infra"]["needs"] == "test"
    assert jobs["images"]["needs"] == "infra"
    assert set(jobs["release"]["needs"]) == {"infra", "images"}
    runs = "\n".join(_runs(jobs["infra"]))
    preview, up = runs.find("pulumi preview --stack"), runs.find("pulumi up --yes --stack")
    assert -1 < preview < up, "pulumi up without a preview first"
    for name, job in jobs.items():
        if name != "infra":
            assert "pulumi up" not in "\n".join(_runs(job)), name


def test_images_are_built_once_and_promoted_by_digest() -> None:
    jobs = _workflow("deploy.yml")["jobs"]
    everywhere = "\n".join(r for job in jobs.values() for r in _runs(job))
    # Only the release_images script touches images, and the release uses what it printed.
    assert "docker buildx build" not in everywhere and "docker push" not in everywhere
    assert "scripts/release_images.sh" in "\n".join(_runs(jobs["images"]))
    assert jobs["images"]["outputs"]["api"] == "${{ steps.images.outputs.api }}"
    assert jobs["release"]["env"]["API_IMAGE"] == "${{ needs.images.outputs.api }}"
    assert 'kustomize edit set image "coderemote-api=$API_IMAGE"' in "\n".join(
        _runs(jobs["release"])
    )
    script = (SCRIPTS / "release_images.sh").read_text()
    # dev builds; staging copies dev's, prod copies staging's, and never builds.
    assert re.search(r"dev\) source_stack=\"\" ;;\n\s+staging\) source_stack=dev ;;", script)
    assert "prod) source_stack=staging ;;" in script
    builds = [m.start() for m in re.finditer(r"docker buildx build", script)]
    assert len(builds) == 1
    branch = script.rfind('if [ -n "$source_stack" ]', 0, builds[0])
    assert script.find("elif", branch, builds[0]) != -1, "a promoted environment would build"
    assert (
        'docker buildx imagetools create --tag "$url:$tag" "$registry/$source_repo@$source_digest"'
        in script
    )
    assert 'if [ "$digest" != "$source_digest" ]' in script
    # Every printed image is a digest reference.
    assert 'sha256:*) echo "$image=$url@$digest"' in script


def test_an_existing_tag_is_never_pushed_again() -> None:
    script = (SCRIPTS / "release_images.sh").read_text()
    lookup = script.find('digest=$(digest_of "$repo" "$tag")')
    for push in ("docker buildx build", "docker buildx imagetools create"):
        at = script.find(push)
        assert -1 < lookup < at, push
        guard = script.rfind('[ -z "$digest" ] || [ "$digest" = None ]', lookup, at)
        assert guard != -1, f"{push} is not skipped when the tag exists"


def test_kubectl_runs_inside_the_vpc_as_the_deploy_role() -> None:
    release = _workflow("deploy.yml")["jobs"]["release"]
    assert release["runs-on"].startswith("${{ vars.DEPLOY_RUNNER")
    runs = "\n".join(_runs(release))
    assert "aws eks update-kubeconfig" in runs and "kubectl version --request-timeout" in runs
    order = [
        "aws eks update-kubeconfig",
        "scripts/cluster_addons.sh",
        "create secret generic coderemote-secrets",
        'kubectl apply -k "k8s/overlays/$STACK"',
        "rollout status deployment/coderemote-api",
        "scripts/point_dns.sh",
    ]
    positions = [runs.find(marker) for marker in order]
    assert -1 not in positions and positions == sorted(positions), dict(
        zip(order, positions, strict=True)
    )
    # The per-environment values the overlays leave to the release.
    for path in ("/spec/gcsFaultToleranceOptions/redisAddress", "certificate-arn"):
        assert path in runs, path
    assert '"value\\":\\"rediss://' in runs


def test_cluster_addons_are_pinned_and_use_the_pulumi_role() -> None:
    script = (SCRIPTS / "cluster_addons.sh").read_text()
    for chart in (
        "eks/aws-load-balancer-controller",
        "kuberay/kuberay-operator",
        "metrics-server/metrics-server",
    ):
        line = next(c for c in script.split("helm upgrade --install")[1:] if chart in c)
        assert re.search(r'--version "\$\w+_CHART_VERSION"', line), chart
    versions = dict(re.findall(r"^(\w+_VERSION)=(\S+)", script, re.M))
    assert all(re.match(r"^v?\d+\.\d+\.\d+$", v) for v in versions.values()), versions
    kuberay = tuple(int(x) for x in versions["KUBERAY_CHART_VERSION"].split("."))
    assert kuberay >= (1, 6, 0), "authOptions.secretName needs KubeRay 1.6"
    assert "jq -er .ingressControllerRoleArn" in script
    assert "serviceAccount.name=aws-load-balancer-controller" in script


SAMPLE_OUTPUTS = {
    "apiRoleArn": "arn:aws:iam::123456789012:role/dev-coderemote-api-irsa",
    "poolRoleArn": "arn:aws:iam::123456789012:role/dev-coderemote-pool-irsa",
    "redisEndpoint": "master.dev-coderemote-redis.abc123.euw1.cache.amazonaws.com",
    "certificateArn": "arn:aws:acm:eu-west-1:123456789012:certificate/abc",
}
DIGEST = "sha256:" + "ab" * 32


def test_the_release_edits_render_on_every_overlay(tmp_path: Path) -> None:
    """The release's `kustomize edit` steps, replayed on a copy of k8s/ (values as the stack
    outputs would give them) and rendered: every patch applies and every image is by digest."""
    runs = "\n".join(_runs(_workflow("deploy.yml")["jobs"]["release"]))
    edits = re.findall(
        r'kustomize edit add patch --kind (\w+) --name ([\w-]+) \\\n?\s*--patch "(.*)"', runs
    )
    assert len(edits) == 4, edits

    def fill(patch: str) -> str:
        patch = re.sub(r'\$\(jq -r \.(\w+) "\$out"\)', lambda m: SAMPLE_OUTPUTS[m.group(1)], patch)
        return patch.replace('\\"', '"')

    shutil.copytree(REPO / "k8s", tmp_path / "k8s")
    for env in ("dev", "staging", "prod"):
        path = tmp_path / "k8s" / "overlays" / env / "kustomization.yaml"
        doc = yaml.safe_load(path.read_text())
        for image in doc["images"]:  # what `kustomize edit set image name=repo@digest` writes
            image.pop("newTag")
            image["newName"] = f"123456789012.dkr.ecr.eu-west-1.amazonaws.com/{env}-{image['name']}"
            image["digest"] = DIGEST
        doc["patches"] += [
            {"target": {"kind": kind, "name": name}, "patch": fill(patch)}
            for kind, name, patch in edits
        ]
        path.write_text(yaml.safe_dump(doc))
        out = subprocess.run(
            ["kubectl", "kustomize", str(path.parent)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert out.returncode == 0, out.stderr
        objs = [d for d in yaml.safe_load_all(out.stdout) if d]
        images = re.findall(r"image: (\S+)", out.stdout)
        assert len(images) >= 4 and all(i.endswith("@" + DIGEST) for i in images), images
        by = {(o["kind"], o["metadata"]["name"]): o for o in objs}
        ray = by[("RayCluster", "coderemote-ray")]["spec"]["gcsFaultToleranceOptions"]
        assert ray["redisAddress"] == f"rediss://{SAMPLE_OUTPUTS['redisEndpoint']}:6379"
        ingress = by[("Ingress", "coderemote-api")]["metadata"]["annotations"]
        assert (
            ingress["alb.ingress.kubernetes.io/certificate-arn"] == SAMPLE_OUTPUTS["certificateArn"]
        )
        for account, key in (("coderemote-api", "apiRoleArn"), ("sandbox-pool", "poolRoleArn")):
            annotations = by[("ServiceAccount", account)]["metadata"]["annotations"]
            assert annotations["eks.amazonaws.com/role-arn"] == SAMPLE_OUTPUTS[key]
