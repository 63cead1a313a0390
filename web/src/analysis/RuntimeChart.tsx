import type { Measurement } from "../lib/api/types";
import { chartGeometry } from "./chart";

const W = 300;
const H = 160;

/** Measured runtime against input size (dots) with the fitted complexity curve (line). */
export function RuntimeChart(props: { measured: Measurement[]; fitted: Measurement[]; label: string }) {
  const g = chartGeometry(props.measured, props.fitted, W, H);
  return (
    <svg
      className="runtime-chart"
      data-testid="runtime-chart"
      viewBox={`0 0 ${W} ${H}`}
      width={W}
      height={H}
      role="img"
      aria-label={`Runtime against n, fitted ${props.label}`}
    >
      <line x1={28} y1={H - 28} x2={W - 6} y2={H - 28} className="axis" />
      <line x1={28} y1={H - 28} x2={28} y2={6} className="axis" />
      <text x={W - 6} y={H - 12} textAnchor="end" className="tick">
        n = {g.maxN}
      </text>
      <text x={32} y={14} className="tick">
        {(g.maxSeconds * 1000).toPrecision(3)} ms
      </text>
      {g.curve && <path d={g.curve} className="fit" fill="none" />}
      {g.points.map((p, i) => (
        <circle key={i} cx={p.x} cy={p.y} r={3} className="measured" />
      ))}
      <text x={32} y={26} className="tick fit-label">
        fit {props.label}
      </text>
    </svg>
  );
}
