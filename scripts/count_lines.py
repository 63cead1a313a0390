"""Count the product's source lines, at the working tree or at git revisions, as JSON.

The product is the Python of `realtime/`, `actors/` and `sandbox/` and the TypeScript of
`web/src/`, without tests (`tests/`, `*.test.ts(x)`) and without generated files (a name
containing ".gen.", as `schema.gen.ts`; a bare "gen" would drop `sandbox/agent.py`). Each
counted line falls in one category:

- `code`: a line holding code (a line with code and a trailing comment is code);
- `docstrings`: Python docstrings and TypeScript `/** ... */` doc comments;
- `comments`: other comment-only lines; blank lines are not counted.

`python3 scripts/count_lines.py --rev A --rev B` counts two revisions in one run (and their
difference); without `--rev` it counts the working tree. Standard library only.
"""

from __future__ import annotations

import argparse
import ast
import io
import json
import subprocess
import tokenize
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON_DIRS = ("realtime", "actors", "sandbox")
WEB_DIR = "web/src"
_SKIPPED_TOKENS = {
    tokenize.COMMENT,
    tokenize.NL,
    tokenize.NEWLINE,
    tokenize.INDENT,
    tokenize.DEDENT,
    tokenize.ENCODING,
    tokenize.ENDMARKER,
}


@dataclass
class Count:
    """Line counts of one file or a sum of files."""

    files: int = 0
    code: int = 0
    docstrings: int = 0
    comments: int = 0

    def add(self, other: Count) -> None:
        """Add another count into this one."""
        self.files += other.files
        self.code += other.code
        self.docstrings += other.docstrings
        self.comments += other.comments


def is_product(path: str) -> bool:
    """Whether a repository path is product source (not a test, not generated)."""
    name = path.rsplit("/", 1)[-1]
    if path.endswith(".py"):
        top = path.split("/", 1)[0]
        return top in PYTHON_DIRS and "/tests/" not in f"/{path}" and ".gen." not in name
    if path.startswith(f"{WEB_DIR}/") and path.endswith((".ts", ".tsx")):
        return ".test." not in name and ".gen." not in name
    return False


def _docstring_lines(tree: ast.AST) -> set[int]:
    """The line numbers spanned by the docstrings of a module, its classes and functions."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        body = node.body
        if (
            body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)
        ):
            first = body[0]
            lines.update(range(first.lineno, (first.end_lineno or first.lineno) + 1))
    return lines


def count_python(source: str) -> Count:
    """Count one Python module's code, docstring and comment lines."""
    texts = source.splitlines()
    docs = _docstring_lines(ast.parse(source))
    code: set[int] = set()
    comments: set[int] = set()
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            comments.add(token.start[0])
        elif token.type not in _SKIPPED_TOKENS:
            code.update(range(token.start[0], token.end[0] + 1))
    # Blank lines inside a multi-line string are not lines of code.
    nonblank = {n for n in range(1, len(texts) + 1) if texts[n - 1].strip()}
    code_lines = (code - docs) & nonblank
    return Count(
        files=1,
        code=len(code_lines),
        docstrings=len(docs & nonblank),
        comments=len((comments - code - docs) & nonblank),
    )


def _scan_typescript(source: str) -> Iterator[tuple[int, str]]:
    """Yield (line number, kind) for each character that is not whitespace.

    Kind is "code", "doc" (inside `/** */`) or "comment". Strings and template literals
    are code; regular expression literals are not recognised (none of ours holds `//`).
    """
    line, i, n = 1, 0, len(source)
    while i < n:
        ch = source[i]
        if ch == "\n":
            line += 1
            i += 1
        elif ch.isspace():
            i += 1
        elif source.startswith("//", i):
            end = source.find("\n", i)
            end = n if end < 0 else end
            yield line, "comment"
            i = end
        elif source.startswith("/*", i):
            end = source.find("*/", i + 2)
            end = n if end < 0 else end + 2
            kind = (
                "doc"
                if source.startswith("/**", i) and not source.startswith("/**/", i)
                else "comment"
            )
            for offset, text in enumerate(source[i:end].split("\n")):
                if text.strip():
                    yield line + offset, kind
            line += source.count("\n", i, end)
            i = end
        elif ch in "'\"`":
            j = i + 1
            while j < n and source[j] != ch:
                if source[j] == "\\":
                    j += 1
                elif source[j] == "\n" and ch != "`":
                    break
                j += 1
            for offset, text in enumerate(source[i : j + 1].split("\n")):
                if text.strip():
                    yield line + offset, "code"
            line += source.count("\n", i, j + 1)
            i = j + 1
        else:
            yield line, "code"
            i += 1


def count_typescript(source: str) -> Count:
    """Count one TypeScript module's code, doc-comment and comment lines."""
    kinds: dict[int, set[str]] = {}
    for line, kind in _scan_typescript(source):
        kinds.setdefault(line, set()).add(kind)
    code = sum(1 for k in kinds.values() if "code" in k)
    docs = sum(1 for k in kinds.values() if "code" not in k and "doc" in k)
    return Count(files=1, code=code, docstrings=docs, comments=len(kinds) - code - docs)


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout


def _sources(rev: str | None) -> Iterator[tuple[str, str]]:
    """Yield (path, text) of each product file at a revision, or in the working tree."""
    if rev is None:
        paths = _git("ls-files", "--cached", "--others", "--exclude-standard").splitlines()
        for path in sorted(paths):
            if is_product(path) and (ROOT / path).is_file():
                yield path, (ROOT / path).read_text(encoding="utf-8")
        return
    paths = _git("ls-tree", "-r", "--name-only", rev, "--", *PYTHON_DIRS, WEB_DIR).splitlines()
    for path in sorted(paths):
        if is_product(path):
            yield path, _git("show", f"{rev}:{path}")


def count(rev: str | None) -> dict[str, dict[str, int]]:
    """Counts per language and in total, at a revision (None: the working tree)."""
    totals = {"python": Count(), "typescript": Count(), "total": Count()}
    for path, text in _sources(rev):
        one = count_python(text) if path.endswith(".py") else count_typescript(text)
        totals["python" if path.endswith(".py") else "typescript"].add(one)
        totals["total"].add(one)
    return {name: asdict(c) for name, c in totals.items()}


def main() -> None:
    """Print the counts of each revision asked for (and the change between the first two)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--rev", action="append", help="a git revision to count (repeatable); default: worktree"
    )
    args = parser.parse_args()
    revs: list[str | None] = list(args.rev) if args.rev else [None]
    result: dict[str, object] = {rev or "worktree": count(rev) for rev in revs}
    if len(revs) >= 2:
        before, after = (result[r or "worktree"] for r in revs[:2])
        assert isinstance(before, dict) and isinstance(after, dict)
        result["change"] = {
            lang: {k: after[lang][k] - before[lang][k] for k in before[lang]} for lang in before
        }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
