"""The test client converts Yjs indexes (UTF-16 code units) to pycrdt's (UTF-8 bytes) and back."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pycrdt import Doc, Text

from tests.room_client import pycrdt_to_utf16, utf16_to_pycrdt

PIECES = ["a", "é", "e\u0301", "你", "😀", "👨‍👩‍👧", "🇫🇷", "𠀋", "\n"]
texts = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


def utf16(value: str) -> bytes:
    return value.encode("utf-16-le", "surrogatepass")


# No per-example deadline: a loaded CI machine is not a failure of the conversion.
@settings(max_examples=200, derandomize=True, database=None, deadline=None)
@given(text=texts, chunk=st.sampled_from(PIECES), data=st.data())
def test_insert_at_a_utf16_index_lands_where_yjs_puts_it(
    text: str, chunk: str, data: st.DataObject
) -> None:
    units = len(utf16(text)) // 2
    index = data.draw(st.integers(0, units))
    # What JavaScript's text.slice(0, index) + chunk + text.slice(index) gives.
    raw = utf16(text)
    expected = (raw[: 2 * index] + utf16(chunk) + raw[2 * index :]).decode(
        "utf-16-le", "surrogatepass"
    )
    doc: Doc[Text] = Doc()
    shared = doc.get("code", type=Text)
    shared.insert(0, text)
    try:
        at = utf16_to_pycrdt(text, index)
    except ValueError:
        # Only an index between the halves of a surrogate pair is refused.
        assert 0xD800 <= int.from_bytes(raw[2 * index - 2 : 2 * index], "little") <= 0xDBFF
        return
    shared.insert(at, chunk)
    assert str(shared) == expected
    assert pycrdt_to_utf16(text, at) == index


def test_refuses_indexes_pycrdt_would_misplace() -> None:
    assert utf16_to_pycrdt("a😀b", 3) == 5
    assert pycrdt_to_utf16("a😀b", 5) == 3
    with pytest.raises(ValueError, match="inside a surrogate pair"):
        utf16_to_pycrdt("a😀b", 2)
    with pytest.raises(ValueError, match="inside a character"):
        pycrdt_to_utf16("a😀b", 2)
    with pytest.raises(ValueError, match="past the end"):
        utf16_to_pycrdt("a😀b", 5)
    with pytest.raises(ValueError, match="past the end"):
        pycrdt_to_utf16("a😀b", 7)
    with pytest.raises(ValueError, match="negative"):
        utf16_to_pycrdt("a", -1)
