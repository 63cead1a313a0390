"""Settings validate at start-up; the package's public names are pinned."""

from __future__ import annotations

import pydantic
import pytest

import sandbox
from sandbox.settings import SandboxSettings


def test_relaxed_mode_refused_in_production(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RELAXED_MODE", "true")
    monkeypatch.setenv("ENVIRONMENT", "production")
    with pytest.raises(pydantic.ValidationError, match="RELAXED_MODE"):
        SandboxSettings()
    monkeypatch.setenv("ENVIRONMENT", "development")
    assert SandboxSettings().relaxed_mode
    monkeypatch.delenv("ENVIRONMENT")
    monkeypatch.setenv("CODEREMOTE_ENVIRONMENT", "production")
    with pytest.raises(pydantic.ValidationError, match="RELAXED_MODE"):
        SandboxSettings()
    with pytest.raises(pydantic.ValidationError, match="RELAXED_MODE"):
        SandboxSettings(environment="production", relaxed_mode=True)


def test_env_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SANDBOX_POOL_SIZE", "5")
    monkeypatch.setenv("SANDBOX_WALL_TIMEOUT_S", "500")
    with pytest.raises(pydantic.ValidationError, match="wall_timeout_s"):
        SandboxSettings()
    monkeypatch.delenv("SANDBOX_WALL_TIMEOUT_S")
    assert SandboxSettings().pool_size == 5


def test_public_names() -> None:
    assert set(sandbox.__all__) == {
        "Diagnostic",
        "PolicyError",
        "PoolBusyError",
        "PoolStats",
        "RunEvent",
        "RunFinished",
        "RunHandle",
        "RunInputWanted",
        "RunOutput",
        "RunRequest",
        "RunResult",
        "RunStarted",
        "SandboxError",
        "SandboxPool",
        "SandboxSettings",
        "SandboxUnavailableError",
        "Verdict",
        "WarmPool",
        "Person",
        "decode_event",
        "encode",
        "run_self_test",
        "validate",
    }
    for name in sandbox.__all__:
        assert getattr(sandbox, name) is not None


def test_module_list_is_a_documented_setting_that_refuses_system_modules() -> None:
    from sandbox.policy import COMPUTE_MODULES

    field = SandboxSettings.model_fields["extra_modules"]
    assert field.description and "time" in field.description and "os" in field.description
    assert SandboxSettings().extra_modules == COMPUTE_MODULES
    assert {"time", "datetime", "random", "re", "heapq", "bisect", "io"} <= set(COMPUTE_MODULES)
    for bad in ("os", "subprocess", "socket", "ctypes", "importlib", "os.path"):
        with pytest.raises(ValueError, match="extra_modules"):
            SandboxSettings(extra_modules=(bad,))
