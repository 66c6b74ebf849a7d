import { describe, expect, it } from 'vitest';
import { validityProblem } from '../../../renderer/features/reports/certificate-validity';
import { readReportImage } from '../../../renderer/features/reports/read-image';
import { emptyParts, type ReportFacts } from '../../../renderer/features/reports/report-facts';
import type { Assessment } from '../../../shared/domain/assessment';
import { IMAGE_MAX_BYTES } from '../../../shared/report/options';
import { jpegHeader, pngHeader } from '../../support/images';

const PNG_START = [...pngHeader(200, 80)];

describe('the Reports screen’s helpers', () => {
  it('takes PNG and JPEG by their bytes, whatever the name, and refuses others and oversized files with the reason', async () => {
    const png = await readReportImage(new File([new Uint8Array([...PNG_START, 1, 2])], 'logo.jpg'));
    expect(png).toEqual({ image: { mimeType: 'image/png', data: new Uint8Array([...PNG_START, 1, 2]) } });
    expect(await readReportImage(new File([jpegHeader(300, 100)], 'sig.jpeg'))).toMatchObject({ image: { mimeType: 'image/jpeg' } });
    expect(await readReportImage(new File([pngHeader(22_000, 22_000)], 'bomb.png'))).toEqual({
      problem: '“bomb.png” cannot be used: it is 22,000 × 22,000 pixels; report images can have up to 16.8 million pixels (4,096 × 4,096), so scale it down.',
    });
    expect(await readReportImage(new File(['GIF89a'], 'anim.gif'))).toEqual({ problem: '“anim.gif” is not a PNG or JPEG image.' });
    expect(await readReportImage(new File([], 'empty.png'))).toEqual({ problem: '“empty.png” is not a PNG or JPEG image.' });
    const big = new Uint8Array(IMAGE_MAX_BYTES + 1);
    big.set(PNG_START);
    expect(await readReportImage(new File([big], 'scan.png'))).toEqual({ problem: '“scan.png” is too large (2 MB): images can be up to 2 MB.' });
    expect(await readReportImage(new File([big.subarray(0, IMAGE_MAX_BYTES)], 'max.png'))).toHaveProperty('image');
  });

  it('names the parts with nothing recorded, whose sections will say “not assessed”', () => {
    const coverage = { scope: true, assets: 295, answers: 0, zones: 6, findings: 0, risks: 0, actions: 8 };
    const facts: ReportFacts = { assessment: {} as Assessment, coverage };
    expect(emptyParts(facts)).toEqual(['answers', 'findings', 'risk scenarios']);
    expect(emptyParts({ ...facts, coverage: { ...coverage, answers: 75, findings: 56, risks: 12 } })).toEqual([]);
    expect(emptyParts({ ...facts, coverage: { ...coverage, scope: false, answers: 75, findings: 56, risks: 12 } })).toEqual(['the scope']);
  });

  it('tells when a certificate cannot sign today', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    expect(validityProblem({ notBefore: '2025-01-01T00:00:00Z', notAfter: '2028-01-01T00:00:00Z' }, now)).toBeNull();
    expect(validityProblem({ notBefore: '2023-01-01T00:00:00Z', notAfter: '2026-01-01T00:00:00Z' }, now)).toBe(
      'This certificate expired on 1 Jan 2026: create or import a current one to sign.',
    );
    expect(validityProblem({ notBefore: '2027-03-01T00:00:00Z', notAfter: '2030-01-01T00:00:00Z' }, now)).toBe('This certificate is valid only from 1 Mar 2027.');
  });
});
