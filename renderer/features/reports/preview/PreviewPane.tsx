import type { ReportPreview } from '../../../store/slices/reports.slice';
import { formatDateTime } from '../../../ui/format';
import { PdfPreview } from './PdfPreview';

function SignatureBanner({ preview }: { preview: ReportPreview }) {
  const { signature } = preview.report;
  if (!signature) return <p className="preview-banner preview-banner-unsigned">Not signed.</p>;
  const { certificate } = signature;
  return (
    <div className="preview-banner preview-banner-signed" data-testid="signature-banner">
      <span>
        Signed by <strong>{certificate.commonName}</strong>
        {certificate.organisation && `, ${certificate.organisation}`}
        {certificate.selfSigned && ' · self-signed'} · {formatDateTime(signature.signedAt)}
      </span>
      <span className="fingerprint">SHA-256 {certificate.sha256Fingerprint}</span>
    </div>
  );
}

interface Props {
  preview: ReportPreview | null;
  /** False once the options or the signing choice differ from what the preview was made from. */
  current: boolean;
  busy: string | null;
}

/** The previewed PDF as it will be saved, with who signed it, or what to do to get one. */
export function PreviewPane({ preview, current, busy }: Props) {
  return (
    <section className="preview-pane" aria-label="PDF preview">
      {busy && (
        <div className="preview-busy" role="status">
          <progress aria-label={busy} />
          {busy}
        </div>
      )}
      {!preview && !busy && (
        <div className="preview-empty">
          <h2>No preview yet</h2>
          <p className="muted">Preview PDF generates the report as it will be saved, signed if you chose to sign, and shows it here page by page.</p>
        </div>
      )}
      {preview && (
        <>
          <SignatureBanner preview={preview} />
          {!current && (
            <p className="preview-banner preview-banner-stale" role="status">
              The options changed since this preview. Preview PDF shows them; Save PDF generates the report again before saving.
            </p>
          )}
          <PdfPreview key={preview.report.reportId} pdf={preview.report.pdf} />
        </>
      )}
    </section>
  );
}
