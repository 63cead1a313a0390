import { describe, expect, it } from "vitest";
import type { Analysis } from "../lib/api/types";
import { initialAnalysisState, reduceAnalysis } from "./analysisStore";
import { chartGeometry } from "./chart";
import { opinionRows } from "./sources";

const result: Analysis = {
  source: "offline",
  time: "O(n^2)",
  space: "O(1)",
  functions: [{ name: "bubble", time: "O(n^2)", space: "O(1)", line: 1 }],
  explanation: "two nested loops",
  confidence: 0.8,
  measurements: [
    { n: 100, seconds: 0.001 },
    { n: 200, seconds: 0.004 },
  ],
  fit: { class: "O(n^2)", points: [{ n: 200, seconds: 0.004 }, { n: 100, seconds: 0.001 }] },
};

describe("reduceAnalysis", () => {
  it("goes pending then done with the result (without the event type)", () => {
    const pending = reduceAnalysis(initialAnalysisState, { type: "analysis.started" });
    expect(pending.status).toBe("pending");
    const done = reduceAnalysis(pending, { type: "analysis.result", ...result });
    expect(done).toEqual({ status: "done", result, error: null });
  });

  it("only an error during a pending analysis is an analysis error", () => {
    const err = { type: "error", code: "rate_limited", message: "later" } as const;
    expect(reduceAnalysis(initialAnalysisState, err)).toBe(initialAnalysisState);
    const failed = reduceAnalysis({ ...initialAnalysisState, status: "pending" }, err);
    expect(failed).toMatchObject({ status: "error", error: "later" });
  });
});

describe("chartGeometry", () => {
  it("scales the largest point to the top-right and sorts the fitted curve by n", () => {
    const g = chartGeometry(result.measurements ?? [], result.fit?.points ?? [], 300, 160, 20);
    expect(g.maxN).toBe(200);
    expect(g.maxSeconds).toBe(0.004);
    const [small, big] = g.points;
    expect(big?.x).toBeGreaterThan(small?.x ?? Infinity);
    expect(big?.y).toBeLessThan(small?.y ?? -Infinity);
    expect(g.curve.startsWith("M")).toBe(true);
    expect(g.curve.split("L")).toHaveLength(2);
  });
});

describe("opinionRows", () => {
  it("lists each source and marks the ones the headline did not follow", () => {
    const merged = {
      ...result,
      sources: [
        { source: "static", time: "O(n^2)", confidence: 0.75 },
        { source: "measured", time: "O(n^2)", confidence: 0.7 },
        { source: "gemini", time: "O(n)", confidence: 0.8 },
      ],
    } as Analysis;
    expect(opinionRows(merged)).toEqual([
      { name: "static analysis", time: "O(n^2)", agrees: true, confidence: 75 },
      { name: "measured", time: "O(n^2)", agrees: true, confidence: 70 },
      { name: "Gemini", time: "O(n)", agrees: false, confidence: 80 },
    ]);
  });

  it("shows nothing for answers without sources or with malformed ones", () => {
    expect(opinionRows(result)).toEqual([]);
    expect(opinionRows({ ...result, sources: [{ source: "oracle", time: "O(1)" }] } as unknown as Analysis)).toEqual([]);
  });
});
