import type ExcelJS from 'exceljs';
import { putCell, type CellValue } from './cells';
import { HEADER, PLAIN, cellStyles, textStyles, conditionalRule, type CellStyles, type DateFormat, type Highlight, type NumberFormat, type Style } from './styles';

type WorkbookWriter = ExcelJS.stream.xlsx.WorkbookWriter;

export interface Column<T> {
  header: string;
  /** In characters, as Excel counts them; not 9, which exceljs takes for its default and leaves out. */
  width: number;
  value: (item: T) => CellValue;
  wrap?: boolean;
  number?: NumberFormat;
  date?: DateFormat;
  /** Conditional formatting over the column's data cells. */
  highlight?: Highlight[];
}

/** A column by its 1-based number, e.g. 28 → "AB". */
export function columnLetter(n: number): string {
  let letters = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

export const HEADER_CELLS = textStyles(HEADER);

/** Header and footer codes treat "&" as a command; a literal one is doubled. */
const headerText = (text: string) => text.replace(/&/g, '&&');

/** Every sheet prints the report marking at the top and the sheet name with page x of y at the bottom. */
export function addSheet(workbook: WorkbookWriter, name: string, marking: string, views: Partial<ExcelJS.WorksheetView>[]): ExcelJS.Worksheet {
  return workbook.addWorksheet(name, {
    views,
    pageSetup: { orientation: 'landscape' },
    headerFooter: {
      oddHeader: marking ? `&C&"-,Bold"${headerText(marking)}` : '',
      oddFooter: '&L&A&RPage &P of &N',
    },
  });
}

/**
 * Writes one table sheet: a bold header row that stays frozen, an auto filter over the table, column widths,
 * one committed row per item (so 100k rows never sit in memory) and the columns' conditional colours.
 */
export function writeTable<T>(
  workbook: WorkbookWriter,
  sheetName: string,
  marking: string,
  columns: readonly Column<T>[],
  items: Iterable<T>,
  options: { frozenColumns?: number } = {},
): void {
  const sheet = addSheet(workbook, sheetName, marking, [{ state: 'frozen', xSplit: options.frozenColumns ?? 0, ySplit: 1 }]);
  sheet.columns = columns.map((c) => ({ width: c.width }));
  const header = sheet.getRow(1);
  columns.forEach((c, i) => putCell(header, i + 1, c.header, HEADER_CELLS));
  // Readers do not grow a row for wrapped text when they open a file: give a wrapping header its second line.
  if (columns.some((c) => c.header.length > c.width)) header.height = 30;
  header.commit();

  const styles: CellStyles[] = columns.map((c) => cellStyles(c));
  let rowNumber = 1;
  for (const item of items) {
    rowNumber += 1;
    const row = sheet.getRow(rowNumber);
    // exceljs gives each row a fresh `{}` style and registers it on commit; a shared object is one cache hit.
    (row as unknown as { style: Style }).style = PLAIN;
    for (let i = 0; i < columns.length; i++) putCell(row, i + 1, (columns[i] as Column<T>).value(item), styles[i] as CellStyles);
    row.commit();
  }

  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rowNumber, column: columns.length } };
  if (rowNumber > 1) {
    const letterOf = (header: string) => {
      const index = columns.findIndex((c) => c.header === header);
      if (index < 0) throw new Error(`no column “${header}” in ${sheetName}`);
      return columnLetter(index + 1);
    };
    columns.forEach((c, i) => {
      if (!c.highlight?.length) return;
      const letter = columnLetter(i + 1);
      sheet.addConditionalFormatting({ ref: `${letter}2:${letter}${rowNumber}`, rules: c.highlight.map((h) => conditionalRule(h, letterOf)) });
    });
  }
  sheet.commit();
}
