import { formatLevel, formatPercent } from '../score-format';
import type { StepRow } from './step-rows';

/** The chart's numbers per step, exact. */
export function StepTable({ rows }: { rows: readonly StepRow[] }) {
  return (
    <table className="table q-step-table" aria-label="Scores per step">
      <thead>
        <tr>
          <th scope="col">Step</th>
          <th scope="col">Answered</th>
          <th scope="col">Coverage</th>
          <th scope="col">Compliance</th>
          <th scope="col">Avg maturity</th>
          <th scope="col">Avg target</th>
          <th scope="col">Gaps</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.step}>
            <th scope="row">
              {r.step}. {r.title}
            </th>
            <td>
              {r.score.answered}/{r.score.applicable}
            </td>
            <td>{formatPercent(r.score.coverage)}</td>
            <td>{formatPercent(r.score.compliance)}</td>
            <td>{formatLevel(r.score.averageAchieved)}</td>
            <td>{formatLevel(r.averageTarget)}</td>
            <td>{r.score.gaps}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
