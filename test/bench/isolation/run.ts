/**
 * `npm run bench:isolation`: the largest legitimate files of each kind through the reader process, as the app
 * reads them (the same runner as the hostile corpus: the IPC handler, the real reader and budgets), to show what
 * share of its budget each takes. Medians of BENCH_RUNS (default 3) go to test/bench/isolation-results.md and .json.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureCliBuilt } from '../../../electron/cli/bundle-cli.mjs';
import { DEFAULT_BUDGETS, type Budgets } from '../../../electron/main/isolation/budgets';
import { encodeBundle } from '../../../shared/bundle/encode';
import { buildRunner } from '../../hostile/build-runner';
import type { RunKind, RunOptions } from '../../hostile/run-case';
import { generateFiles } from '../generate-files';
import { bundleWithAssets } from '../reports/big-bundle';
import { median } from '../stats';

interface Workload {
  name: string;
  kind: RunKind;
  budget: keyof Budgets;
  file: string;
  options: RunOptions;
}

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const log = (line: string) => console.error(`[bench:isolation ${new Date().toISOString().slice(11, 19)}] ${line}`);

async function main() {
  await ensureCliBuilt();
  const runner = buildRunner();
  const dir = mkdtempSync(join(tmpdir(), 'csms-bench-isolation-'));
  try {
    const sheets = await generateFiles(dir, [100_000], log);
    const [csvMillion] = await generateFiles(dir, [1_000_000], log, ['csv']);
    const csms = join(dir, 'plant-100k.csms');
    writeFileSync(csms, await encodeBundle(bundleWithAssets(100_000), { appVersion: 'bench', exportedAt: '2026-12-06T08:00:00.000Z' }));
    const csms20k = join(dir, 'plant-20k.csms');
    writeFileSync(csms20k, await encodeBundle(bundleWithAssets(20_000), { appVersion: 'bench', exportedAt: '2026-12-06T08:00:00.000Z' }));

    const workloads: Workload[] = [
      ...sheets.map((f): Workload => ({ name: `${f.rows.toLocaleString('en')}-row ${f.format} (${(f.bytes / 1e6).toFixed(0)} MB): open, analyse, check every row`, kind: 'spreadsheet', budget: 'spreadsheet', file: f.path, options: { fileName: `assets.${f.format}` } })),
      { name: `1,000,000-row csv (${(csvMillion!.bytes / 1e6).toFixed(0)} MB): open, analyse, check every row`, kind: 'spreadsheet', budget: 'spreadsheet', file: csvMillion!.path, options: { fileName: 'assets.csv' } },
      { name: '100,000-asset .csms: read and check', kind: 'bundle', budget: 'bundle', file: csms, options: { fileName: 'plant-100k.csms' } },
      { name: '20,000-asset .csms: read, then the PDF with every asset listed', kind: 'report-of-file', budget: 'report', file: csms20k, options: { fileName: 'plant-20k.csms', appendix: true } },
    ];
    const results = workloads.map((w) => measure(runner, dir, w));
    const lines = [
      `# Reader process: the largest legitimate files (medians of ${RUNS}, ${new Date().toISOString().slice(0, 10)})`,
      '',
      'Each through the IPC handler with the reader process and the app’s budgets; peak memory is that of the process and its reader (GNU time).',
      '',
      '| workload | what was read | time | peak memory | budget | share of the time budget | share of the heap cap |',
      '|---|---|---|---|---|---|---|',
      ...results.map(
        (r) =>
          `| ${r.name} | ${r.message} | ${(r.ms / 1000).toFixed(2)} s | ${r.peakMb} MB | ${r.budget.timeMs / 1000} s, ${r.budget.memoryMb} MB | ${Math.round((100 * r.ms) / r.budget.timeMs)}% | ${Math.round((100 * r.peakMb) / r.budget.memoryMb)}% |`,
      ),
      '',
    ];
    writeFileSync(resolve('test/bench/isolation-results.md'), lines.join('\n'));
    writeFileSync(resolve('test/bench/isolation-results.json'), `${JSON.stringify(results, null, 2)}\n`);
    log(`figures written to test/bench/isolation-results.md`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function measure(runner: string, dir: string, w: Workload) {
  const runs = Array.from({ length: RUNS }, () => {
    const run = spawnSync('/usr/bin/time', ['-f', 'peak-kb %M', process.execPath, runner, w.kind, w.file, dir, JSON.stringify(w.options)], { encoding: 'utf8' });
    const result = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as { outcome: string; message: string; ms: number };
    if (result.outcome !== 'read') throw new Error(`${w.name}: ${result.outcome}: ${result.message}`);
    return { ...result, peakMb: Math.round(Number(/peak-kb (\d+)/.exec(run.stderr)?.[1]) / 1024) };
  });
  log(`${w.name}: ${runs.map((r) => `${(r.ms / 1000).toFixed(2)} s ${r.peakMb} MB`).join(', ')}`);
  return { name: w.name, message: runs[0]!.message, ms: median(runs.map((r) => r.ms)), peakMb: median(runs.map((r) => r.peakMb)), budget: DEFAULT_BUDGETS[w.budget] };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
