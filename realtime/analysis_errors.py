"""What a caller may read about a failed analysis, on REST and on the socket alike.

Never a traceback, a path or an actor id: a failure that crossed Ray arrives as a
`RayTaskError` whose text is the remote traceback. It still is an instance of the original
exception class, which alone decides the answer; anything unexpected is logged with its
traceback under an error id, and only the id is shown.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass

from sandbox.errors import SandboxUnavailableError

__all__ = ["AnalysisFailure", "analysis_failure"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class AnalysisFailure:
    """A failed analysis as told to the caller.

    Attributes:
        status: The HTTP status (413 too long, 422 a language not covered, 503 otherwise).
        code: The REST error code (`too_large`, `unsupported_language`, `unavailable`).
        message: Plain words, safe to show.
    """

    status: int
    code: str
    message: str


def analysis_failure(exc: BaseException) -> AnalysisFailure:
    """Map an exception raised by the analyzer to what the caller is told (logging it)."""
    from actors.analysis.service import CodeTooLargeError, LanguageNotCoveredError
    from actors.analysis.settings import AnalysisSettings

    if isinstance(exc, SandboxUnavailableError):
        # Expected while the service starts or when it is off: no traceback, no error id.
        log.warning("analysis unavailable: %s", type(exc).__name__)
        return AnalysisFailure(
            503, "unavailable", "analysis is not available right now; try again in a moment"
        )
    if isinstance(exc, CodeTooLargeError):
        limit = AnalysisSettings().max_code_chars
        return AnalysisFailure(
            413, "too_large", f"the code is too long to analyse (at most {limit:,} characters)"
        )
    if isinstance(exc, LanguageNotCoveredError):
        # A RayTaskError keeps the class but its text is the remote traceback: the message
        # is the original exception's (`cause`).
        cause = getattr(exc, "cause", None)
        message = str(cause if isinstance(cause, LanguageNotCoveredError) else exc)
        return AnalysisFailure(422, "unsupported_language", message.splitlines()[0][:300])
    error_id = uuid.uuid4().hex[:12]
    log.error("analysis failed [error id %s]", error_id, exc_info=exc)
    return AnalysisFailure(
        503,
        "unavailable",
        f"analysis is unavailable right now; try again in a moment (error id {error_id})",
    )
