"""Writes the server's OpenAPI schema (as Litestar serves it at /schema) to web/openapi.json.

Run through `npm run gen:api`, which then generates src/lib/api/schema.gen.ts from it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from realtime.app import create_app  # noqa: E402

schema = create_app().openapi_schema.to_schema()
out = ROOT / "web" / "openapi.json"
out.write_text(json.dumps(schema, indent=2, sort_keys=True) + "\n")
print(f"wrote {out.relative_to(ROOT)} ({len(schema['paths'])} paths)")
