import { formatByteSize } from '../../../shared/format/byte-size';
import { isBlankRow } from '../../../shared/import/cell-text';
import { detectDelimiter, readCsv } from '../../../shared/import/read-csv';
import { SpreadsheetError } from '../../../shared/import/spreadsheet-error';
import { decodeText } from '../../../shared/import/text-encoding';
import type { WorkbookGrid } from '../../../shared/import/types';
import { UserFacingError } from '../../../shared/ipc/result';
import { fileNameOf } from '../paths';
import type { FileSystem } from '../ipc/context';
import { withIoError } from '../io-error';
import type { ZipLimits } from '../../../shared/zip/zip-archive';
import { readXlsx } from './read-xlsx';

/** Larger files are refused before reading: the whole file and its cell grid are held in memory. */
export const MAX_SPREADSHEET_BYTES = 200 * 1024 ** 2;

const CSV_EXTENSIONS = ['csv', 'tsv', 'txt'];
/** Checked for text and delimiters; enough for the first records of any real export. */
const TEXT_SAMPLE_BYTES = 64 * 1024;

export interface ParseOptions {
  /** Stops reading soon after it fires; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Tests lower these to exercise the ZIP-bomb checks with small files. */
  zipLimits?: ZipLimits;
  onRows?: (rowsRead: number) => void;
}

/**
 * A spreadsheet file's bytes, refused by size before a byte is read. Failures are UserFacingErrors naming the file
 * ('bad-file', or 'io' when the disk failed). `onSize` hears the size before the reading starts.
 */
export async function readSpreadsheetFileBytes(
  fs: FileSystem,
  path: string,
  onSize?: (bytes: number) => void,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const fileName = fileNameOf(path);
  const sizeBytes = await withIoError(`Could not read “${fileName}”`, () => fs.fileSize(path));
  if (sizeBytes > MAX_SPREADSHEET_BYTES)
    throw new UserFacingError(
      'bad-file',
      `“${fileName}” is ${formatByteSize(sizeBytes)}; spreadsheets larger than ${formatByteSize(MAX_SPREADSHEET_BYTES)} cannot be imported. Remove sheets or columns that are not needed, or split the file.`,
    );
  onSize?.(sizeBytes);
  return { fileName, bytes: await withIoError(`Could not read “${fileName}”`, () => fs.readFile(path)) };
}

/** Reads a spreadsheet's bytes into grids; every problem the user can act on is a UserFacingError naming the file. */
export async function parseSpreadsheet(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): Promise<WorkbookGrid> {
  try {
    return await readSpreadsheetBytes(bytes, fileName, options);
  } catch (error) {
    if (error instanceof SpreadsheetError) throw new UserFacingError('bad-file', `“${fileName}”: ${error.message}`);
    throw error;
  }
}

/** Tells the formats apart by their first bytes (and, for CSV, the extension); throws SpreadsheetError. */
export async function readSpreadsheetBytes(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): Promise<WorkbookGrid> {
  if (bytes.length === 0) throw new SpreadsheetError('The file is empty (0 bytes).');
  const workbook = startsWith(bytes, ZIP_SIGNATURE)
    ? await readCheckedXlsx(bytes, fileName, options)
    : readOtherFormat(bytes, fileName, options.onRows);
  if (workbook.sheets.every((sheet) => sheet.rows.every(isBlankRow)))
    throw new SpreadsheetError(
      workbook.kind === 'csv' ? 'The file has no data: every line is blank.' : 'The workbook has no data: every sheet is empty.',
    );
  return workbook;
}

async function readCheckedXlsx(bytes: Uint8Array, fileName: string, options: ParseOptions): Promise<WorkbookGrid> {
  try {
    return await readXlsx(bytes, fileName, options);
  } catch (error) {
    if (options.signal?.aborted || error instanceof SpreadsheetError) throw error;
    // The reader says what is damaged ("row 12 is cut short", zlib's "invalid distance"); keep it as detail.
    const detail = error instanceof Error ? error.message.split('\n')[0]?.slice(0, 200) : String(error);
    throw new SpreadsheetError(`The workbook is damaged: its sheets could not be read (${detail}).`);
  }
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const NOT_SPREADSHEETS: { signature: number[]; what: string }[] = [
  { signature: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { signature: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { signature: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { signature: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { signature: [0x50, 0x4b, 0x05, 0x06], what: 'an empty ZIP archive' },
];
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function readOtherFormat(bytes: Uint8Array, fileName: string, onRows?: (rowsRead: number) => void): WorkbookGrid {
  // Excel wraps a password-protected xlsx in the same compound-file container as an old binary .xls.
  if (startsWith(bytes, CFB_SIGNATURE))
    throw new SpreadsheetError(
      'This workbook is password-protected (encrypted) or an old .xls file: save it as .xlsx without a password and import again.',
    );
  const known = NOT_SPREADSHEETS.find((format) => startsWith(bytes, format.signature));
  if (known) throw new SpreadsheetError(`This is ${known.what}, not a spreadsheet (xlsx or csv).`);
  const sample = decodeText(bytes.subarray(0, TEXT_SAMPLE_BYTES)).text;
  if (!isPlainText(sample)) throw new SpreadsheetError('This is not a spreadsheet (xlsx or csv): it holds binary data, not text.');
  if (!CSV_EXTENSIONS.includes(extensionOf(fileName)))
    throw new SpreadsheetError(
      'This is a text file, not an xlsx workbook. If it is a CSV export, give it the .csv extension and import again.',
    );
  if (detectDelimiter(sample) === null)
    throw new SpreadsheetError('This text file is not a table: no commas, semicolons, tabs or | separate values on its first lines.');
  const workbook = readCsv(bytes, fileName);
  onRows?.(workbook.sheets[0]?.rows.length ?? 0);
  return workbook;
}

/** Text has no NULs and almost no other control characters (tab, CR, LF and form feed aside). */
function isPlainText(text: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is being counted
  const controls = text.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g)?.length ?? 0;
  return !text.includes('\u0000') && controls <= text.length / 1000;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, i) => bytes[i] === byte);
const extensionOf = (fileName: string) => /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
