"""What the rendered overlays must hold for a first release to work and to survive the next
ones: the HPA alone sets replica counts, the Ray head has a PDB and keeps its state in Redis,
Redis is reachable from Ray in the environment's VPC only, and only sandbox pods get runsc
(whose `network = "none"` would break any pod that needs a network)."""

from __future__ import annotations

import subprocess
from typing import Any

import pytest
import yaml

from infra import conventions as cv
from tests.unit.deploy.conftest import K8S, REPO
from tests.unit.deploy.test_k8s_manifests import (
    find,
    is_sandbox,
    one,
    pod_templates,
    selector_matches,
    validate_object,
)

Obj = dict[str, Any]
HEAD = {"ray.io/cluster": "coderemote-ray", "ray.io/node-type": "head"}
WORKER = {"ray.io/cluster": "coderemote-ray", "ray.io/node-type": "worker"}


def replicas_fighting_an_hpa(objs: list[Obj]) -> list[str]:
    """Workloads an HPA scales that also set `spec.replicas` (empty when none do)."""
    found = []
    for hpa in find(objs, "HorizontalPodAutoscaler"):
        ref = hpa["spec"]["scaleTargetRef"]
        ns = hpa["metadata"].get("namespace")
        for target in find(objs, ref["kind"], ref["name"]):
            if target["metadata"].get("namespace") == ns and "replicas" in target["spec"]:
                found.append(f"{ref['kind']}/{ref['name']} sets replicas under an HPA")
    return found


@pytest.fixture(scope="module")
def base() -> list[Obj]:
    """`k8s/base` rendered on its own."""
    out = subprocess.run(
        ["kubectl", "kustomize", str(K8S / "base")], capture_output=True, text=True, check=True
    ).stdout
    return [d for d in yaml.safe_load_all(out) if d]


def test_no_replicas_where_an_hpa_rules(base: list[Obj], rendered: dict[str, list[Obj]]) -> None:
    for name, objs in [("base", base), *rendered.items()]:
        assert find(objs, "HorizontalPodAutoscaler"), name
        assert replicas_fighting_an_hpa(objs) == [], name


def test_replicas_check_catches_a_fixed_count(rendered: dict[str, list[Obj]]) -> None:
    objs = [dict(o) for o in rendered["prod"]]
    dep = one(objs, "Deployment", "coderemote-api")
    dep["spec"] = {**dep["spec"], "replicas": 3}
    assert replicas_fighting_an_hpa(objs) == [
        "Deployment/coderemote-api sets replicas under an HPA"
    ]


def test_the_ray_head_has_a_disruption_budget(overlay: tuple[str, list[Obj]]) -> None:
    _, objs = overlay
    (pdb,) = [
        p
        for p in find(objs, "PodDisruptionBudget")
        if selector_matches(p["spec"]["selector"], HEAD)
    ]
    assert pdb["metadata"]["namespace"] == cv.APP_NAMESPACE
    assert pdb["spec"]["minAvailable"] == 1
    assert not selector_matches(pdb["spec"]["selector"], WORKER)
    validate_object(pdb)


def test_the_gcs_is_fault_tolerant_on_redis(overlay: tuple[str, list[Obj]]) -> None:
    _, objs = overlay
    spec = one(objs, "RayCluster", "coderemote-ray")["spec"]
    ft = spec["gcsFaultToleranceOptions"]
    assert ft["redisAddress"].endswith(":6379")
    ref = ft["redisPassword"]["valueFrom"]["secretKeyRef"]
    assert (ref["name"], ref["key"]) == ("coderemote-secrets", "redis-password")
    head = spec["headGroupSpec"]["template"]["spec"]["containers"][0]
    env = {e["name"]: e.get("value") for e in head.get("env", [])}
    assert env["RAY_REDIS_CA_CERT"] == "/etc/ssl/certs/ca-certificates.crt"
    # The legacy switches conflict with gcsFaultToleranceOptions (KubeRay rejects both).
    annotations = one(objs, "RayCluster", "coderemote-ray")["metadata"].get("annotations", {})
    assert "ray.io/ft-enabled" not in annotations
    assert "RAY_REDIS_ADDRESS" not in env
    assert "redis-password" not in spec["headGroupSpec"]["rayStartParams"]


def test_redis_is_reachable_from_the_api_and_ray_in_this_vpc_only(
    overlay: tuple[str, list[Obj]],
) -> None:
    name, objs = overlay
    stack = yaml.safe_load((REPO / "infra" / f"Pulumi.{name}.yaml").read_text())["config"]
    vpc = stack["coderemote:vpcCidr"]
    for policy, selected in (
        ("api-egress", {"app.kubernetes.io/component": "api"}),
        ("ray-redis-egress", HEAD),
    ):
        p = one(objs, "NetworkPolicy", policy)
        assert selector_matches(p["spec"]["podSelector"], selected), policy
        cidrs = {
            peer["ipBlock"]["cidr"]
            for rule in p["spec"]["egress"]
            if {q["port"] for q in rule.get("ports", [])} == {6379}
            for peer in rule["to"]
        }
        assert cidrs == {vpc}, (policy, cidrs)


def test_only_sandbox_pods_use_the_runsc_handler(overlay: tuple[str, list[Obj]]) -> None:
    """runsc runs with `network = "none"` on the nodes: a pod needing a network must not get it."""
    _, objs = overlay
    seen = 0
    for obj in objs:
        for template in pod_templates(obj):
            uses_gvisor = template["spec"].get("runtimeClassName") == cv.GVISOR_RUNTIME_CLASS
            assert uses_gvisor == is_sandbox(obj, template), obj["metadata"]["name"]
            seen += uses_gvisor
    assert seen >= 1
    runtime_class = one(objs, "RuntimeClass", cv.GVISOR_RUNTIME_CLASS)
    assert runtime_class["handler"] == cv.GVISOR_HANDLER


