"""What is made from the contract: JSON Schema, the web's TypeScript, the doc's tables.

`web/scripts/gen_events.py` writes them (the schema, `web/src/room/contract.gen.ts` and the
event tables of docs/protocol.md); a test checks that the committed files are current.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict

import msgspec

from realtime.contract.close_codes import CLOSE_CODES
from realtime.contract.errors import ERROR_MEANINGS
from realtime.contract.replies import SERVER_EVENTS, ServerEvent
from realtime.contract.requests import CLIENT_EVENTS, ClientEvent, event_type

__all__ = [
    "CLOSE_END",
    "CLOSE_START",
    "DOC_END",
    "DOC_START",
    "EventsSchema",
    "close_code_table",
    "json_schema",
    "protocol_tables",
    "typescript",
    "with_tables",
]

_REF = "#/$defs/"
DOC_START = "<!-- generated from realtime/contract: web/scripts/gen_events.py -->"
DOC_END = "<!-- end of generated tables -->"
CLOSE_START = "<!-- close codes generated from realtime/contract/close_codes.py -->"
CLOSE_END = "<!-- end of generated close codes -->"
_HEADER = (
    "// Generated from realtime/contract by web/scripts/gen_events.py (npm run gen:events).\n"
    "// Do not edit: change the Python contract and regenerate.\n"
)


# The generated document: its top level is ours; below `$defs`, each schema is msgspec's
# JSON Schema (an open format: keywords to any JSON).
EventsSchema = TypedDict(
    "EventsSchema", {"$schema": str, "title": str, "$defs": dict[str, Mapping[str, Any]]}
)


def json_schema() -> EventsSchema:
    """The JSON Schema of both unions: `ClientEvent` and `ServerEvent` under `$defs`."""
    (client, server), defs = msgspec.json.schema_components(
        [ClientEvent, ServerEvent], ref_template=_REF + "{name}"
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Code Remote socket application events (coderemote.v1)",
        "$defs": {"ClientEvent": client, "ServerEvent": server, **defs},
    }


def _sent_fields() -> dict[str, set[str]]:
    """For each Struct the server sends (by schema name), the fields always on the wire.

    msgspec encodes a field with a default unless the default is `UNSET` (or the Struct omits
    defaults), so what the server sends has more required fields than its schema says.
    """
    sent: dict[str, set[str]] = {}
    todo: list[msgspec.inspect.Type] = list(msgspec.inspect.multi_type_info([ServerEvent]))
    while todo:
        info = todo.pop()
        if isinstance(info, msgspec.inspect.StructType):
            name = info.cls.__name__
            if name in sent:
                continue
            omits = info.cls.__struct_config__.omit_defaults
            sent[name] = {
                f.encode_name
                for f in info.fields
                if f.required
                # inspect shows an UNSET default (left out when unset) as no default at all
                or (not omits and (f.default, f.default_factory) != (msgspec.NODEFAULT,) * 2)
            }
            todo.extend(f.type for f in info.fields)
        elif isinstance(info, msgspec.inspect.UnionType):
            todo.extend(info.types)
        elif isinstance(info, msgspec.inspect.ListType | msgspec.inspect.VarTupleType):
            todo.append(info.item_type)
    return sent


def _required(name: str, schema: Mapping[str, Any], sent: Mapping[str, set[str]]) -> set[str]:
    required = set(schema.get("required", ()))
    return required | sent.get(name, set())


def _ts(schema: Mapping[str, Any]) -> str:
    if "$ref" in schema:
        return str(schema["$ref"]).removeprefix(_REF)
    if "enum" in schema:
        return " | ".join(json.dumps(v) for v in schema["enum"])
    if "anyOf" in schema:
        return " | ".join(_ts(s) for s in schema["anyOf"])
    kind = schema.get("type")
    if kind == "array":
        item = _ts(schema["items"])
        return f"({item})[]" if " | " in item else f"{item}[]"
    if kind == "object":
        return "Record<string, unknown>"
    return {"string": "string", "integer": "number", "number": "number", "boolean": "boolean"}.get(
        str(kind), "null" if kind == "null" else "unknown"
    )


def _doc(text: str | None, indent: str = "") -> str:
    if not text:
        return ""
    return f"{indent}/** {' '.join(text.split())} */\n"


def typescript() -> str:
    """The web's event types: one interface per event, the two unions, and tag lists."""
    defs = json_schema()["$defs"]
    sent = _sent_fields()
    out = [_HEADER]
    for name, schema in defs.items():
        if name in ("ClientEvent", "ServerEvent"):
            members = " | ".join(_ts(s) for s in schema["anyOf"])
            out.append(f"\nexport type {name} = {members};\n")
            continue
        out.append("\n" + _doc(schema.get("description")))
        if schema.get("type") != "object":
            out.append(f"export type {name} = {_ts(schema)};\n")
            continue
        required = _required(name, schema, sent)
        lines = [f"export interface {name} {{\n"]
        for prop, sub in schema.get("properties", {}).items():
            optional = "" if prop in required else "?"
            lines.append(_doc(sub.get("description"), "  "))
            lines.append(f"  {prop}{optional}: {_ts(sub)};\n")
        lines.append("}\n")
        out.append("".join(lines))
    client = ", ".join(json.dumps(event_type(c)) for c in CLIENT_EVENTS)
    server = ", ".join(json.dumps(event_type(c)) for c in SERVER_EVENTS)
    out.append(f"\nexport const CLIENT_EVENT_TYPES = [{client}] as const;\n")
    out.append(f"export const SERVER_EVENT_TYPES = [{server}] as const;\n")
    return "".join(out)


