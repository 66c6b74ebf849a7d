import { describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_TITLES, defaultReportOptions, reportOptionsSchema, sniffImageType, withLanguage } from '../../../shared/report/options';
import { newIdentitySchema } from '../../../shared/report/signing';
import { imageSize, MAX_IMAGE_PIXELS } from '../../../shared/report/image-size';
import { jpegHeader, pngHeader } from '../../support/images';

const PNG = pngHeader(320, 120);
const JPEG = jpegHeader(640, 200);
const GIF = new TextEncoder().encode('GIF89a....');

describe('report images', () => {
  it('are known by their first bytes', () => {
    expect(sniffImageType(PNG)).toBe('image/png');
    expect(sniffImageType(JPEG)).toBe('image/jpeg');
    expect(sniffImageType(GIF)).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });

  it('are refused by the options schema main checks when the bytes are not what the type says', () => {
    const options = defaultReportOptions('2026-11-23');
    expect(reportOptionsSchema.safeParse({ ...options, logo: { mimeType: 'image/png', data: PNG } }).success).toBe(true);
    const mislabelled = reportOptionsSchema.safeParse({ ...options, logo: { mimeType: 'image/jpeg', data: PNG } });
    expect(mislabelled.success).toBe(false);
    expect(mislabelled.error?.issues[0]).toMatchObject({ path: ['logo', 'data'], message: 'The image is not a PNG or JPEG file' });
    expect(reportOptionsSchema.safeParse({ ...options, siteSignature: { mimeType: 'image/png', data: GIF } }).success).toBe(false);
  });

  it('are sized from their headers alone, and refused by the schema when they declare too many pixels to decode', () => {
    expect(imageSize(PNG, 'image/png')).toEqual({ width: 320, height: 120 });
    expect(imageSize(JPEG, 'image/jpeg')).toEqual({ width: 640, height: 200 });
    expect(imageSize(new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0, 2]), 'image/jpeg')).toBeNull();
    const options = defaultReportOptions('2026-11-23');
    const huge = reportOptionsSchema.safeParse({ ...options, logo: { mimeType: 'image/png', data: pngHeader(22_000, 22_000) } });
    expect(huge.error?.issues[0]).toMatchObject({
      path: ['logo', 'data'],
      message: 'The image cannot be used: it is 22,000 × 22,000 pixels; report images can have up to 16.8 million pixels (4,096 × 4,096), so scale it down',
    });
    expect(reportOptionsSchema.safeParse({ ...options, logo: { mimeType: 'image/jpeg', data: jpegHeader(4096, 4096) } }).success).toBe(true);
    expect(4096 * 4096).toBe(MAX_IMAGE_PIXELS);
    expect(reportOptionsSchema.safeParse({ ...options, logo: { mimeType: 'image/jpeg', data: jpegHeader(4097, 4096) } }).success).toBe(false);
  });
});

describe('a new signing identity', () => {
  const input = { commonName: 'Ana Ruiz', organisation: '', email: '', passphrase: 'plain passphrase 1!', validityYears: 3 };
  it('needs a passphrase of at least 8 characters that other programs read the same way', () => {
    expect(newIdentitySchema.safeParse(input).success).toBe(true);
    expect(newIdentitySchema.safeParse({ ...input, passphrase: 'short' }).error?.issues[0]?.message).toBe('Use at least 8 characters');
    expect(newIdentitySchema.safeParse({ ...input, passphrase: 'contraseña segura' }).error?.issues[0]?.message).toMatch(/without accents/);
  });
});

describe('switching the report language', () => {
  it('changes a default title with it and keeps one the assessor typed', () => {
    const options = defaultReportOptions('2026-11-23');
    expect(withLanguage(options, 'de')).toEqual({ language: 'de', title: 'IEC 62443-2-1 CSMS-Bewertungsbericht' });
    expect(withLanguage({ language: 'de', title: DEFAULT_REPORT_TITLES.de }, 'en')).toEqual({ language: 'en', title: DEFAULT_REPORT_TITLES.en });
    expect(withLanguage({ ...options, title: 'Riverside audit 2026' }, 'de')).toEqual({ language: 'de', title: 'Riverside audit 2026' });
  });
});
