/**
 * One report benchmark case in a fresh process, so its peak RSS is its own: prints one JSON line with the wall
 * time of each run (what the IPC handler does: model, then workbook or PDF) and the process's peak RSS.
 *   tsx case.ts workbook <assets> <runs> | signed-pdf <runs> | appendix-pdf <assets> <runs>
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildReportModel } from '../../../shared/report/model';
import { defaultReportOptions, type ReportOptions } from '../../../shared/report/options';
import type { AssessmentBundle } from '../../../shared/bundle/bundle';
import { createNodeFileSystem } from '../../../electron/main/node-fs';
import { producePdf } from '../../../electron/main/report/produce-pdf';
import { createSelfSignedIdentity } from '../../../electron/main/report/signing/self-signed';
import { writeWorkbook } from '../../../electron/main/report/workbook/write-workbook';
import { demoBundle } from '../../../shared/demo/bundle';
import { bundleWithAssets } from './big-bundle';

const FONTS = resolve('assets/fonts');
const META = { generatedAt: '2026-11-23T10:00:00.000Z', appVersion: 'bench' };
const fs = createNodeFileSystem();

async function timed(runs: number, once: () => Promise<number | undefined>) {
  const ms: number[] = [];
  let pages: number | undefined;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    pages = await once();
    ms.push(performance.now() - start);
  }
  return { ms, pages };
}

async function main() {
  const [kind, ...rest] = process.argv.slice(2);
  const dir = mkdtempSync(join(tmpdir(), 'csms-bench-report-'));
  const options = (sections?: ReportOptions['sections']): ReportOptions => ({
    ...defaultReportOptions('2026-11-23'),
    ...(sections ? { sections } : {}),
  });
  try {
    let result;
    if (kind === 'workbook') {
      const bundle: AssessmentBundle = bundleWithAssets(Number(rest[0]));
      result = await timed(Number(rest[1] ?? 1), async () => {
        const bytes = await writeWorkbook(buildReportModel(bundle, options(), META));
        await fs.writeFileAtomic(join(dir, 'report.xlsx'), bytes);
        return undefined;
      });
    } else if (kind === 'signed-pdf') {
      const bundle = demoBundle();
      const now = new Date('2026-11-23T10:00:00Z');
      const identity = await createSelfSignedIdentity(
        { commonName: 'Bench Assessor', organisation: 'Bench', email: '', passphrase: 'bench-passphrase', validityYears: 2 },
        now,
      );
      const signing = { fileName: identity.fileName, p12: identity.p12, passphrase: 'bench-passphrase' };
      result = await timed(Number(rest[0] ?? 1), async () => {
        const produced = await producePdf(buildReportModel(bundle, options(), META), { fontsDir: FONTS, signing, now });
        await fs.writeFileAtomic(join(dir, 'report.pdf'), produced.pdf);
        return produced.pageCount;
      });
    } else if (kind === 'appendix-pdf') {
      const bundle = bundleWithAssets(Number(rest[0]));
      const all = options();
      result = await timed(Number(rest[1] ?? 1), async () => {
        const model = buildReportModel(bundle, options([...all.sections, 'assetAppendix']), META);
        const produced = await producePdf(model, { fontsDir: FONTS, signing: null, now: new Date() });
        await fs.writeFileAtomic(join(dir, 'report.pdf'), produced.pdf);
        return produced.pageCount;
      });
    } else {
      throw new Error(`unknown case “${kind}”`);
    }
    process.stdout.write(`${JSON.stringify({ ...result, peakRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
