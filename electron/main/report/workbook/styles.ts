import ExcelJS from 'exceljs';

export type Style = Partial<ExcelJS.Style>;

/**
 * Cell styles are shared objects, never built per cell: exceljs caches a style's id by object identity, so
 * 100k rows of the same few objects cost one lookup each instead of rendering a style per cell. Never mutate
 * them, and never give a date cell a style without a date format (the cache would keep whichever came first).
 */
export const PLAIN: Style = {};
export const WRAPPED: Style = { alignment: { wrapText: true, vertical: 'top' } };
export const DATE: Style = { numFmt: 'yyyy-mm-dd' };
export const DATE_TIME: Style = { numFmt: 'yyyy-mm-dd hh:mm' };
export const PERCENT: Style = { numFmt: '0%' };
export const DECIMAL: Style = { numFmt: '0.00' };

/** Styles that `enableQuotePrefix` marks; only module-level constants add to it, so the list is fixed at import. */
const QUOTED_STYLES: Style[] = [];

/** The twin of a style for text a spreadsheet could take for a formula: Text format, and a quote prefix. */
function quoted(style: Style): Style {
  const twin: Style = { ...style, numFmt: '@' };
  QUOTED_STYLES.push(twin);
  return twin;
}
export const QUOTED = quoted(PLAIN);
export const QUOTED_WRAPPED = quoted(WRAPPED);

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
export const HEADER: Style = {
  font: { bold: true },
  fill: HEADER_FILL,
  alignment: { vertical: 'top', wrapText: true },
  border: { bottom: { style: 'thin', color: { argb: 'FF8EA9DB' } } },
};
export const LABEL: Style = { font: { bold: true }, alignment: { vertical: 'top' } };
export const SECTION: Style = { font: { bold: true, size: 13, color: { argb: 'FF1F3864' } } };
export const TITLE: Style = { font: { bold: true, size: 16 } };
export const MARKING: Style = { font: { bold: true, color: { argb: 'FFC00000' } } };
export const NOTE: Style = { font: { italic: true, color: { argb: 'FF7F7F7F' } } };

export type NumberFormat = 'percent' | 'decimal';
export type DateFormat = 'date' | 'dateTime';

/** The styles one column gives its cells, by the kind of value. */
export interface CellStyles {
  text: Style;
  quoted: Style;
  number: Style;
  date: Style;
}

/** One style for every kind of value (headings, labels), with its quoted twin. Module-level constants only. */
export function textStyles(style: Style): CellStyles {
  return { text: style, quoted: quoted(style), number: style, date: DATE };
}

export function cellStyles(options: { wrap?: boolean; number?: NumberFormat; date?: DateFormat } = {}): CellStyles {
  return {
    text: options.wrap ? WRAPPED : PLAIN,
    quoted: options.wrap ? QUOTED_WRAPPED : QUOTED,
    number: options.number === 'percent' ? PERCENT : options.number === 'decimal' ? DECIMAL : PLAIN,
    date: options.date === 'dateTime' ? DATE_TIME : DATE,
  };
}

/** The parts of exceljs's style registry this relies on (lib/xlsx/xform/style/styles-xform.js, exceljs 4.4). */
interface StyleRegistry {
  addStyleModel(model: Style, cellType: ExcelJS.ValueType): number;
  model: { styles: unknown[] };
}

/**
 * exceljs has no `quotePrefix` style property, so the quoted styles are registered first and their `<xf>` gets
 * the attribute here. Every cell that uses the same style object then maps to that patched `<xf>`. The prefix
 * is what Excel sets when someone types 'text: the cell shows and stays text even when edited.
 */
export function enableQuotePrefix(workbook: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const registry = (workbook as unknown as { styles?: StyleRegistry }).styles;
  for (const style of QUOTED_STYLES) {
    const id = registry?.addStyleModel(style, ExcelJS.ValueType.String);
    const xml = id === undefined ? undefined : registry?.model.styles[id];
    if (id === undefined || !registry || typeof xml !== 'string' || !xml.startsWith('<xf ')) {
      throw new Error('exceljs style registry is not as expected: cannot mark formula-like text with a quote prefix');
    }
    if (!xml.includes('quotePrefix=')) registry.model.styles[id] = xml.replace('<xf ', '<xf quotePrefix="1" ');
  }
}

/** Colours of conditional formatting, from good to bad. */
export type Tone = 'good' | 'fair' | 'poor' | 'bad' | 'muted';

const toneStyle = (fill: string, font: string, bold = false): Style => ({
  // dxf fills take the background colour; set both so every reader shows it.
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: fill }, bgColor: { argb: fill } },
  font: { color: { argb: font }, bold },
});
const TONES: Record<Tone, () => Style> = {
  good: () => toneStyle('FFC6EFCE', 'FF006100'),
  fair: () => toneStyle('FFFFEB9C', 'FF9C5700'),
  poor: () => toneStyle('FFF8CBAD', 'FF843C0C'),
  bad: () => toneStyle('FFC00000', 'FFFFFFFF', true),
  muted: () => toneStyle('FFEDEDED', 'FF595959'),
};

/**
 * A column's value that gets a colour: equal to a label, or a number above a limit; or the cell gets it when the
 * boolean column named `rowFlag` is TRUE in its row. Rules never sit on boolean cells themselves: LibreOffice 7.4
 * then fails to print the sheet or export it to PDF ("Unspecified Application Error"), seen with the Actions sheet.
 */
export type Highlight = { tone: Tone } & ({ equals: string } | { above: number } | { rowFlag: string });

/** Low green … critical red: risk levels, severities, criticality and priorities share the four steps. */
export const FOUR_STEP_TONES = ['good', 'fair', 'poor', 'bad'] as const satisfies readonly Tone[];

/** Highlights for a four-step scale given lowest first, e.g. the labels of low, medium, high, critical. */
export const scaleHighlights = (labels: readonly string[]): Highlight[] =>
  labels.map((label, i) => ({ equals: label, tone: FOUR_STEP_TONES[i] ?? 'bad' }));

const quoteFormulaText = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * A real conditional formatting rule (fresh object: exceljs writes priority and dxf id into it). `letterOf` gives
 * the column letter of a header; expressions are relative to the first data row, 2.
 */
export function conditionalRule(highlight: Highlight, letterOf: (header: string) => string): ExcelJS.ConditionalFormattingRule {
  const style = TONES[highlight.tone]();
  if ('equals' in highlight) return { type: 'cellIs', operator: 'equal', formulae: [quoteFormulaText(highlight.equals)], style, priority: 0 };
  if ('above' in highlight) return { type: 'cellIs', operator: 'greaterThan', formulae: [String(highlight.above)], style, priority: 0 };
  return { type: 'expression', formulae: [`$${letterOf(highlight.rowFlag)}2=TRUE`], style, priority: 0 };
}
