"""Application events reach their handler; bad ones get an error event, never a crash."""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

import pytest

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
    seen: list[tuple[str, dict[str, Any]]] = []

    @router.on("run")
    async def run(room: Any, conn: Connection, principal: Principal, event: dict[str, Any]) -> None:
        seen.append((principal.user_id, event))

    conn, sink = connection()
    await router.dispatch(ROOM, conn, '{"type":"ping"}')
    await router.dispatch(ROOM, conn, '{"type":"run","stdin":""}')
    assert sent_events(sink) == [{"type": "pong"}]
    assert seen == [("u1", {"type": "run", "stdin": ""})]
    with pytest.raises(ValueError):
        router.on("run", run)


@pytest.mark.parametrize("text", ["not json", "[1]", '{"no":"type"}', '{"type":"nope"}'])
async def test_bad_events_answer_bad_event(text: str) -> None:
    conn, sink = connection()
    await EventRouter().dispatch(ROOM, conn, text)
    (event,) = sent_events(sink)
    assert event["type"] == "error" and event["code"] == "bad_event"


async def test_failing_handler_answers_internal() -> None:
    router = EventRouter()

    async def boom(*_args: Any) -> None:
        raise RuntimeError("bug")

    router.on("boom", boom)
    conn, sink = connection()
    await router.dispatch(ROOM, conn, '{"type":"boom"}')
    assert sent_events(sink)[0]["code"] == "internal"


async def test_guards_run_before_handlers_and_can_refuse() -> None:
    router = EventRouter()
    handled: list[str] = []

    async def handler(room: Any, conn: Connection, principal: Principal, event: Any) -> None:
        handled.append(event["type"])

    async def guard(room: Any, conn: Connection, principal: Principal, event: Any) -> Any:
        if event["type"] == "run" and not principal.permissions.write_notes:
            return {"type": "error", "code": "forbidden", "message": "no"}
        return None

    async def broken_guard(room: Any, conn: Connection, principal: Principal, event: Any) -> Any:
        if event["type"] == "analyze":
            raise RuntimeError("bug")
        return None

    router.on("run", handler)
    router.on("analyze", handler)
    router.add_guard(guard)
    router.add_guard(broken_guard)
    conn, sink = connection()
    await router.dispatch(ROOM, conn, '{"type":"run"}')
    await router.dispatch(ROOM, conn, '{"type":"analyze"}')
    await router.dispatch(ROOM, conn, '{"type":"ping"}')
    codes = [e.get("code") for e in sent_events(sink)]
    assert codes == ["forbidden", "internal", None]
    assert handled == []
