"""Every overlay renders, validates against the Kubernetes 1.33 and KubeRay schemas, and keeps
the sandbox's security invariants (../shared/SECURITY.md: GV, LIM, NET, HOST)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate
import pytest
import yaml
from referencing import Registry, Resource

from infra import conventions as cv
from sandbox.backends.k8s_pod_template import pod_manifest
from sandbox.backends.kubernetes import KubernetesPoolConfig

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
K8S_VERSION = "1.33.0"
DASHBOARD_PORT = 8265

Obj = dict[str, Any]


# ---------------------------------------------------------------- schema validation helpers


def _k8s_definitions() -> Resource[Any]:
    schemas = Path(kubernetes_validate.__file__).parent / "kubernetes-json-schema"
    definitions = schemas / f"v{K8S_VERSION}-local-strict" / "_definitions.json"
    return Resource.from_contents(json.loads(definitions.read_text()))


def raycluster_validator() -> jsonschema.protocols.Validator:
    """Our trimmed KubeRay CRD schema, with pod templates checked by the Kubernetes schema."""
    schema = json.loads((HERE / "raycluster_v1_schema.json").read_text())
    registry: Registry[Any] = Registry().with_resource(
        "https://kubernetes.io/api/_definitions.json", _k8s_definitions()
    )
    return jsonschema.Draft202012Validator(schema, registry=registry)


def validate_object(obj: Obj) -> None:
    """Raise if `obj` does not match its schema (strict: unknown fields are errors)."""
    if obj["apiVersion"].startswith("ray.io/"):
        raycluster_validator().validate(obj)
    else:
        kubernetes_validate.validate(obj, K8S_VERSION, strict=True)


# ---------------------------------------------------------------- policy helpers


def find(objs: list[Obj], kind: str, name: str | None = None) -> list[Obj]:
    return [
        o for o in objs if o["kind"] == kind and (name is None or o["metadata"]["name"] == name)
    ]


def one(objs: list[Obj], kind: str, name: str) -> Obj:
    found = find(objs, kind, name)
    assert len(found) == 1, f"expected exactly one {kind}/{name}, found {len(found)}"
    return found[0]


def pod_templates(obj: Obj) -> list[Obj]:
    """Every pod template ({metadata, spec}) an object carries, wherever the kind keeps it."""
    kind = obj["kind"]
    if kind == "Pod":
        return [{"metadata": obj["metadata"], "spec": obj["spec"]}]
    if kind == "PodTemplate":
        return [obj["template"]]
    if kind in {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job"}:
        return [obj["spec"]["template"]]
    if kind == "CronJob":
        return [obj["spec"]["jobTemplate"]["spec"]["template"]]
    if kind == "RayCluster":
        spec = obj["spec"]
        return [spec["headGroupSpec"]["template"]] + [
            g["template"] for g in spec.get("workerGroupSpecs", [])
        ]
    return []


def is_sandbox(obj: Obj, template: Obj) -> bool:
    labels = template.get("metadata", {}).get("labels", {})
    in_sandbox_ns = obj["metadata"].get("namespace") == cv.SANDBOX_NAMESPACE
    return in_sandbox_ns or labels.get("app.kubernetes.io/component") == "sandbox"


def selector_matches(selector: Obj, labels: dict[str, str]) -> bool:
    """Kubernetes LabelSelector semantics (matchLabels AND matchExpressions)."""
    for key, value in selector.get("matchLabels", {}).items():
        if labels.get(key) != value:
            return False
    for expr in selector.get("matchExpressions", []):
        key, op, values = expr["key"], expr["operator"], expr.get("values", [])
        if op == "In" and labels.get(key) not in values:
            return False
        if op == "NotIn" and labels.get(key) in values:
            return False
        if op == "Exists" and key not in labels:
            return False
        if op == "DoesNotExist" and key in labels:
            return False
    return True


def sandbox_violations(objs: list[Obj]) -> list[str]:
    """What is wrong with the sandbox pod specs in a rendered overlay (empty when all is well)."""
    problems: list[str] = []
    deny_egress = [
        p
        for p in find(objs, "NetworkPolicy")
        if p["metadata"].get("namespace") == cv.SANDBOX_NAMESPACE
        and "Egress" in p["spec"].get("policyTypes", [])
        and not p["spec"].get("egress")
    ]
    seen = 0
    for obj in objs:
        for template in pod_templates(obj):
            if not is_sandbox(obj, template):
                continue
            seen += 1
            where = f"{obj['kind']}/{obj['metadata']['name']}"
            spec = template["spec"]
            labels = template.get("metadata", {}).get("labels", {})
            if spec.get("runtimeClassName") != cv.GVISOR_RUNTIME_CLASS:
                problems.append(f"{where}: runtimeClassName is not gvisor")
            if spec.get("automountServiceAccountToken") is not False:
                problems.append(f"{where}: service account token may be mounted")
            if spec.get("hostNetwork") or spec.get("hostPID") or spec.get("hostIPC"):
                problems.append(f"{where}: uses a host namespace")
            pod_sc = spec.get("securityContext", {})
            for c in spec.get("containers", []) + spec.get("initContainers", []):
                sc = c.get("securityContext", {})
                non_root = sc.get("runAsNonRoot", pod_sc.get("runAsNonRoot"))
                uid = sc.get("runAsUser", pod_sc.get("runAsUser"))
                if non_root is not True or uid in (None, 0):
                    problems.append(f"{where}/{c['name']}: not non-root")
                if sc.get("readOnlyRootFilesystem") is not True:
                    problems.append(f"{where}/{c['name']}: root filesystem is writable")
                if sc.get("allowPrivilegeEscalation") is not False or sc.get("privileged"):
                    problems.append(f"{where}/{c['name']}: privilege escalation possible")
                if sc.get("capabilities", {}).get("drop") != ["ALL"] or sc.get(
                    "capabilities", {}
                ).get("add"):
                    problems.append(f"{where}/{c['name']}: capabilities not all dropped")
                res = c.get("resources", {})
                for part in ("requests", "limits"):
                    got = {k: res.get(part, {}).get(k) for k in ("cpu", "memory")}
                    if got != {"cpu": "100m", "memory": "256Mi"}:
                        problems.append(f"{where}/{c['name']}: {part} are {got}, not 100m/256Mi")
            ns = obj["metadata"].get("namespace")
            if not any(
                p["metadata"].get("namespace") == ns
                and selector_matches(p["spec"]["podSelector"], labels)
                for p in deny_egress
            ):
                problems.append(f"{where}: not selected by a deny-all-egress NetworkPolicy")
    if seen == 0:
        problems.append("no sandbox pod spec found")
    return problems


def dashboard_exposures(objs: list[Obj]) -> list[str]:
    """Every way a rendered overlay would expose the Ray dashboard (empty when none)."""
    found: list[str] = []
    for svc in find(objs, "Service"):
        for port in svc["spec"].get("ports", []):
            if DASHBOARD_PORT in (port.get("port"), port.get("targetPort")) or (
                port.get("targetPort") == "dashboard"
            ):
                found.append(f"Service/{svc['metadata']['name']} exposes {DASHBOARD_PORT}")
    for rc in find(objs, "RayCluster"):
        head = rc["spec"]["headGroupSpec"]
        # KubeRay builds the head Service from the head container's ports.
        for c in head["template"]["spec"]["containers"]:
            for port in c.get("ports", []):
                if port["containerPort"] == DASHBOARD_PORT or port.get("name") == "dashboard":
                    found.append(f"RayCluster/{rc['metadata']['name']} declares the dashboard")
        if head.get("rayStartParams", {}).get("dashboard-host", "") not in (
            "127.0.0.1",
            "localhost",
        ):
            found.append("RayCluster dashboard listens beyond localhost")
        if head.get("enableIngress"):
            found.append("RayCluster head has an Ingress")
    for ing in find(objs, "Ingress"):
        for rule in ing["spec"].get("rules", []):
            for path in rule.get("http", {}).get("paths", []):
                port = path["backend"].get("service", {}).get("port", {})
                if port.get("number") == DASHBOARD_PORT or "ray" in path["backend"].get(
                    "service", {}
                ).get("name", ""):
                    found.append(f"Ingress/{ing['metadata']['name']} routes to Ray")
    return found


# ---------------------------------------------------------------- tests


def test_every_object_validates_against_its_schema(overlay: tuple[str, list[Obj]]) -> None:
    name, objs = overlay
    kinds = {o["kind"] for o in objs}
    assert {"Namespace", "Deployment", "RayCluster", "RuntimeClass", "PodTemplate"} <= kinds
    for obj in objs:
        try:
            validate_object(obj)
        except (jsonschema.ValidationError, kubernetes_validate.ValidationError) as err:
            pytest.fail(f"{name}: {obj['kind']}/{obj['metadata']['name']}: {err.message}")


def test_schema_validation_rejects_mistakes(rendered: dict[str, list[Obj]]) -> None:
    objs = rendered["dev"]
    rc = copy.deepcopy(one(objs, "RayCluster", "coderemote-ray"))
    rc["spec"]["authOptions"]["mode"] = "tokens"
    with pytest.raises(jsonschema.ValidationError):
        validate_object(rc)
    rc = copy.deepcopy(one(objs, "RayCluster", "coderemote-ray"))
    rc["spec"]["workerGroupSpecs"][0]["template"]["spec"]["containers"][0]["imagePolicy"] = "x"
    with pytest.raises(jsonschema.ValidationError):
        validate_object(rc)
    dep = copy.deepcopy(one(objs, "Deployment", "coderemote-api"))
    dep["spec"]["revisionHistoryLimit"] = "two"
    with pytest.raises(kubernetes_validate.ValidationError):
        validate_object(dep)


def test_sandbox_pod_specs_keep_every_invariant(overlay: tuple[str, list[Obj]]) -> None:
    name, objs = overlay
    assert sandbox_violations(objs) == [], name
    template = one(objs, "PodTemplate", "coderemote-sandbox")["template"]
    container = template["spec"]["containers"][0]
    assert container["stdin"] is True and container["stdinOnce"] is True
    assert template["spec"]["securityContext"]["runAsUser"] == 65534
    assert template["spec"]["dnsPolicy"] == "None" and container["env"] == []
    assert template["spec"]["securityContext"]["seccompProfile"]["type"] == "RuntimeDefault"
    tmp = next(v for v in template["spec"]["volumes"] if v["name"] == "tmp")
    assert tmp["emptyDir"]["medium"] == "Memory" and tmp["emptyDir"]["sizeLimit"]
    assert template["spec"]["nodeSelector"] == {
        cv.SANDBOX_NODE_LABEL_KEY: cv.SANDBOX_NODE_LABEL_VALUE
    }
    assert {
        "key": cv.SANDBOX_TAINT_KEY,
        "operator": "Equal",
        "value": cv.SANDBOX_TAINT_VALUE,
        "effect": cv.SANDBOX_TAINT_EFFECT_K8S,
    } in template["spec"]["tolerations"]


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda s, c: s.pop("runtimeClassName"), "runtimeClassName"),
        (lambda s, c: s.update(automountServiceAccountToken=True), "token"),
        (lambda s, c: c["securityContext"].update(readOnlyRootFilesystem=False), "writable"),
        (lambda s, c: c["securityContext"].update(runAsUser=0), "non-root"),
        (lambda s, c: c["securityContext"]["capabilities"].update(drop=["NET_RAW"]), "capab"),
        (lambda s, c: c["resources"]["limits"].update(memory="1Gi"), "100m/256Mi"),
        (lambda s, c: c["securityContext"].update(allowPrivilegeEscalation=True), "escalation"),
    ],
)
def test_sandbox_checker_catches_each_weakening(
    rendered: dict[str, list[Obj]], mutate: Any, expected: str
) -> None:
    objs = copy.deepcopy(rendered["prod"])
    spec = one(objs, "PodTemplate", "coderemote-sandbox")["template"]["spec"]
    mutate(spec, spec["containers"][0])
    assert any(expected in p for p in sandbox_violations(objs))


def test_sandbox_checker_requires_a_deny_all_egress_policy(rendered: dict[str, list[Obj]]) -> None:
    objs = [
        o
        for o in copy.deepcopy(rendered["prod"])
        if not (o["kind"] == "NetworkPolicy" and o["metadata"]["namespace"] == cv.SANDBOX_NAMESPACE)
    ]
    assert any("deny-all-egress" in p for p in sandbox_violations(objs))


def test_sandbox_namespace_has_no_allow_policy(overlay: tuple[str, list[Obj]]) -> None:
    _, objs = overlay
    policies = [
        p for p in find(objs, "NetworkPolicy") if p["metadata"]["namespace"] == cv.SANDBOX_NAMESPACE
    ]
    assert policies, "sandbox namespace has no NetworkPolicy"
    for p in policies:
        assert p["spec"]["podSelector"] == {}
        assert set(p["spec"]["policyTypes"]) == {"Ingress", "Egress"}
        assert not p["spec"].get("ingress") and not p["spec"].get("egress")


def test_app_namespace_starts_from_deny_all_and_blocks_metadata(
    overlay: tuple[str, list[Obj]],
) -> None:
    _, objs = overlay
    app = [p for p in find(objs, "NetworkPolicy") if p["metadata"]["namespace"] == cv.APP_NAMESPACE]
    deny = [p for p in app if p["spec"]["podSelector"] == {} and not p["spec"].get("ingress")]
    assert any(set(p["spec"]["policyTypes"]) == {"Ingress", "Egress"} for p in deny)
    for p in app:
        for rule in p["spec"].get("egress", []):
            for peer in rule.get("to", []):
                block = peer.get("ipBlock")
                if block and block["cidr"] == "0.0.0.0/0":
                    assert "169.254.169.254/32" in block.get("except", []), p["metadata"]["name"]
                    assert rule.get("ports"), f"{p['metadata']['name']}: open to all ports"


def _allows(policy: Obj, direction: str, labels: dict[str, str], port: int) -> bool:
    """Whether one of the policy's rules lets pods with `labels` through on TCP `port`."""
    peers_key = "to" if direction == "egress" else "from"
    for rule in policy["spec"].get(direction, []):
        ports = {p["port"] for p in rule.get("ports", []) if p.get("protocol", "TCP") == "TCP"}
        for peer in rule.get(peers_key, []):
            wanted = peer.get("podSelector", {}).get("matchLabels")
            if wanted is not None and wanted.items() <= labels.items() and port in ports:
                return True
    return False


