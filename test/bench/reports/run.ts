/**
 * `npm run bench:reports` (and the second half of `npm run bench`): the report targets of issue 6, each case in a
 * fresh process. Writes test/bench/report-results.md and .json (medians).
 * Environment: BENCH_RUNS=3, BENCH_WORKBOOK_ASSETS=100000, BENCH_APPENDIX_PAGES=500.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { machineFacts } from '../report';
import { median } from '../stats';

interface CaseResult {
  ms: number[];
  pages?: number;
  peakRssBytes: number;
}

const TSX = resolve('node_modules/.bin/tsx');
const log = (line: string) => console.error(`[bench:reports ${new Date().toISOString().slice(11, 19)}] ${line}`);

function runCase(...args: string[]): CaseResult {
  const out = execFileSync(TSX, [resolve('test/bench/reports/case.ts'), ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as CaseResult;
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;

function main() {
  const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
  const workbookAssets = Number(process.env.BENCH_WORKBOOK_ASSETS ?? 100_000);
  const targetPages = Number(process.env.BENCH_APPENDIX_PAGES ?? 500);
  const machine = machineFacts();

  log(`workbook, ${workbookAssets} assets, ${runs} runs (each in its own process)`);
  const workbook = Array.from({ length: runs }, () => runCase('workbook', String(workbookAssets), '1'));
  log(`signed PDF of the sample, ${runs} runs in one process (the first includes loading fonts and libraries)`);
  const signed = runCase('signed-pdf', String(runs));

  // Calibrate the asset count that gives about targetPages pages, then measure that report.
  const base = runCase('appendix-pdf', '0', '1').pages ?? 0;
  const probeAssets = 4000;
  const probe = runCase('appendix-pdf', String(probeAssets), '1').pages ?? base;
  const perPage = probeAssets / Math.max(1, probe - base);
  const appendixAssets = Math.round((targetPages - base) * perPage);
  log(`long report: ${base} pages without the appendix, ${perPage.toFixed(1)} assets a page → ${appendixAssets} assets`);
  const long = Array.from({ length: runs }, () => runCase('appendix-pdf', String(appendixAssets), '1'));

  const rows = [
    {
      label: `Excel workbook, ${workbookAssets.toLocaleString('en-GB')} assets (model + streaming write + file)`,
      time: median(workbook.map((r) => r.ms[0]!)),
      rss: Math.max(...workbook.map((r) => r.peakRssBytes)),
      target: { ms: 8000, rss: 500e6 },
    },
    {
      label: `Signed PDF of the sample assessment (${signed.pages} pages; median of ${runs} in one process)`,
      time: median(signed.ms),
      rss: signed.peakRssBytes,
      target: { ms: 2000, rss: null },
    },
    {
      label: `${long[0]?.pages}-page PDF (full asset appendix of ${appendixAssets.toLocaleString('en-GB')} assets)`,
      time: median(long.map((r) => r.ms[0]!)),
      rss: Math.max(...long.map((r) => r.peakRssBytes)),
      target: { ms: 10_000, rss: 800e6 },
    },
  ];
  const md = [
    '# Report benchmark (issue 6)',
    '',
    `Machine: ${machine.nproc} cores, ${machine.cpuModel}, Node ${machine.node}; ${machine.date}; git ${machine.git}; load average at start ${machine.loadAverage.start.toFixed(2)}.`,
    '',
    'Times are the work of the IPC handler (build the report model from the assessment, write the workbook or render and sign the PDF, write the file), medians of the runs. Peak RSS is the whole Node process, including the assessment it was given (100k assets are about 150 MB of it): the largest of the runs.',
    '',
    '| case | median time | target | peak RSS | target | met |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) => {
      const met = r.time <= r.target.ms && (r.target.rss === null || r.rss <= r.target.rss);
      return `| ${r.label} | ${s(r.time)} | < ${s(r.target.ms)} | ${mb(r.rss)} | ${r.target.rss === null ? '–' : `< ${mb(r.target.rss)}`} | ${met ? '✓' : '✗'} |`;
    }),
    '',
    `All runs (ms): workbook ${workbook.map((r) => Math.round(r.ms[0]!)).join(', ')}; signed PDF ${signed.ms.map(Math.round).join(', ')}; long PDF ${long.map((r) => Math.round(r.ms[0]!)).join(', ')}.`,
    '',
  ].join('\n');
  writeFileSync(resolve('test/bench/report-results.md'), md);
  writeFileSync(resolve('test/bench/report-results.json'), `${JSON.stringify({ machine, runs, workbook, signed, long, appendixAssets }, null, 2)}\n`);
  process.stdout.write(`\n${md}`);
}

main();
