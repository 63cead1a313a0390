"""Images, Compose files, the Tiltfile and the GitHub workflows, checked by parsing.

No Docker engine or GitHub runner exists where these tests run, so they check what can be
checked without one: syntax, pinned versions, non-root users and the expected steps.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[3]
IMAGES = REPO / "infra" / "images"
COMPOSE = REPO / "infra" / "compose"
WORKFLOWS = REPO / ".github" / "workflows"
DOCKERFILES = ("api.Dockerfile", "sandbox.Dockerfile")
# An exact version in a tag: 3.11.11-slim-bookworm, 20.20.2-bookworm-slim, 0.13.9, 7.4.2-...
EXACT_TAG = re.compile(r"^v?\d+\.\d+\.\d+([.-][A-Za-z0-9.-]+)?$")


@dataclass
class Instruction:
    keyword: str
    args: str


def parse_dockerfile(text: str) -> list[Instruction]:
    """Instructions of a Dockerfile: comments dropped, `\\` continuations joined."""
    instructions: list[Instruction] = []
    pending = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        line = pending + line
        pending = ""
        keyword, _, args = line.partition(" ")
        instructions.append(Instruction(keyword.upper(), args.strip()))
    assert not pending, "dangling line continuation"
    return instructions


def is_pinned(ref: str) -> bool:
    """A registry reference pinned by digest or by an exact version tag (never `latest`)."""
    if "@sha256:" in ref:
        return re.search(r"@sha256:[0-9a-f]{64}$", ref) is not None
    name = ref.rsplit("/", 1)[-1]
    if ":" not in name:
        return False
    return EXACT_TAG.match(name.split(":", 1)[1]) is not None


def stages(instructions: list[Instruction]) -> list[tuple[str, str | None, list[Instruction]]]:
    """(base image, stage alias, instructions) per build stage."""
    result: list[tuple[str, str | None, list[Instruction]]] = []
    for ins in instructions:
        if ins.keyword == "FROM":
            words = [w for w in ins.args.split() if not w.startswith("--")]
            alias = words[2] if len(words) >= 3 and words[1].upper() == "AS" else None
            result.append((words[0], alias, []))
        elif result:
            result[-1][2].append(ins)
    return result


def test_pin_check_tells_pinned_from_floating() -> None:
    assert is_pinned("python:3.11.11-slim-bookworm")
    assert is_pinned("ghcr.io/astral-sh/uv:0.13.9")
    assert is_pinned("redis@sha256:" + "a" * 64)
    assert not is_pinned("python:3.11-slim")
    assert not is_pinned("python:latest")
    assert not is_pinned("python")
    assert not is_pinned("localhost:5000/python")


@pytest.mark.parametrize("name", DOCKERFILES)
def test_dockerfile_bases_are_pinned_and_the_image_runs_as_non_root(name: str) -> None:
    instructions = parse_dockerfile((IMAGES / name).read_text())
    built = stages(instructions)
    aliases = {alias for _, alias, _ in built if alias}
    for base, _, body in built:
        assert base == "scratch" or base in aliases or is_pinned(base), f"{name}: FROM {base}"
        for ins in body:
            match = re.search(r"--from=(\S+)", ins.args)
            if ins.keyword == "COPY" and match and match.group(1) not in aliases:
                assert is_pinned(match.group(1)), f"{name}: COPY --from={match.group(1)}"
    _, final_alias, final_body = built[-1]
    assert final_alias == "runtime", f"{name}: the last stage is the one that ships"
    users = [ins.args for ins in final_body if ins.keyword == "USER"]
    assert users, f"{name}: final stage sets no USER"
    uid = users[-1].split(":")[0]
    assert uid not in ("0", "root") and uid.isdigit() and int(uid) >= 1000, users[-1]
    entry = [ins.args for ins in final_body if ins.keyword == "ENTRYPOINT"]
    assert entry and entry[-1].startswith("["), f"{name}: ENTRYPOINT must be exec form"


def test_sandbox_image_has_no_shell_and_only_the_agent() -> None:
    built = stages(parse_dockerfile((IMAGES / "sandbox.Dockerfile").read_text()))
    base, _, body = built[-1]
    assert base == "scratch", "the sandbox ships from scratch: no shell, no package manager"
    assert not [i for i in body if i.keyword == "RUN"]
    assert "65534" in [i.args for i in body if i.keyword == "USER"][-1]
    ignore = (IMAGES / "sandbox.Dockerfile.dockerignore").read_text().split()
    assert ignore[-2:] == ["*", "!sandbox/agent.py"]


def test_api_image_serves_on_the_documented_port_and_command() -> None:
    body = stages(parse_dockerfile((IMAGES / "api.Dockerfile").read_text()))[-1][2]
    assert [i.args for i in body if i.keyword == "EXPOSE"] == ["8000"]
    assert [i.args for i in body if i.keyword == "ENTRYPOINT"] == ['["coderemote"]']
    assert [i.args for i in body if i.keyword == "CMD"] == [
        '["serve", "--host", "0.0.0.0", "--port", "8000"]'
    ]
    assert "uv sync --frozen" in (IMAGES / "api.Dockerfile").read_text()


@pytest.mark.parametrize("name", DOCKERFILES)
def test_each_dockerfile_has_its_ignore_file(name: str) -> None:
    ignore = (IMAGES / f"{name}.dockerignore").read_text().split()
    if name == "api.Dockerfile":
        for entry in (".git", ".venv", ".env", "web/node_modules"):
            assert entry in ignore, entry


def _compose(name: str) -> dict:
    return yaml.safe_load((COMPOSE / name).read_text())


def test_compose_builds_from_the_repository_with_the_real_dockerfiles() -> None:
    for name in ("docker-compose.yml", "docker-compose.test.yml"):
        doc = _compose(name)
        for service in doc["services"].values():
            build = service.get("build")
            if build:
                context = (COMPOSE / build["context"]).resolve()
                assert context == REPO, name
                assert (context / build["dockerfile"]).is_file(), build["dockerfile"]
            image = service.get("image", "")
            if not build:
                assert is_pinned(image), f"{name}: image {image} is not pinned"


def test_compose_marks_the_relaxed_mode_and_uses_gvisor_when_asked() -> None:
    text = (COMPOSE / "docker-compose.yml").read_text()
    services = _compose("docker-compose.yml")["services"]
    assert set(services) == {"redis", "api-gvisor", "api-relaxed"}
    assert services["api-gvisor"]["runtime"] == "runsc"
    assert services["api-gvisor"]["profiles"] == ["gvisor"]
    relaxed = services["api-relaxed"]
    assert relaxed["profiles"] == ["relaxed"]
    assert relaxed["environment"]["SANDBOX_RELAXED_MODE"] == "true"
    assert relaxed["labels"]["dev.coderemote.sandbox"] == "relaxed-unsafe"
    assert text.count("NOT A SECURITY BOUNDARY") >= 2
    for name in ("api-gvisor", "api-relaxed"):
        api = services[name]
        assert api["user"].split(":")[0] not in ("0", "root")
        assert api["read_only"] is True and api["cap_drop"] == ["ALL"]
        assert all(p.startswith("127.0.0.1:") for p in api["ports"]), "published beyond loopback"
        assert api["environment"]["CODEREMOTE_STORE"] == "redis"
    assert "ports" not in services["redis"]


def test_compose_test_file_runs_the_suites() -> None:
    tests = _compose("docker-compose.test.yml")["services"]["tests"]
    assert tests["build"]["target"] == "test"
    assert tests["command"][0].endswith("pytest")
    assert "tests/integration" in tests["command"]


def test_tiltfile_is_valid_starlark_syntax_and_targets_the_dev_overlay() -> None:
    source = (REPO / "Tiltfile").read_text()
    tree = ast.parse(source, filename="Tiltfile")
    calls = {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert {"docker_build", "docker_build_with_restart", "k8s_yaml", "kustomize", "sync"} <= calls
    assert "allow_k8s_contexts" in calls, "Tilt must refuse non-local clusters"
    assert 'kustomize("k8s/overlays/dev")' in source
    for dockerfile in re.findall(r'dockerfile="([^"]+)"', source):
        assert (REPO / dockerfile).is_file(), dockerfile


def _workflow(name: str) -> dict:
    doc = yaml.safe_load((WORKFLOWS / name).read_text())
    # YAML 1.1 reads the bare key `on` as True.
    doc["on"] = doc.pop(True, doc.get("on"))
    return doc


def _steps(doc: dict) -> list[dict]:
    return [step for job in doc["jobs"].values() for step in job.get("steps", [])]


@pytest.mark.parametrize("name", ["ci.yml", "deploy.yml"])
def test_workflow_actions_are_pinned_and_permissions_minimal(name: str) -> None:
    doc = _workflow(name)
    assert doc["permissions"]["contents"] == "read"
    for step in _steps(doc):
        if "uses" in step:
            ref = step["uses"].split("@", 1)
            assert len(ref) == 2 and re.match(r"^(v\d+\.\d+\.\d+|[0-9a-f]{40})$", ref[1]), step


def test_ci_workflow_runs_make_test() -> None:
    doc = _workflow("ci.yml")
    assert "pull_request" in doc["on"] and doc["on"]["push"]["branches"] == ["main"]
    runs = [step.get("run", "") for step in _steps(doc)]
    assert any(run.strip() == "make test" for run in runs)
    assert any("kubectl" in run and "sha256sum --check" in run for run in runs)


def test_deploy_workflow_releases_each_environment_from_its_branch() -> None:
    doc = _workflow("deploy.yml")
    assert doc["on"]["push"]["branches"] == ["release/dev", "release/staging", "release/prod"]
    assert doc["concurrency"]["cancel-in-progress"] is False
    assert doc["env"]["IMAGE_TAG"] == "${{ github.sha }}"
    for env in ("dev", "staging", "prod"):
        assert f"'{env}'" in doc["env"]["STACK"]
    jobs = doc["jobs"]
    # Only the jobs that talk to AWS get an OIDC token.
    assert "id-token" not in doc["permissions"]
    for name in ("infra", "images", "release"):
        assert jobs[name]["permissions"]["id-token"] == "write", name
    script = "\n".join(step.get("run", "") for step in jobs["release"]["steps"])
    assert "::add-mask::" in script
    # The overlays each name a stack that exists.
    for env in ("dev", "staging", "prod"):
        assert (REPO / "k8s" / "overlays" / env / "kustomization.yaml").is_file()
        assert (REPO / "infra" / f"Pulumi.{env}.yaml").is_file()
