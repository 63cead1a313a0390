"""No bundle carries test hooks: the browser tests reach the page as a person does."""

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


def test_no_bundle_has_test_hooks(web_dist: Path) -> None:
    for dist in (_fresh_production_dist(), web_dist):
        assert _hooks_in(dist) == set()
        # The scan reads the app's code: the key it keeps the sign-in under is there.
        assert any(b"coderemote.auth" in s.read_bytes() for s in (dist / "assets").glob("*.js"))
