import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import forge from 'node-forge';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSignaturePlaceholder } from '../../../electron/main/report/signing/placeholder';
import { createSelfSignedIdentity } from '../../../electron/main/report/signing/self-signed';
import { signPdf } from '../../../electron/main/report/signing/sign-pdf';
import { UserFacingError } from '../../../shared/ipc/result';
import type { SigningRequest } from '../../../shared/report/signing';

const run = promisify(execFile);
const NOW = new Date('2026-11-22T09:30:00Z');
const PASSPHRASE = 'correct horse battery';

/** Two pages of text and the placeholder after the last page, as the report writer does. */
function twoPageDocument(options: { placeholder: boolean } = { placeholder: true }): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', info: { Title: 'Riverside WTP CSMS assessment' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  doc.fontSize(18).text('Riverside WTP: CSMS assessment');
  doc.addPage().fontSize(12).text('Sign-off: the findings were reviewed with the site.');
  if (options.placeholder)
    addSignaturePlaceholder(doc, { name: 'José Núñez', reason: 'CSMS assessment report', location: 'Sevilla', contactInfo: 'jose@example.org', signedAt: NOW });
  doc.end();
  return done;
}

let dir: string;
/** José's self-signed identity, valid from NOW for two years. */
let jose: SigningRequest;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'csms-sign-'));
  jose = await identityRequest(NOW);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function saved(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

/** pdfsig's report; it exits non-zero when a signature is invalid, which some tests expect. */
async function pdfsig(path: string): Promise<string> {
  try {
    return (await run('pdfsig', [path], { env: { ...process.env, TZ: 'UTC' } })).stdout;
  } catch (error) {
    return (error as { stdout: string }).stdout;
  }
}

async function identityRequest(now: Date, commonName = 'José Núñez'): Promise<SigningRequest> {
  const identity = await createSelfSignedIdentity({ commonName, organisation: 'Acme Ingeniería', email: 'jose@example.org', passphrase: PASSPHRASE, validityYears: 2 }, now);
  return { fileName: identity.fileName, p12: identity.p12, passphrase: PASSPHRASE };
}

describe('signPdf with a self-signed identity', () => {
  let signedPath: string;
  beforeAll(async () => {
    signedPath = await saved('signed.pdf', await signPdf(await twoPageDocument(), jose, NOW));
  });

  it('signs the whole file with SHA-256 at the given time, and pdfsig validates the signature', async () => {
    const report = await pdfsig(signedPath);
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Total document signed');
    expect(report).toContain('Signing Hash Algorithm: SHA-256');
    expect(report).toContain('Signature Type: adbe.pkcs7.detached');
    expect(report).toContain('Signing Time: Nov 22 2026 09:30:00');
    expect(report).toContain('Signer Certificate Common Name: José Núñez');
    expect(report).toContain('Certificate issuer is unknown.'); // self-signed: no reader trusts it by default
  });

  it('leaves a well-formed PDF with its two pages', async () => {
    const check = await run('qpdf', ['--check', signedPath]);
    expect(check.stdout).toContain('No syntax or stream encoding errors found');
    expect((await run('pdfinfo', [signedPath])).stdout).toMatch(/^Pages:\s+2$/m);
  });

  it('is reported as altered when one signed byte changes', async () => {
    const bytes = new Uint8Array(await readFile(signedPath));
    const at = Buffer.from(bytes).indexOf('Riverside WTP CSMS assessment');
    expect(at).toBeGreaterThan(0);
    bytes[at] = 'r'.charCodeAt(0);
    const report = await pdfsig(await saved('altered.pdf', bytes));
    expect(report).toContain('Digest Mismatch.');
    expect(report).not.toContain('Signature is Valid.');
  });
});

describe('signPdf refuses', () => {
  it('an expired certificate, with the date, before signing anything', async () => {
    const expired = await identityRequest(new Date('2023-06-30T12:00:00Z'), 'Ana Ruiz');
    const unsigned = await twoPageDocument();
    await expect(signPdf(unsigned, expired, NOW)).rejects.toThrow(
      new UserFacingError('bad-file', 'The certificate “Ana Ruiz” in “Ana Ruiz (self-signed).p12” expired on 2025-06-30, so it can no longer sign.'),
    );
  });

  it('a wrong passphrase', async () => {
    await expect(signPdf(await twoPageDocument(), { ...jose, passphrase: 'wrong horse battery' }, NOW)).rejects.toMatchObject({
      code: 'bad-file',
      message: 'The passphrase does not open “José Núñez (self-signed).p12”.',
    });
  });

  it('a certificate chain too long for the space the report keeps, saying so', async () => {
    const key = forge.pki.privateKeyFromPem(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
    const chain = Array.from({ length: 24 }, (_, i) => {
      const cert = forge.pki.createCertificate();
      cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
      cert.serialNumber = (0x1000 + i).toString(16);
      cert.validity.notBefore = new Date('2026-01-01T00:00:00Z');
      cert.validity.notAfter = new Date('2028-01-01T00:00:00Z');
      cert.setSubject([{ shortName: 'CN', value: `Intermediate ${i}` }]);
      cert.setIssuer([{ shortName: 'CN', value: `Intermediate ${i}` }]);
      cert.sign(key, forge.md.sha256.create());
      return cert;
    });
    const p12 = new Uint8Array(Buffer.from(forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(key, chain, PASSPHRASE)).getBytes(), 'binary'));
    await expect(signPdf(await twoPageDocument(), { fileName: 'long-chain.p12', p12, passphrase: PASSPHRASE }, NOW)).rejects.toMatchObject({
      code: 'bad-file',
      message: 'The certificates in “long-chain.p12” do not fit in the space the report keeps for the signature. Use a file with a shorter certificate chain.',
    });
  });

  it('a PDF without a placeholder, as a programming error rather than the user’s', async () => {
    const error = await signPdf(await twoPageDocument({ placeholder: false }), jose, NOW).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(UserFacingError);
    expect((error as Error).message).toBe('The PDF has no signature placeholder: call addSignaturePlaceholder before doc.end().');
  });
});

describe('signPdf with a certificate issued by a CA (OpenSSL 3, AES-256 .p12 with the chain)', () => {
  const openssl = async (...args: string[]) => run('openssl', args, { cwd: dir });

  it('signs so that OpenSSL verifies the CMS against the CA and pdfsig validates it, with accented names', async () => {
    await openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-utf8', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '400', '-subj', '/O=Autoridad de Certificación/CN=CA Ingeniería Ñ');
    await openssl('req', '-newkey', 'rsa:2048', '-nodes', '-utf8', '-keyout', 'leaf.key', '-out', 'leaf.csr', '-subj', '/O=Acme Ingeniería/CN=José Núñez');
    await openssl('x509', '-req', '-in', 'leaf.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-set_serial', '0x5a17', '-days', '30', '-out', 'leaf.crt');
    await openssl('pkcs12', '-export', '-inkey', 'leaf.key', '-in', 'leaf.crt', '-certfile', 'ca.crt', '-out', 'leaf.p12', '-passout', `pass:${PASSPHRASE}`);
    const signedAt = new Date(); // openssl 3.0 dates its certificates from the clock
    const request = { fileName: 'leaf.p12', p12: new Uint8Array(await readFile(join(dir, 'leaf.p12'))), passphrase: PASSPHRASE };
    const signed = Buffer.from(await signPdf(await twoPageDocument(), request, signedAt));
    const path = await saved('ca-signed.pdf', signed);

    const report = await pdfsig(path);
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Signer full Distinguished Name: CN=José Núñez,O=Acme Ingeniería');

    // The bytes the signature covers and the CMS blob, taken apart by hand for OpenSSL.
    const [a, b, c, d] = /\/ByteRange \[(\d+) (\d+) (\d+) (\d+)\]/.exec(signed.toString('latin1'))!.slice(1).map(Number) as [number, number, number, number];
    await writeFile(join(dir, 'covered.bin'), Buffer.concat([signed.subarray(a, a + b), signed.subarray(c, c + d)]));
    const padded = Buffer.from(signed.subarray(a + b + 1, c - 1).toString('latin1'), 'hex');
    expect(padded.subarray(0, 2)).toEqual(Buffer.from([0x30, 0x82])); // a SEQUENCE with a two-byte length
    await writeFile(join(dir, 'cms.der'), padded.subarray(0, 4 + padded.readUInt16BE(2)));
    const verified = await openssl('cms', '-verify', '-binary', '-inform', 'DER', '-in', 'cms.der', '-content', 'covered.bin', '-CAfile', 'ca.crt', '-purpose', 'any', '-out', 'content.bin');
    expect(verified.stderr).toContain('Verification successful');
    const cms = (await openssl('cms', '-cmsout', '-print', '-inform', 'DER', '-in', 'cms.der')).stdout;
    // The signer named by its CA's name in UTF-8 once (forge alone would encode it twice) and the serial.
    expect(cms).toMatch(/d\.issuerAndSerialNumber: \n\s+issuer: O=Autoridad de Certificaci\\xC3\\xB3n, CN=CA Ingenier\\xC3\\xADa \\xC3\\x91\n\s+serialNumber: 23063\n/);
  });
});
