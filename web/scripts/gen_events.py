"""Writes what is made from the socket contract (realtime/contract).

web/events.schema.json (JSON Schema of both unions), web/src/room/contract.gen.ts (the web's
event types) and the event tables of docs/protocol.md. Run through `npm run gen:events`;
`--check` only reports files that are out of date (exit status 1).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from realtime.contract.generate import json_schema, typescript, with_tables  # noqa: E402

DOC = ROOT / "docs" / "protocol.md"
OUTPUTS = {
    ROOT / "web" / "events.schema.json": json.dumps(json_schema(), indent=2) + "\n",
    ROOT / "web" / "src" / "room" / "contract.gen.ts": typescript(),
    DOC: with_tables(DOC.read_text()),
}

stale = [path for path, text in OUTPUTS.items() if not path.exists() or path.read_text() != text]
if "--check" in sys.argv:
    for path in stale:
        print(f"out of date: {path.relative_to(ROOT)}")
    sys.exit(1 if stale else 0)
for path in stale:
    path.write_text(OUTPUTS[path])
    print(f"wrote {path.relative_to(ROOT)}")
