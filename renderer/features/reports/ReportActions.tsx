import type { SigningIdentity } from '../../../shared/report/signing';
import { validityProblem } from './certificate-validity';

interface Props {
  identity: SigningIdentity | null;
  sign: boolean;
  onSign: (sign: boolean) => void;
  passphrase: string;
  onPassphrase: (passphrase: string) => void;
  /** Why nothing can be generated now (the options need fixing), or null. */
  blocked: string | null;
  busy: boolean;
  onPreview: () => void;
  onSavePdf: () => void;
  onExportWorkbook: () => void;
}

/** Whether and how to sign, and the three things to make: the preview, the saved PDF and the workbook. */
export function ReportActions({ identity, sign, onSign, passphrase, onPassphrase, blocked, busy, onPreview, onSavePdf, onExportWorkbook }: Props) {
  const expired = identity ? validityProblem(identity.certificate) : null;
  return (
    <form
      className="report-actions"
      aria-label="Generate the report"
      onSubmit={(e) => {
        e.preventDefault();
        onPreview();
      }}
    >
      <div className="report-signing-choice">
        <label className="check">
          <input type="checkbox" checked={sign} disabled={!identity} onChange={(e) => onSign(e.target.checked)} />
          {identity ? `Sign the PDF as ${identity.certificate.commonName}` : 'Sign the PDF (needs a certificate, below)'}
        </label>
        {sign && identity && (
          <label className="report-passphrase">
            Passphrase
            <input className="text-input" type="password" autoComplete="current-password" value={passphrase} onChange={(e) => onPassphrase(e.target.value)} />
          </label>
        )}
        {sign && expired && <span className="field-error">{expired}</span>}
      </div>
      <div className="report-buttons">
        <button type="submit" className="button button-primary" disabled={busy || blocked !== null}>
          Preview PDF
        </button>
        <button type="button" className="button" disabled={busy || blocked !== null} onClick={onSavePdf}>
          Save PDF…
        </button>
        <button type="button" className="button" disabled={busy || blocked !== null} onClick={onExportWorkbook}>
          Export Excel workbook…
        </button>
      </div>
      {blocked && <p className="field-error">{blocked}</p>}
    </form>
  );
}
