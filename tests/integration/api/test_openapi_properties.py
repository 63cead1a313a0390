"""Property-based run of every operation in the served OpenAPI schema: no 5xx, ever, and
every error answer in the documented shape `{"error": {"code", "message", "details"}}`."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from tests.integration.api.conftest import ServedApi


@pytest.fixture(scope="module")
def api_schema(served_api: ServedApi) -> Any:
    return schemathesis.openapi.from_url(f"{served_api.base_url}/schema/openapi.json")


def error_shape(ctx: Any, response: Any, case: Any) -> bool | None:
    """Every 4xx answer carries the one documented error body."""
    if response.status_code >= 400:
        body = response.json()
        assert set(body) == {"error"}, body
        assert isinstance(body["error"]["code"], str) and body["error"]["code"]
        assert isinstance(body["error"]["message"], str)
        assert isinstance(body["error"]["details"], list)
    if response.status_code == 429:
        assert int(response.headers["retry-after"]) >= 1
    return None


def explore(
    schema: Any, served_api: ServedApi, *, token: bool, examples: int
) -> dict[str, Counter[int]]:
    """Run every operation's Hypothesis strategy against the server; returns what ran.

    (schemathesis' `from_fixture` pytest integration does not work with pytest 9, so the
    strategies are driven here directly; the generation and checks are schemathesis' own.)
    """
    headers = {"Authorization": f"Bearer {served_api.token}"} if token else None
    ran: dict[str, Counter[int]] = {}
    for result in schema.get_all_operations():
        operation = result.ok()
        statuses: Counter[int] = Counter()
        ran[f"{operation.method.upper()} {operation.path}"] = statuses

        @settings(
            max_examples=examples,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy())
        def check(case: Any) -> None:
            # Past authentication, aim room-scoped operations at a room the caller owns
            # (random ids would all be 404).
            if token and case.path_parameters and "room_id" in case.path_parameters:
                case.path_parameters["room_id"] = served_api.room_id
            response = case.call_and_validate(
                base_url=served_api.base_url,
                headers=headers,
                checks=[not_a_server_error, error_shape],
            )
            statuses[response.status_code] += 1  # noqa: B023 - check() runs in this iteration

        check()
    return ran


def test_no_server_errors_with_a_token(api_schema: Any, served_api: ServedApi) -> None:
    ran = explore(api_schema, served_api, token=True, examples=20)
    # The run reached past validation and authentication, not just into 4xx answers.
    for expected in (
        "POST /api/rooms",
        "POST /api/rooms/{room_id}/invites",
        "PUT /api/rooms/{room_id}/notes",
        "POST /api/auth/dev-login",
    ):
        assert any(200 <= status < 300 for status in ran[expected]), (expected, ran[expected])


def test_no_server_errors_without_a_token(api_schema: Any, served_api: ServedApi) -> None:
    ran = explore(api_schema, served_api, token=False, examples=5)
    assert set(ran["POST /api/rooms"]) <= {400, 401}
