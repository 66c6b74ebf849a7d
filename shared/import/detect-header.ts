import { isBlankCell, isBlankRow, someCell } from './cell-text';
import { isOtherAttributeHeader, matchHeader } from './synonyms';
import type { Cell } from './types';

/** Header rows sit near the top: title and group rows above them are few. */
const SCAN_ROWS = 30;
/** Longer text is a sentence (a note, a title), not a column name. */
const LONG_TEXT = 60;
/** Distinct texts scored per row: a real header has far fewer; a crafted one with thousands says no more for it. */
const SCORED_TEXTS = 1000;
const DATA_LIKE = [
  /^[+-]?\d+(?:[.,]\d+)?%?$/, // numbers
  /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[ T][\d:]+)?$/, // dates
  /^\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?$/, // IPv4
  /^[0-9a-f]{2}(?:[:-][0-9a-f]{2}){5}$/i, // MAC
];

/**
 * How much a row looks like a header: each distinct short text counts, header words count triple,
 * numbers, dates, IPs and MACs count against. Distinct texts only, so a merged title or group
 * header repeated across its cells still counts once.
 */
function headerRowScore(row: readonly Cell[]): number {
  let score = 0;
  const seen = new Set<string>();
  someCell(row, (cell) => {
    if (isBlankCell(cell)) return false;
    if (typeof cell !== 'string') {
      score -= 1.5;
      return false;
    }
    const text = cell.trim();
    if (seen.has(text)) return false;
    seen.add(text);
    if (seen.size > SCORED_TEXTS) return true;
    if (DATA_LIKE.some((p) => p.test(text))) score -= 1.5;
    else if (text.length <= LONG_TEXT) {
      const match = matchHeader(text)[0];
      score += 1 + (match ? 3 * match.score : isOtherAttributeHeader(text) ? 1.5 : 0);
    }
    return false;
  });
  // A row with one text is a title, or a one-column list whose header is as good as any of its rows.
  return seen.size >= 2 ? score : score / 2;
}

/** The 0-based row that most looks like the header among the first rows; the first non-empty row if none does. */
export function detectHeaderRow(rows: readonly (readonly Cell[])[]): number {
  let best = -1;
  let bestScore = 0;
  for (let r = 0; r < Math.min(rows.length, SCAN_ROWS); r += 1) {
    const score = headerRowScore(rows[r] ?? []);
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  if (best >= 0) return best;
  // A sparse grid's missing rows read as undefined here.
  const firstFilled = rows.findIndex((row) => !isBlankRow(row ?? []));
  return Math.max(0, firstFilled);
}
