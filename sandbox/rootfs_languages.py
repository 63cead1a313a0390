"""Builds the read-only root filesystem of a language: the Python base plus its toolchain.

Every language sandbox starts from the Python tree of `sandbox.rootfs` (the interpreter, its
libraries and the agent: the agent is what speaks to the host) and adds the files its registry
entry names: host files from Debian packages (`dpkg-query -L`), filtered by the recipe's
globs, with the shared libraries `ldd` lists for each ELF file. Files keep their host paths
(compilers find their headers, crt files and helper programs at the paths built into them);
the host's merged-/usr links (`/lib -> usr/lib`, ...) are made in the tree too. No shell and
no program the recipe does not name: the build fails on any other ELF executable.

Two caches, each a directory named by a hash of its inputs: the toolchain alone
(`build_toolchain`: recipe, package versions, this builder), and the language tree, which is
the toolchain hard-linked plus a copy of the Python tree and the compile step, so an agent
change costs a relink (seconds), not a rebuild.
"""

from __future__ import annotations

import fnmatch
import functools
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from sandbox.languages.registry import Language, RootfsRecipe
from sandbox.rootfs import AGENT_PATH_INSIDE, _shared_libraries, build_rootfs, seal

LANGUAGES_DIR = Path(__file__).with_name("languages")
COMPILE_STEP_SOURCE = LANGUAGES_DIR / "compile_step.py"
COMPILE_STEP_INSIDE = str(Path(AGENT_PATH_INSIDE).with_name("compile_step.py"))
MERGED_USR_LINKS = ("bin", "sbin", "lib", "lib64")
JAVA_HOME_INSIDE = "/usr/lib/jvm/coderemote-17"
# The modules a program and javac need: everything in java.base, and the compiler.
JAVA_MODULES = ("java.base", "jdk.compiler")
_ELF_MAGIC = b"\x7fELF"
# What an interview program uses: I/O, collections, streams, records, generics, lambdas.
JAVAC_SAMPLE = """import java.io.*;
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class Main {
    record Pair(int a, String b) {}
    interface Shape { double area(); }
    static <T extends Comparable<T>> T max(List<T> xs) { return Collections.max(xs); }
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        Scanner sc = new Scanner(System.in);
        Map<String, List<Integer>> m = new HashMap<>();
        Deque<Integer> q = new ArrayDeque<>();
        PriorityQueue<int[]> pq = new PriorityQueue<>((x, y) -> x[0] - y[0]);
        TreeMap<Long, Pair> t = new TreeMap<>();
        List<String> s = Stream.of("a", "b").map(String::toUpperCase).collect(Collectors.toList());
        Function<Integer, Integer> f = x -> x * 2;
        Shape c = () -> Math.PI;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3; i++) { q.add(i); sb.append(f.apply(i)); }
        switch (s.size()) { case 1 -> sb.append("one"); default -> sb.append(max(s)); }
        System.out.printf("%s %d %.2f%n", sb, t.size() + m.size() + pq.size(), c.area());
    }
}
"""


# Old trees of a language are removed beyond the most recently used few (each is 140-250 MiB
# and every agent change makes a new one), but never one used in the last minutes: a test
# session or server of another checkout may be starting sandboxes from it.
KEEP_TREES = 3
IN_USE_S = 600.0


class RootfsBuildError(RuntimeError):
    """A language's root filesystem cannot be built (a package is missing, a stray binary)."""


@dataclass(frozen=True, slots=True)
class BuiltRootfs:
    """A language tree on disk, and what building it cost (zero when it came from the cache)."""

    path: Path
    size_bytes: int
    build_seconds: float
    cached: bool


@functools.lru_cache(maxsize=65536)
def _real_dir(directory: str) -> str:
    return os.path.realpath(directory)


def _canonical(path: str) -> str:
    """`path` with its directories' symlinks resolved on the host, the last part kept."""
    parent, name = os.path.split(path)
    return os.path.join(_real_dir(parent), name)


