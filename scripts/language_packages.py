"""Print the Debian packages every language's root filesystem is built from, one per line.

`scripts/bootstrap.sh` installs them, so adding a language is its table in
`sandbox/languages/registry.toml` (with its `rootfs.packages`) and nothing else. Standard
library only: it runs before the virtualenv exists (Debian 12's python3 is 3.11).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

REGISTRY = Path(__file__).resolve().parents[1] / "sandbox" / "languages" / "registry.toml"


def language_packages(registry: Path = REGISTRY) -> list[str]:
    """The packages of every language whose tree is built from packages (not Python's)."""
    with registry.open("rb") as file:
        tables = tomllib.load(file)
    packages: list[str] = []
    for entry in tables.values():
        if not isinstance(entry, dict):
            continue
        rootfs = entry.get("rootfs", {})
        if rootfs.get("builder") == "python":
            continue  # the interpreter the host already has
        packages += [p for p in rootfs.get("packages", []) if p not in packages]
    return packages


if __name__ == "__main__":
    print("\n".join(language_packages()))
