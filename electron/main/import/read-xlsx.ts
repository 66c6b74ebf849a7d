import { MAX_SHEETS, MAX_SHEET_ROWS } from '../../../shared/import/limits';
import { SpreadsheetError } from '../../../shared/import/spreadsheet-error';
import type { Cell, WorkbookGrid } from '../../../shared/import/types';
import type { ZipLimits } from '../../../shared/zip/zip-archive';
import { openXlsxZip, readPart, XLSX_ZIP_LIMITS } from './xlsx-zip';
import { dateStyles, workbookParts } from './xlsx-parts';
import { scanSheet } from './xlsx-sheet';
import { sharedStrings } from './xlsx-strings';

export interface XlsxReadOptions {
  /** Checked before every row: reading stops within one row of the signal firing, by throwing its reason. */
  signal?: AbortSignal;
  /** Rows read so far over all sheets, every PROGRESS_EVERY rows and once at the end. */
  onRows?: (rowsRead: number) => void;
  /** Tests lower these to exercise the ZIP-bomb checks with small files. */
  zipLimits?: ZipLimits;
}

const PROGRESS_EVERY = 1000;
/** Empty rows filled in before a row; past this the grid is left sparse. */
const NEAR_ROW_GAP = 1000;

/**
 * Reads every sheet of an xlsx, in tab order and named as the tabs are. The parts are inflated by zlib and scanned
 * directly: a general XML parser (exceljs's streaming reader, used before) takes about six times as long on a big
 * sheet. Cells become plain values (see xlsx-sheet.ts). Merged ranges are not reported: a merged cell's value sits in
 * its top-left cell and the rest read as blank, which is what the file stores and what header detection copes with.
 * Row n of the sheet is grid row n-1, so row numbers in messages match the spreadsheet; trailing blank rows
 * (formatting only) are dropped. Damage is thrown as a plain Error saying what is wrong.
 */
export async function readXlsx(bytes: Uint8Array, fileName: string, options: XlsxReadOptions = {}): Promise<WorkbookGrid> {
  const { signal, onRows } = options;
  signal?.throwIfAborted();
  const members = openXlsxZip(bytes, options.zipLimits ?? XLSX_ZIP_LIMITS);
  const part = (path: string): Promise<Uint8Array> | undefined => {
    const member = members.get(path);
    return member && readPart(bytes, member);
  };
  const text = async (path: string) => {
    const data = await part(path);
    return data ? Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString() : '';
  };
  const book = workbookParts(await text('xl/workbook.xml'), await text('xl/_rels/workbook.xml.rels'));
  const tabs = book.sheets.filter((sheet) => members.has(sheet.path));
  if (tabs.length > MAX_SHEETS)
    throw new SpreadsheetError(
      `The workbook has ${tabs.length.toLocaleString('en')} sheets; at most ${MAX_SHEETS.toLocaleString('en')} can be read. Save the sheet that lists the assets as a workbook of its own.`,
    );
  // Each sheet is a part of its own; sheets sharing one would read it again and again past the ZIP limits.
  const twice = tabs.find((sheet, i) => tabs.findIndex((other) => other.path === sheet.path) !== i);
  if (twice) throw new SpreadsheetError(`The file is damaged: two of its sheets are the same part, ${twice.path}.`);
  // The first sheet inflates in zlib's threads while the shared strings are read here.
  let next = tabs[0] && handled(part(tabs[0].path));
  const strings = await part(book.sharedStrings);
  const context = { sharedStrings: strings ? sharedStrings(strings) : [], dateStyles: dateStyles(await text(book.styles)), date1904: book.date1904 };

  const sheets: WorkbookGrid['sheets'] = [];
  let rowsRead = 0;
  for (const [i, sheet] of tabs.entries()) {
    const data = await next;
    const following = tabs[i + 1];
    next = following && handled(part(following.path));
    const rows: Cell[][] = [];
    if (data)
      await scanSheet(data, context, (row, cells) => {
        signal?.throwIfAborted();
        // The grid is indexed by row number: a forged one must not allocate a billion empty rows.
        if (row > MAX_SHEET_ROWS) throw new Error(`row number ${row} is past Excel's last row, ${MAX_SHEET_ROWS}`);
        if (!(row >= 1)) throw new Error(`row number ${row} is not a row number`);
        // Near rows fill the gap with empty ones; a far one leaves a hole, so a sheet whose one cell is in row
        // 1,048,576 is not a million empty rows (holes read as blank rows everywhere).
        if (row - 1 - rows.length <= NEAR_ROW_GAP) while (rows.length < row - 1) rows.push([]);
        rows[row - 1] = cells;
        if (++rowsRead % PROGRESS_EVERY === 0) onRows?.(rowsRead);
      });
    while (rows.length > 0 && (rows[rows.length - 1]?.length ?? 0) === 0) rows.pop();
    sheets.push({ name: sheet.name, rows });
  }
  onRows?.(rowsRead);
  return { fileName, kind: 'xlsx', sheets };
}

/** A promise read later: a failure before then must not count as unhandled (Node would end the process). */
function handled<T>(promise: Promise<T> | undefined): Promise<T> | undefined {
  promise?.catch(() => undefined);
  return promise;
}