def test_api_reaches_the_pool_actors_run_channel_and_only_there(
    overlay: tuple[str, list[Obj]],
) -> None:
    _, objs = overlay
    port = int(one(objs, "ConfigMap", "coderemote-config")["data"]["CODEREMOTE_RUN_CHANNEL_PORT"])
    api = {"app.kubernetes.io/component": "api"}
    worker = {"ray.io/cluster": "coderemote-ray", "ray.io/node-type": "worker"}
    policies = find(objs, "NetworkPolicy")
    selects = [
        p
        for p in policies
        if p["spec"]["podSelector"].get("matchLabels", {}).items() <= worker.items()
    ]
    assert _allows(one(objs, "NetworkPolicy", "api-egress"), "egress", worker, port)
    ingress = [p for p in selects if _allows(p, "ingress", api, port)]
    assert ingress, "no policy lets the API into Ray pods on the run channel port"
    # The API gets no other way into the Ray workers.
    for p in selects:
        for rule in p["spec"].get("ingress", []):
            for peer in rule.get("from", []):
                if "namespaceSelector" in peer or "podSelector" not in peer:
                    continue  # other namespaces or address ranges, never the API's pods
                if peer["podSelector"].get("matchLabels", {}).items() <= api.items():
                    assert {q["port"] for q in rule.get("ports", [])} == {port}, p["metadata"]


