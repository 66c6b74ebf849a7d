import { execFile } from 'node:child_process';
import { generateKeyPairSync, X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectP12 } from '../../../electron/main/report/signing/inspect-p12';
import { kdfWorkOf, MAX_KDF_ROUNDS } from '../../../electron/main/report/signing/kdf-work';
import { withKdfRounds } from '../../support/p12-surgery';
import { createSelfSignedIdentity } from '../../../electron/main/report/signing/self-signed';
import { UserFacingError } from '../../../shared/ipc/result';
import type { NewIdentity, SigningIdentity } from '../../../shared/report/signing';

const run = promisify(execFile);
const NOW = new Date('2026-11-22T09:30:00Z');
const PASSPHRASE = 'Riverside-2026!';
const ANA: NewIdentity = { commonName: 'Ana Ruiz', organisation: 'Acme Water', email: 'ana.ruiz@example.org', passphrase: PASSPHRASE, validityYears: 3 };

let dir: string;
let ana: SigningIdentity;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'csms-p12-'));
  ana = await createSelfSignedIdentity(ANA, NOW);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What inspectP12 throws, checked to be a UserFacingError 'bad-file'. */
function failure(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).code).toBe('bad-file');
    return (error as Error).message;
  }
  throw new Error('expected inspectP12 to refuse the file');
}

const openssl = async (...args: string[]) => (await run('openssl', args, { cwd: dir })).stdout;

/** The certificate as OpenSSL extracts it from the .p12, for Node's independent X.509 parser. */
async function certificateViaOpenssl(p12: Uint8Array, passphrase: string): Promise<X509Certificate> {
  await writeFile(join(dir, 'extract.p12'), p12);
  return new X509Certificate(await openssl('pkcs12', '-in', 'extract.p12', '-nokeys', '-clcerts', '-passin', `pass:${passphrase}`));
}

const rsaKey = () =>
  forge.pki.privateKeyFromPem(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());

/** A self-signed certificate with the given validity and extensions, built with forge. */
function forgeCertificate(key: forge.pki.rsa.PrivateKey, extensions: object[]): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = '0a1b2c3d';
  cert.validity.notBefore = new Date('2026-01-01T00:00:00Z');
  cert.validity.notAfter = new Date('2028-01-01T00:00:00Z');
  const name = [{ shortName: 'CN', value: 'Plant Engineer' }];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions(extensions);
  cert.sign(key, forge.md.sha256.create());
  return cert;
}

const pack = (key: forge.pki.rsa.PrivateKey | null, certs: forge.pki.Certificate[], algorithm: 'aes256' | '3des' = 'aes256') =>
  new Uint8Array(Buffer.from(forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(key, certs, PASSPHRASE, { algorithm })).getBytes(), 'binary'));

describe('createSelfSignedIdentity', () => {
  it('packs a 3072-bit RSA key and a self-signed signing certificate that OpenSSL and Node read the same way', async () => {
    expect(ana.fileName).toBe('Ana Ruiz (self-signed).p12');
    const x509 = await certificateViaOpenssl(ana.p12, PASSPHRASE);
    expect(ana.certificate).toEqual({
      commonName: 'Ana Ruiz',
      organisation: 'Acme Water',
      email: 'ana.ruiz@example.org',
      issuer: 'CN=Ana Ruiz, O=Acme Water, E=ana.ruiz@example.org',
      serialNumber: x509.serialNumber,
      notBefore: '2026-11-22T09:30:00.000Z',
      notAfter: '2029-11-22T09:30:00.000Z',
      sha256Fingerprint: x509.fingerprint256,
      selfSigned: true,
    });
    expect(x509.subject.split('\n')).toEqual(['emailAddress=ana.ruiz@example.org', 'O=Acme Water', 'CN=Ana Ruiz']);
    expect(x509.verify(x509.publicKey)).toBe(true); // signed by its own key
    expect(x509.publicKey.asymmetricKeyDetails?.modulusLength).toBe(3072);
    expect(x509.subjectAltName).toBe('email:ana.ruiz@example.org');
    expect(x509.keyUsage).toEqual(['1.3.6.1.5.5.7.3.4']); // extended key usage: e-mail protection
    expect(BigInt(`0x${x509.serialNumber}`) > 0n).toBe(true);
  });

  it('encrypts the key with AES-256 under the passphrase and names the bag', async () => {
    await writeFile(join(dir, 'ana.p12'), ana.p12);
    const { stderr, stdout } = await run('openssl', ['pkcs12', '-in', 'ana.p12', '-info', '-nokeys', '-passin', `pass:${PASSPHRASE}`], { cwd: dir });
    expect(stderr).toContain('Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC');
    expect(stderr).toContain('PRF hmacWithSHA256');
    expect(stdout).toContain('friendlyName: Ana Ruiz (self-signed)');
  });

  it('keeps accented names intact and makes the file name safe for any file system', async () => {
    const jose = await createSelfSignedIdentity({ ...ANA, commonName: 'José Núñez / R&D: "QA"', organisation: 'Acme Ingeniería', email: '' }, NOW);
    expect(jose.fileName).toBe('José Núñez R&D QA (self-signed).p12');
    expect(jose.certificate).toMatchObject({ commonName: 'José Núñez / R&D: "QA"', organisation: 'Acme Ingeniería', email: '' });
    expect(jose.certificate.issuer).toBe('CN=José Núñez / R&D: \\"QA\\", O=Acme Ingeniería');
    const x509 = await certificateViaOpenssl(jose.p12, PASSPHRASE);
    expect(x509.subject.split('\n')).toEqual(['O=Acme Ingeniería', 'CN=José Núñez / R&D: \\"QA\\"']);
  });

  it('refuses a passphrase other programs would read differently', async () => {
    await expect(createSelfSignedIdentity({ ...ANA, passphrase: 'contraseña segura' }, NOW)).rejects.toMatchObject({
      code: 'invalid-request',
      message: expect.stringContaining('without accents: other programs read accented passphrases differently'),
    });
  });
});

