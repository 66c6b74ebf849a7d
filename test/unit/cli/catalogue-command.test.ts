import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { createNodeFileSystem } from '../../../electron/main/node-fs';
import { testIsolation } from '../../support/isolation';
import { CATALOGUE } from '../../../shared/catalogue/catalogue';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { out: (t) => (stdout += t), err: (t) => (stderr += t), fs: createNodeFileSystem(), isolation: testIsolation() }, 'test');
  return { code, stdout, stderr };
}

describe('csms catalogue', () => {
  it('--json prints one JSON object with resolved levels for every requirement', async () => {
    const { code, stdout, stderr } = await run('catalogue', '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.endsWith('}\n')).toBe(true);
    expect(stdout.trimEnd()).not.toContain('\n');

    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['version', 'steps', 'requirements']);
    expect(report.version).toBe(CATALOGUE.version);
    expect(report.steps).toHaveLength(11);
    expect(report.steps[0]).toEqual({ id: 1, title: 'Governance' });
    expect(report.requirements.length).toBeGreaterThanOrEqual(80);
    for (const r of report.requirements) {
      expect(Object.keys(r)).toEqual(['id', 'step', 'title', 'ed1', 'ed2', 'question', 'guidance', 'levels']);
      expect(r.ed1.length).toBeGreaterThan(0);
      expect(r.ed2.length).toBeGreaterThan(0);
      expect(Object.keys(r.levels)).toEqual(['1', '2', '3', '4']);
      for (const text of Object.values(r.levels)) expect(text).toEqual(expect.stringMatching(/\S/));
    }
  });

  it('prints a readable listing grouped by step without --json', async () => {
    const { code, stdout } = await run('catalogue');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Step 1: Governance$/m);
    expect(stdout).toMatch(/^Step 11: Monitoring and continuous improvement$/m);
    expect(stdout).toMatch(/^ {2}GOV-01 {2}Written OT security policy +\[4\.3\.2\.6 \| SPE 1 \/ ORG\]$/m);
    expect(stdout).toContain('MON-01');
  });

  it('rejects unexpected arguments as a usage error', async () => {
    const { code, stderr } = await run('catalogue', 'extra');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^csms: catalogue: unexpected argument “extra”\. Usage: csms catalogue \[--json\]\n$/);
  });

  it('is listed in the help text', async () => {
    const { stdout } = await run('--help');
    expect(stdout).toMatch(/^\s+csms catalogue \[--json\]/m);
  });
});
