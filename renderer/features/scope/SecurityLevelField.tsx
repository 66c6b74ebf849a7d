import { useState } from 'react';
import {
  FOUNDATIONAL_REQUIREMENTS,
  FR_LABELS,
  SECURITY_LEVELS,
  SECURITY_LEVEL_LABELS,
  type SecurityLevel,
  type SecurityLevelPerFr,
} from '../../../shared/scope/zones';
import { FormField } from '../../ui/FormField';

interface Props {
  /** "SL-T" or "SL-A". */
  short: string;
  label: string;
  level: SecurityLevel | null;
  perFr: SecurityLevelPerFr | undefined;
  onChange: (level: SecurityLevel | null, perFr: SecurityLevelPerFr | undefined) => void;
}

const parseLevel = (value: string) => (value === '' ? null : (Number(value) as SecurityLevel));

/** The zone's overall security level, and optionally one per foundational requirement where it differs. */
export function SecurityLevelField({ short, label, level, perFr, onChange }: Props) {
  const setFr = (fr: (typeof FOUNDATIONAL_REQUIREMENTS)[number], value: SecurityLevel | null) => {
    const { [fr]: _old, ...rest } = perFr ?? {};
    const next: SecurityLevelPerFr = value === null ? rest : { ...rest, [fr]: value };
    onChange(level, Object.keys(next).length ? next : undefined);
  };
  const frCount = Object.keys(perFr ?? {}).length;
  // Open at first when levels are set; after that the assessor decides (clearing the last must not fold it away).
  const [openAtFirst] = useState(frCount > 0);
  return (
    <div className="sl-field">
      <FormField label={label}>
        <select value={level ?? ''} onChange={(e) => onChange(parseLevel(e.target.value), perFr)}>
          <option value="">Not set</option>
          {SECURITY_LEVELS.map((sl) => (
            <option key={sl} value={sl}>
              {SECURITY_LEVEL_LABELS[sl]}
            </option>
          ))}
        </select>
      </FormField>
      <details className="sl-per-fr" open={openAtFirst}>
        <summary>
          {short} per foundational requirement{frCount > 0 ? ` (${frCount} set)` : ''}
        </summary>
        {FOUNDATIONAL_REQUIREMENTS.map((fr) => (
          <label key={fr} className="sl-fr-row">
            <span title={FR_LABELS[fr]}>
              {fr} <span className="muted">{FR_LABELS[fr]}</span>
            </span>
            <select aria-label={`${short} for ${fr} ${FR_LABELS[fr]}`} value={perFr?.[fr] ?? ''} onChange={(e) => setFr(fr, parseLevel(e.target.value))}>
              <option value="">As the zone</option>
              {SECURITY_LEVELS.map((sl) => (
                <option key={sl} value={sl}>
                  SL {sl}
                </option>
              ))}
            </select>
          </label>
        ))}
      </details>
    </div>
  );
}
