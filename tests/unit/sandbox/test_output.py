"""Frame parsing cannot be steered by the program; output is capped, coalesced and sanitised."""

from __future__ import annotations

import struct

from sandbox.output import FrameParser, OutputCollector, sanitize


def frame(tag: bytes, data: bytes = b"") -> bytes:
    return struct.pack(">cI", tag, len(data)) + data


def test_frames_split_anywhere_are_reassembled() -> None:
    stream = frame(b"A") + frame(b"O", b"hello ") + frame(b"E", b"oops") + frame(b"I")
    for cut in range(len(stream)):
        parser = FrameParser()
        got = parser.feed(stream[:cut]) + parser.feed(stream[cut:])
        assert got == [(b"A", b""), (b"O", b"hello "), (b"E", b"oops"), (b"I", b"")]


def test_garbage_switches_to_raw_stdout_for_good() -> None:
    parser = FrameParser()
    assert parser.feed(frame(b"O", b"ok") + b"Zjunk") == [(b"O", b"ok"), (b"O", b"Zjunk")]
    assert parser.raw_mode
    # A perfectly formed frame afterwards is just text now: it cannot signal anything.
    assert parser.feed(frame(b"I")) == [(b"O", frame(b"I"))]


def test_oversized_length_is_not_trusted() -> None:
    parser = FrameParser()
    out = parser.feed(struct.pack(">cI", b"O", 1 << 31) + b"x")
    assert parser.raw_mode and out[0][0] == b"O"


def collector(limit: int = 100) -> tuple[OutputCollector, list[tuple[str, str]]]:
    chunks: list[tuple[str, str]] = []
    return OutputCollector(limit, lambda s, t: chunks.append((s, t))), chunks


def test_cap_truncates_with_marker() -> None:
    c, chunks = collector(10)
    assert c.add("stdout", b"12345")
    assert not c.add("stdout", b"6789abcdef")
    assert c.truncated and c.total == 10
    text = "".join(t for _, t in chunks)
    assert text.startswith("123456789a") and "output truncated" in text
    assert not c.add("stdout", b"more")


def test_utf8_split_across_chunks_and_invalid_bytes() -> None:
    c, chunks = collector()
    euro = "€".encode()
    c.add("stdout", euro[:1])
    c.flush()
    c.add("stdout", euro[1:] + b"\xff")
    c.flush(final=True)
    assert "".join(t for _, t in chunks) == "€\ufffd"


def test_stream_switch_keeps_order() -> None:
    c, chunks = collector()
    c.add("stdout", b"a")
    c.add("stderr", b"b")
    c.add("stdout", b"c")
    c.flush(final=True)
    assert chunks == [("stdout", "a"), ("stderr", "b"), ("stdout", "c")]


def test_sanitize_strips_terminal_control() -> None:
    raw = (
        "\x1b[31mred\x1b[0m \x1b]0;title\x07 \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ "
        "\x9b2J\x00\x08ok\ttab\r\n"
    )
    clean = sanitize(raw)
    assert clean == "red  link \ufffd\ufffdok\ttab\r\n"
    assert sanitize("<b>html</b> stays text") == "<b>html</b> stays text"
