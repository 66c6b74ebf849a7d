import { cellToText, isBlankCell } from './cell-text';
import { foldText } from './normalize-text';
import type { Cell } from './types';

/** A data row left out of the import, and why (shown in the wizard and the import report). */
export interface SkippedRow {
  /** 1-based, as the spreadsheet shows it. */
  row: number;
  reason: string;
}

/** A totals line's first cell, folded (case, accents): the word alone, or with a count ("Total: 42"). Data: extend freely. */
const TOTAL_WORDS = /^(?:total|totals|grand total|total general|sum|summe|gesamt|gesamtsumme|somme|totale|totaal|suma|razem|celkem|summa|soma|合计|总计|合計|總計|小計|小计)\s*[:：-]?\s*[\d\s.,]*$/;
/** First words of a note under a table. */
const NOTE_WORDS = /^(?:note|notes|nb|source|sources|quelle|hinweis|remarque|nota|fonte|fuente|opmerking|uwaga|poznamka|anmarkning|注|备注|備考|\*)/;
const URL = /^(?:https?:\/\/|www\.)\S+$/i;

function filledCells(row: readonly Cell[]): string[] {
  const out: string[] = [];
  for (const cell of row) if (cell !== undefined && !isBlankCell(cell)) out.push(cellToText(cell).trim());
  return out;
}

/** Why a row is a footer rather than a device, or null. */
function footerReason(row: readonly Cell[]): string | null {
  const cells = filledCells(row);
  const first = cells[0];
  if (first === undefined) return null;
  const folded = foldText(first).trim();
  if (TOTAL_WORDS.test(folded)) return `a totals line (“${first.slice(0, 40)}”)`;
  if (cells.length === 1 && URL.test(first)) return 'a link under the table, not a device';
  if (cells.length === 1 && NOTE_WORDS.test(folded)) return `a note under the table (“${first.slice(0, 40)}”)`;
  return null;
}

/**
 * Splits the data rows (0-based grid indexes, in order) into the table's rows and the footer under it: totals lines,
 * notes and links after the last device row. Only trailing rows are taken, so a device named "Total station" in the
 * middle of a list stays.
 */
export function splitFooter(rows: readonly (readonly Cell[])[], dataRows: number[]): { dataRows: number[]; skipped: SkippedRow[] } {
  let end = dataRows.length;
  const skipped: SkippedRow[] = [];
  while (end > 0) {
    const index = dataRows[end - 1] as number;
    const reason = footerReason(rows[index] ?? []);
    if (!reason) break;
    skipped.unshift({ row: index + 1, reason });
    end -= 1;
  }
  return { dataRows: end === dataRows.length ? dataRows : dataRows.slice(0, end), skipped };
}
