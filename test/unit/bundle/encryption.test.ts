import { createDecipheriv, createHash, pbkdf2Sync, hkdfSync } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentBundle } from '../../../shared/bundle/bundle';
import { decodeBundle, decodeBundleWithManifest } from '../../../shared/bundle/decode';
import { encodeBundle } from '../../../shared/bundle/encode';
import {
  ENVELOPE_HEADER_BYTES,
  PBKDF2_ITERATIONS,
  decryptBundleBytes,
  encryptBundleBytes,
  newPassphraseProblem,
} from '../../../shared/bundle/encryption';
import { BundleError, type BundleErrorKind } from '../../../shared/bundle/errors';
import { sniffContainer } from '../../../shared/bundle/format';
import { sampleBundle } from '../../support/sample-bundle';

const PASSPHRASE = 'Jürgen’s field laptop 7';
/** The lowest count a reader accepts, so these tests derive keys quickly; one test checks the default. */
const FAST = 100_000;

let bundle: AssessmentBundle;
let plain: Uint8Array;
let sealed: Uint8Array;
beforeAll(async () => {
  bundle = await sampleBundle();
  plain = await encodeBundle(bundle, { appVersion: '0.1.0-test', exportedAt: '2026-11-22T16:10:00.000Z' });
  sealed = await encryptBundleBytes(plain, PASSPHRASE, FAST);
});

async function rejection(promise: Promise<unknown>): Promise<BundleError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof BundleError)) throw new Error(`expected a BundleError, got ${String(error)}`);
  return error;
}

async function expectRefused(bytes: Uint8Array, passphrase: string | undefined, kind: BundleErrorKind, message: string | RegExp) {
  const error = await rejection(decodeBundle(bytes, { passphrase }));
  expect({ kind: error.kind, message: error.message }).toEqual({
    kind,
    message: typeof message === 'string' ? message : expect.stringMatching(message),
  });
}

const flipped = (bytes: Uint8Array, at: number) => {
  const copy = bytes.slice();
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
};

/** A deliberate header edit: the byte changed and the unkeyed header digest made to match again. */
function edited(bytes: Uint8Array, at: number, value: number): Uint8Array {
  const copy = bytes.slice();
  copy[at] = value;
  copy.set(createHash('sha256').update(copy.subarray(0, 65)).digest().subarray(0, 8), 65);
  return copy;
}

const DAMAGED_HEADER = 'The file is damaged: its encryption header is damaged.';
const TAMPERED = 'The file is damaged: its encrypted content fails its integrity check, so it was changed or damaged after it was written.';
const WRONG = 'The passphrase does not open this file.';

