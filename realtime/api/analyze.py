"""`POST /api/analyze {code, language}`: Big-O analysis of a program (the analysis actor's).

Python is analysed offline when Gemini is not configured; another language needs Gemini
(422 `unsupported_language` without it).
"""

from __future__ import annotations

from typing import Any

from litestar import Request, post
from litestar.di import NamedDependency
from litestar.params import JSONBody

from realtime.analysis_errors import analysis_failure
from realtime.api.errors import ApiError
from realtime.api.runs import caller, within_quota
from realtime.contract.replies import Analysis
from realtime.contract.rest import AnalyzeBody
from realtime.runs.wiring import RunsWiring

__all__ = ["AnalyzeBody", "analyze_code"]


@post("/api/analyze", tags=["analysis"], status_code=200)
async def analyze_code(
    request: Request[Any, Any, Any],
    data: JSONBody[AnalyzeBody],
    runs_wiring: NamedDependency[RunsWiring],
) -> Analysis:
    """The Analysis: Big-O per function and overall, explanation, confidence, source."""
    user = await caller(request)
    if runs_wiring.quotas is not None:
        await within_quota(runs_wiring.quotas.check_analysis(user["id"]))
    try:
        return await runs_wiring.analyze(data.code, data.language)
    except Exception as exc:  # a contract breach (ValidationError) is logged, 503
        failure = analysis_failure(exc)
        raise ApiError(failure.status, failure.code, failure.message) from None
