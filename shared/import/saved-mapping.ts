import { ASSET_FIELDS, type AssetField } from '../assets/asset';
import { columnLetter, normalizeHeader } from './normalize-header';
import { columnDisplayName } from './sheet-layout';
import type { ColumnInfo, ColumnMapping } from './types';

/**
 * The saved form of a column key: normalised, with the "(Column I)" of a repeated header kept as
 * words (normalizeHeader drops brackets, which would merge the repeat with the first column).
 */
function savedKey(key: string): string {
  return normalizeHeader(key.replace(/\s*\((Column [A-Z]+)\)$/, ' $1'));
}

/**
 * A name per column that people recognise and that is unique in the sheet: the header as in the
 * file, "Column C" for a blank one, and "Asset Custodian (Column I)" for a repeat of an earlier header.
 */
export function columnKeys(columns: readonly ColumnInfo[]): string[] {
  const seen = new Set<string>();
  return columns.map(({ header, index }) => {
    const name = columnDisplayName(header, index);
    const key = seen.has(savedKey(name)) ? `${name} (Column ${columnLetter(index)})` : name;
    seen.add(savedKey(key));
    return key;
  });
}

/** Header text as in the file → field, for the import report (unmapped columns left out). */
export function mappingByHeader(columns: readonly ColumnInfo[], mapping: ColumnMapping): Record<string, AssetField> {
  const keys = columnKeys(columns);
  const out: Record<string, AssetField> = {};
  columns.forEach((column, i) => {
    const field = mapping[column.index];
    const key = keys[i];
    if (field && key !== undefined) out[key] = field;
  });
  return out;
}

/** The mapping to remember for this sheet shape: keyed by normalised header, as applySavedMapping reads it. */
export function savedMappingOf(columns: readonly ColumnInfo[], mapping: ColumnMapping): Record<string, AssetField> {
  const out: Record<string, AssetField> = {};
  for (const [key, field] of Object.entries(mappingByHeader(columns, mapping))) out[savedKey(key)] = field;
  return out;
}

/** FNV-1a, 64-bit: a short stable key, not a security measure. */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/**
 * The same for every file whose columns carry the same headers, whatever their order, case, accents
 * or punctuation, so the next export of an inventory finds the mapping saved for the last one.
 */
export function mappingSignature(columns: readonly ColumnInfo[]): string {
  const keys = [...new Set(columnKeys(columns).map(savedKey))].sort();
  return `v1-${keys.length}-${fnv1a64(keys.join('\u001f'))}`;
}

/** A saved mapping applied to this sheet's columns; fields the app no longer knows and second claims on a field are dropped. */
export function applySavedMapping(columns: readonly ColumnInfo[], saved: Record<string, AssetField>): ColumnMapping {
  const byKey = new Map(Object.entries(saved).map(([key, field]) => [savedKey(key), field]));
  const keys = columnKeys(columns);
  const taken = new Set<AssetField>();
  const mapping: ColumnMapping = {};
  columns.forEach((column, i) => {
    const field = byKey.get(savedKey(keys[i] ?? ''));
    if (!field || !ASSET_FIELDS.includes(field) || taken.has(field)) return;
    taken.add(field);
    mapping[column.index] = field;
  });
  return mapping;
}
