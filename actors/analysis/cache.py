"""Answers kept by the SHA-256 of the exact code text (least recently used goes first)."""

from __future__ import annotations

import hashlib
from collections import OrderedDict

from actors.analysis.models import Analysis


def code_key(code: str) -> str:
    """The cache key of a program: SHA-256 hex of its UTF-8 bytes."""
    return hashlib.sha256(code.encode("utf-8", "surrogatepass")).hexdigest()


class AnalysisCache:
    """A bounded LRU map from code hash to answer."""

    def __init__(self, capacity: int = 1024) -> None:
        self._capacity = capacity
        self._items: OrderedDict[str, Analysis] = OrderedDict()

    def get(self, key: str) -> Analysis | None:
        """The answer for `key`, refreshed as most recently used."""
        found = self._items.get(key)
        if found is not None:
            self._items.move_to_end(key)
        return found

    def put(self, key: str, value: Analysis) -> None:
        """Store an answer, evicting the least recently used beyond capacity."""
        if self._capacity <= 0:
            return
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self._capacity:
            self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)
