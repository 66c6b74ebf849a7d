/** Excel's last row: no sheet has more, and a CSV with more is refused (split it), so row numbers stay in range. */
export const MAX_SHEET_ROWS = 1_048_576;
/** Sheets read from one workbook: real ones have a few dozen; past this a file is made to exhaust the reader. */
export const MAX_SHEETS = 1000;

/** Excel's columns, A to XFD: an xlsx cannot have more, and a CSV with wider records is refused. */
export const MAX_SHEET_COLUMNS = 16_384;

/** Excel's limit on one cell's text: a CSV field past it is cut there, as Excel cuts it when it opens the file. */
export const MAX_CELL_CHARS = 32_767;

/** An issue's message quotes cell text; a crafted 32,767-character cell is cut to keep reports readable and small. */
export const MAX_ISSUE_CHARS = 1000;

/** Header cells longer than this are notes, not names: cut, so messages and saved mappings stay small. */
export const MAX_HEADER_CHARS = 300;

/** `text` cut to `max` characters (by code point), with an ellipsis when cut. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${Array.from(text.slice(0, max)).slice(0, max - 1).join('')}…`;
}
