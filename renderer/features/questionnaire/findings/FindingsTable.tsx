import type { Finding } from '../../../../shared/questionnaire/finding-drafts';
import { FindingStatusBadge, SeverityBadge } from '../badges';
import { ActionsHeader } from '../../../ui/ActionsHeader';

interface Props {
  findings: readonly Finding[];
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onOpenRequirement: (requirementId: string) => void;
  onEdit: (finding: Finding) => void;
  onDismiss: (finding: Finding) => void;
  onDelete: (finding: Finding) => void;
}

export function FindingsTable({ findings, selected, onToggle, onOpenRequirement, onEdit, onDismiss, onDelete }: Props) {
  return (
    <table className="table q-findings" aria-label="Findings">
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">Select</span>
          </th>
          <th scope="col">Severity</th>
          <th scope="col">Finding</th>
          <th scope="col">Status</th>
          <ActionsHeader />
        </tr>
      </thead>
      <tbody>
        {findings.map((f) => (
          <tr key={f.id} className={f.status === 'dismissed' ? 'q-row-dismissed' : undefined}>
            <td>
              <input type="checkbox" aria-label={`Select “${f.title}”`} checked={selected.has(f.id)} onChange={() => onToggle(f.id)} />
            </td>
            <td>
              <SeverityBadge severity={f.severity} />
            </td>
            <td>
              <div className="q-finding-title">{f.title}</div>
              <div className="q-finding-reqs small">
                {f.requirementIds.map((id) => (
                  <button key={id} type="button" className="link-button" title="Open this requirement on the Questions tab" onClick={() => onOpenRequirement(id)}>
                    {id}
                  </button>
                ))}
                {f.references.length > 0 && <span className="muted">{f.references.join(', ')}</span>}
              </div>
            </td>
            <td>
              <FindingStatusBadge status={f.status} />
            </td>
            <td className="row-actions">
              <button type="button" className="button button-small" aria-label={`Edit “${f.title}”`} onClick={() => onEdit(f)}>
                Edit
              </button>
              {f.status !== 'dismissed' && (
                <button type="button" className="button button-small" aria-label={`Dismiss “${f.title}”`} onClick={() => onDismiss(f)}>
                  Dismiss
                </button>
              )}
              <button type="button" className="button button-small button-danger-quiet" aria-label={`Delete “${f.title}”`} onClick={() => onDelete(f)}>
                Delete
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
