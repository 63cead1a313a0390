"""Names that the Pulumi program and the Kubernetes manifests in k8s/ must agree on.

Plain constants (no Pulumi import) so the manifest tests can check k8s/ against them.
"""

from __future__ import annotations

from typing import Final

SERVICE: Final = "coderemote"
"""The `{service}` part of every cloud resource name `{env}-{service}-{resource}`."""

ENVIRONMENTS: Final = ("dev", "staging", "prod")
"""Stack names; each has `infra/Pulumi.<env>.yaml` and `k8s/overlays/<env>/`."""

APP_SECRETS: Final = ("gemini-api-key", "redis-auth-token", "ray-auth-token", "invite-secret")
"""Every secret the product uses (docs/deploy.md shows how to set each value)."""

IMAGES: Final = ("api", "sandbox")
"""One repository per image: `api` (API + Ray) and `sandbox` (the gVisor sandbox)."""

APP_NAMESPACE: Final = "code-remote"
SANDBOX_NAMESPACE: Final = "code-remote-sandbox"

API_SERVICE_ACCOUNT: Final = "coderemote-api"
"""Runs the API pods; its IRSA role may read the app's secrets."""

POOL_SERVICE_ACCOUNT: Final = "sandbox-pool"
"""Runs the Ray workers that host the sandbox pool actor; its IRSA role may read the Gemini key."""

SANDBOX_NODE_LABEL_KEY: Final = "coderemote.dev/node-pool"
SANDBOX_NODE_LABEL_VALUE: Final = "sandbox"
SANDBOX_TAINT_KEY: Final = "coderemote.dev/sandbox"
SANDBOX_TAINT_VALUE: Final = "true"
SANDBOX_TAINT_EFFECT_K8S: Final = "NoSchedule"
"""Kubernetes spelling; the EKS API spells the same effect `NO_SCHEDULE`."""

INGRESS_CONTROLLER_NAMESPACE: Final = "kube-system"
INGRESS_CONTROLLER_SERVICE_ACCOUNT: Final = "aws-load-balancer-controller"
"""Service account of the load balancer controller (scripts/cluster_addons.sh installs it)."""

GVISOR_RUNTIME_CLASS: Final = "gvisor"
GVISOR_HANDLER: Final = "runsc"
