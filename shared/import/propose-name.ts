import { isSecretHeader } from './extra-columns';
import type { ColumnMatch } from './types';
import type { ColumnValues } from './propose-mapping';

/** An identifier column is filled nearly everywhere and names each row once. */
const MIN_FILLED = 0.9;
const MIN_UNIQUE = 0.95;
/** Below any header match for the name: a careful person would still look at it. */
const IDENTIFIER_SCORE = 0.45;
const HAS_LETTER = /\p{L}/u;
const HAS_DIGIT_OR_SEPARATOR = /[\d_\-./:]/;

/**
 * With no column recognised as the name, the column that identifies each row best: nearly always filled, a
 * different value on each row, and tag-like (letters with digits or separators: PT-101, plc-line1-01, srv01.plant).
 * Row numbers, free text (sentences) and columns of secrets are passed over. Null when no column qualifies.
 */
export function proposeNameColumn(columns: readonly ColumnValues[], taken: ReadonlySet<number>): (ColumnMatch & { index: number }) | null {
  const most = Math.max(0, ...columns.map((c) => c.values.length));
  if (most === 0) return null;
  let best: { index: number; score: number } | null = null;
  for (const column of columns) {
    const { values } = column;
    // Passwords are unique and tag-like too: a column of secrets never names anything.
    if (taken.has(column.index) || isSecretHeader(column.header) || values.length < MIN_FILLED * most) continue;
    const unique = new Set(values.map((v) => v.toLowerCase())).size / values.length;
    if (unique < MIN_UNIQUE) continue;
    const tagLike = values.filter((v) => HAS_LETTER.test(v) && v.length <= 64 && v.split(/\s+/).length <= 3).length / values.length;
    const coded = values.filter((v) => HAS_DIGIT_OR_SEPARATOR.test(v)).length / values.length;
    if (tagLike < 0.8) continue;
    const score = IDENTIFIER_SCORE * (0.7 + 0.3 * coded) * unique;
    if (!best || score > best.score) best = { index: column.index, score };
  }
  return best ? { index: best.index, field: 'name', by: 'content', score: best.score } : null;
}
