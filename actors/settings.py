"""Settings of the actors layer: where Ray is, and which sandbox backend the pool uses."""

from __future__ import annotations

from typing import Literal

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class ActorSettings(BaseSettings):
    """How the server reaches the sandbox pool (environment prefix `CODEREMOTE_`)."""

    model_config = SettingsConfigDict(
        env_prefix="CODEREMOTE_", env_file=".env", extra="ignore", frozen=True
    )

    ray_address: str | None = Field(
        default=None,
        validation_alias=AliasChoices("CODEREMOTE_RAY_ADDRESS"),
        description="Ray cluster to join (e.g. ray://head:10001); unset: start a private "
        "local Ray (its own temp folder; RAY_ADDRESS and /tmp/ray are never used).",
    )
    ray_num_cpus: int = Field(
        default=2, ge=1, le=64, description="CPUs the local Ray may schedule (when started here)."
    )
    use_ray: bool = Field(
        default=True,
        description="Run the sandbox pool in a Ray actor; false: in the server process.",
    )
    sandbox_backend: Literal["local", "kubernetes"] = Field(
        default="local",
        description="Pool backend: local runsc (or relaxed mode) or Kubernetes pods.",
    )
    pool_actor_name: str = Field(
        default="coderemote-sandbox-pool", description="Name of the shared sandbox pool actor."
    )
    ray_namespace: str = Field(default="coderemote", description="Ray namespace of the actors.")
    warm_on_start: bool = Field(
        default=True,
        description="`coderemote serve` starts Ray, the sandbox pool and the analysis actor at "
        "start-up and /readyz waits for them; false: on the first run or analysis (for "
        "processes that never run code), and /readyz then checks the store only.",
    )
    run_channel_port: int = Field(
        default=0,
        ge=0,
        le=65535,
        description="Port of the pool actor's run channel on a cluster (0: any free port; a "
        "cluster sets one so its network policy can allow it). A local Ray always takes a free "
        "port, so two servers on one host never collide.",
    )
