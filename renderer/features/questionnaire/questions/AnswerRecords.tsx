import { useState } from 'react';
import { ANSWER_RECORD_KINDS, answerRecordSchema, type AnswerRecord, type AnswerRecordKind } from '../../../../shared/questionnaire/answer';
import type { AnswerRecordInput } from '../../../db/repos/questionnaire.repo';
import { useAppStore } from '../../../store';
import { formatDate } from '../../../ui/format';
import { fieldErrors, withoutErrorsFor } from '../../../ui/field-errors';
import { leaveOnEscape } from './question-keys';

const KIND_LABELS: Record<AnswerRecordKind, string> = { interview: 'Interview', observation: 'Observation' };
const recordInputSchema = answerRecordSchema.omit({ id: true });
const today = () => new Date().toISOString().slice(0, 10);
const blank = (): AnswerRecordInput => ({ kind: 'interview', who: '', on: today(), text: '' });

function RecordItem({ record, onRemove }: { record: AnswerRecord; onRemove: () => void }) {
  return (
    <li className="q-record">
      <div className="q-record-head">
        <strong>{KIND_LABELS[record.kind]}</strong>
        {record.who && <span>{record.kind === 'interview' ? `with ${record.who}` : `by ${record.who}`}</span>}
        <span className="muted">{formatDate(record.on)}</span>
        <button type="button" className="link-button q-record-remove" aria-label={`Remove the ${record.kind} of ${formatDate(record.on)}`} onClick={onRemove}>
          Remove
        </button>
      </div>
      <p>{record.text}</p>
    </li>
  );
}

/** Interviews held and observations made that back the answer, and a form to add one. */
export function AnswerRecords({ requirementId, records, onLeave }: { requirementId: string; records: readonly AnswerRecord[]; onLeave: () => void }) {
  const addAnswerRecord = useAppStore((s) => s.addAnswerRecord);
  const removeAnswerRecord = useAppStore((s) => s.removeAnswerRecord);
  const [input, setInput] = useState(blank);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const edit = (change: Partial<AnswerRecordInput>) => {
    setInput((i) => ({ ...i, ...change }));
    setErrors((e) => withoutErrorsFor(e, change));
  };

  const add = async () => {
    const parsed = recordInputSchema.safeParse(input);
    setErrors(fieldErrors(parsed));
    if (parsed.success && (await addAnswerRecord(requirementId, parsed.data))) setInput(blank());
  };

  return (
    <section className="q-section" aria-labelledby="q-records-title">
      <h3 id="q-records-title">Interviews and observations</h3>
      {records.length > 0 && (
        <ul className="q-records" aria-label="Interview and observation records">
          {records.map((r) => (
            <RecordItem key={r.id} record={r} onRemove={() => void removeAnswerRecord(requirementId, r.id)} />
          ))}
        </ul>
      )}
      <div className="q-record-form" role="group" aria-label="Add an interview or observation">
        <label className="field">
          <span className="field-label">Kind</span>
          <select value={input.kind} onChange={(e) => edit({ kind: e.target.value as AnswerRecordKind })} onKeyDown={leaveOnEscape(onLeave)}>
            {ANSWER_RECORD_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Who</span>
          <input value={input.who} maxLength={200} placeholder="Name or role" onChange={(e) => edit({ who: e.target.value })} onKeyDown={leaveOnEscape(onLeave)} />
        </label>
        <label className={`field${errors.on ? ' field-invalid' : ''}`}>
          <span className="field-label">Date</span>
          <input type="date" value={input.on} onChange={(e) => edit({ on: e.target.value })} onKeyDown={leaveOnEscape(onLeave)} />
          {errors.on && <span className="field-error">Enter a date</span>}
        </label>
        <label className={`field q-record-text${errors.text ? ' field-invalid' : ''}`}>
          <span className="field-label">What was said or seen</span>
          <textarea rows={2} value={input.text} onChange={(e) => edit({ text: e.target.value })} onKeyDown={leaveOnEscape(onLeave)} />
          {errors.text && (
            <span className="field-error" role="alert">
              {errors.text}
            </span>
          )}
        </label>
        <button type="button" className="button button-small" onClick={() => void add()}>
          Add record
        </button>
      </div>
    </section>
  );
}