def test_no_service_exposes_the_ray_dashboard(overlay: tuple[str, list[Obj]]) -> None:
    _, objs = overlay
    assert dashboard_exposures(objs) == []


def test_dashboard_check_catches_an_exposed_port(rendered: dict[str, list[Obj]]) -> None:
    objs = copy.deepcopy(rendered["dev"])
    objs.append(
        {
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": {"name": "ray-dash", "namespace": cv.APP_NAMESPACE},
            "spec": {"ports": [{"port": 80, "targetPort": DASHBOARD_PORT}]},
        }
    )
    assert dashboard_exposures(objs) == ["Service/ray-dash exposes 8265"]


def test_ray_cluster_has_token_auth_and_autoscaling_workers(
    overlay: tuple[str, list[Obj]],
) -> None:
    _, objs = overlay
    rc = one(objs, "RayCluster", "coderemote-ray")
    spec = rc["spec"]
    assert spec["authOptions"]["mode"] == "token"
    assert spec["enableInTreeAutoscaling"] is True
    assert spec["headGroupSpec"]["serviceType"] == "ClusterIP"
    for group in spec["workerGroupSpecs"]:
        assert 0 <= group["minReplicas"] <= group["replicas"] <= group["maxReplicas"]
        assert group["maxReplicas"] > group["minReplicas"], "workers cannot scale"
        assert group["template"]["spec"]["serviceAccountName"] == cv.POOL_SERVICE_ACCOUNT
    # The API presents the same token KubeRay gives the Ray processes.
    api = one(objs, "Deployment", "coderemote-api")["spec"]["template"]["spec"]["containers"][0]
    token = next(e for e in api["env"] if e["name"] == "RAY_AUTH_TOKEN")
    assert token["valueFrom"]["secretKeyRef"]["name"] == spec["authOptions"]["secretName"]
    config = one(objs, "ConfigMap", "coderemote-config")["data"]
    assert config["RAY_AUTH_MODE"] == "token"
    assert config["CODEREMOTE_RAY_ADDRESS"].startswith(f"ray://{rc['metadata']['name']}-head-svc.")


