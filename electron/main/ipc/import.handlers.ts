import { UserFacingError } from '../../../shared/ipc/result';
import { fileNameOf } from '../paths';
import { importReportXlsx } from '../import/report-xlsx';
import { readSpreadsheetFileBytes } from '../import/read-spreadsheet';
import type { ImportSession } from '../import/sessions';
import type { JobArgs, JobResult } from '../isolation/protocol';
import { budgetOf, startIsolated, type IsolatedWork } from '../isolation/untrusted-files';
import { withIoError } from '../io-error';
import type { FileDialogOptions, MainContext } from './context';
import type { Handler } from './invoke';

const OPEN_FILTERS: FileDialogOptions['filters'] = [
  { name: 'Spreadsheets', extensions: ['xlsx', 'csv', 'tsv', 'txt'] },
  { name: 'Excel workbook', extensions: ['xlsx'] },
  { name: 'CSV or text', extensions: ['csv', 'tsv', 'txt'] },
];

/**
 * Opens a spreadsheet under the renderer's session id: main reads the bytes, a reader process of the session's own parses
 * them and keeps the grids (isolation/jobs.ts). Progress ('choosing' → 'reading' → 'parsing' → 'ready', or
 * 'failed' / 'cancelled') is kept on the session for importProgress to poll while this call is pending.
 */
export const importOpenFile: Handler<'importOpenFile'> = async ({ sessionId }, ctx) => {
  const session = ctx.importSessions.start(sessionId);
  const { signal } = session.abort;
  const path = await ctx.chooseOpenPath({ title: 'Import assets from a spreadsheet', filters: OPEN_FILTERS });
  if (path === null || signal.aborted) return cancelled(session);
  session.fileName = fileNameOf(path);
  session.progress = { phase: 'reading', rowsRead: 0, bytesTotal: 0 };
  try {
    const { bytes, fileName } = await readSpreadsheetFileBytes(ctx.fs, path, (bytesTotal) => {
      if (!signal.aborted) session.progress = { phase: 'reading', rowsRead: 0, bytesTotal };
    });
    const sizeBytes = bytes.byteLength;
    if (signal.aborted) return cancelled(session);
    session.progress = { phase: 'parsing', rowsRead: 0, bytesTotal: sizeBytes };
    session.reader = startIsolated(ctx.isolation, spreadsheetWork(fileName));
    const opened = await session.reader.call(
      'openSpreadsheet',
      { bytes, fileName },
      {
        timeMs: budgetOf(ctx.isolation, SPREADSHEET).timeMs,
        signal,
        onProgress: (rowsRead) => {
          if (!signal.aborted) session.progress = { phase: 'parsing', rowsRead: Number(rowsRead), bytesTotal: sizeBytes };
        },
      },
    );
    session.ready = true;
    session.progress = { ...session.progress, phase: 'ready' };
    return { status: 'opened', ...opened, sizeBytes };
  } catch (error) {
    if (signal.aborted) return cancelled(session);
    session.progress = { ...session.progress, phase: 'failed' };
    session.reader?.stop();
    throw error;
  }
};

export const importProgress: Handler<'importProgress'> = async ({ sessionId }, ctx) => ({ ...sessionOf(ctx, sessionId).progress });

export const importCancel: Handler<'importCancel'> = async ({ sessionId }, ctx) => ({ cancelled: ctx.importSessions.cancel(sessionId) });

export const importAnalyse: Handler<'importAnalyse'> = async ({ sessionId, sheet, headerRowIndex }, ctx) =>
  sessionCall(ctx, sessionId, 'analyseSheet', { sheet, ...(headerRowIndex === undefined ? {} : { headerRowIndex }) });

export const importRows: Handler<'importRows'> = async ({ sessionId, ...request }, ctx) => sessionCall(ctx, sessionId, 'importRows', request);

export const importClose: Handler<'importClose'> = async ({ sessionId }, ctx) => ({ closed: ctx.importSessions.close(sessionId) });

export const importSaveReport: Handler<'importSaveReport'> = async ({ report }, ctx) => {
  const path = await ctx.chooseSavePath({
    title: 'Save import report',
    defaultFileName: `${report.fileName.replace(/\.[^.]+$/, '')} import report.xlsx`,
    filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
  });
  if (path === null) return { status: 'cancelled' };
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

/** A call to the reader process holding the session's file, within the spreadsheet budget. */
async function sessionCall<K extends 'analyseSheet' | 'importRows'>(ctx: MainContext, sessionId: string, job: K, args: JobArgs<K>): Promise<JobResult<K>> {
  const session = sessionOf(ctx, sessionId);
  if (!session.reader || !session.ready)
    throw new UserFacingError('invalid-request', 'The file of this import has not been read (yet): wait until it is ready.');
  const { signal } = session.abort;
  try {
    return await session.reader.call(job, args, { timeMs: budgetOf(ctx.isolation, SPREADSHEET).timeMs, signal });
  } catch (error) {
    // Closing or cancelling the import ends its reader, and the calls still running with it.
    if (signal.aborted) throw new UserFacingError('invalid-request', 'This import was closed while its rows were being read.');
    throw error;
  }
}

const SPREADSHEET = { budget: 'spreadsheet' } as const;
const spreadsheetWork = (fileName: string): IsolatedWork => ({ subject: `“${fileName}”`, activity: 'reading it', ...SPREADSHEET });
