import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportPdf } from '../../../electron/main/report/pdf/render-report';
import type { ReportModel } from '../../../shared/report/model';
import { DEFAULT_SECTIONS, REPORT_SECTIONS, type ReportSection } from '../../../shared/report/options';
import { de } from '../../../shared/report/strings/de';
import { en } from '../../../shared/report/strings/en';
import {
  bareBundle,
  multilingualBundle,
  NON_LATIN_NAMES,
  pdfTools,
  reportModel,
  type Outline,
} from '../../support/report-fixtures';

const fontsDir = resolve('assets/fonts');
const PAGES_DIR = resolve('test-results/report-pages');
let dir: string;

async function render(model: ReportModel, name: string) {
  const result = await renderReportPdf(model, { fontsDir, signature: null });
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, result.pdf);
  return { ...result, file };
}

/** The contents as printed: title and page number per line, read back from the PDF's text. */
function contentsEntries(pages: string[]): { title: string; page: number }[] {
  const entries: { title: string; page: number }[] = [];
  for (const text of pages.filter((p) => p.split('\n').some((line) => line.trim() === en.contents || line.trim() === de.contents))) {
    for (const line of text.split('\n')) {
      const match = /^\s*(\S.*?)\s{2,}(\d+)\s*$/.exec(line);
      if (match && !/\d+ of \d+|von \d+/.test(line)) entries.push({ title: match[1] ?? '', page: Number(match[2]) });
    }
  }
  return entries;
}

const flatten = (outlines: Outline[]): { title: string; page: number }[] =>
  outlines.flatMap((o) => [{ title: o.title, page: o.destpageposfrom1 }, ...flatten(o.kids)]);

const hasLine = (text: string, line: string) => text.split('\n').some((l) => l.trim() === line);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'csms-pdf-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('renderReportPdf: the demo assessment in English', () => {
  let report: Awaited<ReturnType<typeof render>>;
  let pages: string[];

  beforeAll(async () => {
    report = await render(reportModel(multilingualBundle()), 'demo-en');
    pages = pdfTools.pages(report.file);
  });

  it('is a well-formed PDF whose page count is the one returned', () => {
    expect(pdfTools.check(report.file)).toContain('No syntax or stream encoding errors');
    expect(Number(pdfTools.info(report.file).Pages)).toBe(report.pageCount);
    expect(pages.length - 1).toBe(report.pageCount);
  });

  it('carries the metadata: title, assessors as author, creator, the generation time and the language', () => {
    expect(Buffer.from(report.pdf).includes('/Lang (en-GB)')).toBe(true);
    const info = pdfTools.info(report.file);
    expect(info.Title).toContain('Riverside Water Treatment Works');
    expect(info.Author).toBe('Paweł Nowak, Jürgen Weiß');
    expect(info.Creator).toBe('CSMS Assessor 0.1.0');
    expect(info.CreationDate).toContain('2026');
  });

  it('prints every enabled section heading and none of the disabled appendix', () => {
    const text = pages.join('\n');
    for (const section of DEFAULT_SECTIONS) expect(hasLine(text, en.sections[section]), section).toBe(true);
    expect(text).not.toContain(en.sections.assetAppendix);
  });

  it('prints Polish, German, Cyrillic and French names in the embedded font', () => {
    const text = pages.join('\n');
    for (const name of [...NON_LATIN_NAMES.assessors, ...NON_LATIN_NAMES.stakeholders, 'Saint-Étienne-de-Crossey']) {
      expect(text).toContain(name);
    }
    const fonts = execFileSync('pdffonts', [report.file], { encoding: 'utf8' });
    expect(fonts).toContain('DejaVuSans');
    expect(fonts).not.toContain('Helvetica');
  });

  it('lists every heading in the contents with the page it is really on', () => {
    const entries = contentsEntries(pages);
    expect(entries.map((e) => e.title)).toEqual(expect.arrayContaining(DEFAULT_SECTIONS.map((s) => en.sections[s])));
    expect(entries.length).toBeGreaterThan(DEFAULT_SECTIONS.length);
    for (const entry of entries) {
      expect(hasLine(pdfTools.page(report.file, entry.page), entry.title), `${entry.title} on page ${entry.page}`).toBe(true);
    }
  });

  it('has a bookmark per contents entry, pointing at the same page, plus one for the contents', () => {
    const bookmarks = flatten(pdfTools.outlines(report.file));
    const entries = contentsEntries(pages);
    expect(bookmarks.filter((b) => b.title !== en.contents)).toEqual(entries);
    const contents = bookmarks.find((b) => b.title === en.contents);
    expect(contents && hasLine(pages[contents.page] ?? '', en.contents)).toBe(true);
    expect(pdfTools.outlines(report.file).map((o) => o.title)[0]).toBe(en.sections.documentControl);
  });

  it('puts the marking and "Page x of y" on every page but the cover', () => {
    expect(pages[1]).not.toMatch(/Page 1 of/);
    for (let page = 2; page <= report.pageCount; page++) {
      expect(pages[page]).toContain(`Page ${page} of ${report.pageCount}`);
      expect(pages[page]).toContain('CONFIDENTIAL');
    }
  });

  it('explains the figures in plain sentences and says the document is not signed', () => {
    const text = pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toMatch(/Overall, the site meets \d+% of the assessed requirements/);
    expect(text).toMatch(/\d+ risk scenarios were analysed/);
    expect(text).toContain(en.signOff.unsigned);
  });

  it('says in document control who recorded the assessment, from its audit trail', () => {
    const page = pages.find((p) => p.includes(en.documentControl.recordedBy)) ?? '';
    expect(hasLine(page, en.documentControl.recordedBy)).toBe(true);
    // The sample's trail: Ana set up the assessment, zones and answers and merged; Jo imported and changed an asset.
    expect(page).toMatch(/Ana Ruiz\s+\d+\s+2026-11-16 08:30 UTC\s+2026-11-19 17:30 UTC/);
    expect(page).toMatch(/Jo Smith\s+2\s+2026-11-17 08:45 UTC\s+2026-11-17 11:05 UTC/);
  });

  it('renders the pages to PNG for a look (test-results/report-pages)', () => {
    mkdirSync(PAGES_DIR, { recursive: true });
    for (const old of readdirSync(PAGES_DIR)) if (old.startsWith('demo-')) rmSync(join(PAGES_DIR, old));
    execFileSync('pdftoppm', ['-r', '60', '-png', report.file, join(PAGES_DIR, 'demo')]);
    expect(readdirSync(PAGES_DIR).filter((f) => f.startsWith('demo-') && f.endsWith('.png'))).toHaveLength(report.pageCount);
  });

  it('gives the same bytes for the same model', async () => {
    const again = await renderReportPdf(reportModel(multilingualBundle()), { fontsDir, signature: null });
    expect(Buffer.from(again.pdf).equals(Buffer.from(report.pdf))).toBe(true);
  });
});

