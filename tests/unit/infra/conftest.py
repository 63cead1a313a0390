"""Fixtures: one mocked run of `infra/__main__.py` per stack (see pulumi_mocks.py)."""

from __future__ import annotations

import pytest

from tests.unit.infra.pulumi_mocks import StackRun, finish_program, start_program


@pytest.fixture(scope="session")
def stacks() -> dict[str, StackRun]:
    """One mocked run of the program per stack."""
    # The three stacks run side by side: each child spends most of its time importing.
    started = {env: start_program(env) for env in ("dev", "staging", "prod")}
    return {env: finish_program(proc) for env, proc in started.items()}


@pytest.fixture(params=["dev", "staging", "prod"])
def stack(request: pytest.FixtureRequest, stacks: dict[str, StackRun]) -> StackRun:
    """Each stack's run in turn."""
    return stacks[request.param]
