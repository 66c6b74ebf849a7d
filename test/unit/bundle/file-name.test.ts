import { describe, expect, it } from 'vitest';
import { formatByteSize } from '../../../shared/format/byte-size';
import { bundleFileName } from '../../../shared/bundle/format';

const day = new Date(2026, 10, 22, 23, 59); // local time: the name carries the date the user sees

describe('bundleFileName', () => {
  it.each([
    ['Riverside WTP', 'Riverside WTP 2026-11-22.csms'],
    ['  North   pumping\tstation ', 'North pumping station 2026-11-22.csms'],
    ['Plant A/B: "phase 2" <draft>?', 'Plant A B phase 2 draft 2026-11-22.csms'],
    ['C:\\sites\\Ost|West*', 'C sites Ost West 2026-11-22.csms'],
    ['line\nbreak\u0000nul', 'line break nul 2026-11-22.csms'],
    ['...hidden', 'hidden 2026-11-22.csms'],
    ['Zürich Wasserwerk – Süd', 'Zürich Wasserwerk – Süd 2026-11-22.csms'],
    ['', 'assessment 2026-11-22.csms'],
    ['/:*?', 'assessment 2026-11-22.csms'],
  ])('%j → %j', (name, expected) => {
    expect(bundleFileName(name, day)).toBe(expected);
  });

  it('keeps the whole name within 100 characters without splitting a character', () => {
    const long = bundleFileName('Wasserwerk 🚰 '.repeat(20), day);
    expect(Array.from(long).length).toBeLessThanOrEqual(100);
    expect(long.endsWith(' 2026-11-22.csms')).toBe(true);
    expect(long).not.toMatch(/\s{2}/);
    expect(() => encodeURIComponent(long)).not.toThrow(); // throws on a lone surrogate
  });

  it('pads month and day', () => {
    expect(bundleFileName('x', new Date(2027, 0, 5))).toBe('x 2027-01-05.csms');
  });
});

describe('formatByteSize', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [1023, '1023 bytes'],
    [1024, '1 KB'],
    [1536, '1.5 KB'],
    [512 * 1024 ** 2, '512 MB'],
    [2 * 1024 ** 3, '2 GB'],
  ])('%d → %s', (bytes, expected) => {
    expect(formatByteSize(bytes)).toBe(expected);
  });
});
