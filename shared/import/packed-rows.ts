import { ASSET_FIELDS, type AssetAttribute, type AssetContent } from '../assets/asset';
import type { ImportedRow, ImportIssue } from './types';

/**
 * Checked rows as they cross IPC: each row an array of its field values in ASSET_FIELDS order, the sheet's file
 * and sheet names once, and the extra attributes' labels once (a row refers to them by index). A 100k-row sheet is
 * about half the bytes of keyed objects, and the renderer parses less.
 */
export interface PackedRows {
  file: string;
  sheet: string;
  /** The extra attributes' labels of these rows, each once. */
  labels: string[];
  rows: PackedRow[];
}

/** [row number, rejected, issues, extra attributes as label index, value, … (0 when none), ...values in ASSET_FIELDS order] */
export type PackedRow = [number, boolean, ImportIssue[], (number | string)[] | 0, ...AssetContent[(typeof ASSET_FIELDS)[number]][]];

export function packRows(rows: readonly ImportedRow[], sheet: string, file: string): PackedRows {
  const labels: string[] = [];
  const indexOf = new Map<string, number>();
  const packAttributes = (attributes: readonly AssetAttribute[] | undefined): (number | string)[] | 0 => {
    if (!attributes?.length) return 0;
    const packed: (number | string)[] = [];
    for (const { label, value } of attributes) {
      let index = indexOf.get(label);
      if (index === undefined) indexOf.set(label, (index = labels.push(label) - 1));
      packed.push(index, value);
    }
    return packed;
  };
  return {
    file,
    sheet,
    labels,
    rows: rows.map((r) => [r.row, r.rejected, r.issues, packAttributes(r.asset.attributes), ...ASSET_FIELDS.map((f) => r.asset[f])]),
  };
}

export function unpackRows(packed: PackedRows): ImportedRow[] {
  return packed.rows.map(([row, rejected, issues, attributes, ...values]) => {
    const asset: Record<string, unknown> = {};
    ASSET_FIELDS.forEach((f, i) => (asset[f] = values[i]));
    asset.source = { file: packed.file, sheet: packed.sheet, row };
    if (attributes) {
      const list: AssetAttribute[] = [];
      for (let i = 0; i + 1 < attributes.length; i += 2) list.push({ label: packed.labels[attributes[i] as number] ?? '', value: String(attributes[i + 1]) });
      asset.attributes = list;
    }
    return { row, rejected, issues, asset: asset as unknown as AssetContent };
  });
}
