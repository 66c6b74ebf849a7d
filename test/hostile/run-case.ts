// Runs one file through the app's own entry point for its kind, in a process of its own, and prints one JSON line:
// { outcome: 'refused' | 'read' | 'asked' | 'bug', message, ms }. The hostile corpus and the isolation bench use it.
// Usage: node run-case.cjs KIND FILE WORK-DIR '{"fileName":…,"passphrase":…,"merge":…,"budgets":…}'
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { handlers } from '../../electron/main/ipc/handlers';
import { invokeHandler } from '../../electron/main/ipc/invoke';
import type { ApiName } from '../../shared/ipc/channels';
import type { Request, Responses } from '../../shared/ipc/contract';
import { planMerge } from '../../shared/merge/merge';
import { defaultReportOptions, sniffImageType } from '../../shared/report/options';
import { testIsolation } from '../support/isolation';
import { testMainContext } from '../support/main-context';
import { sampleBundle } from '../support/sample-bundle';
import { demoBundle } from '../../shared/demo/bundle';
import type { HostileCase } from './case';

/** What run-case needs of a case besides its kind and file; `appendix` prints the asset list in a report of a file. */
export type RunOptions = Pick<HostileCase, 'fileName' | 'passphrase' | 'merge' | 'budgets'> & { appendix?: boolean };
/** The hostile corpus's kinds, and a report of a .csms file (the isolation bench's largest report). */
export type RunKind = HostileCase['kind'] | 'report-of-file';

class Refused extends Error {}
class Bug extends Error {}
class Asked extends Error {}

const [kind, file, workDir, optionsJson] = process.argv.slice(2) as [RunKind, string, string, string];
const hostile = JSON.parse(optionsJson) as RunOptions;
const ctx = testMainContext({
  chooseOpenPath: async () => file,
  chooseSavePath: async ({ filters }) => join(workDir, `out.${filters[0]?.extensions[0] ?? 'bin'}`),
  isolation: testIsolation(hostile.budgets),
});
const n = (count: number) => count.toLocaleString('en');

/** Calls a channel as the renderer does: through the request schema, then the handler. */
async function call<K extends ApiName>(name: K, request: Request<K>): Promise<Responses[K]> {
  const result = await invokeHandler(handlers, name, request, ctx, () => undefined);
  if (result.ok) return result.value as Responses[K];
  throw result.error.code === 'internal' ? new Bug(result.error.message) : new Refused(result.error.message);
}

async function spreadsheet(): Promise<string> {
  const sessionId = crypto.randomUUID();
  const opened = await call('importOpenFile', { sessionId });
  if (opened.status !== 'opened') throw new Bug('the dialog was cancelled');
  const sheet = opened.proposedSheet;
  const analysis = await call('importAnalyse', { sessionId, sheet });
  const mapping = Object.fromEntries(Object.entries(analysis.mapping).filter((e): e is [string, NonNullable<(typeof e)[1]>] => e[1] !== undefined));
  let rows = 0;
  for (let offset = 0; offset === 0 || offset < analysis.dataRowCount; offset += 20_000) {
    const chunk = await call('importRows', { sessionId, sheet, headerRowIndex: analysis.headerRowIndex, mapping, offset, limit: 20_000 });
    rows += chunk.rows.rows.length;
  }
  if (rows !== analysis.dataRowCount) throw new Bug(`read ${rows} rows of ${analysis.dataRowCount}`);
  await call('importClose', { sessionId });
  const columns = analysis.columns.length;
  const omitted = analysis.omittedColumns ? `, ${n(analysis.omittedColumns)} left out` : '';
  return `${opened.sheets.length} sheet${opened.sheets.length === 1 ? '' : 's'}; “${sheet}”: ${n(analysis.dataRowCount)} data rows, ${n(columns)} column${columns === 1 ? '' : 's'} offered${omitted}`;
}

async function bundle(): Promise<string> {
  let opened = await call('importAssessment', {});
  if (opened.status === 'needs-passphrase') opened = await call('importAssessment', { fileToken: opened.fileToken, passphrase: hostile.passphrase ?? '' });
  if (opened.status === 'needs-passphrase') throw new Asked(opened.problem ?? 'needs a passphrase');
  if (opened.status !== 'opened') throw new Bug('the dialog was cancelled');
  const read = `${n(opened.bundle.tables.assets.length)} assets, ${n(opened.bundle.audit.length)} trail entries`;
  if (!hostile.merge) return read;
  const plan = planMerge(await sampleBundle(), opened.bundle);
  return `${read}; merge planned: ${n(plan.conflicts.length)} conflict${plan.conflicts.length === 1 ? '' : 's'}, ${n(plan.newEntries)} new entries`;
}

async function certificate(): Promise<string> {
  const p12 = new Uint8Array(readFileSync(file));
  const info = await call('signingInspect', { fileName: hostile.fileName, p12, passphrase: hostile.passphrase ?? '' });
  return `certificate of ${info.commonName}`;
}

async function image(): Promise<string> {
  const data = new Uint8Array(readFileSync(file));
  const mimeType = sniffImageType(data) ?? 'image/png';
  const options = { ...defaultReportOptions('2026-12-06'), logo: { mimeType, data } };
  const report = await call('reportGeneratePdf', { bundle: await sampleBundle(), options, signing: null });
  return `PDF of ${report.pageCount} pages`;
}

async function report(): Promise<string> {
  const text = JSON.parse(readFileSync(file, 'utf8')) as string;
  const assessment = demoBundle();
  assessment.tables.assets = assessment.tables.assets.map((a, i) => (i === 0 ? { ...a, name: text, notes: text } : a));
  const options = defaultReportOptions('2026-12-06');
  const saved = await call('reportSaveWorkbook', { bundle: assessment, options });
  if (saved.status !== 'saved') throw new Bug('not saved');
  await call('reportGeneratePdf', { bundle: assessment, options, signing: null });
  const script = 'import openpyxl,sys; ws=openpyxl.load_workbook(sys.argv[1])["Assets"]; print([r[0] for r in ws.iter_rows(values_only=True) if isinstance(r[0], str) and r[0].startswith("HOSTILE")][0])';
  const name = execFileSync('/usr/bin/python3', ['-c', script, saved.path], { encoding: 'utf8' }).trim();
  return `workbook and PDF written; openpyxl reads the asset “${name}”`;
}

async function reportOfFile(): Promise<string> {
  const opened = await call('importAssessment', {});
  if (opened.status !== 'opened') throw new Bug('the file did not open');
  const defaults = defaultReportOptions('2026-12-06');
  const options = { ...defaults, sections: hostile.appendix ? [...defaults.sections, 'assetAppendix' as const] : defaults.sections };
  const report = await call('reportGeneratePdf', { bundle: opened.bundle, options, signing: null });
  return `PDF of ${n(report.pageCount)} pages from ${n(opened.bundle.tables.assets.length)} assets`;
}

const RUNS: Record<RunKind, () => Promise<string>> = { spreadsheet, bundle, certificate, image, report, 'report-of-file': reportOfFile };

const start = performance.now();
RUNS[kind]().then(
  (message) => finish('read', message),
  (error: unknown) => {
    const outcome = error instanceof Refused ? 'refused' : error instanceof Asked ? 'asked' : 'bug';
    finish(outcome, error instanceof Error ? (outcome === 'bug' ? (error.stack ?? error.message) : error.message) : String(error));
  },
);

function finish(outcome: string, message: string): void {
  const ms = Math.round(performance.now() - start);
  process.stdout.write(`${JSON.stringify({ outcome, message, ms })}\n`);
  process.exit(0);
}
