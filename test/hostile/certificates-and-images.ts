import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createSelfSignedIdentity } from '../../electron/main/report/signing/self-signed';
import type { SigningIdentity } from '../../shared/report/signing';
import { jpegHeader, pngHeader } from '../support/images';
import { withHiddenContent, withKdfRounds } from '../support/p12-surgery';
import { noise } from '../support/zip-surgery';
import type { HostileCase } from './case';

export const CERTIFICATE_PASSPHRASE = 'Riverside-2026!';
let identity: Promise<SigningIdentity> | null = null;
/** One self-signed certificate as the app makes them, shared by the certificate cases. */
const signer = () =>
  (identity ??= createSelfSignedIdentity(
    { commonName: 'Ana Ruiz', organisation: 'Acme Water', email: '', passphrase: CERTIFICATE_PASSPHRASE, validityYears: 3 },
    new Date('2026-01-01T00:00:00Z'),
  ));

const p12 = (c: Omit<HostileCase, 'kind' | 'fileName' | 'passphrase'>): HostileCase => ({ kind: 'certificate', fileName: `${c.id}.p12`, passphrase: CERTIFICATE_PASSPHRASE, ...c });

/** A DER SEQUENCE header nested `depth` times around nothing, with long-form lengths that add up. */
function nestedSequences(depth: number): Uint8Array {
  const out = new Uint8Array(depth * 6);
  for (let i = 0; i < depth; i++) {
    const inner = (depth - i - 1) * 6;
    out.set([0x30, 0x84, inner >>> 24, (inner >>> 16) & 255, (inner >>> 8) & 255, inner & 255], i * 6);
  }
  return out;
}

export const CERTIFICATE_CASES: HostileCase[] = [
  p12({
    id: 'p12-mac-16m-rounds',
    what: 'a .p12 whose integrity check asks for 16.7 million key-derivation rounds (held signing for 185 s)',
    make: async () => withKdfRounds((await signer()).p12, { mac: 16_777_216 }),
    refused: /asks for 16,777,216 key-derivation rounds for the integrity check \(MAC\), more than the 1,000,000 the app accepts/,
  }),
  p12({
    id: 'p12-key-2g-rounds',
    what: 'a .p12 whose key asks for 2^31 rounds (hours)',
    make: async () => withKdfRounds((await signer()).p12, { pbe: 2 ** 31 }),
    refused: /asks for 2,147,483,648 key-derivation rounds for an encrypted part/,
  }),
  p12({
    id: 'p12-chunked-2g-rounds',
    what: 'a .p12 without a MAC whose content is chunked BER, hiding a key asking for 2^31 − 1 rounds from a strict reader',
    make: async () => withHiddenContent(withKdfRounds((await signer()).p12, { pbe: 2 ** 31 - 1 }), 'chunked'),
    refused: /asks for 2,147,483,647 key-derivation rounds for an encrypted part/,
  }),
  p12({
    id: 'p12-long-length-2g-rounds',
    what: 'a .p12 without a MAC whose content claims one byte more than it has, hiding 2^31 − 1 rounds (ran the full 180 s)',
    make: async () => withHiddenContent(withKdfRounds((await signer()).p12, { pbe: 2 ** 31 - 1 }), 'long-length'),
    refused: /asks for 2,147,483,647 key-derivation rounds for an encrypted part/,
  }),
  p12({
    id: 'p12-pem-text',
    what: 'a PEM text file named .p12',
    make: () => new TextEncoder().encode('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'),
    refused: /is a PEM text file, not a PKCS#12 file/,
  }),
  p12({ id: 'p12-noise', what: '4 KB of noise', make: () => noise(4096).map((b, i) => (i === 0 ? 0x04 : b)), refused: /is not a PKCS#12 certificate file/ }),
  p12({
    id: 'p12-nested-50000',
    what: 'ASN.1 nested 50,000 SEQUENCEs deep',
    make: () => nestedSequences(50_000),
    refused: /is damaged: it could not be read as a PKCS#12 file/,
  }),
  p12({
    id: 'p12-over-1mb',
    what: 'a “certificate” of 2 MB',
    make: () => noise(2 * 1024 ** 2).map((b, i) => (i === 0 ? 0x30 : b)),
    refused: /^Invalid signingInspect request at p12: not a certificate file$/,
  }),
  p12({ id: 'p12-as-made', what: 'a certificate the app made (within every limit)', make: async () => (await signer()).p12, read: /^certificate of Ana Ruiz$/ }),
];

const image = (c: Omit<HostileCase, 'kind' | 'fileName'> & { fileName: string }): HostileCase => ({ kind: 'image', ...c });

/** A PNG of 100 × 100 whose image data is damaged past its header. */
function brokenPng(): Uint8Array {
  const header = pngHeader(100, 100);
  const out = new Uint8Array(header.length + 32);
  out.set(header);
  return out;
}

export const IMAGE_CASES: HostileCase[] = [
  image({
    id: 'png-22000-square',
    fileName: 'logo.png',
    what: 'a 1.9 MB PNG logo of 22,000 × 22,000 RGBA (29 s and 7.7 GB to place)',
    make: () => pngHeader(22_000, 22_000, [...noise(64 * 1024)]),
    refused: /^Invalid reportGeneratePdf request at options\.logo\.data: The image cannot be used: it is 22,000 × 22,000 pixels/,
  }),
  image({
    id: 'jpeg-65535-square',
    fileName: 'logo.jpg',
    what: 'a JPEG declaring 65,535 × 65,535 pixels',
    make: () => jpegHeader(65_535, 65_535),
    refused: /The image cannot be used: it is 65,535 × 65,535 pixels/,
  }),
  image({
    id: 'png-no-header',
    fileName: 'logo.png',
    what: 'a PNG signature without its header chunk',
    make: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...noise(100)]),
    refused: /The image cannot be used: its size cannot be read: the file may be damaged/,
  }),
  image({
    id: 'png-broken-data',
    fileName: 'logo.png',
    what: 'a PNG of 100 × 100 whose image data is damaged',
    make: brokenPng,
    refused: /^The logo image cannot be placed in the report \(Incomplete or corrupt PNG file\): choose it again, or another image\.$/,
  }),
  image({
    id: 'png-app-icon',
    fileName: 'logo.png',
    what: 'the app’s own icon as the logo (within every limit)',
    make: () => new Uint8Array(readFileSync(resolve('assets/icon.png'))),
    read: /^PDF of \d+ pages$/,
  }),
];

export const REPORT_CASES: HostileCase[] = [
  {
    id: 'report-unprintable-text',
    kind: 'report',
    fileName: 'report.xlsx',
    what: 'assessment text with U+FFFE, U+FFFF, control characters and half surrogate pairs (openpyxl refused the workbook)',
    // As JSON, so the half surrogate pair survives the file (UTF-8 cannot carry it).
    make: () => new TextEncoder().encode(JSON.stringify('HOSTILE\uFFFE-01 \uFFFF\u0007 \uD800 end')),
    read: /^workbook and PDF written; openpyxl reads the asset “HOSTILE-01 {3}end”$/,
  },
];
