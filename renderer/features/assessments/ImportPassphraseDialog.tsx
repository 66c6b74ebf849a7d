import { useState } from 'react';
import { useAppStore } from '../../store';
import type { PassphrasePrompt } from '../../store/slices/assessments.slice';
import { Dialog } from '../../ui/Dialog';
import { PassphraseField } from '../../ui/PassphraseFields';
import './assessments.css';

/** Shown while an encrypted file waits for its passphrase; a wrong one keeps it open with the reason, to try again. */
export function ImportPassphraseDialog({ prompt }: { prompt: PassphrasePrompt }) {
  const busy = useAppStore((s) => s.busy);
  const unlock = useAppStore((s) => s.unlockImportFile);
  const cancel = useAppStore((s) => s.cancelImportFile);
  const [passphrase, setPassphrase] = useState('');
  // The reason for the last failure shows until the passphrase is edited.
  const [edited, setEdited] = useState(false);
  const opening = busy !== null;

  return (
    <Dialog
      title={`Open “${prompt.fileName}”`}
      onClose={cancel}
      onSubmit={() => {
        setEdited(false);
        void unlock(passphrase);
      }}
      actions={
        <>
          <button type="button" className="button" onClick={cancel}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={opening}>
            {opening ? 'Opening…' : 'Open'}
          </button>
        </>
      }
    >
      <p className="import-passphrase-lead">This assessment file is encrypted. Enter the passphrase it was exported with; it is not stored.</p>
      <PassphraseField
        label="Passphrase"
        value={passphrase}
        onChange={(value) => {
          setPassphrase(value);
          setEdited(true);
        }}
        error={edited ? undefined : (prompt.problem ?? undefined)}
        autoFocus
        autoComplete="current-password"
      />
    </Dialog>
  );
}
