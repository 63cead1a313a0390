"""Split astral characters the way Yjs does, so the server's document matches the clients'.

Yjs counts clocks (and indexes) in UTF-16 code units, so an item may be split between the
two halves of a surrogate pair: an insert or a delete at such an index, by any client. Yjs
then turns both halves into U+FFFD on every peer (`ContentString.splice`, yjs#248). yrs, which
pycrdt wraps, keeps the whole character in the left half and leaves the right half empty
(`split_str`): its text keeps the emoji, a delete of one half deletes the wrong character, and
the document it encodes for a late joiner no longer lines up with the clocks.

`SurrogateSafeDoc` keeps yrs away from such splits: before an update is applied, every astral
character that some reference (an origin, a right origin, the edge of a deleted range, the
edge of an item or of what the document already holds) cuts in two is written as two U+FFFD,
which is what Yjs ends up with. When the cut falls in a character the document already holds,
the document is rebuilt from its own encoded state with that character replaced; this happens
only when a client edits inside a surrogate pair, never on ordinary edits.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from pycrdt import Doc, Text

from realtime.protocol import ProtocolError, read_var_uint, write_var_uint
from realtime.rooms.authors import decode_state_vector

__all__ = ["ParsedUpdate", "SurrogateSafeDoc", "parse_update", "rewrite_update"]

# lib0 `writeAny` type tags with a fixed payload size.
_FIXED_ANY = {127: 0, 126: 0, 124: 4, 123: 8, 122: 8, 121: 0, 120: 0}
_CONTENT_STRING = 4


@dataclass(slots=True)
class _StringItem:
    client: int
    clock: int
    start: int  # offset of the string field (length varuint) in the update
    end: int
    value: str


@dataclass(slots=True)
class ParsedUpdate:
    """What `rewrite_update` needs from a Yjs v1 update.

    Attributes:
        raw: The update itself.
        strings: Its string items, with where their string field sits in `raw`.
        cuts: Per client, the clocks where some reference splits an item (a split happens
            before the given clock).
    """

    raw: bytes
    strings: list[_StringItem] = field(default_factory=list)
    cuts: dict[int, set[int]] = field(default_factory=dict)

    def _cut(self, client: int, clock: int) -> None:
        self.cuts.setdefault(client, set()).add(clock)

    def pairs(self) -> dict[int, set[int]]:
        """Per client, the clock of the low half of every astral character in a string item."""
        out: dict[int, set[int]] = {}
        for item in self.strings:
            lows = {low for _, low in _chars(item) if low is not None}
            if lows:
                out.setdefault(item.client, set()).update(lows)
        return out


def _chars(item: _StringItem) -> Iterator[tuple[str, int | None]]:
    """Each character of a string item, with the clock of its low half when it is astral."""
    clock = item.clock
    for char in item.value:
        astral = ord(char) > 0xFFFF
        yield char, clock + 1 if astral else None
        clock += 2 if astral else 1


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def uint(self) -> int:
        value, self.pos = read_var_uint(self.data, self.pos)
        return value

    def byte(self) -> int:
        if self.pos >= len(self.data):
            raise ProtocolError("update truncated")
        value = self.data[self.pos]
        self.pos += 1
        return value

    def skip(self, count: int) -> None:
        if self.pos + count > len(self.data):
            raise ProtocolError("update truncated")
        self.pos += count

    def buf(self) -> bytes:
        length = self.uint()
        start = self.pos
        self.skip(length)
        return self.data[start : self.pos]

    def string(self) -> str:
        try:
            return self.buf().decode("utf-8")
        except UnicodeDecodeError:
            raise ProtocolError("invalid UTF-8 in an update") from None

    def signed(self) -> None:
        while self.byte() & 0x80:
            pass

    def any(self) -> None:
        tag = self.byte()
        if tag in _FIXED_ANY:
            self.skip(_FIXED_ANY[tag])
        elif tag == 125:
            self.signed()
        elif tag in (119, 116):
            self.buf()
        elif tag == 118:
            for _ in range(self.uint()):
                self.buf()
                self.any()
        elif tag == 117:
            for _ in range(self.uint()):
                self.any()
        else:
            raise ProtocolError(f"unknown value type {tag} in an update")


def _content(reader: _Reader, ref: int) -> int:
    """Skip an item's content (not a string); returns the item's length in clocks."""
    if ref in (1, 2, 8):  # deleted, JSON, any
        length = reader.uint()
        for _ in range(length if ref != 1 else 0):
            if ref == 2:
                reader.buf()
            else:
                reader.any()
        return length
    if ref in (3, 5):  # binary, embed (JSON text)
        reader.buf()
    elif ref == 6:  # format: key, JSON value
        reader.buf()
        reader.buf()
    elif ref == 7:  # type: its ref, and a node name for XML elements and hooks
        if reader.uint() in (3, 5):
            reader.buf()
    elif ref == 9:  # subdocument: guid and options
        reader.buf()
        reader.any()
    else:
        raise ProtocolError(f"unknown content type {ref} in an update")
    return 1


def parse_update(update: bytes) -> ParsedUpdate:
    """Read the string items and the split points of a Yjs v1 update.

    Raises:
        ProtocolError: The update is not a well-formed v1 update.
    """
    parsed = ParsedUpdate(update)
    reader = _Reader(update)
    for _ in range(reader.uint()):
        structs = reader.uint()
        client = reader.uint()
        clock = reader.uint()
        parsed._cut(client, clock)
        for _ in range(structs):
            info = reader.byte()
            ref = info & 0x1F
            if ref in (0, 10):  # GC, skip
                clock += reader.uint()
                parsed._cut(client, clock)
                continue
            if info & 0x80:
                origin_client, origin_clock = reader.uint(), reader.uint()
                parsed._cut(origin_client, origin_clock + 1)
            if info & 0x40:
                right_client, right_clock = reader.uint(), reader.uint()
                parsed._cut(right_client, right_clock)
            if not info & 0xC0:
                if reader.uint() == 1:
                    reader.buf()  # the root type's name
                else:
                    reader.uint(), reader.uint()  # the parent item
                if info & 0x20:
                    reader.buf()  # the map key
            if ref == _CONTENT_STRING:
                start = reader.pos
                value = reader.string()
                parsed.strings.append(_StringItem(client, clock, start, reader.pos, value))
                clock += len(value) + sum(1 for char in value if ord(char) > 0xFFFF)
            else:
                clock += _content(reader, ref)
            parsed._cut(client, clock)
    for _ in range(reader.uint()):
        client = reader.uint()
        for _ in range(reader.uint()):
            clock = reader.uint()
            length = reader.uint()
            parsed._cut(client, clock)
            parsed._cut(client, clock + length)
    if reader.pos != len(update):
        raise ProtocolError(f"{len(update) - reader.pos} trailing bytes after an update")
    return parsed


def rewrite_update(parsed: ParsedUpdate, cuts: dict[int, set[int]]) -> bytes:
    """The update with every astral character that a cut splits written as two U+FFFD."""
    spans: list[tuple[int, int, bytes]] = []
    for item in parsed.strings:
        client_cuts = cuts.get(item.client)
        if not client_cuts:
            continue
        value = "".join("\ufffd\ufffd" if low in client_cuts else c for c, low in _chars(item))
        if value != item.value:
            raw = value.encode()
            spans.append((item.start, item.end, write_var_uint(len(raw)) + raw))
    if not spans:
        return parsed.raw
    parts = []
    pos = 0
    for start, end, replacement in spans:
        parts += [parsed.raw[pos:start], replacement]
        pos = end
    parts.append(parsed.raw[pos:])
    return b"".join(parts)


def _merge(*maps: dict[int, set[int]]) -> dict[int, set[int]]:
    out: dict[int, set[int]] = {}
    for mapping in maps:
        for client, clocks in mapping.items():
            out.setdefault(client, set()).update(clocks)
    return out


class SurrogateSafeDoc:
    """A pycrdt document whose updates never split an astral character the way yrs does.

    It offers what a room uses of `pycrdt.Doc` (`apply_update`, `get_update`, `get_state`)
    plus `text`, the shared `Y.Text` named `code`. Not thread-safe, like the room.
    """

    def __init__(self, name: str = "code", *, client_id: int | None = None) -> None:
        """Create an empty document whose text is the root type `name`.

        Args:
            name: Name of the root `Y.Text`.
            client_id: Yjs client id of local edits (random when None); a rebuild keeps it.
        """
        self._name = name
        self._client_id = client_id
        self.doc: Doc[Text] = self._new_doc()
        self.text: Text = self.doc.get(name, type=Text)
        # Low halves (clocks) of the astral characters the document holds whole.
        self._pairs: dict[int, set[int]] = {}
        # Cuts at clocks the document does not hold yet (references to missing updates).
        self._ahead: dict[int, set[int]] = {}
        self.rebuilds = 0

    def _new_doc(self) -> Doc[Text]:
        return Doc() if self._client_id is None else Doc(client_id=self._client_id)

    def track_local(self, update: bytes) -> None:
        """Note the astral characters of an update made by editing `text` directly.

        A later remote edit inside one of them then finds it (local edits themselves split
        only at character boundaries: pycrdt indexes whole UTF-8 characters).
        """
        parsed = parse_update(update)
        self._remember([parsed], parsed.cuts)

    def get_state(self) -> bytes:
        """The document's state vector."""
        return self.doc.get_state()

    def get_update(self, state_vector: bytes | None = None) -> bytes:
        """What a peer with `state_vector` is missing (everything when None)."""
        return self.doc.get_update(state_vector)

    def apply_update(self, update: bytes) -> None:
        """Apply a Yjs v1 update, splitting astral characters like Yjs.

        Raises:
            ValueError: yrs refused the update.
        """
        try:
            parsed = parse_update(update)
        except ProtocolError:
            # Not ours to judge: yrs refuses it (or applies it) exactly as before.
            self.doc.apply_update(update)
            return
        if any(ord(char) > 0xFFFF for item in parsed.strings for char in item.value):
            # Where what the document holds ends: yrs cuts an overlapping item there.
            held = decode_state_vector(self.doc.get_state())
            for client in parsed.cuts:
                if client in held:
                    parsed._cut(client, held[client])
        cuts = _merge(parsed.cuts, self._ahead)
        if any(clocks & self._pairs.get(client, set()) for client, clocks in cuts.items()):
            self._rebuild(parsed, cuts)
        else:
            self.doc.apply_update(rewrite_update(parsed, cuts))
            self._remember([parsed], cuts)
        self._forget_reached()

    def _rebuild(self, parsed: ParsedUpdate, cuts: dict[int, set[int]]) -> None:
        """Re-create the document from its own state with the cut characters replaced."""
        held = parse_update(self.doc.get_update())
        cuts = _merge(cuts, held.cuts)
        doc = self._new_doc()
        doc.apply_update(rewrite_update(held, cuts))
        doc.apply_update(rewrite_update(parsed, cuts))
        self.doc = doc
        self.text = doc.get(self._name, type=Text)
        self._pairs = {}
        self._remember([held, parsed], cuts)
        self.rebuilds += 1

    def _remember(self, updates: Iterable[ParsedUpdate], cuts: dict[int, set[int]]) -> None:
        held = decode_state_vector(self.doc.get_state())
        for client, clocks in cuts.items():
            ahead = {clock for clock in clocks if clock > held.get(client, 0)}
            if ahead:
                self._ahead.setdefault(client, set()).update(ahead)
        for update in updates:
            for client, lows in update.pairs().items():
                whole = lows - cuts.get(client, set())
                if whole:
                    self._pairs.setdefault(client, set()).update(whole)

    def _forget_reached(self) -> None:
        if not self._ahead:
            return
        held = decode_state_vector(self.doc.get_state())
        for client in list(self._ahead):
            remaining = {c for c in self._ahead[client] if c > held.get(client, 0)}
            if remaining:
                self._ahead[client] = remaining
            else:
                del self._ahead[client]
