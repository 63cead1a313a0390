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

With `--gemini-recorded FILE` it also answers every CodeComplex program through the real
service path with a Gemini key set: `AnalysisService` batches the programs to the real
`google-genai` SDK, which talks to a local HTTP server (`tests/integration/analysis/
fake_gemini.py`) answering each program from FILE (JSONL: `sha256` of the code, `time`,
`confidence`, ...). The JSON then reports, per split, Gemini alone, offline alone, the merged
answer (`actors/analysis/opinions.py`) and the same merge at other firm-static thresholds, the
threshold that scores best on `train`, and how often each source is right when they agree or
not. `bench/gemini_recorded_codecomplex.jsonl` is a synthetic stand-in
(`bench/make_gemini_standin.py`), not answers from a model: there is no key here.

Usage: .venv/bin/python bench/bench_analysis_accuracy.py [--measure] [--misses train]
           [--gemini-recorded bench/gemini_recorded_codecomplex.jsonl]

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
from actors.analysis.models import Analysis  # noqa: E402
from actors.analysis.offline.analyzer import OfflineAnalyzer  # noqa: E402
from actors.analysis.opinions import FIRM_STATIC, merge  # noqa: E402
from actors.analysis.service import AnalysisService  # noqa: E402
from actors.analysis.settings import AnalysisSettings  # noqa: E402

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


def _changes(rows: list[dict[str, Any]]) -> dict[str, int]:
    """How often the measured answer differs from the static one, and whether it helped."""
    changed = [r for r in rows if r["got"] != r["static"]]
    return {
        "changed": len(changed),
        "fixed": sum(r["got"] == r["expected"] for r in changed),
        "broke": sum(r["static"] == r["expected"] for r in changed),
    }


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


#: Seconds each offline analysis took (gate wait excluded), for the latency figures.
_LATENCIES: list[float] = []


async def _analyse(
    analyzer: OfflineAnalyzer, gate: asyncio.Semaphore, code: str
) -> tuple[str, str, str | None]:
    """(combined class, static class, measured class or None) for one program.

    The measured class is what the timings alone fit best (`sources`' "measured" opinion),
    whether or not the answer believed it.
    """
    analysis = await _offline_analysis(analyzer, gate, code)
    static = analyzer.analyze_static(code).time.label()
    measured = next((o.time for o in analysis.sources if o.source == "measured"), None)
    return analysis.time, static, measured


async def _offline_analysis(
    analyzer: OfflineAnalyzer, gate: asyncio.Semaphore, code: str
) -> Analysis:
    async with gate:
        started = time.perf_counter()
        answer = await analyzer.analyze(code)
        _LATENCIES.append(time.perf_counter() - started)
        return answer


def _latency() -> dict[str, Any]:
    """p50/p99/max of one offline analysis, in milliseconds."""
    if not _LATENCIES:
        return {}
    ordered = sorted(_LATENCIES)

    def at(q: float) -> float:
        return round(1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))], 1)

    return {"analyses": len(ordered), "p50_ms": at(0.5), "p99_ms": at(0.99), "max_ms": at(1.0)}


#: Firm-static thresholds of `opinions.merge` compared in `--gemini-recorded` mode: 0 keeps
#: the offline class on every disagreement; above 0.8 (the static confidence's ceiling) only
#: timings that agree keep it.
THRESHOLDS = (0.0, 0.5, FIRM_STATIC, 0.7, 0.76, 0.81)