describe('renderReportPdf: options', () => {
  it('writes German headings and labels when the report language is German', async () => {
    const report = await render(reportModel(multilingualBundle(), { language: 'de' }), 'demo-de');
    const pages = pdfTools.pages(report.file);
    const text = pages.join('\n');
    for (const section of DEFAULT_SECTIONS) expect(hasLine(text, de.sections[section]), section).toBe(true);
    expect(text).not.toContain(en.sections.executiveSummary);
    expect(text).toContain(`Seite 2 von ${report.pageCount}`);
    // The zone diagram speaks the report's language too.
    expect(text).toContain('Ebene 3.5');
    expect(text).toContain('Industrielle DMZ');
    expect(text).not.toMatch(/Level 3\.5|\d+ assets\b/);
    for (const entry of contentsEntries(pages)) expect(hasLine(pdfTools.page(report.file, entry.page), entry.title)).toBe(true);
  });

  it('prints only the chosen sections (the cover and contents always)', async () => {
    const chosen: ReportSection[] = ['executiveSummary', 'risks'];
    const report = await render(reportModel(multilingualBundle(), { sections: chosen }), 'subset');
    const text = pdfTools.pages(report.file).join('\n');
    for (const section of REPORT_SECTIONS) expect(hasLine(text, en.sections[section]), section).toBe(chosen.includes(section));
    expect(hasLine(text, en.contents)).toBe(true);
  });

  it('adds the full asset list on landscape pages when the appendix is on', async () => {
    const without = await render(reportModel(multilingualBundle()), 'no-appendix');
    const withAppendix = await render(reportModel(multilingualBundle(), { sections: [...DEFAULT_SECTIONS, 'assetAppendix'] }), 'appendix');
    expect(withAppendix.pageCount).toBeGreaterThan(without.pageCount + 3);
    const pages = pdfTools.pages(withAppendix.file);
    const first = pages.findIndex((p) => hasLine(p, en.sections.assetAppendix));
    expect(pdfTools.pageSize(withAppendix.file, first)).toBe('841.89 x 595.28');
    expect(pdfTools.pageSize(withAppendix.file, first - 1)).toBe('595.28 x 841.89');
    // The header row repeats on every appendix page.
    for (const page of pages.slice(first)) expect(page).toContain(en.assets.firmware);
  });
});

describe('renderReportPdf: as of a later date', () => {
  it('marks the actions that are past due, in the roadmap and the summary', async () => {
    const model = reportModel(multilingualBundle(), { reportDate: '2027-04-15' });
    const overdue = model.actions.filter((a) => a.overdue);
    expect(overdue.length).toBeGreaterThan(0);
    const report = await render(model, 'overdue');
    const text = pdfTools.pages(report.file).join('\n');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(`${overdue.length} of them overdue`);
    expect(text.match(new RegExp(`\\b${en.roadmap.overdue}\\b`, 'g'))?.length).toBe(overdue.length);
  });
});

describe('renderReportPdf: an assessment with nothing but a name', () => {
  it('still gives a valid report that says what was not assessed', async () => {
    const report = await render(reportModel(bareBundle(), { sections: [...REPORT_SECTIONS] }), 'bare');
    expect(pdfTools.check(report.file)).toContain('No syntax or stream encoding errors');
    expect(Number(pdfTools.info(report.file).Pages)).toBe(report.pageCount);
    const text = pdfTools.pages(report.file).join('\n');
    const flat = text.replace(/\s+/g, ' ');
    expect(text).toContain(en.notAssessed.title);
    for (const key of ['scope', 'zones', 'assets', 'answers', 'findings', 'risks', 'actions'] as const) {
      expect(flat, key).toContain(en.notAssessed[key]);
    }
    expect(flat).toContain(en.executive.noAnswers);
    for (const section of REPORT_SECTIONS) expect(hasLine(text, en.sections[section]), section).toBe(true);
  });
});
