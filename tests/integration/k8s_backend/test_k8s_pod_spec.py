"""The sandbox pod manifest is valid Kubernetes and keeps its security settings."""

from __future__ import annotations

import copy

import kubernetes_validate

from sandbox.backends.k8s_pod_template import (
    default_template,
    harden,
    pod_manifest,
)
from sandbox.rootfs import AGENT_SOURCE
from sandbox.settings import MiB, SandboxSettings


def test_pod_manifest_is_valid_against_the_kubernetes_schema() -> None:
    pod = pod_manifest(default_template(), "sandbox-abc123", "default")
    kubernetes_validate.validate(pod, "1.31", strict=True)
    kubernetes_validate.validate(pod, kubernetes_validate.utils.latest_version(), strict=True)


def test_pod_manifest_is_locked_down() -> None:
    pod = pod_manifest(default_template(), "sandbox-abc123", "default")
    spec = pod["spec"]
    container = spec["containers"][0]
    assert spec["runtimeClassName"] == "gvisor"
    assert spec["automountServiceAccountToken"] is False
    assert spec["restartPolicy"] == "Never"
    assert pod["metadata"]["labels"]["app.kubernetes.io/component"] == "sandbox"
    assert container["stdin"] is True and container["stdinOnce"] is True
    assert container["resources"]["requests"] == {"cpu": "100m", "memory": "256Mi"}
    assert container["resources"]["limits"] == container["resources"]["requests"]
    sc = container["securityContext"]
    assert sc["readOnlyRootFilesystem"] is True
    assert sc["runAsNonRoot"] is True and sc["runAsUser"] == 65534
    assert sc["capabilities"] == {"drop": ["ALL"]}
    assert sc["allowPrivilegeEscalation"] is False
    assert {"name": "tmp", "mountPath": "/tmp"} in container["volumeMounts"]
    assert spec["volumes"][0]["emptyDir"]["medium"] == "Memory"
    assert container["env"] == []
    assert container["command"][:4] == ["python3", "-I", "-S", "-c"]


def test_harden_restores_settings_a_template_dropped() -> None:
    loose = copy.deepcopy(default_template())
    loose["spec"]["runtimeClassName"] = "runc"
    loose["spec"]["automountServiceAccountToken"] = True
    loose["spec"]["containers"][0]["securityContext"] = {"privileged": False}
    loose["metadata"]["labels"].pop("app.kubernetes.io/component")
    pod = harden(loose)
    assert pod["spec"]["runtimeClassName"] == "gvisor"
    assert pod["spec"]["automountServiceAccountToken"] is False
    assert pod["spec"]["containers"][0]["securityContext"]["capabilities"] == {"drop": ["ALL"]}
    assert pod["metadata"]["labels"]["app.kubernetes.io/component"] == "sandbox"
    kubernetes_validate.validate(pod_manifest(pod, "sandbox-x", "p"), "1.31", strict=True)


def test_pod_runs_the_agent_with_the_settings_limits() -> None:
    settings = SandboxSettings(memory_bytes=512 * MiB, cpu_cores=0.25, pids=16, open_files=32)
    pod = pod_manifest(default_template(), "sandbox-abc123", "default", settings)
    container = pod["spec"]["containers"][0]
    limits = {"cpu": "250m", "memory": "512Mi"}
    assert container["resources"] == {"requests": limits, "limits": limits}
    source = container["command"][4]
    # The same agent as a local sandbox, behind the prelude that applies its rlimits and waits
    # for the gate byte.
    assert source.endswith(AGENT_SOURCE.read_text())
    prelude = source.removesuffix(AGENT_SOURCE.read_text())
    assert "_os.read(0, 1)" in prelude
    for name, soft, hard in settings.rlimits():
        assert repr((name, soft, hard)) in prelude
    assert ("RLIMIT_NPROC", 16, 16) in settings.rlimits()
    assert ("RLIMIT_NOFILE", 32, 32) in settings.rlimits()
    compile(source, "<pod command>", "exec")  # the whole command is one valid program
    kubernetes_validate.validate(pod, "1.31", strict=True)
