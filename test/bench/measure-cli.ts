import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchFile } from './generate-files';
import { descendantsOf, rssOf } from './proc';
import { median } from './stats';

const GNU_TIME = '/usr/bin/time';
const PYTHON = '/usr/bin/python3';
const OPENPYXL_SCRIPT =
  'import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1], read_only=True); n=sum(1 for ws in wb.worksheets for _ in ws.iter_rows(values_only=True)); print(n)';

export interface ProcessRun {
  wallMs: number;
  /** Peak RSS of the process and its children. */
  peakRssBytes: number | null;
  stdout: string;
}

export interface CliMeasure {
  runs: Omit<ProcessRun, 'stdout'>[];
  medianMs: number;
  medianPeakRssBytes: number | null;
  rssMethod: 'gnu-time' | 'proc-poll';
}

export interface CliResult {
  rows: number;
  format: BenchFile['format'];
  importCheck: CliMeasure;
  /** Only for xlsx: openpyxl reads xlsx, not csv. */
  openpyxl: CliMeasure | null;
  /** True when the first attempt failed and this is the retry. */
  retried?: boolean;
  /** openpyxl median ÷ import-check median: how many times faster import-check is. */
  speedup: number | null;
  /** What import-check reported, to show the file was read completely. */
  check: { rows: number; accepted: number; rejected: number; duplicates: number; issues: number } | null;
}

const hasGnuTime = existsSync(GNU_TIME);

/** Runs a command to completion, timing it from spawn to exit; peak RSS from GNU time, else by polling /proc. */
export function runMeasured(command: string, args: string[]): Promise<ProcessRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'csms-bench-time-'));
  const timeFile = join(scratch, 'rss');
  const [file, argv] = hasGnuTime ? [GNU_TIME, ['-f', '%M', '-o', timeFile, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(file, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let polledPeak = 0;
    const poll = hasGnuTime
      ? null
      : setInterval(() => {
          if (!child.pid) return;
          const total = [child.pid, ...descendantsOf(child.pid)].reduce((sum, pid) => sum + (rssOf(pid) ?? 0), 0);
          polledPeak = Math.max(polledPeak, total);
        }, 20);
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - start;
      if (poll) clearInterval(poll);
      let peakRssBytes: number | null = polledPeak || null;
      if (hasGnuTime) {
        const kb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop());
        peakRssBytes = Number.isFinite(kb) ? kb * 1024 : null;
      }
      rmSync(scratch, { recursive: true, force: true });
      if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} exited with ${code}: ${stderr.trim().slice(-2000)}`));
      resolve({ wallMs, peakRssBytes, stdout });
    });
  });
}

/** Runs the command `runs` times in a row; returns the figures and the first run's output. */
async function measure(command: string, args: string[], runs: number): Promise<[CliMeasure, string]> {
  const results: ProcessRun[] = [];
  for (let i = 0; i < runs; i++) results.push(await runMeasured(command, args));
  const rss = results.map((r) => r.peakRssBytes).filter((v): v is number => v !== null);
  const measured: CliMeasure = {
    runs: results.map(({ wallMs, peakRssBytes }) => ({ wallMs, peakRssBytes })),
    medianMs: median(results.map((r) => r.wallMs)),
    medianPeakRssBytes: rss.length ? median(rss) : null,
    rssMethod: hasGnuTime ? 'gnu-time' : 'proc-poll',
  };
  return [measured, results[0]!.stdout];
}

/** What `npm run csms` runs: the CLI bundle (built on its first run, which `measureCliStartup` takes first). */
const CSMS = ['electron/cli/launch.mjs'];

/** The floor under every import-check figure: Node start-up and loading the CLI (`csms --version`). */
export async function measureCliStartup(runs: number): Promise<CliMeasure> {
  return (await measure(process.execPath, [...CSMS, '--version'], runs))[0];
}

/** `csms import-check FILE --json` exactly as `npm run csms` runs it from the repo, and openpyxl on xlsx. */
export async function measureCli(file: BenchFile, runs: number, log: (line: string) => void): Promise<CliResult> {
  const [importCheck, output] = await measure(process.execPath, [...CSMS, 'import-check', file.path, '--json'], runs);
  const json = JSON.parse(output) as { rows: number; accepted: number; rejected: number; duplicates: number; issues: unknown[] };
  const check = { rows: json.rows, accepted: json.accepted, rejected: json.rejected, duplicates: json.duplicates, issues: json.issues.length };
  if (check.rows !== file.rows) throw new Error(`import-check read ${check.rows} rows of ${file.path}, expected ${file.rows}`);
  log(`import-check ${file.format} ${file.rows}: median ${(importCheck.medianMs / 1000).toFixed(2)} s`);

  let openpyxl: CliMeasure | null = null;
  if (file.format === 'xlsx') {
    const [measured, counted] = await measure(PYTHON, ['-c', OPENPYXL_SCRIPT, file.path], runs);
    openpyxl = measured;
    if (Number(counted.trim()) !== file.rows + 1) throw new Error(`openpyxl counted ${counted.trim()} rows in ${file.path}, expected ${file.rows + 1}`);
    log(`openpyxl ${file.rows}: median ${(openpyxl.medianMs / 1000).toFixed(2)} s`);
  }
  return { rows: file.rows, format: file.format, importCheck, openpyxl, speedup: openpyxl ? openpyxl.medianMs / importCheck.medianMs : null, check };
}
