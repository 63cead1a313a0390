"""The `CloudProvider` a stack builds on, chosen by its `coderemote:provider` setting."""

from __future__ import annotations

from infra.interfaces import CloudProvider


def provider_for(name: str) -> CloudProvider:
    """The provider named `name` (`aws` or `memory`).

    Imported lazily so a stack on one cloud never loads another cloud's SDK.

    Raises:
        ValueError: No provider has that name.
    """
    if name == "aws":
        from infra.aws.provider import AwsProvider

        return AwsProvider()
    if name == "memory":
        from infra.memory import InMemoryProvider

        return InMemoryProvider()
    raise ValueError(f"no cloud provider named {name!r}")
