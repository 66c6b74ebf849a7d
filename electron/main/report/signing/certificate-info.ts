import { createHash } from 'node:crypto';
import forge from 'node-forge';
import type { CertificateInfo } from '../../../../shared/report/signing';

/** Upper-case hex pairs joined by ':', as certificate viewers show fingerprints. */
function hexPairs(bytes: Buffer): string {
  return (bytes.toString('hex').toUpperCase().match(/../g) ?? []).join(':');
}

function certificateDer(cert: forge.pki.Certificate): Buffer {
  return Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
}

type Name = forge.pki.Certificate['subject'];

/**
 * The name's attributes with UTF8String values as text. forge keeps them as raw UTF-8 bytes when reading but encodes
 * them again when writing, so "José" would come out as "JosÃ©" (and a CMS issuer would match no certificate).
 */
export function decodedAttributes(name: Name): forge.pki.CertificateField[] {
  return name.attributes.map((a) => {
    if (a.valueTagClass !== (forge.asn1.Type.UTF8 as unknown as forge.asn1.Class) || typeof a.value !== 'string') return a;
    try {
      return { ...a, value: forge.util.decodeUtf8(a.value) };
    } catch {
      return a; // not valid UTF-8: keep the bytes rather than fail
    }
  });
}

const field = (name: Name, shortName: string): string => {
  const value: unknown = decodedAttributes(name).find((a) => a.shortName === shortName)?.value;
  return typeof value === 'string' ? value : '';
};

/** RFC 4514 order (most specific first, so "CN=…, O=…"), with the characters that would break it escaped. */
function distinguishedName(name: Name): string {
  return decodedAttributes(name)
    .map((a) => `${a.shortName ?? a.name ?? a.type}=${String(a.value).replace(/[,+"\\<>;]/g, '\\$&')}`)
    .reverse()
    .join(', ');
}

function emailOf(cert: forge.pki.Certificate): string {
  const inSubject = field(cert.subject, 'E');
  if (inSubject) return inSubject;
  const altNames = (cert.getExtension('subjectAltName') as { altNames?: { type: number; value: string }[] } | undefined)?.altNames;
  return altNames?.find((n) => n.type === 1 /* rfc822Name */)?.value ?? '';
}

function isSelfSigned(cert: forge.pki.Certificate): boolean {
  if (!cert.isIssuer(cert)) return false;
  try {
    return cert.verify(cert);
  } catch {
    return false; // a signature algorithm forge cannot check: not provably self-signed
  }
}

export const commonNameOf = (cert: forge.pki.Certificate): string => field(cert.subject, 'CN');

/** What the app shows and prints of a certificate. */
export function certificateInfoOf(cert: forge.pki.Certificate): CertificateInfo {
  return {
    commonName: commonNameOf(cert),
    organisation: field(cert.subject, 'O'),
    email: emailOf(cert),
    issuer: distinguishedName(cert.issuer),
    serialNumber: cert.serialNumber.toUpperCase(),
    notBefore: cert.validity.notBefore.toISOString(),
    notAfter: cert.validity.notAfter.toISOString(),
    sha256Fingerprint: hexPairs(createHash('sha256').update(certificateDer(cert)).digest()),
    selfSigned: isSelfSigned(cert),
  };
}
