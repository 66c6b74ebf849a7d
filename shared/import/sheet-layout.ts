import { cellToText, isBlankCell } from './cell-text';
import { clipText, MAX_HEADER_CHARS } from './limits';
import { columnLetter } from './normalize-header';
import type { Cell } from './types';

type Rows = readonly (readonly Cell[])[];

/** Header cells as text exactly as in the file (only a leading BOM removed, and cut at MAX_HEADER_CHARS), by column index. */
export function headerTexts(rows: Rows, headerRowIndex: number): string[] {
  return (rows[headerRowIndex] ?? []).map((cell) => clipText(cellToText(cell).replace(/^\uFEFF/, ''), MAX_HEADER_CHARS));
}

export const isBlankHeader = (header: string | undefined) => !header || header.trim() === '';

/** How a column is named in messages and saved mappings: its header, or "Column C" when the header is blank. */
export function columnDisplayName(header: string | undefined, index: number): string {
  return isBlankHeader(header) ? `Column ${columnLetter(index)}` : (header as string);
}

function columnHasData(rows: Rows, from: number, column: number): boolean {
  for (let r = from; r < rows.length; r += 1) if (!isBlankCell(rows[r]?.[column])) return true;
  return false;
}

/** Columns offered for mapping; an asset register has a few dozen, and a wider table's rest is left out (and said so). */
export const MAX_TABLE_COLUMNS = 1000;

/**
 * The table's columns: from the first to the last header cell, widened over neighbouring columns
 * that hold data under a blank header (Kazenzi's row numbers in column A), but stopping at a fully
 * empty column, so a second table beside the data (a lookup list) is not read as part of it.
 * At most MAX_TABLE_COLUMNS of them, from the left; `omitted` counts the rest.
 */
export function tableColumns(rows: Rows, headerRowIndex: number): { indexes: number[]; omitted: number } {
  const headers = headerTexts(rows, headerRowIndex);
  let first = headers.findIndex((h) => !isBlankHeader(h));
  if (first < 0) return { indexes: [], omitted: 0 };
  let last = headers.length - 1;
  while (isBlankHeader(headers[last])) last -= 1;
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  while (first > 0 && columnHasData(rows, headerRowIndex + 1, first - 1)) first -= 1;
  while (last + 1 < width && columnHasData(rows, headerRowIndex + 1, last + 1)) last += 1;
  const count = last - first + 1;
  return { indexes: Array.from({ length: Math.min(count, MAX_TABLE_COLUMNS) }, (_, i) => first + i), omitted: Math.max(0, count - MAX_TABLE_COLUMNS) };
}

/**
 * Rows under the header with a value in one of `keyColumns` (columns with a header, or mapped).
 * Row numbers alone in an unnamed column, or a side table, do not make a row.
 */
export function dataRowIndexes(rows: Rows, headerRowIndex: number, keyColumns: readonly number[]): number[] {
  const out: number[] = [];
  for (let r = headerRowIndex + 1; r < rows.length; r += 1) {
    const row = rows[r];
    if (row && hasValueIn(row, keyColumns)) out.push(r);
  }
  return out;
}

function hasValueIn(row: readonly Cell[], columns: readonly number[]): boolean {
  for (const c of columns) if (!isBlankCell(row[c])) return true;
  return false;
}
