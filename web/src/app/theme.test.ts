import { describe, expect, it } from "vitest";
import { parseChoice, resolveTheme } from "./theme";

describe("theme", () => {
  it("follows the system until the person chooses", () => {
    expect(resolveTheme(null, true)).toBe("light");
    expect(resolveTheme(null, false)).toBe("dark");
    expect(resolveTheme("dark", true)).toBe("dark");
    expect(resolveTheme("light", false)).toBe("light");
  });

  it("ignores stored values it does not know", () => {
    expect(parseChoice("light")).toBe("light");
    expect(parseChoice("dark")).toBe("dark");
    expect(parseChoice("solarized")).toBeNull();
    expect(parseChoice(null)).toBeNull();
  });
});
