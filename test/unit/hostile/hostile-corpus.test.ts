import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BUDGET_MS, DEFAULT_CAP_MB, type HostileCase } from '../../hostile/case';
import { buildRunner } from '../../hostile/build-runner';
import { HOSTILE_CASES } from '../../hostile/cases';
import type { RunOptions } from '../../hostile/run-case';

/**
 * The hostile-input corpus (test/hostile/): each file made by code, then run in a process of its own through the
 * entry point the app uses, measured by GNU time (peak resident memory of the process and its reader child), and
 * held to its expected outcome, time budget and memory cap. The table of results lands in
 * test-results/hostile-corpus.md.
 */
const RESULTS = resolve('test-results/hostile-corpus.md');

interface Result {
  outcome: 'refused' | 'read' | 'asked' | 'bug';
  message: string;
  ms: number;
}

let work: string;
let runner: string;
const rows: string[] = [];

beforeAll(() => {
  runner = buildRunner();
  work = mkdtempSync(join(tmpdir(), 'csms-hostile-'));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(resolve('test-results'), { recursive: true });
  writeFileSync(
    RESULTS,
    ['| case | what it is | outcome | message or what was read | time | peak memory |', '|---|---|---|---|---|---|', ...rows].join('\n') + '\n',
  );
});

async function writeCase(c: HostileCase): Promise<string> {
  const file = join(work, c.fileName);
  const made = await c.make();
  if ('sparseBytes' in made) {
    writeFileSync(file, '');
    truncateSync(file, made.sparseBytes);
  } else writeFileSync(file, made);
  return file;
}

describe('the hostile-input corpus', () => {
  it('holds at least 60 cases, each expecting one outcome', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(HOSTILE_CASES.map((c) => c.id)).size).toBe(HOSTILE_CASES.length);
    for (const c of HOSTILE_CASES) expect([c.refused, c.read, c.asked].filter(Boolean), c.id).toHaveLength(1);
  });

  it.each(HOSTILE_CASES.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const file = await writeCase(c);
    const caseDir = mkdtempSync(join(work, `${c.id}-`));
    const options: RunOptions = { fileName: c.fileName, passphrase: c.passphrase, merge: c.merge, budgets: c.budgets };
    const run = spawnSync('/usr/bin/time', ['-f', 'peak-kb %M', process.execPath, runner, c.kind, file, caseDir, JSON.stringify(options)], {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 ** 2,
    });
    rmSync(file, { force: true });
    rmSync(caseDir, { recursive: true, force: true });
    const result = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as Result;
    const peakMb = Math.round(Number(/peak-kb (\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024);
    const expected = c.refused ? 'refused' : c.read ? 'read' : 'asked';
    rows.push(`| ${c.id} | ${c.what} | ${result.outcome} | ${result.message.split('\n')[0]?.replace(/\|/g, '\\|')} | ${(result.ms / 1000).toFixed(2)} s | ${peakMb} MB |`);

    expect({ outcome: result.outcome, message: result.message }).toEqual({ outcome: expected, message: expect.stringMatching((c.refused ?? c.read ?? c.asked)!) });
    expect(result.ms).toBeLessThanOrEqual(DEFAULT_BUDGET_MS);
    expect(peakMb).toBeLessThanOrEqual(c.capMb ?? DEFAULT_CAP_MB);
  }, 180_000);
});
