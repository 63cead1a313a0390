"""The role table: what each role may do, and which roles each kind of room hands out."""

from __future__ import annotations

from realtime.auth.permissions import (
    ASSIGNABLE_ROLES,
    CREATOR_ROLE,
    ROLE_PERMISSIONS,
    Action,
    Role,
    RoomKind,
    permissions_json,
)

ALL = set(Action)


def test_owner_and_interviewer_may_do_everything() -> None:
    assert set(ROLE_PERMISSIONS[Role.OWNER]) == ALL
    assert set(ROLE_PERMISSIONS[Role.INTERVIEWER]) == ALL


def test_editor_and_candidate_write_and_run_but_never_see_notes_or_manage() -> None:
    for role in (Role.EDITOR, Role.CANDIDATE):
        assert set(ROLE_PERMISSIONS[role]) == {
            Action.JOIN,
            Action.EDIT,
            Action.RUN,
            Action.CANCEL,
            Action.ANALYZE,
        }


def test_viewer_only_joins() -> None:
    assert set(ROLE_PERMISSIONS[Role.VIEWER]) == {Action.JOIN}


def test_creators_and_guests_per_kind() -> None:
    assert CREATOR_ROLE == {
        RoomKind.SHARED: Role.OWNER,
        RoomKind.INTERVIEW: Role.INTERVIEWER,
        RoomKind.SOLO: Role.OWNER,
    }
    assert ASSIGNABLE_ROLES[RoomKind.SOLO] == frozenset()
    assert Role.OWNER not in ASSIGNABLE_ROLES[RoomKind.SHARED]
    assert Role.CANDIDATE in ASSIGNABLE_ROLES[RoomKind.INTERVIEW]


def test_permissions_json_matches_the_session_event_contract() -> None:
    body = permissions_json(ROLE_PERMISSIONS[Role.CANDIDATE])
    assert body == {
        "edit": True,
        "run": True,
        "cancel": True,
        "analyze": True,
        "read_notes": False,
        "write_notes": False,
        "invite": False,
        "revoke": False,
    }
