import { describe, expect, it } from "vitest";
import { roomProtocols, roomsServerUrl } from "./connection";

describe("room connection settings", () => {
  it("derives ws/wss from the page's scheme and host", () => {
    expect(roomsServerUrl({ protocol: "http:", host: "127.0.0.1:8000" })).toBe(
      "ws://127.0.0.1:8000/ws/rooms",
    );
    expect(roomsServerUrl({ protocol: "https:", host: "code.example" })).toBe(
      "wss://code.example/ws/rooms",
    );
  });

  it("carries the token only as a subprotocol", () => {
    expect(roomProtocols(null)).toEqual(["coderemote.v1"]);
    expect(roomProtocols("a.b.c")).toEqual(["coderemote.v1", "auth.a.b.c"]);
  });
});
