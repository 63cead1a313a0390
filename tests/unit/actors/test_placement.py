"""What the actors ask Ray for: CPU as Ray accepts it, and the sandbox node resource."""

from __future__ import annotations

import pytest

from actors.placement import (
    ACTOR_SELF_CPU,
    SANDBOX_NODE_RESOURCE,
    analysis_cpus,
    on_sandbox_node,
    pool_actor_name,
    pool_cpus,
    ray_cpus,
)


@pytest.mark.parametrize(
    ("amount", "expected"),
    [(0.25, 0.25), (0.123456, 0.1235), (1.0, 1.0), (1.2, 2.0), (3.0, 3.0), (0.0, 0.0001)],
)
def test_cpus_are_fractions_below_one_and_whole_above(amount: float, expected: float) -> None:
    assert ray_cpus(amount) == pytest.approx(expected)


def test_a_local_pool_asks_for_its_sandboxes_quota() -> None:
    assert pool_cpus("local", {"pool_size": 4, "cpu_cores": 0.1}) == pytest.approx(
        0.4 + ACTOR_SELF_CPU
    )
    # 8 sandboxes of half a core: 4.05 CPUs, which Ray takes as 5 whole ones.
    assert pool_cpus("local", {"pool_size": 8, "cpu_cores": 0.5}) == 5.0


def test_a_kubernetes_pool_only_relays() -> None:
    assert pool_cpus("kubernetes", {"pool_size": 8}) == pytest.approx(ACTOR_SELF_CPU)


def test_the_analysis_actor_asks_for_its_measuring_sandboxes() -> None:
    assert analysis_cpus(2, 0.25) == pytest.approx(0.5 + ACTOR_SELF_CPU)
    assert analysis_cpus(0, 0.25) == pytest.approx(ACTOR_SELF_CPU)


def test_actors_ask_for_a_token_share_of_the_sandbox_node_resource() -> None:
    share = on_sandbox_node()
    assert list(share) == [SANDBOX_NODE_RESOURCE]
    # A token: a node declaring one unit holds many actors; a node without it holds none.
    assert 0 < share[SANDBOX_NODE_RESOURCE] <= 0.01


def test_pool_names_carry_the_node_id() -> None:
    assert pool_actor_name("coderemote-sandbox-pool", "ab12") == "coderemote-sandbox-pool-ab12"
