import { useState } from 'react';
import type { ReportOptions } from '../../../shared/report/options';
import { sameBasis } from '../../store/slices/reports.slice';
import { useAppStore } from '../../store';
import { PreviewPane } from './preview/PreviewPane';
import { ReportActions } from './ReportActions';
import { ReportOptionsForm } from './ReportOptionsForm';
import { SigningPanel } from './SigningPanel';
import { emptyParts, type ReportFacts } from './report-facts';
import { useOptionsDraft } from './use-options-draft';

interface Props {
  assessmentId: string;
  facts: ReportFacts;
  /** The options stored for this assessment (or its defaults), where the form starts. */
  stored: ReportOptions;
}

/** Options and signing on the left, the preview on the right; the actions above the preview use both. */
export function ReportWorkspace({ assessmentId, facts, stored }: Props) {
  const { draft, edit, errors, options } = useOptionsDraft(assessmentId, stored);
  const identity = useAppStore((s) => s.signingIdentity) ?? null;
  const preview = useAppStore((s) => s.reportPreview);
  const busy = useAppStore((s) => s.reportBusy);
  const previewReport = useAppStore((s) => s.previewReport);
  const saveReportPdf = useAppStore((s) => s.saveReportPdf);
  const exportReportWorkbook = useAppStore((s) => s.exportReportWorkbook);
  // Signing is on by default whenever there is a certificate; the assessor's own choice wins once made.
  const [signChoice, setSignChoice] = useState<boolean | null>(null);
  const sign = identity !== null && (signChoice ?? true);
  const [passphrase, setPassphrase] = useState('');

  const signedWith = sign && identity ? identity.certificate.sha256Fingerprint : null;
  const current = preview !== null && options !== null && sameBasis(preview.basis, { assessmentId, options, signedWith });
  const passphraseOrNull = sign ? passphrase : null;
  const empty = emptyParts(facts);

  return (
    <div className="reports-layout">
      <div className="reports-side">
        {empty.length > 0 && (
          <p className="reports-note" role="note">
            Nothing recorded yet for {new Intl.ListFormat('en-GB').format(empty)}: their sections of the report will say “not assessed”.
          </p>
        )}
        <section className="reports-section" aria-labelledby="report-options-heading">
          <h2 id="report-options-heading">Report options</h2>
          <p className="muted small">Kept with this assessment on this laptop, images included.</p>
          <ReportOptionsForm draft={draft} errors={errors} onEdit={edit} assetCount={facts.coverage.assets} />
        </section>
        <section className="reports-section" aria-labelledby="signing-heading">
          <h2 id="signing-heading">Signing certificate</h2>
          <SigningPanel suggestedName={facts.assessment.assessors[0] ?? ''} />
        </section>
      </div>
      <div className="reports-main">
        <ReportActions
          identity={identity}
          sign={sign}
          onSign={setSignChoice}
          passphrase={passphrase}
          onPassphrase={setPassphrase}
          blocked={options ? null : 'Fix the marked report options first.'}
          busy={busy !== null}
          onPreview={() => options && void previewReport(assessmentId, options, passphraseOrNull)}
          onSavePdf={() => options && void saveReportPdf(assessmentId, options, passphraseOrNull)}
          onExportWorkbook={() => options && void exportReportWorkbook(assessmentId, options)}
        />
        <PreviewPane preview={preview} current={current} busy={busy} />
      </div>
    </div>
  );
}
