import { STATUS_LABELS, type AnswerStatus } from '../../../../shared/questionnaire/answer';
import { STATUS_KEYS } from './question-keys';

const ORDER = Object.keys(STATUS_KEYS) as AnswerStatus[];

export function StatusPicker({ value, onChange }: { value: AnswerStatus; onChange: (status: AnswerStatus) => void }) {
  return (
    <div className="q-field">
      <span className="q-label" id="q-status-label">
        Status
      </span>
      <div className="q-choices q-status-choices" role="group" aria-labelledby="q-status-label">
        {ORDER.map((s) => (
          <button
            key={s}
            type="button"
            className={`q-choice q-choice-${s}`}
            aria-pressed={value === s}
            aria-keyshortcuts={STATUS_KEYS[s]}
            title={`${STATUS_LABELS[s]} (key ${STATUS_KEYS[s]})`}
            onClick={() => onChange(s)}
          >
            {STATUS_LABELS[s]} <kbd>{STATUS_KEYS[s]}</kbd>
          </button>
        ))}
      </div>
    </div>
  );
}
