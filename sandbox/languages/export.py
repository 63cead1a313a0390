"""Writes the web's copy of the registry: `python -m sandbox.languages.export [--check]`.

The web app reads `web/src/languages/registry.gen.json` (what a browser needs of each entry:
label, Monaco id, file name, starter template); a unit test fails when it is out of date.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sandbox.languages.registry import LanguageRegistry, load_registry

WEB_COPY = Path(__file__).resolve().parents[2] / "web" / "src" / "languages" / "registry.gen.json"


def web_entries(registry: LanguageRegistry) -> dict[str, object]:
    """The JSON document the web reads: the default id and one object per language."""
    return {
        "comment": "Written by `python -m sandbox.languages.export` from "
        "sandbox/languages/registry.toml. Do not edit.",
        "default": registry.default,
        "languages": [
            {
                "id": lang.id,
                "label": lang.label,
                "monacoLanguage": lang.monaco,
                "runnerId": lang.runner if lang.runner == "python3" else lang.id,
                "fileName": lang.file_name,
                "extension": lang.extension,
                "compiled": lang.compiled,
                "starterCode": lang.starter,
            }
            for lang in registry.languages
        ],
    }


def render(registry: LanguageRegistry) -> str:
    """The file's exact text (sorted nowhere: registry order is the web's menu order)."""
    return json.dumps(web_entries(registry), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the web copy, or with `--check` exit 1 when it differs from the registry."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    args = parser.parse_args(argv)
    text = render(load_registry())
    if args.check:
        current = WEB_COPY.read_text(encoding="utf-8") if WEB_COPY.exists() else ""
        if current != text:
            print(f"{WEB_COPY} is out of date: run python -m sandbox.languages.export")
            return 1
        return 0
    WEB_COPY.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
