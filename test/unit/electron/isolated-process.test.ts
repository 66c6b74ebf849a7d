import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { OVER_MEMORY_MARK } from '../../../electron/main/isolation/child-channel';
import { BundleError } from '../../../shared/bundle/errors';
import { UserFacingError } from '../../../shared/ipc/result';
import { runIsolated, startIsolated, type IsolatedWork } from '../../../electron/main/isolation/untrusted-files';
import { testIsolation } from '../../support/isolation';

const work = (fileName: string): IsolatedWork => ({ subject: `“${fileName}”`, activity: 'reading it', budget: 'spreadsheet' });

/** A CSV of `rows` rows of 20 distinct short values: about 2.5 MB per 10,000 rows, and a grid several times that. */
function bigCsv(rows: number): Uint8Array {
  const lines = ['Name,' + Array.from({ length: 19 }, (_, i) => `C${i}`).join(',')];
  for (let r = 0; r < rows; r++) lines.push(Array.from({ length: 20 }, (_, c) => `v${r}-${c}`).join(','));
  return new TextEncoder().encode(lines.join('\n'));
}

describe('the process that reads untrusted files', () => {
  it('ends a reader whose heap reaches its cap, with one sentence naming the file and the limit; main goes on', async () => {
    const isolation = testIsolation({ spreadsheet: { memoryMb: 32, timeMs: 120_000 } });
    const reader = startIsolated(isolation, work('huge.csv'));
    const opening = reader.call('openSpreadsheet', { bytes: bigCsv(200_000), fileName: 'huge.csv' }, { timeMs: 120_000 });
    const error = await opening.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error).toMatchObject({
      code: 'bad-file',
      message: '“huge.csv” was stopped: reading it needs more than 32 MB of memory. It may be damaged or made to harm; nothing was changed.',
    });
    // The process is gone: every later call fails the same way, at once.
    await expect(reader.call('analyseSheet', { sheet: 'huge.csv' }, { timeMs: 1000 })).rejects.toBe(error);
    // And a new one reads a normal file as usual.
    const fresh = await runIsolated(testIsolation(), work('small.csv'), 'openSpreadsheet', { bytes: bigCsv(10), fileName: 'small.csv' });
    expect(fresh.sheets).toEqual([{ name: 'small.csv', rowCount: 11, score: expect.any(Number) }]);
  });

  it('stops a call that runs past its time budget', async () => {
    // Parsing a 12 MB CSV takes about a second; the budget is a twentieth of that.
    const isolation = testIsolation({ spreadsheet: { memoryMb: 2048, timeMs: 50 } });
    await expect(runIsolated(isolation, work('slow.csv'), 'openSpreadsheet', { bytes: bigCsv(50_000), fileName: 'slow.csv' })).rejects.toMatchObject({
      code: 'bad-file',
      message: '“slow.csv” was stopped: reading it needs more than 50 ms. It may be damaged or made to harm; nothing was changed.',
    });
  });

  it('stops at once on Cancel, and the process is gone', async () => {
    const controller = new AbortController();
    const reader = startIsolated(testIsolation(), work('cancelled.csv'));
    const opening = reader.call(
      'openSpreadsheet',
      { bytes: bigCsv(50_000), fileName: 'cancelled.csv' },
      { timeMs: 120_000, signal: controller.signal, onProgress: () => controller.abort(new Error('Cancelled by the assessor')) },
    );
    await expect(opening).rejects.toThrow('Cancelled by the assessor');
    await expect(reader.call('analyseSheet', { sheet: 'cancelled.csv' }, { timeMs: 1000 })).rejects.toThrow('Cancelled by the assessor');
  });

  it('hands back the errors callers act on with their class: a file refused, a .csms that needs a passphrase', async () => {
    const refused = runIsolated(testIsolation(), work('notes.csv'), 'openSpreadsheet', { bytes: new TextEncoder().encode('Dear team'), fileName: 'notes.csv' });
    await expect(refused).rejects.toBeInstanceOf(UserFacingError);
    await expect(refused).rejects.toMatchObject({ code: 'bad-file', message: expect.stringMatching(/^“notes\.csv”: This text file is not a table/) });
    const foreign = runIsolated(testIsolation(), { ...work('x.csms'), budget: 'bundle' }, 'decodeBundle', { bytes: new Uint8Array([1, 2, 3]) });
    await expect(foreign).rejects.toBeInstanceOf(BundleError);
    await expect(foreign).rejects.toMatchObject({ kind: 'not-assessment-file' });
  });

  it('ends a process whose memory outside the heap (file bytes, inflated parts) passes its cap, naming why', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csms-watchdog-'));
    try {
      const entry = join(dir, 'grow.ts');
      // Buffers live outside the V8 heap, so only the watchdog can stop them.
      writeFileSync(
        entry,
        `import { watchMemory } from ${JSON.stringify(resolve('electron/main/isolation/memory-watchdog.ts'))};
         watchMemory(16);
         const kept: Buffer[] = [];
         setInterval(() => { kept.push(Buffer.alloc(32 * 1024 * 1024, 1)); if (kept.length > 40) process.exit(3); }, 20);`,
      );
      buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', outfile: join(dir, 'grow.cjs'), logLevel: 'warning' });
      const run = spawnSync(process.execPath, [join(dir, 'grow.cjs')], { encoding: 'utf8' });
      expect(run.signal).toBe('SIGKILL');
      expect(run.stderr).toContain(OVER_MEMORY_MARK);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
