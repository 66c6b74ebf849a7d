import {
  SCOPE_STATUSES,
  SYSTEM_KIND_LABELS,
  type ScopeStatus,
  type SystemKindEntry,
} from '../../../shared/scope/scope';

const STATUS_SHORT: Record<ScopeStatus, string> = { in: 'In', out: 'Out', undecided: 'Undecided' };

interface Props {
  entries: readonly SystemKindEntry[];
  /** Messages by kind, for the reasons still missing. */
  errors: Partial<Record<SystemKindEntry['kind'], string>>;
  onChange: (entry: SystemKindEntry) => void;
}

/** In, out or undecided for each kind of system, with the reason an exclusion needs. */
export function SystemKindsFieldset({ entries, errors, onChange }: Props) {
  return (
    <fieldset className="kinds">
      <legend className="field-label">Systems in and out of scope</legend>
      <p className="field-hint">Decide for every kind of system; auditors ask why anything was left out, so an exclusion needs a reason.</p>
      {entries.map((entry) => (
        <SystemKindRow key={entry.kind} entry={entry} error={errors[entry.kind]} onChange={onChange} />
      ))}
    </fieldset>
  );
}

function SystemKindRow({ entry, error, onChange }: { entry: SystemKindEntry; error?: string; onChange: (entry: SystemKindEntry) => void }) {
  const label = SYSTEM_KIND_LABELS[entry.kind];
  const labelId = `kind-${entry.kind}-label`;
  const errorId = `kind-${entry.kind}-error`;
  return (
    <div className={`kind-row kind-${entry.status}`} role="group" aria-labelledby={labelId}>
      <span id={labelId} className="kind-name">
        {label}
      </span>
      <span className="segmented">
        {SCOPE_STATUSES.map((status) => (
          <label key={status} className="segment">
            <input
              type="radio"
              name={`kind-${entry.kind}`}
              value={status}
              checked={entry.status === status}
              onChange={() => onChange({ ...entry, status })}
            />
            <span>{STATUS_SHORT[status]}</span>
          </label>
        ))}
      </span>
      <span className="kind-reason">
        <input
          aria-label={`Reason for ${label}`}
          placeholder={entry.status === 'out' ? 'Why is it out of scope? (required)' : 'Reason or note (optional)'}
          value={entry.reason}
          maxLength={2000}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => onChange({ ...entry, reason: e.target.value })}
        />
        {error && (
          <span id={errorId} className="field-error">
            {error}
          </span>
        )}
      </span>
    </div>
  );
}