def package_versions(packages: tuple[str, ...]) -> dict[str, str]:
    """Installed versions of `packages`.

    Raises:
        RootfsBuildError: A package is not installed (with the apt-get line that fixes it).
    """
    if not packages:
        return {}
    out = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Package}\t${Version}\t${db:Status-Abbrev}\n", *packages],
        capture_output=True,
        text=True,
        check=False,
    )
    versions = {}
    for line in out.stdout.splitlines():
        name, version, status = line.split("\t")
        if status.startswith("ii"):
            versions[name.split(":")[0]] = version
    missing = [p for p in packages if p not in versions]
    if missing:
        raise RootfsBuildError(
            f"Debian packages missing: {missing}. Fix: `make bootstrap` (scripts/bootstrap.sh), "
            f"or apt-get install {' '.join(missing)}"
        )
    return versions


def _package_files(packages: tuple[str, ...]) -> list[str]:
    out = subprocess.run(
        ["dpkg-query", "-L", *packages], capture_output=True, text=True, check=True
    ).stdout
    return [line for line in out.splitlines() if line.startswith("/")]


def _matches(path: str, patterns: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatchcase(path, pattern) for pattern in patterns)


def select_files(recipe: RootfsRecipe) -> list[str]:
    """Host paths (canonical, files and symlinks) the recipe takes from its packages."""
    chosen: set[str] = set()
    for listed in _package_files(recipe.packages):
        for path in {listed, _canonical(listed)}:
            if not _matches(path, recipe.include) or _matches(path, recipe.exclude):
                continue
            if os.path.islink(path) or os.path.isfile(path):
                chosen.add(_canonical(path))
    # A symlink brings its target when that is a file (g++ -> g++-12 -> x86_64-linux-gnu-g++-12).
    pending = list(chosen)
    while pending:
        path = pending.pop()
        if os.path.islink(path):
            target = os.path.join(os.path.dirname(path), os.readlink(path))
            target = _canonical(os.path.normpath(target))
            if os.path.isfile(target) and target not in chosen:
                chosen.add(target)
                pending.append(target)
    return sorted(chosen)


def _is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) == _ELF_MAGIC
    except OSError:
        return False


def _place(host_path: str, tree: Path) -> None:
    """Copy one host file or symlink to the same path in `tree` (never writing through a link)."""
    dest = tree / host_path.lstrip("/")
    dest.parent.mkdir(parents=True, exist_ok=True)
    if os.path.lexists(dest):
        return
    if os.path.islink(host_path):
        os.symlink(os.readlink(host_path), dest)
    else:
        shutil.copy2(host_path, dest)


def _add_libraries(tree: Path, elf_files: list[Path]) -> None:
    libraries: set[str] = set()
    for elf in elf_files:
        for found in _shared_libraries(elf):
            libraries.add(_canonical(str(found)))
            libraries.add(os.path.realpath(found))
    for lib in sorted(libraries):
        if not os.path.lexists(tree / lib.lstrip("/")):
            _place(lib, tree)
            if os.path.islink(lib):
                _place(os.path.realpath(lib), tree)


def _merge_base(base: Path, tree: Path) -> None:
    """Copy the Python tree in, at the canonical form of each path (its /lib64 is /usr/lib64)."""
    for root, _dirs, files in os.walk(base):
        for name in files:
            src = Path(root) / name
            inside = "/" + str(src.relative_to(base))
            dest = tree / _canonical(inside).lstrip("/")
            if os.path.lexists(dest):
                continue
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest)


def _javac_archive(language: Language, java_home: Path) -> None:
    """A dynamic CDS archive of the classes javac loads, made by compiling a sample once.

    javac spends most of a hello world's compile loading its own classes; with this archive
    it maps them. Made with the registry's own -J flags (a JVM refuses an archive made with
    another GC); the compile command names it with -J-XX:SharedArchiveFile.
    """
    archive = java_home / "lib" / "server" / "javac.jsa"
    flags = [
        arg
        for arg in language.compile
        if arg.startswith("-J") and not arg.startswith("-J-XX:SharedArchiveFile")
    ]
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "Main.java"
        sample.write_text(JAVAC_SAMPLE)
        subprocess.run(
            [
                str(java_home / "bin" / "javac"),
                *flags,
                f"-J-XX:ArchiveClassesAtExit={archive}",
                "-d",
                str(Path(tmp) / "classes"),
                str(sample),
            ],
            check=True,
            capture_output=True,
        )
    if not archive.exists():
        raise RootfsBuildError("javac did not write its class-data-sharing archive")