def _fields(cls: type[msgspec.Struct], defs: Mapping[str, Any]) -> str:
    schema = defs[cls.__name__]
    required = _required(cls.__name__, schema, _sent_fields())
    names = [
        f"`{p}`" if p in required else f"`{p}`?"
        for p in schema.get("properties", {})
        if p != "type"
    ]
    return ", ".join(names) or "—"


def _table(classes: Sequence[type[msgspec.Struct]], *, permissions: bool) -> list[str]:
    defs = json_schema()["$defs"]
    head = (
        "| Event | Fields (`?` optional) | Needs | What it is |"
        if permissions
        else ("| Event | Fields (`?` optional) | What it is |")
    )
    rows = [head, "|---|---|---|---|" if permissions else "|---|---|---|"]
    for cls in classes:
        doc = " ".join((cls.__doc__ or "").split())
        need = f" `{cls.permission}` |" if permissions else ""  # type: ignore[attr-defined]
        rows.append(f"| `{event_type(cls)}` | {_fields(cls, defs)} |{need} {doc} |")
    return rows


def protocol_tables() -> str:
    """The Markdown tables of every event both ways and of the error codes."""
    lines = [
        DOC_START,
        "",
        "Client → server (every one may carry a client-chosen `id`, echoed by its replies and",
        "errors; `Needs` is the permission, `join` meaning any connection):",
        "",
        *_table(CLIENT_EVENTS, permissions=True),
        "",
        "Server → client:",
        "",
        *_table(SERVER_EVENTS, permissions=False),
        "",
        "`error` codes:",
        "",
        "| Code | Meaning |",
        "|---|---|",
        *(f"| `{code}` | {meaning} |" for code, meaning in ERROR_MEANINGS.items()),
        "",
        DOC_END,
    ]
    return "\n".join(lines)


def close_code_table() -> str:
    """The Markdown table of every close code the server sends."""
    lines = [
        CLOSE_START,
        "",
        "| Code | Meaning | Client should |",
        "|---|---|---|",
        *(f"| {int(code)} | {meaning} | {then} |" for code, (meaning, then) in CLOSE_CODES.items()),
        "",
        CLOSE_END,
    ]
    return "\n".join(lines)


def _replace(document: str, start_marker: str, end_marker: str, text: str) -> str:
    start, end = document.find(start_marker), document.find(end_marker)
    if start < 0 or end < start:
        raise ValueError(f"the document has no {start_marker!r} ... {end_marker!r} markers")
    return document[:start] + text + document[end + len(end_marker) :]


def with_tables(document: str) -> str:
    """`document` with the text between each pair of generated-table markers replaced.

    Raises:
        ValueError: The document lacks a pair of markers.
    """
    document = _replace(document, DOC_START, DOC_END, protocol_tables())
    return _replace(document, CLOSE_START, CLOSE_END, close_code_table())
