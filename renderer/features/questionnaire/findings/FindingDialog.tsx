import {
  FINDING_SEVERITIES,
  FINDING_STATUSES,
  FINDING_STATUS_LABELS,
  SEVERITY_LABELS,
  findingInputSchema,
  type Finding,
  type FindingInput,
} from '../../../../shared/questionnaire/finding-drafts';
import { FormDialog } from '../../../ui/FormDialog';
import { Options } from '../../../ui/Options';
import type { Zone } from '../../../../shared/scope/zones';
import { useFormDraft } from '../../../ui/use-form-draft';
import { AffectedPicker } from './AffectedPicker';

const SEVERITY_OPTIONS = FINDING_SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABELS[s] }));
const STATUS_OPTIONS = FINDING_STATUSES.map((s) => ({ value: s, label: FINDING_STATUS_LABELS[s] }));

interface Props {
  finding: Finding;
  zones: readonly Zone[];
  onCancel: () => void;
  onSave: (input: FindingInput) => Promise<boolean>;
}

/** Edits a finding's wording, severity, status and what it affects; requirement links and references stay as proposed or merged. */
export function FindingDialog({ finding, zones, onCancel, onSave }: Props) {
  const { draft, edit, errors, saving, submit } = useFormDraft<FindingInput, FindingInput>({ initial: finding, schema: findingInputSchema, onSave, onDone: onCancel });

  return (
    <FormDialog
      title="Edit finding"
      submit="Save finding"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      saving={saving}
    >
      <div className="form-grid q-finding-form">
        <label className={`field field-wide${errors.title ? ' field-invalid' : ''}`}>
          <span className="field-label">Title *</span>
          <input autoFocus value={draft.title} maxLength={300} onChange={(e) => edit({ title: e.target.value })} />
          {errors.title && (
            <span className="field-error" role="alert">
              {errors.title}
            </span>
          )}
        </label>
        <label className="field">
          <span className="field-label">Severity</span>
          <select value={draft.severity} onChange={(e) => edit({ severity: e.target.value as FindingInput['severity'] })}>
            <Options options={SEVERITY_OPTIONS} />
          </select>
        </label>
        <label className="field">
          <span className="field-label">Status</span>
          <select value={draft.status} onChange={(e) => edit({ status: e.target.value as FindingInput['status'] })}>
            <Options options={STATUS_OPTIONS} />
          </select>
        </label>
        <label className="field field-wide">
          <span className="field-label">Observation</span>
          <textarea rows={5} value={draft.observation} onChange={(e) => edit({ observation: e.target.value })} />
        </label>
        <label className="field field-wide">
          <span className="field-label">Recommendation</span>
          <textarea rows={5} value={draft.recommendation} onChange={(e) => edit({ recommendation: e.target.value })} />
        </label>
        <AffectedPicker assessmentId={finding.assessmentId} zones={zones} zoneIds={draft.zoneIds} assetIds={draft.assetIds} onChange={edit} />
        <p className="field-wide muted small">
          Requirements: {draft.requirementIds.join(', ') || '—'} · References: {draft.references.join(', ') || '—'}
        </p>
      </div>
    </FormDialog>
  );
}
