import { BundleError, damaged } from './errors';

/**
 * The passphrase-protected `.csms` file: a fixed 73-byte header followed by the plain `.csms` ZIP encrypted with
 * AES-256-GCM. Everything runs on WebCrypto, which Node 20 and the browser both provide, so it stays pure.
 *
 *   offset size  field
 *        0    7  magic "CSMSENC"
 *        7    1  envelope version (1); a reader refuses a higher one as "from a newer version"
 *        8    1  KDF: 1 = PBKDF2-HMAC-SHA-256
 *        9    4  KDF iterations, uint32 big-endian (600,000 when written; kept in the file so it can rise)
 *       13   16  KDF salt, random per file
 *       29   12  AES-GCM IV, random per file
 *       41   16  key check value
 *       57    8  length of the plain ZIP, uint64 big-endian (a cut-short file is named as such before any work)
 *       65    8  header digest: the first 8 bytes of SHA-256 over bytes 0–64
 *       73    …  ciphertext (as long as the ZIP), then the 16-byte GCM tag
 *
 * Keys: PBKDF2 turns the NFC-normalised UTF-8 passphrase and the salt into 32 bytes, and HKDF-SHA-256 splits those
 * into the AES key and the key check value under different labels, so the check value says nothing about the key.
 * The whole header is the GCM additional data: an edit anywhere in it, or in the ciphertext or tag, fails the tag.
 *
 * How failures are told apart: the unkeyed header digest catches accidental damage to the header (a USB stick's
 * bit rot) without the passphrase; a key check mismatch then means the wrong passphrase; a GCM failure with the
 * right key means the content was damaged or altered. Someone who edits the header on purpose and fixes the digest
 * is reported as a wrong passphrase or a damaged file: either way nothing is read.
 *
 * Why PBKDF2 and not a memory-hard KDF: PBKDF2 is native in WebCrypto everywhere the app runs, 600,000 iterations
 * is OWASP's current figure for PBKDF2-HMAC-SHA-256, and it derives in about 0.2 s here. Argon2id and scrypt are
 * not in WebCrypto; the pure-JS ones (@noble/hashes, only a transitive dependency here) took 3.9 s for Argon2id at
 * 64 MiB and 0.9 s for scrypt at N=2^17, which costs the assessor more than the attacker, who runs native code.
 * The KDF byte leaves room to add one later without breaking old files.
 */
export const ENVELOPE_MAGIC = new TextEncoder().encode('CSMSENC');
export const ENVELOPE_VERSION = 1;
export const KDF_PBKDF2_SHA256 = 1;
export const PBKDF2_ITERATIONS = 600_000;
/** Below this a header is not one this app wrote; above it, deriving would hang the app (about 3 s here). */
const MIN_ITERATIONS = 100_000;
const MAX_ITERATIONS = 10_000_000;

/** A new file's passphrase needs at least this many characters (counted as code points after NFC). */
export const MIN_NEW_PASSPHRASE_CHARS = 12;
export const MAX_PASSPHRASE_CHARS = 1024;

const SALT_BYTES = 16;
const IV_BYTES = 12;
const CHECK_BYTES = 16;
const DIGEST_BYTES = 8;
const TAG_BYTES = 16;
const AT = { version: 7, kdf: 8, iterations: 9, salt: 13, iv: 29, check: 41, length: 57, digest: 65 } as const;
export const ENVELOPE_HEADER_BYTES = AT.digest + DIGEST_BYTES;

const DATA_KEY_LABEL = 'csms envelope 1: AES-256-GCM key';
const CHECK_LABEL = 'csms envelope 1: key check';

export interface EnvelopeInfo {
  kdf: 'PBKDF2-HMAC-SHA-256';
  iterations: number;
}

interface Header extends EnvelopeInfo {
  bytes: Uint8Array;
  salt: Uint8Array;
  iv: Uint8Array;
  check: Uint8Array;
}

export const isEnvelope = (bytes: Uint8Array): boolean => ENVELOPE_MAGIC.every((b, i) => bytes[i] === b);

/** Why a passphrase will not do for a new file, or null when it will. */
export function newPassphraseProblem(passphrase: string): string | null {
  const chars = Array.from(passphrase.normalize('NFC')).length;
  if (chars < MIN_NEW_PASSPHRASE_CHARS) return `The passphrase needs at least ${MIN_NEW_PASSPHRASE_CHARS} characters`;
  if (chars > MAX_PASSPHRASE_CHARS) return `The passphrase may have at most ${MAX_PASSPHRASE_CHARS} characters`;
  return null;
}

/** Encrypts plain `.csms` bytes under the passphrase; `iterations` is for tests that must run fast. */
export async function encryptBundleBytes(zip: Uint8Array, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<Uint8Array> {
  const problem = newPassphraseProblem(passphrase);
  if (problem) throw new BundleError('weak-passphrase', `${problem}.`);
  const header = new Uint8Array(ENVELOPE_HEADER_BYTES);
  const view = new DataView(header.buffer);
  header.set(ENVELOPE_MAGIC, 0);
  header[AT.version] = ENVELOPE_VERSION;
  header[AT.kdf] = KDF_PBKDF2_SHA256;
  view.setUint32(AT.iterations, iterations);
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  header.set(salt, AT.salt);
  header.set(iv, AT.iv);
  const keys = await deriveKeys(passphrase, salt, iterations);
  header.set(keys.check, AT.check);
  view.setBigUint64(AT.length, BigInt(zip.byteLength));
  header.set(await headerDigest(header), AT.digest);

  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: header, tagLength: TAG_BYTES * 8 }, keys.dataKey, buffer(zip));
  const out = new Uint8Array(ENVELOPE_HEADER_BYTES + sealed.byteLength);
  out.set(header, 0);
  out.set(new Uint8Array(sealed), ENVELOPE_HEADER_BYTES);
  return out;
}

