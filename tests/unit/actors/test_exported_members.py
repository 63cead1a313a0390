"""The public names of `actors` (changing them is an API change)."""

from __future__ import annotations

import actors
import realtime.runs


def test_actors_exports() -> None:
    assert set(actors.__all__) == {
        "POOL_ACTOR_NAME",
        "ActorSettings",
        "LocalSandboxPool",
        "PoolClient",
        "RaySandboxPool",
        "SandboxPoolActor",
        "ensure_ray",
        "get_sandbox_pool_actor",
        "open_sandbox_pool",
    }
    for name in actors.__all__:
        assert getattr(actors, name) is not None


def test_runs_exports() -> None:
    for name in realtime.runs.__all__:
        assert getattr(realtime.runs, name) is not None
