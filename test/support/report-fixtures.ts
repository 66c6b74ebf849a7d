import { execFileSync } from 'node:child_process';
import { emptyTables, type AssessmentBundle } from '../../shared/bundle/bundle';
import { demoBundle } from '../../shared/demo/bundle';
import { emptyAssetContent } from '../../shared/assets/asset';
import { buildReportModel, type ReportModel } from '../../shared/report/model';
import { defaultReportOptions, type ReportOptions } from '../../shared/report/options';

export const REPORT_DATE = '2026-11-23';
export const GENERATED_AT = '2026-11-23T10:00:00.000Z';

/** Names the built-in PDF fonts cannot print: Polish, German, Cyrillic and French letters. */
export const NON_LATIN_NAMES = {
  assessors: ['Paweł Nowak', 'Jürgen Weiß'],
  stakeholders: ['Ольга Петрова', 'François Lefèvre'],
};

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** The demo plant, assessed by people whose names need an embedded Unicode font. */
export function multilingualBundle(): AssessmentBundle {
  const bundle = demoBundle();
  const scope = bundle.assessment.scope;
  if (!scope) throw new Error('the demo assessment has a scope');
  bundle.assessment = {
    ...bundle.assessment,
    assessors: NON_LATIN_NAMES.assessors,
    location: 'Saint-Étienne-de-Crossey',
    scope: {
      ...scope,
      stakeholders: NON_LATIN_NAMES.stakeholders.map((name, i) => ({
        id: uuid(900 + i),
        name,
        role: 'Interviewee',
        organisation: 'Riverside Water Authority',
        interviewedOn: '2026-11-17',
      })),
    },
  };
  return bundle;
}

/** An assessment with nothing but its name: every section must still come out, saying what is missing. */
export function bareBundle(): AssessmentBundle {
  const id = uuid(1);
  return {
    assessment: {
      id,
      createdAt: GENERATED_AT,
      updatedAt: GENERATED_AT,
      name: 'Bare site',
      organisation: '',
      location: '',
      sector: 'other',
      assessors: [],
      startDate: '',
      endDate: '',
      edition: '2-1:2024',
    },
    tables: emptyTables(),
    evidence: [],
    audit: [],
  };
}

const LOREM =
  'The operator workstation in the filtration control room runs an unsupported operating system and is used for e-mail, which puts the PLC programming software one click away from a phishing message. ';

/** The demo with very long notes and observations, many findings and, optionally, a large inventory. */
export function stressBundle(options: { findings: number; noteChars: number; assets?: number }): AssessmentBundle {
  const bundle = demoBundle();
  const long = LOREM.repeat(Math.ceil(options.noteChars / LOREM.length)).slice(0, options.noteChars).trim();
  const answers = bundle.tables.answers as Record<string, unknown>[];
  answers.slice(0, 3).forEach((answer, i) => (answers[i] = { ...answer, notes: long }));
  const template = bundle.tables.findings[0];
  if (!template) throw new Error('the demo assessment has findings');
  bundle.tables.findings = Array.from({ length: options.findings }, (_, i) => ({
    ...template,
    id: uuid(10_000 + i),
    title: `Finding ${i + 1}: ${String(template.title)}`,
    observation: i % 50 === 0 ? long : String(template.observation),
    status: 'accepted',
  }));
  if (options.assets) {
    const assessmentId = bundle.assessment.id;
    bundle.tables.assets = Array.from({ length: options.assets }, (_, i) => ({
      ...emptyAssetContent(`ASSET-${String(i + 1).padStart(6, '0')}`),
      id: uuid(100_000 + i),
      assessmentId,
      createdAt: GENERATED_AT,
      updatedAt: GENERATED_AT,
      assetType: 'plc',
      vendor: 'Siemens',
      model: 'S7-1500 CPU 1516-3 PN/DP',
      firmware: 'V2.9.4',
      ipAddresses: [`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`],
      zone: 'Filtration control',
      purdueLevel: '1',
      criticality: 'high',
      lifecycle: 'in-service',
    }));
  }
  return bundle;
}

export function reportModel(bundle: AssessmentBundle, options: Partial<ReportOptions> = {}): ReportModel {
  return buildReportModel(bundle, { ...defaultReportOptions(REPORT_DATE), ...options }, { generatedAt: GENERATED_AT, appVersion: '0.1.0' });
}

/** Independent readers of the generated PDFs: qpdf and poppler-utils, as installed on the test machine. */
export const pdfTools = {
  /** `qpdf --check`; throws with qpdf's output when the file is damaged. */
  check(file: string): string {
    return execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
  },
  info(file: string, page?: number): Record<string, string> {
    const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
    const out = execFileSync('pdfinfo', [...range, file], { encoding: 'utf8' });
    return Object.fromEntries(out.split('\n').flatMap((line) => {
      const at = line.indexOf(':');
      return at > 0 ? [[line.slice(0, at).trim(), line.slice(at + 1).trim()]] : [];
    }));
  },
  /** "595.28 x 841.89" for a portrait A4 page. */
  pageSize(file: string, page: number): string {
    const out = execFileSync('pdfinfo', ['-f', String(page), '-l', String(page), file], { encoding: 'utf8' });
    return /Page\s+\d+ size:\s+([\d.]+ x [\d.]+)/.exec(out)?.[1] ?? '';
  },
  /** Text of every page (1-based index 0 unused), in reading layout. */
  pages(file: string): string[] {
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    return ['', ...text.split('\f').slice(0, -1)];
  },
  page(file: string, page: number): string {
    return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
  },
  /** Every word with its box, per page (index 0 is page 1). */
  words(file: string): Word[][] {
    const xhtml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    return xhtml.split('<page ').slice(1).map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        x0: Number(m[1]),
        y0: Number(m[2]),
        x1: Number(m[3]),
        y1: Number(m[4]),
        text: m[5] ?? '',
      })),
    );
  },
  outlines(file: string): Outline[] {
    const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', file], { encoding: 'utf8' })) as { outlines: Outline[] };
    return json.outlines;
  },
};

export interface Word {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

/** Pairs of words on a page whose boxes overlap by more than `tolerance` points both ways. */
export function overlappingWords(words: readonly Word[], tolerance = 1): [Word, Word][] {
  const sorted = [...words].sort((a, b) => a.y0 - b.y0);
  const pairs: [Word, Word][] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.y0 < a.y1 - tolerance; j++) {
      const b = sorted[j]!;
      const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (dx > tolerance && dy > tolerance) pairs.push([a, b]);
    }
  }
  return pairs;
}

export interface Outline {
  title: string;
  destpageposfrom1: number;
  kids: Outline[];
}
