"""Awareness merge rules follow y-protocols' applyAwarenessUpdate."""

from __future__ import annotations

from realtime.protocol import AwarenessEntry, decode_message
from realtime.rooms.awareness import OUTDATED_SECONDS, AwarenessTracker


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_newer_clock_wins_and_older_is_ignored() -> None:
    tracker = AwarenessTracker()
    assert tracker.apply([AwarenessEntry(1, 2, '{"a":1}')], local=True)
    assert not tracker.apply([AwarenessEntry(1, 1, '{"a":0}')], local=True)
    assert not tracker.apply([AwarenessEntry(1, 2, '{"a":2}')], local=True)
    # Same clock but a removal is accepted (that is how a client says goodbye).
    assert tracker.apply([AwarenessEntry(1, 2, "null")], local=True)
    assert len(tracker) == 0
    assert tracker.states_frame() is None


def test_remove_bumps_the_clock() -> None:
    tracker = AwarenessTracker()
    tracker.apply([AwarenessEntry(5, 3, "{}"), AwarenessEntry(6, 1, "{}")], local=True)
    removed = tracker.remove([5, 99])
    assert removed == [AwarenessEntry(5, 4, "null")]
    assert len(tracker) == 1


def test_newcomers_get_live_states_and_stale_remote_ones_expire() -> None:
    clock = Clock()
    tracker = AwarenessTracker(clock)
    tracker.apply([AwarenessEntry(1, 1, '{"me":1}')], local=True)
    tracker.apply([AwarenessEntry(2, 1, '{"far":1}')], local=False)
    frame = tracker.states_frame()
    assert frame is not None
    message = decode_message(frame)
    assert {e.client_id for e in message.entries} == {1, 2}  # type: ignore[union-attr]
    clock.now += OUTDATED_SECONDS + 1
    message = decode_message(tracker.states_frame() or b"")
    assert {e.client_id for e in message.entries} == {1}  # type: ignore[union-attr]
    only_local = decode_message(tracker.states_frame(only_local=True) or b"")
    assert {e.client_id for e in only_local.entries} == {1}  # type: ignore[union-attr]
    clock.now += OUTDATED_SECONDS
    tracker.prune()
    # Pruned: an old clock for client 2 is accepted again as new.
    assert tracker.apply([AwarenessEntry(2, 1, "{}")], local=False)
