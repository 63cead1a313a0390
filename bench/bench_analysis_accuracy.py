"""Accuracy of the offline Big-O analyser on two labelled corpora.

1. CodeComplex (`../shared/data/codecomplex-python/dev.jsonl`, human-labelled Codeforces
   solutions we did not write; `actors/analysis/devset.py`): the main development set. Its
   split is fixed by a hash of each problem id; rules are tuned on `train` only and the
   headline figures are those of `eval`.
2. `bench/corpus/` (programs written with the rules; has the O(log n) and O(n^3) programs the
   CodeComplex sample lacks): a regression set.

Prints one JSON object: exact-class and within-one-class accuracy per split and per class, the
confusion matrices, and the published baseline (GPT-4 on CodeComplex: 53.8% exact, 81.0%
within one class) for comparison.

By default the analyser is static-only. With `--measure` it also times each program in a real
sandbox pool when one can be started here; if it cannot, the JSON says so and the run stays
static.

Usage: .venv/bin/python bench/bench_analysis_accuracy.py [--measure] [--misses train]

`--misses train` lists the CodeComplex train programs it gets wrong (never the eval ones: the
point of the split is not to look at them while changing rules).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from actors.analysis.classes import CLASSES, within_one  # noqa: E402
from actors.analysis.devset import DEV_PATH, load_devset  # noqa: E402
from actors.analysis.offline.analyzer import OfflineAnalyzer  # noqa: E402

CORPUS = ROOT / "bench" / "corpus"
BASELINE = {"name": "GPT-4 on CodeComplex (published)", "exact": 0.538, "within_one": 0.81}
TARGETS = {"exact": 0.70, "within_one": 0.90, "every_class": 0.50}


async def _make_pool() -> tuple[Any, str]:
    """A started sandbox pool (gVisor), or None with the reason it could not be had."""
    try:
        from sandbox.pool import WarmPool
        from sandbox.settings import SandboxSettings
    except ImportError as exc:
        return None, f"no sandbox pool in this checkout ({exc})"
    try:
        settings = SandboxSettings()
        pool = WarmPool.from_settings(settings)
        await pool.start()
    except Exception as exc:
        return None, f"sandbox pool did not start: {type(exc).__name__}: {exc}"
    return pool, f"sandbox pool ({pool.stats().backend}, {settings.cpu_cores} core per run)"


def _fit_score(rows: list[dict[str, Any]]) -> float | None:
    """How often the measured fit alone named the expected class."""
    fitted = [r for r in rows if r["fit"] is not None]
    if not fitted:
        return None
    return round(sum(r["fit"] == r["expected"] for r in fitted) / len(fitted), 3)


def _score(rows: list[dict[str, Any]]) -> dict[str, Any]:
    if not rows:
        return {"programs": 0, "exact": None, "within_one": None}
    exact = sum(r["got"] == r["expected"] for r in rows)
    near = sum(within_one(r["got"], r["expected"]) for r in rows)
    return {
        "programs": len(rows),
        "exact": round(exact / len(rows), 3),
        "within_one": round(near / len(rows), 3),
    }


def _per_class(rows: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        c: _score([r for r in rows if r["expected"] == c])
        for c in CLASSES
        if any(r["expected"] == c for r in rows)
    }


def _confusion(rows: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    confusion: dict[str, dict[str, int]] = defaultdict(dict)
    for r in rows:
        confusion[r["expected"]][r["got"]] = confusion[r["expected"]].get(r["got"], 0) + 1
    return {c: confusion[c] for c in CLASSES if c in confusion}


def _report(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Exact, within-one, per-class figures and whether they meet the targets."""
    overall = _score(rows)
    per_class = _per_class(rows)
    worst = min((v["exact"] for v in per_class.values()), default=None)
    return {
        **overall,
        "worst_class_exact": worst,
        "meets_targets": bool(
            overall["exact"] is not None
            and overall["exact"] >= TARGETS["exact"]
            and overall["within_one"] >= TARGETS["within_one"]
            and worst is not None
            and worst >= TARGETS["every_class"]
        ),
        "per_class": per_class,
        "confusion": _confusion(rows),
    }


async def _analyse(
    analyzer: OfflineAnalyzer, gate: asyncio.Semaphore, code: str
) -> tuple[str, str, str | None]:
    """(combined class, static class, measured fit class or None) for one program."""
    async with gate:
        analysis = await analyzer.analyze(code)
    static = analyzer.analyze_static(code).time.label()
    return analysis.time, static, analysis.fit.cls if analysis.fit is not None else None


