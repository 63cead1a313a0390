"""`analyze` in a room and `POST /api/analyze` reach the analysis service (offline here)."""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from actors.analysis import CLASSES, Analysis, AnalysisService, AnalysisSettings
from realtime.runs.memory import MemoryRunStore
from realtime.runs.wiring import Analyzer, RunsWiring
from realtime.settings import load_settings
from tests.integration.rooms.conftest import RunningServer, serve_in_process
from tests.room_client import RoomClient

CODE = "def total(n):\n    s = 0\n    for i in range(n):\n        s += i\n    return s\n"


class InProcessAnalyzer:
    """The analysis service without Ray (no Gemini key: the offline analyser answers)."""

    def __init__(self) -> None:
        self.service = AnalysisService(AnalysisSettings(gemini_api_key=None, measure=False))
        self.calls = 0

    async def analyze(self, code: str, language: str = "python") -> Analysis:
        self.calls += 1
        return await self.service.analyze(code, language)


@pytest.fixture
async def analysis_server() -> AsyncIterator[tuple[RunningServer, InProcessAnalyzer]]:
    analyzer = InProcessAnalyzer()

    async def opener() -> Analyzer:
        return analyzer

    wiring = RunsWiring(MemoryRunStore(), analyzer=opener)
    async with serve_in_process(load_settings(), runs=wiring) as running:
        yield running, analyzer


async def test_analyze_event_reaches_the_room(
    analysis_server: tuple[RunningServer, InProcessAnalyzer],
) -> None:
    server, analyzer = analysis_server
    room = "an-" + uuid.uuid4().hex[:10]
    a, b = RoomClient(server.ws(room)), RoomClient(server.ws(room))
    try:
        await a.connect()
        await b.connect()
        await a.wait_synced()
        await a.insert(0, CODE)
        await b.wait_for(lambda: b.code() == CODE)
        await b.send_event({"type": "analyze"})
        for client in (a, b):
            await client.wait_for(
                lambda c=client: any(e["type"] == "analysis.result" for e in c.events), 60
            )
            kinds = [e["type"] for e in client.events if e["type"].startswith("analysis.")]
            assert kinds == ["analysis.started", "analysis.result"]
        result = next(e for e in a.events if e["type"] == "analysis.result")
        assert result["source"] == "offline" and result["time"] in CLASSES
        assert [f["name"] for f in result["functions"]] == ["total"]
        assert analyzer.calls == 1
    finally:
        await a.close()
        await b.close()


async def test_analyze_endpoint(analysis_server: tuple[RunningServer, InProcessAnalyzer]) -> None:
    server, _ = analysis_server
    async with httpx.AsyncClient(base_url=server.http, timeout=60) as http:
        response = await http.post("/api/analyze", json={"code": CODE})
        assert response.status_code == 200
        body = response.json()
        assert body["source"] == "offline" and body["time"] in CLASSES
        assert 0 <= body["confidence"] <= 1
        refused = await http.post("/api/analyze", json={"code": CODE, "extra": 1})
        assert refused.status_code == 400 and "error" in refused.json()


async def test_runs_and_analysis_are_off_unless_enabled(
    analysis_server: tuple[RunningServer, InProcessAnalyzer],
) -> None:
    server, _ = analysis_server
    async with httpx.AsyncClient(base_url=server.http, timeout=60) as http:
        lines = (await http.post("/api/runs", json={"code": "print(1)"})).text.splitlines()
        # The language is checked first: an unknown one is refused whatever the pool.
        other = await http.post("/api/runs", json={"code": "x", "language": "cobol"})
    assert lines and '"unavailable"' in lines[0]
    (refusal,) = [json.loads(line) for line in other.text.splitlines()]
    assert refusal["type"] == "run.rejected" and refusal["code"] == "unsupported_language"


class FailingAnalyzer:
    """An analyzer whose failure text holds what no caller may read (paths, ids, a trace)."""

    async def analyze(self, code: str) -> dict[str, Any]:
        raise RuntimeError(
            'Traceback (most recent call last):\n  File "/srv/app/actors/x.py", line 9\n'
            "ActorDiedError: actor 5f2b9c01aa pid=4242"
        )


async def test_analysis_errors_carry_no_internals() -> None:
    async def opener() -> Analyzer:
        return FailingAnalyzer()

    wiring = RunsWiring(MemoryRunStore(), analyzer=opener)
    async with (
        serve_in_process(load_settings(), runs=wiring) as server,
        httpx.AsyncClient(base_url=server.http) as http,
    ):
        failed = await http.post("/api/analyze", json={"code": CODE})
        assert failed.status_code == 503
        body = failed.json()
        assert body["error"]["code"] == "unavailable"
        for leak in ("Traceback", "/srv/", "pid=", "5f2b9c01aa", "ActorDiedError"):
            assert leak not in failed.text
        assert "error id" in body["error"]["message"]


async def test_code_too_long_to_analyse_is_413_in_plain_words(
    analysis_server: tuple[RunningServer, InProcessAnalyzer],
) -> None:
    server, _analyzer = analysis_server
    limit = AnalysisSettings().max_code_chars
    async with httpx.AsyncClient(base_url=server.http) as http:
        refused = await http.post("/api/analyze", json={"code": "x = 1\n" * (limit // 6 + 10)})
    assert refused.status_code == 413
    assert refused.json()["error"]["message"] == (
        f"the code is too long to analyse (at most {limit:,} characters)"
    )


@pytest.mark.parametrize("blank", ["", "   "])
def test_a_blank_gemini_key_counts_as_unset(monkeypatch: pytest.MonkeyPatch, blank: str) -> None:
    monkeypatch.setenv("GEMINI_API_KEY", blank)
    assert AnalysisSettings().gemini_api_key is None


async def test_a_room_in_another_language_is_told_offline_analysis_is_python_only(
    analysis_server: tuple[RunningServer, InProcessAnalyzer],
) -> None:
    server, _ = analysis_server
    room = "an-" + uuid.uuid4().hex[:10]
    a, b = RoomClient(server.ws(room)), RoomClient(server.ws(room))
    try:
        await a.connect()
        await b.connect()
        await a.wait_synced()
        await a.insert(0, "for (let i = 0; i < 10; i++) console.log(i);\n")
        await a.set_language("javascript")
        await b.wait_for(lambda: b.language() == "javascript")
        await b.send_event({"type": "analyze", "id": "q1"})
        for client in (a, b):
            await client.wait_for(
                lambda c=client: any(e["type"] == "analysis.failed" for e in c.events), 30
            )
            failed = next(e for e in client.events if e["type"] == "analysis.failed")
            assert "covers Python only" in failed["message"]
            assert "JavaScript" in failed["message"]
            assert not any(e["type"] == "analysis.result" for e in client.events)
        error = next(e for e in b.events if e["type"] == "error")
        assert error["code"] == "analysis_failed" and error["id"] == "q1"
    finally:
        await a.close()
        await b.close()
    async with httpx.AsyncClient(base_url=server.http) as http:
        refused = await http.post("/api/analyze", json={"code": "int main() {}", "language": "cpp"})
        unknown = await http.post("/api/analyze", json={"code": "x", "language": "cobol"})
    assert refused.status_code == 422
    assert refused.json()["error"]["code"] == "unsupported_language"
    assert "covers Python only" in refused.json()["error"]["message"]
    assert unknown.status_code == 422 and "cobol" in unknown.json()["error"]["message"]