def test_pool_rbac_is_limited_to_sandbox_pods(overlay: tuple[str, list[Obj]]) -> None:
    _, objs = overlay
    role = one(objs, "Role", "sandbox-pool")
    assert role["metadata"]["namespace"] == cv.SANDBOX_NAMESPACE
    allowed = {
        "pods": {"create", "get", "watch", "delete", "deletecollection"},
        "pods/attach": {"create", "get"},
        "podtemplates": {"get"},
    }
    for rule in role["rules"]:
        assert rule["apiGroups"] == [""]
        for resource in rule["resources"]:
            assert set(rule["verbs"]) <= allowed[resource], (resource, rule["verbs"])
            assert "*" not in rule["verbs"]
    binding = one(objs, "RoleBinding", "sandbox-pool")
    assert binding["metadata"]["namespace"] == cv.SANDBOX_NAMESPACE
    assert binding["subjects"] == [
        {"kind": "ServiceAccount", "name": cv.POOL_SERVICE_ACCOUNT, "namespace": cv.APP_NAMESPACE}
    ]


def test_pool_may_read_kubelet_stats_and_nothing_else_of_the_nodes(
    overlay: tuple[str, list[Obj]],
) -> None:
    """The one cluster-wide grant: `get` on nodes/stats (the kubelet's /stats/*), never
    nodes/proxy (the whole kubelet API: exec into any pod on the node)."""
    _, objs = overlay
    (role,) = find(objs, "ClusterRole")
    assert role["rules"] == [{"apiGroups": [""], "resources": ["nodes/stats"], "verbs": ["get"]}]
    (binding,) = find(objs, "ClusterRoleBinding")
    assert binding["roleRef"] == {
        "apiGroup": "rbac.authorization.k8s.io",
        "kind": "ClusterRole",
        "name": role["metadata"]["name"],
    }
    assert binding["subjects"] == [
        {"kind": "ServiceAccount", "name": cv.POOL_SERVICE_ACCOUNT, "namespace": cv.APP_NAMESPACE}
    ]
    granted = [
        resource
        for r in find(objs, "Role") + find(objs, "ClusterRole")
        for rule in r["rules"]
        for resource in rule["resources"]
    ]
    assert [g for g in granted if g.split("/")[0] == "nodes"] == ["nodes/stats"]