def _load_recorded(path: Path) -> dict[str, dict[str, Any]]:
    """Recorded answers keyed by the SHA-256 of the program's code (first one wins)."""
    recorded: dict[str, dict[str, Any]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            recorded.setdefault(row["sha256"], row)
    return recorded


async def _with_gemini(
    path: Path, analyzer: OfflineAnalyzer, gate: asyncio.Semaphore, pool: Any
) -> dict[str, Any]:
    """Every CodeComplex program through `AnalysisService` with a key and recorded answers."""
    from tests.integration.analysis.fake_gemini import FakeGemini, recorded_answer

    recorded = await asyncio.to_thread(_load_recorded, path)

    fake = FakeGemini().start()
    fake.behaviour.answer = recorded_answer(recorded.values())
    settings = AnalysisSettings(
        gemini_api_key="recorded-stand-in",  # type: ignore[arg-type]
        gemini_base_url=fake.base_url,
        gemini_retries=0,
        measure=pool is not None,
        cache_size=0,
    )
    service = AnalysisService(settings, pool=pool)
    items = load_devset()
    try:
        merged = await asyncio.gather(*(service.analyze(i.code) for i in items))
        offline = await asyncio.gather(*(_offline_analysis(analyzer, gate, i.code) for i in items))
    finally:
        await service.aclose()
        fake.stop()
    rows = []
    for item, m, off in zip(items, merged, offline, strict=True):
        gem = next((o for o in m.sources if o.source == "gemini"), None)
        row: dict[str, Any] = {
            "split": item.split,
            "expected": item.label,
            "offline": off.time,
            "merged": m.time,
            "gemini": gem.time if gem is not None else None,
        }
        if gem is not None:
            answer_g = Analysis(
                source="gemini", time=gem.time, space="O(1)", confidence=gem.confidence
            )
            for t in THRESHOLDS:
                row[f"rule@{t}"] = merge(answer_g, off, firm_static=t).time
        rows.append(row)
    answered = [r for r in rows if r["gemini"] is not None]

    def scored(key: str, split: str) -> dict[str, Any]:
        return _score([{**r, "got": r[key]} for r in answered if r["split"] == split])

    def per_class(key: str, split: str) -> dict[str, Any]:
        return _per_class([{**r, "got": r[key]} for r in answered if r["split"] == split])

    rules = {f"merge firm_static>={t}": f"rule@{t}" for t in THRESHOLDS}
    best = max(
        rules,
        key=lambda name: (
            scored(rules[name], "train")["exact"] or 0,
            scored(rules[name], "train")["within_one"] or 0,
            rules[name] == f"rule@{FIRM_STATIC}",
        ),
    )

    def agreement(split: str) -> dict[str, Any]:
        rs = [r for r in answered if r["split"] == split]
        agree = [r for r in rs if r["gemini"] == r["offline"]]
        differ = [r for r in rs if r["gemini"] != r["offline"]]
        return {
            "agree": len(agree),
            "right_when_agree": round(
                sum(r["offline"] == r["expected"] for r in agree) / max(1, len(agree)), 3
            ),
            "differ": len(differ),
            "offline_right_when_differ": round(
                sum(r["offline"] == r["expected"] for r in differ) / max(1, len(differ)), 3
            ),
            "gemini_right_when_differ": round(
                sum(r["gemini"] == r["expected"] for r in differ) / max(1, len(differ)), 3
            ),
        }

    return {
        "recorded_file": str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path),
        "path": "AnalysisService -> MicroBatcher -> google-genai SDK -> local HTTP server "
        "answering from the recorded file; merge in actors/analysis/opinions.py",
        "gemini_calls": fake.call_count(),
        "answered_by_gemini": len(answered),
        "fell_back": len(rows) - len(answered),
        "service_rule_firm_static": FIRM_STATIC,
        "service_matches_rule": sum(r["merged"] == r[f"rule@{FIRM_STATIC}"] for r in answered),
        "best_rule_on_train": best,
        **{
            split: {
                "gemini_alone": scored("gemini", split),
                "offline_alone": scored("offline", split),
                "merged_by_service": scored("merged", split),
                "merged_per_class": per_class("merged", split),
                "rules": {name: scored(key, split) for name, key in rules.items()},
                "agreement": agreement(split),
            }
            for split in ("train", "eval")
        },
    }


def _subset(items: list[Any], split: str, limit: int | None) -> list[Any]:
    """Items of `split` ("all" keeps both), thinned evenly to at most `limit` (file order)."""
    chosen = [i for i in items if split == "all" or i.split == split]
    if limit is not None and len(chosen) > limit:
        step = len(chosen) / limit
        chosen = [chosen[int(k * step)] for k in range(limit)]
    return chosen


async def _codecomplex(
    analyzer: OfflineAnalyzer,
    gate: asyncio.Semaphore,
    misses: str | None,
    split: str = "all",
    limit: int | None = None,
) -> dict[str, Any]:
    items = _subset(load_devset(), split, limit)
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
        "train_static_only": _score(
            [{**r, "got": r["static"]} for r in rows if r["split"] == "train"]
        ),
        "changed_by_measurement": _changes(rows),
        "measured_programs": sum(r["fit"] is not None for r in rows),
        "fit_exact_when_measured": _fit_score(rows),
    }
    if misses == "train":
        out["train_changed_by_measurement"] = [
            f"{r['id']}: expected {r['expected']}, static {r['static']}, answered {r['got']}"
            for r in rows
            if r["split"] == "train" and r["got"] != r["static"]
        ]
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
    parser.add_argument(
        "--split",
        choices=["all", "train", "eval"],
        default="all",
        help="CodeComplex programs of this split only (measured runs are slow)",
    )
    parser.add_argument(
        "--limit", type=int, metavar="N", help="at most N CodeComplex programs, evenly thinned"
    )
    parser.add_argument(
        "--no-own-corpus", action="store_true", help="skip bench/corpus (CodeComplex only)"
    )
    parser.add_argument(
        "--gemini-recorded",
        type=Path,
        metavar="FILE",
        help="also answer with a Gemini key, the model side replayed from FILE (JSONL)",
    )
    args = parser.parse_args()
    pool, pool_note = (None, "static only (run with --measure to try a sandbox pool)")
    if args.measure:
        pool, pool_note = await _make_pool()
    analyzer = OfflineAnalyzer(pool=pool)
    started = time.perf_counter()
    # As many programs at once as the pool has sandboxes (measurement occupies one each).
    gate = asyncio.Semaphore(pool.settings.pool_size if pool is not None else 8)
    codecomplex = await _codecomplex(analyzer, gate, args.misses, args.split, args.limit)
    own = None if args.no_own_corpus else await _own_corpus(analyzer, gate)
    gemini = None
    if args.gemini_recorded is not None:
        gemini = await _with_gemini(args.gemini_recorded.resolve(), analyzer, gate, pool)
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
        **({"own_corpus": own} if own is not None else {}),
        "latency_one_analysis": _latency(),
        "baseline": BASELINE,
        "targets": TARGETS,
        "eval_vs_baseline": {
            "exact_delta": round((headline["exact"] or 0) - BASELINE["exact"], 3),
            "within_one_delta": round((headline["within_one"] or 0) - BASELINE["within_one"], 3),
        },
        "meets_targets_eval": headline["meets_targets"],
        **({"with_gemini_recorded": gemini} if gemini is not None else {}),
        "seconds": round(time.perf_counter() - started, 2),
    }
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    asyncio.run(main())