def _jlink(language: Language, tree: Path) -> None:
    """A Java runtime holding `JAVA_MODULES` and javac, with its class-data-sharing archives."""
    javac = Path(os.path.realpath(shutil.which("javac") or "/usr/bin/javac"))
    java_home = javac.parent.parent
    jlink = java_home / "bin" / "jlink"
    if not (java_home / "jmods").is_dir() or not jlink.exists():
        raise RootfsBuildError(f"no jlink/jmods in {java_home}: apt-get install openjdk-17-jdk")
    output = tree / JAVA_HOME_INSIDE.lstrip("/")
    output.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            str(jlink),
            "--module-path",
            str(java_home / "jmods"),
            "--add-modules",
            ",".join(JAVA_MODULES),
            "--no-man-pages",
            "--no-header-files",
            "--strip-debug",
            "--output",
            str(output),
        ],
        check=True,
        capture_output=True,
    )
    # The archive of the classes javac and a program load first: the JVM maps it instead of
    # parsing them at each start (-Xshare:auto). Made with the flags the registry runs with.
    subprocess.run(
        [str(output / "bin" / "java"), "-XX:+UseSerialGC", "-Xshare:dump"],
        check=True,
        capture_output=True,
    )
    _javac_archive(language, output)
    for name in ("keytool", "serialver", "jrunscript"):
        (output / "bin" / name).unlink(missing_ok=True)
    for name in ("jexec", "jspawnhelper"):
        (output / "lib" / name).unlink(missing_ok=True)


def _check_executables(tree: Path, allowed: set[str]) -> None:
    stray = []
    for path in tree.rglob("*"):
        if path.is_symlink() or not path.is_file() or not os.access(path, os.X_OK):
            continue
        inside = "/" + str(path.relative_to(tree))
        if path.name.endswith(".so") or ".so." in path.name or inside in allowed:
            continue
        if _is_elf(path):
            stray.append(inside)
    if stray:
        raise RootfsBuildError(f"programs the recipe does not name: {sorted(stray)[:20]}")


def _tree_size(tree: Path) -> int:
    return sum(p.stat().st_size for p in tree.rglob("*") if p.is_file() and not p.is_symlink())


def prune_trees(
    cache_dir: Path, language_id: str, now: float | None = None, prefix: str = "lang"
) -> list[Path]:
    """Remove a language's old trees, keeping the recently used ones.

    All but the `KEEP_TREES` most recently used go, except any used within `IN_USE_S` (a
    tree's `.complete` marker is touched at each use).

    Returns:
        The trees removed.
    """
    name = re.compile(rf"{prefix}-{re.escape(language_id)}-[0-9a-f]{{16}}\.complete")
    markers = [m for m in cache_dir.glob(f"{prefix}-*.complete") if name.fullmatch(m.name)]
    markers.sort(key=lambda m: m.stat().st_mtime, reverse=True)
    moment = time.time() if now is None else now
    removed = []
    for marker in markers[KEEP_TREES:]:
        if moment - marker.stat().st_mtime < IN_USE_S:
            continue
        tree = marker.with_suffix("")
        marker.unlink(missing_ok=True)  # first, so no one takes a half-removed tree
        shutil.rmtree(tree, ignore_errors=True)
        removed.append(tree)
    return removed


def _publish(staging: Path, tree: Path) -> int:
    """Move a finished tree into place and mark it complete; its size in bytes."""
    size = _tree_size(staging)
    try:
        staging.rename(tree)
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)  # another process built it first
    tree.with_suffix(".complete").write_text(str(size))
    return size


def _reuse(tree: Path) -> int | None:
    """The size of a complete cached tree (marking it used), or None when there is none."""
    marker = tree.with_suffix(".complete")
    if not (marker.exists() and tree.is_dir()):
        return None
    os.utime(marker)  # used now: pruning keeps it
    return int(marker.read_text() or 0)


def _toolchain_digest(language: Language, versions: dict[str, str]) -> str:
    digest = hashlib.sha256()
    digest.update(language.rootfs.model_dump_json().encode())
    digest.update(json.dumps(versions, sort_keys=True).encode())
    digest.update(Path(__file__).read_bytes())
    for name in sorted(language.rootfs.files.values()):
        digest.update((LANGUAGES_DIR / name).read_bytes())
    return digest.hexdigest()[:16]


