import { useEffect, useMemo, useRef, useState } from 'react';
import type { Asset, AssetField } from '../../../shared/assets/asset';
import { newId, nowIso } from '../../../shared/domain/record';
import { applySavedMapping, mappingByHeader, mappingNamesRows, mappingSignature, mergesByDefault, savedMappingOf, type DuplicateFindings } from '../../../shared/import';
import { unpackRows } from '../../../shared/import/packed-rows';
import { planImport, withSkippedRows, type DuplicateChoice } from '../../../shared/import/plan-import';
import { MAX_REPORT_ISSUES, type ImportReport } from '../../../shared/import/report';
import type { ColumnMapping, ImportedRow, SheetAnalysis } from '../../../shared/import/types';
import type { ImportOpenResult } from '../../../shared/ipc/contract';
import { settings } from '../../db/instance';
import { useAppStore } from '../../store';
import { api, unwrap } from '../../api';
import { Dialog } from '../../ui/Dialog';
import { duplicatesOf, mappingForIpc, membersOf, RowPrefetch } from './import-flow';
import { MappingStep } from './MappingStep';
import { ReviewStep } from './ReviewStep';

type Opened = Extract<ImportOpenResult, { status: 'opened' }>;
type Step =
  | { kind: 'busy'; label: string; done?: number; total?: number }
  | { kind: 'failed'; message: string }
  | { kind: 'mapping' }
  | { kind: 'review'; rows: ImportedRow[]; existing: Asset[]; findings: DuplicateFindings }
  | { kind: 'done'; report: ImportReport };

const PREVIEW_ROWS = 30;
const mappingKey = (signature: string) => `importMapping:${signature}`;

