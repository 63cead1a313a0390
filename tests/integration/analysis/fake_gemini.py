"""A local HTTP server that imitates the Gemini REST `generateContent` endpoint.

The real `google-genai` SDK talks to it through `HttpOptions(base_url=...)`. It records every
call and answers according to a `Behaviour` the test sets: normal answers for every program id
in the request, or failures (status codes, malformed JSON, missing ids, bad labels, delays).
Used by the analysis tests and by `bench/bench_analysis_batching.py`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

PATH = re.compile(r"^/(?P<version>v1beta|v1)/models/(?P<model>[^/:]+):generateContent$")


@dataclass
class Call:
    """One request the fake received."""

    version: str
    model: str
    headers: dict[str, str]
    body: dict[str, Any]
    ids: list[str]
    # The instruction part's text, and the language each program's part names (None: none).
    instruction: str = ""
    languages: list[str | None] = field(default_factory=list)


@dataclass
class Behaviour:
    """How the fake answers. Fields are read at request time, so tests may change them.

    Attributes:
        statuses: Status codes to return first, one per call (then 200s).
        delay_s: Sleep before answering (to trigger the client's timeout).
        drop_ids: Ids whose answers are left out.
        malformed: Answer with text that is not JSON.
        bad_label_ids: Ids answered with a label that is not one of the seven classes.
        answer: Builds the answer for one program: (id, code) -> answer dict.
    """

    statuses: list[int] = field(default_factory=list)
    delay_s: float = 0.0
    drop_ids: set[str] = field(default_factory=set)
    malformed: bool = False
    bad_label_ids: set[str] = field(default_factory=set)
    answer: Callable[[str, str], dict[str, Any]] | None = None


def default_answer(pid: str, code: str) -> dict[str, Any]:
    """A deterministic answer: linear time unless the code sorts."""
    time_class = "O(n log n)" if "sort" in code else "O(n)"
    return {
        "id": pid,
        "time": time_class,
        "space": "O(1)",
        "functions": [],
        "explanation": "fake model answer",
        "confidence": 0.9,
    }


def recorded_answer(rows: Iterable[dict[str, Any]]) -> Callable[[str, str], dict[str, Any]]:
    """An `answer` that replays recorded answers, found by the SHA-256 of each program's code.

    `rows` are recorded answers (`sha256`, `time`, optional `space`, `confidence`,
    `explanation`), e.g. the lines of `bench/gemini_recorded_codecomplex.jsonl`. A program
    with no recording is answered with a label outside the seven classes, which the client
    drops, so the service falls back offline for it.
    """
    by_code: dict[str, dict[str, Any]] = {}
    for row in rows:
        by_code.setdefault(str(row["sha256"]), row)

    def answer(pid: str, code: str) -> dict[str, Any]:
        row = by_code.get(hashlib.sha256(code.encode()).hexdigest())
        if row is None:
            return {
                "id": pid,
                "time": "unrecorded",
                "space": "O(1)",
                "explanation": "",
                "confidence": 0.0,
            }
        return {
            "id": pid,
            "time": row["time"],
            "space": row.get("space", "O(1)"),
            "functions": [],
            "explanation": row.get("explanation", "recorded answer"),
            "confidence": float(row.get("confidence", 0.8)),
        }

    return answer


def instruction_of(body: dict[str, Any]) -> str:
    """The text parts of a request that are not programs (the instruction to the model)."""
    texts: list[str] = []
    for content in body.get("contents", []):
        for part in content.get("parts", []):
            text = part.get("text", "")
            try:
                data = json.loads(text)
            except ValueError:
                texts.append(text)
                continue
            if not (isinstance(data, dict) and "code" in data):
                texts.append(text)
    return "\n".join(texts)


def names_its_language(program: dict[str, Any], instruction: str) -> bool:
    """Whether a program's part names its language and the instruction names it too.

    A model asked about code without being told its language would guess; the fake answers
    such a program with a label outside the seven classes, which the client drops.
    """
    language = program.get("language")
    return isinstance(language, str) and bool(language) and language in instruction


def programs_of(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The programs (JSON parts carrying `id` and `code`) found in a request body."""
    out: list[dict[str, Any]] = []
    for content in body.get("contents", []):
        for part in content.get("parts", []):
            text = part.get("text", "")
            try:
                data = json.loads(text)
            except ValueError:
                continue
            if isinstance(data, dict) and "id" in data and "code" in data:
                out.append(data)
    return out


class FakeGemini:
    """Start with `start()`; `base_url` goes into the SDK's `HttpOptions`."""

    def __init__(self) -> None:
        self.behaviour = Behaviour()
        self.calls: list[Call] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def reset(self) -> None:
        """Forget calls and return to normal answers."""
        with self._lock:
            self.calls.clear()
            self.behaviour = Behaviour()

    def start(self) -> FakeGemini:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                return

            def do_POST(self) -> None:
                match = PATH.match(self.path.split("?")[0])
                length = int(self.headers.get("Content-Length", "0"))
                raw = self.rfile.read(length)
                if match is None:
                    self._send(404, {"error": {"code": 404, "message": f"no route {self.path}"}})
                    return
                body = json.loads(raw or b"{}")
                programs = programs_of(body)
                instruction = instruction_of(body)
                with fake._lock:
                    fake.calls.append(
                        Call(
                            version=match["version"],
                            model=match["model"],
                            headers={k.lower(): v for k, v in self.headers.items()},
                            body=body,
                            ids=[str(p["id"]) for p in programs],
                            instruction=instruction,
                            languages=[p.get("language") for p in programs],
                        )
                    )
                    b = fake.behaviour
                    status = b.statuses.pop(0) if b.statuses else 200
                if b.delay_s:
                    time.sleep(b.delay_s)
                if status != 200:
                    self._send(
                        status,
                        {"error": {"code": status, "message": "fake failure", "status": "X"}},
                    )
                    return
                if b.malformed:
                    text = '{"answers": [ {"id": oops'
                else:
                    answers = []
                    for p in programs:
                        pid = str(p["id"])
                        if pid in b.drop_ids:
                            continue
                        make = b.answer or default_answer
                        answer = make(pid, str(p["code"]))
                        if pid in b.bad_label_ids or not names_its_language(p, instruction):
                            answer["time"] = "O(n!)"
                        answers.append(answer)
                    text = json.dumps({"answers": answers})
                self._send(
                    200,
                    {
                        "candidates": [
                            {
                                "content": {"role": "model", "parts": [{"text": text}]},
                                "finishReason": "STOP",
                                "index": 0,
                            }
                        ],
                        "usageMetadata": {
                            "promptTokenCount": 10,
                            "candidatesTokenCount": 10,
                            "totalTokenCount": 20,
                        },
                        "modelVersion": match["model"],
                    },
                )

            def _send(self, status: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(data)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def call_count(self) -> int:
        with self._lock:
            return len(self.calls)
