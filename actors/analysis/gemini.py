"""The Gemini backend: one `generate_content` call answers a whole batch of programs.

Each program travels as its own JSON part (`{"id", "language", "code"}`, the language by its
registry label, e.g. "Java 17") after an instruction part that names the batch's languages;
the system instruction says the code is data. The answer is constrained by a response schema
to an array of objects keyed by id. Answers that are missing, malformed or carry a label
outside the seven classes are simply left out, so the caller can fall back for those ids only.
The API key lives only in the SDK client's request header: never in a prompt, never sent to
the sandbox.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
from collections.abc import Sequence
from importlib import resources
from typing import Any

from google import genai
from google.genai import errors, types

from actors.analysis.classes import CLASSES, is_class
from actors.analysis.interface import AnalysisRequest
from actors.analysis.models import Analysis, FunctionComplexity
from actors.analysis.settings import AnalysisSettings
from sandbox.languages.registry import load_registry

log = logging.getLogger(__name__)

_RETRYABLE = frozenset({408, 429, 500, 502, 503, 504})


class GeminiError(Exception):
    """A whole call failed (after retries, or timed out); every id of the batch falls back."""


def load_prompt(name: str) -> str:
    """A prompt text from `actors/analysis/prompts/`."""
    return (resources.files("actors.analysis") / "prompts" / f"{name}.txt").read_text("utf-8")


def response_schema() -> dict[str, object]:
    """The JSON schema the model's answer must follow (labels as enums)."""
    label = {"type": "STRING", "enum": list(CLASSES)}
    function = {
        "type": "OBJECT",
        "properties": {
            "name": {"type": "STRING"},
            "time": label,
            "space": label,
            "line": {"type": "INTEGER"},
        },
        "required": ["name", "time", "space", "line"],
    }
    answer = {
        "type": "OBJECT",
        "properties": {
            "id": {"type": "STRING"},
            "time": label,
            "space": label,
            "functions": {"type": "ARRAY", "items": function},
            "explanation": {"type": "STRING"},
            "confidence": {"type": "NUMBER"},
        },
        "required": ["id", "time", "space", "explanation", "confidence"],
    }
    return {
        "type": "OBJECT",
        "properties": {"answers": {"type": "ARRAY", "items": answer}},
        "required": ["answers"],
    }


