"""The warm sandbox pod's manifest: one source of truth shared with `k8s/base`.

The deployment's `PodTemplate` (`k8s/base/sandbox/pod-template.yaml`, named
`coderemote-sandbox`) is the source of truth: the pool reads it from the cluster, or from the
file when running outside one, and only fills in the agent command, the pod name, the pool
label and the limits of `SandboxSettings` (the same settings the local backend enforces).
Only when neither exists is the same template built here. Either way `harden` re-asserts the
security settings, so a template edited by hand cannot quietly switch them off.

The container runs the same agent as a local gVisor sandbox (`sandbox/agent.py`, its source in
the command, so a stock Python image is enough), behind a short prelude: it applies the
rlimits a local sandbox gets from its OCI spec (Kubernetes has no field for them) and waits for
one byte on stdin. The pool sends that byte once it has attached, so the agent's ready frame is
written after the attach stream exists (an attach only sees output written after it began).
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from pathlib import Path
from typing import cast

import yaml

from sandbox.backends.k8s_manifest import Pod, Resources
from sandbox.rootfs import AGENT_SOURCE
from sandbox.settings import MiB, SandboxSettings

SANDBOX_COMPONENT_LABEL = "app.kubernetes.io/component"
SANDBOX_COMPONENT = "sandbox"
POD_TEMPLATE_NAME = "coderemote-sandbox"
POOL_LABEL = "coderemote.dev/sandbox-pool"
DEFAULT_IMAGE = "docker.io/library/python:3.12-slim"
TEMPLATE_PATH = (
    Path(__file__).resolve().parents[2] / "k8s" / "base" / "sandbox" / "pod-template.yaml"
)
GATE_BYTE = b"\n"
_PRELUDE = """\
import os as _os, resource as _resource
for _name, _soft, _hard in {limits!r}:
    _resource.setrlimit(getattr(_resource, _name), (_soft, _hard))
_os.read(0, 1)
del _os, _resource, _name, _soft, _hard
"""


def agent_command(settings: SandboxSettings) -> list[str]:
    """`python3 -I -S -c <prelude + agent source>`: the container's command."""
    prelude = _PRELUDE.format(limits=settings.rlimits())
    return ["python3", "-I", "-S", "-c", prelude + AGENT_SOURCE.read_text(encoding="utf-8")]


def pod_resources(settings: SandboxSettings) -> Resources:
    """Requests equal limits (Guaranteed QoS): the settings' CPU quota and memory limit."""
    memory = (
        f"{settings.memory_bytes // MiB}Mi"
        if settings.memory_bytes % MiB == 0
        else str(settings.memory_bytes)
    )
    amount = {"cpu": f"{round(settings.cpu_cores * 1000)}m", "memory": memory}
    return {"requests": dict(amount), "limits": dict(amount)}


def default_template(image: str = DEFAULT_IMAGE) -> Pod:
    """The pod template built in code (used when no `k8s/base` template file exists).

    What `harden` forces (gVisor, no service account token, the container's stdin and
    security context) is left to it.
    """
    return harden(
        {
            "apiVersion": "v1",
            "kind": "Pod",
            "metadata": {"labels": {"app.kubernetes.io/name": "coderemote"}},
            "spec": {
                "enableServiceLinks": False,
                "terminationGracePeriodSeconds": 0,
                "dnsPolicy": "None",
                # A resolver that answers nothing: the deny-all NetworkPolicy blocks egress.
                "dnsConfig": {"nameservers": ["127.0.0.1"]},
                "securityContext": {
                    "runAsNonRoot": True,
                    "runAsUser": 65534,
                    "runAsGroup": 65534,
                    "seccompProfile": {"type": "RuntimeDefault"},
                },
                "containers": [
                    {
                        "name": "sandbox",
                        "image": image,
                        "imagePullPolicy": "IfNotPresent",
                        "workingDir": "/tmp",
                        "env": [],
                        "resources": {
                            "requests": {"cpu": "100m", "memory": "256Mi"},
                            "limits": {"cpu": "100m", "memory": "256Mi"},
                        },
                        "volumeMounts": [{"name": "tmp", "mountPath": "/tmp"}],
                    }
                ],
                "volumes": [{"name": "tmp", "emptyDir": {"medium": "Memory", "sizeLimit": "16Mi"}}],
            },
        }
    )


def pod_from_pod_template(doc: Mapping[str, object]) -> Pod:
    """A Pod manifest from a `PodTemplate` object (file or API form) or a Pod manifest.

    Raises ValueError for anything else, or a pod without one container.
    """
    if doc.get("kind") == "Pod":
        pod = cast(Pod, dict(doc))
    elif doc.get("kind") == "PodTemplate" and isinstance(template := doc.get("template"), dict):
        pod = cast(Pod, {"apiVersion": "v1", "kind": "Pod", **copy.deepcopy(template)})
    else:
        raise ValueError("expected a Pod or a PodTemplate manifest")
    containers = pod.get("spec", {}).get("containers")
    if not isinstance(containers, list) or not containers or not isinstance(containers[0], dict):
        raise ValueError("the pod template has no container")
    return pod


def load_template(path: Path = TEMPLATE_PATH, image: str = DEFAULT_IMAGE) -> Pod:
    """The deployment's template file, else `default_template(image)`.

    The file is `k8s/base/sandbox/pod-template.yaml` when the repository is at hand.
    """
    if path.is_file():
        loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(loaded, dict):
            raise ValueError(f"{path} is not a manifest")
        return pod_from_pod_template(loaded)
    return default_template(image)


def harden(pod: Pod) -> Pod:
    """Force the settings the sandbox depends on, whatever the template says."""
    spec = pod["spec"]
    spec["runtimeClassName"] = "gvisor"
    spec["automountServiceAccountToken"] = False
    spec["restartPolicy"] = "Never"
    labels = pod.setdefault("metadata", {}).setdefault("labels", {})
    labels[SANDBOX_COMPONENT_LABEL] = SANDBOX_COMPONENT
    container = spec["containers"][0]
    container["stdin"] = True
    container["stdinOnce"] = True
    container["tty"] = False
    security = container.setdefault("securityContext", {})
    security["allowPrivilegeEscalation"] = False
    security["readOnlyRootFilesystem"] = True
    security["runAsNonRoot"] = True
    security["runAsUser"] = 65534
    security["capabilities"] = {"drop": ["ALL"]}
    return pod


def pod_manifest(
    template: Pod, name: str, pool: str, settings: SandboxSettings | None = None
) -> Pod:
    """A concrete pod from the template: its name, pool label, agent command and limits."""
    settings = settings or SandboxSettings()
    pod = harden(copy.deepcopy(template))
    pod["metadata"]["name"] = name
    pod["metadata"]["labels"][POOL_LABEL] = pool
    container = pod["spec"]["containers"][0]
    container["command"] = agent_command(settings)
    container.pop("args", None)
    container["resources"] = pod_resources(settings)
    return pod
