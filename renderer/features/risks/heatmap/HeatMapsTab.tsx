import type { RiskMatrix } from '../../../../shared/risk/types';
import type { CellFilter, RatedScenario } from '../risk-view';
import { HeatMap } from './HeatMap';

interface Props {
  matrix: RiskMatrix;
  rated: readonly RatedScenario[];
  onDrill: (cell: CellFilter) => void;
}

/** Inherent beside residual: how far the existing countermeasures move the scenarios. */
export function HeatMapsTab({ matrix, rated, onDrill }: Props) {
  return (
    <>
      <p className="section-lead">Counts of scenarios per cell, coloured by the cell’s level. Choose a cell to see its scenarios in the register.</p>
      <div className="heat-maps">
        <HeatMap basis="inherent" matrix={matrix} rated={rated} onDrill={onDrill} />
        <HeatMap basis="residual" matrix={matrix} rated={rated} onDrill={onDrill} />
      </div>
    </>
  );
}
