import { formatLevel, formatPercent } from '../score-format';
import type { StepRow } from './step-rows';

const ROW = 26;
const TOP = 44;
const LABEL_WIDTH = 280;
const BAR_WIDTH = 250;
const COMPLIANCE_X = LABEL_WIDTH;
const MATURITY_X = LABEL_WIDTH + BAR_WIDTH + 80;
const WIDTH = MATURITY_X + BAR_WIDTH + 80;
const BAR_HEIGHT = 14;

function Axis({ x, ticks, scale, title, tickLabel }: { x: number; ticks: number[]; scale: (v: number) => number; title: string; tickLabel: (t: number) => string }) {
  return (
    <g className="q-chart-axis">
      <text x={x} y={14} className="q-chart-heading">
        {title}
      </text>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x + scale(t)} x2={x + scale(t)} y1={TOP - 8} y2={TOP + 11 * ROW} />
          <text x={x + scale(t)} y={TOP - 12} textAnchor="middle">
            {tickLabel(t)}
          </text>
        </g>
      ))}
    </g>
  );
}

/**
 * Compliance and average maturity (with the average target as a marker) per step, drawn as SVG; the table under it
 * carries the same numbers for screen readers and for reading exact values.
 */
export function StepChart({ rows }: { rows: readonly StepRow[] }) {
  const percent = (v: number) => (v / 100) * BAR_WIDTH;
  const level = (v: number) => (v / 4) * BAR_WIDTH;
  const height = TOP + rows.length * ROW + 8;
  return (
    <svg
      className="q-chart"
      role="img"
      aria-label="Compliance and average maturity against target per step; the numbers are in the table below"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
    >
      <Axis x={COMPLIANCE_X} ticks={[0, 50, 100]} scale={percent} title="Compliance" tickLabel={(t) => `${t}%`} />
      <Axis x={MATURITY_X} ticks={[0, 1, 2, 3, 4]} scale={level} title="Maturity: average achieved, ◆ average target" tickLabel={String} />
      {rows.map((r, i) => {
        const y = TOP + i * ROW;
        const { compliance, averageAchieved } = r.score;
        return (
          <g key={r.step} className="q-chart-row">
            <text x={LABEL_WIDTH - 10} y={y + BAR_HEIGHT - 2} textAnchor="end" className="q-chart-label">
              {r.step}. {r.title}
            </text>
            {compliance !== null && <rect x={COMPLIANCE_X} y={y} width={Math.max(1, percent(compliance * 100))} height={BAR_HEIGHT} className="q-chart-compliance" />}
            <text x={COMPLIANCE_X + percent(Math.max(compliance ?? 0, 0) * 100) + 6} y={y + BAR_HEIGHT - 2} className="q-chart-value">
              {compliance === null ? 'not answered' : formatPercent(compliance)}
            </text>
            {averageAchieved !== null && <rect x={MATURITY_X} y={y} width={Math.max(1, level(averageAchieved))} height={BAR_HEIGHT} className="q-chart-maturity" />}
            {r.averageTarget !== null && (
              <path d={`M ${MATURITY_X + level(r.averageTarget)} ${y - 2} l 6 ${BAR_HEIGHT / 2 + 2} l -6 ${BAR_HEIGHT / 2 + 2} l -6 ${-(BAR_HEIGHT / 2 + 2)} z`} className="q-chart-target" />
            )}
            <text x={MATURITY_X + level(Math.max(averageAchieved ?? 0, r.averageTarget ?? 0)) + 10} y={y + BAR_HEIGHT - 2} className="q-chart-value">
              {averageAchieved === null && r.averageTarget === null ? '—' : `${formatLevel(averageAchieved)} / ${formatLevel(r.averageTarget)}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
