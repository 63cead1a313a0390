import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { describe, expect, it } from "vitest";
import { decodeAppEvent, encodeAppEvent, MESSAGE_APP_EVENT, readAppEventPayload } from "./events";

function frame(type: number, payload: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, type);
  encoding.writeVarString(e, payload);
  return encoding.toUint8Array(e);
}

describe("type-100 frames", () => {
  it("encodes a client event as varuint 100 then a varString of JSON", () => {
    const bytes = encodeAppEvent({ type: "run", stdin: "5\n", interactive: true });
    // 100 < 128 so its varuint is the single byte 100.
    expect(bytes[0]).toBe(100);
    const d = decoding.createDecoder(bytes);
    expect(decoding.readVarUint(d)).toBe(MESSAGE_APP_EVENT);
    expect(JSON.parse(decoding.readVarString(d))).toEqual({
      type: "run",
      stdin: "5\n",
      interactive: true,
    });
    expect(decoding.hasContent(d)).toBe(false);
  });

  it("round-trips unicode payloads through lib0's string encoding", () => {
    const bytes = encodeAppEvent({ type: "run.input", run_id: "r1", text: "héllo ✓ 🐍\n" });
    const d = decoding.createDecoder(bytes);
    decoding.readVarUint(d);
    expect(JSON.parse(decoding.readVarString(d)).text).toBe("héllo ✓ 🐍\n");
  });

  it("decodes server events", () => {
    const event = { type: "run.output", run_id: "r", stream: "stdout", data: "hi\n", seq: 3 };
    expect(decodeAppEvent(frame(100, JSON.stringify(event)))).toEqual(event);
  });

  it("ignores other message types, non-JSON and objects without a type", () => {
    expect(decodeAppEvent(frame(0, '{"type":"x"}'))).toBeNull();
    expect(decodeAppEvent(frame(100, "not json"))).toBeNull();
    expect(decodeAppEvent(frame(100, "[1,2]"))).toBeNull();
    expect(decodeAppEvent(frame(100, '{"kind":"x"}'))).toBeNull();
    expect(decodeAppEvent(frame(100, '{"type":5}'))).toBeNull();
    expect(decodeAppEvent(new Uint8Array([100]))).toBeNull();
  });

  it("reads a payload after the type was consumed, as y-websocket's handler table does", () => {
    const d = decoding.createDecoder(frame(100, '{"type":"pong"}'));
    expect(decoding.readVarUint(d)).toBe(100);
    expect(readAppEventPayload(d)).toEqual({ type: "pong" });
  });
});
