"""Parsing of the sandbox nodes' user data the way the node reads it: MIME, then YAML, then TOML."""

from __future__ import annotations

import base64
import email
import re
import tomllib
from dataclasses import dataclass
from typing import Any

import yaml

from infra.naming import resource_name
from tests.unit.infra.pulumi_mocks import StackRun

CRI_V2 = "io.containerd.grpc.v1.cri"
CRI_V3 = "io.containerd.cri.v1.runtime"


@dataclass
class SandboxUserData:
    """What the sandbox launch template's user data holds, parsed."""

    content_types: list[str]
    node_config: dict[str, Any]
    containerd: dict[str, Any]
    script: str
    runsc_config: dict[str, Any]
    release: str
    containerd_major: int

    def runtime(self, handler: str) -> dict[str, Any]:
        """The containerd runtime section named `handler`, under whichever CRI plugin id."""
        plugins = self.containerd["plugins"]
        plugin = plugins.get(CRI_V3) or plugins[CRI_V2]
        return dict(plugin["containerd"]["runtimes"][handler])


def parse_user_data(encoded: str) -> SandboxUserData:
    """Decode base64 MIME multipart user data into its NodeConfig, containerd TOML and script."""
    message = email.message_from_bytes(base64.b64decode(encoded))
    assert message.is_multipart(), "nodeadm reads NodeConfig only from MIME multipart user data"
    parts = message.get_payload()
    types = [p.get_content_type() for p in parts]
    (config_part,) = [p for p in parts if p.get_content_type() == "application/node.eks.aws"]
    (script_part,) = [p for p in parts if p.get_content_type() == "text/x-shellscript"]
    node_config = yaml.safe_load(config_part.get_payload(decode=True).decode())
    containerd = tomllib.loads(node_config["spec"]["containerd"]["config"])
    script = script_part.get_payload(decode=True).decode()
    heredoc = re.search(r"cat > (\S+) <<'TOML'\n(.*?)\nTOML\n", script, re.S)
    assert heredoc is not None, "the script writes no runsc config"
    release = re.search(r"/releases/release/([^/]+)/", script)
    assert release is not None
    plugins = containerd.get("plugins", {})
    major = 2 if CRI_V3 in plugins else 1
    return SandboxUserData(
        content_types=types,
        node_config=node_config,
        containerd=containerd,
        script=script,
        runsc_config={"path": heredoc.group(1), **tomllib.loads(heredoc.group(2))},
        release=release.group(1),
        containerd_major=major,
    )


def parse_sandbox_user_data(run: StackRun) -> SandboxUserData:
    """The parsed user data of the sandbox node group's launch template in `run`."""
    template = run.named(resource_name(run.env, "sandbox-nodes-lt"))
    return parse_user_data(template.inputs["userData"])