describe('inspectP12', () => {
  it('names the file when the passphrase is wrong or missing', () => {
    expect(failure(() => inspectP12(ana.p12, 'riverside-2026!', ana.fileName, NOW))).toBe('The passphrase does not open “Ana Ruiz (self-signed).p12”.');
    expect(failure(() => inspectP12(ana.p12, '', ana.fileName, NOW))).toBe('“Ana Ruiz (self-signed).p12” is protected by a passphrase: enter it to use the file.');
  });

  it('tells a file that is not PKCS#12 from one that is damaged or PEM text', () => {
    expect(failure(() => inspectP12(new TextEncoder().encode('%PDF-1.7 not a certificate'), PASSPHRASE, 'report.p12', NOW))).toBe(
      '“report.p12” is not a PKCS#12 certificate file (.p12 or .pfx).',
    );
    expect(failure(() => inspectP12(ana.p12.slice(0, 900), PASSPHRASE, 'cut.p12', NOW))).toBe('“cut.p12” is damaged: it could not be read as a PKCS#12 file.');
    const pem = new TextEncoder().encode(forge.pki.certificateToPem(forgeCertificate(rsaKey(), [])));
    expect(failure(() => inspectP12(pem, PASSPHRASE, 'ana.pem', NOW))).toMatch(/^“ana\.pem” is a PEM text file, not a PKCS#12 file\. Choose the \.p12 or \.pfx file/);
    const der = new Uint8Array(Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(forgeCertificate(rsaKey(), []))).getBytes(), 'binary'));
    expect(failure(() => inspectP12(der, PASSPHRASE, 'ana.cer', NOW))).toBe('“ana.cer” is not a PKCS#12 certificate file (.p12 or .pfx).');
  });

  it('says when the certificate expired or is not valid yet, with the date', async () => {
    const old = await createSelfSignedIdentity({ ...ANA, validityYears: 3 }, new Date('2022-03-01T08:00:00Z'));
    expect(failure(() => inspectP12(old.p12, PASSPHRASE, 'ana-2022.p12', NOW))).toBe(
      'The certificate “Ana Ruiz” in “ana-2022.p12” expired on 2025-03-01, so it can no longer sign.',
    );
    const future = await createSelfSignedIdentity(ANA, new Date('2027-01-01T00:00:00Z'));
    expect(failure(() => inspectP12(future.p12, PASSPHRASE, 'ana-2027.p12', NOW))).toBe(
      'The certificate “Ana Ruiz” in “ana-2027.p12” is not valid until 2027-01-01.',
    );
  });

  it('refuses a certificate whose key usage does not allow signing, and accepts one that does', () => {
    const key = rsaKey();
    const encipherOnly = pack(key, [forgeCertificate(key, [{ name: 'keyUsage', keyEncipherment: true, dataEncipherment: true }])]);
    expect(failure(() => inspectP12(encipherOnly, PASSPHRASE, 'tls.p12', NOW))).toBe(
      'The certificate “Plant Engineer” in “tls.p12” cannot sign documents: its key usage allows neither digital signatures nor non-repudiation.',
    );
    const nonRepudiation = pack(key, [forgeCertificate(key, [{ name: 'keyUsage', nonRepudiation: true }])], '3des');
    expect(inspectP12(nonRepudiation, PASSPHRASE, 'legacy.p12', NOW)).toMatchObject({ commonName: 'Plant Engineer', serialNumber: '0A1B2C3D', selfSigned: true });
  });

  it('refuses a file with certificates only, or whose certificate belongs to another key', () => {
    const key = rsaKey();
    const cert = forgeCertificate(key, []);
    expect(failure(() => inspectP12(pack(null, [cert]), PASSPHRASE, 'public.p12', NOW))).toBe(
      '“public.p12” holds no private key, only certificates, so it cannot sign. Export the certificate together with its private key.',
    );
    expect(failure(() => inspectP12(pack(rsaKey(), [cert]), PASSPHRASE, 'mixed.p12', NOW))).toBe(
      '“mixed.p12” holds a private key but not the certificate that belongs to it.',
    );
  });
});

