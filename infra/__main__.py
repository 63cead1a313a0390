"""The Pulumi program: builds the deployment through the provider the stack names.

`coderemote:provider` in `Pulumi.<stack>.yaml` picks the `CloudProvider` (`aws` for the real
stacks; `memory`, which builds nothing, for tests); `infra/program.py` composes every piece
through it and returns what the release needs, exported here.

Run from this directory (`pulumi preview -s dev`, then `pulumi up -s dev`); every decision
lives in the providers' components and every per-environment value in `Pulumi.<stack>.yaml`.
"""

from __future__ import annotations

import pulumi

from infra.program import build
from infra.providers import provider_for
from infra.settings import load_settings

settings = load_settings()
for key, value in build(provider_for(settings.provider), settings).items():
    pulumi.export(key, value)
