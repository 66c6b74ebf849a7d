import { z } from 'zod';
import { imageSize, imageSizeProblem } from './image-size';

/** Report sections the assessor can switch on or off, in report order. The cover and contents are always there. */
export const REPORT_SECTIONS = [
  'documentControl',
  'executiveSummary',
  'scopeMethod',
  'zoneDiagram',
  'assetSummary',
  'results',
  'risks',
  'findings',
  'roadmap',
  'signOff',
  'assetAppendix',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** The full asset list can run to thousands of pages, so it is the one section off by default. */
export const DEFAULT_SECTIONS: ReportSection[] = REPORT_SECTIONS.filter((s) => s !== 'assetAppendix');

/** Languages of the report's fixed headings and labels; the assessor's own text is printed as written. */
export const REPORT_LANGUAGES = ['en', 'de'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];
export const REPORT_LANGUAGE_LABELS: Record<ReportLanguage, string> = { en: 'English', de: 'Deutsch' };

export const DOCUMENT_STATUSES = ['draft', 'final'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const IMAGE_MAX_BYTES = 2 * 1024 * 1024;
const bytesSchema = z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'expected the image bytes');
const IMAGE_SIGNATURES = {
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
} as const;
export type ReportImageType = keyof typeof IMAGE_SIGNATURES;

/** The image type its first bytes show, whatever the file is called; null when it is neither PNG nor JPEG. */
export function sniffImageType(data: Uint8Array): ReportImageType | null {
  for (const [type, magic] of Object.entries(IMAGE_SIGNATURES) as [ReportImageType, readonly number[]][])
    if (magic.every((byte, i) => data[i] === byte)) return type;
  return null;
}

/** A logo or a drawn signature: PNG or JPEG, the two formats pdfkit embeds, checked by content (pdfkit throws on others). */
export const reportImageSchema = z
  .object({
    mimeType: z.enum(['image/png', 'image/jpeg']),
    data: bytesSchema.refine((b) => b.byteLength > 0 && b.byteLength <= IMAGE_MAX_BYTES, 'Images can be up to 2 MB'),
  })
  .strict()
  .refine((image) => sniffImageType(image.data) === image.mimeType, { message: 'The image is not a PNG or JPEG file', path: ['data'] })
  // Before the PDF writer decodes it: a small file can declare an enormous picture.
  .superRefine((image, ctx) => {
    const problem = imageSizeProblem(imageSize(image.data, image.mimeType));
    if (problem) ctx.addIssue({ code: 'custom', message: `The image cannot be used: ${problem}`, path: ['data'] });
  });
export type ReportImage = z.infer<typeof reportImageSchema>;

const text = (max: number) => z.string().trim().max(max);

export const reportOptionsSchema = z
  .object({
    language: z.enum(REPORT_LANGUAGES),
    sections: z.array(z.enum(REPORT_SECTIONS)).max(REPORT_SECTIONS.length),
    /** Printed on the cover and in every header, e.g. "CONFIDENTIAL". Empty prints none. */
    marking: text(80),
    title: text(200).min(1, 'Title is required'),
    /** ISO date printed on the cover; the assessor's "as of" date. */
    reportDate: z.iso.date(),
    documentVersion: text(20).min(1, 'Version is required'),
    documentStatus: z.enum(DOCUMENT_STATUSES),
    /** Who the report goes to, one name or role per line. */
    distribution: text(2000),
    /** The site representative who signs off beside the assessor. */
    siteRepresentative: text(200),
    logo: reportImageSchema.nullable(),
    assessorSignature: reportImageSchema.nullable(),
    siteSignature: reportImageSchema.nullable(),
  })
  .strict();
export type ReportOptions = z.infer<typeof reportOptionsSchema>;

/** The title a new report gets, per language; a title the assessor typed is never replaced. */
export const DEFAULT_REPORT_TITLES: Record<ReportLanguage, string> = {
  en: 'IEC 62443-2-1 CSMS assessment report',
  de: 'IEC 62443-2-1 CSMS-Bewertungsbericht',
};

/** Switches the language, and the title with it while it is still a default one. */
export function withLanguage(options: Pick<ReportOptions, 'language' | 'title'>, language: ReportLanguage): Pick<ReportOptions, 'language' | 'title'> {
  const isDefault = Object.values(DEFAULT_REPORT_TITLES).includes(options.title);
  return { language, title: isDefault ? DEFAULT_REPORT_TITLES[language] : options.title };
}

export function defaultReportOptions(reportDate: string): ReportOptions {
  return {
    language: 'en',
    sections: [...DEFAULT_SECTIONS],
    marking: 'CONFIDENTIAL',
    title: DEFAULT_REPORT_TITLES.en,
    reportDate,
    documentVersion: '1.0',
    documentStatus: 'final',
    distribution: '',
    siteRepresentative: '',
    logo: null,
    assessorSignature: null,
    siteSignature: null,
  };
}

export const hasSection = (options: Pick<ReportOptions, 'sections'>, section: ReportSection): boolean =>
  options.sections.includes(section);

/** Section names for the options form; the report prints them in its own language (shared/report/strings). */
export const REPORT_SECTION_LABELS: Record<ReportSection, string> = {
  documentControl: 'Document control',
  executiveSummary: 'Executive summary',
  scopeMethod: 'Scope and method',
  zoneDiagram: 'Zones and conduits',
  assetSummary: 'Asset inventory summary',
  results: 'Results per step',
  risks: 'Risk assessment',
  findings: 'Findings and recommendations',
  roadmap: 'Remediation roadmap',
  signOff: 'Sign-off',
  assetAppendix: 'Appendix: full asset list',
};
