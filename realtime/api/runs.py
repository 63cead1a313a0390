"""Run REST endpoints: `POST /api/runs` (NDJSON stream) and `GET /api/rooms/{id}/runs`."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable
from typing import Any

import msgspec
from litestar import Request, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody
from litestar.response import Stream

from realtime.api.deps import bearer_token, check_room_id
from realtime.api.errors import ApiError
from realtime.api.guards import room_reader_guard
from realtime.auth.services import AccessServices
from realtime.contract.history import RoomRuns
from realtime.contract.replies import RunRejectedEvent
from realtime.contract.rest import HeadlessRunBody
from realtime.runs.store import recorded_runs
from realtime.runs.wiring import RunsWiring
from sandbox.events import RunEvent

__all__ = ["HeadlessRunBody", "caller", "headless_run", "room_runs", "within_quota"]

# Rooms of headless runs: each caller gets a lock of its own, so one live run per caller.
HEADLESS_ROOM_PREFIX = "api~"


async def caller(request: Request[Any, Any, Any]) -> dict[str, str]:
    """`{"id", "name"}` of the caller (a token, or anonymous where development allows it)."""
    access: AccessServices | None = request.app.state.get("access")
    if access is None:
        return {"id": "anonymous", "name": "anonymous"}
    identity = await access.access.identify(bearer_token(request))
    return {"id": identity.user_id, "name": identity.name}


async def within_quota(check: Awaitable[None]) -> None:
    """Await a quota check; over quota, the call is answered 429 with `Retry-After`."""
    from realtime.limits.quotas import RateLimitedError

    try:
        await check
    except RateLimitedError as exc:
        raise ApiError(
            429, "rate_limited", str(exc), headers={"Retry-After": str(exc.retry_after)}
        ) from None


async def _ndjson(events: AsyncIterator[RunEvent | RunRejectedEvent]) -> AsyncIterator[bytes]:
    encoder = msgspec.json.Encoder()
    async for event in events:
        yield encoder.encode(event) + b"\n"


@post("/api/runs", tags=["runs"], status_code=200)
async def headless_run(
    request: Request[Any, Any, Any],
    data: JSONBody[HeadlessRunBody],
    runs_wiring: NamedDependency[RunsWiring],
) -> Stream:
    """Run a program and stream its events as newline-delimited JSON.

    The lines are the room's run events: `run.started`, `run.output`..., `run.finished`; or
    a single `run.rejected` (policy diagnostics, already running, busy). 429 when over quota.
    """
    user = await caller(request)
    room_id = HEADLESS_ROOM_PREFIX + user["id"]
    if runs_wiring.quotas is not None:
        await within_quota(runs_wiring.quotas.check_run_rate(user["id"], room_id))
    service = runs_wiring.service
    outcome = await service.start(
        room_id, user, data.code, data.stdin, False, language=data.language
    )

    async def events() -> AsyncIterator[RunEvent | RunRejectedEvent]:
        if isinstance(outcome, RunRejectedEvent):
            yield outcome
            return
        record, handle = outcome
        yield record.started_event()
        async for event in service.events_of(record, handle):
            yield event

    return Stream(_ndjson(events()), media_type="application/x-ndjson")


@get("/api/rooms/{room_id:str}/runs", tags=["runs"], guards=[room_reader_guard])
async def room_runs(room_id: FromPath[str], runs_wiring: NamedDependency[RunsWiring]) -> RoomRuns:
    """The room's runs, oldest first: who, when, code hash, verdict and truncated output."""
    check_room_id(room_id)
    records = await recorded_runs(runs_wiring.store, room_id)
    return RoomRuns(runs=[r.stored() for r in records])
