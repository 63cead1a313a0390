"""Server configuration from `CODEREMOTE_*` environment variables and `.env`.

Validated once at start-up: a bad value stops the server with the name of the setting.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, ValidationError, field_validator, model_validator
from pydantic_settings import SettingsConfigDict

from realtime.auth.settings import AccessSettings

__all__ = ["Settings", "SettingsError", "load_settings"]


class SettingsError(Exception):
    """The configuration is invalid; the message names every bad setting."""


class Settings(AccessSettings):
    """Everything the realtime server can be told from outside.

    Auth, access and quota fields come from `AccessSettings` (kept beside the auth code).
    """

    model_config = SettingsConfigDict(
        env_prefix="CODEREMOTE_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        frozen=True,
    )

    host: str = Field("127.0.0.1", description="Interface the HTTP server binds to.")
    port: int = Field(8000, ge=0, le=65535, description="TCP port of the HTTP server.")
    store: Literal["memory", "redis", "embedded"] = Field(
        "memory",
        description="Where rooms, metadata and runs live: in this process (lost at exit), in "
        "the Redis at redis_url, or in a redis-server that `coderemote serve` runs itself "
        "on data_dir (kept across restarts; what `make run` uses).",
    )
    redis_url: str | None = Field(
        None,
        description="Redis URL, e.g. redis://127.0.0.1:6379/0 (needed when store=redis; "
        "ignored when store=embedded).",
    )
    data_dir: str | None = Field(
        None,
        description="Data folder: the embedded Redis (default .data when store=embedded) and "
        "the development sign-in key and invite secret, kept there as 0600 files.",
    )
    max_frame_bytes: int = Field(
        2 * 1024 * 1024,
        ge=1024,
        le=64 * 1024 * 1024,
        description="Largest WebSocket frame accepted; larger ones close with code 1009.",
    )
    room_idle_seconds: float = Field(
        30.0,
        ge=0.0,
        description="Seconds a room with no connection stays in memory before it is unloaded.",
    )
    compaction_threshold: int = Field(
        500,
        ge=2,
        description="Stored updates after the snapshot that trigger compaction into a snapshot.",
    )
    environment: Literal["development", "production"] = Field(
        "development",
        description="development allows anonymous editors; production requires tokens.",
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        "INFO", description="Lowest level of the JSON log lines written to stderr."
    )
    send_queue_frames: int = Field(
        2000,
        ge=16,
        description="Frames queued for one slow client before it is disconnected (code 1013).",
    )
    web_dist: str = Field(
        "web/dist", description="Directory of the built web app served at `/` when present."
    )

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_level(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @field_validator("redis_url", mode="before")
    @classmethod
    def _blank_redis_url_is_unset(cls, value: object) -> object:
        # The URL may carry a password: a blank one means "not set", like every secret.
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("redis_url")
    @classmethod
    def _check_redis_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("must start with redis://, rediss:// or unix://")
        return value

    @model_validator(mode="after")
    def _redis_needs_url(self) -> Settings:
        if self.store == "redis" and not self.redis_url:
            raise ValueError("CODEREMOTE_REDIS_URL is required when CODEREMOTE_STORE=redis")
        return self


def load_settings(**overrides: object) -> Settings:
    """Read the settings from the environment and `.env`, with explicit overrides on top.

    Args:
        **overrides: Values that win over the environment (e.g. from command-line flags);
            `None` values are ignored.

    Returns:
        The validated settings.

    Raises:
        SettingsError: A setting is invalid; the message names it and says why.
    """
    given = {key: value for key, value in overrides.items() if value is not None}
    try:
        return Settings(**given)  # type: ignore[arg-type]
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            name = ".".join(str(part) for part in error["loc"]) or "settings"
            label = f"CODEREMOTE_{name.upper()}" if error["loc"] else name
            problems.append(f"{label}: {error['msg']}")
        raise SettingsError("invalid configuration: " + "; ".join(problems)) from None
