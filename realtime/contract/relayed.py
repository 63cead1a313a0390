"""Events one server process relays to the others serving a room; no client sees them.

A run lives in the process that started it, but its runner may type, send EOF or cancel from
a socket held by another process. That process checks the permission and that the sender is
the runner, then relays the request under the run's id; the process holding the run checks
the runner again against the live run and acts.
"""

from __future__ import annotations

import msgspec

__all__ = [
    "RelayedEvent",
    "RelayedRunCancel",
    "RelayedRunEof",
    "RelayedRunInput",
    "decode_relayed",
    "encode_relayed",
]


class Relayed(msgspec.Struct, tag_field="type", kw_only=True, frozen=True):
    """Base of every relayed event: which run, and the user the sending process admitted."""

    run_id: str
    by: str


class RelayedRunInput(Relayed, tag="run.input", frozen=True):
    """The runner typed `text` for the live run."""

    text: str


class RelayedRunEof(Relayed, tag="run.eof", frozen=True):
    """The runner closed the live run's stdin."""


class RelayedRunCancel(Relayed, tag="run.cancel", frozen=True):
    """Someone allowed to cancel stopped the live run."""


RelayedEvent = RelayedRunInput | RelayedRunEof | RelayedRunCancel

_decoder: msgspec.json.Decoder[RelayedEvent] = msgspec.json.Decoder(RelayedEvent)


def encode_relayed(event: RelayedEvent) -> bytes:
    """The JSON of a relayed event."""
    return msgspec.json.encode(event)


def decode_relayed(text: str | bytes) -> RelayedEvent:
    """A relayed event read back.

    Raises:
        msgspec.DecodeError: Not JSON, or no relayed event (a `ValidationError` is one).
    """
    return _decoder.decode(text)
