"""A room's language: one key of a shared `Y.Map` in the room's own document.

It lives in the document, beside the code, rather than in the room's metadata: every client
sees a change at once through the same sync as an edit, whoever may edit the code may change
it (observers' updates are dropped like any edit), it is stored and replayed with the
document (playback, reconnects merge it, a restart keeps it), and stock y-websocket clients
carry it without knowing. The server only reads it: a room that never set it is Python, and a
value that is no registered language is refused when a run starts (`run.rejected`).
"""

from __future__ import annotations

import logging
from typing import Any

from pycrdt import Doc, Map

from sandbox.languages.registry import load_registry

__all__ = [
    "LANGUAGE_KEY",
    "ROOM_MAP",
    "document_language",
    "settings_language",
]

log = logging.getLogger(__name__)

# The shared map of room settings (`doc.getMap("room")` in Yjs) and the language's key in it.
ROOM_MAP = "room"
LANGUAGE_KEY = "language"
# What an unreadable value is read as: no language id looks like this, so a run refuses it.
_UNREADABLE = "(unreadable)"


def document_language(doc: Doc[Any]) -> str:
    """The language id the room's document names (the default when it names none).

    Whatever a client wrote is returned as text, unchecked: a run checks it. A `room` root
    that some client made something other than a map, or a value that is not text, reads as
    a value no language has.
    """
    try:
        settings: Map[Any] = doc.get(ROOM_MAP, type=Map)
    except Exception as exc:  # a root of another type: yrs refuses to read it as a map
        log.warning("room settings unreadable: %s", exc)
        return _UNREADABLE
    return settings_language(settings)


def settings_language(settings: Map[Any]) -> str:
    """The language id a document's `room` map names (see `document_language`)."""
    try:
        value = settings.get(LANGUAGE_KEY)
    except Exception as exc:
        log.warning("room settings unreadable: %s", exc)
        return _UNREADABLE
    if value is None:  # a room that never chose one: the registry's default, Python
        return load_registry().default
    return value if isinstance(value, str) else _UNREADABLE
