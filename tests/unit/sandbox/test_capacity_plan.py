"""The pool's capacity plan: starts and evictions per language within the ceiling."""

from __future__ import annotations

from sandbox.capacity import CapacityPlan, LaneLoad, plan_capacity

# pool_size=2 with six languages in use: ceiling 2 * 2 + 6 - 1 = 9.
SIX = {"python": 1, "javascript": 1, "typescript": 1, "cpp": 1, "java": 1, "go": 1}


def test_below_the_ceiling_every_lane_fills_to_its_share() -> None:
    lanes = [LaneLoad("python", warm=1), LaneLoad("go"), LaneLoad("java", starting=1)]
    plan = plan_capacity(lanes, {"python": 2, "go": 1, "java": 1}, alive=2, ceiling=7)
    assert plan == CapacityPlan(evict={}, start={"python": 1, "go": 1})


def test_a_surplus_at_the_ceiling_makes_room_for_a_starved_language() -> None:
    # Seen in CI: a burst left TypeScript 5 warm at the ceiling; Java and Go had none warm,
    # none starting and no run to claim one, so nothing ever started for them.
    lanes = [
        LaneLoad("python", warm=1),
        LaneLoad("javascript", warm=1),
        LaneLoad("typescript", warm=5),
        LaneLoad("cpp", warm=1),
        LaneLoad("java"),
        LaneLoad("go", warm=1),
    ]
    plan = plan_capacity(lanes, SIX, alive=9, ceiling=9)
    assert plan == CapacityPlan(evict={"typescript": 1}, start={"java": 1})


def test_two_starved_languages_share_one_surplus() -> None:
    lanes = [
        LaneLoad("python", warm=2),
        LaneLoad("javascript", warm=1),
        LaneLoad("typescript", warm=4),
        LaneLoad("cpp", warm=2),
        LaneLoad("java"),
        LaneLoad("go"),
    ]
    plan = plan_capacity(lanes, SIX, alive=9, ceiling=9)
    # The largest surplus goes first: TypeScript's, both times (3 over, then 2).
    assert plan == CapacityPlan(evict={"typescript": 2}, start={"java": 1, "go": 1})


def test_a_language_at_its_share_keeps_it_for_another_below() -> None:
    # No lane above its share: nothing is taken, or two languages would trade a sandbox forever.
    lanes = [LaneLoad("python", warm=1), LaneLoad("go"), LaneLoad("java", warm=1)]
    plan = plan_capacity(lanes, {"python": 1, "go": 1, "java": 1}, alive=5, ceiling=5)
    assert plan == CapacityPlan(evict={}, start={})


def test_a_waiting_run_may_take_a_spare_below_its_share() -> None:
    # A run waiting now comes before another language's spare, as before the plan existed.
    lanes = [LaneLoad("python", warm=1), LaneLoad("go", waiting=1)]
    plan = plan_capacity(lanes, {"python": 2, "go": 1}, alive=4, ceiling=4)
    assert plan == CapacityPlan(evict={"python": 1}, start={"go": 1})


def test_a_waiting_run_with_a_sandbox_on_its_way_evicts_nothing() -> None:
    lanes = [LaneLoad("python", warm=1), LaneLoad("go", starting=1, waiting=1)]
    plan = plan_capacity(lanes, {"python": 2, "go": 1}, alive=4, ceiling=4)
    assert plan == CapacityPlan(evict={}, start={})


def test_python_gives_up_its_surplus_last() -> None:
    lanes = [LaneLoad("python", warm=3), LaneLoad("cpp", warm=3), LaneLoad("go")]
    plan = plan_capacity(lanes, {"python": 2, "cpp": 2, "go": 1}, alive=6, ceiling=6)
    assert plan == CapacityPlan(evict={"cpp": 1}, start={"go": 1})


def test_only_the_surplus_goes_however_short_the_others_are() -> None:
    lanes = [LaneLoad("python", warm=2), LaneLoad("go"), LaneLoad("java")]
    plan = plan_capacity(lanes, {"python": 1, "go": 2, "java": 2}, alive=2, ceiling=2)
    assert plan == CapacityPlan(evict={"python": 1}, start={"go": 1})
