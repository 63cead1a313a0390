"""Where the actors run and what they ask Ray for: sandbox nodes, CPU, one pool per node.

A Ray node that may run sandboxes declares the custom resource `sandbox_node`
(`ray start --resources='{"sandbox_node": 1}'`; the RayCluster's worker group sets it, the
head never does; a local Ray started by the server gives it to its one node). The resource is
a label, not a capacity: every actor that must run on such a node asks for a token share of it
(`NODE_SHARE`), which keeps it off the head (no sandboxes there, no sandbox service account,
no Gemini key) without limiting how many actors fit. How many pools a node holds is decided by
discovery instead (`actors.pool_spread`): exactly one, pinned to that node by id.

Actors also declare the CPU they really use, so Ray's accounting of a node is true and work
beyond it stays pending, which is what the autoscaler reacts to: a local pool asks for its warm
sandboxes' CPU quota (pool size x `cpu_cores`), the analysis actor for its measuring sandboxes,
each plus a little for its own event loop.
"""

from __future__ import annotations

import math

from sandbox.settings import SandboxSettings, SettingsOverrides, with_overrides

SANDBOX_NODE_RESOURCE = "sandbox_node"
# A token share: enough to be refused by nodes without the resource, small enough never to
# run out on a node that has one unit.
NODE_SHARE = 0.001
# An actor's own event loop and run channel: it relays events and computes nothing itself.
ACTOR_SELF_CPU = 0.05
# Ray keeps resource amounts to 4 decimals.
_PRECISION = 10_000


def ray_cpus(amount: float) -> float:
    """`amount` CPUs as Ray accepts them: a fraction below one, whole CPUs (rounded up) above.

    Ray refuses fractional quantities above 1 ("Resource quantities >1 must be whole numbers").
    """
    if amount > 1:
        return float(math.ceil(amount - 1e-9))
    return max(math.ceil(amount * _PRECISION) / _PRECISION, 1 / _PRECISION)


def _sandbox_settings(overrides: SettingsOverrides) -> SandboxSettings:
    """The environment's `SandboxSettings` with `overrides`; the defaults if they are invalid.

    A bad setting is reported by the pool itself, with its name.
    """
    try:
        return with_overrides(SandboxSettings, overrides)
    except Exception:
        return SandboxSettings.model_construct()


def pool_cpus(backend: str, overrides: SettingsOverrides | None = None) -> float:
    """CPUs a pool actor uses on its node: its sandboxes' quota for the local backend.

    Pool size and quota come from `overrides`, else from this process's `SANDBOX_*`
    environment (the actor reads the same variables on its node). A Kubernetes pool's sandboxes
    are pods the Kubernetes scheduler places on the sandbox node group, so the actor itself
    only relays: it asks for its own share alone.
    """
    if backend == "kubernetes":
        return ray_cpus(ACTOR_SELF_CPU)
    fields = {k: v for k, v in (overrides or {}).items() if k in ("pool_size", "cpu_cores")}
    settings = _sandbox_settings(fields)
    return ray_cpus(settings.pool_size * settings.cpu_cores + ACTOR_SELF_CPU)


def analysis_cpus(measure_pool_size: int, cpu_cores: float | None = None) -> float:
    """CPUs of the analysis actor: its measuring sandboxes' quota plus its event loop.

    Gemini calls wait on the network and cost next to nothing here.
    """
    if cpu_cores is None:
        cpu_cores = _sandbox_settings({}).cpu_cores
    return ray_cpus(measure_pool_size * cpu_cores + ACTOR_SELF_CPU)


def on_sandbox_node() -> dict[str, float]:
    """The `resources=` of an actor that must run on a sandbox node."""
    return {SANDBOX_NODE_RESOURCE: NODE_SHARE}


def pool_actor_name(prefix: str, node_id: str) -> str:
    """The name of the pool actor on `node_id` (one per node and namespace)."""
    return f"{prefix}-{node_id}"


def sandbox_node_ids() -> list[str]:
    """Ids of the live Ray nodes that declare `sandbox_node` (a GCS call: blocks briefly)."""
    import ray

    return sorted(
        node["NodeID"]
        for node in ray.nodes()  # type: ignore[no-untyped-call]
        if node.get("Alive") and node.get("Resources", {}).get(SANDBOX_NODE_RESOURCE, 0) > 0
    )


def ask_for_sandbox_nodes(count: int) -> None:
    """Ask the Ray autoscaler for at least `count` sandbox nodes (0 withdraws the request).

    Runs are not Ray tasks, so their load never shows up as pending resources by itself; this
    puts it there (`ray.autoscaler.sdk.request_resources`, a floor the autoscaler scales up to).
    Without an autoscaler (a local Ray, `ray start`) it is only recorded.
    """
    from ray.autoscaler.sdk import request_resources

    request_resources(bundles=[{SANDBOX_NODE_RESOURCE: 1.0}] * count)
