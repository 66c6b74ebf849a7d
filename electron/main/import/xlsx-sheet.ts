import { MAX_CELL_CHARS, MAX_SHEET_COLUMNS } from '../../../shared/import/limits';
import type { Cell } from '../../../shared/import/types';
import { CELL, FORMULA, INLINE_STRING, ROW, stringItem, VALUE, XLSX_TAGS } from './xlsx-strings';
import { xmlText } from './xlsx-xml';
import { digits, XmlCursor } from './xml-cursor';

/** What a sheet's cells refer to: the workbook's shared strings and which cell styles are dates. */
export interface SheetContext {
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** Column XFD. */
const MAX_COLUMN = MAX_SHEET_COLUMNS - 1;
/** Blank cells padded in before a cell; past this the row is left sparse (see someCell). */
const NEAR_GAP = 64;
const MS_PER_DAY = 86_400_000;
/** Rows read between turns of the event loop, so progress polls and cancelling get through while a big sheet is read. */
const ROWS_PER_TURN = 2000;

/**
 * Calls `onRow` with each row of a worksheet part in file order: its 1-based number (the r attribute, else one past
 * the previous row) and its cells by 0-based column, null (or, before a far cell, a hole) where a cell is blank and
 * never a trailing null.
 */
export async function scanSheet(bytes: Uint8Array, context: SheetContext, onRow: (row: number, cells: Cell[]) => void): Promise<void> {
  const cursor = new XmlCursor(bytes, XLSX_TAGS);
  let row = 0;
  let rows = 0;
  while (cursor.next()) {
    if (cursor.tag !== ROW || cursor.closing) continue;
    let number: number | null = null;
    while (cursor.nextAttribute()) if (cursor.attributeLetter() === R) number = parseInt(cursor.string(cursor.valueStart, cursor.valueEnd), 10);
    row = number ?? row + 1;
    onRow(row, cursor.selfClosing ? [] : rowCells(cursor, context, row));
    if (++rows % ROWS_PER_TURN === 0) await new Promise(setImmediate);
  }
}

const R = 114;
const S = 115;
const T = 116;

/** A cell's t attribute. */
const NUMBER = 0;
const SHARED = 1;
const STRING = 2;
const INLINE = 3;
const BOOLEAN = 4;
const ERROR = 5;
const ISO_DATE = 6;

/** The cell being read. One per row, reused from cell to cell: a sheet has millions. */
interface CellState {
  column: number;
  style: number;
  type: number;
  formula: boolean;
  valueStart: number;
  valueEnd: number;
  inline: string | null;
}

/** Reads the row's cells through its closing tag. */
function rowCells(cursor: XmlCursor, context: SheetContext, row: number): Cell[] {
  const cells: Cell[] = [];
  const cell: CellState = { column: -1, style: 0, type: NUMBER, formula: false, valueStart: 0, valueEnd: -1, inline: null };
  while (cursor.next()) {
    if (cursor.closing) {
      if (cursor.tag === ROW) return cells;
      continue;
    }
    if (cursor.tag !== CELL) continue;
    readCellTag(cursor, cell);
    if (cell.column > MAX_COLUMN) throw new Error(`a cell of row ${row} is past Excel's last column, XFD`);
    if (cursor.selfClosing) continue; // styled, without a value
    readCellContent(cursor, cell);
    const read = cellValue(cursor, cell, context);
    if (read === null) continue;
    // No cell Excel writes holds more text; a crafted one is cut there, so nothing after the reader handles megabytes.
    const value = typeof read === 'string' && read.length > MAX_CELL_CHARS ? read.slice(0, MAX_CELL_CHARS) : read;
    // Near cells fill the gap with blanks (a packed array); a far one leaves a hole, so the row stays sparse.
    if (cell.column - cells.length <= NEAR_GAP) while (cells.length < cell.column) cells.push(null);
    cells[cell.column] = value;
  }
  throw new Error(`row ${row} is cut short`);
}

/** r, s and t; a cell without r is the one after the previous cell. */
function readCellTag(cursor: XmlCursor, cell: CellState): void {
  const { bytes } = cursor;
  const previous = cell.column;
  cell.column = -1;
  cell.style = 0;
  cell.type = NUMBER;
  while (cursor.nextAttribute()) {
    const { valueStart, valueEnd } = cursor;
    const letter = cursor.attributeLetter();
    if (letter === R) cell.column = columnIndex(bytes, valueStart, valueEnd);
    else if (letter === S) cell.style = digits(bytes, valueStart, valueEnd);
    else if (letter === T) cell.type = cellType(bytes, valueStart, valueEnd);
  }
  if (cell.column < 0) cell.column = previous + 1;
}

/** The column of a reference ("AB12" → 27), -1 when it has no letters. */
function columnIndex(bytes: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const letter = (bytes[i] as number) | 32; // lower case
    if (letter < 97 || letter > 122) break;
    n = n * 26 + letter - 96;
  }
  return n - 1;
}

