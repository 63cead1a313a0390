"""Room links: a secret key in the URL fragment (`/r/<id>#k=<key>`) that admits with a role.

A room link is an `InviteRecord` with a `key`: joining with it makes the person a member tied
to that record, so replacing or turning off the link removes them again (and closes their
sockets), exactly as revoking a personal invite does. The key is random (144 bits), compared
in constant time and kept in the metadata store so the owner can copy the link again later.
"""

from __future__ import annotations

import hmac
import secrets
import time
from collections.abc import Callable, Iterable

from realtime.auth.permissions import Role
from realtime.metadata.records import InviteRecord

__all__ = ["link_url", "match_link", "new_link"]


def new_link(
    room_id: str, role: Role, created_by: str, *, clock: Callable[[], float] = time.time
) -> InviteRecord:
    """A fresh link for `role` (its key is new: old links of the role stop matching)."""
    return InviteRecord(
        id=f"link-{secrets.token_urlsafe(9)}",
        room_id=room_id,
        role=role,
        expires_at=None,
        created_by=created_by,
        key=secrets.token_urlsafe(18),
        created_at=int(clock()),
    )


def link_url(base: str, room_id: str, key: str) -> str:
    """The address to share: the key rides in the fragment, out of logs and Referer headers."""
    return f"{base.rstrip('/')}/r/{room_id}#k={key}"


def match_link(links: Iterable[InviteRecord], key: str) -> InviteRecord | None:
    """The working link whose key is `key`, compared in constant time; None if none is."""
    found = None
    for link in links:
        if link.key is not None and not link.revoked and hmac.compare_digest(link.key, key):
            found = link
    return found
