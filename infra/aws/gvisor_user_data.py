"""Boot-time user data for the sandbox node group: install gVisor and register it with containerd.

EKS managed node groups on Amazon Linux 2023 boot with `nodeadm`, which reads every
`application/node.eks.aws` part of the MIME user data as a `NodeConfig` and merges them with
the one EKS adds. `nodeadm` writes `/etc/containerd/config.toml` from its own template and
merges `spec.containerd.config` into it key by key; that is the only supported way to add a
runtime (its template imports no drop-in directory, so a file under
`/etc/containerd/config.d/` is never read).

Order on AL2023: `nodeadm-config` writes containerd's config, cloud-init runs the shell part
(installs the binaries and the runsc config), then `nodeadm-run` starts containerd and the
kubelet, so `runsc` is in place before the node can accept a pod.

containerd 1.7 and 2.x name the CRI plugin differently; `nodeadm` picks its template from the
installed containerd and refuses the 2.x names on 1.7, so the section is written for the
containerd major version the node image ships (`coderemote:containerdMajor`).
"""

from __future__ import annotations

import base64
import re
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from infra.conventions import GVISOR_HANDLER

_RELEASE = re.compile(r"^\d{8}(\.\d+)?$")

RUNSC_CONFIG_PATH = "/etc/containerd/runsc.toml"
NODECONFIG_CONTENT_TYPE = "application/node.eks.aws"

# The CRI runtime section per containerd major version (config schema 2 for 1.x, 3 for 2.x).
_CRI_RUNTIMES = {
    1: 'plugins."io.containerd.grpc.v1.cri".containerd.runtimes',
    2: 'plugins."io.containerd.cri.v1.runtime".containerd.runtimes',
}

# systrap works on every EC2 instance type (no nested virtualisation needed). network = "none":
# the sandbox gets a loopback-only network stack inside gVisor, whatever the pod's network
# namespace allows. This handler runs sandbox pods only (the `gvisor` RuntimeClass, required
# for them by the admission policy), and they take their job over attach, never the network;
# a pod that needs networking must never be given this handler.
RUNSC_TOML = """\
[runsc_config]
  platform = "systrap"
  network = "none"
"""


def runsc_containerd_config(containerd_major: int) -> str:
    """The containerd TOML that declares the `runsc` runtime, merged by nodeadm.

    Args:
        containerd_major: 1 for containerd 1.7 (config schema 2), 2 for containerd 2.x.

    Raises:
        ValueError: Another containerd major version.
    """
    if containerd_major not in _CRI_RUNTIMES:
        raise ValueError(f"containerd major version must be 1 or 2, got {containerd_major}")
    # The runtime name (`runsc`) must equal the RuntimeClass handler in k8s/components/gvisor.
    section = f"{_CRI_RUNTIMES[containerd_major]}.{GVISOR_HANDLER}"
    return f"""\
[{section}]
runtime_type = "io.containerd.runsc.v1"

[{section}.options]
TypeUrl = "io.containerd.runsc.v1.options"
ConfigPath = "{RUNSC_CONFIG_PATH}"
"""


def node_config(containerd_major: int) -> str:
    """The `NodeConfig` part: only the containerd section (EKS supplies the cluster part)."""
    toml = runsc_containerd_config(containerd_major)
    indented = "".join(f"      {line}\n" if line else "\n" for line in toml.splitlines())
    return f"""\
---
apiVersion: node.eks.aws/v1alpha1
kind: NodeConfig
spec:
  containerd:
    config: |
{indented}"""


def install_script(release: str) -> str:
    """The shell part: download a pinned gVisor release, verify it, install it.

    Args:
        release: gVisor release such as `20261012.0` (pinned per stack in Pulumi config, so
            every node of a group runs the same sandbox kernel).

    Raises:
        ValueError: `release` is not a release name (`latest` is refused on purpose).
    """
    if not _RELEASE.match(release):
        raise ValueError(f"gVisor release must look like 20261012.0, got {release!r}")
    return f"""\
#!/bin/bash
# Installs gVisor {release} (runsc + containerd-shim-runsc-v1) before containerd starts.
set -euo pipefail
ARCH="$(uname -m)"
URL="https://storage.googleapis.com/gvisor/releases/release/{release}/${{ARCH}}"
WORK="$(mktemp -d)"
cd "$WORK"
for f in runsc runsc.sha512 containerd-shim-runsc-v1 containerd-shim-runsc-v1.sha512; do
  curl --fail --silent --show-error --location --retry 5 --output "$f" "$URL/$f"
done
# The release publishes a SHA-512 per binary; refuse to boot a node with a tampered runtime.
sha512sum --check runsc.sha512 containerd-shim-runsc-v1.sha512
install -m 0755 runsc containerd-shim-runsc-v1 /usr/local/bin/
mkdir -p "$(dirname {RUNSC_CONFIG_PATH})"
cat > {RUNSC_CONFIG_PATH} <<'TOML'
{RUNSC_TOML}TOML
# If containerd is already up (it normally is not yet), make it read the new runtime.
systemctl try-restart containerd || true
rm -rf "$WORK"
"""


def sandbox_user_data(release: str, containerd_major: int) -> str:
    """Base64 MIME multipart user data for the sandbox node group's launch template.

    Args:
        release: Pinned gVisor release (see `install_script`).
        containerd_major: containerd major version of the node image (see
            `runsc_containerd_config`).
    """
    document = MIMEMultipart(boundary="==CODEREMOTE==")
    config = MIMEText(node_config(containerd_major), "plain")
    config.replace_header("Content-Type", NODECONFIG_CONTENT_TYPE)
    document.attach(config)
    document.attach(MIMEText(install_script(release), "x-shellscript"))
    return base64.b64encode(document.as_bytes()).decode("ascii")
