"""One error shape for every REST answer: `{"error": {"code", "message", "details"}}`."""

from __future__ import annotations

import logging
import uuid
from http import HTTPStatus
from typing import Any

from litestar import MediaType, Request, Response
from litestar.exceptions import HTTPException, ValidationException

from realtime.auth.errors import InvalidTokenError, KeysUnavailableError
from realtime.limits.base import LimitsUnavailableError
from realtime.limits.quotas import RateLimitedError
from realtime.metadata.base import MetadataUnavailableError
from realtime.stores.base import StoreUnavailableError

__all__ = ["ApiError", "exception_handlers"]

logger = logging.getLogger(__name__)

_CODES = {
    400: "invalid_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    429: "rate_limited",
    503: "unavailable",
}


class ApiError(Exception):
    """An expected refusal, answered with `status` and the error shape."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        headers: dict[str, str] | None = None,
    ) -> None:
        """Describe the refusal; `message` is shown to people, `code` read by programs."""
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


def _respond(
    status: int,
    code: str,
    message: str,
    details: list[Any] | None = None,
    headers: dict[str, str] | None = None,
) -> Response[dict[str, Any]]:
    return Response(
        {"error": {"code": code, "message": message, "details": details or []}},
        status_code=status,
        media_type=MediaType.JSON,
        headers=headers,
    )


def _api_error(_: Request[Any, Any, Any], exc: ApiError) -> Response[dict[str, Any]]:
    return _respond(exc.status, exc.code, exc.message, headers=exc.headers)


def _http_error(_: Request[Any, Any, Any], exc: HTTPException) -> Response[dict[str, Any]]:
    status = exc.status_code
    error_id = ""
    if status >= 500:
        # Litestar wraps the real failure (e.g. a dependency that cannot be built): log it
        # under an error id, which alone is shown.
        error_id = uuid.uuid4().hex[:12]
        logger.error(
            "HTTP %s: %s [error id %s]",
            status,
            exc.detail,
            error_id,
            exc_info=exc.__cause__ or exc,
        )
    details: list[Any] = []
    if isinstance(exc, ValidationException) and isinstance(exc.extra, list):
        # Litestar's entries name the field and the problem, never echo the input.
        details = [
            {k: v for k, v in item.items() if k in {"key", "message", "source"}}
            for item in exc.extra
            if isinstance(item, dict)
        ]
    code = _CODES.get(status, "internal" if status >= 500 else "error")
    message = exc.detail if status < 500 else f"{HTTPStatus(status).phrase} (error id {error_id})"
    return _respond(status, code, message, details, exc.headers)


def _rate_limited(_: Request[Any, Any, Any], exc: RateLimitedError) -> Response[dict[str, Any]]:
    return _respond(
        429,
        "rate_limited",
        exc.message,
        [{"message": exc.message, "retry_after": exc.retry_after}],
        {"Retry-After": str(exc.retry_after)},
    )


def _invalid_token(_: Request[Any, Any, Any], exc: InvalidTokenError) -> Response[dict[str, Any]]:
    return _respond(401, "unauthorized", str(exc), headers={"WWW-Authenticate": "Bearer"})


def _unavailable(_: Request[Any, Any, Any], exc: Exception) -> Response[dict[str, Any]]:
    logger.warning("dependency unavailable: %s", type(exc).__name__)
    return _respond(503, "unavailable", "try again later", headers={"Retry-After": "5"})


def _internal(_: Request[Any, Any, Any], exc: Exception) -> Response[dict[str, Any]]:
    # Never the exception's text (paths, ids, tracebacks): an error id to quote, logged with it.
    error_id = uuid.uuid4().hex[:12]
    logger.error("unhandled error [error id %s]", error_id, exc_info=exc)
    return _respond(500, "internal", f"internal server error (error id {error_id})")


def exception_handlers() -> dict[type[Exception] | int, Any]:
    """The handlers to pass to `Litestar(exception_handlers=...)`."""
    return {
        ApiError: _api_error,
        HTTPException: _http_error,
        RateLimitedError: _rate_limited,
        InvalidTokenError: _invalid_token,
        KeysUnavailableError: _unavailable,
        MetadataUnavailableError: _unavailable,
        LimitsUnavailableError: _unavailable,
        StoreUnavailableError: _unavailable,
        Exception: _internal,
    }
