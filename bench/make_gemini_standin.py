"""Write the recorded stand-in for Gemini's answers on the CodeComplex development set.

There is no Gemini key in this environment, so these are NOT answers a model gave. They are
synthetic, drawn once with a fixed seed so that their accuracy matches the published figure
for Gemini Pro 1.0 on CodeComplex (35.4 % exact, 68.2 % within one class; Jeon et al. via
the MECO paper): for each program, a hash of its id picks "right" (35.4 %), "one class off"
(32.8 %, up or down at random) or "further off" (the rest, uniformly among the classes two or
more away); programs are ranked by that hash so the three shares are exact over the file.
The errors are independent of the program, which real model errors are not; the
confidence is drawn from the hash too and carries no information. So a combination rule
measured on this file says how to treat a second opinion of that accuracy, not how the real
Gemini behaves: record real answers (same format) when a key is available and pass that file
to `bench/bench_analysis_accuracy.py --gemini-recorded` instead.

Output, one JSON object a line: `id`, `sha256` (of the program's code, how the local fake
server finds the answer for a request), `time`, `space`, `confidence`, `explanation`.

Usage: .venv/bin/python bench/make_gemini_standin.py [--out bench/gemini_recorded_codecomplex.jsonl]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from actors.analysis.classes import CLASSES, class_index  # noqa: E402
from actors.analysis.devset import load_devset  # noqa: E402

OUT = ROOT / "bench" / "gemini_recorded_codecomplex.jsonl"
EXACT = 0.354
WITHIN_ONE = 0.682
SALT = "gemini-standin-v1"


def _uniform(key: str, what: str) -> float:
    digest = hashlib.sha256(f"{SALT}:{what}:{key}".encode()).hexdigest()
    return int(digest[:12], 16) / float(16**12)


def standin_answer(item_id: str, label: str, rank: float) -> tuple[str, float]:
    """(class, confidence) of the synthetic answer for one program at `rank` (0..1)."""
    u = rank
    i = class_index(label)
    if u < EXACT:
        chosen = i
    elif u < WITHIN_ONE:
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(CLASSES)]
        chosen = near[int(_uniform(item_id, "near") * len(near))]
    else:
        far = [j for j in range(len(CLASSES)) if abs(j - i) >= 2]
        chosen = far[int(_uniform(item_id, "far") * len(far))]
    confidence = round(0.6 + 0.35 * _uniform(item_id, "confidence"), 2)
    return CLASSES[chosen], confidence


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    items = load_devset()
    order = sorted(items, key=lambda it: _uniform(it.id, "outcome"))
    rank = {it.id: (k + 0.5) / len(order) for k, it in enumerate(order)}
    lines = []
    for item in items:
        time_class, confidence = standin_answer(item.id, item.label, rank[item.id])
        lines.append(
            json.dumps(
                {
                    "id": item.id,
                    "sha256": hashlib.sha256(item.code.encode()).hexdigest(),
                    "time": time_class,
                    "space": "O(n)",
                    "confidence": confidence,
                    "explanation": "Recorded stand-in answer (synthetic, not from a model).",
                }
            )
        )
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(json.dumps({"written": str(args.out), "answers": len(lines)}))


if __name__ == "__main__":
    main()