describe('an encrypted .csms file', () => {
  it('opens with its passphrase and gives back exactly the bundle and manifest', async () => {
    const decoded = await decodeBundleWithManifest(sealed, { passphrase: PASSPHRASE });
    expect(decoded.bundle).toEqual(bundle);
    expect(decoded.manifest.assessment).toEqual({ id: bundle.assessment.id, name: bundle.assessment.name });
    expect(decoded.encryption).toEqual({ kdf: 'PBKDF2-HMAC-SHA-256', iterations: FAST });
  });

  it('is no ZIP: the magic, the version and the parameters are in the header, the rest is ciphertext', async () => {
    expect(new TextDecoder().decode(sealed.subarray(0, 7))).toBe('CSMSENC');
    expect(sniffContainer(sealed)).toBe('encrypted');
    expect(sniffContainer(plain)).toBe('zip');
    const view = new DataView(sealed.buffer, sealed.byteOffset);
    expect([sealed[7], sealed[8], view.getUint32(9), Number(view.getBigUint64(57))]).toEqual([1, 1, FAST, plain.byteLength]);
    expect(sealed.byteLength).toBe(ENVELOPE_HEADER_BYTES + plain.byteLength + 16);
    // No member name or record text shows through.
    expect(Buffer.from(sealed).includes('manifest.json')).toBe(false);
    expect(Buffer.from(sealed).includes('PLC-01')).toBe(false);
  });

  it('decrypts with Node’s own crypto from the documented layout (PBKDF2 → HKDF → AES-256-GCM, header as AAD)', () => {
    const salt = sealed.subarray(13, 29);
    const iv = sealed.subarray(29, 41);
    const master = pbkdf2Sync(Buffer.from(PASSPHRASE.normalize('NFC'), 'utf8'), salt, FAST, 32, 'sha256');
    const key = Buffer.from(hkdfSync('sha256', master, new Uint8Array(0), 'csms envelope 1: AES-256-GCM key', 32));
    const check = Buffer.from(hkdfSync('sha256', master, new Uint8Array(0), 'csms envelope 1: key check', 16));
    expect(check.equals(sealed.subarray(41, 57))).toBe(true);
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(sealed.subarray(0, ENVELOPE_HEADER_BYTES));
    decipher.setAuthTag(sealed.subarray(sealed.byteLength - 16));
    const out = Buffer.concat([decipher.update(sealed.subarray(ENVELOPE_HEADER_BYTES, sealed.byteLength - 16)), decipher.final()]);
    expect(out.equals(plain)).toBe(true);
  });

  it('writes 600,000 PBKDF2 rounds by default, and fresh salt and IV every time', async () => {
    const a = await encryptBundleBytes(plain, PASSPHRASE);
    const b = await encryptBundleBytes(plain, PASSPHRASE);
    expect(new DataView(a.buffer).getUint32(9)).toBe(PBKDF2_ITERATIONS);
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    expect(Buffer.from(a.subarray(13, 41)).equals(b.subarray(13, 41))).toBe(false);
    expect(await decodeBundle(a, { passphrase: PASSPHRASE })).toEqual(bundle);
  });

  it('normalises the passphrase to NFC, so a decomposed ü opens a file sealed with a composed one', async () => {
    const decomposed = PASSPHRASE.normalize('NFD');
    expect(decomposed).not.toBe(PASSPHRASE);
    expect(await decodeBundle(sealed, { passphrase: decomposed })).toEqual(bundle);
  });

  it('refuses the wrong passphrase, and asks for one when none or an empty one is given', async () => {
    await expectRefused(sealed, 'Jurgen’s field laptop 7', 'wrong-passphrase', WRONG);
    await expectRefused(sealed, `${PASSPHRASE} `, 'wrong-passphrase', WRONG);
    await expectRefused(sealed, '', 'needs-passphrase', 'This file is encrypted: enter its passphrase to open it.');
    await expectRefused(sealed, undefined, 'needs-passphrase', 'This file is encrypted: enter its passphrase to open it.');
  });

  it('opens a plain file as before, with or without a passphrase', async () => {
    expect(await decodeBundle(plain)).toEqual(bundle);
    const decoded = await decodeBundleWithManifest(plain, { passphrase: 'anything at all' });
    expect(decoded.bundle).toEqual(bundle);
    expect(decoded.encryption).toBeNull();
  });

  it('refuses a file that is not an assessment, encrypted or not', async () => {
    await expectRefused(new TextEncoder().encode('CSMSEN'), PASSPHRASE, 'not-assessment-file', /neither a ZIP archive nor an encrypted/);
    await expectRefused(flipped(sealed, 0), PASSPHRASE, 'not-assessment-file', /neither a ZIP archive nor an encrypted/);
    const wrapsText = await encryptBundleBytes(new TextEncoder().encode('not a zip'), PASSPHRASE, FAST);
    await expectRefused(wrapsText, PASSPHRASE, 'damaged', 'The file is damaged: its encrypted content is not a ZIP archive.');
  });
});

