import { useState } from 'react';
import {
  EDITIONS,
  EDITION_LABELS,
  SECTORS,
  SECTOR_LABELS,
  assessmentInputSchema,
  parseAssessorNames,
  type Assessment,
  type AssessmentInput,
  type Edition,
  type Sector,
} from '../../../shared/domain/assessment';
import { FormDialog } from '../../ui/FormDialog';

interface Props {
  /** Editing an existing assessment's details; absent when creating. */
  existing?: Assessment;
  onCancel: () => void;
  onSubmit: (input: AssessmentInput) => Promise<boolean>;
}

type Draft = Omit<AssessmentInput, 'assessors'> & { assessors: string };

const blank: Draft = {
  name: '',
  organisation: '',
  location: '',
  sector: 'water',
  assessors: '',
  startDate: new Date().toISOString().slice(0, 10),
  endDate: '',
  edition: '2-1:2024',
};

export function AssessmentFormDialog({ existing, onCancel, onSubmit }: Props) {
  const [draft, setDraft] = useState<Draft>(existing ? { ...existing, assessors: existing.assessors.join(', ') } : blank);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const edit = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors(({ [key]: _fixed, ...rest }) => rest);
  };

  async function submit() {
    const parsed = assessmentInputSchema.safeParse({ ...draft, assessors: parseAssessorNames(draft.assessors) });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setErrors({});
    setSaving(true);
    const ok = await onSubmit(parsed.data);
    setSaving(false);
    if (ok) onCancel();
  }

  const field = (key: keyof Draft, label: string, input: React.ReactNode, hint?: string) => (
    <label className={`field${errors[key] ? ' field-invalid' : ''}`}>
      <span className="field-label">{label}</span>
      {input}
      {errors[key] ? (
        <span className="field-error" role="alert">
          {errors[key]}
        </span>
      ) : (
        hint && <span className="field-hint">{hint}</span>
      )}
    </label>
  );

  return (
    <FormDialog
      title={existing ? 'Assessment details' : 'New assessment'}
      submit={existing ? 'Save details' : 'Create assessment'}
      onSubmit={() => void submit()}
      onCancel={onCancel}
      saving={saving}
    >
      <div className="form-grid">
        {field(
          'name',
          'Site or plant name *',
          <input autoFocus value={draft.name} onChange={(e) => edit('name', e.target.value)} maxLength={200} />,
        )}
        {field(
          'organisation',
          'Organisation',
          <input value={draft.organisation} onChange={(e) => edit('organisation', e.target.value)} maxLength={200} />,
        )}
        {field(
          'location',
          'Location',
          <input value={draft.location} onChange={(e) => edit('location', e.target.value)} maxLength={200} />,
        )}
        {field(
          'sector',
          'Sector',
          <select value={draft.sector} onChange={(e) => edit('sector', e.target.value as Sector)}>
            {SECTORS.map((s) => (
              <option key={s} value={s}>
                {SECTOR_LABELS[s]}
              </option>
            ))}
          </select>,
        )}
        {field(
          'assessors',
          'Assessors',
          <input value={draft.assessors} onChange={(e) => edit('assessors', e.target.value)} />,
          'Names separated by commas',
        )}
        <div className="form-row">
          {field(
            'startDate',
            'Start date',
            <input type="date" value={draft.startDate} onChange={(e) => edit('startDate', e.target.value)} />,
          )}
          {field('endDate', 'End date', <input type="date" value={draft.endDate} onChange={(e) => edit('endDate', e.target.value)} />)}
        </div>
        <fieldset className="field field-wide">
          <legend className="field-label">Standard edition</legend>
          {EDITIONS.map((ed) => (
            <label key={ed} className="radio">
              <input
                type="radio"
                name="edition"
                value={ed}
                checked={draft.edition === ed}
                onChange={() => edit('edition', ed as Edition)}
              />
              {EDITION_LABELS[ed]}
            </label>
          ))}
        </fieldset>
      </div>
    </FormDialog>
  );
}
