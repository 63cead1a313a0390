"""Cloud resource names: `{env}-{service}-{resource}`, e.g. `prod-coderemote-redis`."""

from __future__ import annotations

import re

from infra.conventions import ENVIRONMENTS, SERVICE

_RESOURCE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def resource_name(env: str, resource: str) -> str:
    """The name of one cloud resource of this service in one environment.

    Args:
        env: Stack / environment name (`dev`, `staging` or `prod`).
        resource: What the resource is, lower-case words joined by `-` (`eks`, `redis`).

    Returns:
        `{env}-coderemote-{resource}`.

    Raises:
        ValueError: The environment is unknown or the resource part is not kebab-case, so a
            typo cannot create a resource outside the naming scheme.
    """
    if env not in ENVIRONMENTS:
        raise ValueError(f"unknown environment {env!r}; expected one of {ENVIRONMENTS}")
    if not _RESOURCE.match(resource):
        raise ValueError(f"resource part {resource!r} must be lower-case kebab-case")
    return f"{env}-{SERVICE}-{resource}"
