import { generateKeyPair, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import forge from 'node-forge';
import { safeFileName } from '../../../../shared/bundle/format';
import { UserFacingError } from '../../../../shared/ipc/result';
import { inspectP12 } from './inspect-p12';
import { isPortablePassphrase, PORTABLE_PASSPHRASE_MESSAGE, type NewIdentity, type SigningIdentity } from '../../../../shared/report/signing';

const RSA_BITS = 3072;

/** A positive 128-bit serial: the top bit clear keeps the DER integer positive, the next one set keeps it 16 bytes. */
function randomSerial(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0]! & 0x7f) | 0x40;
  return bytes.toString('hex');
}

/** Listed E, O, CN so that viewers, which show names most specific first, read "CN=Ana Ruiz, O=Acme, E=…". */
function subjectOf(input: NewIdentity): forge.pki.CertificateField[] {
  // UTF8String keeps names like "José Núñez" intact (forge's default, PrintableString, cannot); its types call the tag a Class.
  const utf8 = { valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class };
  return [
    ...(input.email ? [{ name: 'emailAddress', value: input.email, valueTagClass: forge.asn1.Type.IA5STRING as unknown as forge.asn1.Class }] : []),
    ...(input.organisation ? [{ shortName: 'O', value: input.organisation, ...utf8 }] : []),
    { shortName: 'CN', value: input.commonName, ...utf8 },
  ];
}

function selfSignedCertificate(key: forge.pki.rsa.PrivateKey, input: NewIdentity, now: Date): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = randomSerial();
  cert.validity.notBefore = new Date(Math.floor(now.getTime() / 1000) * 1000); // X.509 times have whole seconds
  cert.validity.notAfter = new Date(cert.validity.notBefore);
  cert.validity.notAfter.setUTCFullYear(cert.validity.notAfter.getUTCFullYear() + input.validityYears);
  const subject = subjectOf(input);
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'extKeyUsage', emailProtection: true },
    ...(input.email ? [{ name: 'subjectAltName', altNames: [{ type: 1 /* rfc822Name */, value: input.email }] }] : []),
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(key, forge.md.sha256.create());
  return cert;
}

/**
 * A new RSA key and a self-signed certificate for it, packed as a PKCS#12 file under the passphrase (AES-256,
 * PBKDF2 with SHA-256, as OpenSSL 3 writes them). Node generates the key: forge's JavaScript keygen takes seconds.
 */
export async function createSelfSignedIdentity(input: NewIdentity, now: Date): Promise<SigningIdentity> {
  // The request schema checks this too; callers outside IPC (CLI, tests) must not make a file only this app opens.
  if (!isPortablePassphrase(input.passphrase)) throw new UserFacingError('invalid-request', `${PORTABLE_PASSPHRASE_MESSAGE}.`);
  const { privateKey } = await promisify(generateKeyPair)('rsa', {
    modulusLength: RSA_BITS,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const key = forge.pki.privateKeyFromPem(privateKey);
  const cert = selfSignedCertificate(key, input, now);
  // forge reads prfAlgorithm although its types do not list it; SHA-256 is what OpenSSL 3 uses by default.
  const options: Parameters<typeof forge.pkcs12.toPkcs12Asn1>[3] & { prfAlgorithm: 'sha256' } = {
    algorithm: 'aes256',
    prfAlgorithm: 'sha256',
    friendlyName: `${input.commonName} (self-signed)`,
  };
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], input.passphrase, options);
  const p12 = new Uint8Array(Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'));
  const fileName = safeFileName(input.commonName, ' (self-signed).p12', 'Signing identity');
  return { fileName, p12, certificate: inspectP12(p12, input.passphrase, fileName, now) };
}
