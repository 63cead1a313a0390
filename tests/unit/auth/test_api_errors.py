"""REST failures show an error id, never the exception's text (paths, ids, tracebacks)."""

from __future__ import annotations

import json
from typing import Any

from litestar.exceptions import HTTPException

from realtime.api.errors import exception_handlers


def _body(response: Any) -> dict[str, Any]:
    content = response.content
    return content if isinstance(content, dict) else json.loads(content)


def test_an_unhandled_error_answers_500_with_an_error_id_only() -> None:
    handler = exception_handlers()[Exception]
    response = handler(None, RuntimeError("boom in /srv/app/secret.py, actor 8f3a"))
    assert response.status_code == 500
    error = _body(response)["error"]
    assert error["code"] == "internal"
    assert "error id" in error["message"]
    assert "/srv" not in json.dumps(error) and "8f3a" not in json.dumps(error)


def test_a_5xx_http_exception_hides_its_detail() -> None:
    handler = exception_handlers()[HTTPException]
    response = handler(None, HTTPException(status_code=500, detail="/srv/app/deps.py failed"))
    error = _body(response)["error"]
    assert "error id" in error["message"] and "/srv" not in error["message"]
