import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../shared/catalogue/catalogue';

const ROOT = resolve(__dirname, '../../..');

function csms(...args: string[]) {
  const run = spawnSync(process.execPath, ['electron/cli/launch.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'csms-demo-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('csms demo', () => {
  it('writes a sample assessment that inspect reads, and the same bytes every time', async () => {
    const file = join(dir, 'Riverside demo.csms');
    const first = csms('demo', '--out', file);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Wrote .*Riverside demo\.csms: Riverside Water Treatment Works, 6 zones/);

    const inspected = csms('inspect', file, '--json');
    expect(inspected.code).toBe(0);
    const report = JSON.parse(inspected.stdout);
    expect(report.assessment).toMatchObject({ name: 'Riverside Water Treatment Works', sector: 'water', edition: '2-1:2024' });
    const { counts } = report;
    expect(counts.zones).toBe(6);
    expect(counts.conduits).toBeGreaterThanOrEqual(6);
    expect(counts.assets).toBeGreaterThanOrEqual(250);
    expect(counts.assets).toBeLessThanOrEqual(350);
    expect(counts.answers).toBeGreaterThanOrEqual(0.6 * CATALOGUE.requirements.length);
    expect(counts.risks).toBeGreaterThanOrEqual(10);
    expect(counts.actions).toBeGreaterThanOrEqual(6);
    expect(counts.findings).toBeGreaterThan(0);
    expect(counts.evidence).toBe(0);

    const bytes = await readFile(file);
    expect(csms('demo', '--out', file, '--force').code).toBe(0);
    expect(await readFile(file)).toEqual(bytes);
  });

  it('refuses to overwrite an existing file without --force', async () => {
    const file = join(dir, 'existing.csms');
    expect(csms('demo', '--out', file).code).toBe(0);
    const before = await readFile(file);
    const { code, stdout, stderr } = csms('demo', '--out', file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/already exists; use --force/);
    expect(await readFile(file)).toEqual(before);
  });

  it('needs --out', () => {
    const { code, stderr } = csms('demo');
    expect(code).toBe(2);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/--out/);
  });
});
