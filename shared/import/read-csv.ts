import Papa from 'papaparse';
import { MAX_CELL_CHARS, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from './limits';
import { SpreadsheetError } from './spreadsheet-error';
import { decodeText } from './text-encoding';
import type { Cell, WorkbookGrid } from './types';

type CsvFormat = NonNullable<WorkbookGrid['csv']>;

/** In order of preference when two fit equally well. */
const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;
const NEWLINES = { crlf: '\r\n', lf: '\n', cr: '\r' } as const;
/** Records looked at to guess the delimiter: enough to outvote a title line, few enough to stay instant. */
const SAMPLE_RECORDS = 20;

/** Reads a CSV/TSV file into one sheet named after the file. Every cell is text (or null when empty), as written. */
export function readCsv(bytes: Uint8Array, fileName: string): WorkbookGrid {
  const { text, encoding } = decodeText(bytes);
  const lineEnding = detectLineEnding(text);
  // A one-column file has no delimiter; a comma reads it as one column all the same.
  const delimiter = detectDelimiter(text) ?? ',';
  // Refused before parsing: records wider than any sheet would make a grid of millions of cells out of a few MB.
  if (widestRecord(text, delimiter, MAX_SHEET_COLUMNS) > MAX_SHEET_COLUMNS)
    throw new SpreadsheetError(
      `A line of it holds more than ${MAX_SHEET_COLUMNS.toLocaleString('en')} values; at most ${MAX_SHEET_COLUMNS.toLocaleString('en')} columns (as many as Excel takes) can be read. It is not an asset list as exported; save the columns you need as a new file.`,
    );
  const parsed = Papa.parse<string[]>(text, { delimiter, newline: NEWLINES[lineEnding], quoteChar: '"', skipEmptyLines: false });
  const unclosed = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed)
    throw new SpreadsheetError(`Row ${(unclosed.row ?? 0) + 1} opens a quoted value (") that is never closed, so the rest of the file would run into one cell.`);
  // Empty values become blank cells in place: a copy of 100k records would only give the garbage collector work.
  // Fields longer than any spreadsheet cell are cut to one, so nothing after the reader handles megabytes of text.
  const rows: Cell[][] = parsed.data;
  for (const record of rows)
    for (let i = 0; i < record.length; i++) {
      const field = record[i] as string;
      if (field === '') record[i] = null;
      else if (field.length > MAX_CELL_CHARS) record[i] = field.slice(0, MAX_CELL_CHARS);
    }
  while (rows.length > 0 && rows[rows.length - 1]?.every((cell) => cell === null)) rows.pop();
  if (rows.length > MAX_SHEET_ROWS)
    throw new SpreadsheetError(
      `The file has ${rows.length.toLocaleString('en')} lines; at most ${MAX_SHEET_ROWS.toLocaleString('en')} (as many as Excel takes) can be imported. Split the file and import the parts.`,
    );
  return { fileName, kind: 'csv', sheets: [{ name: fileName, rows }], csv: { encoding, delimiter, lineEnding } };
}

/**
 * Calls `visit` with every character outside quoted fields, in order, until it returns true. As a CSV reader reads
 * them: a quote opens a quoted field only at a field's start (after one of `delimiters` or a line break), "" inside
 * one is a quote, and any other quote there closes it; a quote inside an unquoted field is a character like any other
 * (an inch mark in "Display 15"" does not swallow the rest of the file).
 */
function outsideQuotes(text: string, delimiters: string, visit: (char: string, index: number) => boolean | void): void {
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (fieldStart && char === '"') {
      for (i++; i < text.length; i++) {
        if (text[i] !== '"') continue;
        if (text[i + 1] !== '"') break;
        i++;
      }
      fieldStart = false;
      continue;
    }
    if (visit(char, i)) return;
    fieldStart = char === '\n' || char === '\r' || delimiters.includes(char);
  }
}

/** The first line break outside quotes decides; a file with one line and no break counts as CRLF, like Excel writes. */
export function detectLineEnding(text: string): CsvFormat['lineEnding'] {
  let ending: CsvFormat['lineEnding'] = 'crlf';
  outsideQuotes(text, CSV_DELIMITERS.join(''), (char, i) => {
    if (char === '\n') ending = 'lf';
    else if (char === '\r') ending = text[i + 1] === '\n' ? 'crlf' : 'cr';
    else return false;
    return true;
  });
  return ending;
}

/**
 * The delimiter that splits the most of the first records (outside quotes) into the same number of fields, or
 * null when none splits any. Agreement counts before field count, so a title line or a stray comma in free text
 * only lowers a delimiter's score.
 */
export function detectDelimiter(text: string): string | null {
  const records = countPerRecord(text);
  let best: string | null = null;
  let bestScore = 0;
  for (const delimiter of CSV_DELIMITERS) {
    const agreeing = new Map<number, number>();
    for (const record of records) {
      const n = record[delimiter];
      if (n) agreeing.set(n, (agreeing.get(n) ?? 0) + 1);
    }
    for (const [fields, times] of agreeing) {
      const score = times * 1_000 + Math.min(fields, 999);
      if (score > bestScore) [best, bestScore] = [delimiter, score];
    }
  }
  return best;
}

/** Each of the first records' count of every candidate delimiter. */
function countPerRecord(text: string): Record<string, number>[] {
  const records: Record<string, number>[] = [{}];
  outsideQuotes(text, CSV_DELIMITERS.join(''), (char, i) => {
    if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) records.push({});
    else if ((CSV_DELIMITERS as readonly string[]).includes(char)) {
      const record = records[records.length - 1] as Record<string, number>;
      record[char] = (record[char] ?? 0) + 1;
    }
    return records.length > SAMPLE_RECORDS;
  });
  return records;
}

/** The most fields any record holds, reading the whole text; stops counting once one passes `limit`. */
function widestRecord(text: string, delimiter: string, limit: number): number {
  let widest = 0;
  let fields = 1;
  outsideQuotes(text, delimiter, (char, i) => {
    if (char === delimiter) fields++;
    else if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) fields = 1;
    widest = Math.max(widest, fields);
    return widest > limit;
  });
  return widest;
}
