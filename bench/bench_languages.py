"""Warm runs of every registry language through the pool, against cold starts; prints JSON.

Per language, in one invocation and one pool (real gVisor):
* warm: the registry's starter (hello world reading "Ada" from stdin) through
  `WarmPool.submit`, each run taking a warm sandbox of its language (the next run waits until
  the replacement is warm): submission -> first output, p50 and p99; the compile (host-observed
  `compile_ms`) and the time from the compile's end to the first output ("after compile");
* cold, same run: a fresh sandbox of the language started, then the same program:
  start + first output;
* compile time of hello world and of a ~200-line program (bench_languages_cold's), warm.
Python's warm first output through the same pool is the baseline.

Usage: `python bench/bench_languages.py [--warm-runs 10] [--cold-runs 3] [--languages go,java]`.
The machine is shared, so figures are noisy; a few minutes in all.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_languages_cold import program_200_lines  # noqa: E402
from sandbox.events import RunFinished, RunOutput, RunRequest  # noqa: E402
from sandbox.languages import get_language, list_languages  # noqa: E402
from sandbox.languages.run import LanguageRun  # noqa: E402
from sandbox.pool import WarmPool  # noqa: E402
from sandbox.runner import SandboxRun  # noqa: E402
from sandbox.settings import SandboxSettings  # noqa: E402
from sandbox.verdicts import Verdict  # noqa: E402


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return round(ordered[index], 1)


def summary(values: list[float]) -> dict[str, float]:
    return {"p50": percentile(values, 50), "p99": percentile(values, 99), "n": len(values)}


async def timed(handle: SandboxRun, began: float) -> tuple[float, RunFinished]:
    """Milliseconds from `began` to the first output, and the finished event."""
    first: float | None = None
    async for event in handle.events():
        if isinstance(event, RunOutput) and first is None:
            first = (time.perf_counter() - began) * 1000
        if isinstance(event, RunFinished):
            assert event.verdict is Verdict.OK, event
            assert first is not None, event
            return first, event
    raise AssertionError("no run.finished")


async def wait_warm(pool: WarmPool, language: str) -> None:
    async with asyncio.timeout(120):
        while pool.warm_by_language().get(language, 0) < 1:  # noqa: ASYNC110 - polling stats
            await asyncio.sleep(0.02)
    await asyncio.sleep(0.2)  # the replacement's own start-up CPU has settled


async def warm_runs(
    pool: WarmPool, language: str, source: str, stdin: str, runs: int
) -> tuple[list[float], list[float], list[float]]:
    """First output, compile and after-compile milliseconds of `runs` warm runs."""
    first, compile_ms, after = [], [], []
    for _ in range(runs):
        await wait_warm(pool, language)
        request = RunRequest(uuid.uuid4().hex, source, stdin=stdin, language=language)
        began = time.perf_counter()
        handle = await pool.submit(request)
        assert isinstance(handle, SandboxRun)
        ms, finished = await timed(handle, began)
        first.append(ms)
        compile_ms.append(finished.compile_ms or 0.0)
        after.append(ms - (finished.compile_ms or 0.0))
    return first, compile_ms, after


async def cold_runs(
    pool: WarmPool, language: str, source: str, stdin: str, runs: int
) -> dict[str, float]:
    """A fresh sandbox of the language (the pool's own factory), then one run: start + output."""
    lane_factory = await pool._factory(pool._lanes[language])
    starts, totals = [], []
    for _ in range(runs):
        began = time.perf_counter()
        sandbox = lane_factory()
        await sandbox.start(pool.settings.start_timeout_s)
        starts.append((time.perf_counter() - began) * 1000)
        request = RunRequest(uuid.uuid4().hex, source, stdin=stdin, language=language)
        run = LanguageRun(request, get_language(language), pool.settings)
        run.start(sandbox)
        ms, _ = await timed(run, began)
        totals.append(ms)
    return {
        "start_ms": round(statistics.median(starts), 1),
        "first_output_ms": round(statistics.median(totals), 1),
        "n": runs,
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--warm-runs", type=int, default=10)
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument("--lines-runs", type=int, default=3)
    parser.add_argument("--languages", default="")
    args = parser.parse_args()
    wanted = [x for x in args.languages.split(",") if x] or [
        lang.id for lang in list_languages() if lang.compiled
    ]
    with tempfile.TemporaryDirectory() as tmp:
        settings = SandboxSettings(state_dir=Path(tmp) / "state", environment="test", pool_size=2)
        pool = WarmPool.from_settings(settings)
        await pool.start()
        report: dict[str, Any] = {}
        try:
            python_first, _, _ = await warm_runs(pool, "python", "print(1)", "", 20)
            for language_id in wanted:
                language = get_language(language_id)
                await pool.prewarm(language_id)
                first, compile_ms, after = await warm_runs(
                    pool, language_id, language.starter, "Ada\n", args.warm_runs
                )
                _, lines_compile, _ = await warm_runs(
                    pool,
                    language_id,
                    program_200_lines(language_id),
                    "1000\n",
                    args.lines_runs,
                )
                report[language_id] = {
                    "warm_first_output_ms": summary(first),
                    "warm_compile_ms": summary(compile_ms),
                    "warm_after_compile_ms": summary(after),
                    "cold": await cold_runs(
                        pool, language_id, language.starter, "Ada\n", args.cold_runs
                    ),
                    "compile_ms_200_lines": summary(lines_compile),
                }
        finally:
            await pool.close()
    print(
        json.dumps(
            {"python_warm_first_output_ms": summary(python_first), "languages": report},
            indent=1,
        )
    )


if __name__ == "__main__":
    asyncio.run(main())