/** The spreadsheet import: file → sheet and mapping → review with duplicates → one-transaction write → report. */
export function ImportWizard({ assessmentId, onClose }: { assessmentId: string; onClose: () => void }) {
  const notify = useAppStore((s) => s.notify);
  const importAssets = useAppStore((s) => s.importAssets);
  const snapshotAhead = useAppStore((s) => s.snapshotAhead);
  const stored = useAppStore((s) => (s.inventory?.assessmentId === assessmentId ? s.inventory.assets : null));
  const [sessionId] = useState(newId);
  const cancelled = useRef(false);
  const [prefetch] = useState(() => new RowPrefetch());
  const [step, setStep] = useState<Step>({ kind: 'busy', label: 'Choose a file…' });
  const [file, setFile] = useState<Opened | null>(null);
  const [sheet, setSheet] = useState('');
  const [analysis, setAnalysis] = useState<SheetAnalysis | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [savedUsed, setSavedUsed] = useState(false);
  const [remember, setRemember] = useState(true);
  const [preview, setPreview] = useState<ImportedRow[]>([]);
  const [choices, setChoices] = useState<DuplicateChoice[]>([]);

  // The parent passes a new closure each render; the file must still be opened only once.
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });

  const fail = (error: unknown) => setStep({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });

  // The snapshot taken before the import (in a worker) starts now, so a large inventory's copy is ready by the write.
  useEffect(() => snapshotAhead('before-import'), [snapshotAhead]);

  // Open the file once; poll main for progress while it reads.
  useEffect(() => {
    let active = true;
    const timer = window.setInterval(async () => {
      const progress = await api().importProgress({ sessionId });
      if (active && progress.ok && progress.value.phase !== 'choosing' && progress.value.phase !== 'ready')
        setStep({ kind: 'busy', label: 'Reading the file…', done: progress.value.rowsRead });
    }, 250);
    api()
      .importOpenFile({ sessionId })
      .then((result) => {
        const opened = unwrap(result);
        if (!active) return;
        if (opened.status === 'cancelled') return close.current();
        setFile(opened);
        setSheet(opened.proposedSheet);
      })
      .catch((e) => active && fail(e))
      .finally(() => window.clearInterval(timer));
    return () => {
      active = false;
      window.clearInterval(timer);
      void api().importClose({ sessionId });
    };
  }, [sessionId]);

  // Analyse the chosen sheet (header row and proposed mapping), preferring a mapping saved for this shape.
  useEffect(() => {
    if (!file || !sheet) return;
    let active = true;
    (async () => {
      const result = unwrap(await api().importAnalyse({ sessionId, sheet }));
      const saved = await settings.get<Record<string, AssetField>>(mappingKey(mappingSignature(result.columns)));
      if (!active) return;
      setAnalysis(result);
      setMapping(saved ? applySavedMapping(result.columns, saved) : result.mapping);
      setSavedUsed(saved !== undefined);
      setStep({ kind: 'mapping' });
    })().catch(fail);
    return () => {
      active = false;
    };
  }, [file, sheet, sessionId]);

  // Keep the preview in step with the mapping.
  useEffect(() => {
    if (!analysis) return;
    let active = true;
    api()
      .importRows({ sessionId, sheet, headerRowIndex: analysis.headerRowIndex, mapping: mappingForIpc(mapping), offset: 0, limit: PREVIEW_ROWS })
      .then((r) => active && setPreview(unpackRows(unwrap(r).rows)))
      .catch(fail);
    return () => {
      active = false;
    };
  }, [analysis, mapping, sessionId, sheet]);

  // Check every row ahead while the mapping is on screen, once something can name the rows.
  useEffect(() => {
    if (!analysis || !mappingNamesRows(mapping)) return;
    prefetch.start({ sessionId, sheet, headerRowIndex: analysis.headerRowIndex, mapping, total: analysis.dataRowCount });
  }, [analysis, mapping, prefetch, sessionId, sheet]);
  useEffect(() => () => prefetch.stop(), [prefetch]);

  async function changeHeaderRow(headerRowIndex: number) {
    try {
      const result = unwrap(await api().importAnalyse({ sessionId, sheet, headerRowIndex }));
      setAnalysis(result);
      setMapping(result.mapping);
      setSavedUsed(false);
    } catch (e) {
      fail(e);
    }
  }

  async function review() {
    if (!analysis) return;
    try {
      if (remember) await settings.set(mappingKey(mappingSignature(analysis.columns)), savedMappingOf(analysis.columns, mapping));
      setStep({ kind: 'busy', label: 'Checking every row…', done: 0, total: analysis.dataRowCount });
      const rows = await prefetch.take(
        { sessionId, sheet, headerRowIndex: analysis.headerRowIndex, mapping, total: analysis.dataRowCount },
        (done, total) => setStep({ kind: 'busy', label: 'Checking every row…', done, total }),
      );
      if (!rows || cancelled.current) return onClose();
      setStep({ kind: 'busy', label: 'Looking for duplicates…' });
      if (!stored) throw new Error('The inventory is still loading; try again in a moment.');
      const existing = stored;
      const findings = duplicatesOf(rows, existing);
      setChoices(findings.groups.map((g) => (mergesByDefault(g) ? 'merge' : 'keep')));
      setStep({ kind: 'review', rows, existing, findings });
    } catch (e) {
      fail(e);
    }
  }

  const plan = useMemo(
    () =>
      step.kind === 'review'
        ? withSkippedRows(planImport(step.rows, step.existing, step.findings.groups, (i) => choices[i] ?? 'keep'), analysis?.skippedRows ?? [])
        : null,
    [step, choices, analysis],
  );

  async function write() {
    if (step.kind !== 'review' || !plan || !analysis || !file) return;
    const issues = step.rows.flatMap((r) => r.issues);
    const report: ImportReport = {
      fileName: file.fileName,
      sheet,
      headerRow: analysis.headerRowIndex + 1,
      importedAt: nowIso(),
      counts: plan.counts,
      mapping: mappingByHeader(analysis.columns, mapping),
      outcomes: plan.outcomes,
      issues: issues.slice(0, MAX_REPORT_ISSUES),
      ...(issues.length > MAX_REPORT_ISSUES ? { issuesLeftOut: issues.length - MAX_REPORT_ISSUES } : {}),
    };
    // Merged stored assets are written with the new ones, so the bar counts both.
    const total = plan.add.length + plan.update.length;
    const label = 'Writing to the inventory…';
    setStep({ kind: 'busy', label, done: 0, total });
    try {
      await importAssets(plan, report, (done) => setStep({ kind: 'busy', label, done, total }));
      setStep({ kind: 'done', report });
    } catch (e) {
      fail(new Error(`Nothing was imported: ${e instanceof Error ? e.message : String(e)}`));
    }
  }

  async function saveReport(report: ImportReport) {
    try {
      const result = unwrap(await api().importSaveReport({ report }));
      if (result.status === 'saved') notify('success', `Saved the import report to ${result.path}.`);
    } catch (e) {
      notify('error', e instanceof Error ? e.message : String(e));
    }
  }

  const cancel = () => {
    cancelled.current = true;
    prefetch.stop();
    void api().importCancel({ sessionId });
    onClose();
  };

  const memberOf = useMemo(() => (step.kind === 'review' ? membersOf(step.rows, step.existing) : null), [step]);

  const title = file ? `Import “${file.fileName}”` : 'Import a spreadsheet';
  const actions = (
    <>
      {step.kind === 'done' ? (
        <>
          <button type="button" className="button" onClick={() => void saveReport(step.report)}>
            Save report (xlsx)…
          </button>
          <button type="button" className="button button-primary" onClick={onClose}>
            Close
          </button>
        </>
      ) : (
        <>
          <button type="button" className="button" onClick={cancel}>
            Cancel
          </button>
          {step.kind === 'mapping' && (
            <button type="button" className="button button-primary" onClick={() => void review()} disabled={!mappingNamesRows(mapping)}>
              Check rows
            </button>
          )}
          {step.kind === 'review' && plan && (
            <button type="button" className="button button-primary" onClick={() => void write()}>
              Import {plan.counts.imported.toLocaleString('en-GB')} new
              {plan.counts.merged > 0 && `, merge ${plan.counts.merged.toLocaleString('en-GB')}`}
            </button>
          )}
        </>
      )}
    </>
  );

  return (
    <Dialog title={title} onClose={cancel} actions={actions} wide>
      {step.kind === 'busy' && (
        <div className="wizard-busy" role="status">
          <p>{step.label}</p>
          <progress max={step.total ?? undefined} value={step.total ? step.done : undefined} aria-label={step.label} />
          {step.done !== undefined && (
            <p className="muted small">
              {step.done.toLocaleString('en-GB')}
              {step.total ? ` of ${step.total.toLocaleString('en-GB')}` : ''} rows
            </p>
          )}
        </div>
      )}
      {step.kind === 'failed' && (
        <p className="wizard-error" role="alert">
          {step.message}
        </p>
      )}
      {step.kind === 'mapping' && file && analysis && (
        <MappingStep
          sheets={file.sheets}
          sheet={sheet}
          onSheet={setSheet}
          analysis={analysis}
          onHeaderRow={(i) => void changeHeaderRow(i)}
          mapping={mapping}
          onMap={(column, field) =>
            setMapping((m) => {
              // Several columns may feed one field (import-rows joins or unites them).
              const next: ColumnMapping = { ...m };
              if (field) next[column] = field;
              else delete next[column];
              return next;
            })
          }
          savedMappingUsed={savedUsed}
          remember={remember}
          onRemember={setRemember}
          preview={preview}
        />
      )}
      {step.kind === 'review' && plan && memberOf && (
        <ReviewStep
          plan={plan}
          findings={step.findings}
          choices={choices}
          onChoice={(i, c) => setChoices((cs) => (i === 'all' ? cs.map(() => c) : cs.map((x, j) => (j === i ? c : x))))}
          memberOf={memberOf}
        />
      )}
      {step.kind === 'done' && (
        <div className="wizard-step" aria-label="Import report">
          <p role="status">
            Imported <strong>{step.report.counts.imported.toLocaleString('en-GB')}</strong> new assets, merged{' '}
            <strong>{step.report.counts.merged.toLocaleString('en-GB')}</strong>, skipped {step.report.counts.skipped.toLocaleString('en-GB')},
            rejected {step.report.counts.rejected.toLocaleString('en-GB')} of {step.report.counts.rows.toLocaleString('en-GB')} rows from sheet “
            {step.report.sheet}”.
          </p>
          <ul className="outcome-list">
            {step.report.outcomes.slice(0, 200).map((o) => (
              <li key={o.row}>
                Row {o.row} ({o.name || 'no name'}): {o.outcome} — {o.reason}
              </li>
            ))}
          </ul>
          <p className="muted small">“Undo last import” on the inventory removes everything this import added and restores merged assets.</p>
        </div>
      )}
    </Dialog>
  );
}