def test_pool_reaches_the_kubelets_in_its_vpc(overlay: tuple[str, list[Obj]]) -> None:
    """Strict-mode VPC CNI drops what no policy allows: the pool's Ray workers need egress to
    port 10250 of the nodes (an address range: nodes are outside pod selectors)."""
    _, objs = overlay
    worker = {"ray.io/cluster": "coderemote-ray", "ray.io/node-type": "worker"}
    vpc = one(objs, "NetworkPolicy", "ray-redis-egress")["spec"]["egress"][0]["to"][0]
    ranges = [
        peer["ipBlock"]
        for p in find(objs, "NetworkPolicy")
        if p["metadata"]["namespace"] == cv.APP_NAMESPACE
        and "Egress" in p["spec"]["policyTypes"]
        and selector_matches(p["spec"]["podSelector"], worker)
        for rule in p["spec"].get("egress", [])
        if {"protocol": "TCP", "port": 10250} in rule.get("ports", [])
        for peer in rule.get("to", [])
        if "ipBlock" in peer
    ]
    assert ranges == [vpc["ipBlock"]], ranges  # the environment's VPC, nothing wider
    api = {"app.kubernetes.io/component": "api"}
    for p in find(objs, "NetworkPolicy"):  # only the pool: the API never reads kubelets
        if selector_matches(p["spec"]["podSelector"], api):
            for rule in p["spec"].get("egress", []):
                assert {"protocol": "TCP", "port": 10250} not in rule.get("ports", [])


