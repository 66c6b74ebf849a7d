import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentBundle } from '../../../shared/bundle/bundle';
import { copyBundle } from '../../../shared/bundle/copy-bundle';
import { decodeBundle } from '../../../shared/bundle/decode';
import { encodeBundle } from '../../../shared/bundle/encode';
import { encryptBundleBytes } from '../../../shared/bundle/encryption';
import { sampleBundle } from '../../support/sample-bundle';
import { sha256Hex } from '../../../shared/bundle/sha256';
import { Clock, act, asset, assetId, baseBundle, evidenceId, replicaOf } from '../merge/replica';

const ROOT = resolve(__dirname, '../../..');
const PASSPHRASE = 'Ana’s USB stick, Łódź 2026';

/** The real CLI in a child process; `env` adds variables (the passphrase) to the environment. */
function csms(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ['electron/cli/launch.mjs', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Exit 2, nothing on stdout, one line on stderr matching `pattern`. */
function expectRefused(run: ReturnType<typeof csms>, pattern: RegExp) {
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toEqual([expect.stringMatching(pattern)]);
  expect(run.code).toBe(2);
}

let dir: string;
let plainPath: string;
let sealedPath: string;
let sealed: Uint8Array;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'csms-bundle-'));
  const plain = await encodeBundle(await sampleBundle(), { appVersion: '0.1.0-test', exportedAt: '2026-11-22T16:10:00.000Z' });
  sealed = await encryptBundleBytes(plain, PASSPHRASE);
  plainPath = join(dir, 'plain.csms');
  sealedPath = join(dir, 'sealed.csms');
  await writeFile(plainPath, plain);
  await writeFile(sealedPath, sealed);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function variant(name: string, edit: (bytes: Uint8Array) => Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, edit(sealed.slice()));
  return path;
}

describe('csms bundle verify', () => {
  it('says an intact encrypted file is intact in one line, with its name, counts and encryption', () => {
    const run = csms(['bundle', 'verify', sealedPath, '--passphrase-env', 'CSMS_TEST_PASS'], { CSMS_TEST_PASS: PASSPHRASE });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      '“sealed.csms”: intact, encrypted (AES-256-GCM, key from PBKDF2-HMAC-SHA-256 with 600000 rounds); “Riverside WTP”, format 2, ' +
        '2 zones, 1 conduits, 3 assets, 1 answers, 2 evidence files, 1 risks, 0 findings, 0 actions\n',
    );
  });

  it('says an intact plain file is intact and not encrypted, with or without a passphrase', () => {
    const run = csms(['bundle', 'verify', plainPath]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^“plain\.csms”: intact, not encrypted; “Riverside WTP”, format 2, 2 zones, .*\n$/);
    expect(csms(['bundle', 'verify', plainPath, '--passphrase-env', 'P'], { P: 'whatever it is' }).stdout).toBe(run.stdout);
  });

  it('exits 2 with one line for a wrong, missing, empty or unset passphrase', () => {
    expectRefused(csms(['bundle', 'verify', sealedPath, '--passphrase-env', 'P'], { P: 'not the passphrase' }), /^csms: bundle: The passphrase in P does not open “sealed\.csms”\.$/);
    expectRefused(csms(['bundle', 'verify', sealedPath]), /^csms: bundle: “sealed\.csms” is encrypted: give --passphrase-env VAR/);
    expectRefused(csms(['bundle', 'verify', sealedPath, '--passphrase-env', 'P'], { P: '' }), /“sealed\.csms” is encrypted and the environment variable P is empty\.$/);
    expectRefused(csms(['bundle', 'verify', sealedPath, '--passphrase-env', 'CSMS_NOT_SET_ANYWHERE']), /the environment variable CSMS_NOT_SET_ANYWHERE is not set/);
  });

  it('exits 2 naming the damage: tampered content, a damaged header, a cut-short file, a newer envelope', async () => {
    const env = { P: PASSPHRASE };
    const verify = (path: string) => csms(['bundle', 'verify', path, '--passphrase-env', 'P'], env);
    const tampered = await variant('tampered.csms', (b) => ((b[b.length - 100]! ^= 0x40), b));
    expectRefused(verify(tampered), /^csms: bundle: “tampered\.csms”: The file is damaged: its encrypted content fails its integrity check/);
    const header = await variant('header.csms', (b) => ((b[20]! ^= 0x01), b));
    expectRefused(verify(header), /“header\.csms”: The file is damaged: its encryption header is damaged\.$/);
    const cut = await variant('cut.csms', (b) => b.subarray(0, b.length - 10));
    expectRefused(verify(cut), /“cut\.csms”: The file is damaged: it is cut short: \d+ of its \d+ bytes are there\.$/);
    const newer = await variant('newer.csms', (b) => ((b[7] = 2), b));
    expectRefused(verify(newer), /“newer\.csms”: This file is encrypted in a way a newer version .*Update the app to open it\.$/);
  });

  it('exits 2 for a file that is not a .csms, and for a damaged plain file', async () => {
    const notes = join(dir, 'notes.csms');
    await writeFile(notes, 'meeting notes\n');
    expectRefused(csms(['bundle', 'verify', notes]), /^csms: bundle: “notes\.csms”: This is not a CSMS Assessor file: /);
    const plain = await readFile(plainPath);
    const broken = join(dir, 'broken.csms');
    await writeFile(broken, plain.subarray(0, plain.length - 30));
    expectRefused(csms(['bundle', 'verify', broken]), /“broken\.csms”: The file is damaged: /);
  });

  it('needs something to do, and knows what it cannot do', () => {
    expectRefused(csms(['bundle']), /^csms: bundle: missing what to do\. Usage: csms bundle verify FILE\.csms/);
    expectRefused(csms(['bundle', 'frobnicate', plainPath]), /^csms: bundle: unknown “frobnicate”\./);
    expectRefused(csms(['bundle', 'verify']), /missing FILE\.csms/);
  });
});

