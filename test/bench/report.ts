import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem } from 'node:os';
import type { BenchFile, BenchFormat } from './generate-files';
import type { StorageMeasure } from './measure-storage';
import type { CliMeasure, CliResult } from './measure-cli';
import { PHASE_LABELS, PHASES, type Phase, type UiRun } from './measure-ui';
import { medianOf } from './stats';

export interface Machine {
  nproc: number;
  cpuModel: string;
  memoryBytes: number;
  node: string;
  chromium: string;
  kernel: string;
  date: string;
  git: string;
  /** 1-minute load average when the bench started and ended: other work on the machine skews the figures. */
  loadAverage: { start: number; end: number | null };
  /** CPU time other processes (outside the bench's process tree) used while it ran, and the busiest of them. */
  foreignCpu: { cpuSeconds: number; busiest: { command: string; cpuSeconds: number }[] } | null;
}

export interface UiCase {
  rows: number;
  format: BenchFormat;
  runsPlanned: number;
  runs: UiRun[];
  errors: string[];
  /** Why fewer runs than planned were made (the time budget), if so. */
  note: string | null;
}

export interface UiMedians {
  totalMs: number | null;
  phasesMs: Record<Phase, number | null>;
  longestStallMs: Record<Phase, number | null>;
  jsHeapPeakBytes: number | null;
  rendererPeakRssBytes: number | null;
  nodePeakRssBytes: number | null;
  rendererRssBeforeBytes: number | null;
  nodeRssBeforeBytes: number | null;
}

export interface Target {
  label: string;
  measured: string;
  /** null: not measured in this run (size not selected, or every run failed). */
  met: boolean | null;
}

export interface BenchResults {
  machine: Machine;
  config: { sizes: number[]; runs: number; budgetMinutes: number; phaseTimeoutMs: number };
  wallMs: number;
  files: Omit<BenchFile, 'path'>[];
  /** `csms --version`: Node start-up and loading the CLI bundle, included in every import-check time. */
  cliStartup: CliMeasure | null;
  cli: (CliResult | { rows: number; format: BenchFormat; error: string })[];
  ui: (UiCase & { medians: UiMedians })[];
  storage: StorageMeasure | null;
  targets: Target[];
}

const GB = 1e9;
const seconds = (ms: number | null | undefined) => (ms == null ? '–' : `${(ms / 1000).toFixed(2)} s`);
const millis = (ms: number | null | undefined) => (ms == null ? '–' : `${Math.round(ms)} ms`);
const mb = (bytes: number | null | undefined) => (bytes == null ? '–' : `${Math.round(bytes / 1e6)} MB`);
const fileSize = (bytes: number | undefined) => (bytes === undefined ? '–' : `${(bytes / 1e6).toFixed(1)} MB`);
const rowsLabel = (rows: number) => (rows % 1000 === 0 ? `${rows / 1000}k` : rows.toLocaleString('en-GB'));
/** One line for a table cell: whitespace and line breaks collapsed, pipes escaped, long text cut. */
const cell = (text: string, limit = 240) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return (line.length > limit ? `${line.slice(0, limit - 1)}…` : line).replaceAll('|', '\\|');
};
const mark = (met: boolean | null) => (met === null ? '–' : met ? '✓' : '✗');

