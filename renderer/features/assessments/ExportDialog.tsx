import { z } from 'zod';
import { MIN_NEW_PASSPHRASE_CHARS, newPassphraseProblem } from '../../../shared/bundle/encryption';
import type { Assessment } from '../../../shared/domain/assessment';
import { Dialog } from '../../ui/Dialog';
import { NewPassphraseFields } from '../../ui/PassphraseFields';
import { useFormDraft } from '../../ui/use-form-draft';
import './assessments.css';

/** Protected (the default) needs a passphrase that passes the rule, typed twice alike; unprotected needs nothing. */
const formSchema = z
  .object({ protect: z.boolean(), passphrase: z.string(), confirm: z.string() })
  .superRefine((d, ctx) => {
    if (!d.protect) return;
    const problem = newPassphraseProblem(d.passphrase);
    if (problem) ctx.addIssue({ code: 'custom', path: ['passphrase'], message: problem });
    else if (d.confirm !== d.passphrase) ctx.addIssue({ code: 'custom', path: ['confirm'], message: 'The two passphrases differ' });
  });

interface Props {
  assessment: Assessment;
  onExport: (passphrase: string | undefined) => Promise<boolean>;
  onClose: () => void;
}

/** Asks whether to encrypt the `.csms` file before the save dialog: the file holds the plant's network and its gaps. */
export function ExportDialog({ assessment, onExport, onClose }: Props) {
  const { draft, edit, errors, saving, submit } = useFormDraft({
    initial: { protect: true, passphrase: '', confirm: '' },
    schema: formSchema,
    // Closes whether the file was saved or the save dialog was cancelled; a failure shows as a notice.
    onSave: async (d) => (await onExport(d.protect ? d.passphrase : undefined), true),
    onDone: onClose,
  });

  return (
    <Dialog
      title={`Export “${assessment.name}”`}
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? 'Exporting…' : 'Choose where to save…'}
          </button>
        </>
      }
    >
      <fieldset className="export-choice">
        <legend className="visually-hidden">Protection of the file</legend>
        <label className="radio">
          <input type="radio" name="protect" checked={draft.protect} onChange={() => edit({ protect: true })} />
          <span>
            <strong>Encrypt with a passphrase</strong> (recommended)
            <span className="muted small export-choice-note">
              The file holds the plant’s network, addresses and weaknesses. Nobody can open it without the passphrase, and a forgotten passphrase cannot be recovered.
            </span>
          </span>
        </label>
        <label className="radio">
          <input type="radio" name="protect" checked={!draft.protect} onChange={() => edit({ protect: false, passphrase: '', confirm: '' })} />
          <span>
            <strong>No passphrase</strong>
            <span className="muted small export-choice-note">Anyone who gets the file can read it.</span>
          </span>
        </label>
      </fieldset>
      {draft.protect && (
        <div className="export-passphrase">
          <NewPassphraseFields
            passphrase={draft.passphrase}
            confirm={draft.confirm}
            onChange={edit}
            errors={errors}
            autoFocus
            hint={`At least ${MIN_NEW_PASSPHRASE_CHARS} characters; a few unrelated words are easy to type and hard to guess. Tell it to whoever will open the file separately, never with the file.`}
          />
        </div>
      )}
    </Dialog>
  );
}
