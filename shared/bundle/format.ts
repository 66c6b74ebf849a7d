import { z } from 'zod';
import { CHILD_TABLES, type ChildTable } from '../domain/tables';
import { RECORD_TABLES, type AssessmentBundle, type RecordTable } from './bundle';
import { isEnvelope } from './encryption';

/**
 * The `.csms` file: a ZIP archive whose manifest lists every other member with its size and SHA-256, either as it
 * is or encrypted under a passphrase inside the envelope described in encryption.ts.
 * Raise BUNDLE_FORMAT_VERSION only when an older reader would misread a file; readers refuse newer versions.
 */
export const BUNDLE_FORMAT_NAME = 'csms-assessment';
export const BUNDLE_FORMAT_VERSION = 2;
/** Format 1 files (before the audit trail) are still read, with an empty trail. */
export const OLDEST_READ_FORMAT_VERSION = 1;
/** The first format whose files carry the audit trail (audit.json). */
export const FIRST_FORMAT_WITH_AUDIT = 2;
export const BUNDLE_EXTENSION = 'csms';

export const MANIFEST_PATH = 'manifest.json';
export const ASSESSMENT_PATH = 'assessment.json';
export const EVIDENCE_INDEX_PATH = 'evidence/index.json';
/** The audit trail (format 2 on). */
export const AUDIT_PATH = 'audit.json';
export const tablePath = (table: RecordTable) => `tables/${table}.json`;
export const evidencePath = (evidenceId: string) => `evidence/${evidenceId}`;

/** Member names a file may list; anything else (an unknown table, "../x") is refused up front. */
const MEMBER_PATH = new RegExp(
  `^(?:assessment\\.json|audit\\.json|tables/(?:${RECORD_TABLES.join('|')})\\.json|evidence/(?:index\\.json|[0-9a-f-]{36}))$`,
);

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // "PK\x03\x04"

/** What kind of container the bytes are, from their first bytes: a plain ZIP, or a passphrase envelope around one. */
export function sniffContainer(bytes: Uint8Array): 'zip' | 'encrypted' | 'unknown' {
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) return 'zip';
  return isEnvelope(bytes) ? 'encrypted' : 'unknown';
}

const count = z.number().int().nonnegative();
const tableCounts = Object.fromEntries(CHILD_TABLES.map((t) => [t, count])) as Record<ChildTable, typeof count>;

const manifestMemberSchema = z.object({
  size: count,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** Read first, before anything else, so a file from another program or a newer version is named as such. */
export const manifestHeadSchema = z.object({ format: z.string(), formatVersion: z.number() });

export const manifestSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT_NAME),
    formatVersion: z.number().int().min(OLDEST_READ_FORMAT_VERSION).max(BUNDLE_FORMAT_VERSION),
    appVersion: z.string(),
    exportedAt: z.iso.datetime(),
    assessment: z.object({ id: z.uuid(), name: z.string() }),
    /** `audit`: entries in the trail; format 1 files have no trail and no count of it. */
    counts: z.object({ assessment: z.literal(1), ...tableCounts, audit: count.optional() }),
    members: z.record(z.string().regex(MEMBER_PATH), manifestMemberSchema),
  })
  .superRefine((m, ctx) => {
    if (m.formatVersion >= FIRST_FORMAT_WITH_AUDIT && m.counts.audit === undefined)
      ctx.addIssue({ code: 'custom', path: ['counts', 'audit'], message: 'is missing' });
  });
export type Manifest = z.infer<typeof manifestSchema>;
export type RecordCounts = Omit<Manifest['counts'], 'audit'>;

/** The assessment and its records per table (the trail aside). */
export function countRecords(bundle: AssessmentBundle): RecordCounts {
  const tableCounts = Object.fromEntries(
    CHILD_TABLES.map((t) => [t, t === 'evidence' ? bundle.evidence.length : bundle.tables[t].length]),
  ) as Record<ChildTable, number>;
  return { assessment: 1, ...tableCounts };
}

const MAX_FILE_NAME_CHARS = 100;
/** Characters Windows, macOS or Linux refuse in a file name, plus control characters. */
// eslint-disable-next-line no-control-regex
const ILLEGAL_IN_FILE_NAME = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;

/** "Riverside WTP 2026-11-22.csms": the assessment's name made safe for any file system, and the local date. */
export function bundleFileName(assessmentName: string, date: Date): string {
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return safeFileName(assessmentName, ` ${day}.${BUNDLE_EXTENSION}`, 'assessment');
}

/** `base` made safe for Windows, macOS and Linux and cut to fit, then `suffix` (kept whole). */
export function safeFileName(base: string, suffix: string, fallback: string): string {
  const cleaned = base
    .replace(ILLEGAL_IN_FILE_NAME, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+/, ''); // a leading dot hides the file on macOS and Linux
  // Cut by code points so a character outside the BMP is never split in half.
  const name = Array.from(cleaned)
    .slice(0, MAX_FILE_NAME_CHARS - suffix.length)
    .join('')
    .trim();
  return `${name || fallback}${suffix}`;
}