async def _codecomplex(
    analyzer: OfflineAnalyzer, gate: asyncio.Semaphore, misses: str | None
) -> dict[str, Any]:
    items = load_devset()
    answers = await asyncio.gather(*(_analyse(analyzer, gate, i.code) for i in items))
    rows = [
        {
            "id": i.id,
            "split": i.split,
            "expected": i.label,
            "got": got,
            "static": static,
            "fit": fit,
        }
        for i, (got, static, fit) in zip(items, answers, strict=True)
    ]
    out: dict[str, Any] = {
        "data": str(DEV_PATH),
        "split_rule": "sha256('codecomplex-split:' + problem) % 100 < 30 -> eval, else train",
        "programs": len(rows),
        "problems": len({i.problem for i in items}),
        "eval": _report([r for r in rows if r["split"] == "eval"]),
        "train": _report([r for r in rows if r["split"] == "train"]),
        "eval_static_only": _score(
            [{**r, "got": r["static"]} for r in rows if r["split"] == "eval"]
        ),
        "measured_programs": sum(r["fit"] is not None for r in rows),
        "fit_exact_when_measured": _fit_score(rows),
    }
    if misses == "train":
        out["train_misses"] = [
            f"{r['id']}: expected {r['expected']}, got {r['got']}"
            for r in rows
            if r["split"] == "train" and r["got"] != r["expected"]
        ]
    return out


async def _own_corpus(analyzer: OfflineAnalyzer, gate: asyncio.Semaphore) -> dict[str, Any]:
    labels: dict[str, dict[str, str]] = json.loads((CORPUS / "labels.json").read_text())
    names = sorted(labels)
    answers = await asyncio.gather(
        *(_analyse(analyzer, gate, (CORPUS / rel).read_text()) for rel in names)
    )
    rows = [
        {
            "file": rel,
            "split": labels[rel]["split"],
            "style": labels[rel]["style"],
            "batch": labels[rel].get("batch", "initial"),
            "expected": labels[rel]["time"],
            "got": got,
            "static": static,
            "fit": fit,
        }
        for rel, (got, static, fit) in zip(names, answers, strict=True)
    ]
    return {
        "programs": len(rows),
        "by_class": dict(Counter(r["expected"] for r in rows)),
        "train": _score([r for r in rows if r["split"] == "train"]),
        "heldout": _score([r for r in rows if r["split"] == "heldout"]),
        "heldout_static_only": _score(
            [{**r, "got": r["static"]} for r in rows if r["split"] == "heldout"]
        ),
        "by_style": {
            s: _score([r for r in rows if r["style"] == s]) for s in ("stdin", "function")
        },
        # Batches written after the analyser existed; each was scored once before any rule was
        # changed in response to it.
        "by_batch": {
            b: _score([r for r in rows if r["batch"] == b])
            for b in ("initial", "blind-1", "blind-2", "blind-3", "blind-4")
        },
        "per_class": _per_class(rows),
        "measured_programs": sum(r["fit"] is not None for r in rows),
        "fit_exact_when_measured": _fit_score(rows),
        "misses": [
            f"{r['file']} ({r['split']}): expected {r['expected']}, got {r['got']}"
            for r in rows
            if r["got"] != r["expected"]
        ],
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--measure", action="store_true", help="also time programs in a sandbox")
    parser.add_argument("--misses", choices=["train"], help="list CodeComplex train misses")
    args = parser.parse_args()
    pool, pool_note = (None, "static only (run with --measure to try a sandbox pool)")
    if args.measure:
        pool, pool_note = await _make_pool()
    analyzer = OfflineAnalyzer(pool=pool)
    started = time.perf_counter()
    # As many programs at once as the pool has sandboxes (measurement occupies one each).
    gate = asyncio.Semaphore(pool.settings.pool_size if pool is not None else 8)
    codecomplex = await _codecomplex(analyzer, gate, args.misses)
    own = await _own_corpus(analyzer, gate)
    if pool is not None:
        # Let replacement sandboxes finish starting: closing cancels them mid-start otherwise.
        for _ in range(200):
            if pool.stats().starting == 0:
                break
            await asyncio.sleep(0.1)
        await pool.close()
    headline = codecomplex["eval"]
    result = {
        "benchmark": "analysis_accuracy",
        "analyzer": "offline",
        "mode": "static+measured" if pool is not None else "static",
        "measurement": pool_note,
        "codecomplex": codecomplex,
        "own_corpus": own,
        "baseline": BASELINE,
        "targets": TARGETS,
        "eval_vs_baseline": {
            "exact_delta": round((headline["exact"] or 0) - BASELINE["exact"], 3),
            "within_one_delta": round((headline["within_one"] or 0) - BASELINE["within_one"], 3),
        },
        "meets_targets_eval": headline["meets_targets"],
        "seconds": round(time.perf_counter() - started, 2),
    }
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    asyncio.run(main())
