import type { Cell } from './types';

export function isBlankCell(cell: Cell | undefined): boolean {
  if (typeof cell !== 'string') return cell === null || cell === undefined;
  // Most cells start with a visible ASCII character, which no trim removes; only the rest need trimming.
  const first = cell.charCodeAt(0);
  return !(first > 32 && first < 127) && cell.trim() === '';
}

/** Rows up to this long are walked index by index; longer ones may be sparse and are walked by their present cells. */
const DENSE_ROW = 256;

/**
 * Visits the cells present in a row, left to right, until `visit` returns true. A reader leaves a far cell's row
 * sparse (one cell in column XFD is not 16,384 cells), and walking such a row index by index takes 16,384 steps.
 */
export function someCell(row: readonly (Cell | undefined)[], visit: (cell: Cell, column: number) => boolean): boolean {
  if (row.length <= DENSE_ROW) {
    for (let i = 0; i < row.length; i++) if (visit(row[i] ?? null, i)) return true;
    return false;
  }
  // for…in visits an array's own indexes in ascending order, holes skipped.
  for (const key in row) if (visit(row[key as unknown as number] ?? null, Number(key))) return true;
  return false;
}

export const isBlankRow = (row: readonly (Cell | undefined)[]) => !someCell(row, (cell) => !isBlankCell(cell));

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A date as the sheet means it: readers hand dates over as UTC, so UTC parts are the cell's parts. */
export function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const h = date.getUTCHours();
  const m = date.getUTCMinutes();
  const s = date.getUTCSeconds();
  if (h === 0 && m === 0 && s === 0) return day;
  return `${day} ${pad(h)}:${pad(m)}${s ? `:${pad(s)}` : ''}`;
}

/** Excel counts days from 1899-12-30 (the 1900 leap-year bug makes that the right epoch after February 1900). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MAX_EXCEL_SERIAL = 2958465; // 9999-12-31

export function excelSerialToDate(serial: number): Date | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_EXCEL_SERIAL) return null;
  return new Date(EXCEL_EPOCH_MS + Math.round(serial * 86400) * 1000);
}

/** A number as its digits: integers never in exponent form (6.37702e15 → "6377020000000000"). */
export function numberToText(n: number): string {
  if (!Number.isFinite(n)) return '';
  return Number.isInteger(n) ? BigInt(n).toString() : String(n);
}

/** Any cell as text, the way a person reads it in the sheet (not trimmed: callers clean it). */
export function cellToText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return numberToText(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return isoDate(cell);
}
