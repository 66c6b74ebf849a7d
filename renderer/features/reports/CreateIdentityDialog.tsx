import { z } from 'zod';
import { newIdentitySchema, PASSPHRASE_MIN } from '../../../shared/report/signing';
import { useAppStore } from '../../store';
import { FormDialog } from '../../ui/FormDialog';
import { FormField } from '../../ui/FormField';
import { NewPassphraseFields } from '../../ui/PassphraseFields';
import { Options } from '../../ui/Options';
import { useFormDraft } from '../../ui/use-form-draft';

const YEARS = Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: i === 0 ? '1 year' : `${i + 1} years` }));

/** The identity plus the passphrase typed a second time, which must match (and is then dropped). */
const formSchema = newIdentitySchema
  .extend({ confirm: z.string() })
  .refine((d) => d.confirm === d.passphrase, { path: ['confirm'], message: 'The two passphrases differ' });

interface Props {
  /** Prefills the name, e.g. the assessment's first assessor. */
  suggestedName: string;
  /** The certificate this one replaces, if any. */
  replacing: string | null;
  onClose: () => void;
}

/** A self-signed signing certificate made on this laptop; its key goes into a .p12 encrypted under the passphrase. */
export function CreateIdentityDialog({ suggestedName, replacing, onClose }: Props) {
  const createSigningIdentity = useAppStore((s) => s.createSigningIdentity);
  const { draft, edit, errors, saving, submit } = useFormDraft({
    initial: { commonName: suggestedName, organisation: '', email: '', passphrase: '', confirm: '', validityYears: '3' },
    schema: formSchema,
    toInput: (d) => ({ ...d, validityYears: Number(d.validityYears) }),
    onSave: ({ confirm: _confirm, ...identity }) => createSigningIdentity(identity),
    onDone: onClose,
  });

  return (
    <FormDialog title="Create a self-signed certificate" submit="Create certificate" onSubmit={() => void submit()} onCancel={onClose} saving={saving}>
      <p className="dialog-lead">
        The report is signed with this certificate. Readers see that it is self-signed: they can check the document is unchanged since signing, and compare
        the fingerprint with the one you give them.{replacing && ` It replaces the certificate of “${replacing}” on this laptop.`}
      </p>
      <div className="form-grid">
        <FormField label="Name *" error={errors.commonName} hint="Your name, as it appears in the signature.">
          <input autoFocus value={draft.commonName} maxLength={200} onChange={(e) => edit({ commonName: e.target.value })} />
        </FormField>
        <FormField label="Organisation" error={errors.organisation}>
          <input value={draft.organisation} maxLength={200} onChange={(e) => edit({ organisation: e.target.value })} />
        </FormField>
        <FormField label="E-mail" error={errors.email}>
          <input type="email" value={draft.email} maxLength={200} onChange={(e) => edit({ email: e.target.value })} />
        </FormField>
        <FormField label="Valid for">
          <select value={draft.validityYears} onChange={(e) => edit({ validityYears: e.target.value })}>
            <Options options={YEARS} />
          </select>
        </FormField>
        <NewPassphraseFields
          passphrase={draft.passphrase}
          confirm={draft.confirm}
          onChange={edit}
          errors={errors}
          required
          hint={`At least ${PASSPHRASE_MIN} characters. Asked each time you sign; it is never stored.`}
        />
      </div>
    </FormDialog>
  );
}
