import { ASSET_FIELDS, type AssetAttribute, type AssetContent } from '../assets/asset';
import type { ImportedRow, ImportIssue } from './types';

/**
 * Checked rows as they cross IPC: each row an array of its field values in ASSET_FIELDS order, the sheet's file
 * and sheet names once. A 100k-row sheet is about half the bytes of keyed objects, and the renderer parses less.
 */
export interface PackedRows {
  file: string;
  sheet: string;
  rows: PackedRow[];
}

/** [row number, rejected, issues, extra attributes (0 when none), ...values in ASSET_FIELDS order] */
export type PackedRow = [number, boolean, ImportIssue[], AssetAttribute[] | 0, ...AssetContent[(typeof ASSET_FIELDS)[number]][]];

export function packRows(rows: readonly ImportedRow[], sheet: string, file: string): PackedRows {
  return {
    file,
    sheet,
    rows: rows.map((r) => [r.row, r.rejected, r.issues, r.asset.attributes?.length ? r.asset.attributes : 0, ...ASSET_FIELDS.map((f) => r.asset[f])]),
  };
}

export function unpackRows(packed: PackedRows): ImportedRow[] {
  return packed.rows.map(([row, rejected, issues, attributes, ...values]) => {
    const asset: Record<string, unknown> = {};
    ASSET_FIELDS.forEach((f, i) => (asset[f] = values[i]));
    asset.source = { file: packed.file, sheet: packed.sheet, row };
    if (attributes) asset.attributes = attributes;
    return { row, rejected, issues, asset: asset as unknown as AssetContent };
  });
}
