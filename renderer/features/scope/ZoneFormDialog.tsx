import { useState } from 'react';
import { ZONE_PURDUE_LEVELS, emptyZoneInput, zoneInputSchema, zoneNameProblem, type Zone, type ZoneInput } from '../../../shared/scope/zones';
import { FormDialog } from '../../ui/FormDialog';
import { FormField } from '../../ui/FormField';
import { RecordHistoryButton } from '../history/RecordHistoryButton';
import { SecurityLevelField } from './SecurityLevelField';
import { PURDUE_LEVEL_NAMES } from './zone-format';

interface Props {
  /** The zone being edited; absent when adding one. */
  existing?: Zone;
  zones: readonly Zone[];
  /** Assets in the zone being edited, which a rename carries along. */
  assetCount: number;
  onCancel: () => void;
  onSubmit: (input: ZoneInput) => Promise<boolean>;
}

/** Without the per-FR levels that are not set, so the stored zone carries no empty keys. */
const compact = (input: ZoneInput) => Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as ZoneInput;

function inputOf(zone: Zone): ZoneInput {
  const { name, description, purdueLevels, safety, owner, slTarget, slTargetPerFr, slAchieved, slAchievedPerFr } = zone;
  return compact({ name, description, purdueLevels, safety, owner, slTarget, slTargetPerFr, slAchieved, slAchievedPerFr });
}

export function ZoneFormDialog({ existing, zones, assetCount, onCancel, onSubmit }: Props) {
  const [draft, setDraft] = useState<ZoneInput>(() => (existing ? inputOf(existing) : emptyZoneInput()));
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const edit = (patch: Partial<ZoneInput>) => setDraft((d) => compact({ ...d, ...patch }));

  const nameError = zoneNameProblem(draft.name, zones, existing?.id);
  const parsed = zoneInputSchema.safeParse(draft);
  const otherError = parsed.success ? null : parsed.error.issues.find((i) => i.path[0] !== 'name')?.message;
  const renaming = existing !== undefined && draft.name.trim() !== existing.name && assetCount > 0;

  async function submit() {
    setSubmitted(true);
    if (nameError || !parsed.success) return;
    setSaving(true);
    const ok = await onSubmit(parsed.data);
    setSaving(false);
    if (ok) onCancel();
  }

  const toggleLevel = (level: (typeof ZONE_PURDUE_LEVELS)[number], on: boolean) =>
    edit({ purdueLevels: ZONE_PURDUE_LEVELS.filter((l) => (l === level ? on : draft.purdueLevels.includes(l))) });

  return (
    <FormDialog
      title={existing ? `Edit zone “${existing.name}”` : 'New zone'}
      submit={existing ? 'Save zone' : 'Add zone'}
      onSubmit={() => void submit()}
      onCancel={onCancel}
      saving={saving}
    >
      {existing && <RecordHistoryButton className="record-history-corner" recordId={existing.id} label={`zone “${existing.name}”`} />}
      <div className="form-grid">
        <FormField
          label="Zone name *"
          error={submitted ? (nameError ?? undefined) : undefined}
          hint={renaming ? `The ${assetCount.toLocaleString('en-GB')} assets in “${existing.name}” move to the new name.` : 'Assets join the zone by this name (their Zone column).'}
        >
          <input autoFocus value={draft.name} maxLength={200} onChange={(e) => edit({ name: e.target.value })} />
        </FormField>
        <FormField label="Accountable owner" hint="The person or organisation responsible for the zone.">
          <input value={draft.owner} maxLength={200} onChange={(e) => edit({ owner: e.target.value })} />
        </FormField>
        <FormField label="Description" wide>
          <textarea rows={2} value={draft.description} maxLength={20000} onChange={(e) => edit({ description: e.target.value })} />
        </FormField>
        <fieldset className="field field-wide">
          <legend className="field-label">Purdue levels</legend>
          <div className="check-row">
            {ZONE_PURDUE_LEVELS.map((level) => (
              <label key={level} className="check">
                <input type="checkbox" checked={draft.purdueLevels.includes(level)} onChange={(e) => toggleLevel(level, e.target.checked)} />
                {level} · {PURDUE_LEVEL_NAMES[level]}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="check field-wide">
          <input type="checkbox" checked={draft.safety} onChange={(e) => edit({ safety: e.target.checked })} />
          Safety zone: holds safety-related assets, such as a safety instrumented system
        </label>
        <SecurityLevelField
          short="SL-T"
          label="Target security level (SL-T)"
          level={draft.slTarget}
          perFr={draft.slTargetPerFr}
          onChange={(slTarget, slTargetPerFr) => edit({ slTarget, slTargetPerFr })}
        />
        <SecurityLevelField
          short="SL-A"
          label="Achieved security level (SL-A)"
          level={draft.slAchieved}
          perFr={draft.slAchievedPerFr}
          onChange={(slAchieved, slAchievedPerFr) => edit({ slAchieved, slAchievedPerFr })}
        />
      </div>
      {submitted && otherError && <p className="field-error">{otherError}</p>}
    </FormDialog>
  );
}
