"""How many sandboxes each language's lane should start or give up: pure arithmetic on counts.

The pool keeps each language in use at its share of warm sandboxes (its target) within a
ceiling of alive sandboxes. At the ceiling, room is made by destroying warm sandboxes:
- for a queued run with no sandbox on its way, any other language's warm spare may go
  (the run is waiting now; a spare only might be used);
- for a language below its share, only another language's surplus over its own share, so
  two languages never take a sandbox from each other in turn. Without this, a burst that
  left one language above its share at the ceiling starved another of any warm sandbox.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

PYTHON = "python"


@dataclass(frozen=True)
class LaneLoad:
    """One language's counts: warm, starting and queued (live) runs."""

    language: str
    warm: int = 0
    starting: int = 0
    waiting: int = 0


@dataclass(frozen=True)
class CapacityPlan:
    """Warm sandboxes to destroy and sandboxes to start, per language."""

    evict: dict[str, int] = field(default_factory=dict)
    start: dict[str, int] = field(default_factory=dict)


def plan_capacity(
    lanes: Sequence[LaneLoad], targets: Mapping[str, int], *, alive: int, ceiling: int
) -> CapacityPlan:
    """The starts and evictions that bring every lane toward its target within the ceiling.

    Args:
        lanes: The languages in use, in order of first use.
        targets: Warm sandboxes wanted per language in use.
        alive: Sandboxes alive now, in every lane (warm, starting and busy).
        ceiling: Most sandboxes alive at once.
    """
    warm = {lane.language: lane.warm for lane in lanes}
    evict: dict[str, int] = {}

    def make_room(count: int, *, surplus_only: bool) -> int:
        made = 0
        while made < count:
            spare = [
                lane
                for lane in lanes
                if warm[lane.language] > (targets[lane.language] if surplus_only else 0)
                and not lane.waiting
            ]
            if not spare:
                break
            # The largest surplus over its share goes first, Python's last.
            lane = max(
                spare,
                key=lambda lane: (
                    warm[lane.language] - targets[lane.language],
                    lane.language != PYTHON,
                ),
            )
            warm[lane.language] -= 1
            evict[lane.language] = evict.get(lane.language, 0) + 1
            made += 1
        return made

    room = ceiling - alive
    unserved = sum(max(0, lane.waiting - lane.starting) for lane in lanes)
    if unserved > room:
        room += make_room(unserved - room, surplus_only=False)

    def wanted(lane: LaneLoad) -> int:
        return targets[lane.language] + lane.waiting - warm[lane.language] - lane.starting

    short = sum(max(0, wanted(lane)) for lane in lanes)
    if short > room:
        room += make_room(short - room, surplus_only=True)

    start: dict[str, int] = {}
    # Runs already waiting first, then Python, then the others in order of first use.
    for lane in sorted(lanes, key=lambda lane: (not lane.waiting, lane.language != PYTHON)):
        count = max(0, min(wanted(lane), room))
        if count:
            start[lane.language] = count
            room -= count
    return CapacityPlan(evict=evict, start=start)
