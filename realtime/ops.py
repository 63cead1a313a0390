"""Operational endpoints: liveness, readiness and Prometheus metrics."""

from __future__ import annotations

from typing import Any

from litestar import Response, get
from litestar.di import NamedDependency
from litestar.status_codes import HTTP_200_OK, HTTP_503_SERVICE_UNAVAILABLE
from prometheus_client import CONTENT_TYPE_LATEST

from realtime.metrics import RealtimeMetrics
from realtime.rooms.registry import RoomRegistry
from realtime.stores.base import RoomStore, StoreUnavailableError

__all__ = ["healthz", "metrics_endpoint", "readyz"]


@get("/healthz", tags=["operations"], sync_to_thread=False)
def healthz() -> dict[str, str]:
    """Liveness: the process answers HTTP."""
    return {"status": "ok"}


@get("/readyz", tags=["operations"])
async def readyz(
    store: NamedDependency[RoomStore], registry: NamedDependency[RoomRegistry]
) -> Response[dict[str, Any]]:
    """Readiness: the room store answers (Redis PING when Redis is configured)."""
    try:
        await store.ping()
    except StoreUnavailableError as exc:
        body: dict[str, Any] = {"status": "unavailable", "store": "unreachable", "detail": str(exc)}
        return Response(body, status_code=HTTP_503_SERVICE_UNAVAILABLE)
    body = {"status": "ready", "store": "ok", "rooms": len(registry)}
    return Response(body, status_code=HTTP_200_OK)


@get("/metrics", tags=["operations"], sync_to_thread=False)
def metrics_endpoint(metrics: NamedDependency[RealtimeMetrics]) -> Response[bytes]:
    """Prometheus metrics in the text exposition format."""
    return Response(metrics.render(), media_type=CONTENT_TYPE_LATEST)
