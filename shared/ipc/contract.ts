import { z } from 'zod';
import { assessmentBundleSchema, type AssessmentBundle } from '../bundle/bundle';
import { MAX_PASSPHRASE_CHARS, newPassphraseProblem } from '../bundle/encryption';
import { ASSET_FIELDS } from '../assets/asset';
import { importReportSchema } from '../import/report';
import { MAX_SHEET_ROWS } from '../import/limits';
import { MAX_TABLE_COLUMNS } from '../import/sheet-layout';
import { reportOptionsSchema } from '../report/options';
import { newIdentitySchema, p12Schema, signingRequestSchema, type CertificateInfo, type SigningIdentity } from '../report/signing';
import type { PackedRows } from '../import/packed-rows';
import type { SheetAnalysis, WorkbookGrid } from '../import/types';
import { CHANNELS, type ApiName } from './channels';
import type { IpcResult } from './result';

const sessionId = z.uuid();
/** A new file's passphrase, by the rule of shared/bundle/encryption.ts. */
const newPassphraseSchema = z.string().superRefine((passphrase, ctx) => {
  const problem = newPassphraseProblem(passphrase);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
/** Column index (as a JSON key) → asset field, for at most the columns a table offers. */
const mappingSchema = z
  .record(z.string().regex(/^\d{1,6}$/), z.enum(ASSET_FIELDS))
  .refine((mapping) => Object.keys(mapping).length <= MAX_TABLE_COLUMNS, 'maps more columns than a table offers');
const sheetRef = { sessionId, sheet: z.string().min(1).max(300) };
const rowIndex = z.number().int().nonnegative().max(MAX_SHEET_ROWS);

/** Request schemas, checked in main before any handler runs. */
export const requestSchemas = {
  getAppInfo: z.object({}).strict(),
  /** With `passphrase`, the file is written encrypted (shared/bundle/encryption.ts); main checks the rule again. */
  exportAssessment: z.object({ bundle: assessmentBundleSchema, passphrase: newPassphraseSchema.optional() }).strict(),
  /** `{}` chooses a file; an encrypted one is held in main and opened by a second call with its token and passphrase. */
  importAssessment: z.union([
    z.object({}).strict(),
    z.object({ fileToken: z.uuid(), passphrase: z.string().max(2 * MAX_PASSPHRASE_CHARS) }).strict(),
  ]),
  /** The renderer picks the session id up front so it can poll progress and cancel while the file is read. */
  importOpenFile: z.object({ sessionId }).strict(),
  importProgress: z.object({ sessionId }).strict(),
  importCancel: z.object({ sessionId }).strict(),
  importAnalyse: z.object({ ...sheetRef, headerRowIndex: rowIndex.optional() }).strict(),
  importRows: z
    .object({
      ...sheetRef,
      headerRowIndex: rowIndex,
      mapping: mappingSchema,
      offset: rowIndex,
      limit: z.number().int().positive().max(20_000),
    })
    .strict(),
  importClose: z.object({ sessionId }).strict(),
  importSaveReport: z.object({ report: importReportSchema }).strict(),
  evidenceOpenFile: z.object({}).strict(),
  /** Builds the PDF (signed when `signing` is given) and holds it in main until saved or discarded. */
  reportGeneratePdf: z
    .object({ bundle: assessmentBundleSchema, options: reportOptionsSchema, signing: signingRequestSchema.nullable() })
    .strict(),
  reportSavePdf: z.object({ reportId: z.uuid() }).strict(),
  reportDiscard: z.object({ reportId: z.uuid() }).strict(),
  reportSaveWorkbook: z.object({ bundle: assessmentBundleSchema, options: reportOptionsSchema }).strict(),
  signingCreateIdentity: newIdentitySchema,
  signingOpenP12: z.object({}).strict(),
  signingInspect: z.object({ fileName: z.string().min(1).max(255), p12: p12Schema, passphrase: z.string().max(500) }).strict(),
} satisfies Record<ApiName, z.ZodType>;

export interface AppInfo {
  name: string;
  version: string;
  bundleFormatVersion: number;
}

export type ExportResult = { status: 'cancelled' } | { status: 'saved'; path: string; fileName: string; bytes: number };
export type ImportResult =
  | { status: 'cancelled' }
  | { status: 'opened'; fileName: string; bundle: AssessmentBundle; encrypted: boolean }
  /** Encrypted: ask for the passphrase and call again with the token; `problem` says why the last one failed. */
  | { status: 'needs-passphrase'; fileName: string; fileToken: string; problem: string | null };

export interface SheetSummary {
  name: string;
  /** Non-blank rows in the sheet. */
  rowCount: number;
  /** How asset-like the sheet looks (higher is better); the wizard proposes the best. */
  score: number;
}

export type ImportOpenResult =
  | { status: 'cancelled' }
  | {
      status: 'opened';
      fileName: string;
      kind: WorkbookGrid['kind'];
      sizeBytes: number;
      sheets: SheetSummary[];
      proposedSheet: string;
      csv?: WorkbookGrid['csv'];
    };

export interface ImportProgress {
  phase: 'choosing' | 'reading' | 'parsing' | 'ready' | 'failed' | 'cancelled';
  /** Rows read so far (xlsx and csv), for the progress bar. */
  rowsRead: number;
  bytesTotal: number;
}

export interface ImportRowsResult {
  rows: PackedRows;
  /** Data rows under the header in the whole sheet. */
  total: number;
}

export type EvidenceOpenResult =
  | { status: 'cancelled' }
  | { status: 'opened'; fileName: string; mimeType: string; size: number; sha256: string; data: Uint8Array };

/** Who signed, when and with which certificate, as printed on the sign-off page. */
export interface ReportSignature {
  signedAt: string;
  certificate: CertificateInfo;
}

export interface GeneratedReport {
  reportId: string;
  /** Suggested file name for the save dialog. */
  fileName: string;
  pdf: Uint8Array;
  pageCount: number;
  signature: ReportSignature | null;
}

export type OpenP12Result = { status: 'cancelled' } | { status: 'opened'; fileName: string; p12: Uint8Array };

export interface Responses {
  getAppInfo: AppInfo;
  exportAssessment: ExportResult;
  importAssessment: ImportResult;
  importOpenFile: ImportOpenResult;
  importProgress: ImportProgress;
  importCancel: { cancelled: boolean };
  importAnalyse: SheetAnalysis;
  importRows: ImportRowsResult;
  importClose: { closed: boolean };
  importSaveReport: ExportResult;
  evidenceOpenFile: EvidenceOpenResult;
  reportGeneratePdf: GeneratedReport;
  reportSavePdf: ExportResult;
  reportDiscard: { discarded: boolean };
  reportSaveWorkbook: ExportResult;
  signingCreateIdentity: SigningIdentity;
  signingOpenP12: OpenP12Result;
  signingInspect: CertificateInfo;
}

export type Request<K extends ApiName> = z.input<(typeof requestSchemas)[K]>;
export type ParsedRequest<K extends ApiName> = z.output<(typeof requestSchemas)[K]>;

/** What the preload exposes as `window.csms`, one function per channel. */
export type RendererApi = { [K in ApiName]: (request: Request<K>) => Promise<IpcResult<Responses[K]>> };

export { CHANNELS };
