import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ImportReport } from '../../../shared/import/report';
import { printable } from '../../../shared/text/printable';
import { asLocalWallClock } from '../report/workbook/cells';

type Value = string | number | Date | null;

/**
 * The import report as an xlsx: Summary, Mapping, Rows (rejected, merged and skipped rows) and Issues, each with
 * a bold, frozen header row and an autofilter. Values are typed cells, so text that came from the imported file
 * is never a formula; text that a spreadsheet would take for one when edited (= + - @, tab, CR) also gets the
 * Text number format, so it stays text if someone retypes it.
 */
export async function importReportXlsx(report: ImportReport, appName: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  workbook.creator = appName;

  const { counts } = report;
  addTable(workbook, 'Summary', [['Item', 30], ['Value', 60]], [
    ['File', report.fileName],
    ['Sheet', report.sheet],
    ['Header row', report.headerRow],
    ['Data rows', counts.rows],
    ['Imported', counts.imported],
    ['Merged into existing assets', counts.merged],
    ['Skipped', counts.skipped],
    ['Rejected', counts.rejected],
    ['Imported at', asLocalWallClock(new Date(report.importedAt))],
  ]);
  addTable(workbook, 'Mapping', [['Column', 40], ['Field', 30]], Object.entries(report.mapping));
  addTable(
    workbook,
    'Rows',
    [['Row', 8], ['Name', 40], ['Outcome', 12], ['Reason', 80]],
    report.outcomes.map((o) => [o.row, o.name, o.outcome, o.reason]),
  );
  addTable(
    workbook,
    'Issues',
    [['Row', 8], ['Column', 30], ['Severity', 10], ['Message', 80]],
    [
      ...report.issues.map((i): Value[] => [i.row, i.columnName ?? (i.column === null ? null : `Column ${i.column}`), i.severity, i.message]),
      ...(report.issuesLeftOut ? [[null, null, null, `…and ${report.issuesLeftOut.toLocaleString('en')} more issues, not listed here.`]] : []),
    ],
  );
  await workbook.commit();
  return Buffer.concat(chunks);
}

function addTable(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: [string, number][], rows: Value[][]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map(([header, width]) => ({ header, width }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  sheet.getRow(1).commit();
  for (const values of rows) {
    // An empty string would be written as an empty text cell; a blank cell is what a reader expects. Text from the
    // imported file may hold characters XML forbids (U+FFFE), which would make the workbook unreadable.
    const row = sheet.addRow(values.map((value) => (value === '' ? null : typeof value === 'string' ? printable(value) : value)));
    values.forEach((value, i) => {
      if (typeof value === 'string' && /^[=+\-@\t\r]/.test(value)) row.getCell(i + 1).numFmt = '@';
      else if (value instanceof Date) row.getCell(i + 1).numFmt = 'yyyy-mm-dd hh:mm';
    });
    row.commit();
  }
  sheet.commit();
}

