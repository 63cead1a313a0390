import type { Analysis } from "../lib/api/types";

/** What one source said on its own: the syntax tree, the timings, or Gemini. */
export interface SourceOpinion {
  source: "static" | "measured" | "gemini";
  time: string;
  confidence: number;
}

const NAMES: Record<SourceOpinion["source"], string> = {
  static: "static analysis",
  measured: "measured",
  gemini: "Gemini",
};

/** The per-source opinions of an answer (absent from older servers: then none). */
export function opinionsOf(result: Analysis): SourceOpinion[] {
  const raw = (result as Analysis & { sources?: unknown }).sources;
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (o): o is SourceOpinion =>
      typeof o === "object" &&
      o !== null &&
      typeof (o as SourceOpinion).time === "string" &&
      (o as SourceOpinion).source in NAMES,
  );
}

/** A row for the panel: the source's name, its class, and whether it matches the headline. */
export function opinionRows(result: Analysis): { name: string; time: string; agrees: boolean; confidence: number }[] {
  return opinionsOf(result).map((o) => ({
    name: NAMES[o.source],
    time: o.time,
    agrees: o.time === result.time,
    confidence: Math.round(Math.max(0, Math.min(1, o.confidence)) * 100),
  }));
}
