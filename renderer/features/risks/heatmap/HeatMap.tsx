import { RISK_LEVEL_LABELS } from '../../../../shared/risk/matrix';
import type { RiskMatrix } from '../../../../shared/risk/types';
import { cellOf, cellText, type Basis, type CellFilter, type RatedScenario } from '../risk-view';

interface Props {
  basis: Basis;
  matrix: RiskMatrix;
  rated: readonly RatedScenario[];
  onDrill: (cell: CellFilter) => void;
}

/** Scenario counts per matrix cell on one basis, likelihood rising upwards; a cell opens those scenarios in the register. */
export function HeatMap({ basis, matrix, rated, onDrill }: Props) {
  const counts = new Map<string, number>();
  let unrated = 0;
  for (const r of rated) {
    const cell = cellOf(matrix, r[basis]);
    if (!cell) unrated++;
    else counts.set(`${cell.likelihood}:${cell.consequence}`, (counts.get(`${cell.likelihood}:${cell.consequence}`) ?? 0) + 1);
  }
  const likelihoods = matrix.likelihood.map((step, i) => ({ step, rating: i + 1 })).reverse();
  const title = basis === 'inherent' ? 'Inherent risk' : 'Residual risk';

  return (
    <figure className="heat-map">
      <figcaption>
        <h2>{title}</h2>
        <span className="small muted">Likelihood rises upwards, consequence to the right</span>
      </figcaption>
      <table className="heat-grid" aria-label={`${title} heat map`}>
        <tbody>
          {likelihoods.map(({ step, rating: likelihood }) => (
            <tr key={likelihood}>
              <th scope="row" className="heat-axis">
                {step.label}
              </th>
              {matrix.consequence.map((_, c) => {
                const cell = { basis, likelihood, consequence: c + 1 };
                const level = matrix.cells[likelihood - 1]![c]!;
                const count = counts.get(`${likelihood}:${c + 1}`) ?? 0;
                return (
                  <td key={c} className={`heat-cell risk-bg-${level}`}>
                    <button
                      type="button"
                      aria-label={`${count} scenario${count === 1 ? '' : 's'}, ${RISK_LEVEL_LABELS[level]}: ${cellText(matrix, cell)}`}
                      disabled={count === 0}
                      onClick={() => onDrill(cell)}
                    >
                      {count || ''}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td className="heat-corner" />
            {matrix.consequence.map((step) => (
              <th key={step.label} scope="col" className="heat-axis">
                {step.label}
              </th>
            ))}
          </tr>
        </tfoot>
      </table>
      {unrated > 0 && <p className="muted small">{unrated} scenario{unrated === 1 ? '' : 's'} without a rated consequence.</p>}
    </figure>
  );
}
