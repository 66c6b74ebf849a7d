import type { AssetContent, AssetField } from '../assets/asset';
import type { SkippedRow } from './footer-rows';
import type { SheetKind } from './sheet-kind';

/** One cell as the readers hand it over: text, number, boolean, a date, or empty. */
export type Cell = string | number | boolean | Date | null;

/**
 * A sheet as a grid of rows (0-based here; messages and the CLI speak 1-based rows like a spreadsheet). Rows and
 * cells far from the others may be holes (a sparse grid); a hole reads as blank.
 */
export interface SheetGrid {
  name: string;
  rows: Cell[][];
}

/** What a reader produced from one file: the sheets in file order (a CSV is one sheet named after the file). */
export interface WorkbookGrid {
  fileName: string;
  kind: 'xlsx' | 'csv';
  sheets: SheetGrid[];
  /** How a CSV was read (detected encoding, delimiter, line ending); absent for xlsx. */
  csv?: { encoding: string; delimiter: string; lineEnding: 'crlf' | 'lf' | 'cr' };
}

/** Column index (0-based) → asset field, for the columns that are mapped. */
export type ColumnMapping = Partial<Record<number, AssetField>>;

/** error rejects the row; warning flags a value to check; info says what the import decided (e.g. an inferred type). */
export type IssueSeverity = 'error' | 'warning' | 'info';

/** A problem with one cell (or a whole row when column is null). Rows and columns are 1-based, as shown to people. */
export interface ImportIssue {
  row: number;
  column: number | null;
  /** Header text of that column, when there is one. */
  columnName?: string;
  severity: IssueSeverity;
  message: string;
}

/** One data row turned into asset content, with the problems found in it. */
export interface ImportedRow {
  /** 1-based row number in the sheet. */
  row: number;
  asset: AssetContent;
  issues: ImportIssue[];
  /** A row with an error (e.g. no name) is rejected: reported, never stored. */
  rejected: boolean;
}

export type ColumnMatch = { field: AssetField; by: 'header' | 'content'; score: number };

export interface ColumnInfo {
  /** 0-based column index. */
  index: number;
  /** Header text exactly as in the file ('' for a blank header cell). */
  header: string;
  /** A few non-empty values under the header, as text, for the wizard. */
  samples: string[];
  proposed: ColumnMatch | null;
}

/** The analysis of one sheet: where the header is and what each column probably holds. */
export interface SheetAnalysis {
  sheet: string;
  /** 0-based index of the header row in the grid. */
  headerRowIndex: number;
  columns: ColumnInfo[];
  mapping: ColumnMapping;
  /** Non-blank data rows under the header. */
  dataRowCount: number;
  /** Columns of the table beyond the most offered for mapping (MAX_TABLE_COLUMNS), left out; 0 for real registers. */
  omittedColumns: number;
  /** Rows under the table that are not devices (totals, notes, links), left out with the reason. */
  skippedRows: SkippedRow[];
  /** What the headers say the sheet is when it is not a list of devices (a signal list, a cable list, …). */
  looksLike: SheetKind | null;
}
