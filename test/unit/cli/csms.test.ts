import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeBundle } from '../../../shared/bundle/encode';
import { sampleBundle } from '../../support/sample-bundle';

const ROOT = resolve(__dirname, '../../..');

/** The real CLI as `npm run csms` starts it, in a child process. */
function csms(...args: string[]) {
  const run = spawnSync(process.execPath, ['electron/cli/launch.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function expectOneLineError(stderr: string, pattern: RegExp) {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/^\s+at /m);
}

let dir: string;
let sample: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'csms-cli-'));
  sample = join(dir, 'Riverside WTP 2026-11-22.csms');
  await writeFile(sample, await encodeBundle(await sampleBundle(), { appVersion: '0.1.0-test', exportedAt: '2026-11-22T16:10:00.000Z' }));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('csms', () => {
  it('--help lists the commands and exits 0', () => {
    const { code, stdout } = csms('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\s+csms inspect FILE\.csms \[--json\]/m);
    expect(csms('help').stdout).toBe(stdout);
  });

  it('--version prints the app version', async () => {
    const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
    const { code, stdout } = csms('--version');
    expect(code).toBe(0);
    expect(stdout).toContain(version);
  });

  it('inspect --json prints one JSON object with counts taken from the data', () => {
    const { code, stdout, stderr } = csms('inspect', sample, '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      file: sample,
      formatVersion: 2,
      appVersion: '0.1.0-test',
      exportedAt: '2026-11-22T16:10:00.000Z',
      assessment: {
        id: '0f8b3c2e-5a41-4d6e-9b7a-2c1d3e4f5a60',
        name: 'Riverside WTP',
        organisation: 'Riverside Water Authority',
        location: 'Zürich',
        sector: 'water',
        edition: '2-1:2024',
        assessors: ['Ana Ruiz', 'Jo Smith'],
      },
      counts: { zones: 2, conduits: 1, assets: 3, answers: 1, evidence: 2, risks: 1, findings: 0, actions: 0 },
      evidenceBytes: 33 + 4096,
      encryption: null,
    });
  });

  it('inspect without --json prints an aligned summary', () => {
    const { code, stdout } = csms('inspect', sample);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(/^.{12} {2}\S/); // every value starts in the same column
    const rows = new Map(lines.map((line) => [line.slice(0, 14).trim(), line.slice(14)]));
    expect(rows.get('Assessment')).toBe('Riverside WTP');
    expect(rows.get('Sector')).toBe('Water and wastewater');
    expect(rows.get('Assets')).toBe('3');
    expect(rows.get('Evidence')).toBe('2 files, 4 KB');
  });

  it('inspect on a damaged file exits 2 with one line naming the file and the damage', async () => {
    const damaged = join(dir, 'damaged.csms');
    const bytes = await readFile(sample);
    await writeFile(damaged, bytes.subarray(0, bytes.length / 2));
    const { code, stdout, stderr } = csms('inspect', damaged);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expectOneLineError(stderr, /^csms: inspect: “damaged\.csms”: The file is damaged: .+\.$/);
  });

  it('inspect on a file that is not an assessment exits 2', () => {
    const { code, stderr } = csms('inspect', join(ROOT, 'test/fixtures/bundles/not-a-bundle.csms'));
    expect(code).toBe(2);
    expectOneLineError(stderr, /^csms: inspect: “not-a-bundle\.csms”: This is not a CSMS Assessor file: it is neither a ZIP archive nor an encrypted assessment file\.$/);
  });

  it('inspect on a missing file exits 2', () => {
    const { code, stderr } = csms('inspect', join(dir, 'nowhere.csms'));
    expect(code).toBe(2);
    expectOneLineError(stderr, /^csms: inspect: Could not read “nowhere\.csms”: no such file or folder\.$/);
  });

  it('a wrong command line exits 2 with one line', () => {
    for (const [args, pattern] of [
      [['frobnicate'], /^csms: unknown command “frobnicate”/],
      [['inspect'], /^csms: inspect: missing FILE\.csms/],
      [['inspect', sample, '--yaml'], /^csms: inspect: Unknown option '--yaml'/],
      [['inspect', sample, 'extra'], /^csms: inspect: unexpected argument “extra”/],
    ] as const) {
      const { code, stderr } = csms(...args);
      expect(code, args.join(' ')).toBe(2);
      expectOneLineError(stderr, pattern);
    }
  });

  it('reads the committed fixture', () => {
    const { code, stdout } = csms('inspect', 'test/fixtures/bundles/sample.csms', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ assessment: { name: 'Riverside WTP' }, counts: { assets: 3, evidence: 2 } });
  });
});
