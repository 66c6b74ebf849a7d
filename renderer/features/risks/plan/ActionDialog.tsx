import type { Finding } from '../../../../shared/questionnaire/finding-drafts';
import { ACTION_STATUS_LABELS, EFFORT_LABELS, PRIORITY_LABELS, remediationActionInputSchema } from '../../../../shared/risk/actions';
import { RISK_LEVEL_LABELS } from '../../../../shared/risk/matrix';
import { ACTION_STATUSES, EFFORTS, PRIORITIES, RISK_LEVELS, type RemediationActionContent } from '../../../../shared/risk/types';
import { useFormDraft } from '../../../ui/use-form-draft';
import { FormDialog } from '../../../ui/FormDialog';
import { FormField } from '../../../ui/FormField';
import { RecordHistoryButton } from '../../history/RecordHistoryButton';
import { Options } from '../../../ui/Options';
import { LinkList } from '../LinkList';
import type { RatedScenario } from '../risk-view';

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((v) => ({ value: v, label: labels[v] }));
const RESIDUAL_OPTIONS = [{ value: '', label: 'Not estimated' }, ...options(RISK_LEVELS, RISK_LEVEL_LABELS)];
/** The value of a select whose options all come from `values`. */
const pick = <T extends string>(values: readonly T[], value: string): T => values.find((v) => v === value) ?? values[0]!;

interface Props {
  initial: RemediationActionContent;
  /** The stored action's id when editing one. */
  editingId?: string;
  findings: readonly Finding[];
  rated: readonly RatedScenario[];
  onCancel: () => void;
  onSave: (input: RemediationActionContent) => Promise<boolean>;
}

/** Adds or edits a remediation action and what it addresses. */
export function ActionDialog({ initial, editingId, findings, rated, onCancel, onSave }: Props) {
  const { draft, edit, errors, saving, submit } = useFormDraft({ initial, schema: remediationActionInputSchema, onSave, onDone: onCancel });
  const editing = editingId !== undefined;
  const toggle = (list: 'findingIds' | 'riskIds', id: string, on: boolean) =>
    edit({ [list]: on ? [...draft[list], id] : draft[list].filter((x) => x !== id) });

  return (
    <FormDialog title={editing ? 'Edit action' : 'New action'} submit={editing ? 'Save action' : 'Add action'} onSubmit={() => void submit()} onCancel={onCancel} saving={saving}>
      {editingId && <RecordHistoryButton className="record-history-corner" recordId={editingId} label={`action “${initial.title}”`} />}
      <div className="form-grid action-form">
        <FormField label="Action *" error={errors.title} wide>
          <input autoFocus value={draft.title} maxLength={300} onChange={(e) => edit({ title: e.target.value })} />
        </FormField>
        <FormField label="Description" wide>
          <textarea rows={2} value={draft.description} maxLength={20000} onChange={(e) => edit({ description: e.target.value })} />
        </FormField>
        <FormField label="Owner">
          <input value={draft.owner} maxLength={200} onChange={(e) => edit({ owner: e.target.value })} />
        </FormField>
        <FormField label="Due date" error={errors.dueDate}>
          <input type="date" value={draft.dueDate} onChange={(e) => edit({ dueDate: e.target.value })} />
        </FormField>
        <FormField label="Priority">
          <select value={draft.priority} onChange={(e) => edit({ priority: pick(PRIORITIES, e.target.value) })}>
            <Options options={options(PRIORITIES, PRIORITY_LABELS)} />
          </select>
        </FormField>
        <FormField label="Effort">
          <select value={draft.effort} onChange={(e) => edit({ effort: pick(EFFORTS, e.target.value) })}>
            <Options options={options(EFFORTS, EFFORT_LABELS)} />
          </select>
        </FormField>
        <FormField label="Status">
          <select value={draft.status} onChange={(e) => edit({ status: pick(ACTION_STATUSES, e.target.value) })}>
            <Options options={options(ACTION_STATUSES, ACTION_STATUS_LABELS)} />
          </select>
        </FormField>
        <FormField label="Expected residual risk" hint="The level once the action is done, on this assessment’s matrix.">
          <select value={draft.expectedResidual ?? ''} onChange={(e) => edit({ expectedResidual: RISK_LEVELS.find((l) => l === e.target.value) ?? null })}>
            <Options options={RESIDUAL_OPTIONS} />
          </select>
        </FormField>
        <LinkList legend="Risk scenarios addressed" empty="No risk scenarios yet." items={rated.map((r) => ({ id: r.scenario.id, label: r.scenario.title }))} chosen={draft.riskIds} onToggle={(id, on) => toggle('riskIds', id, on)} />
        <LinkList legend="Findings addressed" empty="No findings yet." items={findings.map((f) => ({ id: f.id, label: f.title }))} chosen={draft.findingIds} onToggle={(id, on) => toggle('findingIds', id, on)} />
      </div>
    </FormDialog>
  );
}
