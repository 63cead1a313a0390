"""The Gemini key reaches the process that calls Gemini, under the name that process reads."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic.fields import FieldInfo

from actors.analysis.settings import AnalysisSettings

ROOT = Path(__file__).resolve().parents[3]


def _env_names(containers: list[dict[str, object]]) -> set[str]:
    names: set[str] = set()
    for container in containers:
        for entry in container.get("env", []) or []:  # type: ignore[union-attr]
            names.add(entry["name"])  # type: ignore[index]
    return names


def _key_names() -> set[str]:
    field: FieldInfo = AnalysisSettings.model_fields["gemini_api_key"]
    alias = field.validation_alias
    return set(alias.choices) if alias is not None else set()  # type: ignore[union-attr]


def test_ray_workers_get_the_key_under_a_name_the_analysis_settings_read() -> None:
    cluster = yaml.safe_load((ROOT / "k8s/components/ray/raycluster.yaml").read_text())
    workers = cluster["spec"]["workerGroupSpecs"]
    assert workers
    for group in workers:
        names = _env_names(group["template"]["spec"]["containers"])
        assert names & _key_names(), f"{group['groupName']}: no Gemini key the actor reads"


def test_api_pods_hold_no_gemini_key() -> None:
    docs = list(yaml.safe_load_all((ROOT / "k8s/base/api/deployment.yaml").read_text()))
    deployment = next(d for d in docs if d and d.get("kind") == "Deployment")
    names = _env_names(deployment["spec"]["template"]["spec"]["containers"])
    assert not {n for n in names if "GEMINI" in n or "GOOGLE_API_KEY" in n}
