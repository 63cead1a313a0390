"""Analysis settings (environment prefix `ANALYSIS_`; the API key also as `GEMINI_API_KEY`)."""

from __future__ import annotations

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class AnalysisSettings(BaseSettings):
    """Knobs of the analysis service; validated at start-up."""

    model_config = SettingsConfigDict(
        env_prefix="ANALYSIS_", env_file=".env", extra="ignore", frozen=True
    )

    gemini_api_key: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices(
            "ANALYSIS_GEMINI_API_KEY", "GEMINI_API_KEY", "GOOGLE_API_KEY"
        ),
        description="Gemini API key; without it every answer comes from the offline analyser.",
    )

    @field_validator("gemini_api_key", mode="before")
    @classmethod
    def _blank_key_is_unset(cls, value: object) -> object:
        # GEMINI_API_KEY= in a .env or a manifest means "no key", not a key that fails later.
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        return value

    gemini_model: str = Field(
        default="gemini-2.5-flash", min_length=1, description="Gemini model name."
    )
    gemini_base_url: str | None = Field(
        default=None, description="Override of the Gemini endpoint (tests, proxies)."
    )
    gemini_timeout_s: float = Field(
        default=20.0, gt=0, le=120, description="Timeout of one generate_content attempt."
    )
    gemini_retries: int = Field(
        default=3, ge=0, le=8, description="Retries on 429/5xx before falling back."
    )
    gemini_backoff_s: float = Field(
        default=0.5, ge=0, le=30, description="First retry delay; doubles on each retry."
    )
    batch_window_ms: float = Field(
        default=50.0,
        ge=0,
        le=2000,
        description="Requests arriving within this gap of each other share one Gemini call.",
    )
    batch_max_wait_ms: float = Field(
        default=200.0, ge=0, le=10_000, description="Longest the first request of a batch waits."
    )
    batch_max: int = Field(default=8, ge=1, le=64, description="Most programs in one call.")
    cache_size: int = Field(
        default=1024, ge=0, le=1_000_000, description="Answers kept, keyed by code SHA-256."
    )
    max_code_chars: int = Field(
        default=20_000, ge=100, le=200_000, description="Longest code accepted for analysis."
    )
    measure: bool = Field(
        default=True, description="Time code in the sandbox when a pool is available."
    )
    measure_pool_size: int = Field(
        default=1,
        ge=0,
        le=8,
        description="Sandboxes the Ray actor keeps for measurements (0: static-only offline).",
    )
    measure_budget_s: float = Field(
        default=8.0, gt=0, le=60, description="Wall-clock ceiling of one measurement."
    )
