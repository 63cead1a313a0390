"""Fixtures: one mocked run of `infra/__main__.py` per stack and provider (see pulumi_mocks.py)."""

from __future__ import annotations

import pytest

from tests.unit.infra.pulumi_mocks import StackRun, finish_program, stack_config, start_program

ENVS = ("dev", "staging", "prod")
PROVIDERS = ("aws", "memory")


def provider_config(env: str, provider: str) -> dict[str, str]:
    """The stack's own config with `coderemote:provider` set to `provider`."""
    return {**stack_config(env), "coderemote:provider": provider}


@pytest.fixture(scope="session")
def runs() -> dict[tuple[str, str], StackRun]:
    """One mocked run of the program per (provider, stack)."""
    # Side by side: each child spends most of its time importing.
    started = {
        (provider, env): start_program(env, provider_config(env, provider))
        for provider in PROVIDERS
        for env in ENVS
    }
    return {key: finish_program(proc) for key, proc in started.items()}


@pytest.fixture(scope="session")
def stacks(runs: dict[tuple[str, str], StackRun]) -> dict[str, StackRun]:
    """The AWS provider's run of each stack (what `pulumi up` would build)."""
    return {env: runs[("aws", env)] for env in ENVS}


@pytest.fixture(params=ENVS)
def stack(request: pytest.FixtureRequest, stacks: dict[str, StackRun]) -> StackRun:
    """Each stack's AWS run in turn."""
    return stacks[request.param]


@pytest.fixture(params=[(p, e) for p in PROVIDERS for e in ENVS], ids=lambda k: f"{k[0]}-{k[1]}")
def any_run(request: pytest.FixtureRequest, runs: dict[tuple[str, str], StackRun]) -> StackRun:
    """Each stack's run on each provider in turn: the composition's tests take this."""
    return runs[request.param]
