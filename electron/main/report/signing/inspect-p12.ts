import forge from 'node-forge';
import { UserFacingError } from '../../../../shared/ipc/result';
import { certificateInfoOf, commonNameOf } from './certificate-info';
import { guardForgeKdf, KdfLimitError, kdfWorkOf, MAX_KDF_ROUNDS, type KdfWork } from './kdf-work';
import { isPortablePassphrase, type CertificateInfo } from '../../../../shared/report/signing';

const { oids } = forge.pki;

/** Key algorithms seen in PKCS#12 files that the signer (RSA only) cannot use, named for the message. */
const OTHER_KEY_TYPES: Record<string, string> = {
  '1.2.840.10045.2.1': 'an elliptic-curve (EC) key',
  '1.3.101.112': 'an Ed25519 key',
  '1.3.101.113': 'an Ed448 key',
  '1.2.840.10040.4.1': 'a DSA key',
};

const bad = (message: string) => new UserFacingError('bad-file', message);
const day = (date: Date) => date.toISOString().slice(0, 10);

function parseDer(bytes: Buffer, fileName: string): forge.asn1.Asn1 {
  if (bytes.subarray(0, 100).toString('latin1').includes('-----BEGIN'))
    throw bad(`“${fileName}” is a PEM text file, not a PKCS#12 file. Choose the .p12 or .pfx file that holds both the certificate and its private key.`);
  try {
    return forge.asn1.fromDer(bytes.toString('binary'), false);
  } catch {
    // Every PKCS#12 file starts with a DER SEQUENCE; one that does and still fails to parse was cut short or altered.
    throw bytes[0] === 0x30
      ? bad(`“${fileName}” is damaged: it could not be read as a PKCS#12 file.`)
      : bad(`“${fileName}” is not a PKCS#12 certificate file (.p12 or .pfx).`);
  }
}

guardForgeKdf();

/** Refuses a file that asks for more key-derivation work than any exporter writes, before any of it is done. */
function checkKdfWork(der: forge.asn1.Asn1, fileName: string): void {
  const heaviest = kdfWorkOf(der).reduce<KdfWork | null>((max, w) => (max && max.rounds >= w.rounds ? max : w), null);
  if (heaviest && heaviest.rounds > MAX_KDF_ROUNDS) throw tooMuchWork(fileName, heaviest);
}

const tooMuchWork = (fileName: string, work: KdfWork) =>
  bad(
    `“${fileName}” asks for ${work.rounds.toLocaleString('en')} key-derivation rounds for ${work.where}, more than the ${MAX_KDF_ROUNDS.toLocaleString('en')} the app accepts (OpenSSL, Windows and Java write 2,000 to 10,000). It may be made to stall the app: export the certificate again with the usual settings.`,
  );

