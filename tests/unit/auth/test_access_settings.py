"""Start-up validation: the development provider and anonymous access never reach production."""

from __future__ import annotations

import pytest

from realtime.settings import SettingsError, load_settings

COGNITO = {
    "cognito_region": "eu-west-1",
    "cognito_user_pool_id": "eu-west-1_abc",
    "cognito_client_id": "client",
    "invite_secret": "x" * 32,
}


def test_development_defaults_enable_dev_login_and_anonymous() -> None:
    settings = load_settings(environment="development")
    assert settings.dev_login_enabled
    assert settings.anonymous_enabled


def test_production_defaults_disable_both() -> None:
    settings = load_settings(environment="production", **COGNITO)
    assert not settings.dev_login_enabled
    assert not settings.anonymous_enabled


@pytest.mark.parametrize(
    ("override", "named"),
    [
        ({"dev_login": True}, "CODEREMOTE_DEV_LOGIN"),
        ({"allow_anonymous": True}, "CODEREMOTE_ALLOW_ANONYMOUS"),
        (
            {"cognito_user_pool_id": None, "cognito_region": None, "cognito_client_id": None},
            "CODEREMOTE_COGNITO_USER_POOL_ID",
        ),
        ({"invite_secret": None}, "CODEREMOTE_INVITE_SECRET"),
    ],
)
def test_production_refuses_unsafe_settings(override: dict[str, object], named: str) -> None:
    values = {**COGNITO, **override}
    given = {k: v for k, v in values.items() if v is not None}
    if any(v is None for v in override.values()):
        for key in override:
            given.pop(key, None)
    with pytest.raises(SettingsError, match=named):
        load_settings(environment="production", **given)


def test_partial_cognito_settings_are_refused() -> None:
    with pytest.raises(SettingsError, match="must be set together"):
        load_settings(cognito_user_pool_id="eu-west-1_abc")


def test_cognito_in_development_turns_dev_login_off() -> None:
    settings = load_settings(**COGNITO)
    assert not settings.dev_login_enabled
    assert settings.cognito_issuer == "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_abc"


def test_blank_secret_settings_count_as_unset() -> None:
    settings = load_settings(invite_secret="", redis_url=" ", cognito_user_pool_id="")
    assert settings.invite_secret is None
    assert settings.redis_url is None
    assert settings.cognito_issuer is None
    # In production a blank secret is a missing one, named as such (not "too short").
    with pytest.raises(SettingsError, match="CODEREMOTE_INVITE_SECRET is required"):
        load_settings(environment="production", **{**COGNITO, "invite_secret": ""})


def test_blank_gemini_key_counts_as_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    from actors.analysis.settings import AnalysisSettings

    for name in ("ANALYSIS_GEMINI_API_KEY", "GOOGLE_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("GEMINI_API_KEY", "  ")
    assert AnalysisSettings().gemini_api_key is None
