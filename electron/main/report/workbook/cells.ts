import type ExcelJS from 'exceljs';
import type { CellStyles } from './styles';

/** What a report cell holds; null (and '') leave the cell empty. Never a formula. */
export type CellValue = string | number | boolean | Date | null;

/**
 * Text that a spreadsheet would run as a formula or that starts with a control character (tab, CR, LF). It is
 * written as a plain string anyway (no cell is ever a formula); the quoted style keeps it text when edited.
 */
export const looksLikeFormula = (text: string): boolean => /^[=+\-@\t\r\n]/.test(text);

const hasEdgeWhitespace = (text: string) => text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32;

/** Excel's limit per cell; a longer text makes Excel repair the file. The PDF report prints the whole text. */
export const MAX_CELL_TEXT = 32_767;
const CUT_MARK = ' … (cut at the spreadsheet limit)';

function withinCellLimit(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  let end = MAX_CELL_TEXT - CUT_MARK.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1; // do not split a surrogate pair
  return text.slice(0, end) + CUT_MARK;
}

/**
 * Puts a value in a row's cell with the column's shared styles. Text with leading or trailing white space goes
 * out as an inline string, whose `<t xml:space="preserve">` keeps that space in every reader.
 */
export function putCell(row: ExcelJS.Row, column: number, value: CellValue, styles: CellStyles): void {
  if (value === null || value === '') return;
  if (typeof value === 'number' && !Number.isFinite(value)) return;
  const cell = row.getCell(column);
  if (typeof value === 'string') {
    const text = withinCellLimit(value);
    cell.value = hasEdgeWhitespace(text) ? { richText: [{ text }] } : text;
    cell.style = looksLikeFormula(value) ? styles.quoted : styles.text;
  } else {
    cell.value = value;
    cell.style = value instanceof Date ? styles.date : typeof value === 'number' ? styles.number : styles.text;
  }
}

/** An ISO date ("2026-11-23") as the date cell that shows that day; null when empty or not a date. */
export function dateCell(iso: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const date = new Date(`${iso}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * An ISO date-time as a cell showing this computer's local time. xlsx date-times have no time zone and exceljs
 * writes a Date's UTC fields, so the instant is shifted by the local offset.
 */
export function dateTimeCell(iso: string | null): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : asLocalWallClock(date);
}

/** xlsx dates have no time zone and exceljs writes a Date's UTC fields: shift it so the cell shows local time. */
export const asLocalWallClock = (date: Date) => new Date(date.getTime() - date.getTimezoneOffset() * 60_000);

export const joined = (values: readonly (string | number)[]): string => values.join(', ');
