"""Host side of the agent's output channel: frame parsing, byte cap, coalescing, sanitising.

The program can write anything to fd 1, so the parser is defensive: an unknown tag or an
oversized length switches it to raw mode for the rest of the run, where every byte is plain
stdout. Nothing read here ever decides a verdict; at worst the program garbles its own output.

Sanitising: the viewer renders text only, and the server additionally strips terminal control
sequences (CSI, OSC, DCS, other ESC sequences) and replaces C0/C1 control characters other than
tab, newline and carriage return with U+FFFD, so nothing reaching a browser can drive a
terminal emulator, retitle a window or smuggle a hyperlink.
"""

from __future__ import annotations

import codecs
import re
import struct
from collections.abc import Callable
from dataclasses import dataclass, field

from sandbox.events import Stream

MAX_FRAME = 65536
TAG_READY = b"R"
TAG_ACCEPTED = b"A"
TAG_STDOUT = b"O"
TAG_STDERR = b"E"
TAG_INPUT = b"I"
_KNOWN = frozenset({TAG_READY, TAG_ACCEPTED, TAG_STDOUT, TAG_STDERR, TAG_INPUT})
_HEADER = struct.Struct(">cI")

_ESCAPES = re.compile(
    r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC ... BEL/ST
    r"|\x1b[P^_X][^\x1b]*(?:\x1b\\)?"  # DCS, PM, APC, SOS ... ST
    r"|\x1b\[[0-?]*[ -/]*[@-~]?"  # CSI
    r"|\x1b[ -/]*[0-~]?"  # other ESC sequences
    r"|\x9b[0-?]*[ -/]*[@-~]?"  # 8-bit CSI
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def capped(data: bytes, used: int, limit: int) -> tuple[bytes, bool]:
    """The part of `data` that fits in `limit` bytes of which `used` are taken; whether cut.

    The one output cap: the runner's per run and a run record's kept output both use it.
    """
    room = max(limit - used, 0)
    return (data[:room], True) if len(data) > room else (data, False)


def sanitize(text: str) -> str:
    """Remove terminal escape sequences and neutralise other control characters."""
    return _CONTROLS.sub("\ufffd", _ESCAPES.sub("", text))


@dataclass
class FrameParser:
    """Incremental parser of the agent's fd-1 frames.

    `feed` returns `(tag, payload)` pairs; in raw mode every byte comes back as stdout.
    """

    raw_mode: bool = False
    _buffer: bytearray = field(default_factory=bytearray)

    def feed(self, data: bytes) -> list[tuple[bytes, bytes]]:
        """Parse as many complete frames as `data` completes."""
        if self.raw_mode:
            return [(TAG_STDOUT, data)] if data else []
        self._buffer += data
        out: list[tuple[bytes, bytes]] = []
        while len(self._buffer) >= _HEADER.size:
            tag, length = _HEADER.unpack_from(self._buffer)
            if tag not in _KNOWN or length > MAX_FRAME:
                # Not a frame the agent wrote: the program wrote to fd 1 directly.
                self.raw_mode = True
                out.append((TAG_STDOUT, self.leftover()))
                return out
            if len(self._buffer) < _HEADER.size + length:
                break
            payload = bytes(self._buffer[_HEADER.size : _HEADER.size + length])
            del self._buffer[: _HEADER.size + length]
            out.append((tag, payload))
        return out

    def leftover(self) -> bytes:
        """Bytes of an incomplete frame at the end of the stream (shown as stdout)."""
        rest = bytes(self._buffer)
        self._buffer.clear()
        return rest


class OutputCollector:
    """Counts, caps, coalesces and decodes output into ordered text chunks.

    Args:
        limit: Output bytes accepted per run; the rest is dropped and `truncated` set.
        emit: Called with `(stream, text)` for each coalesced chunk.
    """

    MARKER = "\n[output truncated: the limit of {limit} bytes was reached]\n"

    def __init__(self, limit: int, emit: Callable[[Stream, str], None]) -> None:
        self.limit = limit
        self.total = 0
        self.truncated = False
        self._emit = emit
        self._pending_stream: Stream | None = None
        self._pending = bytearray()
        self._decoders = {
            s: codecs.getincrementaldecoder("utf-8")(errors="replace") for s in ("stdout", "stderr")
        }

    @property
    def has_pending(self) -> bool:
        """Whether bytes wait for the next flush."""
        return bool(self._pending)

    def add(self, stream: Stream, data: bytes) -> bool:
        """Take program output; returns False once the cap is exceeded (caller kills)."""
        if self.truncated or not data:
            return not self.truncated
        data, self.truncated = capped(data, self.total, self.limit)
        self.total += len(data)
        if self._pending_stream not in (None, stream):
            self.flush()
        self._pending_stream = stream
        self._pending += data
        if self.truncated:
            self.flush(final=True)
            self._emit(stream, self.MARKER.format(limit=self.limit))
        return not self.truncated

    def flush(self, *, final: bool = False) -> None:
        """Emit what is pending as one chunk (a coalescing window closed)."""
        stream = self._pending_stream
        if stream is not None:
            text = self._decoders[stream].decode(bytes(self._pending), final=final)
            self._pending.clear()
            self._pending_stream = None
            if text:
                self._emit(stream, sanitize(text))
        if final:
            for name, decoder in self._decoders.items():
                tail = decoder.decode(b"", final=True)
                if tail:
                    self._emit(name, sanitize(tail))  # type: ignore[arg-type]
