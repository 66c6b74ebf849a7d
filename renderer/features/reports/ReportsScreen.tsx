import { useEffect } from 'react';
import { useAppStore } from '../../store';
import { EmptyState } from '../../ui/EmptyState';
import { ReportWorkspace } from './ReportWorkspace';
import { useReportFacts } from './use-report-facts';
import './reports.css';
import { ScreenHeader } from '../../ui/ScreenHeader';

/** Step 6: the deliverables. The PDF report (previewed, optionally signed) and the Excel workbook. */
export function ReportsScreen({ assessmentId }: { assessmentId: string }) {
  const facts = useReportFacts(assessmentId);
  const setup = useAppStore((s) => s.reportSetup);
  const loadReportSetup = useAppStore((s) => s.loadReportSetup);
  const discardReportPreview = useAppStore((s) => s.discardReportPreview);
  const notify = useAppStore((s) => s.notify);

  useEffect(() => {
    loadReportSetup(assessmentId).catch((e: unknown) => notify('error', `Could not read the report options: ${e instanceof Error ? e.message : String(e)}`));
  }, [assessmentId, loadReportSetup, notify]);
  // The assessment can change on other screens, so a preview never outlives this one; main frees its copy too.
  useEffect(() => () => void discardReportPreview(), [assessmentId, discardReportPreview]);

  return (
    <div className="screen screen-full reports">
      <ScreenHeader title="Reports" lead="The report for site management as a PDF, previewed here and digitally signed, and every table as an Excel workbook." />
      {facts === null && (
        <EmptyState title="This assessment no longer exists">
          <p>It was deleted, perhaps in another window. Open another assessment from the Assessments screen.</p>
        </EmptyState>
      )}
      {facts && setup?.assessmentId === assessmentId && <ReportWorkspace key={assessmentId} assessmentId={assessmentId} facts={facts} stored={setup.options} />}
    </div>
  );
}