describe('csms demo and inspect with --passphrase-env', () => {
  it('writes an encrypted demo that verify and inspect open with the passphrase, fresh bytes each time', async () => {
    const out = join(dir, 'demo-sealed.csms');
    const env = { CSMS_DEMO_PASS: PASSPHRASE };
    const wrote = csms(['demo', '--out', out, '--passphrase-env', 'CSMS_DEMO_PASS'], env);
    expect(wrote.stderr).toBe('');
    expect(wrote.stdout).toMatch(/^Wrote .*demo-sealed\.csms \(encrypted\): Riverside Water Treatment Works, 6 zones/);
    const first = await readFile(out);
    expect(first.subarray(0, 7).toString()).toBe('CSMSENC');

    expect(csms(['bundle', 'verify', out, '--passphrase-env', 'CSMS_DEMO_PASS'], env).stdout).toMatch(/intact, encrypted .*“Riverside Water Treatment Works”/);
    const inspected = csms(['inspect', out, '--json', '--passphrase-env', 'CSMS_DEMO_PASS'], env);
    expect(inspected.code).toBe(0);
    const report = JSON.parse(inspected.stdout);
    expect(report.encryption).toEqual({ kdf: 'PBKDF2-HMAC-SHA-256', iterations: 600_000 });
    expect(report.counts).toMatchObject({ zones: 6, assets: 295 });
    expectRefused(csms(['inspect', out]), /^csms: inspect: “demo-sealed\.csms” is encrypted: give --passphrase-env VAR/);

    expect(csms(['demo', '--out', out, '--force', '--passphrase-env', 'CSMS_DEMO_PASS'], env).code).toBe(0);
    expect((await readFile(out)).equals(first)).toBe(false); // a new salt and IV
  });

  it('refuses a passphrase shorter than 12 characters and writes nothing', async () => {
    const out = join(dir, 'weak.csms');
    expectRefused(csms(['demo', '--out', out, '--passphrase-env', 'P'], { P: 'short' }), /^csms: demo: the passphrase needs at least 12 characters \(the one in P\)\./);
    await expect(readFile(out)).rejects.toThrow(/ENOENT/);
  });
});

