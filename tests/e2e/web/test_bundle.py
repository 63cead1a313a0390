"""The production bundle carries no test hooks; the browser-test build does."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.e2e.web.conftest import WEB

HOOKS = (b"__room", b"__editor", b"__playbackEditor")


def _fresh_production_dist() -> Path:
    dist = WEB / "dist"
    index = dist / "index.html"
    sources = [p for p in (WEB / "src").rglob("*") if p.is_file()]
    if not index.is_file() or any(p.stat().st_mtime > index.stat().st_mtime for p in sources):
        npm = shutil.which("npm")
        if npm is None:
            pytest.fail("npm is not installed: run `make test` (bootstrap installs it)")
        subprocess.run([npm, "run", "--silent", "build"], cwd=WEB, check=True)
    return dist


def _hooks_in(dist: Path) -> set[bytes]:
    found: set[bytes] = set()
    for script in (dist / "assets").glob("*.js"):
        text = script.read_bytes()
        found.update(hook for hook in HOOKS if hook in text)
    return found


def test_production_bundle_has_no_test_hooks(web_dist: Path) -> None:
    assert _hooks_in(_fresh_production_dist()) == set()
    # The check can see them: the browser-test build has both.
    assert _hooks_in(web_dist) == set(HOOKS)
