import { describe, expect, it } from "vitest";
import { diagnosticsToMarkers } from "./markers";

const model = {
  lines: ["import os", "print(os.listdir())", ""],
  getLineCount() {
    return this.lines.length;
  },
  getLineMaxColumn(line: number) {
    return (this.lines[line - 1]?.length ?? 0) + 1;
  },
};

describe("diagnosticsToMarkers", () => {
  it("says a syntax error is one, at its line and column", () => {
    const [m] = diagnosticsToMarkers(
      [
        {
          line: 2,
          column: 5,
          end_line: 2,
          end_column: 6,
          message: "syntax error: invalid syntax",
          code: "syntax_error",
          kind: "syntax",
        },
      ],
      model,
    );
    expect(m).toMatchObject({
      startLineNumber: 2,
      startColumn: 6,
      endColumn: 7,
      message: "Syntax error: invalid syntax",
      source: "syntax",
    });
    const [policy] = diagnosticsToMarkers([{ line: 1, column: 0, message: "no os" }], model);
    expect(policy).toMatchObject({ message: "no os", source: "policy" });
  });

  it("says a compiler's error is a compile error, at its line and column", () => {
    const [m] = diagnosticsToMarkers(
      [
        {
          line: 2,
          column: 6,
          message: "error: 'os' was not declared in this scope",
          code: "compile_error",
          kind: "compile",
        },
      ],
      model,
    );
    expect(m).toMatchObject({
      startLineNumber: 2,
      startColumn: 7,
      message: "Compile error: error: 'os' was not declared in this scope",
      source: "compile",
    });
  });

  it("maps 1-based lines and 0-based columns to Monaco's 1-based positions", () => {
    const [m] = diagnosticsToMarkers(
      [{ line: 1, column: 0, end_line: 1, end_column: 9, message: "no os", code: "import" }],
      model,
    );
    expect(m).toMatchObject({
      startLineNumber: 1,
      startColumn: 1,
      endLineNumber: 1,
      endColumn: 10,
      message: "no os",
      code: "import",
      severity: 8,
    });
  });

  it("widens to the end of the line without an end and clamps out-of-range positions", () => {
    const [a, b] = diagnosticsToMarkers(
      [
        { line: 2, column: 6, message: "call" },
        { line: 99, column: 500, message: "far" },
      ],
      model,
    );
    expect(a).toMatchObject({ startLineNumber: 2, startColumn: 7, endColumn: 20 });
    expect(b).toMatchObject({ startLineNumber: 3, startColumn: 1, endLineNumber: 3 });
  });
});
