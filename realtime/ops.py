"""Operational endpoints: liveness, readiness and Prometheus metrics."""

from __future__ import annotations

import asyncio
import functools
from typing import Literal

import msgspec
from litestar import Response, get
from litestar.di import NamedDependency
from litestar.status_codes import HTTP_503_SERVICE_UNAVAILABLE
from msgspec import UNSET, UnsetType
from prometheus_client import CONTENT_TYPE_LATEST

from realtime.metrics import RealtimeMetrics
from realtime.rooms.registry import RoomRegistry
from realtime.runs.wiring import RunsWiring
from realtime.stores.base import RoomStore, StoreUnavailableError

__all__ = ["healthz", "metrics_endpoint", "readyz"]


@get("/healthz", tags=["operations"], sync_to_thread=False)
def healthz() -> dict[str, str]:
    """Liveness: the process answers HTTP."""
    return {"status": "ok"}


class ReadinessReport(msgspec.Struct, frozen=True, kw_only=True):
    """What `/readyz` answers: overall status, then each part's state.

    `pool` and `analysis` are there on a server whose runs are enabled: "ok", "starting",
    "failed", "not answering" or "on first use". `detail` says why a part is not ready.
    """

    status: Literal["ready", "warming", "unavailable"]
    store: Literal["ok", "unreachable"]
    pool: str | UnsetType = UNSET
    analysis: str | UnsetType = UNSET
    detail: str | dict[str, str] | UnsetType = UNSET
    rooms: int | UnsetType = UNSET


@get("/readyz", tags=["operations"])
async def readyz(
    store: NamedDependency[RoomStore],
    registry: NamedDependency[RoomRegistry],
    runs_wiring: NamedDependency[RunsWiring],
) -> Response[ReadinessReport]:
    """Readiness: 200 only when every part a user needs answers.

    The room store answers (Redis PING when Redis is configured) and, on a server whose runs
    are enabled (`coderemote serve`), the sandbox pool and the analysis actor answer a real
    call too. Otherwise 503 saying what is still warming or failed, e.g.
    {"status": "warming", "store": "ok", "pool": "starting", "analysis": "starting"}.
    """
    store_error, components = await asyncio.gather(_ping(store), runs_wiring.readiness())
    states = components.states if components is not None else {}
    report = functools.partial(
        ReadinessReport, pool=states.get("pool", UNSET), analysis=states.get("analysis", UNSET)
    )
    if store_error is not None:
        unready = report(status="unavailable", store="unreachable", detail=store_error)
    elif components is not None and not components.ready:
        warming = all(state in ("ok", "starting") for state in components.states.values())
        unready = report(
            status="warming" if warming else "unavailable",
            store="ok",
            detail=components.details or UNSET,
        )
    else:
        return Response(report(status="ready", store="ok", rooms=len(registry)))
    return Response(unready, status_code=HTTP_503_SERVICE_UNAVAILABLE)


async def _ping(store: RoomStore) -> str | None:
    """None when the store answers, else why not."""
    try:
        await store.ping()
    except StoreUnavailableError as exc:
        return str(exc)
    return None


@get("/metrics", tags=["operations"], sync_to_thread=False)
def metrics_endpoint(metrics: NamedDependency[RealtimeMetrics]) -> Response[bytes]:
    """Prometheus metrics in the text exposition format."""
    return Response(metrics.render(), media_type=CONTENT_TYPE_LATEST)
