"""The local loops, checked as far as can be without Docker or Tilt: the Tiltfile's effective
API command parsed by the CLI's own parser, its restart marker where the pod can see it, the
Secrets it writes holding every key the manifests read, and Compose services that drop every
capability running as a non-root user."""

from __future__ import annotations

import ast
import re
from pathlib import PurePosixPath
from typing import Any

import pytest
import yaml

from realtime.cli import _parser
from tests.unit.deploy.conftest import REPO
from tests.unit.deploy.test_images_release_local import parse_dockerfile, stages
from tests.unit.deploy.test_k8s_manifests import one

Obj = dict[str, Any]
TILTFILE = REPO / "Tiltfile"


def _tilt_call(name: str) -> dict[str, Any]:
    """Keyword arguments (literals only) of the Tiltfile's one call to `name`."""
    tree = ast.parse(TILTFILE.read_text(), filename="Tiltfile")
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name
    ]
    assert len(calls) == 1, name
    kwargs = {}
    for keyword in calls[0].keywords:
        try:
            kwargs[keyword.arg] = ast.literal_eval(keyword.value)
        except ValueError:
            continue  # not a literal (e.g. live_update steps)
    return kwargs


def api_container(objs: list[Obj]) -> Obj:
    spec = one(objs, "Deployment", "coderemote-api")["spec"]["template"]["spec"]
    return dict(spec["containers"][0])


def effective_argv(entrypoint: list[str], container: Obj) -> list[str]:
    """What the container runs: Tilt's entrypoint becomes `command`, the manifest's `args`
    follow it (Kubernetes semantics when both are set)."""
    return [*entrypoint, *container.get("args", [])]


def test_tilt_runs_one_valid_serve_command(rendered: dict[str, list[Obj]]) -> None:
    build = _tilt_call("docker_build_with_restart")
    argv = effective_argv(build["entrypoint"], api_container(rendered["dev"]))
    assert argv[0] == "coderemote"
    args = _parser().parse_args(argv[1:])  # exits (SystemExit) on `serve ... serve ...`
    assert args.command == "serve"
    assert (args.host, args.port) == ("0.0.0.0", 8000)
    assert argv.count("serve") == 1


def test_the_cli_parser_refuses_a_doubled_serve(rendered: dict[str, list[Obj]]) -> None:
    """The old Tiltfile's entrypoint (`coderemote serve ...`) in front of the args."""
    argv = effective_argv(
        ["coderemote", "serve", "--host", "0.0.0.0", "--port", "8000"],
        api_container(rendered["dev"]),
    )
    with pytest.raises(SystemExit):
        _parser().parse_args(argv[1:])


def test_tilt_restart_marker_is_visible_and_writable(rendered: dict[str, list[Obj]]) -> None:
    build = _tilt_call("docker_build_with_restart")
    marker = PurePosixPath(build["restart_file"])
    mounts = [PurePosixPath(m["mountPath"]) for m in api_container(rendered["dev"])["volumeMounts"]]
    # A volume over the marker's directory hides the file the image holds (the wrapper then
    # watches a file that does not exist).
    assert not any(marker.is_relative_to(m) for m in mounts), (marker, mounts)
    # The image stage Tilt builds creates the marker's directory for the app user.
    assert build["target"] == "dev"
    built = stages(parse_dockerfile((REPO / build["dockerfile"]).read_text()))
    (dev,) = [body for _, alias, body in built if alias == "dev"]
    runs = " ".join(i.args for i in dev if i.keyword == "RUN")
    assert f"install -d -o 10001 -g 10001 {marker.parent}" in runs
    users = [i.args for i in dev if i.keyword == "USER"]
    assert users and users[-1].startswith("10001")
    # The packages live update syncs into belong to that user as well.
    for src, dest in re.findall(r'sync\("(\w+)", SITE \+ "(/\w+)"\)', TILTFILE.read_text()):
        assert f"site-packages{dest}" in runs, src
    # The shipped image is still the last stage, so a plain build never produces `dev`.
    assert built[-1][1] == "runtime"


def _tilt_local_objects() -> list[Obj]:
    """The ConfigMap and Secrets the Tiltfile writes (its `blob(...)` YAML)."""
    match = re.search(r'k8s_yaml\(blob\("""(.*?)"""', TILTFILE.read_text(), re.S)
    assert match is not None
    return [d for d in yaml.safe_load_all(match.group(1).replace("%s", "x")) if d]


def _secret_keys_read(objs: list[Obj]) -> set[tuple[str, str]]:
    """(secret, key) of every required secretKeyRef anywhere in the rendered objects."""
    found: set[tuple[str, str]] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("secretKeyRef")
            if isinstance(ref, dict) and not ref.get("optional"):
                found.add((ref["name"], ref["key"]))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(objs)
    return found


def test_tilt_writes_every_secret_key_the_manifests_read(rendered: dict[str, list[Obj]]) -> None:
    written = {
        (o["metadata"]["name"], key)
        for o in _tilt_local_objects()
        if o["kind"] == "Secret"
        for key in o["stringData"]
    }
    needed = _secret_keys_read(rendered["dev"])
    assert ("coderemote-secrets", "redis-password") in needed
    assert needed <= written, needed - written


def test_the_release_writes_every_secret_key_the_manifests_read(
    rendered: dict[str, list[Obj]],
) -> None:
    script = (REPO / ".github" / "workflows" / "deploy.yml").read_text()
    written: set[tuple[str, str]] = set()
    for name, body in re.findall(r"create secret generic (\S+) \\\n(.*?)--dry-run", script, re.S):
        written |= {(name, key) for key in re.findall(r"--from-literal=([\w-]+)=", body)}
    for objs in rendered.values():
        needed = _secret_keys_read(objs)
        assert needed <= written, needed - written


def _compose(name: str) -> Obj:
    return dict(yaml.safe_load((REPO / "infra" / "compose" / name).read_text()))


def capless_root_services(doc: Obj) -> list[str]:
    """Services that drop every capability but would start as root (empty when none)."""
    found = []
    for name, service in doc["services"].items():
        if "ALL" not in service.get("cap_drop", []):
            continue
        user = str(service.get("user", "")).split(":")[0]
        if user in ("", "0", "root"):
            found.append(name)
    return found


@pytest.mark.parametrize("name", ["docker-compose.yml", "docker-compose.test.yml"])
def test_compose_services_without_capabilities_run_as_non_root(name: str) -> None:
    """A root entrypoint that drops to a user (redis's chown + gosu) needs CHOWN/SETUID: with
    every capability dropped it fails, so such services start as their user directly."""
    doc = _compose(name)
    assert capless_root_services(doc) == []
    for service in doc["services"].values():
        if "ALL" in service.get("cap_drop", []):
            assert int(str(service["user"]).split(":")[0]) >= 999


def test_compose_redis_runs_as_the_images_redis_user() -> None:
    redis = _compose("docker-compose.yml")["services"]["redis"]
    # uid/gid 999 is `redis` in the official Debian-based image.
    assert redis["user"] == "999:999"
    assert any(t.startswith("/data") and "uid=999" in t for t in redis["tmpfs"])


def test_capless_root_check_catches_the_old_redis() -> None:
    doc = _compose("docker-compose.yml")
    del doc["services"]["redis"]["user"]
    assert capless_root_services(doc) == ["redis"]
