"""The socket contract: generated files are current, permissions are derived, ids echo."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import msgspec

from realtime.auth.guard import required_action
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
        assert required_action(gone) is None
    assert required_action("run.cancel") is Action.CANCEL


def test_event_types_are_unique_both_ways() -> None:
    for classes in (CLIENT_EVENTS, SERVER_EVENTS):
        tags = [event_type(c) for c in classes]
        assert len(tags) == len(set(tags))


def test_a_server_event_that_drifts_from_the_contract_is_not_sent() -> None:
    from realtime.contract import encode_server_event

    assert encode_server_event({"type": "analysis.failed", "message": "x"}) == (
        b'{"type":"analysis.failed","message":"x"}'
    )
    try:
        encode_server_event({"type": "analysis.failed"})
    except msgspec.ValidationError as exc:
        assert "message" in str(exc)
    else:
        raise AssertionError("an event missing a field was encoded")
