import { useState } from 'react';
import { Dialog } from '../../ui/Dialog';
import { FormField } from '../../ui/FormField';

/** Sets this laptop's assessor name: who the audit trail and merges name for the changes made here. */
export function ProfileDialog({ name, onCancel, onSave }: { name: string; onCancel: () => void; onSave: (name: string) => Promise<boolean> }) {
  const [draft, setDraft] = useState(name);
  const [saving, setSaving] = useState(false);
  const empty = draft.trim() === '';

  async function save() {
    if (empty || saving) return;
    setSaving(true);
    const ok = await onSave(draft);
    setSaving(false);
    if (ok) onCancel();
  }

  return (
    <Dialog
      title="Assessor on this laptop"
      onClose={onCancel}
      onSubmit={() => void save()}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={empty || saving}>
            Save name
          </button>
        </>
      }
    >
      <p className="profile-lead">
        The audit trail and merges name you with every change made on this laptop, in every assessment. Changes already recorded keep the name they had.
      </p>
      <FormField label="Your name">
        <input autoFocus value={draft} maxLength={120} placeholder="e.g. Ana Ruiz" onChange={(e) => setDraft(e.target.value)} onFocus={(e) => e.target.select()} />
      </FormField>
    </Dialog>
  );
}
