"""Boot-time user data for the sandbox node group: install gVisor and register it with containerd.

EKS managed node groups on Amazon Linux 2023 merge this MIME document with their own NodeConfig.
Order on AL2023: `nodeadm-config` writes containerd's config, then cloud-init runs the shell
part below, then `nodeadm-run` starts containerd and the kubelet, so runsc is in place before
the node can accept a pod. The containerd config that nodeadm writes imports
`/etc/containerd/config.d/*.toml`, which is where the runsc runtime is declared.
"""

from __future__ import annotations

import base64
import re
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from infra.conventions import GVISOR_HANDLER

_RELEASE = re.compile(r"^\d{8}(\.\d+)?$")

# The runtime name (`runsc`) must equal the RuntimeClass handler in k8s/components/gvisor.
RUNSC_CONTAINERD_TOML = f"""\
# Written by the sandbox node group's launch template (infra/aws/gvisor_user_data.py).
version = 2
[plugins."io.containerd.grpc.v1.cri".containerd.runtimes.{GVISOR_HANDLER}]
  runtime_type = "io.containerd.runsc.v1"
[plugins."io.containerd.grpc.v1.cri".containerd.runtimes.{GVISOR_HANDLER}.options]
  TypeUrl = "io.containerd.runsc.v1.options"
  ConfigPath = "/etc/containerd/runsc.toml"
"""

# systrap works on every EC2 instance type (no nested virtualisation needed).
RUNSC_TOML = """\
[runsc_config]
  platform = "systrap"
"""


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
mkdir -p /etc/containerd/config.d
cat > /etc/containerd/config.d/{GVISOR_HANDLER}.toml <<'TOML'
{RUNSC_CONTAINERD_TOML}TOML
cat > /etc/containerd/runsc.toml <<'TOML'
{RUNSC_TOML}TOML
# If containerd is already up (it normally is not yet), make it read the new runtime.
systemctl try-restart containerd || true
rm -rf "$WORK"
"""


def sandbox_user_data(release: str) -> str:
    """Base64 MIME multipart user data for the sandbox node group's launch template."""
    document = MIMEMultipart(boundary="==CODEREMOTE==")
    document.attach(MIMEText(install_script(release), "x-shellscript"))
    return base64.b64encode(document.as_bytes()).decode("ascii")
