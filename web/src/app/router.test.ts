import { describe, expect, it } from "vitest";
import { parseRoute } from "./router";

describe("parseRoute", () => {
  it("maps the three screens", () => {
    expect(parseRoute("/")).toEqual({ name: "landing" });
    expect(parseRoute("/r/abc_DEF-1")).toEqual({ name: "room", roomId: "abc_DEF-1" });
    expect(parseRoute("/r/abc/")).toEqual({ name: "room", roomId: "abc" });
    expect(parseRoute("/r/abc/playback")).toEqual({ name: "playback", roomId: "abc" });
  });

  it("rejects ids outside the contract's alphabet and length", () => {
    expect(parseRoute("/r/a.b")).toEqual({ name: "notFound" });
    expect(parseRoute(`/r/${"a".repeat(65)}`)).toEqual({ name: "notFound" });
    expect(parseRoute("/elsewhere")).toEqual({ name: "notFound" });
  });
});
