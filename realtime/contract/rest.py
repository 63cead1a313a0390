"""Request and response bodies of the REST API, with their limits: all of them, here.

Unknown fields are refused (`extra="forbid"`: 400 naming the field) and sizes are bounded
(notes in UTF-8 bytes). Every error answer has one shape,
`{"error": {"code", "message", "details"}}` (`realtime.api.errors`).

Pydantic rather than msgspec (which the socket events use): these bodies lean on Pydantic
validators (UTF-8 byte limits, printable names, exactly one of invite and key) and on the
OpenAPI schema Litestar derives from them, from which the web generates its REST types
(`npm run gen:api`); a rewrite would change that schema for no change in behaviour.
"""

from __future__ import annotations

import unicodedata
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from realtime.auth.permissions import Role, RoomKind

__all__ = [
    "AnalyzeBody",
    "AuthConfig",
    "CognitoConfig",
    "CreateInviteRequest",
    "CreateRoomRequest",
    "DevLoginRequest",
    "DevLoginResponse",
    "DevRefreshRequest",
    "HeadlessRunBody",
    "InviteResponse",
    "JoinRequest",
    "JoinResponse",
    "MemberResponse",
    "Notes",
    "RoleChangeRequest",
    "RoomLinkResponse",
    "RoomLinksResponse",
    "RoomResponse",
    "UserInfo",
]

MAX_NOTES_BYTES = 64 * 1024
MAX_STDIN_CHARS = 64 * 1024
MAX_NAME_CHARS = 40
MAX_TITLE_CHARS = 100
# Invites live between a minute and a month.
MIN_INVITE_SECONDS = 60
MAX_INVITE_SECONDS = 30 * 24 * 3600


def _utf8_within(limit: int) -> Any:
    def check(value: str) -> str:
        try:
            size = len(value.encode("utf-8"))
        except UnicodeEncodeError:
            raise ValueError("must be valid UTF-8 (no lone surrogates)") from None
        if size > limit:
            raise ValueError(f"must be at most {limit} bytes of UTF-8 (got {size})")
        return value

    return AfterValidator(check)


def _plain_text(value: str) -> str:
    # Names and titles are shown to other people: no control, format (bidi) or private-use
    # characters that could disguise them.
    stripped = value.strip()
    if not stripped:
        raise ValueError("must not be blank")
    if any(unicodedata.category(ch) in {"Cc", "Cf", "Co", "Cs", "Zl", "Zp"} for ch in stripped):
        raise ValueError("must not contain control or formatting characters")
    return stripped


DisplayName = Annotated[
    str,
    Field(min_length=1, max_length=MAX_NAME_CHARS, description="Display name."),
    AfterValidator(_plain_text),
]
Title = Annotated[
    str,
    Field(min_length=1, max_length=MAX_TITLE_CHARS, description="Room title."),
    AfterValidator(_plain_text),
]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DevLoginRequest(_Body):
    """`POST /api/auth/dev-login`: sign in with a display name (development only)."""

    name: DisplayName


class UserInfo(_Body):
    """A user as other people see them."""

    id: str
    name: str


class DevLoginResponse(_Body):
    """A development access token and its user."""

    token: str
    user: UserInfo


class CognitoConfig(_Body):
    """What the web app needs to sign in with Cognito."""

    region: str
    userPoolId: str
    clientId: str
    endpoint: str | None = Field(
        None,
        description="Base URL replacing https://cognito-idp.{region}.amazonaws.com "
        "(a Cognito-compatible stand-in); null for Cognito itself.",
    )


class AuthConfig(_Body):
    """`GET /api/auth/config`: how to sign in."""

    mode: str = Field(description="dev (POST /api/auth/dev-login) or cognito.")
    cognito: CognitoConfig | None
    anonymous: bool = Field(description="Whether sockets without a token are admitted.")


class CreateRoomRequest(_Body):
    """`POST /api/rooms`."""

    kind: RoomKind
    title: Title | None = None


class RoomResponse(_Body):
    """A room and the caller's place in it."""

    id: str
    kind: RoomKind
    title: str | None
    role: Role
    created_at: int = Field(description="Epoch milliseconds.")
    permissions: dict[str, bool]


class CreateInviteRequest(_Body):
    """`POST /api/rooms/{id}/invites`."""

    role: Role
    expires_in: int = Field(
        24 * 3600,
        ge=MIN_INVITE_SECONDS,
        le=MAX_INVITE_SECONDS,
        description="Seconds until the link stops working.",
    )


class InviteResponse(_Body):
    """A new invite: share `url` (the token rides in its fragment, never sent to servers)."""

    id: str
    token: str
    url: str
    role: Role
    expires_at: int = Field(description="Epoch seconds.")


class JoinRequest(_Body):
    """`POST /api/rooms/{id}/join`: with a personal invite or a room link's key (one of them)."""

    invite: str | None = Field(
        None, min_length=1, max_length=1024, description="A personal invite token (`#invite=`)."
    )
    key: str | None = Field(
        None,
        min_length=1,
        max_length=64,
        pattern=r"^[A-Za-z0-9_-]+$",
        description="A room link's key (`#k=`).",
    )

    @model_validator(mode="after")
    def _one_capability(self) -> JoinRequest:
        if (self.invite is None) == (self.key is None):
            raise ValueError("send exactly one of invite and key")
        return self


class RoomLinkResponse(_Body):
    """A room link: whoever opens `url` and signs in joins with `role`.

    The key is in the URL's fragment, never sent to servers.
    """

    role: Role
    url: str
    created_at: int = Field(description="Epoch seconds.")


class RoomLinksResponse(_Body):
    """`GET /api/rooms/{id}/links`: the links that work now."""

    links: list[RoomLinkResponse] = Field(
        description="Managers see every link; other members only the link of their own role."
    )
    manage: bool = Field(description="Whether the caller may turn links on, off or replace them.")
    roles: list[Role] = Field(description="Roles a link may grant in this room.")


class JoinResponse(_Body):
    """The role held after joining."""

    role: Role
    permissions: dict[str, bool]


class MemberResponse(_Body):
    """One member of a room."""

    user_id: str
    name: str
    role: Role


class RoleChangeRequest(_Body):
    """`PUT /api/rooms/{id}/members/{user_id}`."""

    role: Role


class Notes(_Body):
    """Interviewer notes (never shown to candidates)."""

    text: Annotated[str, Field(max_length=MAX_NOTES_BYTES), _utf8_within(MAX_NOTES_BYTES)]


class DevRefreshRequest(_Body):
    """`POST /api/auth/dev-refresh`: a token this provider issued (expired ones too)."""

    token: str = Field(min_length=1, max_length=8192)


class HeadlessRunBody(_Body):
    """`POST /api/runs`: a program to run outside any room."""

    code: str = Field(max_length=64 * 1024, description="Source text (10 KB UTF-8 max).")
    stdin: str = Field(default="", max_length=MAX_STDIN_CHARS, description="Input given up front.")
    language: str = Field(
        default="python",
        max_length=32,
        description="A language id of sandbox/languages/registry.toml (python, javascript, "
        "typescript, cpp, java, go); an unknown one is answered by a `run.rejected` line.",
    )


class AnalyzeBody(_Body):
    """`POST /api/analyze`: a program to analyse."""

    code: str = Field(max_length=64 * 1024, description="Source text.")
    language: str = Field(
        default="python",
        max_length=32,
        description="The program's language id (registry). Offline analysis covers Python "
        "only; other languages need Gemini (422 `unsupported_language` without it).",
    )
