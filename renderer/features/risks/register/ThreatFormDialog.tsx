import { useState } from 'react';
import { ASSET_TYPE_KEYS, ASSET_TYPES } from '../../../../shared/assets/taxonomy';
import { threatSchema } from '../../../../shared/risk/threats';
import type { Threat } from '../../../../shared/risk/types';
import { useFormDraft } from '../../../ui/use-form-draft';
import { FormDialog } from '../../../ui/FormDialog';
import { FormField } from '../../../ui/FormField';
import { LinkList } from '../LinkList';

/** The form's text: the lists are edited one item per line. */
interface Draft {
  title: string;
  description: string;
  typicalVulnerabilities: string;
  assetTypes: string[];
  countermeasures: string;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const draftOf = (t: Threat | undefined): Draft => ({
  title: t?.title ?? '',
  description: t?.description ?? '',
  typicalVulnerabilities: t?.typicalVulnerabilities.join('\n') ?? '',
  assetTypes: t?.assetTypes ?? [],
  countermeasures: t?.countermeasures.join('\n') ?? '',
});

const ASSET_TYPE_ITEMS = ASSET_TYPE_KEYS.map((key) => ({ id: key, label: ASSET_TYPES[key] }));

interface Props {
  /** The own threat being edited; a new one otherwise. */
  existing?: Threat;
  onCancel: () => void;
  onSave: (threat: Threat) => Promise<boolean>;
}

/** Adds or edits one of the assessor's own threats, shaped like the catalogue's. */
export function ThreatFormDialog({ existing, onCancel, onSave }: Props) {
  const [id] = useState(() => existing?.id ?? crypto.randomUUID());
  const { draft, edit, errors, saving, submit } = useFormDraft({
    initial: () => draftOf(existing),
    schema: threatSchema,
    toInput: (d: Draft) => ({
      id,
      title: d.title,
      description: d.description,
      typicalVulnerabilities: lines(d.typicalVulnerabilities),
      assetTypes: d.assetTypes,
      countermeasures: lines(d.countermeasures),
    }),
    onSave,
    onDone: onCancel,
  });

  const toggleType = (key: string, on: boolean) =>
    edit({ assetTypes: on ? [...draft.assetTypes, key] : draft.assetTypes.filter((t) => t !== key) });

  return (
    <FormDialog title={existing ? 'Edit threat' : 'New threat'} submit={existing ? 'Save threat' : 'Add threat'} onSubmit={() => void submit()} onCancel={onCancel} saving={saving}>
      <div className="form-grid threat-form">
        <FormField label="Threat title *" error={errors.title ?? errors.id} wide>
          <input autoFocus value={draft.title} maxLength={300} onChange={(e) => edit({ title: e.target.value })} />
        </FormField>
        <FormField label="Description" error={errors.description} hint="Who attacks, how, and what they reach." wide>
          <textarea rows={3} value={draft.description} maxLength={20000} onChange={(e) => edit({ description: e.target.value })} />
        </FormField>
        <FormField label="Typical vulnerabilities" error={errors.typicalVulnerabilities} hint="One per line.">
          <textarea rows={4} value={draft.typicalVulnerabilities} onChange={(e) => edit({ typicalVulnerabilities: e.target.value })} />
        </FormField>
        <FormField label="Countermeasures" error={errors.countermeasures} hint="One per line.">
          <textarea rows={4} value={draft.countermeasures} onChange={(e) => edit({ countermeasures: e.target.value })} />
        </FormField>
        <LinkList legend="Affected asset types" empty="" items={ASSET_TYPE_ITEMS} chosen={draft.assetTypes} onToggle={toggleType} />
        {errors.assetTypes && <p className="field-error field-wide">{errors.assetTypes}</p>}
      </div>
    </FormDialog>
  );
}
