"""Log records become one JSON object per line, with `extra` fields and without ANSI copies."""

from __future__ import annotations

import json
import logging

from realtime.logs import JsonFormatter


def test_record_is_one_json_line() -> None:
    record = logging.makeLogRecord(
        {
            "name": "realtime.rooms",
            "levelno": logging.WARNING,
            "levelname": "WARNING",
            "msg": "closing connection %s",
            "args": (7,),
            "room": "abc",
            "color_message": "\x1b[36mclosing\x1b[0m",
        }
    )
    line = JsonFormatter().format(record)
    assert "\n" not in line
    data = json.loads(line)
    assert data["msg"] == "closing connection 7"
    assert data["level"] == "warning" and data["room"] == "abc"
    assert "color_message" not in data
    assert data["ts"].endswith("Z")