# Pod labels of the cluster's own pods: the EKS CoreDNS add-on and the pinned Helm charts
# installed by scripts/cluster_addons.sh.
SYSTEM_PODS = {
    "coredns": ("kube-system", {"k8s-app": "kube-dns", "eks.amazonaws.com/component": "coredns"}),
    "metrics-server": (
        "kube-system",
        {
            "app.kubernetes.io/name": "metrics-server",
            "app.kubernetes.io/instance": "metrics-server",
        },
    ),
    "aws-load-balancer-controller": (
        "kube-system",
        {
            "app.kubernetes.io/name": "aws-load-balancer-controller",
            "app.kubernetes.io/instance": "aws-load-balancer-controller",
        },
    ),
    "kuberay-operator": (
        "kuberay-system",
        {
            "app.kubernetes.io/name": "kuberay-operator",
            "app.kubernetes.io/instance": "kuberay-operator",
        },
    ),
}
API_SERVER = "172.20.0.1"


def _egress_ports_to(policies: list[Obj], address: str) -> set[int]:
    """TCP/UDP ports the policies open towards an IPv4 address (by ipBlock)."""
    import ipaddress

    ports: set[int] = set()
    for policy in policies:
        for rule in policy["spec"].get("egress", []):
            for peer in rule.get("to", []):
                block = peer.get("ipBlock")
                if block and ipaddress.ip_address(address) in ipaddress.ip_network(block["cidr"]):
                    ports |= {p["port"] for p in rule.get("ports", [])}
    return ports


def test_strict_mode_leaves_no_system_pod_without_its_flows() -> None:
    """Strict NetworkPolicy mode denies every pod no policy opens: each system pod must be
    selected, reach the Kubernetes API, and CoreDNS must answer every pod."""
    out = subprocess.run(
        ["kubectl", "kustomize", str(K8S / "system")], capture_output=True, text=True, check=True
    ).stdout
    objs = [d for d in yaml.safe_load_all(out) if d]
    for obj in objs:
        validate_object(obj)
    policies = find(objs, "NetworkPolicy")
    for name, (namespace, labels) in SYSTEM_PODS.items():
        selecting = [
            p
            for p in policies
            if p["metadata"]["namespace"] == namespace
            and selector_matches(p["spec"]["podSelector"], labels)
        ]
        assert selecting, f"{name}: no policy, so no network under strict mode"
        assert 443 in _egress_ports_to(selecting, API_SERVER), f"{name} cannot reach the API"
    coredns = one(objs, "NetworkPolicy", "coredns")
    assert {
        (r.get("from"), frozenset(p["port"] for p in r["ports"]))
        for r in coredns["spec"]["ingress"]
    } == {(None, frozenset({53}))}, "every pod must be able to ask CoreDNS"
    assert 53 in _egress_ports_to([coredns], "10.0.0.2"), "CoreDNS cannot ask the VPC resolver"
    # Nothing here opens the instance metadata address.
    assert all(
        peer["ipBlock"]["cidr"] != "0.0.0.0/0" or "169.254.169.254/32" in peer["ipBlock"]["except"]
        for p in policies
        for rule in p["spec"].get("egress", [])
        for peer in rule.get("to", [])
        if "ipBlock" in peer
    )
    # The release opens these flows before it installs the add-ons.
    workflow = (REPO / ".github" / "workflows" / "deploy.yml").read_text()
    assert (
        -1
        < workflow.find("kubectl apply -k k8s/system")
        < workflow.find("bash scripts/cluster_addons.sh")
    )


def test_the_local_cluster_can_reach_its_redis(rendered: dict[str, list[Obj]]) -> None:
    """kind runs Redis as a pod: its pod range must be inside the range the dev overlay opens
    for Redis, or the API and the Ray head (whose GCS store is that Redis) cannot start."""
    import ipaddress

    kind = yaml.safe_load((K8S / "local" / "kind-config.yaml").read_text())
    pods = ipaddress.ip_network(kind["networking"]["podSubnet"])
    for name in ("api-egress", "ray-redis-egress"):
        policy = one(rendered["dev"], "NetworkPolicy", name)
        ranges = [
            ipaddress.ip_network(peer["ipBlock"]["cidr"])
            for rule in policy["spec"]["egress"]
            if {q["port"] for q in rule.get("ports", [])} == {6379}
            for peer in rule["to"]
        ]
        assert any(pods.subnet_of(r) for r in ranges), (name, pods, ranges)  # type: ignore[arg-type]


def _ray_resources(params: dict[str, str]) -> dict[str, float]:
    """The custom resources of `rayStartParams`, as `ray start --resources=<value>` reads them
    after the shell KubeRay runs it in (outer quotes and backslash escapes removed)."""
    import json
    import shlex

    raw = params.get("resources")
    if raw is None:
        return {}
    (word,) = shlex.split(raw)
    return dict(json.loads(word))


def test_pool_actors_find_sandbox_nodes_in_the_worker_group_only(
    overlay: tuple[str, list[Obj]],
) -> None:
    from actors.placement import SANDBOX_NODE_RESOURCE

    _, objs = overlay
    spec = one(objs, "RayCluster", "coderemote-ray")["spec"]
    assert SANDBOX_NODE_RESOURCE not in _ray_resources(spec["headGroupSpec"]["rayStartParams"])
    for group in spec["workerGroupSpecs"]:
        assert _ray_resources(group["rayStartParams"]).get(SANDBOX_NODE_RESOURCE, 0) >= 1
        # Only the worker identity may create sandbox pods, and only workers get the Gemini key.
        assert group["template"]["spec"]["serviceAccountName"] == cv.POOL_SERVICE_ACCOUNT
