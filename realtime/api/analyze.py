"""`POST /api/analyze {code}`: Big-O analysis of a program (the analysis actor's answer)."""

from __future__ import annotations

import logging
import uuid
from typing import Any

from litestar import Request, post
from litestar.di import NamedDependency
from litestar.params import JSONBody
from pydantic import BaseModel, ConfigDict, Field

from realtime.api.errors import ApiError
from realtime.api.runs import caller
from realtime.runs.wiring import RunsWiring

__all__ = ["AnalyzeBody", "analyze_code"]

log = logging.getLogger(__name__)


class AnalyzeBody(BaseModel):
    """A program to analyse."""

    model_config = ConfigDict(extra="forbid")

    code: str = Field(max_length=64 * 1024, description="Python source.")


@post("/api/analyze", tags=["analysis"], status_code=200)
async def analyze_code(
    request: Request[Any, Any, Any],
    data: JSONBody[AnalyzeBody],
    runs_wiring: NamedDependency[RunsWiring],
) -> dict[str, Any]:
    """The Analysis JSON: Big-O per function and overall, explanation, confidence, source."""
    user = await caller(request)
    if runs_wiring.quotas is not None:
        from realtime.limits.quotas import RateLimitedError

        try:
            await runs_wiring.quotas.check_analysis(user["id"])
        except RateLimitedError as exc:
            raise ApiError(
                429, "rate_limited", str(exc), headers={"Retry-After": str(exc.retry_after)}
            ) from None
    try:
        return await runs_wiring.analyze(data.code)
    except Exception as exc:
        raise _analysis_error(exc) from None


def _analysis_error(exc: Exception) -> ApiError:
    """What the caller may read about a failed analysis: never a traceback, path or actor id.

    A failure that crossed Ray arrives as a `RayTaskError` whose text is the remote traceback;
    it still is an instance of the original exception class, which decides the answer.
    """
    from actors.analysis.service import CodeTooLargeError
    from actors.analysis.settings import AnalysisSettings

    if isinstance(exc, CodeTooLargeError):
        limit = AnalysisSettings().max_code_chars
        return ApiError(
            413, "too_large", f"the code is too long to analyse (at most {limit:,} characters)"
        )
    error_id = uuid.uuid4().hex[:12]
    log.error("analysis failed [error id %s]", error_id, exc_info=exc)
    return ApiError(
        503,
        "unavailable",
        f"analysis is unavailable right now; try again in a moment (error id {error_id})",
    )