describe('csms bundle merge', () => {
  const META = { appVersion: '0.1.0-test', exportedAt: '2026-11-22T16:10:00.000Z' };
  const write = async (name: string, bundle: AssessmentBundle, passphrase?: string) => {
    const plain = await encodeBundle(bundle, META);
    await writeFile(join(dir, name), passphrase === undefined ? plain : await encryptBundleBytes(plain, passphrase));
    return join(dir, name);
  };
  const criticality = (name: string, value: string) => (b: AssessmentBundle) => {
    b.tables.assets.find((a) => a.name === name)!.criticality = value;
  };

  /** Ana and Jo edit copies of one assessment: apart (a/b.csms), then the same field of one asset (a2/b2.csms). */
  let a: string;
  let b: string;
  let a2: string;
  let b2: string;
  beforeAll(async () => {
    const clock = new Clock();
    const ana = replicaOf(baseBundle(), 'replica-ana', 'Ana Ruiz');
    const jo = replicaOf(baseBundle(), 'replica-jo', 'Jo Smith');
    act(ana, clock, criticality('PLC-1', 'high'));
    act(jo, clock, (bundle) => bundle.tables.assets.push(asset(10, { name: 'Historian' })));
    a = await write('a.csms', ana.bundle);
    b = await write('b.csms', jo.bundle);
    act(ana, clock, criticality('PLC-3', 'low'));
    act(jo, clock, criticality('PLC-3', 'medium'));
    a2 = await write('a2.csms', ana.bundle);
    b2 = await write('b2.csms', jo.bundle);
  });

  it('writes both sides’ work and trails to a new file, and says so in one line', async () => {
    const out = join(dir, 'merged.csms');
    const run = csms(['bundle', 'merge', a, b, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`merged “b.csms” into “a.csms”: 1 added, 0 changed, 0 deleted, 1 new trail entry; 0 conflicts → ${out}\n`);
    const merged = await decodeBundle(await readFile(out));
    expect(merged.tables.assets.map((x) => [x.name, x.criticality])).toEqual([
      ['PLC-1', 'high'],
      ['PLC-2', 'medium'],
      ['PLC-3', 'high'],
      ['Historian', 'medium'],
    ]);
    expect(merged.audit.map((e) => [e.by.name, e.action])).toEqual([
      ['Ana Ruiz', 'edit'],
      ['Jo Smith', 'edit'],
      ['csms command line', 'merge'],
    ]);
    expect(merged.audit[2]).toMatchObject({ seq: 1, note: 'b.csms', changes: [], known: { 'replica-ana': 1, 'replica-jo': 1 } });
  });

  it('lists each conflict on its own line with both values and who set them, exits 3 and writes nothing', async () => {
    const out = join(dir, 'clash.csms');
    const run = csms(['bundle', 'merge', a2, b2, '--out', out]);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe(
      'conflict: Asset “PLC-3”, Criticality: “a2.csms” has "low" (Ana Ruiz, 2026-11-22 08:00 UTC), “b2.csms” has "medium" (Jo Smith, 2026-11-22 08:00 UTC)\n',
    );
    expect(run.stderr).toBe(
      'csms: bundle: 1 conflict between “a2.csms” and “b2.csms”; nothing written. Settle them all with --prefer first or --prefer second, or merge in the app to choose one by one.\n',
    );
    await expect(readFile(out)).rejects.toThrow(/ENOENT/);
  });

  it('settles every conflict with --prefer, records the choice under --as, and says so', async () => {
    const out = join(dir, 'settled.csms');
    const run = csms(['bundle', 'merge', a2, b2, '--out', out, '--prefer', 'second', '--as', 'Li Wei']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      `merged “b2.csms” into “a2.csms”: 1 added, 1 changed, 0 deleted, 2 new trail entries; 1 conflict settled for “b2.csms” (--prefer second) → ${out}\n`,
    );
    const merged = await decodeBundle(await readFile(out));
    expect(merged.tables.assets.find((x) => x.id === assetId(3))?.criticality).toBe('medium');
    expect(merged.audit.at(-1)).toMatchObject({
      by: { name: 'Li Wei' },
      changes: [{ op: 'update', table: 'assets', recordId: assetId(3), field: 'criticality', old: 'low', new: 'medium' }],
    });
    // Merging the result with either file again finds the conflict settled.
    const again = csms(['bundle', 'merge', out, a2, '--out', join(dir, 'again.csms')]);
    expect(again.stdout).toMatch(/: 0 added, 0 changed, 0 deleted, 0 new trail entries; 0 conflicts → /);
  });

  it('opens encrypted files with the passphrase and encrypts the result under it', async () => {
    const sealedA = await write('sealed-a.csms', await decodeBundle(await readFile(a)), PASSPHRASE);
    const out = join(dir, 'sealed-merged.csms');
    const env = { P: PASSPHRASE };
    expectRefused(csms(['bundle', 'merge', sealedA, b, '--out', out]), /^csms: bundle: “sealed-a\.csms” is encrypted: give --passphrase-env VAR/);
    const run = csms(['bundle', 'merge', sealedA, b, '--out', out, '--passphrase-env', 'P'], env);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/→ .*sealed-merged\.csms \(encrypted\)\n$/);
    expect((await readFile(out)).subarray(0, 7).toString()).toBe('CSMSENC');
    expect(csms(['bundle', 'verify', out, '--passphrase-env', 'P'], env).stdout).toMatch(/intact, encrypted .*4 assets/);
  });

  it('refuses, in one line and without writing, what it cannot merge', async () => {
    const out = join(dir, 'refused.csms');
    const merge = (...args: string[]) => csms(['bundle', 'merge', ...args]);
    const other = await write('lakeside.csms', copyBundle(baseBundle(), 'Lakeside', META.exportedAt));
    expectRefused(
      merge(a, other, '--out', out),
      /^csms: bundle: “lakeside\.csms” holds assessment “Lakeside” \([0-9a-f]{8}\), not “Riverside WTP” \(0f8b3c2e\) as “a\.csms” does; only copies of one assessment can be merged\.$/,
    );
    expectRefused(merge(a, join(dir, 'nowhere.csms'), '--out', out), /^csms: bundle: Could not read “nowhere\.csms”: no such file or folder\.$/);
    expectRefused(merge(a, b, '--out', a), /^csms: bundle: --out names “a\.csms”, one of the files to merge; write the result to a new file\.$/);
    expectRefused(merge(a, b, '--out', b2), /^csms: bundle: “b2\.csms” already exists; use --force to overwrite it\.$/);
    expectRefused(merge(a, b, '--out', out, '--prefer', 'newest'), /^csms: bundle: --prefer takes “first” or “second”, not “newest”\. Usage: /);
    expectRefused(merge(a, b), /^csms: bundle: missing --out OUT\.csms\. Usage: /);
    expectRefused(merge(a, '--out', out), /^csms: bundle: missing B\.csms\. Usage: /);
    await expect(readFile(out)).rejects.toThrow(/ENOENT/);
  });

  it('refuses a merge of two valid files whose result would pass a limit (10,000 evidence files), writing nothing', async () => {
    const data = new Uint8Array([7]);
    const sha256 = await sha256Hex(data);
    const withEvidence = async (name: string, from: number) => {
      const bundle = baseBundle();
      bundle.evidence = Array.from({ length: 5001 }, (_, i) => ({
        id: evidenceId(from + i),
        assessmentId: bundle.assessment.id,
        createdAt: META.exportedAt,
        updatedAt: META.exportedAt,
        fileName: `photo-${from + i}.jpg`,
        mimeType: 'image/jpeg',
        size: 1,
        sha256,
        data,
      }));
      return write(name, bundle);
    };
    const out = join(dir, 'too-much.csms');
    const run = csms(['bundle', 'merge', await withEvidence('ev-a.csms', 1), await withEvidence('ev-b.csms', 10_001), '--out', out]);
    expectRefused(
      run,
      /^csms: bundle: The merge of “ev-a\.csms” and “ev-b\.csms” would not be a valid assessment file \(evidence\/index\.json: .*10000.*\); nothing written\.$/,
    );
    await expect(readFile(out)).rejects.toThrow(/ENOENT/);
  }, 60_000);
});
