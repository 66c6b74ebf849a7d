/**
 * `npm run bench`: spreadsheet import benchmark. Builds the app, generates 10k/50k/100k-row xlsx and csv files in a temp
 * dir, times `csms import-check` against openpyxl, then the full import through the wizard in Chromium, and writes
 * test/bench/results.md and results.json (medians).
 *
 * Environment: BENCH_SIZES=10000,50000 (subset of sizes), BENCH_RUNS=3, BENCH_BUDGET_MIN=15 (sizes ≥ 100k get their
 * extra UI runs only while the whole bench is projected to stay within it), BENCH_PHASE_TIMEOUT_MS=600000,
 * E2E_SKIP_BUILD=1 (reuse out/ as it is).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import buildApp from '../e2e/global-setup';
import { generateFiles, type BenchFile } from './generate-files';
import { measureCli, measureCliStartup, type CliMeasure } from './measure-cli';
import { measureStorage, type StorageMeasure } from './measure-storage';
import { measureUiImport } from './measure-ui';
import { watchForeignCpu } from './proc';
import { checkTargets, machineFacts, targetsTable, uiMedians, writeResults, type BenchResults, type UiCase } from './report';

/** Assets written by the storage measure (one record each vs pages): enough to show the per-record cost. */
const STORAGE_ASSETS = 20_000;

/** Sizes from this many rows up are run once first, then repeated only if the time budget allows. */
const BUDGETED_FROM_ROWS = 100_000;

const log = (line: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

function config() {
  const sizes = (process.env.BENCH_SIZES ?? '10000,50000,100000')
    .split(',')
    .map((s) => Number(s.trim().replace(/_/g, '')))
    .filter((n) => Number.isInteger(n) && n > 0);
  if (sizes.length === 0) throw new Error(`BENCH_SIZES has no row counts: “${process.env.BENCH_SIZES}”`);
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    runs: Math.max(1, Number(process.env.BENCH_RUNS ?? 3)),
    budgetMinutes: Number(process.env.BENCH_BUDGET_MIN ?? 15),
    phaseTimeoutMs: Number(process.env.BENCH_PHASE_TIMEOUT_MS ?? 600_000),
  };
}

async function uiRuns(c: UiCase & { lastRunWallMs?: number }, file: BenchFile, count: number, timeoutMs: number) {
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    try {
      const run = await measureUiImport(file, timeoutMs);
      c.runs.push(run);
      log(`UI ${file.format} ${file.rows}: run ${c.runs.length}: ${(run.totalMs / 1000).toFixed(2)} s`);
    } catch (e) {
      c.errors.push(errorText(e));
      log(`UI ${file.format} ${file.rows}: failed: ${errorText(e)}`);
    }
    c.lastRunWallMs = performance.now() - start;
  }
}

async function main() {
  const started = performance.now();
  const cfg = config();
  const budgetMs = cfg.budgetMinutes * 60_000;
  const machine = machineFacts();
  const stopWatchingCpu = watchForeignCpu();
  log(`sizes ${cfg.sizes.join(', ')}, ${cfg.runs} runs, budget ${cfg.budgetMinutes} min`);

  log('building main, preload and renderer (electron-vite)');
  buildApp();

  const dir = mkdtempSync(join(tmpdir(), 'csms-bench-'));
  try {
    const files = await generateFiles(dir, cfg.sizes, log);

    let cliStartup: CliMeasure | null = null;
    try {
      cliStartup = await measureCliStartup(cfg.runs);
      log(`CLI start-up (csms --version): median ${(cliStartup.medianMs / 1000).toFixed(2)} s`);
    } catch (e) {
      log(`CLI start-up: failed: ${errorText(e)}`);
    }
    const cli: BenchResults['cli'] = [];
    for (const file of files) {
      try {
        cli.push(await measureCli(file, cfg.runs, log));
      } catch (e) {
        cli.push({ rows: file.rows, format: file.format, error: errorText(e) });
        log(`CLI ${file.format} ${file.rows}: failed: ${errorText(e)}`);
      }
    }

    const cases = new Map<BenchFile, UiCase & { lastRunWallMs?: number }>();
    for (const file of files) cases.set(file, { rows: file.rows, format: file.format, runsPlanned: cfg.runs, runs: [], errors: [], note: null });
    for (const file of files.filter((f) => f.rows < BUDGETED_FROM_ROWS)) await uiRuns(cases.get(file)!, file, cfg.runs, cfg.phaseTimeoutMs);
    const budgeted = files.filter((f) => f.rows >= BUDGETED_FROM_ROWS);
    for (const file of budgeted) await uiRuns(cases.get(file)!, file, 1, cfg.phaseTimeoutMs);
    for (const file of budgeted) {
      const c = cases.get(file)!;
      if (cfg.runs === 1) continue;
      const projected = performance.now() - started + (cfg.runs - 1) * (c.lastRunWallMs ?? 0);
      if (c.runs.length > 0 && projected <= budgetMs) {
        await uiRuns(c, file, cfg.runs - 1, cfg.phaseTimeoutMs);
      } else {
        c.note = `1 run only: ${cfg.runs - 1} more (≈ ${((c.lastRunWallMs ?? 0) / 1000).toFixed(0)} s each with launch) would have taken the bench to ≈ ${(projected / 60_000).toFixed(1)} min, over the ${cfg.budgetMinutes}-minute budget`;
        log(`UI ${file.format} ${file.rows}: ${c.note}`);
      }
    }

    // The CLI runs the source as it is on disk: a file caught mid-edit by someone else fails once, so retry once.
    for (const [i, c] of cli.entries()) {
      if (!('error' in c)) continue;
      const file = files.find((f) => f.rows === c.rows && f.format === c.format)!;
      try {
        cli[i] = { ...(await measureCli(file, cfg.runs, log)), retried: true };
      } catch (e) {
        log(`CLI ${file.format} ${file.rows}: failed again: ${errorText(e)}`);
      }
    }

    let storage: StorageMeasure | null = null;
    try {
      storage = await measureStorage(STORAGE_ASSETS, cfg.runs);
      log(`IndexedDB ${STORAGE_ASSETS} assets: single records ${(storage.singleWriteMs / 1000).toFixed(2)} s, pages ${(storage.pagedWriteMs / 1000).toFixed(2)} s`);
    } catch (e) {
      log(`IndexedDB storage measure: failed: ${errorText(e)}`);
    }

    const ui = [...cases.values()].map(({ lastRunWallMs: _lastRunWallMs, ...c }) => ({ ...c, medians: uiMedians(c.runs) }));
    const results: BenchResults = {
      machine,
      config: cfg,
      wallMs: 0,
      files: files.map(({ path: _path, ...f }) => f),
      cliStartup,
      cli,
      ui,
      storage,
      targets: checkTargets(cli, ui),
    };
    results.wallMs = performance.now() - started;
    results.machine.loadAverage.end = loadavg()[0]!;
    results.machine.foreignCpu = stopWatchingCpu();
    const md = resolve('test/bench/results.md');
    writeResults(results, md, resolve('test/bench/results.json'));
    process.stdout.write(`\n${targetsTable(results)}\n\nBench wall time ${(results.wallMs / 60_000).toFixed(1)} min. Full tables: ${md}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
