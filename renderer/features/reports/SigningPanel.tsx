import { useState } from 'react';
import type { P12File } from '../../store/slices/reports.slice';
import { useAppStore } from '../../store';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { CertificateDetails } from './CertificateDetails';
import { CreateIdentityDialog } from './CreateIdentityDialog';
import { ImportIdentityDialog } from './ImportIdentityDialog';

type Open = { kind: 'create' } | { kind: 'import'; file: P12File } | { kind: 'remove' } | null;

/** The assessor's signing certificate on this laptop: its details, create, import and remove. */
export function SigningPanel({ suggestedName }: { suggestedName: string }) {
  const identity = useAppStore((s) => s.signingIdentity);
  const openSigningFile = useAppStore((s) => s.openSigningFile);
  const removeSigningIdentity = useAppStore((s) => s.removeSigningIdentity);
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);

  async function importFile() {
    const file = await openSigningFile();
    if (file) setOpen({ kind: 'import', file });
  }

  return (
    <div className="signing">
      {identity ? (
        <CertificateDetails certificate={identity.certificate} fileName={identity.fileName} />
      ) : (
        <p className="muted">
          No signing certificate on this laptop. Create a self-signed one here, or import the .p12 or .pfx file your organisation issued you.
        </p>
      )}
      <div className="signing-actions">
        <button type="button" className="button button-small" onClick={() => setOpen({ kind: 'create' })}>
          Create self-signed certificate…
        </button>
        <button type="button" className="button button-small" onClick={() => void importFile()}>
          Import certificate (.p12/.pfx)…
        </button>
        {identity && (
          <button type="button" className="button button-small button-danger-quiet" onClick={() => setOpen({ kind: 'remove' })}>
            Remove
          </button>
        )}
      </div>
      {open?.kind === 'create' && <CreateIdentityDialog suggestedName={suggestedName} replacing={identity?.certificate.commonName ?? null} onClose={close} />}
      {open?.kind === 'import' && <ImportIdentityDialog file={open.file} onClose={close} />}
      {open?.kind === 'remove' && identity && (
        <ConfirmDialog
          title="Remove the signing certificate?"
          confirm="Remove certificate"
          cancel="Keep it"
          danger
          onConfirm={() => void removeSigningIdentity().then(close)}
          onCancel={close}
        >
          <p>
            “{identity.fileName}”, the certificate of {identity.certificate.commonName} with its key, is deleted from this laptop. Reports saved already keep
            their signatures.
          </p>
          <p>One created here cannot be recovered afterwards; an imported one can be imported again from its file.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
