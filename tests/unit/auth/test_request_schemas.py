"""Request bodies: limits in UTF-8 bytes, unknown fields refused, names kept printable."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from realtime.schemas import (
    MAX_CODE_BYTES,
    AnalyzeRequest,
    CreateInviteRequest,
    CreateRoomRequest,
    DevLoginRequest,
    RunRequest,
)


def test_code_limit_counts_utf8_bytes_not_characters() -> None:
    RunRequest(code="a" * MAX_CODE_BYTES)
    with pytest.raises(ValidationError, match="bytes of UTF-8"):
        RunRequest(code="\u00e9" * (MAX_CODE_BYTES // 2 + 1))  # 2 bytes each
    with pytest.raises(ValidationError):
        AnalyzeRequest(code="a" * (MAX_CODE_BYTES + 1))


def test_code_with_nul_is_refused() -> None:
    with pytest.raises(ValidationError, match="NUL"):
        RunRequest(code="print(1)\x00")


def test_stdin_limit() -> None:
    RunRequest(code="", stdin="x" * 65536)
    with pytest.raises(ValidationError):
        RunRequest(code="", stdin="x" * 65537)


def test_unknown_fields_are_refused() -> None:
    with pytest.raises(ValidationError, match="Extra inputs"):
        RunRequest.model_validate({"code": "", "timeout": 9999})
    with pytest.raises(ValidationError, match="Extra inputs"):
        CreateRoomRequest.model_validate({"kind": "shared", "owner": "someone-else"})


@pytest.mark.parametrize(
    "name", ["", "   ", "a" * 41, "evil\u202etxt", "tab\there", "new\nline", "zero\u200bwidth"]
)
def test_bad_display_names_are_refused(name: str) -> None:
    with pytest.raises(ValidationError):
        DevLoginRequest(name=name)


def test_display_name_is_trimmed() -> None:
    assert DevLoginRequest(name="  Ada Lovelace ").name == "Ada Lovelace"


def test_invite_lifetime_is_bounded() -> None:
    with pytest.raises(ValidationError):
        CreateInviteRequest.model_validate({"role": "viewer", "expires_in": 10})
    with pytest.raises(ValidationError):
        CreateInviteRequest.model_validate({"role": "viewer", "expires_in": 10**9})
    with pytest.raises(ValidationError):
        CreateInviteRequest.model_validate({"role": "admin"})
