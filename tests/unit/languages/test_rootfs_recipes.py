"""What each language's recipe takes from its Debian packages, and the no-stray-program rule."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from sandbox.languages import get_language
from sandbox.rootfs_languages import (
    RootfsBuildError,
    _check_executables,
    prune_trees,
    select_files,
)

FILE_RECIPES = ["javascript", "typescript", "cpp", "go"]


@pytest.mark.parametrize("language_id", FILE_RECIPES)
def test_recipe_takes_its_programs_and_no_other(language_id: str) -> None:
    recipe = get_language(language_id).rootfs
    chosen = select_files(recipe)
    for program in recipe.executables:
        assert program in chosen, f"{program} is not taken from {recipe.packages}"
    programs = {
        path
        for path in chosen
        if os.path.isfile(path) and not os.path.islink(path) and os.access(path, os.X_OK)
        if "/bin/" in path or "/tool/" in path or path.endswith(("cc1plus", "collect2"))
    }
    assert programs <= set(recipe.executables), programs - set(recipe.executables)


def test_the_cpp_toolchain_is_whole_and_lean() -> None:
    chosen = set(select_files(get_language("cpp").rootfs))
    for needed in (
        "/usr/lib/gcc/x86_64-linux-gnu/12/cc1plus",
        "/usr/include/c++/12/iostream",
        "/usr/include/stdio.h",
        "/usr/lib/x86_64-linux-gnu/crt1.o",
        "/usr/lib/x86_64-linux-gnu/libc.so",
    ):
        assert needed in chosen, needed
    assert "/usr/lib/gcc/x86_64-linux-gnu/12/cc1" not in chosen
    assert "/usr/lib/gcc/x86_64-linux-gnu/12/lto1" not in chosen
    assert not any(path.endswith("objdump") for path in chosen)


def test_a_tree_with_an_unnamed_program_is_refused(tmp_path: Path) -> None:
    true = shutil.which("true")
    assert true is not None
    (tmp_path / "usr" / "bin").mkdir(parents=True)
    shutil.copy2(os.path.realpath(true), tmp_path / "usr" / "bin" / "true")
    _check_executables(tmp_path, {"/usr/bin/true"})  # named: allowed
    with pytest.raises(RootfsBuildError, match="/usr/bin/true"):
        _check_executables(tmp_path, set())


def test_old_trees_are_pruned_but_not_recent_or_other_languages(tmp_path: Path) -> None:
    now = 1_000_000.0

    def tree(name: str, age_s: float) -> Path:
        path = tmp_path / name
        path.mkdir()
        marker = path.with_suffix(".complete")
        marker.write_text("1")
        os.utime(marker, (now - age_s, now - age_s))
        return path

    kept = [tree(f"lang-java-{i:016x}", age) for i, age in enumerate((10, 20, 30))]
    in_use = tree(f"lang-java-{3:016x}", 60)  # 4th by recency, but used a minute ago
    old = [tree(f"lang-java-{i:016x}", 40_000 + i) for i in (4, 5)]
    other = tree(f"lang-javascript-{9:016x}", 90_000)  # another language: never touched
    removed = prune_trees(tmp_path, "java", now=now)
    assert sorted(removed) == sorted(old)
    assert all(p.exists() for p in [*kept, in_use, other])
    assert not any(p.exists() or p.with_suffix(".complete").exists() for p in old)
