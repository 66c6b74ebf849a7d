import { TREATMENT_LABELS } from '../../../../shared/risk/matrix';
import { threatById } from '../../../../shared/risk/threats';
import type { Threat } from '../../../../shared/risk/types';
import { LevelBadge, TolerableMark } from '../LevelBadge';
import { groupByTarget, type RatedScenario } from '../risk-view';
import { ActionsHeader } from '../../../ui/ActionsHeader';
import { EditDeleteButtons } from '../../../ui/EditDeleteButtons';

interface Props {
  rows: readonly RatedScenario[];
  grouped: boolean;
  ownThreats: readonly Threat[];
  onEdit: (row: RatedScenario) => void;
  onDelete: (row: RatedScenario) => void;
}

const COLUMNS = 8;

/** The risk register: one row per scenario with its levels on the current matrix, optionally grouped by zone. */
export function ScenarioTable({ rows, grouped, ownThreats, onEdit, onDelete }: Props) {
  const groups = grouped ? groupByTarget(rows) : [{ name: '', rows: [...rows] }];
  return (
    <table className="table register-table" aria-label="Risk register">
      <thead>
        <tr>
          <th scope="col">Scenario</th>
          <th scope="col">Zone / conduit</th>
          <th scope="col">Threat</th>
          <th scope="col">Inherent</th>
          <th scope="col">Residual</th>
          <th scope="col">Tolerable</th>
          <th scope="col">Treatment</th>
          <ActionsHeader />
        </tr>
      </thead>
      {groups.map((group) => (
        <tbody key={group.name}>
          {grouped && (
            <tr className="group-row">
              <th scope="rowgroup" colSpan={COLUMNS}>
                {group.name} <span className="muted">({group.rows.length})</span>
              </th>
            </tr>
          )}
          {group.rows.map((row) => (
            <ScenarioRow key={row.scenario.id} row={row} ownThreats={ownThreats} onEdit={onEdit} onDelete={onDelete} />
          ))}
        </tbody>
      ))}
    </table>
  );
}

function ScenarioRow({ row, ownThreats, onEdit, onDelete }: { row: RatedScenario } & Pick<Props, 'ownThreats' | 'onEdit' | 'onDelete'>) {
  const { scenario, inherent, residual } = row;
  return (
    <tr data-scenario-id={scenario.id}>
      <th scope="row">
        {scenario.title}
      </th>
      <td>{row.targetName}</td>
      <td>{threatById(scenario.threatId, ownThreats)?.title ?? <span className="muted">—</span>}</td>
      <td data-testid="inherent-level">
        <LevelBadge level={inherent.level} />
      </td>
      <td data-testid="residual-level">
        <LevelBadge level={residual.level} />
      </td>
      <td data-testid="tolerable">
        <TolerableMark tolerable={residual.tolerable} />
      </td>
      <td>
        {scenario.treatment ? TREATMENT_LABELS[scenario.treatment] : <span className="muted">Not decided</span>}
        {scenario.treatmentReason && <div className="muted small clamp">{scenario.treatmentReason}</div>}
      </td>
      <td className="row-actions">
        <EditDeleteButtons name={`scenario ${scenario.title}`} onEdit={() => onEdit(row)} onDelete={() => onDelete(row)} />
      </td>
    </tr>
  );
}