class GeminiAnalyzer:
    """Analyses batches of programs with one Gemini call per batch.

    Args:
        settings: Model name, key, timeout and retry policy.
        client: A ready SDK client (tests pass one pointed at a local fake); built from the
            settings when omitted.
    """

    def __init__(self, settings: AnalysisSettings, client: genai.Client | None = None) -> None:
        if client is None:
            if settings.gemini_api_key is None:
                raise ValueError("ANALYSIS_GEMINI_API_KEY is not set")
            http = types.HttpOptions(
                base_url=settings.gemini_base_url,
                api_version="v1beta",
                timeout=int(settings.gemini_timeout_s * 1000),
            )
            client = genai.Client(
                api_key=settings.gemini_api_key.get_secret_value(), http_options=http
            )
        self._client = client
        self._settings = settings
        self._system = load_prompt("system")
        self._user = load_prompt("user")

    async def aclose(self) -> None:
        """Close the SDK's HTTP sessions."""
        await self._client.aio.aclose()

    async def analyze(self, code: str, language: str = "python") -> Analysis:
        """Analyse one program (a batch of one); raises `GeminiError` when there is no answer."""
        answers = await self.analyze_many([AnalysisRequest(id="p0", code=code, language=language)])
        if "p0" not in answers:
            raise GeminiError("the model gave no valid answer")
        return answers["p0"]

    async def analyze_many(self, requests: Sequence[AnalysisRequest]) -> dict[str, Analysis]:
        """One call for all `requests`; returns the valid answers by id (others are missing).

        Raises:
            GeminiError: The call failed after retries, or timed out.
        """
        contents = self._contents(requests)
        config = types.GenerateContentConfig(
            system_instruction=self._system,
            response_mime_type="application/json",
            response_schema=response_schema(),
            temperature=0.0,
        )
        text = await self._call_with_retries(contents, config)
        return parse_answers(text, {r.id for r in requests})

    def _contents(self, requests: Sequence[AnalysisRequest]) -> list[types.Content]:
        labels = [language_name(r.language) for r in requests]
        named = ", ".join(dict.fromkeys(labels))
        parts = [types.Part(text=self._user.format(count=len(requests), languages=named))]
        # One part per program, JSON-encoded: the code is a string value, never prompt text.
        parts += [
            types.Part(text=json.dumps({"id": r.id, "language": label, "code": r.code}))
            for r, label in zip(requests, labels, strict=True)
        ]
        return [types.Content(role="user", parts=parts)]

    async def _call_with_retries(
        self, contents: list[types.Content], config: types.GenerateContentConfig
    ) -> str:
        delay = self._settings.gemini_backoff_s
        last: Exception | None = None
        for attempt in range(self._settings.gemini_retries + 1):
            try:
                response = await asyncio.wait_for(
                    self._client.aio.models.generate_content(
                        model=self._settings.gemini_model, contents=contents, config=config
                    ),
                    timeout=self._settings.gemini_timeout_s,
                )
                return response.text or ""
            except TimeoutError as exc:
                # A slow endpoint is not retried: the user is waiting; offline answers now.
                raise GeminiError(
                    f"Gemini did not answer within {self._settings.gemini_timeout_s:g} s"
                ) from exc
            except errors.APIError as exc:
                last = exc
                if exc.code not in _RETRYABLE or attempt == self._settings.gemini_retries:
                    break
                log.info("Gemini returned %s; retrying in %.2f s", exc.code, delay)
            except Exception as exc:  # connection refused, reset, bad response: retryable
                last = exc
                if attempt == self._settings.gemini_retries:
                    break
            await asyncio.sleep(delay * (1 + random.random() * 0.25))
            delay *= 2
        code = getattr(last, "code", None)
        raise GeminiError(f"Gemini call failed ({code or type(last).__name__})") from last


def language_name(language: str) -> str:
    """How the prompt names a language: its registry label ("C++17 (g++)"), else the id."""
    registry = load_registry()
    return registry.get(language).label if language in registry.ids else language


def parse_answers(text: str, ids: set[str]) -> dict[str, Analysis]:
    """Valid answers by id from the model's JSON text; anything unusable is dropped."""
    try:
        data = json.loads(text)
    except ValueError:
        log.warning("Gemini answer is not JSON")
        return {}
    items = data.get("answers") if isinstance(data, dict) else data
    if not isinstance(items, list):
        return {}
    out: dict[str, Analysis] = {}
    for item in items:
        if not isinstance(item, dict):
            continue
        pid = item.get("id")
        if not isinstance(pid, str) or pid not in ids or pid in out:
            continue
        analysis = _to_analysis(item)
        if analysis is not None:
            out[pid] = analysis
    return out


def _to_analysis(item: dict[str, Any]) -> Analysis | None:
    time, space = item.get("time"), item.get("space")
    if not is_class(time) or not is_class(space):
        return None
    assert isinstance(time, str) and isinstance(space, str)
    confidence = item.get("confidence", 0.5)
    if not isinstance(confidence, int | float) or not 0 <= confidence <= 1:
        confidence = 0.5
    functions: list[FunctionComplexity] = []
    for f in item.get("functions") or []:
        if (
            isinstance(f, dict)
            and isinstance(f.get("name"), str)
            and is_class(f.get("time"))
            and is_class(f.get("space"))
            and isinstance(f.get("line"), int)
        ):
            functions.append(FunctionComplexity(f["name"][:200], f["time"], f["space"], f["line"]))
    explanation = item.get("explanation")
    return Analysis(
        source="gemini",
        time=time,
        space=space,
        functions=tuple(functions),
        explanation=explanation[:1000] if isinstance(explanation, str) else "",
        confidence=float(confidence),
    )
