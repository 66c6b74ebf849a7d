import type { MaturityLevel } from '../../../../shared/catalogue/types';
import { MATURITY_LABELS, MATURITY_LEVELS } from '../../../../shared/questionnaire/answer';

const KINDS = {
  achieved: { label: 'Achieved maturity', key: (l: MaturityLevel) => `${l}` },
  target: { label: 'Target maturity', key: (l: MaturityLevel) => `Shift+${l}` },
} as const;

interface Props {
  kind: keyof typeof KINDS;
  value: MaturityLevel | null;
  onChange: (level: MaturityLevel | null) => void;
}

/** Levels 1–4 as toggle buttons (not a select, whose typing would fight the digit keys); "–" clears. */
export function MaturityPicker({ kind, value, onChange }: Props) {
  const { label, key } = KINDS[kind];
  const labelId = `q-${kind}-label`;
  return (
    <div className="q-field">
      <span className="q-label" id={labelId}>
        {label}: <span className="q-value">{value === null ? 'not set' : `${value} · ${MATURITY_LABELS[value]}`}</span>
      </span>
      <div className="q-choices q-level-choices" role="group" aria-labelledby={labelId}>
        <button type="button" className="q-choice" aria-pressed={value === null} aria-label={`${label} not set`} title="Not set" onClick={() => onChange(null)}>
          –
        </button>
        {MATURITY_LEVELS.map((l) => (
          <button
            key={l}
            type="button"
            className="q-choice"
            aria-pressed={value === l}
            aria-label={`${label} ${l} ${MATURITY_LABELS[l]}`}
            aria-keyshortcuts={key(l)}
            title={`${l} · ${MATURITY_LABELS[l]} (key ${key(l)})`}
            onClick={() => onChange(l)}
          >
            {l}
          </button>
        ))}
      </div>
    </div>
  );
}
