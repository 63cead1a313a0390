"""The analyzer's development set: human-labelled Codeforces solutions we did not write.

CodeComplex (Jeon et al., 2022), Python, as sampled in `shared/data/codecomplex-python/`
beside the repository (never copied into it). The split is fixed: every problem id is hashed
with a constant salt, and all solutions of one problem land on the same side, so rules tuned
on `train` have never seen an `eval` problem. Tune on `train`; report on `eval`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Split = Literal["train", "eval"]

REPO_ROOT = Path(__file__).resolve().parents[2]
DEV_PATH = REPO_ROOT.parent / "shared" / "data" / "codecomplex-python" / "dev.jsonl"
SPLIT_SALT = "codecomplex-split"
EVAL_PERCENT = 30


@dataclass(frozen=True, slots=True)
class DevItem:
    """One labelled program."""

    id: str
    label: str
    problem: str
    code: str
    split: Split


def split_of(problem: str) -> Split:
    """`eval` for about 30 % of problems (by a SHA-256 of the salted id), else `train`."""
    digest = hashlib.sha256(f"{SPLIT_SALT}:{problem}".encode()).hexdigest()
    return "eval" if int(digest, 16) % 100 < EVAL_PERCENT else "train"


def load_devset(path: Path = DEV_PATH) -> list[DevItem]:
    """Every item of the development set, in file order.

    Raises:
        FileNotFoundError: The data is not beside the repository (`../shared/data/...`).
    """
    if not path.is_file():
        raise FileNotFoundError(
            f"CodeComplex development set not found at {path}: it lives in shared/data/ "
            "beside the repository checkout, not inside it"
        )
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        items.append(
            DevItem(
                id=row["id"],
                label=row["label"],
                problem=row["problem"],
                code=row["code"],
                split=split_of(row["problem"]),
            )
        )
    return items
