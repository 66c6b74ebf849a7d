import type { Finding } from '../../../../shared/questionnaire/finding-drafts';
import { ACTION_STATUS_LABELS, EFFORT_LABELS, PRIORITY_LABELS, isOverdue, type RemediationAction } from '../../../../shared/risk/actions';
import { formatDate } from '../../../ui/format';
import { LevelBadge } from '../LevelBadge';
import type { RatedScenario } from '../risk-view';
import { ActionsHeader } from '../../../ui/ActionsHeader';
import { EditDeleteButtons } from '../../../ui/EditDeleteButtons';

interface Props {
  actions: readonly RemediationAction[];
  today: string;
  findings: readonly Finding[];
  rated: readonly RatedScenario[];
  onEdit: (action: RemediationAction) => void;
  onDelete: (action: RemediationAction) => void;
}

/** Titles of the linked records that still exist. */
const titlesOf = (ids: readonly string[], titles: ReadonlyMap<string, string>) => ids.flatMap((id) => titles.get(id) ?? []);

export function ActionsTable({ actions, today, findings, rated, onEdit, onDelete }: Props) {
  const findingTitles = new Map(findings.map((f) => [f.id, f.title]));
  const riskTitles = new Map(rated.map((r) => [r.scenario.id, r.scenario.title]));
  return (
    <table className="table actions-table" aria-label="Remediation actions">
      <thead>
        <tr>
          <th scope="col">Action</th>
          <th scope="col">Owner</th>
          <th scope="col">Due</th>
          <th scope="col">Priority</th>
          <th scope="col">Effort</th>
          <th scope="col">Status</th>
          <th scope="col">Addresses</th>
          <th scope="col">Expected residual</th>
          <ActionsHeader />
        </tr>
      </thead>
      <tbody>
        {actions.map((action) => {
          const overdue = isOverdue(action, today);
          const links = [...titlesOf(action.riskIds, riskTitles), ...titlesOf(action.findingIds, findingTitles)];
          return (
            <tr key={action.id} className={overdue ? 'row-overdue' : undefined} data-action-id={action.id}>
              <th scope="row">{action.title}</th>
              <td>{action.owner || <span className="muted">—</span>}</td>
              <td>
                {formatDate(action.dueDate) || <span className="muted">—</span>}
                {overdue && <div className="overdue-mark">Overdue</div>}
              </td>
              <td>{PRIORITY_LABELS[action.priority]}</td>
              <td>{EFFORT_LABELS[action.effort]}</td>
              <td>{ACTION_STATUS_LABELS[action.status]}</td>
              <td className="small">{links.length ? links.join('; ') : <span className="muted">—</span>}</td>
              <td>{action.expectedResidual ? <LevelBadge level={action.expectedResidual} /> : <span className="muted">—</span>}</td>
              <td className="row-actions">
                <EditDeleteButtons name={`action ${action.title}`} onEdit={() => onEdit(action)} onDelete={() => onDelete(action)} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
