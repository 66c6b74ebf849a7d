import { z } from 'zod';

/** What the app shows of a signing certificate, and prints on the sign-off page. */
export interface CertificateInfo {
  commonName: string;
  organisation: string;
  email: string;
  /** The issuer's distinguished name as one line, e.g. "CN=Ana Ruiz, O=Acme". */
  issuer: string;
  serialNumber: string;
  /** ISO date-times. */
  notBefore: string;
  notAfter: string;
  /** SHA-256 of the DER certificate, upper-case hex pairs joined by ':' (as certificate viewers show it). */
  sha256Fingerprint: string;
  selfSigned: boolean;
}

/** A PKCS#12 file the assessor signs with. The app keeps it as it is: encrypted under its passphrase. */
export interface SigningIdentity {
  fileName: string;
  p12: Uint8Array;
  certificate: CertificateInfo;
}

const bytesSchema = z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'expected the file bytes');

/** PKCS#12 files are a few kilobytes; anything far larger is not one. */
export const P12_MAX_BYTES = 1024 * 1024;
export const PASSPHRASE_MIN = 8;

export const p12Schema = bytesSchema.refine((b) => b.byteLength > 0 && b.byteLength <= P12_MAX_BYTES, 'not a certificate file');

/** What signing needs at generation time; the passphrase is typed each time and never stored. */
export const signingRequestSchema = z
  .object({ fileName: z.string().min(1).max(255), p12: p12Schema, passphrase: z.string().max(500) })
  .strict();
export type SigningRequest = z.infer<typeof signingRequestSchema>;

const text = (max: number) => z.string().trim().max(max);

/**
 * forge derives AES keys from a passphrase's UTF-16 code units, OpenSSL and Windows from its UTF-8 bytes: the two
 * agree only on printable ASCII, so a file encrypted under any other character opens in one and not the other.
 */
export const isPortablePassphrase = (passphrase: string): boolean => /^[\x20-\x7e]*$/.test(passphrase);
export const PORTABLE_PASSPHRASE_MESSAGE =
  'Use letters A–Z, digits, spaces and punctuation without accents: other programs read accented passphrases differently';

/** A self-signed identity the app creates: the key never leaves the .p12 unencrypted. */
export const newIdentitySchema = z
  .object({
    commonName: text(200).min(1, 'Name is required'),
    organisation: text(200),
    email: z.email('Enter an e-mail address').or(z.literal('')),
    passphrase: z
      .string()
      .min(PASSPHRASE_MIN, `Use at least ${PASSPHRASE_MIN} characters`)
      .max(500)
      .refine(isPortablePassphrase, PORTABLE_PASSPHRASE_MESSAGE),
    validityYears: z.number().int().min(1).max(10),
  })
  .strict();
export type NewIdentity = z.infer<typeof newIdentitySchema>;
