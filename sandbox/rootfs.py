"""Builds the sandbox's minimal root filesystem: the Python runtime and the agent, nothing else.

The tree holds the interpreter binary, the shared libraries it and its extension modules need,
a trimmed standard library and `agent.py`. No shell, no other binaries, none of the host's
configuration, home or site-packages. It is built once per host into a cache directory whose
name is a hash of every input, so a changed interpreter or agent yields a new tree.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

AGENT_SOURCE = Path(__file__).with_name("agent.py")
AGENT_PATH_INSIDE = "/opt/agent/agent.py"
PYTHON_INSIDE = "/usr/bin/python3"

# Standard-library parts a sandboxed program never needs: tests, GUIs, packaging, and the
# site-packages of the host (which would leak the host's installed software).
_SKIP_DIRS = frozenset(
    {
        "site-packages",
        "test",
        "tests",
        "idlelib",
        "tkinter",
        "turtledemo",
        "ensurepip",
        "lib2to3",
        "venv",
        "distutils",
        "pydoc_data",
        "config-3.11-x86_64-linux-gnu",
    }
)
_SKIP_EXT_PREFIXES = ("_test", "_ctypes_test", "_tkinter", "_curses", "readline", "xxlimited")
_LDD_LINE = re.compile(r"(?:=>\s*)?(/\S+)\s+\(0x")


def host_python(explicit: Path | None = None) -> Path:
    """The real (non-venv) interpreter binary to copy into the sandbox."""
    if explicit is not None:
        return explicit.resolve()
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    candidate = Path(sys.base_prefix) / "bin" / version
    return candidate.resolve() if candidate.exists() else Path(sys.executable).resolve()


def _stdlib_dir(python: Path) -> Path:
    out = subprocess.run(
        [str(python), "-I", "-S", "-c", "import sysconfig;print(sysconfig.get_path('stdlib'))"],
        check=True,
        capture_output=True,
        text=True,
    )
    return Path(out.stdout.strip())


def _shared_libraries(binary: Path) -> list[Path]:
    out = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, check=False)
    return [Path(m.group(1)) for m in map(_LDD_LINE.search, out.stdout.splitlines()) if m]


def _inputs_digest(python: Path, stdlib: Path) -> str:
    digest = hashlib.sha256()
    for path in (python, AGENT_SOURCE, Path(__file__)):
        digest.update(str(path).encode())
        digest.update(path.read_bytes())
    digest.update(str(stdlib).encode())
    digest.update(str(stdlib.stat().st_mtime_ns).encode())
    return digest.hexdigest()[:16]


def _copy_stdlib(src: Path, dst: Path) -> list[Path]:
    extensions: list[Path] = []
    for root, dirs, files in os.walk(src):
        dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS)
        rel = Path(root).relative_to(src)
        target = dst / rel
        target.mkdir(parents=True, exist_ok=True)
        for name in files:
            if ".opt-" in name or name.startswith(_SKIP_EXT_PREFIXES):
                continue
            if not name.endswith((".py", ".pyc", ".so")):
                continue
            shutil.copy2(Path(root) / name, target / name)
            if name.endswith(".so"):
                extensions.append(Path(root) / name)
    return extensions


def _place_library(lib: Path, tree: Path) -> None:
    # Libraries go to /usr/lib (a default search directory of the dynamic loader), the loader
    # itself stays at the absolute path the binary names.
    real = lib.resolve()
    if lib.name.startswith("ld-linux"):
        dest = tree / str(lib).lstrip("/")
    else:
        dest = tree / "usr" / "lib" / lib.name
    dest.parent.mkdir(parents=True, exist_ok=True)
    if not dest.exists():
        shutil.copy2(real, dest)


def seal(tree: Path) -> None:
    """Make a built tree owned by root, readable by everyone, writable by no one.

    The run's uid is 65534. Symlinks are skipped: chmod would follow them out of the tree.
    """
    for path in tree.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    tree.chmod(0o755)


def build_rootfs(cache_dir: Path, python: Path | None = None) -> Path:
    """Build (or reuse) the root filesystem and return its path.

    Args:
        cache_dir: Host directory holding one tree per input hash.
        python: Interpreter binary to copy; defaults to the host's base interpreter.

    Returns:
        The directory to use as the OCI bundle's read-only root.
    """
    binary = host_python(python)
    stdlib = _stdlib_dir(binary)
    tree = cache_dir / f"rootfs-{_inputs_digest(binary, stdlib)}"
    marker = tree.with_suffix(".complete")  # beside the tree, so the sandbox never sees it
    if marker.exists() and tree.is_dir():
        return tree
    cache_dir.mkdir(parents=True, exist_ok=True)
    staging = cache_dir / f".staging-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    libdir = staging / "usr" / "lib" / version
    extensions = _copy_stdlib(stdlib, libdir)
    (staging / "usr" / "bin").mkdir(parents=True, exist_ok=True)
    shutil.copy2(binary, staging / PYTHON_INSIDE.lstrip("/"))
    libraries: set[Path] = set()
    for item in [binary, *extensions]:
        libraries.update(_shared_libraries(item))
    for lib in sorted(libraries):
        _place_library(lib, staging)
    agent_dest = staging / AGENT_PATH_INSIDE.lstrip("/")
    agent_dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(AGENT_SOURCE, agent_dest)
    for mountpoint in ("tmp", "proc", "dev"):
        (staging / mountpoint).mkdir(exist_ok=True)
    seal(staging)
    try:
        staging.rename(tree)
    except OSError:
        # Another process built the same tree first; theirs is as good as ours.
        shutil.rmtree(staging, ignore_errors=True)
    marker.write_text(sysconfig.get_platform())
    return tree
