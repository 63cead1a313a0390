import { describe, expect, it } from "vitest";
import { colorFor, cssString, PALETTE, remoteCursorCss, safeColor, safeName } from "./colors";

describe("participant colours and labels", () => {
  it("gives each client a palette colour, stable per id", () => {
    expect(PALETTE).toContain(colorFor(12345));
    expect(colorFor(7)).toBe(colorFor(7));
  });

  it("never lets a peer inject CSS through its name or colour", () => {
    const evil = 'x"; } body { display: none } .a { content: "';
    const css = remoteCursorCss(42, evil, safeColor("red; background:url(x)", 42));
    expect(css).not.toContain("display: none }");
    expect(css).not.toContain("url(");
    expect(cssString('a"b')).toBe('"a\\000022b"');
    expect(css).toContain(".yRemoteSelectionHead-42::after");
    expect(css).toContain(".yRemoteSelection-42 {");
  });

  it("cleans names: control characters out, length capped, empty becomes anonymous", () => {
    expect(safeName("Ada\u0000 Lovelace")).toBe("Ada Lovelace");
    expect(safeName("x".repeat(100))).toHaveLength(32);
    expect(safeName("   ")).toBe("anonymous");
    expect(safeName(5)).toBe("anonymous");
  });
});
