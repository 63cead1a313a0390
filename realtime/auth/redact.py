"""Keep tokens out of logs, whatever the log level.

Tokens never travel in URLs, but at DEBUG level uvicorn's WebSocket implementation logs the
handshake headers (the `auth.<JWT>` subprotocol among them) and HTTP libraries may log
`Authorization` headers. This filter rewrites any such record before it is emitted.
"""

from __future__ import annotations

import logging
import re

__all__ = ["TokenRedactingFilter", "install_token_redaction", "redact"]

_TOKEN = "[token redacted]"
# What follows `auth.` or `Bearer `, unless it is already the placeholder: redacting twice
# (a record passing two filtered loggers) must give the same text as redacting once.
_SECRET_AFTER = r"(?!\[token redacted\])[^\s,;\"']+"

_PATTERNS = [
    # A JWT anywhere: base64url header and payload start with '{"' = "eyJ".
    (re.compile(r"eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.?[A-Za-z0-9_-]*"), _TOKEN),
    (re.compile(r"(auth\.)" + _SECRET_AFTER), r"\1" + _TOKEN),
    (re.compile(r"(?i)(bearer\s+)" + _SECRET_AFTER), r"\1" + _TOKEN),
    # Invite tokens: base64url payload "." signature, carried as invite=...
    (re.compile(r"(invite[=:]\s*\"?)[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+"), r"\1[invite redacted]"),
]

# Loggers whose records are filtered even when their handlers are not ours (uvicorn's
# websockets protocol logs through "uvicorn.error").
_LOGGERS = (
    "uvicorn",
    "uvicorn.error",
    "uvicorn.access",
    "litestar",
    "websockets",
    "websockets.server",
    "httpx",
    "httpcore",
    "realtime",
)


def redact(text: str) -> str:
    """`text` with every token-looking substring replaced."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class TokenRedactingFilter(logging.Filter):
    """Rewrites a record's message (arguments merged in) with tokens redacted."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact in place; never drops a record."""
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            return True
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


_FILTER = TokenRedactingFilter()


def install_token_redaction() -> None:
    """Attach the filter to the server's loggers and to every root handler (idempotent)."""
    targets: list[logging.Filterer] = [logging.getLogger(name) for name in _LOGGERS]
    targets.extend(logging.getLogger().handlers)
    for target in targets:
        if _FILTER not in target.filters:
            target.addFilter(_FILTER)
