import { analyseSheet, importRows as importSheetRows, proposeSheet } from '../../../shared/import';
import { isBlankCell } from '../../../shared/import/cell-text';
import { packRows } from '../../../shared/import/packed-rows';
import type { ColumnMapping, SheetGrid } from '../../../shared/import/types';
import { UserFacingError } from '../../../shared/ipc/result';
import { fileNameOf, withExtension } from '../bundle-file';
import { importReportXlsx } from '../import/report-xlsx';
import { readSpreadsheetFile } from '../import/read-spreadsheet';
import type { ImportSession } from '../import/sessions';
import { withIoError } from '../io-error';
import type { FileDialogOptions, MainContext } from './context';
import type { Handler } from './invoke';

const OPEN_FILTERS: FileDialogOptions['filters'] = [
  { name: 'Spreadsheets', extensions: ['xlsx', 'csv', 'tsv', 'txt'] },
  { name: 'Excel workbook', extensions: ['xlsx'] },
  { name: 'CSV or text', extensions: ['csv', 'tsv', 'txt'] },
];

/**
 * Opens a spreadsheet under the renderer's session id. Progress ('choosing' → 'reading' → 'parsing' → 'ready',
 * or 'failed' / 'cancelled') is kept on the session for importProgress to poll while this call is pending.
 */
export const importOpenFile: Handler<'importOpenFile'> = async ({ sessionId }, ctx) => {
  const session = ctx.importSessions.start(sessionId);
  const { signal } = session.abort;
  const path = await ctx.chooseOpenPath({ title: 'Import assets from a spreadsheet', filters: OPEN_FILTERS });
  if (path === null || signal.aborted) return cancelled(session);
  session.fileName = fileNameOf(path);
  session.progress = { phase: 'reading', rowsRead: 0, bytesTotal: 0 };
  try {
    const { workbook, sizeBytes } = await readSpreadsheetFile(ctx.fs, path, {
      signal,
      onProgress: (progress) => {
        if (!signal.aborted) session.progress = progress;
      },
    });
    if (signal.aborted) return cancelled(session);
    const { sheet, scores } = proposeSheet(workbook);
    session.workbook = workbook;
    session.progress = { ...session.progress, phase: 'ready' };
    return {
      status: 'opened',
      fileName: session.fileName,
      kind: workbook.kind,
      sizeBytes,
      sheets: workbook.sheets.map((s) => ({ name: s.name, rowCount: nonBlankRows(s), score: scores[s.name] ?? 0 })),
      proposedSheet: sheet,
      ...(workbook.csv ? { csv: workbook.csv } : {}),
    };
  } catch (error) {
    if (signal.aborted) return cancelled(session);
    session.progress = { ...session.progress, phase: 'failed' };
    throw error;
  }
};

export const importProgress: Handler<'importProgress'> = async ({ sessionId }, ctx) => ({ ...sessionOf(ctx, sessionId).progress });

export const importCancel: Handler<'importCancel'> = async ({ sessionId }, ctx) => ({ cancelled: ctx.importSessions.cancel(sessionId) });

export const importAnalyse: Handler<'importAnalyse'> = async ({ sessionId, sheet, headerRowIndex }, ctx) => {
  const grid = sheetOf(ctx, sessionId, sheet, headerRowIndex);
  return analyseSheet(grid, headerRowIndex === undefined ? {} : { headerRowIndex });
};

export const importRows: Handler<'importRows'> = async ({ sessionId, sheet, headerRowIndex, mapping, offset, limit }, ctx) => {
  const grid = sheetOf(ctx, sessionId, sheet, headerRowIndex);
  // JSON keys are strings; the pipeline indexes columns by number.
  const columns: ColumnMapping = Object.fromEntries(Object.entries(mapping).map(([column, field]) => [Number(column), field]));
  const file = sessionOf(ctx, sessionId).fileName;
  const { rows, total } = importSheetRows(grid, headerRowIndex, columns, { file }, { offset, limit });
  return { rows: packRows(rows, grid.name, file), total };
};

export const importClose: Handler<'importClose'> = async ({ sessionId }, ctx) => ({ closed: ctx.importSessions.close(sessionId) });

export const importSaveReport: Handler<'importSaveReport'> = async ({ report }, ctx) => {
  const chosen = await ctx.chooseSavePath({
    title: 'Save import report',
    defaultFileName: `${report.fileName.replace(/\.[^.]+$/, '')} import report.xlsx`,
    filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
  });
  if (chosen === null) return { status: 'cancelled' };
  // Dialogs on some platforms return the name as typed, without the filter's extension.
  const path = withExtension(chosen, 'xlsx');
  const bytes = await importReportXlsx(report, ctx.appName);
  const fileName = fileNameOf(path);
  await withIoError(`Could not write “${fileName}”`, () => ctx.fs.writeFileAtomic(path, bytes));
  return { status: 'saved', path, fileName, bytes: bytes.byteLength };
};

function cancelled(session: ImportSession): { status: 'cancelled' } {
  session.progress = { ...session.progress, phase: 'cancelled' };
  return { status: 'cancelled' };
}

function sessionOf(ctx: MainContext, sessionId: string): ImportSession {
  const session = ctx.importSessions.get(sessionId);
  if (!session) throw new UserFacingError('invalid-request', 'This import is no longer open (it was closed, or replaced by newer imports). Open the file again.');
  return session;
}

function sheetOf(ctx: MainContext, sessionId: string, name: string, headerRowIndex: number | undefined): SheetGrid {
  const { workbook, fileName } = sessionOf(ctx, sessionId);
  if (!workbook) throw new UserFacingError('invalid-request', 'The file of this import has not been read (yet): wait until it is ready.');
  const grid = workbook.sheets.find((s) => s.name === name);
  if (!grid) throw new UserFacingError('invalid-request', `“${fileName}” has no sheet named “${name}”.`);
  if (headerRowIndex !== undefined && headerRowIndex >= grid.rows.length)
    throw new UserFacingError('invalid-request', `Sheet “${name}” has ${grid.rows.length} rows; row ${headerRowIndex + 1} cannot be its header.`);
  return grid;
}

const nonBlankRows = (sheet: SheetGrid) => sheet.rows.filter((row) => !row.every(isBlankCell)).length;