function cellType(bytes: Uint8Array, from: number, to: number): number {
  switch (bytes[from]) {
    case S:
      return to - from === 1 ? SHARED : STRING; // s, str
    case 105: // inlineStr
      return INLINE;
    case 98: // b
      return BOOLEAN;
    case 101: // e
      return ERROR;
    case 100: // d
      return ISO_DATE;
    default:
      return NUMBER;
  }
}

const SIMPLE_VALUE_OPEN = Buffer.from('<v>');
const SIMPLE_VALUE_CLOSE = Buffer.from('</v></c>');

/** Reads <f>, <v> and <is> through the cell's closing tag. */
function readCellContent(cursor: XmlCursor, cell: CellState): void {
  cell.formula = false;
  cell.inline = null;
  if (cursor.readTextBetween(SIMPLE_VALUE_OPEN, SIMPLE_VALUE_CLOSE)) {
    cell.valueStart = cursor.textStart;
    cell.valueEnd = cursor.textEnd;
    return;
  }
  cell.valueEnd = -1;
  while (cursor.next()) {
    if (cursor.tag === ROW) break;
    if (cursor.closing) {
      if (cursor.tag === CELL) return;
      continue;
    }
    if (cursor.tag === FORMULA) cell.formula = true;
    else if (cursor.tag === VALUE && !cursor.selfClosing) {
      cursor.readText();
      cell.valueStart = cursor.textStart;
      cell.valueEnd = cursor.textEnd;
    } else if (cursor.tag === INLINE_STRING && !cursor.selfClosing) cell.inline = stringItem(cursor, INLINE_STRING);
  }
  throw new Error('a cell is cut short');
}

/**
 * The cell as a plain value: shared and inline strings as their text, numbers in a date format as Date (UTC parts
 * are the sheet's), formulas as their cached result (blank when that is an error), an error cell as its code
 * (#N/A). Empty text is blank.
 */
function cellValue(cursor: XmlCursor, cell: CellState, context: SheetContext): Cell {
  if (cell.type === INLINE && cell.inline !== null) return cell.inline || null;
  const { valueStart: start, valueEnd: end } = cell;
  if (end < 0) return null;
  switch (cell.type) {
    case SHARED: {
      const index = digits(cursor.bytes, start, end);
      return context.sharedStrings[Number.isNaN(index) ? parseInt(cursor.string(start, end), 10) : index] || null;
    }
    case STRING:
    case INLINE:
      return xmlText(cursor.string(start, end)) || null;
    case BOOLEAN:
      return parseInt(cursor.string(start, end), 10) !== 0;
    case ERROR:
      return cell.formula ? null : cursor.string(start, end) || null;
    case ISO_DATE:
      return isoDateTime(cursor.string(start, end));
    default: {
      const whole = digits(cursor.bytes, start, end);
      const number = Number.isNaN(whole) ? parseFloat(cursor.string(start, end)) : whole;
      if (!Number.isFinite(number)) return null;
      return context.dateStyles[cell.style] ? serialToDate(number, context.date1904) : number;
    }
  }
}

function serialToDate(serial: number, date1904: boolean): Date {
  // Day 0 is 1899-12-30 in the 1900 system (Excel's leap-year bug folded in), 1904-01-01 in the 1904 system.
  return new Date(Math.round((serial + (date1904 ? 1462 : 0) - 25569) * MS_PER_DAY));
}

/** A t="d" cell holds ISO 8601 text; without a zone it is the sheet's own time, read as UTC like every date here. */
function isoDateTime(text: string): Cell {
  const date = new Date(/T[^Z+-]*$/.test(text) ? `${text}Z` : text);
  return Number.isNaN(date.getTime()) ? text || null : date;
}
