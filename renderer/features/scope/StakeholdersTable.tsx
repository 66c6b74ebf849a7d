import { useState } from 'react';
import { newId } from '../../../shared/domain/record';
import type { Stakeholder } from '../../../shared/scope/scope';
import { ActionsHeader } from '../../ui/ActionsHeader';

interface Props {
  stakeholders: readonly Stakeholder[];
  /** Messages by stakeholder id. */
  errors: Partial<Record<string, string>>;
  onChange: (stakeholders: Stakeholder[]) => void;
}

/** The people the scope was agreed with and who were interviewed. */
export function StakeholdersTable({ stakeholders, errors, onChange }: Props) {
  const [added, setAdded] = useState<string | null>(null);
  const edit = (id: string, patch: Partial<Stakeholder>) => onChange(stakeholders.map((s) => (s.id === id ? { ...s, ...patch } : s)));
  const add = () => {
    const id = newId();
    setAdded(id);
    onChange([...stakeholders, { id, name: '', role: '', organisation: '', interviewedOn: '' }]);
  };

  return (
    <div className="field field-wide">
      <span className="field-label" id="stakeholders-label">
        Stakeholders and interviewees
      </span>
      <table className="table stakeholders" aria-labelledby="stakeholders-label">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Organisation</th>
            <th scope="col">Date interviewed</th>
            <ActionsHeader />
          </tr>
        </thead>
        <tbody>
          {stakeholders.length === 0 && (
            <tr>
              <td colSpan={5} className="muted">
                Nobody listed yet. Add the people who own the system, operate it or were interviewed.
              </td>
            </tr>
          )}
          {stakeholders.map((s, i) => {
            const who = s.name.trim() || `stakeholder ${i + 1}`;
            const error = errors[s.id];
            return (
              <tr key={s.id}>
                <td>
                  <input
                    aria-label={`Name of stakeholder ${i + 1}`}
                    value={s.name}
                    maxLength={200}
                    autoFocus={s.id === added}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${s.id}-error` : undefined}
                    onChange={(e) => edit(s.id, { name: e.target.value })}
                  />
                  {error && (
                    <span id={`${s.id}-error`} className="field-error">
                      {error}
                    </span>
                  )}
                </td>
                <td>
                  <input aria-label={`Role of ${who}`} value={s.role} maxLength={200} onChange={(e) => edit(s.id, { role: e.target.value })} />
                </td>
                <td>
                  <input
                    aria-label={`Organisation of ${who}`}
                    value={s.organisation}
                    maxLength={200}
                    onChange={(e) => edit(s.id, { organisation: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    type="date"
                    aria-label={`Date ${who} was interviewed`}
                    value={s.interviewedOn}
                    onChange={(e) => edit(s.id, { interviewedOn: e.target.value })}
                  />
                </td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="button button-small button-danger-quiet"
                    aria-label={`Remove ${who}`}
                    onClick={() => onChange(stakeholders.filter((x) => x.id !== s.id))}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div>
        <button type="button" className="button button-small" onClick={add}>
          Add stakeholder
        </button>
      </div>
    </div>
  );
}
