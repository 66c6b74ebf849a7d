import type { AssessmentBundle } from '../../../shared/bundle/bundle';
import { decodeBundleWithManifest, type DecodedBundle } from '../../../shared/bundle/decode';
import { analyseSheet } from '../../../shared/import/analyse-sheet';
import { isBlankRow } from '../../../shared/import/cell-text';
import { importRows } from '../../../shared/import/import-rows';
import { packRows, type PackedRows } from '../../../shared/import/packed-rows';
import { proposeSheet } from '../../../shared/import/propose-sheet';
import type { ColumnMapping, SheetAnalysis, SheetGrid, WorkbookGrid } from '../../../shared/import/types';
import type { ImportOpenResult, ReportSignature } from '../../../shared/ipc/contract';
import { UserFacingError } from '../../../shared/ipc/result';
import { buildReportModel, type ReportModel } from '../../../shared/report/model';
import type { ReportOptions } from '../../../shared/report/options';
import type { CertificateInfo, SigningRequest } from '../../../shared/report/signing';
import { parseSpreadsheet } from '../import/read-spreadsheet';

/**
 * The work done on untrusted files, run inside the reader process (untrusted-child.ts) and nowhere else: each job takes
 * one plain object (structured-cloned from main) and may report progress. The report and signing libraries load
 * only when a job needs them. A reader process serves one import session, so
 * the spreadsheet it opened stays here between calls and only the rows asked for travel to main.
 */

let workbook: WorkbookGrid | null = null;

type Report = (progress: unknown) => void;

/** What the wizard needs to show a freshly read file; the grids stay in the reader process. */
export type OpenedSpreadsheet = Omit<Extract<ImportOpenResult, { status: 'opened' }>, 'status' | 'sizeBytes'>;

export interface ReportContext {
  generatedAt: string;
  appVersion: string;
  fontsDir: string;
}

export const jobs = {
  async openSpreadsheet({ bytes, fileName }: { bytes: Uint8Array; fileName: string }, report: Report): Promise<OpenedSpreadsheet> {
    workbook = await parseSpreadsheet(bytes, fileName, { onRows: (rowsRead) => report(rowsRead) });
    const { sheet, scores } = proposeSheet(workbook);
    return {
      fileName,
      kind: workbook.kind,
      sheets: workbook.sheets.map((s) => ({ name: s.name, rowCount: s.rows.filter((row) => !isBlankRow(row)).length, score: scores[s.name] ?? 0 })),
      proposedSheet: sheet,
      ...(workbook.csv ? { csv: workbook.csv } : {}),
    };
  },

  async analyseSheet({ sheet, headerRowIndex }: { sheet: string; headerRowIndex?: number }): Promise<SheetAnalysis> {
    return analyseSheet(sheetOf(sheet, headerRowIndex), headerRowIndex === undefined ? {} : { headerRowIndex });
  },

  async importRows(request: {
    sheet: string;
    headerRowIndex: number;
    mapping: Record<string, string>;
    offset: number;
    limit: number;
  }): Promise<{ rows: PackedRows; total: number }> {
    const grid = sheetOf(request.sheet, request.headerRowIndex);
    const file = workbook!.fileName;
    // JSON keys are strings; the pipeline indexes columns by number.
    const columns = Object.fromEntries(Object.entries(request.mapping).map(([column, field]) => [Number(column), field])) as ColumnMapping;
    const { rows, total } = importRows(grid, request.headerRowIndex, columns, { file }, request);
    return { rows: packRows(rows, grid.name, file), total };
  },

  async decodeBundle({ bytes, passphrase }: { bytes: Uint8Array; passphrase?: string }): Promise<DecodedBundle> {
    return decodeBundleWithManifest(bytes, { passphrase });
  },

  async inspectP12({ p12, passphrase, fileName, now }: { p12: Uint8Array; passphrase: string; fileName: string; now: string }): Promise<CertificateInfo> {
    const { inspectP12 } = await import('../report/signing/inspect-p12');
    return inspectP12(p12, passphrase, fileName, new Date(now));
  },

  async producePdf({
    bundle,
    options,
    signing,
    context,
  }: {
    bundle: AssessmentBundle;
    options: ReportOptions;
    signing: SigningRequest | null;
    context: ReportContext;
  }): Promise<{ pdf: Uint8Array; pageCount: number; signature: ReportSignature | null }> {
    const { producePdf } = await import('../report/produce-pdf');
    return producePdf(modelOf(bundle, options, context), { fontsDir: context.fontsDir, signing, now: new Date(context.generatedAt) });
  },

  async writeWorkbook({ bundle, options, context }: { bundle: AssessmentBundle; options: ReportOptions; context: ReportContext }): Promise<Uint8Array> {
    const { writeWorkbook } = await import('../report/workbook/write-workbook');
    return writeWorkbook(modelOf(bundle, options, context));
  },
};

export type Jobs = typeof jobs;

function modelOf(bundle: AssessmentBundle, options: ReportOptions, { generatedAt, appVersion }: ReportContext): ReportModel {
  return buildReportModel(bundle, options, { generatedAt, appVersion });
}

function sheetOf(name: string, headerRowIndex: number | undefined): SheetGrid {
  if (!workbook) throw new UserFacingError('invalid-request', 'The file of this import has not been read (yet): wait until it is ready.');
  const grid = workbook.sheets.find((s) => s.name === name);
  if (!grid) throw new UserFacingError('invalid-request', `“${workbook.fileName}” has no sheet named “${name}”.`);
  if (headerRowIndex !== undefined && headerRowIndex >= grid.rows.length)
    throw new UserFacingError('invalid-request', `Sheet “${name}” has ${grid.rows.length} rows; row ${headerRowIndex + 1} cannot be its header.`);
  return grid;
}
