import type { RunDiagnostic } from "../room/events";

/** Owner id of our markers in Monaco (so we replace only ours). */
export const MARKER_OWNER = "coderemote-policy";

/** Monaco's MarkerSeverity.Error (kept as a number so this module needs no Monaco import). */
const SEVERITY_ERROR = 8;

export interface MarkerLike {
  severity: number;
  message: string;
  code?: string;
  source: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

interface ModelLike {
  getLineCount(): number;
  getLineMaxColumn(line: number): number;
}

const KIND_LABELS: Partial<Record<string, string>> = {
  syntax: "Syntax error",
  compile: "Compile error",
};

/** The marker text: a syntax or compile error says so first, whatever the server's wording. */
function markerMessage(d: RunDiagnostic): string {
  const label = KIND_LABELS[d.kind ?? ""];
  if (label === undefined) return d.message;
  return `${label}: ${d.message.replace(/^(syntax|compile) error:\s*/i, "")}`;
}

/**
 * Converts server diagnostics (1-based lines; columns 0-based as in Python's ast, so +1) to
 * Monaco markers, clamped to the model and widened to the rest of the line when no end is given.
 */
export function diagnosticsToMarkers(
  diagnostics: RunDiagnostic[],
  model: ModelLike,
): MarkerLike[] {
  const lines = model.getLineCount();
  return diagnostics.map((d) => {
    const startLine = Math.min(Math.max(1, d.line || 1), lines);
    const startMax = model.getLineMaxColumn(startLine);
    const startColumn = Math.min(Math.max(1, (d.column ?? 0) + 1), startMax);
    const endLine = Math.min(Math.max(startLine, d.end_line ?? startLine), lines);
    const endMax = model.getLineMaxColumn(endLine);
    let endColumn =
      d.end_column !== null && d.end_column !== undefined
        ? Math.min(Math.max(1, d.end_column + 1), endMax)
        : endMax;
    if (endLine === startLine && endColumn <= startColumn) endColumn = startMax;
    const marker: MarkerLike = {
      severity: SEVERITY_ERROR,
      message: markerMessage(d),
      source: d.kind === "syntax" || d.kind === "compile" ? d.kind : "policy",
      startLineNumber: startLine,
      startColumn,
      endLineNumber: endLine,
      endColumn,
    };
    if (d.code) marker.code = d.code;
    return marker;
  });
}