def test_the_pool_reads_its_namespace_and_template_from_the_config_map(
    overlay: tuple[str, list[Obj]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The ConfigMap the Ray workers load names the namespace and PodTemplate the pool's Role
    covers, and the Kubernetes backend's settings read exactly those variables."""
    _, objs = overlay
    config = one(objs, "ConfigMap", "coderemote-config")["data"]
    workers = one(objs, "RayCluster", "coderemote-ray")["spec"]["workerGroupSpecs"]
    for group in workers:
        (container,) = group["template"]["spec"]["containers"]
        assert {"configMapRef": {"name": "coderemote-config"}} in container["envFrom"]
    role = one(objs, "Role", "sandbox-pool")
    template = one(objs, "PodTemplate", config["CODEREMOTE_SANDBOX_POD_TEMPLATE"])
    assert template["metadata"]["namespace"] == config["CODEREMOTE_SANDBOX_NAMESPACE"]
    assert role["metadata"]["namespace"] == config["CODEREMOTE_SANDBOX_NAMESPACE"]
    (templates_rule,) = [r for r in role["rules"] if r["resources"] == ["podtemplates"]]
    assert templates_rule["resourceNames"] == [config["CODEREMOTE_SANDBOX_POD_TEMPLATE"]]
    monkeypatch.setenv("CODEREMOTE_SANDBOX_NAMESPACE", "elsewhere")
    monkeypatch.setenv("CODEREMOTE_SANDBOX_POD_TEMPLATE", "another-template")
    read = KubernetesPoolConfig()
    assert (read.namespace, read.pod_template) == ("elsewhere", "another-template")
    assert read.stats_source == "kubelet" and not read.kubelet_insecure_skip_tls_verify


def test_namespaces_enforce_restricted_pod_security(overlay: tuple[str, list[Obj]]) -> None:
    _, objs = overlay
    names = {ns["metadata"]["name"]: ns for ns in find(objs, "Namespace")}
    assert set(names) == {cv.APP_NAMESPACE, cv.SANDBOX_NAMESPACE}
    for ns in names.values():
        assert ns["metadata"]["labels"]["pod-security.kubernetes.io/enforce"] == "restricted"


def test_gvisor_runtime_class_targets_the_tainted_sandbox_nodes(
    overlay: tuple[str, list[Obj]],
) -> None:
    _, objs = overlay
    rc = one(objs, "RuntimeClass", cv.GVISOR_RUNTIME_CLASS)
    assert rc["handler"] == cv.GVISOR_HANDLER
    assert rc["scheduling"]["nodeSelector"] == {
        cv.SANDBOX_NODE_LABEL_KEY: cv.SANDBOX_NODE_LABEL_VALUE
    }
    assert rc["scheduling"]["tolerations"][0]["key"] == cv.SANDBOX_TAINT_KEY
    policy = one(objs, "ValidatingAdmissionPolicy", "coderemote-sandbox-pods")
    assert any("gvisor" in v["expression"] for v in policy["spec"]["validations"])


def test_sandbox_quota_and_limits_match_the_pod(overlay: tuple[str, list[Obj]]) -> None:
    _, objs = overlay
    quota = one(objs, "ResourceQuota", "sandbox")
    assert quota["metadata"]["namespace"] == cv.SANDBOX_NAMESPACE
    assert int(quota["spec"]["hard"]["pods"]) > 0
    limits = one(objs, "LimitRange", "sandbox")["spec"]["limits"][0]
    assert limits["max"] == {"cpu": "100m", "memory": "256Mi"}


def test_api_is_served_with_probes_autoscaling_and_websocket_timeouts(
    overlay: tuple[str, list[Obj]],
) -> None:
    name, objs = overlay
    dep = one(objs, "Deployment", "coderemote-api")
    pod = dep["spec"]["template"]
    container = pod["spec"]["containers"][0]
    assert container["args"] == ["serve", "--host", "0.0.0.0", "--port", "8000"]
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert container["image"] == f"coderemote-api:{name}"
    hpa = one(objs, "HorizontalPodAutoscaler", "coderemote-api")
    assert hpa["spec"]["scaleTargetRef"]["name"] == dep["metadata"]["name"]
    assert 1 <= hpa["spec"]["minReplicas"] <= hpa["spec"]["maxReplicas"]
    pdb = one(objs, "PodDisruptionBudget", "coderemote-api")
    assert selector_matches(pdb["spec"]["selector"], pod["metadata"]["labels"])
    svc = one(objs, "Service", "coderemote-api")
    assert svc["spec"]["type"] == "ClusterIP"
    assert svc["spec"]["selector"] == dep["spec"]["selector"]["matchLabels"]
    ing = one(objs, "Ingress", "coderemote-api")
    attrs = ing["metadata"]["annotations"]["alb.ingress.kubernetes.io/load-balancer-attributes"]
    timeout = dict(kv.split("=") for kv in attrs.split(","))["idle_timeout.timeout_seconds"]
    assert int(timeout) >= 3600, "WebSockets need a long idle timeout"
    config = one(objs, "ConfigMap", "coderemote-config")["data"]
    expected_env = {"dev": "development", "staging": "production", "prod": "production"}[name]
    assert config["CODEREMOTE_ENVIRONMENT"] == expected_env
    assert config["CODEREMOTE_SANDBOX_BACKEND"] == "kubernetes"


def test_pod_template_file_loads_on_its_own() -> None:
    """The pool's Kubernetes backend can read the template straight from the repository."""
    path = REPO / "k8s" / "base" / "sandbox" / "pod-template.yaml"
    doc = yaml.safe_load(path.read_text())
    assert doc["kind"] == "PodTemplate"
    validate_object(doc)
    assert doc["template"]["spec"]["containers"][0]["image"] == "coderemote-sandbox"


def test_pods_the_pool_builds_from_the_template_keep_every_invariant(
    rendered: dict[str, list[Obj]],
) -> None:
    """The Kubernetes backend turns `.template` into a Pod (the agent's command, a name, a
    pool label, the limits): that Pod, not only the template, must validate and keep the
    invariants."""
    objs = copy.deepcopy(rendered["prod"])
    template = one(objs, "PodTemplate", "coderemote-sandbox")["template"]
    as_pod = {"apiVersion": "v1", "kind": "Pod", **copy.deepcopy(template)}
    pod = pod_manifest(as_pod, "sandbox-0123abcd", "default")
    pod["metadata"]["namespace"] = cv.SANDBOX_NAMESPACE
    validate_object(pod)
    assert pod["spec"]["containers"][0]["image"] == template["spec"]["containers"][0]["image"]
    others = [o for o in objs if o["kind"] != "PodTemplate"]
    assert sandbox_violations([*others, pod]) == []
