import { layoutSheet } from './analyse-sheet';
import { cellToText } from './cell-text';
import { isBlankHeader } from './sheet-layout';
import { isIpCell } from './sniff-content';
import type { SheetGrid, WorkbookGrid } from './types';
import { looksLikeMac } from './values/mac';
import { mentionsKnownVendor } from './vendors';

/** Rows read to judge whether a sheet holds devices. */
const CONTENT_ROWS = 200;

/** Weights: recognised headers count most, so an empty asset register beats a long list of something else. */
const PER_HEADER_FIELD = 10;
const PER_CONTENT_FIELD = 4;
const PER_DOUBLING_OF_ROWS = 3;
const FOR_ASSET_CONTENT = 10;
/** A one-column sheet is a lookup list (drop-down values), whatever its header says. */
const ONE_COLUMN_FACTOR = 0.25;
/** A signal, cable, user or revision list beside the register is proposed only when nothing else is. */
const OTHER_LIST_FACTOR = 0.3;

function sheetScore(grid: SheetGrid): number {
  const { analysis, dataRows } = layoutSheet(grid);
  let score = PER_DOUBLING_OF_ROWS * Math.log2(1 + analysis.dataRowCount);
  for (const column of analysis.columns) {
    if (column.proposed?.by === 'header') score += PER_HEADER_FIELD * column.proposed.score;
    if (column.proposed?.by === 'content') score += PER_CONTENT_FIELD;
  }
  const sample = dataRows.slice(0, CONTENT_ROWS);
  if (sample.length > 0) {
    const assetLike = sample.filter((r) =>
      analysis.columns.some(({ index }) => {
        const text = cellToText(grid.rows[r]?.[index]).trim();
        return text !== '' && (isIpCell(text) || looksLikeMac(text) || mentionsKnownVendor(text));
      }),
    ).length;
    score += (FOR_ASSET_CONTENT * assetLike) / sample.length;
  }
  const namedColumns = analysis.columns.filter((c) => !isBlankHeader(c.header)).length;
  if (namedColumns <= 1) score *= ONE_COLUMN_FACTOR;
  if (analysis.looksLike) score *= OTHER_LIST_FACTOR;
  return Math.round(score * 100) / 100;
}

/**
 * The sheet that most looks like an asset inventory, with every sheet's score. Ties go to the
 * earlier sheet (the register before its copy); an empty workbook proposes ''.
 */
export function proposeSheet(workbook: WorkbookGrid): { sheet: string; scores: Record<string, number> } {
  const scores: Record<string, number> = {};
  let sheet = '';
  let best = -Infinity;
  for (const grid of workbook.sheets) {
    const score = sheetScore(grid);
    scores[grid.name] = score;
    if (score > best) {
      best = score;
      sheet = grid.name;
    }
  }
  return { sheet, scores };
}
