"""The socket contract: generated files are current, permissions are derived, ids echo."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from realtime.auth.permissions import Action
from realtime.contract import CLIENT_EVENTS, EVENT_PERMISSIONS, SERVER_EVENTS, event_type

ROOT = Path(__file__).resolve().parents[3]


def test_generated_schema_typescript_and_doc_tables_are_up_to_date() -> None:
    script = ROOT / "web" / "scripts" / "gen_events.py"
    done = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, f"run `npm run gen:events` in web/:\n{done.stdout}"


def test_every_client_event_declares_its_permission_and_nothing_else_is_allowed() -> None:
    assert set(EVENT_PERMISSIONS) == {event_type(c) for c in CLIENT_EVENTS}
    assert all(isinstance(c.permission, Action) for c in CLIENT_EVENTS)
    for gone in ("notes.read", "notes.write", "nope"):
        assert EVENT_PERMISSIONS.get(gone) is None
    assert EVENT_PERMISSIONS.get("run.cancel") is Action.CANCEL


def test_event_types_are_unique_both_ways() -> None:
    for classes in (CLIENT_EVENTS, SERVER_EVENTS):
        tags = [event_type(c) for c in classes]
        assert len(tags) == len(set(tags))


def test_server_events_are_sent_as_the_contract_types() -> None:
    from realtime.contract import encode_server_event
    from realtime.contract.replies import AnalysisFailedEvent

    assert encode_server_event(AnalysisFailedEvent(message="x")) == (
        b'{"type":"analysis.failed","message":"x"}'
    )


def test_the_server_closes_sockets_only_with_the_documented_codes() -> None:
    import ast
    import re

    from realtime.contract.close_codes import CLOSE_CODES, CloseCode

    doc = (ROOT / "docs" / "protocol.md").read_text()
    table = doc[doc.index("## Close codes") : doc.index("Close reasons are")]
    documented = {int(code) for code in re.findall(r"^\| (\d{4}) \|", table, re.M)}
    assert documented == {int(c) for c in CloseCode} == {int(c) for c in CLOSE_CODES}
    # No call that closes a socket takes a bare number: every code comes from CloseCode.
    closers = {"close", "request_close", "AccessDenied", "_reject"}
    bare = []
    for path in (ROOT / "realtime").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in closers and any(
                isinstance(a, ast.Constant) and isinstance(a.value, int) and a.value >= 1000
                for a in node.args
            ):
                bare.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert bare == []
