import forge from 'node-forge';

/**
 * Key-derivation rounds a PKCS#12 file may ask for, per derivation. OpenSSL 3 writes 2,048, Windows 2,000 to
 * 10,000, Java 10,000; a generous 600,000 is OWASP's figure for PBKDF2. Each round is pure JavaScript in node-forge's
 * PKCS#12 derivation (about 11 µs), so a file asking for 16.7 million holds signing for three minutes, and 2^31
 * for hours.
 */
export const MAX_KDF_ROUNDS = 1_000_000;

/** Password-based encryption schemes whose parameters are (salt, iterations): PKCS#12 PBE, PKCS#5 PBES1, and PBKDF2. */
const PBE_OIDS = new Set([
  ...[1, 2, 3, 4, 5, 6].map((n) => `1.2.840.113549.1.12.1.${n}`),
  ...[1, 3, 4, 6, 10, 11].map((n) => `1.2.840.113549.1.5.${n}`),
  '1.2.840.113549.1.5.12',
]);

const { Type } = forge.asn1;

export interface KdfWork {
  /** Where in the file: "the integrity check (MAC)", "an encrypted part". */
  where: string;
  rounds: number;
}

/**
 * Every key derivation a PKCS#12 file asks for that can be read without its passphrase: the MAC's, and those of
 * each encrypted part and shrouded key in the clear part. (A part inside an encrypted one is only seen after
 * decryption; the reader process's time budget bounds those.)
 */
export function kdfWorkOf(pfx: forge.asn1.Asn1): KdfWork[] {
  const found: KdfWork[] = [];
  const children = Array.isArray(pfx.value) ? pfx.value : [];
  const macData = children[2];
  if (macData && Array.isArray(macData.value)) {
    const iterations = macData.value[2];
    found.push({ where: 'the integrity check (MAC)', rounds: iterations ? integerOf(iterations) : 1 });
  }
  walk(children[1], found, 0);
  return found;
}

function walk(node: forge.asn1.Asn1 | undefined, found: KdfWork[], depth: number): void {
  if (!node || depth > 40) return;
  if (Array.isArray(node.value)) {
    const [first, params] = node.value;
    if (first?.type === Type.OID && typeof first.value === 'string' && PBE_OIDS.has(forge.asn1.derToOid(first.value))) {
      const iterations = Array.isArray(params?.value) ? params.value[1] : undefined;
      if (iterations?.type === Type.INTEGER) found.push({ where: 'an encrypted part', rounds: integerOf(iterations) });
    }
    for (const child of node.value) walk(child, found, depth + 1);
    return;
  }
  // The clear parts of a PKCS#12 file are DER wrapped in OCTET STRINGs.
  if (node.type === Type.OCTETSTRING && typeof node.value === 'string' && node.value.charCodeAt(0) === 0x30) {
    let inner: forge.asn1.Asn1 | null = null;
    try {
      inner = forge.asn1.fromDer(node.value, true);
    } catch {
      return; // encrypted bytes, not DER
    }
    walk(inner, found, depth + 1);
  }
}

/** An INTEGER's value; beyond 2^53 it is only "huge", which is all a limit needs. */
function integerOf(node: forge.asn1.Asn1): number {
  const bytes = typeof node.value === 'string' ? node.value : '';
  if (bytes.length > 7) return Number.MAX_SAFE_INTEGER;
  let n = 0;
  for (let i = 0; i < bytes.length; i++) n = n * 256 + bytes.charCodeAt(i);
  return n;
}

/** A key derivation refused before it ran: it asked for more rounds, or a longer key, than any real file does. */
export class KdfLimitError extends Error {
  constructor(readonly work: KdfWork) {
    super(`asks for ${work.rounds} key-derivation rounds for ${work.where}`);
    this.name = 'KdfLimitError';
  }
}

/** Longest key a PKCS#12 file derives: 32 bytes for AES-256, 64 for an HMAC with SHA-512. */
const MAX_DERIVED_BYTES = 1024;

let guarded = false;

/**
 * Makes node-forge's three key derivations refuse excessive work before doing it, whatever the file's encoding
 * hides from kdfWorkOf (a part in chunked or loosely encoded DER, a part inside an encrypted one): forge looks them
 * up on its namespace at each call, so the wrapped ones are what it runs.
 */
export function guardForgeKdf(): void {
  if (guarded) return;
  guarded = true;
  const check = (rounds: number, bytes: number, where: string) => {
    if (!(rounds <= MAX_KDF_ROUNDS)) throw new KdfLimitError({ where, rounds });
    if (!(bytes <= MAX_DERIVED_BYTES)) throw new KdfLimitError({ where: `a key of ${bytes} bytes`, rounds });
  };
  // forge's own names for these (the second is missing from its type definitions).
  const pkcs12 = forge.pkcs12 as unknown as { generateKey: Pkcs12Kdf };
  const pbe = (forge.pki as unknown as { pbe: { generatePkcs12Key: Pkcs12Kdf } }).pbe;
  const pkcs5 = forge.pkcs5 as unknown as { pbkdf2: Pbkdf2 };
  const [macKdf, pbeKdf, pbkdf2] = [pkcs12.generateKey, pbe.generatePkcs12Key, pkcs5.pbkdf2];
  pkcs12.generateKey = (password, salt, id, iter, n, ...rest) => (check(iter, n, 'the integrity check (MAC)'), macKdf(password, salt, id, iter, n, ...rest));
  pbe.generatePkcs12Key = (password, salt, id, iter, n, ...rest) => (check(iter, n, 'an encrypted part'), pbeKdf(password, salt, id, iter, n, ...rest));
  pkcs5.pbkdf2 = (password, salt, iterations, keySize, ...rest) => (check(iterations, keySize, 'an encrypted part'), pbkdf2(password, salt, iterations, keySize, ...rest));
}

type Pkcs12Kdf = (password: unknown, salt: unknown, id: number, iter: number, n: number, ...rest: unknown[]) => unknown;
type Pbkdf2 = (password: unknown, salt: unknown, iterations: number, keySize: number, ...rest: unknown[]) => unknown;
