"""Every REST body refuses a field it does not know: 400 naming the field, never 500."""

from __future__ import annotations

import httpx

from tests.integration.api.conftest import ServedApi


def test_every_body_refuses_an_unknown_field_with_400(served_api: ServedApi) -> None:
    headers = {"Authorization": f"Bearer {served_api.token}"}
    schema = httpx.get(f"{served_api.base_url}/schema/openapi.json").json()
    checked = []
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            if "requestBody" not in operation:
                continue
            url = served_api.base_url + path.format(
                room_id=served_api.room_id, user_id="someone", role="viewer", invite_id="x"
            )
            response = httpx.request(method, url, json={"surprise": 1}, headers=headers)
            label = f"{method.upper()} {path}"
            assert response.status_code == 400, (label, response.status_code, response.text)
            error = response.json()["error"]
            assert error["code"] == "invalid_request", label
            assert any(d.get("key") == "surprise" for d in error["details"]), (label, error)
            checked.append(label)
    assert len(checked) >= 9, checked
