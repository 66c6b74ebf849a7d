import { cellToText } from './cell-text';
import { clipText } from './limits';
import { cleanText, isPlaceholder } from './normalize-text';
import { detectHeaderRow } from './detect-header';
import { splitFooter } from './footer-rows';
import { sheetKind } from './sheet-kind';
import { proposeMapping } from './propose-mapping';
import { dataRowIndexes, headerTexts, isBlankHeader, tableColumns } from './sheet-layout';
import type { Cell, ColumnInfo, ColumnMapping, SheetAnalysis, SheetGrid } from './types';

/** Rows read to propose the mapping, and to pick samples from: enough to judge a column, cheap on 100k rows. */
const PROPOSAL_ROWS = 500;
const SAMPLE_ROWS = 1000;
const SAMPLES = 5;
/** A sample shows what a column holds; a whole paragraph would only crowd the wizard. */
const SAMPLE_CHARS = 200;

export interface SheetLayout {
  analysis: SheetAnalysis;
  /** 0-based indexes of the data rows. */
  dataRows: number[];
}

const valueText = (cell: Cell | undefined) => cleanText(cellToText(cell));

/** analyseSheet plus the data rows it found (propose-sheet reads them). */
export function layoutSheet(grid: SheetGrid, options: { headerRowIndex?: number } = {}): SheetLayout {
  const { rows } = grid;
  const requested = options.headerRowIndex;
  const headerRowIndex =
    requested !== undefined && Number.isInteger(requested) && requested >= 0 ? requested : detectHeaderRow(rows);
  const headers = headerTexts(rows, headerRowIndex);
  const { indexes, omitted } = tableColumns(rows, headerRowIndex);

  const below = rows.slice(headerRowIndex + 1, headerRowIndex + 1 + PROPOSAL_ROWS);
  const proposals = proposeMapping(
    indexes.map((index) => ({
      index,
      header: headers[index] ?? '',
      values: below.map((row) => valueText(row[index])).filter((t) => t && !isPlaceholder(t)),
    })),
  );

  const keyColumns = indexes.filter((i) => !isBlankHeader(headers[i]) || proposals.has(i));
  const { dataRows, skipped } = splitFooter(rows, dataRowIndexes(rows, headerRowIndex, keyColumns));
  const sampleRows = dataRows.slice(0, SAMPLE_ROWS);

  const mapping: ColumnMapping = {};
  const columns: ColumnInfo[] = indexes.map((index) => {
    const samples: string[] = [];
    for (const r of sampleRows) {
      const text = clipText(valueText(rows[r]?.[index]), SAMPLE_CHARS);
      if (text && !samples.includes(text)) samples.push(text);
      if (samples.length === SAMPLES) break;
    }
    const proposed = proposals.get(index) ?? null;
    if (proposed) mapping[index] = proposed.field;
    return { index, header: headers[index] ?? '', samples, proposed };
  });

  return {
    analysis: { sheet: grid.name, headerRowIndex, columns, mapping, dataRowCount: dataRows.length, omittedColumns: omitted, skippedRows: skipped, looksLike: sheetKind(indexes.map((i) => headers[i] ?? '')) },
    dataRows,
  };
}

/** Where the header is and what each column probably holds. `headerRowIndex` overrides the detection. */
export function analyseSheet(grid: SheetGrid, options?: { headerRowIndex?: number }): SheetAnalysis {
  return layoutSheet(grid, options).analysis;
}