/** Checks the header without the passphrase: what a reader can say before asking for one. */
export async function readEnvelopeInfo(bytes: Uint8Array): Promise<EnvelopeInfo> {
  const { kdf, iterations } = await readHeader(bytes);
  return { kdf, iterations };
}

/** The plain `.csms` bytes inside an envelope; throws BundleError saying which of the failures above it is. */
export async function decryptBundleBytes(bytes: Uint8Array, passphrase: string | undefined): Promise<Uint8Array> {
  const header = await readHeader(bytes);
  if (passphrase === undefined || passphrase.length === 0)
    throw new BundleError('needs-passphrase', 'This file is encrypted: enter its passphrase to open it.');
  const keys = await deriveKeys(passphrase, header.salt, header.iterations);
  if (!sameBytes(keys.check, header.check)) throw new BundleError('wrong-passphrase', 'The passphrase does not open this file.');
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: buffer(header.iv), additionalData: buffer(header.bytes), tagLength: TAG_BYTES * 8 },
      keys.dataKey,
      buffer(bytes.subarray(ENVELOPE_HEADER_BYTES)),
    );
    return new Uint8Array(plain);
  } catch {
    throw damaged('its encrypted content fails its integrity check, so it was changed or damaged after it was written');
  }
}

async function readHeader(bytes: Uint8Array): Promise<Header> {
  if (bytes.byteLength <= AT.version) throw damaged('it is cut short inside its encryption header');
  const version = bytes[AT.version] ?? 0;
  if (version > ENVELOPE_VERSION) throw newerEnvelope(`envelope version ${version}`);
  if (bytes.byteLength < ENVELOPE_HEADER_BYTES) throw damaged('it is cut short inside its encryption header');
  const headerBytes = bytes.slice(0, ENVELOPE_HEADER_BYTES);
  const expected = await headerDigest(headerBytes);
  if (version !== ENVELOPE_VERSION || !sameBytes(expected, headerBytes.subarray(AT.digest))) throw damaged('its encryption header is damaged');

  const view = new DataView(headerBytes.buffer);
  const kdf = headerBytes[AT.kdf];
  if (kdf !== KDF_PBKDF2_SHA256) throw newerEnvelope(`key derivation ${kdf}`);
  const iterations = view.getUint32(AT.iterations);
  if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS)
    throw damaged(`its encryption header asks for ${iterations} key derivation rounds (this app accepts ${MIN_ITERATIONS} to ${MAX_ITERATIONS})`);
  const plainLength = view.getBigUint64(AT.length);
  const expectedTotal = BigInt(ENVELOPE_HEADER_BYTES + TAG_BYTES) + plainLength;
  const actualTotal = BigInt(bytes.byteLength);
  if (actualTotal < expectedTotal) throw damaged(`it is cut short: ${actualTotal} of its ${expectedTotal} bytes are there`);
  if (actualTotal > expectedTotal) throw damaged(`it has ${actualTotal - expectedTotal} unexpected bytes after its end`);
  return {
    bytes: headerBytes,
    kdf: 'PBKDF2-HMAC-SHA-256',
    iterations,
    salt: headerBytes.subarray(AT.salt, AT.salt + SALT_BYTES),
    iv: headerBytes.subarray(AT.iv, AT.iv + IV_BYTES),
    check: headerBytes.subarray(AT.check, AT.check + CHECK_BYTES),
  };
}

const newerEnvelope = (what: string) =>
  new BundleError(
    'newer-version',
    `This file is encrypted in a way a newer version of CSMS Assessor wrote (${what}); this version reads envelope version ${ENVELOPE_VERSION}. Update the app to open it.`,
  );

async function deriveKeys(passphrase: string, salt: Uint8Array, iterations: number) {
  const secret = new TextEncoder().encode(passphrase.normalize('NFC'));
  const base = await crypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveBits']);
  const master = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: buffer(salt), iterations }, base, 256);
  const hkdf = await crypto.subtle.importKey('raw', master, 'HKDF', false, ['deriveKey', 'deriveBits']);
  const params = (label: string) => ({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: new TextEncoder().encode(label) });
  const dataKey = await crypto.subtle.deriveKey(params(DATA_KEY_LABEL), hkdf, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const check = new Uint8Array(await crypto.subtle.deriveBits(params(CHECK_LABEL), hkdf, CHECK_BYTES * 8));
  return { dataKey, check };
}

async function headerDigest(header: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', buffer(header.subarray(0, AT.digest))), 0, DIGEST_BYTES);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && a.every((x, i) => x === b[i]);
}

/** WebCrypto's types want ArrayBuffer-backed views; bundle bytes never live in a SharedArrayBuffer. */
const buffer = (bytes: Uint8Array) => bytes as Uint8Array<ArrayBuffer>;
