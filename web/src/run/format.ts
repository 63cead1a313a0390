/** Human labels for the sandbox verdicts (values from sandbox/verdicts.py). */
export const VERDICT_LABELS: Record<string, string> = {
  ok: "OK",
  runtime_error: "Runtime error",
  timeout: "Time limit",
  cpu_limit: "CPU limit",
  memory_limit: "Memory limit",
  output_limit: "Output limit",
  syntax_error: "Syntax error",
  compile_error: "Compile error",
  policy_violation: "Policy violation",
  sandbox_error: "Sandbox error",
  cancelled: "Stopped",
};

/** Label for a verdict, falling back to the raw value for ones this client does not know. */
export function verdictLabel(verdict: string): string {
  return VERDICT_LABELS[verdict] ?? verdict.replace(/_/g, " ");
}

/** Labels of the other `run.rejected` codes (the code refusals are verdicts). */
export const REJECTION_LABELS: Record<string, string> = {
  already_running: "Already running",
  rate_limited: "Rate limited",
  busy: "Sandboxes busy",
  unavailable: "Unavailable",
  bad_stdin: "Rejected",
  unsupported_language: "Unknown language",
};

/** Label for a refused Run press, from its `code` (null: a server that sent none). */
export function rejectionLabel(code: string | null): string {
  if (code === null) return "Rejected";
  return VERDICT_LABELS[code] ?? REJECTION_LABELS[code] ?? "Rejected";
}

/** `1.23 s` / `85 ms`, or an em dash when unknown. */
export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return "—";
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

/** `12.3 MiB`, or an em dash when unknown. */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return "—";
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
