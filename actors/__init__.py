"""Ray actors between the rooms and the sandboxes: the sandbox pool (and `actors.analysis`).

Public handles only; `open_sandbox_pool()` is the one call the server needs. Names load on
first use (PEP 562): importing a light submodule such as `actors.metrics` must not import Ray,
which costs the server tens of MiB before its first run.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from actors.sandbox_client import (
        LocalSandboxPool,
        PoolClient,
        RaySandboxPool,
        ensure_ray,
        open_sandbox_pool,
    )
    from actors.sandbox_pool import POOL_ACTOR_NAME, SandboxPoolActor, get_sandbox_pool_actor
    from actors.settings import ActorSettings

_HOMES = {
    "LocalSandboxPool": "actors.sandbox_client",
    "PoolClient": "actors.sandbox_client",
    "RaySandboxPool": "actors.sandbox_client",
    "ensure_ray": "actors.sandbox_client",
    "open_sandbox_pool": "actors.sandbox_client",
    "POOL_ACTOR_NAME": "actors.sandbox_pool",
    "SandboxPoolActor": "actors.sandbox_pool",
    "get_sandbox_pool_actor": "actors.sandbox_pool",
    "ActorSettings": "actors.settings",
}

__all__ = [
    "POOL_ACTOR_NAME",
    "ActorSettings",
    "LocalSandboxPool",
    "PoolClient",
    "RaySandboxPool",
    "SandboxPoolActor",
    "ensure_ray",
    "get_sandbox_pool_actor",
    "open_sandbox_pool",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'actors' has no attribute {name!r}")
    return getattr(import_module(home), name)
