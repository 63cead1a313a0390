"""Awareness states of one room (cursors, names), following y-protocols' merge rules."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from realtime.protocol import AwarenessEntry, encode_awareness, encode_awareness_update

__all__ = ["AwarenessTracker"]

# y-protocols clients drop a peer's state that was not renewed for 30 s (they renew every 15 s).
OUTDATED_SECONDS = 30.0


@dataclass(slots=True)
class _State:
    clock: int
    state: str | None
    updated: float
    local: bool


class AwarenessTracker:
    """Latest awareness state per Yjs client id, from local connections or other processes."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        """Create an empty tracker; `clock` is monotonic seconds (injectable for tests)."""
        self._states: dict[int, _State] = {}
        self._clock = clock

    def apply(self, entries: Iterable[AwarenessEntry], *, local: bool) -> list[AwarenessEntry]:
        """Merge entries as y-protocols' `applyAwarenessUpdate` does.

        Returns:
            The accepted entries (newer clock, or a removal at the same clock).
        """
        now = self._clock()
        accepted = []
        for entry in entries:
            known = self._states.get(entry.client_id)
            removal = entry.removed
            if known is not None and not (
                known.clock < entry.clock
                or (known.clock == entry.clock and removal and known.state is not None)
            ):
                continue
            self._states[entry.client_id] = _State(
                entry.clock, None if removal else entry.state, now, local
            )
            accepted.append(entry)
        return accepted

    def remove(self, client_ids: Iterable[int]) -> list[AwarenessEntry]:
        """Mark clients gone (a closed connection's ids); returns the removal entries to send."""
        now = self._clock()
        removed = []
        for client_id in client_ids:
            known = self._states.get(client_id)
            if known is None or known.state is None:
                continue
            known.clock += 1
            known.state = None
            known.updated = now
            removed.append(AwarenessEntry(client_id, known.clock, "null"))
        return removed

    def states_frame(self, *, only_local: bool = False) -> bytes | None:
        """Awareness frame with every live state, for newcomers; None when there is none.

        States learned from other processes that were not renewed in time are left out: their
        process may be gone, and clients would drop them anyway.
        """
        cutoff = self._clock() - OUTDATED_SECONDS
        entries = [
            AwarenessEntry(client_id, s.clock, s.state)
            for client_id, s in self._states.items()
            if s.state is not None and (s.local or (not only_local and s.updated >= cutoff))
        ]
        if not entries:
            return None
        return encode_awareness(encode_awareness_update(entries))

    def prune(self) -> None:
        """Forget removed clients and outdated remote ones so the table does not grow forever."""
        cutoff = self._clock() - 2 * OUTDATED_SECONDS
        stale = [
            cid
            for cid, s in self._states.items()
            if (s.state is None or not s.local) and s.updated < cutoff
        ]
        for client_id in stale:
            del self._states[client_id]

    def __len__(self) -> int:
        """Number of clients with a live state."""
        return sum(1 for s in self._states.values() if s.state is not None)
