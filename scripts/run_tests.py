"""Run the whole pytest suite as two shards side by side (`make test`).

Most of the suite waits: on sandboxes throttled to a tenth of a core, on browsers, on
servers starting and on timers the tests must sit out (a 45 s idle socket, token expiry). Two
pytest processes overlap those waits, so the suite takes well under the serial time on two
cores. The split is by directory, so each shard keeps its session fixtures (one Redis, one
Ray, one built web bundle) and nothing two shards share is written by both: each has its own
`--basetemp`, every server and Redis a test starts is on a free port, every local Ray has its
own temp folder, and the cached root filesystems are built in staging folders and renamed.

`CODEREMOTE_TEST_SHARDS=1` runs one serial pytest instead. Extra arguments go to every shard.
Each shard's output is written to `test-artifacts/pytest-<shard>.log` and printed whole when
the shard ends; the exit status is the first failing shard's.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTEST = ROOT / ".venv" / "bin" / "pytest"
ARTIFACTS = ROOT / "test-artifacts"
# Two folders of the integration tests (real server processes that mostly wait) run beside
# the browser tests: on 2 cores the services shard took 13.4 min and the browser one 8.6 min
# without them (2026-12-04); together they are about 2.7 min.
MOVED = ["tests/integration/faults", "tests/integration/ray_start"]
SHARDS: dict[str, list[str]] = {
    "browser": ["tests/e2e", "tests/unit", *MOVED],
    "services": ["tests/integration", "tests/security", *(f"--ignore={m}" for m in MOVED)],
}


def _covered() -> None:
    """Fail when a test folder is in no shard (a new one must be placed)."""
    named = {Path(p).parts[1] for paths in SHARDS.values() for p in paths if p.startswith("tests/")}
    present = {p.name for p in (ROOT / "tests").iterdir() if p.is_dir() and p.name != "__pycache__"}
    missing = present - named
    if missing:
        sys.exit(f"scripts/run_tests.py: tests/{sorted(missing)} is in no shard")


def main(argv: list[str]) -> int:
    """Run the shards (or one serial pytest) and return the exit status."""
    if os.environ.get("CODEREMOTE_TEST_SHARDS") == "1":
        return subprocess.call([str(PYTEST), *argv], cwd=ROOT)
    _covered()
    ARTIFACTS.mkdir(exist_ok=True)
    base = Path(tempfile.mkdtemp(prefix="coderemote-pytest-"))
    started = time.monotonic()
    running: dict[str, tuple[subprocess.Popen[bytes], Path]] = {}
    for name, paths in SHARDS.items():
        log = ARTIFACTS / f"pytest-{name}.log"
        with log.open("wb") as out:
            command = [str(PYTEST), *paths, f"--basetemp={base / name}", "-p", "no:cacheprovider"]
            proc = subprocess.Popen([*command, *argv], cwd=ROOT, stdout=out, stderr=out)
        running[name] = (proc, log)
        print(f"shard {name}: {' '.join(paths)} (log: {log.relative_to(ROOT)})", flush=True)
    status = 0
    while running:
        time.sleep(1)
        for name, (proc, log) in list(running.items()):
            code = proc.poll()
            if code is None:
                continue
            del running[name]
            minutes = (time.monotonic() - started) / 60
            print(f"\n===== shard {name}: exit {code} after {minutes:.1f} min =====", flush=True)
            sys.stdout.write(log.read_text(encoding="utf-8", errors="replace"))
            sys.stdout.flush()
            status = status or code
    print(f"\nall shards done in {(time.monotonic() - started) / 60:.1f} min", flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
