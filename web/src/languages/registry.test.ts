import { describe, expect, it } from "vitest";
import { DEFAULT_LANGUAGE_ID, getLanguage, languageForFile, listLanguages } from "./registry";

describe("language registry", () => {
  it("has Python as the default runner, unchanged", () => {
    const py = getLanguage(DEFAULT_LANGUAGE_ID);
    expect(py).toMatchObject({ id: "python", monacoLanguage: "python", extension: ".py" });
    expect(py.runnerId).toBe("python3");
    expect(py.compiled).toBe(false);
    expect(py.starterCode).toBe(
      [
        "def main() -> None:",
        '    name = input("What is your name? ")',
        '    print(f"Hello, {name}!")',
        "",
        "",
        'if __name__ == "__main__":',
        "    main()",
        "",
      ].join("\n"),
    );
  });

  it("lists every entry once with unique ids and extensions", () => {
    const all = listLanguages();
    const ids = all.map((l) => l.id);
    expect(ids).toEqual(["python", "javascript", "typescript", "cpp", "java", "go"]);
    expect(new Set(all.map((l) => l.id)).size).toBe(all.length);
    expect(new Set(all.map((l) => l.extension)).size).toBe(all.length);
  });

  it("carries each server entry's editor facts", () => {
    expect(getLanguage("java")).toMatchObject({ fileName: "Main.java", monacoLanguage: "java" });
    expect(getLanguage("cpp")).toMatchObject({ extension: ".cpp", compiled: true });
    expect(getLanguage("go").starterCode).toContain("package main");
  });

  it("finds a language by file name and fails loudly on unknown ids", () => {
    expect(languageForFile("Solution.PY")?.id).toBe("python");
    expect(languageForFile("main.go")?.id).toBe("go");
    expect(languageForFile("main.rs")).toBeUndefined();
    expect(() => getLanguage("cobol")).toThrow(/unknown language/);
  });
});
