"""Settings are validated at start-up and name the bad setting."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from realtime.settings import SettingsError, load_settings


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No CODEREMOTE_* variables and no .env from the machine running the tests."""
    for name in list(os.environ):
        if name.startswith("CODEREMOTE_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)


def test_defaults() -> None:
    settings = load_settings()
    assert settings.store == "memory"
    assert settings.port == 8000
    assert settings.max_frame_bytes == 2 * 1024 * 1024


def test_dotenv_is_read(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("CODEREMOTE_STORE=redis\nCODEREMOTE_REDIS_URL=redis://h:1/0\n")
    settings = load_settings()
    assert settings.store == "redis" and settings.redis_url == "redis://h:1/0"


def test_environment_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CODEREMOTE_PORT", "9100")
    monkeypatch.setenv("CODEREMOTE_LOG_LEVEL", "debug")
    settings = load_settings()
    assert settings.port == 9100
    assert settings.log_level == "DEBUG"
    assert load_settings(port=9200).port == 9200


@pytest.mark.parametrize(
    ("overrides", "named"),
    [
        ({"port": 70000}, "CODEREMOTE_PORT"),
        ({"store": "disk"}, "CODEREMOTE_STORE"),
        ({"store": "redis"}, "CODEREMOTE_REDIS_URL"),
        ({"redis_url": "http://x"}, "CODEREMOTE_REDIS_URL"),
        ({"max_frame_bytes": 10}, "CODEREMOTE_MAX_FRAME_BYTES"),
    ],
)
def test_bad_values_name_the_setting(overrides: dict[str, object], named: str) -> None:
    with pytest.raises(SettingsError, match=named):
        load_settings(**overrides)