/** Opens the file with forge, turning its errors into messages that say what to do. */
function openPfx(p12: Uint8Array, passphrase: string, fileName: string): forge.pkcs12.Pkcs12Pfx {
  const der = parseDer(Buffer.from(p12.buffer, p12.byteOffset, p12.byteLength), fileName);
  checkKdfWork(der, fileName);
  try {
    return forge.pkcs12.pkcs12FromAsn1(der, false, passphrase);
  } catch (error) {
    if (error instanceof KdfLimitError) throw tooMuchWork(fileName, error.work);
    const reason = error instanceof Error ? error.message : '';
    if (/MAC could not be verified|wrong password|Failed to decrypt/i.test(reason)) {
      if (passphrase === '') throw bad(`“${fileName}” is protected by a passphrase: enter it to use the file.`);
      // The integrity check passed (or there is none) but decryption failed: the passphrase may be right.
      const hint = /Failed to decrypt|ShroudedKeyBag/.test(reason) && !isPortablePassphrase(passphrase)
        ? ' If it is right, export the file again with a passphrase of plain letters, digits and symbols: the app cannot read this file’s encryption with accented or non-Latin characters.'
        : '';
      throw bad(`The passphrase does not open “${fileName}”.${hint}`);
    }
    if (/unsupported/i.test(reason))
      throw bad(`“${fileName}” uses an encryption or format the app cannot read. Export it again as PKCS#12 with AES-256 or Triple DES.`);
    if (/not an PKCS#12 PFX|PFX of version/.test(reason)) throw bad(`“${fileName}” is not a PKCS#12 certificate file (.p12 or .pfx).`);
    throw bad(`“${fileName}” is damaged: it could not be read as a PKCS#12 file.`);
  }
}

/** The algorithm OID of a PrivateKeyInfo forge could not read (SEQUENCE { version, AlgorithmIdentifier, key }). */
function keyAlgorithmOf(privateKeyInfo: forge.asn1.Asn1 | undefined): string {
  const algorithm = Array.isArray(privateKeyInfo?.value) ? privateKeyInfo.value[1] : undefined;
  const oid = Array.isArray(algorithm?.value) ? algorithm.value[0] : undefined;
  return typeof oid?.value === 'string' ? forge.asn1.derToOid(oid.value) : '';
}

const isRsaPublicKey = (key: forge.pki.PublicKey): key is forge.pki.rsa.PublicKey => 'n' in key && 'e' in key;

function checkUsable(cert: forge.pki.Certificate, fileName: string, now: Date): void {
  const name = commonNameOf(cert);
  const who = `The certificate ${name ? `“${name}” ` : ''}in “${fileName}”`;
  if (now > cert.validity.notAfter) throw bad(`${who} expired on ${day(cert.validity.notAfter)}, so it can no longer sign.`);
  if (now < cert.validity.notBefore) throw bad(`${who} is not valid until ${day(cert.validity.notBefore)}.`);
  const usage = cert.getExtension('keyUsage') as { digitalSignature?: boolean; nonRepudiation?: boolean } | undefined;
  if (usage && !usage.digitalSignature && !usage.nonRepudiation)
    throw bad(`${who} cannot sign documents: its key usage allows neither digital signatures nor non-repudiation.`);
}

export interface OpenedP12 {
  key: forge.pki.rsa.PrivateKey;
  /** The certificate of `key`. */
  certificate: forge.pki.Certificate;
  /** Every certificate in the file (the signer's and any chain), in file order. */
  certificates: forge.pki.Certificate[];
}

/**
 * Opens a PKCS#12 file and checks it can sign at `now`: the first private key, which must be RSA, and the
 * certificate holding its public key. Throws a UserFacingError saying what is wrong and what to do.
 */
export function openP12(p12: Uint8Array, passphrase: string, fileName: string, now: Date): OpenedP12 {
  const bags = openPfx(p12, passphrase, fileName).safeContents.flatMap((contents) => contents.safeBags);
  // A key stored without encryption (openssl -keypbe NONE) is as usable as an encrypted one.
  const keyBag = bags.find((b) => b.type === oids.pkcs8ShroudedKeyBag || b.type === oids.keyBag);
  if (!keyBag)
    throw bad(`“${fileName}” holds no private key, only certificates, so it cannot sign. Export the certificate together with its private key.`);
  const key = keyBag.key;
  if (!key) {
    const keyType = OTHER_KEY_TYPES[keyAlgorithmOf(keyBag.asn1)] ?? 'a key of a type';
    throw bad(`“${fileName}” holds ${keyType} that the app cannot sign with: it signs with RSA keys only. Use an RSA certificate, or create a self-signed one in the app.`);
  }
  // Certificates forge cannot read (non-RSA keys, as in some CA chains) are left out: the signature carries the rest.
  const certificates = bags.flatMap((b) => (b.type === oids.certBag && b.cert ? [b.cert] : []));
  const certificate = certificates.find(
    (c) => isRsaPublicKey(c.publicKey) && c.publicKey.n.equals(key.n) && c.publicKey.e.equals(key.e),
  );
  if (!certificate) throw bad(`“${fileName}” holds a private key but not the certificate that belongs to it.`);
  checkUsable(certificate, fileName, now);
  return { key, certificate, certificates };
}

/** The certificate of a PKCS#12 file that can sign at `now`, as the app shows it; see openP12 for the checks. */
export function inspectP12(p12: Uint8Array, passphrase: string, fileName: string, now: Date): CertificateInfo {
  return certificateInfoOf(openP12(p12, passphrase, fileName, now).certificate);
}