describe('damage and tampering are told apart from a wrong passphrase', () => {
  it('a flipped byte anywhere in the header after the magic reads as a damaged header, before the passphrase is tried', async () => {
    for (let at = 8; at < ENVELOPE_HEADER_BYTES; at++) {
      await expectRefused(flipped(sealed, at), PASSPHRASE, 'damaged', DAMAGED_HEADER);
      await expectRefused(flipped(sealed, at), undefined, 'damaged', DAMAGED_HEADER);
    }
    // Version 1 → 0 is damage; 1 → 3 reads as a newer file (next test).
    await expectRefused(flipped(sealed, 7), PASSPHRASE, 'damaged', DAMAGED_HEADER);
  });

  it('a flipped byte in the ciphertext or the tag fails the integrity check', async () => {
    await expectRefused(flipped(sealed, ENVELOPE_HEADER_BYTES), PASSPHRASE, 'damaged', TAMPERED);
    await expectRefused(flipped(sealed, Math.floor((ENVELOPE_HEADER_BYTES + sealed.byteLength) / 2)), PASSPHRASE, 'damaged', TAMPERED);
    await expectRefused(flipped(sealed, sealed.byteLength - 1), PASSPHRASE, 'damaged', TAMPERED);
    await expectRefused(flipped(sealed, sealed.byteLength - 16), PASSPHRASE, 'damaged', TAMPERED);
  });

  it('a deliberate header edit that fixes the digest is still refused: the header is the GCM additional data', async () => {
    await expectRefused(edited(sealed, 30, sealed[30]! ^ 0xff), PASSPHRASE, 'damaged', TAMPERED); // IV
    await expectRefused(edited(sealed, 14, sealed[14]! ^ 0xff), PASSPHRASE, 'wrong-passphrase', WRONG); // salt
    await expectRefused(edited(sealed, 42, sealed[42]! ^ 0xff), PASSPHRASE, 'wrong-passphrase', WRONG); // key check
    await expectRefused(edited(sealed, 12, sealed[12]! ^ 0x01), PASSPHRASE, 'wrong-passphrase', WRONG); // iterations ±1
    await expectRefused(edited(sealed, 10, 0), PASSPHRASE, 'damaged', /asks for 34464 key derivation rounds \(this app accepts 100000 to 10000000\)/);
    await expectRefused(edited(sealed, 9, 0xff), PASSPHRASE, 'damaged', /asks for \d+ key derivation rounds/);
  });

  it('names a cut-short file as such, wherever it was cut, and refuses bytes added at the end', async () => {
    await expectRefused(sealed.subarray(0, 7), PASSPHRASE, 'damaged', 'The file is damaged: it is cut short inside its encryption header.');
    await expectRefused(sealed.subarray(0, 40), PASSPHRASE, 'damaged', 'The file is damaged: it is cut short inside its encryption header.');
    const total = sealed.byteLength;
    await expectRefused(sealed.subarray(0, total - 1), PASSPHRASE, 'damaged', `The file is damaged: it is cut short: ${total - 1} of its ${total} bytes are there.`);
    await expectRefused(sealed.subarray(0, ENVELOPE_HEADER_BYTES), undefined, 'damaged', /cut short: 73 of its \d+ bytes/);
    const longer = new Uint8Array(total + 3);
    longer.set(sealed);
    await expectRefused(longer, PASSPHRASE, 'damaged', 'The file is damaged: it has 3 unexpected bytes after its end.');
  });

  it('refuses a newer envelope version or key derivation with "update the app"', async () => {
    const newer = sealed.slice();
    newer[7] = 2;
    await expectRefused(newer, PASSPHRASE, 'newer-version', /^This file is encrypted in a way a newer version of CSMS Assessor wrote \(envelope version 2\); .*Update the app to open it\.$/);
    await expectRefused(edited(sealed, 8, 2), PASSPHRASE, 'newer-version', /\(key derivation 2\).*Update the app/);
  });
});

describe('passphrases for new files', () => {
  it('need at least 12 characters, counted as characters, not bytes or UTF-16 units', async () => {
    expect(newPassphraseProblem('')).toBe('The passphrase needs at least 12 characters');
    expect(newPassphraseProblem('eleven char')).toBe('The passphrase needs at least 12 characters');
    expect(newPassphraseProblem('twelve chars')).toBeNull();
    expect(newPassphraseProblem('🔒🔒🔒🔒🔒🔒🔒🔒🔒🔒🔒')).not.toBeNull(); // 11 characters, 22 UTF-16 units
    expect(newPassphraseProblem('u\u0308'.repeat(11) + 'x')).toBeNull(); // 11 ü after NFC, plus x
    expect(newPassphraseProblem('x'.repeat(1025))).toBe('The passphrase may have at most 1024 characters');
    const error = await rejection(encryptBundleBytes(plain, 'short'));
    expect({ kind: error.kind, message: error.message }).toEqual({ kind: 'weak-passphrase', message: 'The passphrase needs at least 12 characters.' });
  });
});

describe('property: any payload round-trips, and any single flipped byte is refused', () => {
  it('over random sizes and positions', async () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (const size of [0, 1, 15, 16, 17, 1000, 65_537, Math.floor(random() * 300_000)]) {
      const payload = crypto.getRandomValues(new Uint8Array(Math.min(size, 65_536)));
      const data = size > 65_536 ? new Uint8Array(size).map((_, i) => payload[i % payload.length]!) : payload;
      const box = await encryptBundleBytes(data, PASSPHRASE, FAST);
      expect(box.byteLength).toBe(ENVELOPE_HEADER_BYTES + size + 16);
      expect(Buffer.from(await decryptBundleBytes(box, PASSPHRASE)).equals(data)).toBe(true);
      const at = 7 + Math.floor(random() * (box.byteLength - 7));
      const error = await rejection(decryptBundleBytes(flipped(box, at), PASSPHRASE));
      expect(['damaged', 'newer-version']).toContain(error.kind);
    }
  });
});
