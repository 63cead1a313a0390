import { describe, expect, it } from "vitest";
import { DEFAULT_LANGUAGE_ID, getLanguage, languageForFile, listLanguages } from "./registry";

describe("language registry", () => {
  it("has Python as the default runner", () => {
    const py = getLanguage(DEFAULT_LANGUAGE_ID);
    expect(py).toMatchObject({ id: "python", monacoLanguage: "python", extension: ".py" });
    expect(py.runnerId).toBe("python3");
    expect(py.starterCode).toContain("input(");
  });

  it("lists every entry once with unique ids and extensions", () => {
    const all = listLanguages();
    expect(all.length).toBeGreaterThanOrEqual(1);
    expect(new Set(all.map((l) => l.id)).size).toBe(all.length);
    expect(new Set(all.map((l) => l.extension)).size).toBe(all.length);
  });

  it("finds a language by file name and fails loudly on unknown ids", () => {
    expect(languageForFile("Solution.PY")?.id).toBe("python");
    expect(languageForFile("main.rs")).toBeUndefined();
    expect(() => getLanguage("cobol")).toThrow(/unknown language/);
  });
});