describe('inspectP12 on files OpenSSL 3 writes', () => {
  const today = () => new Date(); // openssl 3.0 dates its certificates from the clock
  beforeAll(async () => {
    await openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'rsa.key', '-out', 'rsa.crt', '-days', '400', '-subj', '/O=Acme, Inc./CN=Plant Engineer');
    await openssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'ec.key', '-out', 'ec.crt', '-days', '400', '-subj', '/CN=Plant Engineer');
  });

  const exported = async (name: string, ...args: string[]) => {
    await openssl('pkcs12', '-export', '-out', name, ...args);
    return new Uint8Array(await readFile(join(dir, name)));
  };

  it('opens the AES-256 default, the legacy 3DES/RC2 format and an unencrypted key, with the same certificate', async () => {
    const fingerprint = (await openssl('x509', '-in', 'rsa.crt', '-noout', '-fingerprint', '-sha256')).trim().replace(/^sha256 Fingerprint=/i, '');
    const files = {
      aes: await exported('aes.p12', '-inkey', 'rsa.key', '-in', 'rsa.crt', '-passout', `pass:${PASSPHRASE}`),
      legacy: await exported('legacy.p12', '-legacy', '-inkey', 'rsa.key', '-in', 'rsa.crt', '-passout', `pass:${PASSPHRASE}`),
      noPassphrase: await exported('open.p12', '-inkey', 'rsa.key', '-in', 'rsa.crt', '-passout', 'pass:'),
      plainKey: await exported('plain.p12', '-keypbe', 'NONE', '-certpbe', 'NONE', '-inkey', 'rsa.key', '-in', 'rsa.crt', '-passout', 'pass:'),
    };
    const { stderr } = await run('openssl', ['pkcs12', '-in', 'aes.p12', '-info', '-noout', '-passin', `pass:${PASSPHRASE}`], { cwd: dir });
    expect(stderr).toContain('AES-256-CBC');
    for (const [name, p12] of Object.entries(files)) {
      const passphrase = name === 'aes' || name === 'legacy' ? PASSPHRASE : '';
      expect(inspectP12(p12, passphrase, `${name}.p12`, today()), name).toMatchObject({
        commonName: 'Plant Engineer',
        organisation: 'Acme, Inc.',
        issuer: 'CN=Plant Engineer, O=Acme\\, Inc.',
        sha256Fingerprint: fingerprint,
        selfSigned: true,
      });
    }
  });

  it('explains that an elliptic-curve key cannot sign here', async () => {
    const ec = await exported('ec.p12', '-inkey', 'ec.key', '-in', 'ec.crt', '-passout', `pass:${PASSPHRASE}`);
    expect(failure(() => inspectP12(ec, PASSPHRASE, 'ec.p12', today()))).toBe(
      '“ec.p12” holds an elliptic-curve (EC) key that the app cannot sign with: it signs with RSA keys only. Use an RSA certificate, or create a self-signed one in the app.',
    );
  });

  it('says why a right passphrase with accented letters may still fail on an AES file', async () => {
    const accented = await exported('accented.p12', '-inkey', 'rsa.key', '-in', 'rsa.crt', '-passout', 'pass:contraseña');
    expect(failure(() => inspectP12(accented, 'contraseña', 'accented.p12', today()))).toMatch(
      /^The passphrase does not open “accented\.p12”\. If it is right, export the file again with a passphrase of plain letters/,
    );
  });
});

describe('inspectP12 bounds the key-derivation work a file asks for, before doing any', () => {
  it('refuses 16.7 million MAC rounds and 2^31 key rounds at once, naming the file, the count and the limit', () => {
    const mac = withKdfRounds(ana.p12, { mac: 16_777_216 });
    expect(failure(() => inspectP12(mac, PASSPHRASE, 'stall.p12', NOW))).toBe(
      '“stall.p12” asks for 16,777,216 key-derivation rounds for the integrity check (MAC), more than the 1,000,000 the app accepts (OpenSSL, Windows and Java write 2,000 to 10,000). It may be made to stall the app: export the certificate again with the usual settings.',
    );
    const key = withKdfRounds(ana.p12, { pbe: 2 ** 31 });
    expect(failure(() => inspectP12(key, PASSPHRASE, 'hours.p12', NOW))).toMatch(/^“hours\.p12” asks for 2,147,483,648 key-derivation rounds for an encrypted part, more than/);
  });

  it('reads the rounds of a real file, and opens one within the limit', () => {
    const pfx = forge.asn1.fromDer(forge.util.binary.raw.encode(ana.p12));
    expect(kdfWorkOf(pfx).map((w) => w.where)).toContain('the integrity check (MAC)');
    expect(Math.max(...kdfWorkOf(pfx).map((w) => w.rounds))).toBeLessThanOrEqual(MAX_KDF_ROUNDS);
    expect(inspectP12(ana.p12, PASSPHRASE, 'ana.p12', NOW).commonName).toBe('Ana Ruiz');
  });
});
