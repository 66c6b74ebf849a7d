import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Cell, SheetGrid, WorkbookGrid } from '../../../shared/import/types';
import { workbookPartsFirst } from './xlsx-entry-order';

export interface XlsxReadOptions {
  /** Checked before every row: reading stops within one row of the signal firing, by throwing its reason. */
  signal?: AbortSignal;
  /** Rows read so far over all sheets, every PROGRESS_EVERY rows and once at the end. */
  onRows?: (rowsRead: number) => void;
}

const PROGRESS_EVERY = 1000;
const MAX_ROWS = 1_048_576;
const MS_PER_DAY = 86_400_000;

/** The parts of exceljs's streaming reader its type declarations leave out. */
interface StreamedWorkbook {
  sharedStrings?: unknown[];
  model?: { sheets?: { name: string; rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  properties?: { model?: { date1904?: boolean } };
}

/**
 * A sheet as emitted: exceljs names it from workbook.xml and sets `id` to its numeric sheetId when it can match
 * the sheet's relationship, and otherwise leaves the file number as a string (`xl/worksheets/sheet3.xml` → "3")
 * with a made-up name "Sheet3". It fails to match absolute targets ("/xl/worksheets/sheet1.xml", as openpyxl
 * writes them), so those are named here.
 */
interface StreamedSheet {
  id: number | string;
  name: string;
  rows: Cell[][];
}

/**
 * Reads every sheet of an xlsx with exceljs's streaming reader (about half the memory of loading the workbook).
 * Cells become plain values: dates as Date (the reader needs `styles: 'cache'` to see date formats), rich text
 * as its text, formulas as their cached result (blank when that is an error), an error cell as its code (#N/A),
 * hyperlinks as their text. Merged ranges are not reported by the streaming reader: a merged cell's value sits in
 * its top-left cell and the rest read as blank, which is what the file stores and what header detection copes
 * with. Row n of the sheet is grid row n-1, so row numbers in messages match the spreadsheet; trailing blank rows
 * (formatting only) are dropped.
 */
export async function readXlsx(bytes: Uint8Array, fileName: string, options: XlsxReadOptions = {}): Promise<WorkbookGrid> {
  const { signal, onRows } = options;
  const zip = workbookPartsFirst(bytes);
  const input = Readable.from([Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength)]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const workbook = reader as unknown as StreamedWorkbook;
  // Sheets met before the shared strings go to temp files (plant data on disk, in clear). workbookPartsFirst puts
  // the shared strings first when there are any; without them (openpyxl writes inline strings) this says so.
  workbook.sharedStrings = [];
  const sheets: StreamedSheet[] = [];
  let rowsRead = 0;
  try {
    signal?.throwIfAborted();
    for await (const worksheet of reader) {
      const rows: Cell[][] = [];
      const date1904 = workbook.properties?.model?.date1904 === true;
      for await (const row of worksheet) {
        signal?.throwIfAborted();
        // The grid is indexed by row number: a forged one must not allocate a billion empty rows.
        if (!(row.number <= MAX_ROWS)) throw new Error(`row number ${row.number} is past Excel's last row, ${MAX_ROWS}`);
        rows[row.number - 1] = rowCells(row, date1904);
        if (++rowsRead % PROGRESS_EVERY === 0) onRows?.(rowsRead);
      }
      const { id, name } = worksheet as unknown as StreamedSheet;
      sheets.push({ id, name, rows: withoutTrailingBlanks(Array.from(rows, (r) => r ?? [])) });
    }
  } finally {
    // Stops the unzip pipeline when the loop is left early (cancel or a damaged member).
    input.destroy();
  }
  onRows?.(rowsRead);
  return { fileName, kind: 'xlsx', sheets: inTabOrder(sheets, workbook) };
}

/** Names each sheet and sorts them in tab order: exceljs emits them in ZIP order, which differs once tabs are moved. */
function inTabOrder(sheets: StreamedSheet[], workbook: StreamedWorkbook): SheetGrid[] {
  const tabs = (workbook.model?.sheets ?? []).map((tab) => {
    const target = workbook.workbookRels?.find((rel) => rel.Id === tab.rId)?.Target ?? '';
    return { name: tab.name, file: /worksheets\/sheet(\d+)\.xml$/.exec(target)?.[1] };
  });
  const tabIndex = (sheet: StreamedSheet) =>
    typeof sheet.id === 'string' ? tabs.findIndex((tab) => tab.file === sheet.id) : tabs.findIndex((tab) => tab.name === sheet.name);
  return sheets
    .map((sheet) => ({ sheet, index: tabIndex(sheet) }))
    .sort((a, b) => (a.index === -1 ? tabs.length : a.index) - (b.index === -1 ? tabs.length : b.index))
    .map(({ sheet, index }) => ({ name: tabs[index]?.name ?? sheet.name, rows: sheet.rows }));
}

function rowCells(row: ExcelJS.Row, date1904: boolean): Cell[] {
  const cells: Cell[] = [];
  row.eachCell((cell, column) => {
    const value = plainValue(cell.value, cell.numFmt, date1904);
    if (value !== null) cells[column - 1] = value;
  });
  return Array.from(cells, (c) => c ?? null);
}

function plainValue(value: ExcelJS.CellValue, numFmt: string | undefined, date1904: boolean): Cell {
  if (value === null || value === undefined || value === '') return null;
  // A formula's cached error (#N/A) reaches us as NaN: the streaming reader parses it as a number.
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('') || null;
  if ('error' in value) return value.error;
  if ('hyperlink' in value) return value.text || null;
  if ('result' in value) {
    // exceljs converts date-formatted numbers to Dates, but not a formula's cached result.
    const result = plainValue(value.result ?? null, undefined, date1904);
    return typeof result === 'number' && isDateFormat(numFmt) ? serialToDate(result, date1904) : result;
  }
  return null;
}

/** A number format shows a date or time when it has d, m, y, h or s outside quoted text and [colour] tags. */
function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return /[dmyhs]/i.test(numFmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));
}

function serialToDate(serial: number, date1904: boolean): Date {
  // Day 0 is 1899-12-30 in the 1900 system (Excel's leap-year bug folded in), 1904-01-01 in the 1904 system.
  return new Date(Math.round((serial + (date1904 ? 1462 : 0) - 25569) * MS_PER_DAY));
}

function withoutTrailingBlanks(rows: Cell[][]): Cell[][] {
  let end = rows.length;
  while (end > 0 && (rows[end - 1] as Cell[]).length === 0) end--;
  return rows.slice(0, end);
}
