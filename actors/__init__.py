"""Ray actors between the rooms and the sandboxes: the sandbox pool (and `actors.analysis`).

Public handles only; `open_sandbox_pool()` is the one call the server needs.
"""

from actors.sandbox_client import (
    LocalSandboxPool,
    PoolClient,
    RayRunHandle,
    RaySandboxPool,
    ensure_ray,
    open_sandbox_pool,
)
from actors.sandbox_pool import POOL_ACTOR_NAME, SandboxPoolActor, get_sandbox_pool_actor
from actors.settings import ActorSettings

__all__ = [
    "POOL_ACTOR_NAME",
    "ActorSettings",
    "LocalSandboxPool",
    "PoolClient",
    "RayRunHandle",
    "RaySandboxPool",
    "SandboxPoolActor",
    "ensure_ray",
    "get_sandbox_pool_actor",
    "open_sandbox_pool",
]
