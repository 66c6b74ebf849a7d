import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeBundle } from '../../../shared/bundle/encode';
import { encryptBundleBytes } from '../../../shared/bundle/encryption';
import { sampleBundle } from '../../support/sample-bundle';

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
      '“sealed.csms”: intact, encrypted (AES-256-GCM, key from PBKDF2-HMAC-SHA-256 with 600000 rounds); “Riverside WTP”, format 1, ' +
        '2 zones, 1 conduits, 3 assets, 1 answers, 2 evidence files, 1 risks, 0 findings, 0 actions\n',
    );
  });

  it('says an intact plain file is intact and not encrypted, with or without a passphrase', () => {
    const run = csms(['bundle', 'verify', plainPath]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^“plain\.csms”: intact, not encrypted; “Riverside WTP”, format 1, 2 zones, .*\n$/);
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
