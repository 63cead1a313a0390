"""Settings are validated at start-up and name the bad setting."""

from __future__ import annotations

import pytest

from realtime.settings import SettingsError, load_settings


def test_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = load_settings()
    assert settings.store == "memory"
    assert settings.port == 8000
    assert settings.max_frame_bytes == 2 * 1024 * 1024


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