export function machineFacts(): Machine {
  const quiet = (file: string, args: string[]) => {
    try {
      return execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  const head = quiet('git', ['rev-parse', '--short', 'HEAD']);
  const changed = quiet('git', ['status', '--porcelain']).split('\n').filter(Boolean).length;
  return {
    nproc: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryBytes: totalmem(),
    node: process.version,
    chromium: quiet(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version']) || 'unknown',
    kernel: `${process.platform} ${release()}`,
    date: new Date().toISOString(),
    git: head ? `${head}${changed ? ` + ${changed} uncommitted file(s) in the working tree` : ''}` : 'unknown',
    loadAverage: { start: loadavg()[0]!, end: null },
    foreignCpu: null,
  };
}

export function uiMedians(runs: readonly UiRun[]): UiMedians {
  const perPhase = (pick: (run: UiRun) => Record<Phase, number>) =>
    Object.fromEntries(PHASES.map((p) => [p, medianOf(runs, (r) => pick(r)[p])])) as Record<Phase, number | null>;
  return {
    totalMs: medianOf(runs, (r) => r.totalMs),
    phasesMs: perPhase((r) => r.phasesMs),
    longestStallMs: perPhase((r) => r.longestStallMs),
    jsHeapPeakBytes: medianOf(runs, (r) => r.jsHeapPeakBytes),
    rendererPeakRssBytes: medianOf(runs, (r) => r.rendererPeakRssBytes),
    nodePeakRssBytes: medianOf(runs, (r) => r.nodePeakRssBytes),
    rendererRssBeforeBytes: medianOf(runs, (r) => r.rendererRssBeforeBytes),
    nodeRssBeforeBytes: medianOf(runs, (r) => r.nodeRssBeforeBytes),
  };
}

/** The brief's targets, each checked against the medians (memory: against the largest peak of any run). */
export function checkTargets(cli: BenchResults['cli'], ui: BenchResults['ui']): Target[] {
  const uiCase = (rows: number, format: BenchFormat) => ui.find((c) => c.rows === rows && c.format === format && c.runs.length > 0);
  const timeTarget = (rows: number, format: BenchFormat, limitMs: number): Target => {
    const c = uiCase(rows, format);
    const total = c?.medians.totalMs ?? null;
    return {
      label: `${rowsLabel(rows)}-row ${format} fully imported and visible within ${limitMs / 1000} s (UI, click → all rows in the grid)`,
      measured: total === null ? 'not measured' : `${seconds(total)} (median of ${c!.runs.length})`,
      met: total === null ? null : total <= limitMs,
    };
  };
  const allRuns = ui.flatMap((c) => c.runs);
  const peak = (pick: (r: UiRun) => number | null) => {
    const values = allRuns.map(pick).filter((v): v is number => v !== null);
    return values.length ? Math.max(...values) : null;
  };
  const heap = peak((r) => r.jsHeapPeakBytes);
  const rss = peak((r) => r.rendererPeakRssBytes);
  const xlsxCases = cli.filter((c) => c.format === 'xlsx');
  const xlsx = xlsxCases.filter((c): c is CliResult => 'importCheck' in c && c.speedup !== null);
  const xlsxFailed = xlsxCases.filter((c) => 'error' in c).map((c) => `${rowsLabel(c.rows)}: failed`);
  return [
    timeTarget(10_000, 'xlsx', 2_000),
    timeTarget(100_000, 'xlsx', 15_000),
    timeTarget(100_000, 'csv', 12_000),
    {
      label: 'Renderer memory under 1 GB (JS heap used, largest peak of any UI run)',
      measured: heap === null ? 'not measured' : mb(heap),
      met: heap === null ? null : heap < GB,
    },
    {
      label: 'Renderer process RSS under 1 GB (stricter reading: whole renderer process, largest peak)',
      measured: rss === null ? 'not measured' : mb(rss),
      met: rss === null ? null : rss < GB,
    },
    {
      label: 'import-check ≥ 2× faster than openpyxl read-only (xlsx, every size)',
      measured: xlsxCases.length ? [...xlsx.map((c) => `${rowsLabel(c.rows)}: ${c.speedup!.toFixed(2)}×`), ...xlsxFailed].join(', ') : 'not measured',
      met: xlsx.some((c) => c.speedup! < 2) ? false : xlsx.length && !xlsxFailed.length ? true : null,
    },
  ];
}

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export function targetsTable(results: BenchResults): string {
  return table(
    ['Target', 'Measured', '✓/✗'],
    results.targets.map((t) => [t.label, t.measured, mark(t.met)]),
  );
}

export function renderMarkdown(r: BenchResults): string {
  const m = r.machine;
  const minutes = Math.floor(r.wallMs / 60000);
  const wall = `${minutes} min ${Math.round((r.wallMs % 60000) / 1000)} s`;
  const machine = table(
    ['Fact', 'Value'],
    [
      ['Date', m.date],
      ['CPUs (nproc)', `${m.nproc} · ${m.cpuModel}`],
      ['Memory', `${(m.memoryBytes / 2 ** 30).toFixed(1)} GiB`],
      ['Node', m.node],
      ['Chromium', m.chromium],
      ['OS', m.kernel],
      ['Code measured', m.git],
      [
        'Other processes’ CPU during the bench',
        m.foreignCpu
          ? `${m.foreignCpu.cpuSeconds} CPU-s in ${wall} (${((m.foreignCpu.cpuSeconds * 100000) / r.wallMs).toFixed(0)}% of one core)${m.foreignCpu.busiest.length ? `; busiest: ${m.foreignCpu.busiest.map((b) => `\`${cell(b.command)}\` ${b.cpuSeconds} s`).join(', ')}` : ''}`
          : '–',
      ],
      ['Load average (1 min)', `${m.loadAverage.start.toFixed(2)} at start, ${m.loadAverage.end?.toFixed(2) ?? '–'} at end (on ${m.nproc} CPUs; the start figure shows other work on the machine, the end one includes the bench's own Chromium and Node)`],
      ['Bench wall time', `${wall} (sizes ${r.config.sizes.map(rowsLabel).join(', ')}; runs per case: ${r.config.runs})`],
    ],
  );

  const ui = table(
    ['Rows', 'Format', 'Runs', 'Total', ...PHASES.map((p) => PHASE_LABELS[p]), `Longest stall (${PHASES.map((p) => PHASE_LABELS[p]).join(' / ')})`, 'JS heap peak', 'Renderer RSS peak', 'Node RSS peak'],
    r.ui.map((c) => [
      rowsLabel(c.rows),
      c.format,
      `${c.runs.length}${c.runs.length < c.runsPlanned ? ` of ${c.runsPlanned}` : ''}${c.errors.length ? ` (${c.errors.length} failed)` : ''}`,
      `**${seconds(c.medians.totalMs)}**`,
      ...PHASES.map((p) => seconds(c.medians.phasesMs[p])),
      PHASES.map((p) => millis(c.medians.longestStallMs[p])).join(' / '),
      mb(c.medians.jsHeapPeakBytes),
      `${mb(c.medians.rendererPeakRssBytes)} (${mb(c.medians.rendererRssBeforeBytes)} before)`,
      `${mb(c.medians.nodePeakRssBytes)} (${mb(c.medians.nodeRssBeforeBytes)} before)`,
    ]),
  );
  const uiNotes = r.ui.flatMap((c) => [
    ...(c.note ? [`- ${rowsLabel(c.rows)} ${c.format}: ${c.note}`] : []),
    ...c.errors.map((e) => `- ${rowsLabel(c.rows)} ${c.format} failed: ${cell(e, 400)}`),
    ...(c.runs.some((run) => run.pageErrors.length) ? [`- ${rowsLabel(c.rows)} ${c.format}: page errors: ${cell([...new Set(c.runs.flatMap((run) => run.pageErrors))].join('; '), 400)}`] : []),
  ]);

  const cli = table(
    ['Rows', 'Format', 'File size', 'import-check', 'Peak RSS', 'openpyxl read-only', 'Peak RSS', 'openpyxl ÷ import-check', '≥ 2×'],
    r.cli.map((c) => {
      const size = r.files.find((f) => f.rows === c.rows && f.format === c.format)?.bytes;
      if ('error' in c) return [rowsLabel(c.rows), c.format, fileSize(size), `failed: ${cell(c.error.replace(/^.* exited with \d+: /s, ''))}`, '', '', '', '', ''];
      return [
        rowsLabel(c.rows),
        c.format,
        fileSize(size),
        `**${seconds(c.importCheck.medianMs)}**${c.retried ? ' (retried)' : ''}`,
        mb(c.importCheck.medianPeakRssBytes),
        c.openpyxl ? seconds(c.openpyxl.medianMs) : 'n/a (xlsx only)',
        c.openpyxl ? mb(c.openpyxl.medianPeakRssBytes) : '',
        c.speedup === null ? '' : `${c.speedup.toFixed(2)}×`,
        c.speedup === null ? '' : mark(c.speedup >= 2),
      ];
    }),
  );

  return `# Spreadsheet import benchmark

Written by \`npm run bench\` (test/bench/run.ts). All figures are **medians** over the runs shown; memory and stall
columns are medians of each run's peak. MB = 10⁶ bytes. Generated files: 15 asset columns (${'Tag, Type, Vendor, Model, Firmware, Serial, IP, MAC, Hostname, Protocols, Ports, Zone, Location, Criticality, Notes'}), unique tags, serials, IPs and MACs (no duplicates); xlsx streamed by exceljs (shared strings, styles), csv comma-separated UTF-8 with CRLF.

## Machine

${machine}

## Targets

${targetsTable(r)}

## Full import through the UI (Chromium, on-disk profile)

Each run launches Debian Chromium with a fresh persistent profile (IndexedDB on disk, as in Electron), creates an
assessment, opens Assets (Alt+3), clicks “Import spreadsheet…”, and the scripted dialog returns the file. Phases:
**open + analyse** = click → “Check rows” enabled; **check rows** = click → the “Import N …” button; **write** = click →
the report's Close button; **grid visible** = click Close → the grid's aria-rowcount equals rows + 1. Total is the wall
time from the first click to the last, so it includes Playwright's clicks (a few ms each).

${ui}
${uiNotes.length ? `\n${uiNotes.join('\n')}\n` : ''}
- Longest stall: the longest gap between beats of a 16 ms \`setInterval\` heartbeat injected into the page, per phase
  (a gap that spans a phase boundary counts in the phase where it ends); ~16 ms means the page never blocked.
- JS heap peak: \`JSHeapUsedSize\` from CDP \`Performance.getMetrics\`, polled every 250 ms. A blocked page answers late,
  so a short spike inside a long task can be missed. Renderer RSS peak: VmHWM of the page's renderer process, reset at
  the click. Node RSS peak: VmHWM of the bench's own Node process, where this harness runs the main-process handlers
  (reading the file, parsing, sessions), reset at the click. “before”: RSS just before the click (app loaded, Playwright,
  the bench itself), so the import's own share is the difference.

## import-check (CLI) against Python openpyxl

\`node electron/cli/launch.mjs import-check FILE --json\` (what \`npm run csms\` runs) spawned from the repo (wall time
includes Node start-up and loading the CLI bundle; npm's own start-up, about 0.4 s, is left out), against \`/usr/bin/python3\` openpyxl ${'read-only'} iterating every row of the same xlsx.
The CLI runs the source on disk at that moment (the UI runs use the code built and loaded when the bench started); a
case that fails is retried once after the UI runs, and marked “retried”.
Peak RSS from \`/usr/bin/time -f %M\` (${r.cli.some((c) => 'importCheck' in c && c.importCheck.rssMethod === 'proc-poll') ? 'polled from /proc: GNU time was missing' : 'the whole process'}).
${r.cliStartup ? `Start-up floor included in every import-check time: \`csms --version\` takes ${seconds(r.cliStartup.medianMs)} (peak RSS ${mb(r.cliStartup.medianPeakRssBytes)}).\n` : ''}
${cli}
${r.storage ? storageSection(r.storage) : ''}`;
}

/** Why assets are stored in pages: the same assets written and read both ways. */
function storageSection(s: StorageMeasure): string {
  const perRecord = (ms: number) => `${((ms * 1000) / s.assets).toFixed(0)} µs per asset`;
  return `
## IndexedDB: one record per asset vs pages (Chromium, on-disk profile)

${s.assets.toLocaleString('en-GB')} typical imported assets written in 5,000-record transactions one record each, then
the same assets as the app stores them: grouped in ${s.pages} pages by the first two hex digits of their ids
(renderer/db/asset-pages.ts), in one transaction. Read = all of them back through the assessmentId index.

${table(
    ['Stored as', 'Write', 'Read all'],
    [
      ['one record per asset', `${seconds(s.singleWriteMs)} (${perRecord(s.singleWriteMs)})`, seconds(s.singleReadMs)],
      [`${s.pages} pages`, `${seconds(s.pagedWriteMs)} (${perRecord(s.pagedWriteMs)})`, seconds(s.pagedReadMs)],
    ],
  )}
`;
}

export function writeResults(results: BenchResults, mdPath: string, jsonPath: string) {
  writeFileSync(mdPath, renderMarkdown(results));
  writeFileSync(jsonPath, `${JSON.stringify(results, null, 2)}\n`);
}
