import { useState } from 'react';
import type { P12File } from '../../store/slices/reports.slice';
import { useAppStore } from '../../store';
import { FormDialog } from '../../ui/FormDialog';
import { PassphraseField } from '../../ui/PassphraseFields';

/** Asks the passphrase of a picked .p12/.pfx and stores the file only once the passphrase opens it. */
export function ImportIdentityDialog({ file, onClose }: { file: P12File; onClose: () => void }) {
  const importSigningIdentity = useAppStore((s) => s.importSigningIdentity);
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  async function submit() {
    setChecking(true);
    const found = await importSigningIdentity(file, passphrase);
    setChecking(false);
    if (found) setProblem(found);
    else onClose();
  }

  return (
    <FormDialog title={`Import “${file.fileName}”`} submit={checking ? 'Checking…' : 'Check and import'} onSubmit={() => void submit()} onCancel={onClose} saving={checking}>
      <p className="dialog-lead">The passphrase is checked now and asked again each time you sign; it is never stored. The file is kept as it is, encrypted.</p>
      <PassphraseField
        label="Passphrase of the file"
        value={passphrase}
        onChange={(value) => {
          setPassphrase(value);
          setProblem(null);
        }}
        error={problem ?? undefined}
        autoFocus
        autoComplete="current-password"
      />
    </FormDialog>
  );
}
