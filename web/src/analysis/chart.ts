import type { Measurement } from "../lib/api/types";

export interface ChartGeometry {
  points: { x: number; y: number }[];
  curve: string;
  maxN: number;
  maxSeconds: number;
}

/** Maps measurements and the fitted curve into an SVG box (origin at bottom-left, padded). */
export function chartGeometry(
  measured: Measurement[],
  fitted: Measurement[],
  width: number,
  height: number,
  pad = 28,
): ChartGeometry {
  const all = [...measured, ...fitted];
  const maxN = Math.max(1, ...all.map((m) => m.n));
  const maxSeconds = Math.max(1e-9, ...all.map((m) => m.seconds));
  const x = (n: number) => pad + (n / maxN) * (width - pad * 1.5);
  const y = (s: number) => height - pad - (s / maxSeconds) * (height - pad * 1.5);
  const sortedFit = [...fitted].sort((a, b) => a.n - b.n);
  return {
    points: measured.map((m) => ({ x: x(m.n), y: y(m.seconds) })),
    curve: sortedFit.map((m, i) => `${i === 0 ? "M" : "L"}${x(m.n).toFixed(1)},${y(m.seconds).toFixed(1)}`).join(" "),
    maxN,
    maxSeconds,
  };
}
