import { reportFileName } from '../../../shared/report/file-name';
import { UserFacingError } from '../../../shared/ipc/result';
import { fileNameOf } from '../paths';
import { withIoError } from '../io-error';
import type { ReportContext } from '../isolation/jobs';
import { REPORT_WORK, runIsolated } from '../isolation/untrusted-files';
import type { MainContext } from './context';
import type { Handler } from './invoke';

const reportContext = (ctx: MainContext): ReportContext => ({ generatedAt: ctx.now().toISOString(), appVersion: ctx.appVersion, fontsDir: ctx.fontsDir });

export const reportGeneratePdf: Handler<'reportGeneratePdf'> = async ({ bundle, options, signing }, ctx) => {
  const produced = await runIsolated(ctx.isolation, REPORT_WORK, 'producePdf', { bundle, options, signing, context: reportContext(ctx) });
  const fileName = reportFileName(bundle.assessment.name, options.reportDate, 'pdf');
  const reportId = ctx.heldReports.hold({ fileName, pdf: produced.pdf });
  return { reportId, fileName, ...produced };
};

export const reportSavePdf: Handler<'reportSavePdf'> = async ({ reportId }, ctx) => {
  const report = ctx.heldReports.get(reportId);
  if (!report) throw new UserFacingError('invalid-request', 'This preview is no longer available; generate the report again.');
  const path = await ctx.chooseSavePath({
    title: 'Save PDF report',
    defaultFileName: report.fileName,
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
  });
  if (path === null) return { status: 'cancelled' };
  await withIoError(`Could not write “${fileNameOf(path)}”`, () => ctx.fs.writeFileAtomic(path, report.pdf));
  return { status: 'saved', path, fileName: fileNameOf(path), bytes: report.pdf.byteLength };
};

export const reportDiscard: Handler<'reportDiscard'> = async ({ reportId }, ctx) => ({
  discarded: ctx.heldReports.discard(reportId),
});

export const reportSaveWorkbook: Handler<'reportSaveWorkbook'> = async ({ bundle, options }, ctx) => {
  const path = await ctx.chooseSavePath({
    title: 'Export Excel workbook',
    defaultFileName: reportFileName(bundle.assessment.name, options.reportDate, 'xlsx'),
    filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
  });
  if (path === null) return { status: 'cancelled' };
  const bytes = await runIsolated(ctx.isolation, REPORT_WORK, 'writeWorkbook', { bundle, options, context: reportContext(ctx) });
  await withIoError(`Could not write “${fileNameOf(path)}”`, () => ctx.fs.writeFileAtomic(path, bytes));
  return { status: 'saved', path, fileName: fileNameOf(path), bytes: bytes.byteLength };
};
