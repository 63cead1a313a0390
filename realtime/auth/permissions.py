"""Roles, actions and the one table that says which role may do what."""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "ASSIGNABLE_ROLES",
    "CREATOR_ROLE",
    "DEFAULT_LINK_ROLES",
    "LINK_ROLES",
    "ROLE_PERMISSIONS",
    "Action",
    "Role",
    "RoomKind",
    "permissions_json",
    "room_actions",
]


class RoomKind(StrEnum):
    """What a room is for; decides which role names it uses."""

    SHARED = "shared"
    INTERVIEW = "interview"
    SOLO = "solo"


class Role(StrEnum):
    """A member's role. owner/interviewer, editor/candidate are pairs of equal rights."""

    OWNER = "owner"
    INTERVIEWER = "interviewer"
    EDITOR = "editor"
    CANDIDATE = "candidate"
    VIEWER = "viewer"


class Action(StrEnum):
    """Everything a connection or a REST call may be allowed to do in a room."""

    JOIN = "join"
    EDIT = "edit"
    RUN = "run"
    CANCEL = "cancel"
    ANALYZE = "analyze"
    READ_NOTES = "read_notes"
    WRITE_NOTES = "write_notes"
    INVITE = "invite"
    REVOKE = "revoke"


_ALL = frozenset(Action)
_WRITER = frozenset({Action.JOIN, Action.EDIT, Action.RUN, Action.CANCEL, Action.ANALYZE})

ROLE_PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.OWNER: _ALL,
    Role.INTERVIEWER: _ALL,
    # Candidates never see the interviewer's notes: that is the point of the notes.
    Role.EDITOR: _WRITER,
    Role.CANDIDATE: _WRITER,
    # Viewers watch: no edits, no runs (compute), no analysis (paid API calls).
    Role.VIEWER: frozenset({Action.JOIN}),
}

# Roles an invite may grant in each kind of room. The room's creator holds the top role; an
# interview may have several interviewers, a shared room one owner. Solo rooms take no guests.
ASSIGNABLE_ROLES: dict[RoomKind, frozenset[Role]] = {
    RoomKind.SHARED: frozenset({Role.EDITOR, Role.VIEWER}),
    RoomKind.INTERVIEW: frozenset({Role.INTERVIEWER, Role.CANDIDATE, Role.VIEWER}),
    RoomKind.SOLO: frozenset(),
}

CREATOR_ROLE: dict[RoomKind, Role] = {
    RoomKind.SHARED: Role.OWNER,
    RoomKind.INTERVIEW: Role.INTERVIEWER,
    RoomKind.SOLO: Role.OWNER,
}


# Roles a room link (`#k=`) may grant: never the managing roles, since a link travels further
# than a personal invite. Shared rooms start with an edit link, interviews with a candidate
# and an observer link; an owner may turn any of them off (members only) or replace it.
LINK_ROLES: dict[RoomKind, frozenset[Role]] = {
    RoomKind.SHARED: frozenset({Role.EDITOR, Role.VIEWER}),
    RoomKind.INTERVIEW: frozenset({Role.CANDIDATE, Role.VIEWER}),
    RoomKind.SOLO: frozenset(),
}

DEFAULT_LINK_ROLES: dict[RoomKind, tuple[Role, ...]] = {
    RoomKind.SHARED: (Role.EDITOR,),
    RoomKind.INTERVIEW: (Role.CANDIDATE, Role.VIEWER),
    RoomKind.SOLO: (),
}

_NOTES = frozenset({Action.READ_NOTES, Action.WRITE_NOTES})
_SHARING = frozenset({Action.INVITE, Action.REVOKE})


def room_actions(kind: RoomKind | None, role: Role) -> frozenset[Action]:
    """What `role` may do in a room of `kind` (None: an ad-hoc room).

    Private notes exist only in interview rooms (they are the interviewers' notes on a
    candidate); solo rooms take nobody else, so nobody there may invite.
    """
    actions = ROLE_PERMISSIONS[role]
    if kind is not RoomKind.INTERVIEW:
        actions -= _NOTES
    if kind is RoomKind.SOLO:
        actions -= _SHARING
    return actions


def permissions_json(actions: frozenset[Action]) -> dict[str, bool]:
    """The `permissions` object of the `session` event and `GET /api/rooms/{id}`."""
    return {action.value: action in actions for action in Action if action is not Action.JOIN}
