import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportPdf, type RenderDeps } from '../../../electron/main/report/pdf/render-report';
import type { ReportSignature } from '../../../shared/ipc/contract';
import type { ReportModel } from '../../../shared/report/model';
import { en } from '../../../shared/report/strings/en';
import { multilingualBundle, overlappingWords, pdfTools, reportModel, stressBundle } from '../../support/report-fixtures';

const fontsDir = resolve('assets/fonts');
let dir: string;

async function render(model: ReportModel, name: string, deps: Partial<RenderDeps> = {}) {
  const result = await renderReportPdf(model, { fontsDir, signature: null, ...deps });
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, result.pdf);
  return { ...result, file };
}

const FINGERPRINT = Array.from({ length: 32 }, (_, i) => ((i * 37 + 11) % 256).toString(16).toUpperCase().padStart(2, '0')).join(':');
const SIGNATURE: ReportSignature = {
  signedAt: '2026-11-23T10:05:00.000Z',
  certificate: {
    commonName: 'Paweł Nowak',
    organisation: 'AquaControl Integrators Ltd',
    email: 'pawel.nowak@example.com',
    issuer: 'CN=Paweł Nowak, O=AquaControl Integrators Ltd',
    serialNumber: '01',
    notBefore: '2026-01-01T00:00:00.000Z',
    notAfter: '2029-01-01T00:00:00.000Z',
    sha256Fingerprint: FINGERPRINT,
    selfSigned: true,
  },
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'csms-pdf-layout-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('renderReportPdf: long text', () => {
  let model: ReportModel;
  let report: Awaited<ReturnType<typeof render>>;

  beforeAll(async () => {
    model = reportModel(stressBundle({ findings: 200, noteChars: 15_000 }));
    report = await render(model, 'stress');
  });

  it('flows notes of thousands of characters and 200 findings over pages, losing nothing', () => {
    expect(pdfTools.check(report.file)).toContain('No syntax or stream encoding errors');
    expect(Number(pdfTools.info(report.file).Pages)).toBe(report.pageCount);
    const text = pdfTools.pages(report.file).join('\n');
    for (let n = 1; n <= 200; n++) expect(text, `finding ${n}`).toContain(`Finding ${n}:`);
    // The long notes and observations repeat one sentence: every copy must be printed, none cut off.
    const count = (s: string) => s.match(/phishing/g)?.length ?? 0;
    const written = [...model.requirements.map((r) => r.notes), ...model.findings.flatMap((f) => [f.observation, f.recommendation])];
    expect(written.reduce((sum, s) => sum + count(s), 0)).toBeGreaterThan(300);
    expect(count(text)).toBe(written.reduce((sum, s) => sum + count(s), 0));
  });

  it('never prints one word over another', () => {
    const pages = pdfTools.words(report.file);
    const overlaps = pages.flatMap((words, i) =>
      // The diagram draws a white halo under each label as a second copy of the same text.
      overlappingWords(words).filter(([a, b]) => !(a.text === b.text && a.x0 === b.x0 && a.y0 === b.y0)).map(([a, b]) => `page ${i + 1}: "${a.text}" / "${b.text}"`),
    );
    expect(overlaps).toEqual([]);
  });
});

describe('renderReportPdf: sign-off', () => {
  it('prints the signer, the signing time and the certificate fingerprint in two checkable lines', async () => {
    const report = await render(reportModel(multilingualBundle()), 'signed', { signature: SIGNATURE });
    const pages = pdfTools.pages(report.file);
    const signOff = pages.find((p) => p.split('\n').some((l) => l.trim() === en.sections.signOff)) ?? '';
    expect(signOff).toContain('Paweł Nowak <pawel.nowak@example.com>');
    expect(signOff).toContain('2026-11-23 10:05 UTC');
    const pairs = FINGERPRINT.split(':');
    expect(signOff).toContain(pairs.slice(0, 16).join(':'));
    expect(signOff).toContain(pairs.slice(16).join(':'));
    expect(signOff.replace(/\s+/g, ' ')).toContain(en.signOff.selfSigned);
    expect(signOff).not.toContain(en.signOff.unsignedTitle);
  });

  it('embeds the logo and both drawn signatures, and names the site representative', async () => {
    const png = { mimeType: 'image/png' as const, data: new Uint8Array(readFileSync(resolve('assets/icon.png'))) };
    const report = await render(
      reportModel(multilingualBundle(), { logo: png, assessorSignature: png, siteSignature: png, siteRepresentative: 'Miriam Keller' }),
      'images',
    );
    const images = execFileSync('pdfimages', ['-list', report.file], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => /^\s*\d+\s+\d+\s+image\b/.test(line));
    expect(images.map((line) => Number(line.trim().split(/\s+/)[0]))).toEqual([1, report.pageCount, report.pageCount]);
    expect(pdfTools.page(report.file, report.pageCount)).toContain('Miriam Keller');
  });

  it('hands the finished document to beforeEnd once, after the footers and before it ends', async () => {
    const calls: number[] = [];
    const report = await render(reportModel(multilingualBundle()), 'before-end', {
      beforeEnd: (doc) => {
        calls.push(doc.bufferedPageRange().count);
        doc.fontSize(6).text('PLACEHOLDER-HERE', 60, 60, { lineBreak: false });
      },
    });
    expect(calls).toEqual([report.pageCount]);
    expect(pdfTools.check(report.file)).toContain('No syntax or stream encoding errors');
    const last = pdfTools.page(report.file, report.pageCount);
    expect(last).toContain('PLACEHOLDER-HERE');
    expect(last).toContain(`Page ${report.pageCount} of ${report.pageCount}`);
  });
});
