"""Request bodies: limits in UTF-8 bytes, unknown fields refused, names kept printable."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from realtime.contract.rest import CreateInviteRequest, CreateRoomRequest, DevLoginRequest, Notes


def test_notes_limit_counts_utf8_bytes_not_characters() -> None:
    Notes(text="a" * 64 * 1024)
    with pytest.raises(ValidationError, match="bytes of UTF-8"):
        Notes(text="\u00e9" * (32 * 1024 + 1))  # 2 bytes each


def test_unknown_fields_are_refused() -> None:
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