def build_toolchain(language: Language, cache_dir: Path) -> Path:
    """The language's own files (no Python, no agent), cached apart from the Python tree.

    An agent change makes a new Python tree; the toolchain, the slow part (jlink, the
    precompiled header), is then reused and only linked into a new language tree.

    Raises:
        RootfsBuildError: A package is missing, a build step failed, or an unnamed program.
    """
    recipe = language.rootfs
    versions = package_versions(recipe.packages)
    tree = cache_dir / f"tool-{language.id}-{_toolchain_digest(language, versions)}"
    if _reuse(tree) is not None:
        prune_trees(cache_dir, language.id, prefix="tool")
        return tree
    staging = cache_dir / f".staging-tool-{language.id}-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    for name in MERGED_USR_LINKS:
        host = Path("/") / name
        if host.is_symlink():
            os.symlink(os.readlink(host), staging / name)
    for host_path in select_files(recipe):
        _place(host_path, staging)
    if recipe.builder == "jlink":
        _jlink(language, staging)
    elf_files = [p for p in staging.rglob("*") if p.is_file() and not p.is_symlink() and _is_elf(p)]
    _add_libraries(staging, elf_files)
    for inside, name in recipe.files.items():
        dest = staging / inside.lstrip("/")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(LANGUAGES_DIR / name, dest)
    for step_argv in recipe.build_steps:
        argv = [arg.replace("{tree}", str(staging)) for arg in step_argv]
        done = subprocess.run(argv, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RootfsBuildError(f"build step {step_argv} failed: {done.stderr[-2000:]}")
    seal(staging)
    _check_executables(staging, set(recipe.executables))
    _publish(staging, tree)
    prune_trees(cache_dir, language.id, prefix="tool")
    return tree


def _link_tree(src: Path, dst: Path) -> None:
    """`dst` as a copy of `src` whose files are hard links (a copy where linking fails)."""
    for root, dirs, files in os.walk(src):
        for name in [*dirs, *files]:  # directories first: their files go in them
            source, dest = Path(root) / name, dst / Path(root).relative_to(src) / name
            if source.is_symlink():
                os.symlink(os.readlink(source), dest)
            elif source.is_dir():
                dest.mkdir()
            else:
                try:
                    os.link(source, dest)
                except OSError:
                    shutil.copy2(source, dest)


def build_language_rootfs(language: Language, cache_dir: Path) -> BuiltRootfs:
    """Build (or reuse) the root filesystem of `language`: its toolchain plus the Python tree.

    Args:
        language: The registry entry (its `rootfs` recipe says what goes in).
        cache_dir: Host directory holding one tree per input hash (shared with Python's).

    Returns:
        The tree, its size, and how long building it took (zero when it was cached).

    Raises:
        RootfsBuildError: A package is missing or the tree would hold an unnamed program.
    """
    base = build_rootfs(cache_dir)
    if language.rootfs.builder == "python":
        return BuiltRootfs(base, _tree_size(base), 0.0, cached=True)
    began = time.perf_counter()
    toolchain = build_toolchain(language, cache_dir)
    digest = hashlib.sha256(
        (toolchain.name + base.name).encode() + COMPILE_STEP_SOURCE.read_bytes()
    )
    tree = cache_dir / f"lang-{language.id}-{digest.hexdigest()[:16]}"
    size = _reuse(tree)
    if size is not None:
        prune_trees(cache_dir, language.id)
        return BuiltRootfs(tree, size, 0.0, cached=True)
    staging = cache_dir / f".staging-{language.id}-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    _link_tree(toolchain, staging)
    _merge_base(base, staging)
    step = staging / COMPILE_STEP_INSIDE.lstrip("/")
    shutil.copy2(COMPILE_STEP_SOURCE, step)
    (staging / "work").mkdir(exist_ok=True)
    seal(staging)
    _check_executables(staging, set(language.rootfs.executables) | {"/usr/bin/python3"})
    size = _publish(staging, tree)
    prune_trees(cache_dir, language.id)
    return BuiltRootfs(tree, size, time.perf_counter() - began, cached=False)
