"""Application events reach their handler; bad ones get an error event, never a crash."""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

import pytest

from realtime.contract import ErrorEvent
from realtime.contract.requests import AnalyzeRequest, RunCancelRequest, RunRequest
from realtime.protocol import decode_message
from realtime.rooms.access import Permissions, Principal
from realtime.rooms.connection import Connection
from realtime.rooms.events import EventRouter

ROOM: Any = SimpleNamespace(room_id="r1")


class Sink:
    def __init__(self) -> None:
        self.frames: list[bytes] = []
        self.closed: tuple[int, str] | None = None

    async def send(self, frame: bytes) -> None:
        self.frames.append(frame)

    async def close(self, code: int, reason: str) -> None:
        self.closed = (code, reason)


def connection() -> tuple[Connection, Sink]:
    principal = Principal("u1", "Ann", "editor", Permissions.editor())
    sink = Sink()
    return Connection(principal, sink.send, sink.close, max_queue=8), sink


def sent_events(sink: Sink) -> list[dict[str, Any]]:
    return [json.loads(decode_message(f).text) for f in sink.frames]  # type: ignore[union-attr]


async def test_ping_and_custom_handler() -> None:
    router = EventRouter()
    seen: list[tuple[str, RunRequest]] = []

    async def run(room: Any, conn: Connection, principal: Principal, event: RunRequest) -> None:
        seen.append((principal.user_id, event))

    router.on(RunRequest, run)
    conn, sink = connection()
    await router.dispatch(ROOM, conn, '{"type":"ping"}')
    await router.dispatch(ROOM, conn, '{"type":"ping","id":"p-1"}')
    await router.dispatch(ROOM, conn, '{"type":"run","stdin":"4","id":"r1"}')
    assert sent_events(sink) == [{"type": "pong"}, {"type": "pong", "id": "p-1"}]
    assert seen == [("u1", RunRequest(stdin="4", id="r1"))]
    with pytest.raises(ValueError):
        router.on(RunRequest, run)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("not json", "bad_event"),
        ("[1]", "bad_event"),
        ('{"no":"type"}', "bad_event"),
        ('{"type":"run","stdin":5}', "bad_event"),
        ('{"type":"run","extra":true}', "bad_event"),
        ('{"type":"run.input"}', "bad_event"),
        ('{"type":"nope"}', "unknown_event"),
        ('{"type":"notes.read"}', "unknown_event"),
    ],
)
async def test_bad_events_answer_an_error(text: str, code: str) -> None:
    conn, sink = connection()
    await EventRouter().dispatch(ROOM, conn, text)
    (event,) = sent_events(sink)
    assert event["type"] == "error" and event["code"] == code, event


async def test_errors_echo_the_request_id_and_say_what_is_wrong() -> None:
    conn, sink = connection()
    router = EventRouter()
    await router.dispatch(ROOM, conn, '{"type":"nope","id":"a.1"}')
    await router.dispatch(ROOM, conn, '{"type":"run","stdin":5,"id":"a.2"}')
    # A known type nobody handles on this server is refused too, never silently dropped.
    await router.dispatch(ROOM, conn, '{"type":"analyze","id":"a.3"}')
    # An id that is not a plain token is not reflected back.
    await router.dispatch(ROOM, conn, '{"type":"nope","id":"<script>"}')
    first, second, third, fourth = sent_events(sink)
    assert first == {
        "type": "error",
        "code": "unknown_event",
        "id": "a.1",
        "message": first["message"],
    }
    assert "'nope'" in first["message"]
    assert second["id"] == "a.2" and "$.stdin" in second["message"]
    assert third["code"] == "unknown_event" and third["id"] == "a.3"
    assert "id" not in fourth


async def test_failing_handler_answers_internal_with_an_error_id_only() -> None:
    router = EventRouter()

    async def boom(*_args: Any) -> None:
        raise RuntimeError("secret detail /srv/app.py")

    router.on(RunCancelRequest, boom)
    conn, sink = connection()
    await router.dispatch(ROOM, conn, '{"type":"run.cancel","id":"c1"}')
    (error,) = sent_events(sink)
    assert error["code"] == "internal" and error["id"] == "c1"
    assert "error id" in error["message"] and "secret" not in error["message"]


async def test_guards_run_before_handlers_and_can_refuse() -> None:
    router = EventRouter()
    handled: list[str] = []

    async def handler(room: Any, conn: Connection, principal: Principal, event: Any) -> None:
        handled.append(type(event).__name__)

    async def guard(room: Any, conn: Connection, principal: Principal, event: Any) -> Any:
        if isinstance(event, RunRequest) and not principal.permissions.write_notes:
            return ErrorEvent(code="forbidden", message="no")
        return None

    async def broken_guard(room: Any, conn: Connection, principal: Principal, event: Any) -> Any:
        if isinstance(event, AnalyzeRequest):
            raise RuntimeError("bug")
        return None

    router.on(RunRequest, handler)
    router.on(AnalyzeRequest, handler)
    router.add_guard(guard)
    router.add_guard(broken_guard)
    conn, sink = connection()
    await router.dispatch(ROOM, conn, '{"type":"run"}')
    await router.dispatch(ROOM, conn, '{"type":"analyze"}')
    await router.dispatch(ROOM, conn, '{"type":"ping"}')
    codes = [e.get("code") for e in sent_events(sink)]
    assert codes == ["forbidden", "internal", None]
    assert handled == []
